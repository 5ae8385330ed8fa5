/**
 * Typed relations between the claims of one figure (the gold README's types):
 * an increment adds to a base; a count with a scope is a part of the
 * unscoped total; values that agree (equal, rounded, compatible bounds) are
 * the same; a plan and its outcome, or a later day's value, is a revision;
 * only incompatible values from different sources for the same moment are a
 * conflict. Each rule is a named row; the first that answers types the pair.
 *
 * Pairs are formed within one figure only, over at most MAX_CLAIMS distinct
 * readings, so the stage stays linear in the number of figures.
 */
import type { RelationRecord } from '../records.js';
import { EVENT_SCOPE, groupScope } from './normalise.js';
import { isCurrencyCode } from '../vocabulary/currency.js';

/** Distinct readings compared pairwise per figure (bounds the quadratic step). */
const MAX_CLAIMS = 150;
/** Relations kept per figure (pairs that are simply the same are not listed). */
const MAX_RELATIONS = 400;
/** Counts of its article an increment is checked against as the total it makes (relations/increment-sums-to-total). */
const MAX_TOTALS = 8;
/** Two values further apart than this factor are more likely two different counts than one disputed count. */
const COMPARABLE_RATIO = 2;
/** Days within which two plans count as the same moment (a plan is restated for a week or so). */
const PLAN_WINDOW_DAYS = 7;

/** What the rules read of a claim. */
export interface RelationClaim {
  id: string;
  document: string;
  value: number | null;
  low: number | null;
  high: number | null;
  approximate: boolean;
  vague: boolean;
  incremental: boolean;
  scope: string | null;
  status: 'done' | 'planned' | 'possible' | 'unconfirmed' | 'denied';
  /** Primary source key (provenance). */
  source: string;
  /** The day the claim is as of (its article's as-of date), or null. */
  day: string | null;
  /** Without a day: the weekday its article names as its own (0 = Sunday), its week unknown. */
  weekday?: number | null;
  /** The sentence marks the value as an earlier one ("had earlier put", "previously", "up from"). */
  earlier: boolean;
  /** Ingest order of its article (tie-break for "later"). */
  order: number;
  /** "including 4", "3 of them": a part of another count in its sentence. */
  partCue?: boolean;
  /** Its sentence sets it against another source's value ("disputed the figure, saying", "its own count"). */
  disputes?: boolean;
  /** "a total of 260" (sum of parts), "has now reached 274" (so far): a total. */
  totalCue?: 'sum' | 'so-far';
  /** Start of its evidence sentence. */
  sentence?: number;
  /** Currency code or unit of measure, or null for a plain count. */
  unit?: string | null;
  /** A sum cued as a conversion of another ("or roughly $29 million", "(about $235,000)"). */
  converts?: boolean;
  /** The time the claim is about, when the text says it (`2024-10`, `2023-08/`). */
  about?: string | null;
  /** What its figure counts (`losses`, `attendance`, `deaths`): some measures are fixed at the event. */
  measure?: string | null;
  /** An increment whose article gives no other count of its figure (set by {@link figureRelations}). */
  baseElsewhere?: boolean;
  /** An increment's article's other counts of its figure (set by {@link figureRelations}, a few at most). */
  ownTotals?: number[];
  /** Set by figureRelations: sums (`EUR:45000000`) some article of the figure states beside this one as another sum. */
  apartFrom?: Set<string>;
  /** ", not eight": a value its sentence names only to reject it. */
  rejected?: boolean;
  /** Set by figureRelations: the values its sentence rejects ("11 had been held, not eight": 8). */
  rejects?: Set<number>;
}

type Type = RelationRecord['type'];
type Rule = { by: string; type: (a: RelationClaim, b: RelationClaim) => Type | null };

/** A rate: a share in percent, whose size says nothing of what it is a share of. */
const rate = (c: RelationClaim) => c.unit === 'percent' || c.unit === '%';

function interval(c: RelationClaim): [number, number] {
  const lo = c.low ?? c.value ?? -Infinity;
  const hi = c.high ?? (c.low !== null && c.value === null ? Infinity : (c.value ?? Infinity));
  return [lo, hi];
}

function point(c: RelationClaim): number | null {
  if (c.value !== null && (c.low === null || c.low === c.value) && (c.high === null || c.high === c.value))
    return c.value;
  return null;
}

/** The number a claim states: its value, else its bound. */
const told = (c: RelationClaim) => c.value ?? c.low ?? c.high;

function sameNumber(a: RelationClaim, b: RelationClaim): boolean {
  return a.value === b.value && a.low === b.low && a.high === b.high;
}

/** A number of at most two significant digits and at least two trailing zeros (1,600; 8,500,000). */
function round(x: number): boolean {
  if (!Number.isInteger(x) || x % 100 !== 0) return false;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(x))) - 1);
  return x % step === 0;
}

/** Decimal places a number is written with (46.3 → 1; 46 → 0). */
function decimals(x: number): number {
  const t = String(x);
  const dot = t.indexOf('.');
  return dot < 0 || t.includes('e') ? 0 : t.length - dot - 1;
}

/** How far apart a reading and its rounding may lie (3.14 million for "3.1 million"; 46.3 degrees for 46). */
const ROUNDING = 0.05;

/**
 * `coarse` is `fine` rounded to its own decimal places, has fewer of them, and lies within ROUNDING of it (46 of
 * 46.3; 4.1 of 4.14). relations/rounding-cap: 1 for 1.4, or 5% for 4.6%, is too far to be a rounding: a move.
 */
function roundedTo(coarse: number, fine: number): boolean {
  const k = decimals(coarse);
  if (k >= decimals(fine)) return false;
  if (Math.abs(fine - coarse) > ROUNDING * Math.abs(fine)) return false;
  return Math.abs(Number(fine.toFixed(k)) - coarse) < 1e-9;
}

/** The place of a whole number's last non-zero digit (1,600 → 100; 3,100,000 → 100,000; 2,000 → 1,000). */
function precision(x: number): number {
  let step = 1;
  while (x !== 0 && Number.isInteger(x / (step * 10)) && step < 1e15) step *= 10;
  return step;
}

