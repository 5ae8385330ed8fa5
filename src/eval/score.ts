/**
 * Scoring predictions against a `crosscheck-gold/1` key, exactly by the
 * rules of the gold README (docs/gold-format.md restates them). Pure: the
 * same gold and predictions give the same scores.
 */
import type { ClaimRecord, DocumentRecord, EntityRecord, QuoteRecord } from '../records.js';
import { assign } from './assign.js';
import { countWord, fold, foldLine, foldQuotes, foldLoose, nameResolver, tokenF1, type NameResolver } from './fold.js';
import type { Gold, GoldClaim, GoldDocument, GoldQuote } from './gold.js';
import { sameMeasure, singular } from './measure.js';

/** What the system produced for one gold document. */
export interface DocumentPrediction {
  /** The gold document's `file`. */
  file: string;
  /** null when the file was missing or could not be processed. */
  document: DocumentRecord | null;
  claims: ClaimRecord[];
  quotes: QuoteRecord[];
  entities?: EntityRecord[];
  /** The decoded input; lets the cleaning score tell a boilerplate line from the same words inside the story. */
  raw?: string;
  /** Why there is no document. */
  error?: string;
}

/** A document's `note` that limits its key to the text up to a passage (the README's one long page). */
const ANNOTATED_UP_TO = /^annotated (?:only )?up to:?\s*(.+)$/i;

/**
 * Where the annotated part of a document ends in its body, when its `note` says the key stops at a passage:
 * what the system finds past it is neither a hit nor a false positive. Null when the whole text is annotated.
 */
function annotatedEnd(doc: GoldDocument, document: DocumentRecord | null): number | null {
  const note = typeof doc.note === 'string' ? ANNOTATED_UP_TO.exec(doc.note.trim()) : null;
  if (!note || !document) return null;
  const passage = foldQuotes(note[1]!.replace(/[\s,.…]+$/, ''));
  const at = foldQuotes(document.body).indexOf(passage);
  return at < 0 ? null : at + passage.length;
}

/** A share: `correct` of `total`; `score` is null when `total` is 0. */
export interface Ratio {
  correct: number;
  total: number;
  score: number | null;
}

