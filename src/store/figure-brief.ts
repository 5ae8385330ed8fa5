/**
 * A figure's brief: the one line a reader comes for (the best value as reported,
 * with its qualifier, status, as-of date, who says it and how many independent
 * sources back it) plus a small sparkline. Computed from the stored
 * reconciliation alone, once, when the corpus stages write the figure, so
 * listings read briefs and never the claims or the whole reconciliation.
 */
import { conflictGroups } from '../corpus/conflicts.js';
import type { TimelineEntry } from '../corpus/types.js';
import type { FigureRecord, StoryRecord } from '../records.js';

/** How exact a date is: `2024` is a year, `2024-10` a month, `2024-10-18` a day. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The answer first: the current best value of a figure in words and numbers. */
export interface FigureHeadline {
  /** The value as reported, qualifier included: "around 600", "more than 13,000", "200–300". */
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** done, planned, possible, unconfirmed (null: nothing reported). */
  status: string | null;
  /** The date the value is as of (what it is about, else when it was said), partial ISO. */
  asOf: string | null;
  /**
   * Where `asOf` came from: `claims/when` (the sentence says what it is about), `claims/said`, or the rule that
   * dated the article (`dates/published`, `dates/text-head`, `dates/url-path`, `dates/weekday-own-date` …).
   */
  asOfBy?: string | null;
  precision: DatePrecision | null;
  /** When the best value was last reported (said or published), when that differs from `asOf`. */
  reported: string | null;
  /** Names of the primary sources of the best value (at most five). */
  sources: string[];
  /** Independent primary sources behind the best value. */
  independent: number;
  /** Distinct primary sources reporting on the figure at all. */
  reporting: number;
  /** true when at least one pair of values is in real conflict. */
  disagree: boolean;
  /** The first real conflict in words ("on 2024-05-03, the police chief: 35; the mayor: 20 to 25"), when any. */
  conflict?: string | null;
  /** Why this value, in words (the reconciliation's reason). */
  reason: string;
}

/** What a listing shows of a figure. */
export interface FigureBrief {
  id: string;
  label: string;
  measure: string | null;
  story: string | null;
  scope: string | null;
  partOf: string | null;
  claims: number;
  headline: FigureHeadline | null;
  /** Dated, non-incremental values in time order, at most {@link SPARK_POINTS}. */
  spark: Array<{ date: string; value: number }>;
}

/** What the overview's story picker shows of a story. */
export interface StoryBrief {
  id: string;
  label: string;
  from: string | null;
  to: string | null;
  documents: number;
  figures: number;
}

/** Sparkline points kept per brief: a card is 200 px wide. */
export const SPARK_POINTS = 40;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const objs = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The precision of a partial ISO date. */
export function datePrecision(date: string | null): DatePrecision | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return null;
}

/** The first date of an interval written `from/to` (`/2024-12` is "by December 2024"). */
export function intervalDate(about: string | null): string | null {
  if (!about) return null;
  const [from, to] = about.split('/');
  return from || to || null;
}

/** The headline of a stored reconciliation, or null when it has no best value. */
export function headlineOf(reconciliation: unknown): FigureHeadline | null {
  if (!isObj(reconciliation) || !isObj(reconciliation.best)) return null;
  const best = reconciliation.best;
  const value = num(best.value);
  const low = num(best.low);
  const high = num(best.high);
  if (value === null && low === null && high === null) return null;
  const claims = new Set(strs(best.claims));
  const groups = objs(reconciliation.values);
  const group = groups.find((g) => strs(g.claims).some((c) => claims.has(c))) ?? null;
  const entries = objs(reconciliation.timeline).filter((e) => claims.has(String(e.claim)));
  // The latest entry of the best value dates it: what it is about first, then when it was said.
  let asOf: string | null = null;
  let asOfBy: string | null = null;
  for (const e of entries) {
    const about = intervalDate(str(e.about));
    const date = about ?? str(e.said);
    if (date && (!asOf || date > asOf)) [asOf, asOfBy] = [date, about ? 'claims/when' : str(e.saidBy)];
  }
  if (!asOf && group) {
    const about = intervalDate(str(group.about));
    [asOf, asOfBy] = [about ?? str(group.said), about ? 'claims/when' : null];
  }
  const said = entries
    .map((e) => str(e.said))
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  const text = str(group?.text)?.replace(/ \(vague\)$/, '') ?? (value ?? low ?? high)!.toLocaleString('en-US');
  const sources = group
    ? strs(group.sourceNames)
    : [...new Set(entries.map((e) => str(e.sourceName)).filter((x): x is string => !!x))];
  const disagreements = objs(reconciliation.disagreements);
  return {
    text,
    value,
    low,
    high,
    status: str(best.status),
    asOf,
    asOfBy,
    precision: datePrecision(asOf),
    reported: said && said !== asOf ? said : null,
    sources: sources.slice(0, 5),
    independent: group ? strs(group.sources).length : sources.length,
    reporting: objs(reconciliation.sources).length,
    disagree: disagreements.some((d) => d.kind === 'conflict'),
    reason: str(best.reason) ?? '',
  };
}

/** Dated values of the timeline, thinned evenly to at most `max` points. */
function sparkOf(reconciliation: unknown, max = SPARK_POINTS): FigureBrief['spark'] {
  if (!isObj(reconciliation)) return [];
  const pts: FigureBrief['spark'] = [];
  for (const e of objs(reconciliation.timeline)) {
    if (e.incremental === true) continue;
    const date = intervalDate(str(e.about)) ?? str(e.said);
    const value = num(e.value) ?? num(e.low) ?? num(e.high);
    if (date && value !== null) pts.push({ date, value });
  }
  pts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (pts.length <= max) return pts;
  const step = (pts.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => pts[Math.round(i * step)]!);
}

/**
 * The headline of a figure: its reconciliation's, with the disagreement read from its conflict relations, so a
 * card's badge and the figure page's conflicts (src/corpus/conflicts.ts) always tell the same.
 */
export function figureHeadline(f: FigureRecord): FigureHeadline | null {
  const headline = headlineOf(f.reconciliation);
  if (!headline || !f.relations) return headline;
  const timeline = isObj(f.reconciliation) ? (objs(f.reconciliation.timeline) as unknown as TimelineEntry[]) : [];
  const first = conflictGroups(f.relations, timeline, 1)[0];
  return { ...headline, disagree: !!first, conflict: first?.text ?? null };
}

/** The brief of a figure as the corpus stages wrote it. */
export function figureBrief(f: FigureRecord): FigureBrief {
  return {
    id: f.id,
    label: f.label,
    measure: f.measure,
    story: f.story ?? null,
    scope: f.scope ?? null,
    partOf: f.partOf ?? null,
    claims: f.claims.length,
    headline: figureHeadline(f),
    spark: sparkOf(f.reconciliation),
  };
}

/** A story's brief: counts instead of lists (a story of 30,000 articles stays a few bytes). */
export function storyBrief(s: StoryRecord, figures: number): StoryBrief {
  return { id: s.id, label: s.label, from: s.from, to: s.to, documents: s.documents.length, figures };
}

/**
 * The key the corpus stages group a figure by and order ties by (src/corpus/figures.ts): story, measure, scope,
 * action and parties. Stored beside the figure so listings order ties the same way after an incremental run.
 */
export function figureSortKey(f: FigureRecord): string {
  return `${f.story ?? ''}|${f.measure}|${f.scope ?? ''}|${f.action ?? ''}|${f.actor ?? ''}|${f.target ?? ''}`;
}