/**
 * relations/bound-precision: `count` is the round bound `low` told with more digits: it rounds to the bound at the
 * bound's own precision (3.14 million to "3.1 million"; 1,620 to "1,600", not 1,650) and lies within ROUNDING of it.
 */
function boundToldFiner(low: number, count: number): boolean {
  if (!round(low) || count > low * (1 + ROUNDING)) return false;
  const step = precision(low);
  return Math.round(count / step) * step === low;
}

/** From thousands up, a vague plural stretches this far above its low ("thousands" for 20,000, not for 150,000). */
const VAGUE_REACH = 50;

/**
 * The least count a vague magnitude of low `low` cannot be: below a thousand the next vague word is one order up
 * ("dozens" stay under 100, "hundreds" under 1,000); from "thousands" up it is three orders up, and the word
 * stretches into the tens of its unit.
 */
function vagueCeiling(low: number): number {
  return low < 1000 ? 10 ** String(Math.floor(low)).length : low * VAGUE_REACH;
}

/**
 * relations/vague-ceiling: "dozens of people are missing" and "1,900 missing" cannot be one reading: a vague
 * magnitude has no stated upper bound, but its word has one.
 */
function beyondVague(a: RelationClaim, b: RelationClaim): boolean {
  const [v, other] = a.vague ? [a, b] : [b, a];
  if (!v.vague || other.vague || v.low === null || v.low <= 0) return false;
  const n = other.value ?? other.low;
  return n !== null && n >= vagueCeiling(v.low);
}

/** Equal, within rounding, or compatible bounds; two different lower (or upper) bounds are two readings, not one. */
export function agree(a: RelationClaim, b: RelationClaim): boolean {
  if (beyondVague(a, b)) return false;
  const pa = point(a);
  const pb = point(b);
  if (pa !== null && pb !== null) {
    if (pa === pb) return true;
    const rel = Math.abs(pa - pb) / Math.max(Math.abs(pa), Math.abs(pb));
    if ((a.approximate || b.approximate) && rel <= 0.1) return true;
    // relations/decimal-rounding: 46 for 46.3, 4.1% for 4.14%: the reading with fewer decimals is the other rounded.
    if (roundedTo(pa, pb) || roundedTo(pb, pa)) return true;
    // A round number standing for a precise one: 1,600 for 1,644; 8.5 million for 8,520,000.
    // relations/round-pair-differs: two round numbers ("$3.5 billion", "$3.6 billion") round nothing: they differ.
    return rel <= 0.05 && round(pa) !== round(pb);
  }
  const oneSided = (c: RelationClaim) =>
    c.low !== null && c.high === null ? 'lower' : c.high !== null && c.low === null ? 'upper' : null;
  const side = oneSided(a);
  // "more than 35" then "at least 56": the count rose; bounds of vague magnitudes stay compatible.
  if (side && side === oneSided(b) && !a.vague && !b.vague && (a.low !== b.low || a.high !== b.high)) return false;
  // Two different ranges for one thing ("$540m to $1.08bn", "$540m to $1.8bn") are two estimates.
  if (range(a) && range(b) && (a.low !== b.low || a.high !== b.high)) return false;
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  return alo <= bhi && blo <= ahi;
}

/**
 * Values that could be two readings of one count: both stated numbers (or both ranges), of one status, within a factor
 * of 2.
 */
function comparable(a: RelationClaim, b: RelationClaim): boolean {
  if (a.vague || b.vague || a.status !== b.status) return false;
  const kind = (c: RelationClaim) =>
    point(c) !== null ? 'point' : c.low !== null && c.high !== null ? 'range' : 'bound';
  if (kind(a) !== kind(b) || kind(a) === 'bound') return false;
  const x = Math.abs(a.value ?? a.low ?? 0);
  const y = Math.abs(b.value ?? b.low ?? 0);
  return Math.min(x, y) * COMPARABLE_RATIO >= Math.max(x, y);
}

/** A source that is a named speaker or body, not an outlet's own reporting. */
const named = (c: RelationClaim) => !c.source.startsWith('outlet:');

/** Two exact counts this close (share of the larger) are two tellings of one count, not a count and its part. */
const RIVAL_SHARE = 0.1;

/**
 * relations/same-moment (close rivals): "2,630 delays, according to one tracker" beside the outlet's own
 * "2,410" in one article: one named, two exact counts within a tenth of each other, neither cued as a part or a
 * total, disagree rather than count two things.
 */
function closeRivals(a: RelationClaim, b: RelationClaim): boolean {
  if (!named(a) && !named(b)) return false;
  const [x, y] = [point(a), point(b)];
  if (x === null || y === null || a.approximate || b.approximate) return false;
  if (a.partCue || b.partCue || a.totalCue || b.totalCue || a.earlier || b.earlier) return false;
  return Math.abs(x - y) <= RIVAL_SHARE * Math.max(Math.abs(x), Math.abs(y));
}

/** Two named sources' counts further apart than this factor are more likely two counts than one disputed. */
const RIVAL_RATIO = 4;

/**
 * relations/undated-is-the-article-day: "police said 12,000 marched in the afternoon; organisers put the figure at
 * 40,000": a count its text does not date, or dates only to a period holding its article's day (a time of day read
 * to the year), is as of that day.
 */
function momentOf(c: RelationClaim): string {
  const day = c.day?.slice(0, 10) ?? '';
  const about = c.about ?? day;
  return day.startsWith(about) ? day : about;
}

/** relations/named-rivals (see the rule). */
function namedRivals(a: RelationClaim, b: RelationClaim, window = false): boolean {
  if (a.document !== b.document || a.source === b.source || !named(a) || !named(b) || a.status !== b.status)
    return false;
  const x = Math.abs(told(a) ?? 0);
  const y = Math.abs(told(b) ?? 0);
  // relations/rival-above-so-far: "has risen to 1.4 million" is no earlier reading of another source's larger count.
  const total = (c: RelationClaim, below: boolean) => !!c.totalCue && !(c.totalCue === 'so-far' && below);
  const cued = (c: RelationClaim, below: boolean) =>
    c.vague || c.incremental || c.earlier || c.partCue || total(c, below);
  if (cued(a, x < y) || cued(b, y < x) || (!window && momentOf(a) !== momentOf(b))) return false;
  return Math.min(x, y) > 0 && Math.min(x, y) * RIVAL_RATIO >= Math.max(x, y) && !agree(a, b);
}