export interface PRF {
  /** True positives. */
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface ClaimScores extends PRF {
  gold: number;
  /** Predicted claims, not counting repeats. */
  predicted: number;
  /** Predicted claims that re-read an already matched gold claim from a repeated sentence (not counted). */
  repeats: number;
  status: Ratio;
  source: Ratio;
  measure: Ratio;
  bound: Ratio;
  incremental: Ratio;
  /** A claim counts only when number, status, source, measure, bound kind and increment are all right. */
  strict: PRF;
  /**
   * Not in the README's scores, for the corpus stages that group by them: `action`, `when` and `unit`,
   * each over the matches whose gold has one.
   */
  info: { action: Ratio; when: Ratio; unit: Ratio };
}

export interface QuoteScores extends PRF {
  gold: number;
  predicted: number;
  speaker: Ratio;
}

export const META_FIELDS = ['title', 'outlet', 'wire', 'published', 'byline', 'dateline', 'language'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface MetaFieldScore extends Ratio {
  /** Documents whose gold value is null but that got a predicted value (for `published`: invented dates). */
  spurious: number;
}

export interface MetaScores {
  fields: Record<MetaField, MetaFieldScore>;
  /** Dates predicted for documents whose text supports none. */
  inventedDates: number;
}

export interface CleaningScores {
  /** Share of `keep` passages present in the cleaned body. */
  keep: Ratio;
  /** Share of `drop` lines absent from the cleaned body. */
  drop: Ratio;
}

export type ClaimAttribute = 'status' | 'source' | 'measure' | 'bound' | 'incremental';
export const CLAIM_ATTRIBUTES: ClaimAttribute[] = ['status', 'source', 'measure', 'bound', 'incremental'];

/** Per-document results with the items behind them, for finding what to fix. */
export interface DocumentScore {
  file: string;
  error?: string;
  claims: ClaimScores;
  quotes: QuoteScores;
  meta: Record<MetaField, boolean | null>;
  cleaning: CleaningScores;
  misses: {
    claims: Array<{ evidence: string; value: number | null; low: number | null; high: number | null }>;
    spurious: Array<{ evidence: string; text: string; value: number | null; low: number | null; high: number | null }>;
    attributes: Array<{ evidence: string; field: ClaimAttribute; gold: unknown; predicted: unknown }>;
    quotes: Array<{ text: string }>;
    speakers: Array<{ text: string; gold: string[]; predicted: string | null }>;
    meta: Array<{ field: MetaField; gold: unknown; predicted: unknown }>;
    keep: string[];
    drop: string[];
  };
}

export interface Scores {
  documents: number;
  /** Gold documents with no prediction (file missing or failed). */
  failed: number;
  metadata: MetaScores;
  cleaning: CleaningScores;
  claims: ClaimScores;
  quotes: QuoteScores;
  perDocument: DocumentScore[];
}

// ---------------------------------------------------------------- helpers

function ratio(correct: number, total: number): Ratio {
  return { correct, total, score: total ? correct / total : null };
}

function prf(matched: number, predicted: number, gold: number): PRF {
  const precision = predicted ? matched / predicted : null;
  const recall = gold ? matched / gold : null;
  const f1 =
    precision !== null && recall !== null
      ? precision + recall
        ? (2 * precision * recall) / (precision + recall)
        : 0
      : null;
  return { matched, precision, recall, f1 };
}

function eq(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function within3(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return false;
  if (b === 0) return a === 0;
  if (Math.sign(a) !== Math.sign(b)) return false;
  const r = a / b;
  return r >= 1 / 3 - 1e-12 && r <= 3 + 1e-12;
}

// ---------------------------------------------------------------- claims

export type BoundKind = 'exact' | 'lower' | 'upper' | 'range' | 'vague';

/** The bound kind a gold claim annotates. */
export function goldBound(claim: Pick<GoldClaim, 'value' | 'low' | 'high' | 'vague'>): BoundKind {
  if (claim.vague) return 'vague';
  const { value, low, high } = claim;
  if (low !== null && high !== null && !eq(low, high)) return 'range';
  if (value === null && low !== null && high === null) return 'lower';
  if (value === null && low === null && high !== null) return 'upper';
  return 'exact';
}

/** The bound kind of a predicted claim. */
export function predictedBound(claim: Pick<ClaimRecord, 'bound' | 'vague'>): BoundKind {
  if (claim.vague) return 'vague';
  const b = claim.bound as BoundKind;
  return ['exact', 'lower', 'upper', 'range', 'vague'].includes(b) ? b : 'exact';
}

/**
 * The README's number agreement: the gold `value` given as the predicted
 * value or one of its bounds; for a bound or vague gold claim (no value), the
 * gold bound given as the predicted value or one of its bounds, or a
 * predicted low within a factor of 3 of the gold low (a high against the
 * gold high when the gold has only an upper bound).
 */
export function numberAgrees(
  pred: Pick<ClaimRecord, 'value' | 'low' | 'high'>,
  gold: Pick<GoldClaim, 'value' | 'low' | 'high'>,
): boolean {
  if (gold.value !== null) return eq(pred.value, gold.value) || eq(pred.low, gold.value) || eq(pred.high, gold.value);
  const low = pred.low ?? pred.value;
  const high = pred.high ?? pred.value;
  // The bound is the number the text states ("less than $4.2 billion"): read as the other kind of bound, the number
  // still agrees (the bound kind is scored apart).
  const stated = [pred.value, pred.low, pred.high];
  if (
    (gold.low !== null && stated.some((x) => eq(x, gold.low))) ||
    (gold.high !== null && stated.some((x) => eq(x, gold.high)))
  )
    return true;
  if (gold.low !== null) return within3(low, gold.low);
  if (gold.high !== null) return within3(high, gold.high);
  return false;
}

/** Gold claims with identical evidence and the same number count once. */
export function uniqueGoldClaims(claims: GoldClaim[]): GoldClaim[] {
  const seen = new Set<string>();
  const out: GoldClaim[] = [];
  for (const c of claims) {
    const key = `${fold(c.evidence)}\u0000${c.value}\u0000${c.low}\u0000${c.high}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

function claimAttributes(pred: ClaimRecord, gold: GoldClaim, names: NameResolver): Record<ClaimAttribute, boolean> {
  const kind = goldBound(gold);
  return {
    status: pred.status === gold.status,
    source:
      gold.source.length === 0
        ? !pred.source && !pred.sourceName
        : names.same([pred.sourceName, pred.source], gold.source),
    measure: sameMeasure(pred.measure, gold.measure),
    // A vague magnitude is approximate by nature; the flag is compared for the other kinds.
    bound: predictedBound(pred) === kind && (kind === 'vague' || pred.approximate === gold.approximate),
    incremental: pred.incremental === gold.incremental,
  };
}

function predictedAttribute(pred: ClaimRecord, field: ClaimAttribute): unknown {
  switch (field) {
    case 'status':
      return pred.status;
    case 'source':
      return pred.sourceName ?? pred.source;
    case 'measure':
      return pred.measure;
    case 'bound':
      return `${predictedBound(pred)}${pred.approximate ? ' approximate' : ''}`;
    case 'incremental':
      return pred.incremental;
  }
}

function goldAttribute(gold: GoldClaim, field: ClaimAttribute): unknown {
  switch (field) {
    case 'status':
      return gold.status;
    case 'source':
      return gold.source.length ? gold.source : null;
    case 'measure':
      return gold.measure;
    case 'bound':
      return `${goldBound(gold)}${gold.approximate ? ' approximate' : ''}`;
    case 'incremental':
      return gold.incremental;
  }
}

interface ClaimCounts {
  info: { action: [number, number]; when: [number, number]; unit: [number, number] };
  gold: number;
  predicted: number;
  repeats: number;
  matched: number;
  strict: number;
  attrs: Record<ClaimAttribute, number>;
}

function emptyCounts(): ClaimCounts {
  return {
    info: { action: [0, 0], when: [0, 0], unit: [0, 0] },
    gold: 0,
    predicted: 0,
    repeats: 0,
    matched: 0,
    strict: 0,
    attrs: { status: 0, source: 0, measure: 0, bound: 0, incremental: 0 },
  };
}

function claimScores(c: ClaimCounts): ClaimScores {
  const sub = (k: ClaimAttribute) => ratio(c.attrs[k], c.matched);
  return {
    gold: c.gold,
    predicted: c.predicted,
    repeats: c.repeats,
    ...prf(c.matched, c.predicted, c.gold),
    status: sub('status'),
    source: sub('source'),
    measure: sub('measure'),
    bound: sub('bound'),
    incremental: sub('incremental'),
    strict: prf(c.strict, c.predicted, c.gold),
    info: { action: ratio(...c.info.action), when: ratio(...c.info.when), unit: ratio(...c.info.unit) },
  };
}

function addCounts(into: ClaimCounts, c: ClaimCounts): void {
  into.gold += c.gold;
  into.predicted += c.predicted;
  into.repeats += c.repeats;
  for (const k of ['action', 'when', 'unit'] as const) {
    into.info[k][0] += c.info[k][0];
    into.info[k][1] += c.info[k][1];
  }
  into.matched += c.matched;
  into.strict += c.strict;
  for (const k of CLAIM_ATTRIBUTES) into.attrs[k] += c.attrs[k];
}

/** Match and score the claims of one document. */
export function scoreDocumentClaims(goldClaims: GoldClaim[], predicted: ClaimRecord[], names: NameResolver) {
  const gold = uniqueGoldClaims(goldClaims);
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.predicted = predicted.length;
  const evidence = predicted.map((p) => fold(p.evidence));
  const goldEvidence = gold.map((g) => fold(g.evidence));
  const attrs = new Map<string, Record<ClaimAttribute, boolean>>();
  // Weight: a big constant per pair (maximise matches first), plus one per right attribute (then prefer the better
  // reading).
  const pairs = assign(predicted.length, gold.length, (i, j) => {
    const p = predicted[i]!;
    const g = gold[j]!;
    if (!evidence[i]!.includes(goldEvidence[j]!) || !numberAgrees(p, g)) return 0;
    const a = claimAttributes(p, g, names);
    attrs.set(`${i}:${j}`, a);
    return 1000 + CLAIM_ATTRIBUTES.filter((k) => a[k]).length + (eq(p.value, g.value) ? 0.5 : 0);
  });
  const misses: DocumentScore['misses']['attributes'] = [];
  const matchedGold = new Set<number>();
  const matchedPred = new Set<number>();
  for (const [i, j] of pairs) {
    matchedPred.add(i);
    matchedGold.add(j);
    counts.matched++;
    const a = attrs.get(`${i}:${j}`)!;
    let all = true;
    for (const k of CLAIM_ATTRIBUTES) {
      if (a[k]) counts.attrs[k]++;
      else {
        all = false;
        misses.push({
          evidence: gold[j]!.evidence,
          field: k,
          gold: goldAttribute(gold[j]!, k),
          predicted: predictedAttribute(predicted[i]!, k),
        });
      }
    }
    if (all) counts.strict++;
    const p = predicted[i]!;
    const g = gold[j]!;
    if (g.action) {
      counts.info.action[1]++;
      if (p.action && singular(p.action.toLowerCase().trim()) === singular(g.action.toLowerCase().trim()))
        counts.info.action[0]++;
    }
    if (g.when) {
      counts.info.when[1]++;
      if (p.when === g.when) counts.info.when[0]++;
    }
    if (g.unit) {
      counts.info.unit[1]++;
      if (p.unit === g.unit) counts.info.unit[0]++;
    }
  }
  // "Identical gold evidence strings with the same value count once": the same sentence met again
  // elsewhere in the text (a headline repeated as the lead, a teaser) is one claim, so another reading
  // of an already matched gold claim, from a different sentence, is neither a second hit nor a false positive.
  const repeats = new Set<number>();
  for (let i = 0; i < predicted.length; i++) {
    if (matchedPred.has(i)) continue;
    const p = predicted[i]!;
    const repeat = pairs.some(
      ([mi, j]) =>
        predicted[mi]!.evidenceStart !== p.evidenceStart &&
        evidence[i]!.includes(goldEvidence[j]!) &&
        numberAgrees(p, gold[j]!),
    );
    if (repeat) repeats.add(i);
  }
  counts.predicted -= repeats.size;
  counts.repeats = repeats.size;
  return {
    counts,
    matches: pairs.map(([i, j]) => ({ gold: gold[j]!, predicted: predicted[i]! })),
    missed: gold
      .filter((_, j) => !matchedGold.has(j))
      .map((g) => ({ evidence: g.evidence, value: g.value, low: g.low, high: g.high })),
    spurious: predicted
      .filter((_, i) => !matchedPred.has(i) && !repeats.has(i))
      .map((p) => ({ evidence: p.evidence, text: p.text, value: p.value, low: p.low, high: p.high })),
    attributes: misses,
  };
}

// ---------------------------------------------------------------- quotes

/** How well a predicted quote's text covers a gold quote's (0 = not the same quote). */
export function quoteOverlap(predicted: string, gold: string): number {
  const p = foldLoose(predicted);
  const g = foldLoose(gold);
  if (!p || !g) return 0;
  if (p === g) return 1;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  // One quote inside the other counts when it is at least half of it: a quote split or merged at a comma is still
  // found.
  if (long.includes(short) && short.length / long.length >= 0.5) return short.length / long.length;
  return 0;
}

function speakerRight(pred: QuoteRecord, gold: GoldQuote, names: NameResolver): boolean {
  if (!gold.speaker.length) return !pred.speaker && !pred.speakerName;
  return names.same([pred.speakerName, pred.speaker], gold.speaker);
}

export function scoreDocumentQuotes(gold: GoldQuote[], predicted: QuoteRecord[], names: NameResolver) {
  const pairs = assign(predicted.length, gold.length, (i, j) => {
    const o = quoteOverlap(predicted[i]!.text, gold[j]!.text);
    return o > 0 ? 1000 + o + (speakerRight(predicted[i]!, gold[j]!, names) ? 1 : 0) : 0;
  });
  const matched = new Set(pairs.map(([, j]) => j));
  let speakers = 0;
  const wrong: DocumentScore['misses']['speakers'] = [];
  for (const [i, j] of pairs) {
    if (speakerRight(predicted[i]!, gold[j]!, names)) speakers++;
    else
      wrong.push({
        text: gold[j]!.text,
        gold: gold[j]!.speaker,
        predicted: predicted[i]!.speakerName ?? predicted[i]!.speaker,
      });
  }
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    speakers,
    missed: gold.filter((_, j) => !matched.has(j)).map((q) => ({ text: q.text })),
    wrong,
  };
}

// ---------------------------------------------------------------- metadata

function metaValue(doc: DocumentRecord | null, field: MetaField): unknown {
  if (!doc) return field === 'wire' ? [] : null;
  return doc[field];
}

/** Byline and dateline compare case-insensitively, without a leading "By". */
function looseName(s: string): string {
  return foldLoose(s.replace(/^\s*by\s+/i, ''));
}

/** Score one metadata field: `true`/`false`, or null when the gold value is unknown. */
export function metaRight(
  field: MetaField,
  gold: GoldDocument['meta'],
  predicted: DocumentRecord | null,
  names: NameResolver,
): boolean | null {
  const p = metaValue(predicted, field);
  switch (field) {
    case 'title':
      if (!gold.title) return null;
      return typeof p === 'string' && tokenF1(p, gold.title) >= 0.9;
    case 'outlet':
      if (!gold.outlet.length) return null;
      return typeof p === 'string' && names.same([p], gold.outlet);
    case 'wire': {
      // `[]` is known: the story names no agency.
      const want = new Set(gold.wire.map((w) => names.resolve(w)));
      const got = new Set(((p as string[]) ?? []).map((w) => names.resolve(w)));
      return want.size === got.size && [...want].every((w) => got.has(w));
    }
    case 'published':
      if (!gold.published) return null;
      return p === gold.published;
    case 'byline':
    case 'dateline':
      if (!gold[field]) return null;
      return typeof p === 'string' && looseName(p) === looseName(gold[field]!);
    case 'language':
      if (!gold.language) return null;
      return typeof p === 'string' && p.toLowerCase().split(/[-_]/)[0] === gold.language.toLowerCase().split(/[-_]/)[0];
  }
}

/**
 * Whether a gold document annotates its metadata: a key without metadata (pages.json) leaves every field empty, while
 * an annotated document always knows at least its language.
 */
function metaAnnotated(gold: GoldDocument['meta']): boolean {
  return META_FIELDS.some((field) => {
    const v = gold[field];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined;
  });
}

function goldMetaValue(gold: GoldDocument['meta'], field: MetaField): unknown {
  return gold[field];
}

// ---------------------------------------------------------------- cleaning

/** Is a `keep` passage in the body? */
export function keepPresent(body: string, keep: string): boolean {
  return fold(body).includes(fold(keep));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Lines of a raw input as a reader sees them: HTML tags break lines, common entities decoded. */
function rawLines(raw: string): string[] {
  // [^<>]* keeps the tag pattern linear on runs of "<" without ">".
  const text = /<[a-z!/][^<>]*>/i.test(raw)
    ? raw.replace(/<[^<>]*>/g, '\n').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
        if (e[0] === '#') {
          const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
          return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
        }
        return ENTITIES[e.toLowerCase()] ?? m;
      })
    : raw;
  return text.split(/\r?\n/);
}

/**
 * Is a `drop` line still in the body? The same words may also occur inside
 * the story (an outlet's name, "print"); occurrences in raw lines that are
 * not the boilerplate line itself are allowed, so only the boilerplate
 * copies count.
 */
export function dropPresent(body: string, drop: string, raw?: string): boolean {
  const needle = foldLine(drop);
  if (!needle) return false;
  let allowed = 0;
  if (raw !== undefined) {
    for (const line of rawLines(raw)) {
      const f = foldLine(line);
      if (f === needle) continue;
      allowed += countWord(f, needle);
    }
  }
  return countWord(fold(body), needle) > allowed;
}

// ---------------------------------------------------------------- all

/** Score predictions (by gold `file`) against a gold key. */
export function score(gold: Gold, predictions: Iterable<DocumentPrediction>): Scores {
  const byFile = new Map<string, DocumentPrediction>();
  for (const p of predictions) byFile.set(p.file, p);
  const names = nameResolver(gold.entities);
  const totalClaims = emptyCounts();
  const quoteTotals = { gold: 0, predicted: 0, matched: 0, speakers: 0 };
  const metaTotals = Object.fromEntries(META_FIELDS.map((f) => [f, { correct: 0, total: 0, spurious: 0 }])) as Record<
    MetaField,
    { correct: number; total: number; spurious: number }
  >;
  const keep = { correct: 0, total: 0 };
  const drop = { correct: 0, total: 0 };
  const perDocument: DocumentScore[] = [];
  let failed = 0;

  for (const doc of gold.documents) {
    const pred = byFile.get(doc.file) ?? {
      file: doc.file,
      document: null,
      claims: [],
      quotes: [],
      error: 'no prediction',
    };
    if (!pred.document) failed++;
    const cut = annotatedEnd(doc, pred.document);
    const inPart = <T>(items: T[], start: (item: T) => number): T[] =>
      cut === null ? items : items.filter((item) => start(item) < cut);
    const claims = scoreDocumentClaims(
      doc.claims,
      inPart(pred.claims, (c) => c.evidenceStart),
      names,
    );
    addCounts(totalClaims, claims.counts);
    const quotes = scoreDocumentQuotes(
      doc.quotes,
      inPart(pred.quotes, (q) => q.start),
      names,
    );
    quoteTotals.gold += quotes.gold;
    quoteTotals.predicted += quotes.predicted;
    quoteTotals.matched += quotes.matched;
    quoteTotals.speakers += quotes.speakers;

    const meta = {} as Record<MetaField, boolean | null>;
    const metaMisses: DocumentScore['misses']['meta'] = [];
    const annotated = metaAnnotated(doc.meta);
    for (const field of META_FIELDS) {
      // A key that annotates no metadata at all (pages.json) says nothing about any field: nothing to score or count.
      if (!annotated) {
        meta[field] = null;
        continue;
      }
      const right = metaRight(field, doc.meta, pred.document, names);
      meta[field] = right;
      const t = metaTotals[field];
      if (right === null) {
        // Gold null means "none in the text" for these fields; outlet [] means "cannot be known", so any guess is fine
        // there.
        const p = metaValue(pred.document, field);
        if (p && (field === 'published' || field === 'byline' || field === 'dateline' || field === 'language')) {
          t.spurious++;
          metaMisses.push({ field, gold: null, predicted: p });
        }
        continue;
      }
      t.total++;
      if (right) t.correct++;
      else metaMisses.push({ field, gold: goldMetaValue(doc.meta, field), predicted: metaValue(pred.document, field) });
    }

    const body = pred.document?.body ?? '';
    const missingKeep = pred.document ? doc.body.keep.filter((k) => !keepPresent(body, k)) : [...doc.body.keep];
    const presentDrop = pred.document ? doc.body.drop.filter((d) => dropPresent(body, d, pred.raw)) : [];
    // A document that failed keeps nothing; its drop lines are not counted as cleaned either.
    const dropTotal = pred.document ? doc.body.drop.length : 0;
    keep.total += doc.body.keep.length;
    keep.correct += doc.body.keep.length - missingKeep.length;
    drop.total += dropTotal;
    drop.correct += dropTotal - presentDrop.length;

    perDocument.push({
      file: doc.file,
      ...(pred.document ? {} : { error: pred.error ?? 'not processed' }),
      claims: claimScores(claims.counts),
      quotes: {
        gold: quotes.gold,
        predicted: quotes.predicted,
        ...prf(quotes.matched, quotes.predicted, quotes.gold),
        speaker: ratio(quotes.speakers, quotes.matched),
      },
      meta,
      cleaning: {
        keep: ratio(doc.body.keep.length - missingKeep.length, doc.body.keep.length),
        drop: ratio(dropTotal - presentDrop.length, dropTotal),
      },
      misses: {
        claims: claims.missed,
        spurious: claims.spurious,
        attributes: claims.attributes,
        quotes: quotes.missed,
        speakers: quotes.wrong,
        meta: metaMisses,
        keep: missingKeep,
        drop: presentDrop,
      },
    });
  }

  const fields = Object.fromEntries(
    META_FIELDS.map((f) => [
      f,
      { ...ratio(metaTotals[f].correct, metaTotals[f].total), spurious: metaTotals[f].spurious },
    ]),
  ) as Record<MetaField, MetaFieldScore>;
  return {
    documents: gold.documents.length,
    failed,
    metadata: { fields, inventedDates: fields.published.spurious },
    cleaning: { keep: ratio(keep.correct, keep.total), drop: ratio(drop.correct, drop.total) },
    claims: claimScores(totalClaims),
    quotes: {
      gold: quoteTotals.gold,
      predicted: quoteTotals.predicted,
      ...prf(quoteTotals.matched, quoteTotals.predicted, quoteTotals.gold),
      speaker: ratio(quoteTotals.speakers, quoteTotals.matched),
    },
    perDocument,
  };
}
