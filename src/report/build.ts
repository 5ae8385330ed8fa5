/**
 * The story report's data: figures first (current value, range, sources,
 * disagreements, timeline), then quotes by speaker, then the articles with
 * their outlet, date and duplicates. Every line carries the numbers of the
 * articles behind it, so the rendered text can cite them.
 */
import { conflictGroups } from '../corpus/conflicts.js';
import { PART_DIMENSIONS, partDimension } from '../corpus/part-dimension.js';
import { formatNumber, moneyText, statusClass, valueText } from '../corpus/reconcile.js';
import type { Reconciliation } from '../corpus/types.js';
import {
  docBrief,
  type ClaimRecord,
  type DocBrief,
  type DuplicateLink,
  type FigureRecord,
  type QuoteRecord,
} from '../records.js';
import type { Store } from '../store/store.js';
import { findStory, storiesOf } from '../corpus/stories.js';
import { asOfDate, dateCues, storyDates, type StoryDated } from '../corpus/dates.js';
import { CrosscheckError } from '../errors.js';
import type { CorrectionRecord } from '../review/corrections.js';
import { claimMark, correctionLine, figureReviewLines } from './review.js';
import { valueWords } from '../vocabulary/bound-words.js';
import { isCurrencyCode } from '../vocabulary/currency.js';

export interface ReportLine {
  text: string;
  /** Article numbers (1-based, in ingest order) cited by the line. */
  cites: number[];
}

export interface ReportFigure {
  id: string;
  label: string;
  /** The story it belongs to (an id of `stories`), or null. */
  story: string | null;
  current: ReportLine;
  range: string | null;
  singleSource: boolean;
  sources: ReportLine[];
  values: ReportLine[];
  disagreements: Array<ReportLine & { kind: string }>;
  increments: ReportLine[];
  revisions: ReportLine[];
  timeline: ReportLine[];
  /** For a whole figure with parts (counties inside the statewide toll): the parts and whether they add up. */
  breakdown: ReportLine | null;
  /** Analysts' corrections of the figure and its claims (src/review); empty when none. */
  review: ReportLine[];
}

/** An article as the report numbers and cites it. */
export interface ReportArticle extends DocBrief {
  n: number;
  /** The day its figures are as of, and the rule that read it (src/corpus/dates.ts), when it has one. */
  asOf?: string | null;
  asOfBy?: string | null;
  source: string;
  duplicates: Array<{ kind: DuplicateLink['kind']; of: number | null; similarity: number }>;
  copies: number[];
}

export interface StoryReport {
  generated: string | null;
  /** The stories shown (one when `--story` chose it), in order: figures and articles follow it. */
  stories: Array<{ id: string; label: string; articles: number[]; figures: number }>;
  figures: ReportFigure[];
  quotes: Array<{ speaker: string; quotes: ReportLine[] }>;
  articles: ReportArticle[];
  /** Every analyst's correction, oldest first (src/review). */
  corrections: ReportLine[];
}

const fmt = formatNumber;

async function allPages<T>(fetch: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ;) {
    const page = await fetch(offset);
    out.push(...page.items);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return out;
  }
}

function clip(text: string, max = 140): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Conflicts reported per figure: a reader needs the few real disagreements, not every pair. */
const MAX_CONFLICT_LINES = 3;

/** The figure's conflicts, each group once (src/corpus/conflicts.ts), with the articles behind each. */
function conflictLines(
  f: FigureRecord,
  rec: Reconciliation,
  cites: (docs: string[]) => number[],
): Array<ReportLine & { kind: string }> {
  return conflictGroups(f.relations ?? [], rec.timeline, MAX_CONFLICT_LINES).map((g) => ({
    kind: 'conflict',
    text: g.text,
    cites: cites(g.documents),
  }));
}

/** The best value of a figure as one number (its value, else its lower bound), or null. */
function bestNumber(f: FigureRecord): number | null {
  const best = (f.reconciliation as Reconciliation | null)?.best;
  return best ? (best.value ?? best.low ?? null) : null;
}

/** The latest day the parts' best values were said, or null. */
function partsDay(parts: FigureRecord[]): string | null {
  let day: string | null = null;
  for (const p of parts) {
    const rec = p.reconciliation as Reconciliation | null;
    for (const e of rec?.timeline ?? [])
      if (rec!.best.claims.includes(e.claim) && e.said && (!day || e.said > day)) day = e.said;
  }
  return day;
}

