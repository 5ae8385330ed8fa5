/**
 * What the routes serve beyond the raw records: claims with their document's
 * outlet and date, a figure's timeline points and summary, the chains of
 * sources, an article's spans. Everything is read through the Store.
 * The figure's `reconciliation` (from src/corpus) is passed through as is;
 * the few values the UI needs from it are read defensively, with a fallback
 * computed from the claims (marked `by: 'server/claims'`).
 */
import type { Article } from '../article.js';
import {
  docBrief,
  type ClaimRecord,
  type DocBrief,
  type DocumentRecord,
  type DuplicateLink,
  type FigureRecord,
} from '../records.js';
import type { Store } from '../store/store.js';
import { conflictGroups, type ConflictGroup } from '../corpus/conflicts.js';
import type { TimelineEntry } from '../corpus/types.js';
import { datePrecision, figureHeadline, type FigureHeadline } from '../store/figure-brief.js';
import { valueWords } from '../vocabulary/bound-words.js';

export type { DocBrief };

export type ClaimRow = ClaimRecord & { doc: DocBrief | null };

/** Loads and caches document briefs for one request. */
export function docCache(store: Store) {
  const cache = new Map<string, Promise<DocBrief | null>>();
  return (id: string): Promise<DocBrief | null> => {
    let p = cache.get(id);
    if (!p) {
      p = store.getDocument(id).then((d) => (d ? brief(d) : null));
      cache.set(id, p);
    }
    return p;
  };
}

/**
 * Where a document came from, as a reader may see it: a URL or an upload name as is, a path on
 * the server reduced to its file name (the server's folders are nobody else's business).
 */
export function publicSource(source: string): string {
  if (/^(https?:|upload:)/i.test(source)) return source;
  const parts = source.split(/[\\/]/);
  return parts[parts.length - 1] || source;
}

/** A document's brief for listings. */
export const brief = docBrief;

export async function withDocs(
  claims: ClaimRecord[],
  doc: (id: string) => Promise<DocBrief | null>,
): Promise<ClaimRow[]> {
  return Promise.all(claims.map(async (c) => ({ ...c, doc: await doc(c.document) })));
}

/** One point of a figure's timeline. */
export interface TimelinePoint {
  claim: string;
  document: string;
  /** Partial ISO date the point is placed at, and which field gave it. */
  date: string | null;
  dateFrom: 'when' | 'said' | 'published' | null;
  /** The rule behind `date`: `claims/when`, `claims/said`, or the rule that dated its article (`dates/url-path`). */
  dateBy?: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: string;
  approximate: boolean;
  incremental: boolean;
  status: string;
  source: string | null;
  sourceName: string | null;
  via: string[];
  outlet: string | null;
  title: string | null;
  evidence: string;
  /** The quantity as written ("more than 13,000 homes"): its first words say how a bound is printed. */
  text: string;
  /** Offsets of the number inside `evidence`. */
  numberStart: number;
  numberEnd: number;
  /** The document this one copies, when it is a duplicate or syndicated copy. */
  copyOf: string | null;
}

function whenDate(when: string | null): string | null {
  if (!when) return null;
  const parts = when.split('/');
  return parts[0] || parts[1] || null;
}

export function point(c: ClaimRow, copies: Map<string, string>): TimelinePoint {
  const w = whenDate(c.when);
  const date = w ?? c.said ?? c.doc?.published ?? null;
  return {
    claim: c.id,
    document: c.document,
    date,
    dateFrom: w ? 'when' : c.said ? 'said' : c.doc?.published ? 'published' : null,
    dateBy: w ? 'claims/when' : c.said && c.said !== c.doc?.published ? 'claims/said' : date ? 'dates/published' : null,
    value: c.value,
    low: c.low,
    high: c.high,
    bound: c.bound,
    approximate: c.approximate,
    incremental: c.incremental,
    status: c.status,
    source: c.source,
    sourceName: c.sourceName,
    via: c.via,
    outlet: c.doc?.outlet ?? null,
    title: c.doc?.title ?? null,
    evidence: c.evidence,
    text: c.text,
    numberStart: c.numberStart - c.evidenceStart,
    numberEnd: c.numberEnd - c.evidenceStart,
    copyOf: copies.get(c.document) ?? null,
  };
}

/** copy document → the document it copies (duplicates and syndicated copies, not versions). */
export function copyMap(links: DuplicateLink[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of links) if (l.kind !== 'version') m.set(l.document, l.of);
  return m;
}