/** Days before its article's day that a count its text dates still shares that article's reporting window. */
const WINDOW_DAYS = 1;

/**
 * relations/report-window-rivals (see the rule): in one article, one named source's count its text dates to the
 * day before and another named source's count the text leaves undated.
 */
function windowRivals(a: RelationClaim, b: RelationClaim): boolean {
  if (a.document !== b.document || !a.about === !b.about) return false;
  const [undated, dated] = a.about ? [b, a] : [a, b];
  // Dated to a day ("on Sunday"), not to a month or a year: a study "in May" is its own moment.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dated.about!)) return false;
  const d = daysApart(undated.day, dated.day);
  if (d === null || d > WINDOW_DAYS || (dated.day ?? '') > (undated.day ?? '')) return false;
  // Across days, only values within a factor of 2 read as one count told two ways.
  return comparable(a, b) && namedRivals(a, b, true);
}

/** The month before a day's (`2025-07-09` → `2025-06`). */
function monthBefore(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * relations/release-month-rivals (see the rule): in one article, one named source's count its text dates to the
 * month a monthly release covers (its article's month or the one before) and another named source's undated count.
 */
function releaseMonthRivals(a: RelationClaim, b: RelationClaim): boolean {
  if (a.document !== b.document || !a.about === !b.about) return false;
  const [undated, dated] = a.about ? [b, a] : [a, b];
  const day = dated.day ?? '';
  if (!MONTH.test(dated.about!) || day.length < 10) return false;
  if (dated.about !== day.slice(0, 7) && dated.about !== monthBefore(day)) return false;
  return undated.day === dated.day && namedRivals(a, b, true);
}

/** A count a dispute cue sets against another's can be this far from it (organisers' crowd against the police's). */
const DISPUTE_RATIO = 5;

/**
 * Values that cannot both hold, one of them set by its sentence against the other source's (a dispute cue).
 * relations/dispute-unresolved-speaker: "its own surveyors put the loss at 550" left to the outlet, whose other count
 * is the rival's; the cue says they are two sources, only named ones can be one.
 */
function disputed(a: RelationClaim, b: RelationClaim): boolean {
  // relations/dispute-one-sentence: "close to 240, not the 190 on the operator's list": one speaker, two counts.
  const oneSentence = a.document === b.document && a.sentence !== undefined && a.sentence === b.sentence;
  const ownRival = a.source === b.source && named(a) && !(oneSentence && a.disputes && b.disputes);
  if (!(a.disputes || b.disputes) || ownRival || a.status !== b.status) return false;
  if (a.document !== b.document && daysApart(a.day, b.day) !== 0) return false;
  const cued = (c: RelationClaim) => c.vague || c.incremental || c.earlier || c.partCue || !!c.totalCue;
  if (cued(a) || cued(b) || agree(a, b)) return false;
  const x = Math.abs(told(a) ?? 0);
  const y = Math.abs(told(b) ?? 0);
  return Math.min(x, y) > 0 && Math.min(x, y) * DISPUTE_RATIO >= Math.max(x, y);
}

/**
 * relations/place-exceeds-whole: one claim scoped to one place, the other unscoped, from two articles of two days,
 * both plain counts, the place's above the whole's: a part cannot exceed its whole, so it is a later or earlier
 * reading of it (as relations/part-exceeds-whole says of two figures).
 */
function placeAboveWhole(a: RelationClaim, b: RelationClaim): boolean {
  if (!a.scope === !b.scope || a.document === b.document) return false;
  const [place, whole] = a.scope ? [a, b] : [b, a];
  if (!oneplace(place.scope!)) return false;
  const d = daysApart(a.day, b.day);
  const plain = (c: RelationClaim) => !c.vague && !c.incremental && !c.partCue;
  const x = place.value ?? place.low;
  const y = whole.value ?? whole.low;
  return !!d && plain(place) && plain(whole) && x !== null && y !== null && x > y;
}

/** One place, no group of people and no other event (as placeScope, which is defined below the rules). */
const oneplace = (scope: string) => !scope.includes(' ') && !scope.startsWith(EVENT_SCOPE) && !groupScope(scope);

function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b || a.length < 10 || b.length < 10) return null;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** A period of one month (`2025-06`). */
const MONTH = /^\d{4}-\d{2}$/;
/** A period of one year (`2025`) or one month. */
const PERIOD = /^\d{4}(?:-\d{2})?$/;

/**
 * Two claims the text dates to a year or a month each, neither period inside the other. A year beside a sum or a
 * plan is more often when it is due ("the rebuild would cost $2 billion by 2028") than the period it counts.
 */
function otherPeriod(a: RelationClaim, b: RelationClaim): boolean {
  const [x, y] = [a.about ?? '', b.about ?? ''];
  if (!PERIOD.test(x) || !PERIOD.test(y) || x.startsWith(y) || y.startsWith(x)) return false;
  if (MONTH.test(x) && MONTH.test(y)) return true;
  return a.status === 'done' && b.status === 'done' && !currency(a) && !currency(b);
}

const currency = (c: RelationClaim) => isCurrencyCode(c.unit);
/** Two sums in two currencies. */
const converted = (a: RelationClaim, b: RelationClaim) => currency(a) && currency(b) && a.unit !== b.unit;

/** A stated range ("between $6 billion and $11 billion"), not a vague magnitude. */
const range = (c: RelationClaim) => !c.vague && c.low !== null && c.high !== null && c.low !== c.high;

/** Stated or hedged, not planned or denied: what an estimate can be. */
const ESTIMATE = new Set<RelationClaim['status']>(['done', 'possible', 'unconfirmed']);

/** Two ranges in two articles, neither of them dated: two estimates of one thing, with nothing to say it moved on. */
function undatedEstimates(a: RelationClaim, b: RelationClaim): boolean {
  if (!range(a) || !range(b) || a.day || b.day || a.document === b.document) return false;
  return ESTIMATE.has(a.status) && ESTIMATE.has(b.status);
}

/**
 * Measures fixed at the event, not at the article: a loss, damage or a crowd is what it was on the day, so
 * two sources' different estimates disagree however many days apart they came. Tolls and tallies so far are
 * not here: they rise.
 */
const EVENT_MEASURE =
  /^(?:(?:insured |economic )?loss|damage|attendance|crowd|turnout|mourner|protester|demonstrator|spectator|attendee)/;
/** Measures whose "will" is a forecast of what the event cost, not a plan to be carried out. */
const FORECAST = /^(?:(?:insured |economic )?loss|damage)/;
/** Days within which two estimates of one event are read as rivals rather than one revising the other. */
const EVENT_WINDOW_DAYS = 3;

/** Two estimates of a measure fixed at the event that cannot both hold (neither marked as the earlier one). */
function eventEstimates(a: RelationClaim, b: RelationClaim): boolean {
  if (!EVENT_MEASURE.test(a.measure ?? '') || a.measure !== b.measure || a.document === b.document) return false;
  if (a.vague || b.vague || a.incremental || b.incremental || a.earlier || b.earlier) return false;
  if (!ESTIMATE.has(a.status) || !ESTIMATE.has(b.status) || agree(a, b)) return false;
  if ((daysApart(a.day, b.day) ?? 0) > EVENT_WINDOW_DAYS) return false;
  // Two exact sums are more often two parts of a loss (one sector, another) than two estimates of it.
  const estimate = (c: RelationClaim) => c.approximate || point(c) === null;
  if (!estimate(a) && !estimate(b)) return false;
  const x = Math.abs(told(a) ?? 0);
  const y = Math.abs(told(b) ?? 0);
  return Math.min(x, y) * COMPARABLE_RATIO >= Math.max(x, y);
}

/**
 * One claim a one-sided bound and the other a point (or a range) beyond a factor of 2 inside it ("up to 3,000" and
 * 1,200; "up to $3 billion" and "$250 million to $600 million").
 */
function farWithinBound(a: RelationClaim, b: RelationClaim): boolean {
  if (a.vague || b.vague || a.incremental || b.incremental) return false;
  const oneSided = (c: RelationClaim) => point(c) === null && (c.low === null) !== (c.high === null);
  const [bound, other] = oneSided(a) ? [a, b] : [b, a];
  if (!oneSided(bound) || oneSided(other)) return false;
  const p = point(other);
  if (p === null) {
    // A range sits far under an upper bound when its top does.
    const top = range(other) ? other.high! : null;
    return top !== null && top > 0 && bound.high !== null && bound.low === null && top * COMPARABLE_RATIO < bound.high;
  }
  if (p <= 0) return false;
  if (bound.high !== null && bound.low === null) return p * COMPARABLE_RATIO < bound.high;
  if (bound.low !== null && bound.high === null && bound.value === null) return bound.low * COMPARABLE_RATIO < p;
  return false;
}

/**
 * An increment of another article and the count it may add to: [base value, increment, increment value], or null.
 * The base is a stated count or a lower bound ("at least 16"), not marked earlier, and not dated after the increment.
 */
function baseOfIncrement(a: RelationClaim, b: RelationClaim): [number, RelationClaim, number] | null {
  if (a.incremental === b.incremental || a.document === b.document) return null;
  const [more, base] = a.incremental ? [a, b] : [b, a];
  const lowerBound = !base.vague && base.value === null && base.high === null ? base.low : null;
  const [x, y] = [point(base) ?? lowerBound, point(more) ?? more.low];
  if (x === null || y === null || base.earlier || !more.ownTotals) return null;
  if (base.day && more.day && base.day > more.day) return null;
  return [x, more, y];
}

/** A count this many times an undated lower bound has moved past it (a bound is stated close to its count). */
const BOUND_STEP = 1.2;

/**
 * relations/rejected-value: "the union said 11 had been held, not eight" against the eight another source gave: the
 * sentence names the other value to reject it, so the two are rivals for one moment, whatever day each was told.
 */
function rejectsOther(a: RelationClaim, b: RelationClaim): boolean {
  const hit = (x: RelationClaim, y: RelationClaim) => {
    const v = point(y);
    return !!x.rejects && v !== null && x.rejects.has(v) && !y.rejected && x.source !== y.source;
  };
  if (a.status !== b.status || (a.document === b.document && a.sentence === b.sentence)) return false;
  return hit(a, b) || hit(b, a);
}

/** The ordered rules. */
export const RELATION_RULES: Rule[] = [
  // "€8.2 billion ($8.9 billion)": one sum in two currencies, side by side in one sentence.
  // relations/sums-side-by-side: "the US pledged $50 million and the EU €45 million": with no cue that one converts
  // the other, two sums in two currencies in one sentence are two sums, however close their values.
  {
    by: 'relations/currency-conversion',
    type: (a, b) =>
      a.document === b.document && a.sentence !== undefined && a.sentence === b.sentence && converted(a, b)
        ? a.converts || b.converts
          ? 'same'
          : null
        : null,
  },
  // An article that states the two sums side by side as two says they are two in every article.
  {
    by: 'relations/sums-side-by-side',
    type: (a, b) =>
      converted(a, b) &&
      ((a.document === b.document && a.sentence !== undefined && a.sentence === b.sentence) ||
        !!a.apartFrom?.has(sumKey(b)))
        ? 'different'
        : null,
  },
  // "€8.2 billion" in one article, "$8.9 billion" in another: a sum in two currencies is no rival of itself.
  {
    by: 'relations/other-currency',
    type: (a, b) => {
      if (!converted(a, b)) return null;
      const x = Math.abs(told(a) ?? 0);
      const y = Math.abs(told(b) ?? 0);
      if (Math.min(x, y) * COMPARABLE_RATIO >= Math.max(x, y)) return 'same';
      // relations/giver-in-total: "the EU pledged €6 million" and "total pledges of $24.5 million": apart from a sum
      // its sentence states as a total, a sum in another currency is one giver's part of it, not another thing.
      return (a.totalCue === 'sum') !== (b.totalCue === 'sum') ? 'part' : 'different';
    },
  },
  // "11 of its members had been held hostage, not eight": a rival the sentence names and rejects.
  { by: 'relations/rejected-value', type: (a, b) => (rejectsOther(a, b) ? 'conflict' : null) },
  // "the toll has now reached 274 after 29 more bodies were found": a total so far holds the increment beside it.
  {
    by: 'relations/increment-in-total',
    type: (a, b) => {
      if (a.document !== b.document || a.incremental === b.incremental) return null;
      const [more, total] = a.incremental ? [a, b] : [b, a];
      if (!total.totalCue) return null;
      return (more.value ?? more.low ?? 0) < (total.value ?? total.low ?? 0) ? 'part' : null;
    },
  },
  // "another 20 were hurt ... five of the injured are in serious condition": a count cued as a part of
  // others is a part of the count added beside it in its article, not the base it adds to.
  {
    by: 'relations/part-of-increment',
    type: (a, b) => {
      if (a.document !== b.document || a.incremental === b.incremental) return null;
      const [more, other] = a.incremental ? [a, b] : [b, a];
      if (!other.partCue) return null;
      return (other.value ?? other.low ?? 0) < (more.value ?? more.low ?? 0) ? 'part' : null;
    },
  },
  // "another 1,500" adds to a base the same article or source gave before it; elsewhere it is only another reading,
  // and a later article that restates the added number ("8 of the 12 nurses promised") repeats it.
  {
    by: 'relations/increment',
    type: (a, b) => {
      if (a.incremental === b.incremental || (a.document !== b.document && a.source !== b.source)) return null;
      const [more, base] = a.incremental ? [a, b] : [b, a];
      return base.document !== more.document && base.day && more.day && base.day > more.day ? null : 'increment';
    },
  },
  // relations/increment-sums-to-total: "a further 8 were arrested overnight, taking the total to 31" adds to the
  // 23 an earlier article gave: the base that, with the increment, makes a total the increment's article states.
  // "at least 16 were killed" is a base too: "risen to 21 after another five bodies" sums onto its bound.
  {
    by: 'relations/increment-sums-to-total',
    type: (a, b) => {
      const pair = baseOfIncrement(a, b);
      return pair && pair[1].ownTotals!.includes(pair[0] + pair[2]) ? 'increment' : null;
    },
  },
  // relations/increment-onto-restated-base: "another 150 firefighters joined the 480 already there" adds to the
  // 480 an earlier article gave: the increment's article restates the base it adds to.
  {
    by: 'relations/increment-onto-restated-base',
    type: (a, b) => {
      const pair = baseOfIncrement(a, b);
      return pair && pair[1].ownTotals!.includes(pair[0]) ? 'increment' : null;
    },
  },
  // relations/increment-of-story: "An additional 300 firefighters arrived" in an article that gives no other count
  // of its figure adds to the figure's count reported before it, whoever reported that.
  {
    by: 'relations/increment-of-story',
    type: (a, b) => {
      if (a.incremental === b.incremental) return null;
      const [more, base] = a.incremental ? [a, b] : [b, a];
      if (!more.baseElsewhere || !base.day || !more.day || base.day > more.day) return null;
      return 'increment';
    },
  },
  // "56 were killed, including 23 in Ohio": the cued number is a part of the larger count in its sentence, or in
  // a sentence before it.
  {
    by: 'relations/part-cue',
    type: (a, b) => {
      if (a.document !== b.document || a.sentence === undefined || b.sentence === undefined) return null;
      if (a.partCue === b.partCue) return null;
      const [part, whole] = a.partCue ? [a, b] : [b, a];
      // "The fire killed 31. Among them were 12 firefighters": the count it is among comes first.
      if (whole.sentence! > part.sentence! || whole.incremental) return null;
      return (part.value ?? part.low ?? 0) < (whole.value ?? whole.low ?? 0) ? 'part' : null;
    },
  },
  // "More than 250,000 in the square" beside "more than 250,000": a place counted as the whole is the whole.
  {
    by: 'relations/scope-equals-whole',
    type: (a, b) => {
      if ((a.scope ?? '') === (b.scope ?? '') || (a.scope && b.scope)) return null;
      if (a.scope?.startsWith(EVENT_SCOPE) || b.scope?.startsWith(EVENT_SCOPE)) return null;
      return sameNumber(a, b) && !a.partCue && !b.partCue ? 'same' : null;
    },
  },
  // "4,200 residents were evacuated" on Monday, "5,800 people evacuated in Tesk" on Wednesday: a figure's one place
  // counted above the whole an earlier or later article gave is the whole read again, not a part of it.
  { by: 'relations/place-exceeds-whole', type: (a, b) => (placeAboveWhole(a, b) ? 'revision' : null) },
  // A county's count inside the unscoped total; two different scopes are different counts.
  // A count about another, earlier event ("event-1953") is no part of this one's.
  {
    by: 'relations/scope',
    type: (a, b) => {
      if ((a.scope ?? '') === (b.scope ?? '')) return null;
      const past = a.scope?.startsWith(EVENT_SCOPE) || b.scope?.startsWith(EVENT_SCOPE);
      return (a.scope && b.scope) || past ? 'different' : 'part';
    },
  },
  // "added 64,000 jobs in July" against "163,000 in June": counts of two months are two counts, not one revised;
  // so are a year's total and a month's count outside that year ("41,000 in 2024", "41,000 in March 2025").
  { by: 'relations/other-period', type: (a, b) => (otherPeriod(a, b) ? 'different' : null) },
  // "had earlier put the toll at 265" against 270: the figure moved, whoever says it.
  // "up from 52 a day earlier" against another article's "at least 52": the earlier value restates that number.
  {
    by: 'relations/earlier-cue',
    type: (a, b) => ((a.earlier || b.earlier) && !sameNumber(a, b) && told(a) !== told(b) ? 'revision' : null),
  },
  // "police put the crowd at 150,000", "more than 250,000" a day later: a crowd is of its day, not the article's.
  { by: 'relations/event-estimates', type: (a, b) => (eventEstimates(a, b) ? 'conflict' : null) },
  // "at least 17" one day, 23 on a later one: the toll rose past its bound (the bound itself, 17 or "13,000", agrees).
  // relations/bound-far-below: with no day to tell, a count a fifth or more above another article's "at least 48"
  // is a later reading too; "more than 8 million" still covers 8.5 million.
  {
    by: 'relations/bound-then-more',
    type: (a, b) => {
      const d = daysApart(a.day, b.day);
      if (a.document === b.document || d === 0) return null;
      const lower = (c: RelationClaim) => !c.vague && c.low !== null && c.high === null && c.value === null;
      const [bound, other] = lower(a) ? [a, b] : [b, a];
      const p = point(other);
      if (!lower(bound) || p === null) return null;
      // "at least 3.1 million", then 3.14 million: a round bound the count rounds to is that count, not passed;
      // "at least 1,600", then 1,650 on a later day: 1,650 rounds to 1,700 at hundreds, so the toll rose.
      if (boundToldFiner(bound.low!, p)) return null;
      return p > bound.low! * (d === null ? BOUND_STEP : 1) ? 'revision' : null;
    },
  },
  // "damage to the bridge of $1.2 billion", "claims could reach up to $3 billion" in one article: far inside
  // the other's bound, a count is a part of it, not the same reading.
  {
    by: 'relations/far-within-bound',
    type: (a, b) => (a.document === b.document && farWithinBound(a, b) ? 'part' : null),
  },
  // "could fine the company up to 90 million pesos", then "fined it 60 million pesos" on a later day: the outcome
  // settles the hedge, however close the two (a loss that "could reach" is a forecast of the same thing, not a hedge;
  // the hedge's bound told again, "short of the 90 million maximum", is no outcome).
  {
    by: 'relations/hedge-outcome',
    type: (a, b) => {
      if (a.document === b.document || FORECAST.test(a.measure ?? '') || sameNumber(a, b)) return null;
      // A plan and its outcome are relations/plan-outcome's.
      const hedged = (c: RelationClaim) => c.status === 'possible';
      const [hedge, done] = hedged(a) ? [a, b] : [b, a];
      if (!hedged(hedge) || done.status !== 'done' || done.earlier) return null;
      // "short of the 100 million maximum it had mentioned": the hedge's own bound told again is no outcome.
      const p = point(done);
      if (p === null || p === hedge.high || p === hedge.low) return null;
      const d = daysApart(hedge.day, done.day);
      return d && done.day! > hedge.day! ? 'revision' : null;
    },
  },
  { by: 'relations/agree', type: (a, b) => (agree(a, b) ? 'same' : null) },
  // A plan and what was done are two moments of one figure; a loss that "will cost" is a forecast, not a plan.
  {
    by: 'relations/plan-outcome',
    type: (a, b) =>
      (a.status === 'planned') !== (b.status === 'planned') && !FORECAST.test(a.measure ?? '') ? 'revision' : null,
  },
  // "the operator disputed the navy's figure, saying 150 tonnes"; "its own records showed 85": a value the text
  // sets against another source's is its rival in that article, or in another of the same day.
  { by: 'relations/dispute-cue', type: (a, b) => (disputed(a, b) ? 'conflict' : null) },
  // "the brigade said 48 homes burned; the mayor said 70 burned on Sunday", in Monday's article: one named source's
  // count dated the day before and another's undated one are of the article's reporting window; neither cued
  // (earlier, so far, a part), values that cannot both hold are rivals, not a move.
  { by: 'relations/report-window-rivals', type: (a, b) => (windowRivals(a, b) ? 'conflict' : null) },
  // "the minister said 9,000 of June's new jobs were permanent; the federation said only 4,000 permanent jobs were
  // added", in July's article: an undated rival of a count of the month the release covers is of that month too.
  { by: 'relations/release-month-rivals', type: (a, b) => (releaseMonthRivals(a, b) ? 'conflict' : null) },
  // A count the text dates to another day than the other's is the figure moving on.
  {
    by: 'relations/later-day',
    type: (a, b) => {
      const d = daysApart(a.day, b.day);
      if (d === null) return null;
      const window = a.status === 'planned' && b.status === 'planned' ? PLAN_WINDOW_DAYS : 0;
      return d > window ? 'revision' : null;
    },
  },
  // "29 more" in one article against a toll in another: the toll moved on, whoever reported it.
  { by: 'relations/increment-elsewhere', type: (a, b) => (a.incremental !== b.incremental ? 'revision' : null) },
  // Two sources, one moment (the same article, or articles of the same day), values that cannot both hold.
  {
    by: 'relations/same-moment',
    type: (a, b) => {
      if (a.source === b.source || !comparable(a, b)) return null;
      // In one article, only two named sources contradict each other; the outlet's own figures beside a
      // quoted one are most often another part of the story.
      if (a.document === b.document) return (named(a) && named(b)) || closeRivals(a, b) ? 'conflict' : null;
      // A plan carries no moment of its own: two sources' plans for one thing contradict unless dated apart.
      if (a.status === 'planned' && b.status === 'planned') return 'conflict';
      return daysApart(a.day, b.day) !== null ? 'conflict' : null;
    },
  },
  // Two undated reports that name the same weekday as their day are of one reporting window: the week is unknown,
  // not the day; values of two sources that cannot both hold contradict each other.
  {
    by: 'relations/same-weekday-undated',
    type: (a, b) =>
      a.document !== b.document &&
      a.source !== b.source &&
      a.weekday != null &&
      a.weekday === b.weekday &&
      comparable(a, b)
        ? 'conflict'
        : null,
  },
  // "$540m to $1.08bn" against "$540m to $1.8bn" in another article: estimates disagree, they do not move on.
  { by: 'relations/undated-estimates', type: (a, b) => (undatedEstimates(a, b) && !agree(a, b) ? 'conflict' : null) },
  // "organisers said 90,000 marched; police put the crowd at 35,000": in one article, two named sources' counts
  // of one figure, neither cued as a part, a total or an earlier value, disagree even when far apart.
  { by: 'relations/named-rivals', type: (a, b) => (namedRivals(a, b) ? 'conflict' : null) },
  // "a total of 260 identified, 254 through DNA tests": in the article that sums them, a smaller count is a part.
  {
    by: 'relations/smaller-than-sum',
    type: (a, b) => {
      if (a.document !== b.document || (a.totalCue === 'sum') === (b.totalCue === 'sum')) return null;
      const [total, other] = a.totalCue === 'sum' ? [a, b] : [b, a];
      if (other.incremental || other.earlier || other.vague) return null;
      return (other.value ?? other.low ?? Infinity) < (total.value ?? total.low ?? 0) ? 'part' : null;
    },
  },
  // "70 died in the hardest-hit town" beside "215 dead" in one article: a much smaller count of one moment is a part.
  {
    by: 'relations/smaller-in-same-article',
    type: (a, b) => {
      if (a.document !== b.document) return null;
      // relations/rate-not-part: "the union put turnout at 71%, the ministry at 30%": two sources' rates of one
      // thing are rivals; a share is no part of another share.
      if (rate(a) && rate(b) && a.source !== b.source) return null;
      const x = Math.abs(a.value ?? a.low ?? 0);
      const y = Math.abs(b.value ?? b.low ?? 0);
      return Math.min(x, y) > 0 && Math.min(x, y) * COMPARABLE_RATIO < Math.max(x, y) ? 'part' : null;
    },
  },
  // "3 first-year students and 2 others are in serious condition ... five of the injured students": two readings
  // of one figure that one source gives in one article, neither marked earlier nor a total so far, are a count
  // and a count within it, not a move. Two ranges are two estimates of one amount, not one within the other.
  {
    by: 'relations/same-article-part',
    type: (a, b) => {
      if (a.document !== b.document || a.source !== b.source || (range(a) && range(b))) return null;
      // A reading the text dates apart from the other ("94 on Friday", "126 by Sunday") is a moment, not a part.
      if ((a.about ?? '') !== (b.about ?? '')) return null;
      return a.totalCue === 'so-far' || b.totalCue === 'so-far' ? null : 'part';
    },
  },
  // Anything else that differs is read as the figure moving on, not as a contradiction.
  { by: 'relations/fallback', type: () => 'revision' },
];

/** Type one pair: the first rule that answers, with its id. */
export function relate(a: RelationClaim, b: RelationClaim): { type: Type; by: string } {
  for (const rule of RELATION_RULES) {
    const type = rule.type(a, b);
    if (type) return { type, by: rule.by };
  }
  return { type: 'same', by: 'relations/fallback' };
}

/** Orders a pair so that `a` is the earlier, the part, or the base. */
function ordered(x: RelationClaim, y: RelationClaim, type: Type): [RelationClaim, RelationClaim] {
  if (type === 'increment') return x.incremental ? [y, x] : [x, y];
  if (type === 'part') {
    if (x.partCue !== y.partCue) return x.partCue ? [x, y] : [y, x];
    if (x.incremental !== y.incremental) return x.incremental ? [x, y] : [y, x];
    if ((x.scope ?? '') !== (y.scope ?? '')) return x.scope ? [x, y] : [y, x];
    return Math.abs(told(x) ?? 0) <= Math.abs(told(y) ?? 0) ? [x, y] : [y, x];
  }
  const later =
    (x.day ?? '') > (y.day ?? '') ||
    ((x.day ?? '') === (y.day ?? '') && (y.earlier || (!x.earlier && x.order > y.order)));
  return later ? [y, x] : [x, y];
}

/**
 * The relations within one figure, except pairs that are simply the same.
 * Claims with one reading (article, number, scope, status, source) share their typing.
 */
/** A sum by its currency and amount (`EUR:45000000`). */
const sumKey = (c: RelationClaim) => `${c.unit}:${told(c)}`;

/** Sums of two currencies per sentence read for side-by-side pairs (bounds the pairs of one long sentence). */
const SIDE_BY_SIDE = 8;

/**
 * relations/sums-side-by-side: each sum's `apartFrom`, the sums in another currency its own sentence states beside it
 * with no cue that either converts the other; an article that tells them apart tells them apart in every article.
 */
function sideBySide(claims: RelationClaim[]): void {
  const bySentence = new Map<string, RelationClaim[]>();
  for (const c of claims) {
    if (!currency(c) || c.sentence === undefined) continue;
    const k = `${c.document}|${c.sentence}`;
    const list = bySentence.get(k) ?? bySentence.set(k, []).get(k)!;
    if (list.length < SIDE_BY_SIDE) list.push(c);
  }
  const apart = new Map<string, Set<string>>();
  for (const list of bySentence.values()) {
    if (list.length < 2 || list.some((c) => c.converts)) continue;
    for (const a of list)
      for (const b of list) {
        if (a.unit === b.unit) continue;
        const k = sumKey(a);
        (apart.get(k) ?? apart.set(k, new Set()).get(k)!).add(sumKey(b));
      }
  }
  if (!apart.size) return;
  for (const c of claims) if (currency(c)) c.apartFrom = apart.get(sumKey(c));
}

/**
 * relations/rejected-value: each claim's `rejects`, the values its sentence names after ", not" (another's count it
 * rejects); the rejected readings themselves reject nothing.
 */
function rejections(claims: RelationClaim[]): void {
  const bySentence = new Map<string, Set<number>>();
  for (const c of claims) {
    const v = point(c);
    if (!c.rejected || v === null) continue;
    const k = `${c.document}|${c.sentence}`;
    (bySentence.get(k) ?? bySentence.set(k, new Set()).get(k)!).add(v);
  }
  if (!bySentence.size) return;
  for (const c of claims) {
    const set = c.rejected || c.sentence === undefined ? undefined : bySentence.get(`${c.document}|${c.sentence}`);
    if (set && !set.has(point(c) ?? NaN)) c.rejects = set;
  }
}

/** Plain readings: no increment, part, earlier value, vague magnitude or rejected rival. */
const plain = (c: RelationClaim) => !c.incremental && !c.partCue && !c.earlier && !c.vague && !c.rejected;

/**
 * relations/restated-source: "Dam toll rises to 9, hospital says 12" over a body that gives nine to the rescue service
 * and 12 to the hospital: a count in the outlet's own voice that restates the one count of that value its article
 * gives a named source is that source's, so it is a rival where the source's count is one.
 */
function restatedSources(claims: RelationClaim[]): void {
  const named = new Map<string, string | null>();
  for (const c of claims) {
    const v = point(c);
    if (v === null || c.source.startsWith('outlet:') || !plain(c)) continue;
    const k = `${c.document}|${v}`;
    const had = named.get(k);
    named.set(k, had === undefined || had === c.source ? c.source : null);
  }
  if (!named.size) return;
  for (const c of claims) {
    const v = point(c);
    if (v === null || !c.source.startsWith('outlet:') || !plain(c)) continue;
    const source = named.get(`${c.document}|${v}`);
    if (source) c.source = source;
  }
}

export function figureRelations(claims: RelationClaim[]): RelationRecord[] {
  restatedSources(claims);
  rejections(claims);
  const counted = new Set<string>();
  for (const c of claims) if (!c.incremental) counted.add(c.document);
  for (const c of claims) if (c.incremental && !counted.has(c.document)) c.baseElsewhere = true;
  const totals = new Map<string, number[]>();
  for (const c of claims) {
    const v = c.incremental || c.earlier ? null : (point(c) ?? c.low);
    if (v === null || !counted.has(c.document)) continue;
    const list = totals.get(c.document) ?? totals.set(c.document, []).get(c.document)!;
    if (list.length < MAX_TOTALS) list.push(v);
  }
  for (const c of claims) if (c.incremental) c.ownTotals = totals.get(c.document);
  sideBySide(claims);
  const reps = new Map<string, RelationClaim[]>();
  for (const c of claims) {
    const reading = `${c.value}|${c.low}|${c.high}|${c.incremental}|${c.scope ?? ''}|${c.status}|${c.source}`;
    const cues = `${c.earlier}|${c.about ?? ''}|${!!c.partCue}|${c.totalCue ?? ''}`;
    const key = `${c.document}|${c.sentence ?? ''}|${reading}|${cues}`;
    const list = reps.get(key);
    if (list) list.push(c);
    else if (reps.size < MAX_CLAIMS) reps.set(key, [c]);
  }
  const groups = [...reps.values()];
  const out: RelationRecord[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const { type, by } = relate(groups[i]![0]!, groups[j]![0]!);
      if (type === 'same') continue;
      for (const x of groups[i]!) {
        for (const y of groups[j]!) {
          if (out.length >= MAX_RELATIONS) return out;
          const [a, b] = ordered(x, y, type);
          out.push({ a: a.id, b: b.id, type, by });
        }
      }
    }
  }
  return out;
}