/** The whole's reported value on `day` that equals `sum`, if any. */
function wholeOn(whole: FigureRecord, day: string, sum: number): number | null {
  const rec = whole.reconciliation as Reconciliation | null;
  const hit = rec?.timeline.find((e) => e.said === day && !e.incremental && e.status === 'done' && e.value === sum);
  return hit ? sum : null;
}

const DIMENSION_WORDS = { place: 'by place', group: 'by group', nationality: 'by nationality', other: 'other parts' };

/**
 * "Ada County 41, Boone County 9: 50 of 70; 20 not broken down" for a whole figure and its parts.
 * report/breakdown-by-dimension: parts are summed within one dimension only (places, groups, nationalities): the
 * passengers among the dead and the British among them overlap, so their sum says nothing.
 */
function breakdownOf(line: ReportFigure, figures: FigureRecord[]): ReportLine | null {
  const whole = figures.find((f) => f.id === line.id);
  const parts = figures.filter((f) => f.partOf === line.id && bestNumber(f) !== null);
  if (!whole || !parts.length) return null;
  const byDimension = new Map<string, FigureRecord[]>();
  for (const p of parts) {
    const d = partDimension(p.scope);
    (byDimension.get(d) ?? byDimension.set(d, []).get(d)!).push(p);
  }
  const segments = PART_DIMENSIONS.filter((d) => byDimension.has(d)).map((d) => {
    const text = partsText(whole, byDimension.get(d)!, d !== 'other');
    return byDimension.size > 1 ? `${DIMENSION_WORDS[d]}: ${text}` : text;
  });
  return { text: segments.join('; '), cites: [] };
}

/** One dimension's parts, with whether they add up to the whole (`sums`: they do not overlap). */
function partsText(whole: FigureRecord, parts: FigureRecord[], sums: boolean): string {
  const total = bestNumber(whole);
  const named = parts
    .map((p) => ({ name: /\(([^)]*)\)$/.exec(p.label)?.[1] ?? p.label, value: bestNumber(p)! }))
    .sort((a, b) => b.value - a.value);
  const list = named.map((p) => `${p.name} ${fmt(p.value)}`).join(', ');
  if (!sums) return list;
  const sum = named.reduce((n, p) => n + p.value, 0);
  if (total === null) return `${list}: ${fmt(sum)} in the parts`;
  // report/breakdown-of-its-day: parts reported on an earlier day add up to the whole of that day, not today's.
  const day = partsDay(parts);
  const then = day && sum !== total ? wholeOn(whole, day, sum) : null;
  if (then)
    return `${list}: ${fmt(sum)} — the parts add up to the whole of ${day} (${fmt(then)}); it is ${fmt(total)} now`;
  const verdict =
    sum === total
      ? 'the parts add up'
      : sum < total
        ? `${fmt(total - sum)} not broken down`
        : `the parts exceed the whole by ${fmt(sum - total)} (they may overlap or be of later dates)`;
  return `${list}: ${fmt(sum)} of ${fmt(total)} — ${verdict}`;
}