const sourceKey = (p: TimelinePoint) => p.source ?? `outlet:${p.outlet ?? '?'}`;
const num = (p: TimelinePoint) => p.value ?? p.low ?? p.high;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export interface CurrentValue {
  value: number | null;
  low: number | null;
  high: number | null;
  /** Where it came from: `reconciliation` or `server/claims` (latest asserted claim). */
  by: string;
}

export interface Disagreement {
  /**
   * From the reconciliation: conflict, compatible-bounds, rounding, scope, as-of-date. Only `conflict` marks a figure
   * as disputed.
   */
  kind: string;
  claims: string[];
  sources: string[];
  values: number[];
  note: string;
  by: string;
  /** The date where it shows on the timeline. */
  date: string | null;
  /** One claim of each side (the first of each value group), for the two evidence sentences. */
  sides: string[];
}

export interface FigureSummary {
  current: CurrentValue | null;
  /** Independent primary sources: distinct sources outside copied documents. */
  sources: number;
  claims: number;
  disagree: boolean;
  spark: Array<{ date: string; value: number }>;
}

function readCurrent(rec: unknown): CurrentValue | null {
  if (!rec || typeof rec !== 'object') return null;
  const r = rec as Record<string, unknown>;
  for (const key of ['current', 'best', 'value', 'estimate']) {
    const v = r[key];
    if (isNum(v)) return { value: v, low: null, high: null, by: 'reconciliation' };
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const value = isNum(o.value) ? o.value : null;
      const low = isNum(o.low) ? o.low : null;
      const high = isNum(o.high) ? o.high : null;
      if (value !== null || low !== null || high !== null) return { value, low, high, by: 'reconciliation' };
    }
  }
  return null;
}

function readDisagreements(rec: unknown, points: TimelinePoint[]): Disagreement[] | null {
  if (!rec || typeof rec !== 'object') return null;
  const list = (rec as Record<string, unknown>).disagreements;
  if (!Array.isArray(list)) return null;
  const byClaim = new Map(points.map((p) => [p.claim, p]));
  const groups = new Map<string, string[]>();
  const values = (rec as Record<string, unknown>).values;
  for (const g of Array.isArray(values) ? values : [])
    if (g && typeof g.key === 'string' && Array.isArray(g.claims)) groups.set(g.key, g.claims.map(String));
  return list.map((d): Disagreement => {
    const o = (d && typeof d === 'object' ? d : {}) as Record<string, unknown>;
    const claims = Array.isArray(o.claims) ? o.claims.filter((x): x is string => typeof x === 'string') : [];
    // The first claim of each side that is on this figure's timeline.
    const side = (key: unknown) => (typeof key === 'string' ? groups.get(key) : undefined)?.find((c) => byClaim.has(c));
    const sides = [side(o.a), side(o.b)].filter((x): x is string => !!x);
    const pts = claims.map((id) => byClaim.get(id)).filter((p): p is TimelinePoint => !!p);
    const dates = pts
      .map((p) => p.date)
      .filter((x): x is string => !!x)
      .sort();
    return {
      kind: typeof o.kind === 'string' ? o.kind : 'conflict',
      claims,
      sources: Array.isArray(o.sources) ? o.sources.map(String) : [...new Set(pts.map(sourceKey))],
      values: Array.isArray(o.values) ? o.values.filter(isNum) : pts.map(num).filter(isNum),
      note:
        typeof o.note === 'string'
          ? o.note
          : typeof o.reason === 'string'
            ? o.reason
            : typeof o.text === 'string'
              ? o.text
              : '',
      by: 'reconciliation',
      date: typeof o.date === 'string' ? o.date : (dates.at(-1) ?? null),
      sides: sides.length === 2 ? sides : claims.filter((c) => byClaim.has(c)).slice(0, 2),
    };
  });
}

/** Latest asserted, non-incremental value of each independent source; a spread over 10% is a disagreement. */
function fallbackDisagreements(points: TimelinePoint[]): Disagreement[] {
  const latest = new Map<string, TimelinePoint>();
  for (const p of points) {
    if (p.status !== 'asserted' || p.incremental || p.copyOf || !isNum(num(p))) continue;
    const prev = latest.get(sourceKey(p));
    if (!prev || (p.date ?? '') >= (prev.date ?? '')) latest.set(sourceKey(p), p);
  }
  const pts = [...latest.values()];
  if (pts.length < 2) return [];
  const values = pts.map((p) => num(p)!);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (!(hi > lo * 1.1)) return [];
  const dates = pts
    .map((p) => p.date)
    .filter((x): x is string => !!x)
    .sort();
  return [
    {
      kind: 'conflict',
      claims: pts.map((p) => p.claim),
      sources: pts.map(sourceKey),
      values,
      note: `latest asserted values differ: ${lo} to ${hi}`,
      by: 'server/claims',
      date: dates.at(-1) ?? null,
      sides: [pts.find((p) => num(p) === lo)!.claim, pts.find((p) => num(p) === hi)!.claim],
    },
  ];
}

