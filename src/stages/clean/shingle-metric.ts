/**
 * The article-extraction benchmark metric (scrapinghub/article-extraction-benchmark):
 * per page, true/false positives and negatives over word 4-gram shingles
 * (words = runs of `\w`, counted as multisets), normalised to sum 1 so long
 * pages do not weigh more; precision and recall averaged over pages; F1 of
 * the two means. Accuracy: share of pages whose word sequence equals the truth.
 */

/** Words as Python's `\w+` with re.UNICODE finds them. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_\p{Pc}]+/gu) ?? [];
}

/** Multiset of n-gram shingles; a text shorter than n words is one shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const toks = words(text);
  const out = new Map<string, number>();
  const last = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = toks.slice(i, i + n);
    if (!s.length) continue;
    const key = s.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** The predicted word sequence equals the truth's. */
  exact: boolean;
}

/** Normalised tp/fp/fn of one page. */
export function scorePage(truth: string, predicted: string, n = 4): PageScore {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) fp += Math.max(0, pc - (t.get(k) ?? 0));
  const s = tp + fp + fn;
  const tw = words(truth);
  const pw = words(predicted);
  const exact = tw.length === pw.length && tw.every((w, i) => w === pw[i]);
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s, exact } : { tp, fp, fn, exact };
}

function precision({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recall({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** Precision and recall averaged over pages (pages with nothing to judge left out), F1 of the means. */
export function summarise(pages: PageScore[]): Summary {
  const p = mean(pages.filter((s) => s.tp + s.fp > 0).map(precision));
  const r = mean(pages.filter((s) => s.tp + s.fn > 0).map(recall));
  return {
    precision: p,
    recall: r,
    f1: p + r > 0 ? (2 * p * r) / (p + r) : 0,
    accuracy: mean(pages.map((s) => (s.exact ? 1 : 0))),
    pages: pages.length,
  };
}