/** Gather the report from a store (after the corpus stages ran; figures are empty before); `story` keeps one story. */
export async function buildReport(store: Store, options: { story?: string } = {}): Promise<StoryReport> {
  const { stories, storyOf } = await storiesOf(store);
  const chosen = options.story ? findStory(stories, options.story) : null;
  if (options.story && !chosen)
    throw new CrosscheckError('E_USAGE', {
      reason: `no story \`${options.story}\`; the stories are: ${stories.map((s) => s.id).join(', ') || '(none)'}`,
      command: 'report',
    });
  const keep = chosen ? new Set(chosen.documents) : null;
  const articles: ReportArticle[] = [];
  const number = new Map<string, number>();
  const dated: Array<StoryDated & { article: ReportArticle }> = [];
  for await (const d of store.iterateDocuments()) {
    if (keep && !keep.has(d.id)) continue;
    const n = articles.length + 1;
    number.set(d.id, n);
    const asOf = asOfDate(d);
    articles.push({
      n,
      ...docBrief(d),
      asOf: asOf.date,
      asOfBy: asOf.by,
      source: d.source,
      duplicates: [],
      copies: [],
    });
    dated.push({
      id: d.id,
      asOf: asOf.date,
      asOfBy: asOf.by,
      cues: asOf.date ? null : dateCues(d),
      article: articles[n - 1]!,
    });
  }
  // Undated articles are dated by their story's dated ones, as the corpus stages dated them.
  storyDates(dated, storyOf);
  for (const u of dated) [u.article.asOf, u.article.asOfBy] = [u.asOf ?? null, u.asOfBy ?? null];
  const num = (doc: string) => number.get(doc) ?? 0;
  const cites = (docs: Iterable<string>) => [...new Set([...docs].map(num))].filter((n) => n > 0).sort((a, b) => a - b);

  for (const link of await store.listDuplicates()) {
    const a = articles[num(link.document) - 1];
    if (a) a.duplicates.push({ kind: link.kind, of: number.get(link.of) ?? null, similarity: link.similarity });
    const o = articles[num(link.of) - 1];
    if (o) o.copies.push(num(link.document));
  }

  const figures = (await allPages<FigureRecord>((offset) => store.listFigures({ limit: 500, offset }))).filter(
    (f) => !chosen || f.story === chosen.id,
  );
  // Figures in story order, the largest story first.
  const rank = new Map(stories.map((s, i) => [s.id, i]));
  figures.sort((a, b) => (rank.get(a.story ?? '') ?? 1e9) - (rank.get(b.story ?? '') ?? 1e9));
  const corrections = await store.listCorrections();
  const byId = new Map<string, CorrectionRecord>(corrections.map((c) => [c.id, c]));
  const out: ReportFigure[] = [];
  for (const f of figures) {
    const rec = f.reconciliation as Reconciliation | null;
    const reconciled = !!rec && Array.isArray(rec.timeline);
    if (!reconciled && !f.review) continue;
    const claims = new Map<string, ClaimRecord>();
    for (const c of await allPages<ClaimRecord>((offset) => store.listClaims({ figure: f.id, limit: 1000, offset })))
      claims.set(c.id, c);
    const review = figureReviewLines(f, claims, byId, (docs) => cites(docs));
    if (!rec || !reconciled) {
      out.push(unreconciled(f, claims, review, (docs) => cites(docs)));
      continue;
    }
    const docOf = (id: string) => claims.get(id)?.document ?? rec.timeline.find((e) => e.claim === id)?.document ?? '';
    const citeClaims = (ids: string[]) => cites(ids.map(docOf));
    const best = rec.best;
    // A sum of money reads as the news writes it ("$1.9 billion"), not as a row of digits.
    const fmt = isCurrencyCode(best.unit) ? (n: number) => moneyText(n, best.unit!) : formatNumber;
    // A bound is said in the words of the claims behind it ("at least", "over"), else in the safe ones.
    const bestText = best.claims.map((id) => claims.get(id)?.text).find((t) => !!t);
    // The current value is the exact one, else the floor a range rests on, else its ceiling; the range is said apart.
    const high = best.value === null && best.low !== null ? null : best.high;
    const currentValue = valueWords({ value: best.value, low: best.low, high, text: bestText }, fmt) ?? 'unknown';
    const range =
      best.low !== null && best.high !== null && best.low !== best.high
        ? valueWords({ value: null, low: best.low, high: best.high }, fmt)
        : best.low !== null && best.high === null && best.value === null
          ? currentValue
          : null;
    out.push({
      id: f.id,
      label: f.label,
      story: f.story ?? null,
      current: {
        text: best.reason.toLowerCase().startsWith(currentValue.toLowerCase())
          ? best.reason
          : `${currentValue}${best.status && best.status !== 'done' ? ` (${best.status})` : ''} — ${best.reason}`,
        cites: citeClaims(best.claims),
      },
      range,
      singleSource: best.singleSource,
      sources: rec.sources.map((s) => ({
        text: `${s.name}: ${s.claims} claim${s.claims === 1 ? '' : 's'} in ${s.articles} article${s.articles === 1 ? '' : 's'}`,
        cites: cites(rec.timeline.filter((e) => e.source === s.key).map((e) => e.document)),
      })),
      values: rec.values.map((v) => ({
        text: `${v.status}${v.scope ? ` (${v.scope})` : ''}: ${v.corroboration}${v.about ? ` — about ${v.about}` : ''}`,
        cites: cites(v.documents),
      })),
      disagreements: conflictLines(f, rec, (docs) => cites(docs)),
      increments: rec.increments.map((i) => ({
        text: i.note,
        cites: citeClaims([...i.base.claims, ...i.increments.flatMap((x) => x.claims)]),
      })),
      revisions: rec.revisions.map((r) => ({
        text: r.note,
        cites: citeClaims([...r.planned.claims, ...r.done.claims]),
      })),
      breakdown: null,
      review,
      timeline: timelineOf(f, rec, claims).map((e) => {
        const c = claims.get(e.claim);
        const when = [e.about ? `about ${e.about}` : null, e.said ? `said ${e.said}` : 'date unknown']
          .filter(Boolean)
          .join(', ');
        const via = e.via.length ? ` via ${e.via.join(', ')}` : '';
        const evidence = c ? ` — “${clip(c.evidence)}”` : '';
        return {
          // The claim's own words for a bound ("at least 600"), whatever the stored timeline said.
          text: `${when}: ${e.status} ${c ? valueText(c) : e.text}${e.scope ? ` ${e.scope}` : ''} (${e.sourceName}${via})${evidence}${claimMark(c)}`,
          cites: cites([e.document]),
        };
      }),
    });
  }

  for (const f of out) f.breakdown = breakdownOf(f, figures);

  const quotes = (await allPages<QuoteRecord>((offset) => store.listQuotes({ limit: 1000, offset }))).filter(
    (q) => !keep || keep.has(q.document),
  );
  const bySpeaker = new Map<string, ReportLine[]>();
  for (const q of quotes) {
    const speaker = q.speakerName ?? q.speaker ?? 'Unattributed';
    const list = bySpeaker.get(speaker) ?? [];
    list.push({ text: `“${clip(q.text, 300)}”${q.partial ? ' (partial)' : ''}`, cites: cites([q.document]) });
    bySpeaker.set(speaker, list);
  }
  const quoteList = [...bySpeaker.entries()]
    .map(([speaker, qs]) => ({ speaker, quotes: qs }))
    .sort((a, b) =>
      a.speaker === 'Unattributed'
        ? 1
        : b.speaker === 'Unattributed'
          ? -1
          : b.quotes.length - a.quotes.length || a.speaker.localeCompare(b.speaker),
    );

  const shown = (chosen ? [chosen] : stories).map((s) => ({
    id: s.id,
    label: s.label,
    articles: s.documents
      .map(num)
      .filter((n) => n > 0)
      .sort((a, b) => a - b),
    figures: out.filter((f) => f.story === s.id).length,
  }));
  const lines = corrections
    .slice()
    .sort((a, b) => a.when.localeCompare(b.when) || a.id.localeCompare(b.id))
    .map((c) => ({
      text: `${c.target.kind === 'figure' ? `figure ${c.target.id}` : `claim in article [${num(c.target.document)}]`}: ${correctionLine(c)}`,
      cites: c.target.kind === 'claim' ? cites([c.target.document]) : [],
    }))
    .filter((l) => !keep || l.cites.length || l.text.startsWith('figure'));
  return { generated: null, stories: shown, figures: out, quotes: quoteList, articles, corrections: lines };
}