export interface FigureDetail {
  figure: FigureRecord;
  /** The answer first: the best value with its qualifier, status, as-of date and sources. */
  headline: FigureHeadline | null;
  points: TimelinePoint[];
  claims: ClaimRow[];
  summary: FigureSummary;
  disagreements: Disagreement[];
  /** The real conflicts, each told once: who said what on which day (src/corpus/conflicts.ts). */
  conflicts: ConflictGroup[];
  sources: Array<{
    source: string | null;
    name: string;
    via: string[][];
    claims: number;
    outlets: string[];
    independent: boolean;
  }>;
}

type RecDate = { about: string | null; said: string | null; saidBy: string | null };

function timelineDates(rec: unknown): Map<string, RecDate> {
  const m = new Map<string, RecDate>();
  const list = rec && typeof rec === 'object' ? (rec as Record<string, unknown>).timeline : null;
  if (!Array.isArray(list)) return m;
  for (const e of list) {
    if (!e || typeof e !== 'object' || typeof (e as { claim?: unknown }).claim !== 'string') continue;
    const o = e as Record<string, unknown>;
    m.set(o.claim as string, {
      about: typeof o.about === 'string' ? o.about : null,
      said: typeof o.said === 'string' ? o.said : null,
      saidBy: typeof o.saidBy === 'string' ? o.saidBy : null,
    });
  }
  return m;
}

/** Conflicts told per figure, as in the report. */
const MAX_CONFLICTS = 3;

/** The reconciliation's timeline entries (read defensively: a stored reconciliation may be of any age). */
function recTimeline(rec: unknown): TimelineEntry[] {
  const list = rec && typeof rec === 'object' ? (rec as Record<string, unknown>).timeline : null;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is TimelineEntry =>
      !!e && typeof e === 'object' && typeof e.claim === 'string' && typeof e.sourceName === 'string',
  );
}

/** Everything the figure page shows. */
export async function figureDetail(
  store: Store,
  figure: FigureRecord,
  doc: (id: string) => Promise<DocBrief | null>,
  copies: Map<string, string>,
): Promise<FigureDetail> {
  const page = await store.listClaims({ figure: figure.id, limit: 5000, sort: 'published' });
  const claims = await withDocs(page.items, doc);
  const recDates = timelineDates(figure.reconciliation);
  const points = claims
    .map((c) => {
      const p = point(c, copies);
      const r = recDates.get(p.claim);
      // The corpus stages date a claim by what it is about, then when it was said (falling back to the article's date).
      if (r && !(p.dateFrom === 'when')) {
        const about = whenDate(r.about);
        if (about) {
          p.date = about;
          p.dateFrom = 'when';
          p.dateBy = 'claims/when';
        } else if (!p.date && r.said) {
          p.date = r.said;
          p.dateFrom = 'said';
          p.dateBy = r.saidBy;
        } else if (p.date && p.date === r.said && r.saidBy) p.dateBy = r.saidBy;
      }
      return p;
    })
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const disagreements = readDisagreements(figure.reconciliation, points) ?? fallbackDisagreements(points);
  const bySource = new Map<string, FigureDetail['sources'][number]>();
  for (const p of points) {
    const key = sourceKey(p);
    let s = bySource.get(key);
    if (!s)
      bySource.set(
        key,
        (s = {
          source: p.source,
          name: p.sourceName ?? p.source ?? `${p.outlet ?? 'outlet'} (own voice)`,
          via: [],
          claims: 0,
          outlets: [],
          independent: false,
        }),
      );
    s.claims++;
    if (p.via.length && !s.via.some((v) => v.join('\u0000') === p.via.join('\u0000'))) s.via.push(p.via);
    if (p.outlet && !s.outlets.includes(p.outlet)) s.outlets.push(p.outlet);
    if (!p.copyOf) s.independent = true;
  }
  const sources = [...bySource.values()];
  const recSources =
    figure.reconciliation && typeof figure.reconciliation === 'object'
      ? (figure.reconciliation as { sources?: unknown }).sources
      : null;
  const independent = Array.isArray(recSources) ? recSources.length : sources.filter((s) => s.independent).length;
  const summary = summarise(figure, points, disagreements, independent);
  return {
    figure,
    headline: figureHeadline(figure) ?? fallbackHeadline(summary, points),
    points,
    claims,
    summary,
    disagreements,
    conflicts: conflictGroups(figure.relations ?? [], recTimeline(figure.reconciliation), MAX_CONFLICTS),
    sources,
  };
}