/** Part pairs kept between a scoped figure and its whole. */
const MAX_PARTS = 200;

/**
 * A scoped figure's claims are parts of the whole figure's (a county's toll inside the state's): one
 * relation per pair of distinct readings, at most MAX_PARTS.
 */
export function partRelations(parts: RelationClaim[], whole: RelationClaim[]): RelationRecord[] {
  const out: RelationRecord[] = [];
  for (const a of parts) {
    for (const b of whole) {
      if (out.length >= MAX_PARTS) return out;
      out.push(partOrMore(a, b));
    }
  }
  return out;
}

/**
 * A scoped count larger than the whole's count of another day is no part of it: the scope is most often the
 * whole under another name ("in the state", the stricken city), reported as the toll moved on
 * (relations/part-exceeds-whole); a smaller increment beside it in its article adds to it
 * (relations/increment-beside-place); else relations/part-of-whole.
 */
function partOrMore(part: RelationClaim, whole: RelationClaim): RelationRecord {
  const x = part.value ?? part.low;
  const y = whole.value ?? whole.low;
  const d = daysApart(part.day, whole.day);
  const plain = (c: RelationClaim) => !c.vague && !c.incremental;
  // "40 dead in Tarn County; 15 additional deaths in other counties": the increment adds to the place's count.
  if (x !== null && y !== null && x > y && whole.incremental && !part.incremental && part.document === whole.document) {
    return { a: part.id, b: whole.id, type: 'increment', by: 'relations/increment-beside-place' };
  }
  if (x !== null && y !== null && x > y && d && plain(part) && plain(whole)) {
    const [a, b] = part.day! < whole.day! ? [part, whole] : [whole, part];
    return { a: a.id, b: b.id, type: 'revision', by: 'relations/part-exceeds-whole' };
  }
  return { a: part.id, b: whole.id, type: 'part', by: 'relations/part-of-whole' };
}