type TimelineEntry = Reconciliation['timeline'][number];

/** The machine's timeline, without claims analysts moved out, with those they moved in (told from the claim). */
function timelineOf(f: FigureRecord, rec: Reconciliation, claims: Map<string, ClaimRecord>): TimelineEntry[] {
  if (!f.review?.membership) return rec.timeline;
  const kept = rec.timeline.filter((e) => claims.has(e.claim));
  const known = new Set(kept.map((e) => e.claim));
  for (const c of claims.values()) if (!known.has(c.id)) kept.push(entryOf(c));
  return kept;
}

/** A timeline entry told from a claim record alone (a claim analysts moved into a figure). */
function entryOf(c: ClaimRecord): TimelineEntry {
  return {
    claim: c.id,
    document: c.document,
    text: c.text,
    value: c.value,
    low: c.low,
    high: c.high,
    bound: c.bound,
    status: statusClass(c.status),
    incremental: c.incremental,
    scope: c.scope ?? null,
    about: c.when,
    said: c.said,
    source: c.source ?? '',
    sourceName: c.sourceName ?? 'the outlet',
    via: c.via,
  };
}

/** A figure analysts made (a split): its claims, not reconciled. */
function unreconciled(
  f: FigureRecord,
  claims: Map<string, ClaimRecord>,
  review: ReportLine[],
  cites: (docs: string[]) => number[],
): ReportFigure {
  const list = [...claims.values()];
  return {
    id: f.id,
    label: f.label,
    story: f.story ?? null,
    current: {
      text: `${list.length} claim${list.length === 1 ? '' : 's'}, not reconciled (a figure made by an analyst)`,
      cites: cites(list.map((c) => c.document)),
    },
    range: null,
    singleSource: false,
    sources: [],
    values: [],
    disagreements: [],
    increments: [],
    revisions: [],
    breakdown: null,
    review,
    timeline: list.map((c) => ({
      text: `${c.said ? `said ${c.said}` : 'date unknown'}: ${c.status} ${c.text} (${c.sourceName ?? 'the outlet'})${claimMark(
        c,
      )}`,
      cites: cites([c.document]),
    })),
  };
}