/** Without a reconciled best value: the latest asserted claim, said as it was reported. */
function fallbackHeadline(summary: FigureSummary, points: TimelinePoint[]): FigureHeadline | null {
  const cur = summary.current;
  if (!cur) return null;
  const last = [...points].reverse().find((p) => p.status === 'asserted' && !p.incremental && isNum(num(p)));
  // No claim's words travel with the summary: a bound reads in the safe words.
  const shown = { value: cur.value, low: cur.low, high: cur.high, approximate: last?.approximate };
  const text = valueWords(shown, (n) => n.toLocaleString('en-US')) ?? '?';
  const asOf = last?.date ?? null;
  return {
    text,
    value: cur.value,
    low: cur.low,
    high: cur.high,
    status: last ? 'done' : null,
    asOf,
    asOfBy: last?.dateBy ?? null,
    precision: datePrecision(asOf),
    reported: null,
    sources: last ? [last.sourceName ?? last.source ?? last.outlet ?? 'the outlet'] : [],
    independent: last ? 1 : 0,
    reporting: summary.sources,
    disagree: summary.disagree,
    reason: 'The latest asserted claim (no reconciliation stored).',
  };
}

function summarise(
  figure: FigureRecord,
  points: TimelinePoint[],
  disagreements: Disagreement[],
  independent: number,
): FigureSummary {
  let current = readCurrent(figure.reconciliation);
  if (!current) {
    const asserted = points.filter((p) => p.status === 'asserted' && !p.incremental && isNum(num(p)));
    const last = asserted.at(-1);
    if (last) current = { value: last.value, low: last.low, high: last.high, by: 'server/claims' };
  }
  const spark = points
    .filter((p) => p.date && isNum(num(p)) && !p.incremental)
    .map((p) => ({ date: p.date!, value: num(p)! }));
  return {
    current,
    sources: independent,
    claims: points.length,
    disagree: disagreements.some((d) => d.kind === 'conflict'),
    spark,
  };
}

/** The article view: metadata, cleaned text, spans, what cleaning dropped, versions and copies. */
export async function documentDetail(store: Store, doc: DocumentRecord, article: Article | null) {
  const claims = (await store.listClaims({ document: doc.id, limit: 5000 })).items;
  const versions: DocBrief[] = [];
  let prev = doc.previousVersion;
  for (let i = 0; prev && i < 50; i++) {
    const d = await store.getDocument(prev);
    if (!d) break;
    versions.push(brief(d));
    prev = d.previousVersion;
  }
  const links = await store.listDuplicates(doc.id);
  const others = new Map<string, DocBrief | null>();
  for (const l of links)
    for (const id of [l.document, l.of])
      if (id !== doc.id && !others.has(id))
        others.set(id, await store.getDocument(id).then((d) => (d ? brief(d) : null)));
  const a = article;
  return {
    document: doc,
    text: a?.text ?? doc.body,
    spans: {
      claims: claims.map((c) => ({
        id: c.id,
        evidenceStart: c.evidenceStart,
        evidenceEnd: c.evidenceEnd,
        numberStart: c.numberStart,
        numberEnd: c.numberEnd,
        figure: c.figure,
        status: c.status,
        sourceName: c.sourceName,
      })),
      quotes: (a?.quotes ?? []).map((q) => ({
        start: q.start,
        end: q.end,
        speaker: q.speaker,
        speakerName: q.speakerName,
      })),
      mentions: (a?.mentions ?? []).map((m) => ({ start: m.start, end: m.end, entity: m.entity, type: m.type })),
    },
    claims,
    entities: (a?.entities ?? []).map((e) => ({ id: e.id, name: e.name, type: e.type })),
    dropped: (a?.dropped ?? []).map((d) => ({ text: d.text, reason: d.reason, by: d.by })),
    versions,
    duplicates: links.map((l) => ({ ...l, other: others.get(l.document === doc.id ? l.of : l.document) ?? null })),
  };
}