/** A scope that names a place inside a wider one: a county inside its state, a province inside its country. */
const SUBDIVISION = /-(?:county|parish|district|borough|municipality|township|prefecture|province)$/;
/** A scope that names one place, no group of people and no other event (`aldbury`, `kelso-county`). */
export function placeScope(scope: string | null | undefined): scope is string {
  return !!scope && !scope.includes(' ') && !scope.startsWith(EVENT_SCOPE) && !groupScope(scope);
}

/** A scope that can hold subdivisions (a state, a country, a region), not a subdivision itself. */
export function widerPlaceScope(scope: string | null | undefined): scope is string {
  return placeScope(scope) && !SUBDIVISION.test(scope);
}

/** A subdivision's scope (`kelso-county`). */
export function subdivisionScope(scope: string | null | undefined): scope is string {
  return placeScope(scope) && SUBDIVISION.test(scope);
}

/**
 * relations/place-in-wider-place: "four died in Kelso County; nine across Ostland" — a subdivision's count
 * beside a larger count of a wider place in the same article is a part of it (callers pair same-article claims).
 */
export function placePart(sub: RelationClaim, wide: RelationClaim): RelationRecord | null {
  const x = sub.value ?? sub.low;
  const y = wide.value ?? wide.low;
  if (x === null || y === null || x >= y || sub.incremental || wide.incremental || sub.vague) return null;
  return { a: sub.id, b: wide.id, type: 'part', by: 'relations/place-in-wider-place' };
}
