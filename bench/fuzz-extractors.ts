/**
 * Property checks shared by the test suite (few cases) and `npm run fuzz`
 * (many): every per-article stage, fed hostile text, must not throw, must
 * keep every span true to `article.text`, and must run in time linear in
 * its input (long runs of digits, commas, spaces, quote marks, brackets are
 * where a backtracking regular expression goes quadratic or worse).
 */
import fc from 'fast-check';
import { createArticle, type Article, type Span } from '../src/article.js';
import { createContext, type Context, type Stage } from '../src/pipeline.js';
import { stages } from '../src/stages/index.js';

/** Pieces that break naive extractors: runs, nesting, unbalanced marks, number shapes, cue words. */
const atoms = [
  '0',
  '1',
  '9',
  '12',
  '1,000',
  '3.5',
  '1.2.3',
  '10-20',
  '½',
  '٣',
  '𝟙',
  '-',
  '–',
  '—',
  '%',
  '$',
  '€',
  '£',
  ',',
  '.',
  '. ',
  ';',
  ':',
  '!',
  '?',
  '…',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u2028',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '`',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '</',
  '/>',
  '&amp;',
  '&#',
  '\\',
  'said',
  'says',
  'told',
  'according to',
  'citing',
  'more than',
  'at least',
  'up to',
  'about',
  'nearly',
  'between',
  'and',
  'or',
  'million',
  'billion',
  'thousands',
  'hundreds',
  'dozens',
  'another',
  'troops',
  'people',
  'soldiers',
  'percent',
  'per cent',
  'Mr.',
  'Dr.',
  'U.S.',
  'Jan.',
  'Monday',
  'last week',
  'in October',
  '2024',
  'since 2022',
  'by the end of',
  'ago',
  'yesterday',
  'North Korea',
  'Russia',
  'the NIS',
  'Reuters',
  'AP',
  'Seoul (Yonhap) —',
  'By Jane Doe',
  'Copyright 2024',
  'http://x.y/z?a=1',
  'A',
  'The',
  'He',
  'She',
  'they',
  'It',
  'Kim Jong Un',
  'Yoon',
  'Pentagon',
  'minister',
  'spokesman',
  'lawmaker',
  'é',
  'ß',
  'İ',
  'ﬁ',
  '\uD83D\uDE00',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\u202e',
  'ー',
  '北',
  '한',
];

/** A long run of one character or short unit: the classic catastrophic-backtracking trigger. */
const runUnits = [
  '1',
  '9',
  ',',
  ' ',
  '"',
  '“',
  '”',
  "'",
  '(',
  ')',
  '[',
  ']',
  '.',
  '-',
  '0,',
  '1 ',
  '1,',
  ', ',
  '" ',
  '((',
  '))',
  '[(',
  'said ',
  'more than ',
  'Mr. ',
  '\n',
  '.\n',
  'A. ',
];

/** Arbitrary hostile text: words and marks, with long runs mixed in. */
export function hostileText(maxRun = 2_000): fc.Arbitrary<string> {
  const atom = fc.constantFrom(...atoms);
  const run = fc.tuple(fc.constantFrom(...runUnits), fc.integer({ min: 2, max: maxRun })).map(([u, n]) => u.repeat(n));
  const piece = fc.oneof(
    { weight: 6, arbitrary: atom },
    { weight: 1, arbitrary: run },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  return fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
}

/** Families of adversarial inputs of a given size, for the linear-time check. */
export const families: Record<string, (n: number) => string> = {
  digits: (n) => '1'.repeat(n),
  'digit groups': (n) => '1,'.repeat(n / 2),
  commas: (n) => ','.repeat(n),
  spaces: (n) => 'a' + ' '.repeat(n - 2) + 'b',
  'quote marks': (n) => '"'.repeat(n),
  'curly quotes': (n) => '“'.repeat(n / 2) + '”'.repeat(n / 2),
  'unbalanced quotes': (n) => '“He said '.repeat(n / 9),
  brackets: (n) => '('.repeat(n / 2) + ')'.repeat(n / 2),
  'open brackets': (n) => '(['.repeat(n / 2),
  dots: (n) => 'A.'.repeat(n / 2),
  'numbers and cues': (n) => 'more than 1,000 '.repeat(n / 16),
  'said chains': (n) => 'said '.repeat(n / 5),
  'capitalised words': (n) => 'Kim Park Lee '.repeat(n / 13),
  'one long line of figures': (n) => 'between 10 and 20 troops, '.repeat(n / 26),
  newlines: (n) => '\n'.repeat(n),
  'short lines': (n) => 'A 1\n'.repeat(n / 4),
};

/** HTML pages built to hit a quadratic path in the cleaner (each once was one), for the same linear-time check. */
export const htmlFamilies: Record<string, (n: number) => string> = {
  'JSON-LD markers in the body': (n) =>
    `<html><body><p>Crews said 12 roads were shut.</p>${'ld+json '.repeat(n / 8)}</body></html>`,
  'deep inline nesting with line breaks': (n) =>
    `<html><body><div>${'<span>'.repeat(n / 20)}${'text<br>'.repeat(n / 80)}${'</span>'.repeat(n / 20)}</div></body></html>`,
};

/** The stage list, with each stage's input prepared by the stages before it. */
export function extractorNames(): string[] {
  return stages.map((s) => s.name);
}

/** Is every span of the article's findings inside the text and equal to its slice? Returns the first bad one. */
export function badSpan(article: Article): string | null {
  const text = article.text;
  const check = (where: string, s: Span | undefined | null): string | null => {
    if (!s) return null;
    if (!(
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end >= s.start &&
      s.end <= text.length
    ))
      return `${where}: offsets ${s.start}..${s.end} outside 0..${text.length}`;
    if (text.slice(s.start, s.end) !== s.text)
      return `${where}: text ${JSON.stringify(s.text)} ≠ slice ${JSON.stringify(text.slice(s.start, s.end))}`;
    return null;
  };
  const lists: Array<[string, Span[]]> = [
    ['sentences', article.sentences],
    ['mentions', article.mentions],
    ['quantities', article.quantities],
    ['times', article.times],
    ['quotes', article.quotes],
  ];
  for (const [name, list] of lists) {
    for (const s of list ?? []) {
      const bad = check(name, s);
      if (bad) return bad;
    }
  }
  for (const q of article.quantities ?? []) {
    const bad = check('quantity.number', q.number) ?? check('quantity.cue', q.cue) ?? check('quantity.unit', q.unit);
    if (bad) return bad;
  }
  for (const q of article.quotes ?? []) {
    const bad = check('quote.speakerSpan', q.speakerSpan) ?? check('quote.cue', q.cue);
    if (bad) return bad;
  }
  for (const c of article.claims ?? []) {
    const bad = check('claim.evidence', c.evidence) ?? check('claim.quantity', c.quantity);
    if (bad) return bad;
  }
  for (const m of article.messages) {
    const bad = check(`message ${m.code}`, m.span);
    if (bad) return bad;
  }
  return null;
}

export interface StageRun {
  stage: string;
  /** The error thrown, if any. */
  threw: string | null;
  ms: number;
}

/**
 * Run every stage over `text` (as a plain-text article, or HTML), calling
 * each stage directly so that a throw is seen (the pipeline would turn it
 * into a message). Returns the article and per-stage results.
 */
export function runStages(
  text: string,
  format: Article['format'] = 'text',
  ctx: Context = createContext(),
  only?: Stage[],
): { article: Article; runs: StageRun[] } {
  const article = createArticle({ source: 'fuzz', raw: text, format });
  const runs: StageRun[] = [];
  for (const stage of only ?? stages) {
    const t0 = performance.now();
    let threw: string | null = null;
    try {
      stage.run(article, ctx);
    } catch (err) {
      threw = String((err as Error)?.stack ?? err);
    }
    runs.push({ stage: stage.name, threw, ms: performance.now() - t0 });
    if (threw) break;
  }
  return { article, runs };
}

/** The property for fast-check: no stage throws, every span is true. */
export function stagesHold(text: string, format: Article['format'] = 'text'): void {
  const { article, runs } = runStages(text, format);
  const crash = runs.find((r) => r.threw);
  if (crash) throw new Error(`stage ${crash.stage} threw: ${crash.threw}`);
  const bad = badSpan(article);
  if (bad) throw new Error(`bad span: ${bad}`);
}

/**
 * Time each stage on a family at size n and k·n (best of `repeat`); returns
 * the worst ratio of time per character between the two sizes, per stage.
 * Linear code gives about 1; quadratic about k.
 */
export function growth(
  family: (n: number) => string,
  n: number,
  k = 4,
  repeat = 3,
): Record<string, { small: number; large: number; ratio: number }> {
  const best = (size: number) => {
    const text = family(size);
    const out: Record<string, number> = {};
    for (let r = 0; r < repeat; r++) {
      for (const run of runStages(text).runs) out[run.stage] = Math.min(out[run.stage] ?? Infinity, run.ms);
    }
    return out;
  };
  best(n); // warm up
  const small = best(n);
  const large = best(n * k);
  const result: Record<string, { small: number; large: number; ratio: number }> = {};
  for (const stage of Object.keys(large)) {
    const s = small[stage] ?? 0;
    const l = large[stage]!;
    // Below ~30 ms, JIT warm-up and GC pauses dominate: count it as linear.
    result[stage] = { small: s, large: l, ratio: l < 30 ? 1 : l / k / Math.max(s, 0.05) };
  }
  return result;
}
