/**
 * Reading the number itself at a token: digits with separators, digits with
 * a scale (`1.2 million`, `$8B`), number words (`twelve thousand`, `a dozen`)
 * and vague magnitudes (`thousands`, `tens of thousands`, `several million`).
 */
import type { Token } from './tokens.js';
import {
  ABBREVIATED_CURRENCIES,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  FRACTIONS,
  MONTHS,
  PREDICATE_VERBS,
  SAY_VERBS,
  SCALES,
  SPACED_SCALES,
  TIME_UNITS,
  UNITS,
  VAGUE_PLURALS,
  VAGUE_QUANTIFIERS,
} from './lexicon.js';
import { countable } from './measure.js';

// Maps of the lexicon tables: a fresh token string that is not a key misses a null-prototype table
// through V8's string table on every lookup, several times slower than a Map's hash.
const VAGUE_MAP = new Map(Object.entries(VAGUE_PLURALS));
const SCALE_MAP = new Map(Object.entries(SCALES));
const UNIT_MAP = new Map(Object.entries(UNITS));
const FRACTION_MAP = new Map(Object.entries(FRACTIONS));

/** The number at a token: value for stated numbers, `unit` for vague magnitudes. */
export interface Core {
  /** First and one-past-last token. */
  first: number;
  last: number;
  value: number | null;
  /** Vague magnitude unit (`thousands` → 1000); low = 2 × unit. */
  unit: number | null;
  vague: boolean;
  approximate: boolean;
  /** Written with digits (as opposed to words). */
  digits: boolean;
  /** A digit token without separators or scale (candidate year, label, identifier). */
  bare: boolean;
  /** A share of a whole (`a third of`, `one in eight`): value is the fraction. */
  share?: boolean;
}

/**
 * Parse a digit token. `1,500` → 1500; `12.000` → 12000 when the text uses the
 * dot as thousands separator (German-style) or the group is `000`; `1.2` → 1.2.
 * Returns null for times (`18:35`) and malformed groups.
 */
export function parseDigits(text: string, dotThousands: boolean): number | null {
  if (text.includes(':')) return null;
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(text)) {
    if (/^\d{1,3}\.\d{3}$/.test(text) && (dotThousands || text.endsWith('000'))) return Number(text.replace('.', ''));
    return Number(text);
  }
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
  if (dotThousands && /^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return null;
}

const adj = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Parse the number that starts at token `i`, or null. */
export function parseCore(tokens: Token[], i: number, dotThousands: boolean): Core | null {
  const tok = tokens[i]!;
  if (tok.kind === 'word' && !NUMBER_STARTS.has(tok.lower)) return null;
  const share =
    SHARE_STARTS.has(tok.lower) || (tok.kind === 'num' && /^\d{1,2}$/.test(tok.text)) ? shareCore(tokens, i) : null;
  if (share) return share;
  if (tok.kind === 'num') return digitCore(tokens, i, dotThousands);
  if (tok.kind !== 'word') return null;
  return vagueCore(tokens, i) ?? wordCore(tokens, i) ?? repeatCore(tokens, i);
}

/** `twice`, `thrice`: how many times something happened. */
export const REPEATS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);
/** Words after `twice` that make it a multiplier or a rate (`twice as many`, `twice a day`), not a count. */
const REPEAT_NOT_AFTER = new Set([
  'as',
  'the',
  'a',
  'an',
  'that',
  'what',
  'its',
  'their',
  'his',
  'her',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'annually',
  'per',
  'more',
  'over',
  'each',
  'every',
  'this',
]);
/** Words before `twice` that make it an idiom (`think twice`). */
const REPEAT_NOT_BEFORE = new Set(['think', 'thinks', 'thought', 'thinking', 'nearly', 'almost', 'about', 'roughly']);

/** `had twice been arrested`, `won the title twice`: a count of times, read with its fixed look-around. */
function repeatCore(tokens: Token[], i: number): Core | null {
  const tok = tokens[i]!;
  const value = REPEATS.get(tok.lower);
  if (value === undefined) return null;
  const next = tokens[i + 1];
  if (next && (REPEAT_NOT_AFTER.has(next.lower) || (next.text === '-' && adj(tok, next)))) return null;
  if (REPEAT_NOT_BEFORE.has(tokens[i - 1]?.lower ?? '')) return null;
  return { first: i, last: i + 1, value, unit: null, vague: false, approximate: false, digits: false, bare: true };
}

function digitCore(tokens: Token[], i: number, dotThousands: boolean): Core | null {
  const tok = tokens[i]!;
  // Never read a digit group glued to a preceding digit group (`2024-10-18` handled by exclusions).
  let value = parseDigits(tok.text, dotThousands);
  if (value === null) return null;
  let last = i + 1;
  let bare = /^\d+$/.test(tok.text);
  const next = tokens[last];
  if (next && next.kind === 'word') {
    const scale = SCALE_MAP.get(next.lower);
    if (
      scale !== undefined &&
      (adj(tok, next) ? !/^(?:hundred)$/.test(next.lower) && gluedScale(tokens, i) : SPACED_SCALES.has(next.lower))
    ) {
      // `600m` glued only when the m is not a metre: accept m after a currency or with a decimal; callers check.
      value = value * scale;
      last++;
      bare = false;
      const more = tokens[last];
      // `1.2 million` may be followed by another scale word only in `hundred thousand`-style words; stop here.
      if (scale === 100 && more && more.kind === 'word' && SCALE_MAP.get(more.lower) && SPACED_SCALES.has(more.lower)) {
        value = value * SCALE_MAP.get(more.lower)!;
        last++;
      }
    } else if (next.lower === 'dozen') {
      value = value * 12;
      last++;
      bare = false;
    }
  }
  return { first: i, last, value: round(value), unit: null, vague: false, approximate: false, digits: true, bare };
}

function vagueCore(tokens: Token[], i: number): Core | null {
  const tok = tokens[i]!;
  let unit = VAGUE_MAP.get(tok.lower);
  let last = i + 1;
  if (unit !== undefined) {
    // `tens` and `scores` are magnitudes only in `tens of thousands`, `scores of people`.
    const of = tokens[last];
    const bigger = tokens[last + 1];
    if (
      of?.lower === 'of' &&
      bigger &&
      VAGUE_MAP.get(bigger.lower) !== undefined &&
      VAGUE_MAP.get(bigger.lower)! >= 100 &&
      bigger.lower !== 'scores'
    ) {
      unit = unit * VAGUE_MAP.get(bigger.lower)!;
      last += 2;
    } else if (tok.lower === 'tens' || tok.lower === 'scores') {
      if (tok.lower === 'tens' || of?.lower !== 'of') return null;
    }
    return { first: i, last, value: null, unit, vague: true, approximate: true, digits: false, bare: false };
  }
  // `a handful of protesters`: a vague few, coded low 3 like `dozens` is coded 24 (low = 2 × unit).
  if (tok.lower === 'a' && tokens[i + 1]?.lower === 'handful' && tokens[i + 2]?.lower === 'of') {
    return {
      first: i,
      last: i + 2,
      value: null,
      unit: 1.5,
      vague: true,
      approximate: true,
      digits: false,
      bare: false,
    };
  }
  // `several million`, `a few thousand`, `many hundreds`
  let j = i;
  if (tok.lower === 'a' && tokens[i + 1]?.lower === 'few') j = i + 1;
  if (!VAGUE_QUANTIFIERS.has(tokens[j]!.lower)) return null;
  if (tokens[j]!.lower === 'few' && j === i) return null;
  const scaleTok = tokens[j + 1];
  if (!scaleTok) return null;
  const s =
    scaleTok.lower === 'dozen'
      ? 12
      : SPACED_SCALES.has(scaleTok.lower)
        ? SCALE_MAP.get(scaleTok.lower)
        : VAGUE_MAP.get(scaleTok.lower);
  if (s === undefined || (tokens[j]!.lower === 'some' && VAGUE_MAP.get(scaleTok.lower) === undefined)) return null;
  if (tokens[j]!.lower === 'some' || tokens[j]!.lower === 'many') {
    // `some thousands`, `many thousands` only with the plural.
    if (VAGUE_MAP.get(scaleTok.lower) === undefined) return null;
  }
  last = j + 2;
  return { first: i, last, value: null, unit: s, vague: true, approximate: true, digits: false, bare: false };
}

function wordCore(tokens: Token[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let approximate = false;
  let j = i;
  const first = tokens[i]!;
  // `a dozen`, `a hundred`, `a million`, `half a dozen`, `half-dozen`
  if (first.lower === 'a' || first.lower === 'an') {
    const n = tokens[i + 1];
    if (!n || (n.lower !== 'dozen' && !SPACED_SCALES.has(n.lower))) return null;
    current = 1;
    seen = true;
    j = i + 1;
  } else if (first.lower === 'half') {
    let k = i + 1;
    if (tokens[k]?.text === '-' && adj(tokens[i], tokens[k])) k++;
    else if (tokens[k]?.lower === 'a') k++;
    const n = tokens[k];
    if (!n || (n.lower !== 'dozen' && !SPACED_SCALES.has(n.lower))) return null;
    const v = n.lower === 'dozen' ? 6 : 0.5 * SCALE_MAP.get(n.lower)!;
    return {
      first: i,
      last: k + 1,
      value: v,
      unit: null,
      vague: false,
      approximate: n.lower === 'dozen',
      digits: false,
      bare: false,
    };
  }
  let last = j;
  // State of the last word read: what may follow it.
  let state: 'start' | 'small' | 'tens' | 'hundred' | 'scale' = seen ? 'small' : 'start';
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    const w = t.lower;
    const u = UNIT_MAP.get(w);
    if (u !== undefined) {
      const isTens = u >= 20 && u % 10 === 0;
      const ok = state === 'start' || state === 'hundred' || state === 'scale' || (state === 'tens' && u < 10);
      if (!ok) break;
      current += u;
      seen = true;
      state = isTens ? 'tens' : 'small';
      last = j + 1;
    } else if (w === 'hundred' && (state === 'small' || state === 'tens') && current < 100) {
      current = current * 100;
      state = 'hundred';
      last = j + 1;
    } else if (w === 'dozen' && (state === 'small' || state === 'tens')) {
      current = current * 12;
      approximate = true;
      state = 'scale';
      last = j + 1;
    } else if (
      (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') &&
      state !== 'start' &&
      state !== 'scale'
    ) {
      total += current * SCALE_MAP.get(w)!;
      current = 0;
      state = 'scale';
      last = j + 1;
    } else if (
      w === 'and' &&
      (state === 'small' || state === 'tens') &&
      tokens[j + 1]?.lower === 'a' &&
      tokens[j + 2]?.lower === 'half' &&
      SCALE_MAP.get(tokens[j + 3]?.lower ?? '') !== undefined &&
      SPACED_SCALES.has(tokens[j + 3]!.lower)
    ) {
      // `two and a half million`
      total += (current + 0.5) * SCALE_MAP.get(tokens[j + 3]!.lower)!;
      current = 0;
      state = 'scale';
      j += 3;
      last = j + 1;
    } else if (
      t.text === '-' &&
      adj(tokens[j - 1], t) &&
      (state === 'small' || state === 'tens') &&
      adj(t, tokens[j + 1]) &&
      HYPHEN_SCALES.has(tokens[j + 1]!.lower)
    ) {
      // `four-thousand`, `twenty-thousand`: the scale word joined by a hyphen.
    } else if (
      state !== 'start' &&
      ((t.text === '-' && adj(tokens[j - 1], t) && state === 'tens') ||
        (w === 'and' && (state === 'hundred' || state === 'scale')))
    ) {
      const n = tokens[j + 1];
      if (!n || UNIT_MAP.get(n.lower) === undefined || (t.text === '-' && !adj(t, n))) break;
    } else break;
  }
  if (!seen) return null;
  return { first: i, last, value: total + current, unit: null, vague: false, approximate, digits: false, bare: false };
}

/** Scale words that may follow a number word after a hyphen. */
const HYPHEN_SCALES = new Set(['hundred', 'thousand', 'million', 'billion']);

/**
 * Whether a one-letter scale glued to digits (`1.2m`, `5k`, `2b`) is a
 * multiplier: always after a currency (`$1.2m`, `Rs 5k`), else only `m`/`b`
 * before a counted noun (`1.2m people`); alone it is a unit or an identifier (`600m`).
 * `bn`, `mn`, `tn` are never units.
 */
function gluedScale(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]!;
  if (!/^[kmb]$/i.test(next.text) || next.text === 'M') return true;
  const p = tokens[i - 1];
  if (p && (CURRENCY_SYMBOLS[p.text] !== undefined || CURRENCY_CODES[p.lower] !== undefined)) return true;
  if (p && ABBREVIATED_CURRENCIES[p.text] !== undefined) return true;
  // `5k runners` is a race; only millions and billions are written glued before a noun.
  if (next.lower === 'k') return false;
  const after = tokens[i + 2];
  if (!after || after.kind !== 'word' || adj(next, after) || !/^[a-z]/.test(after.text)) return false;
  return countable(after.lower) && !TIME_UNITS.has(after.lower);
}

/** Words a share can start with: `a third of`, `half of`, `one in eight`, `two-thirds of`. */
const SHARE_STARTS = new Set([
  'a',
  'one',
  '1',
  'half',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
]);

/**
 * Every word a number may start with: a share's, a vague magnitude's (`dozens`, `a handful`, `several`), a number
 * word, `twice`/`thrice`, or `a`/`an`/`half` before a scale. Most words are none of these, and one lookup tells.
 */
const NUMBER_STARTS: ReadonlySet<string> = new Set([
  ...SHARE_STARTS,
  ...VAGUE_MAP.keys(),
  ...VAGUE_QUANTIFIERS,
  ...UNIT_MAP.keys(),
  ...REPEATS.keys(),
  'a',
  'an',
  'half',
]);

/** Verbs after a bare `half` that make it the subject (`half were women`). */
const HALF_VERBS: ReadonlySet<string> = new Set([...PREDICATE_VERBS, ...SAY_VERBS, 'died']);
/** Words right before such a `half` (a bound, or the start of its clause). */
const HALF_LEADS = new Set(['over', 'under', 'about', 'nearly', 'almost', 'roughly', 'just', 'than', 'and', 'but']);

/** `N in M` reads as a share only with single spaces between its three words. */
function adjacentWords(tokens: Token[], i: number): boolean {
  const a = tokens[i]!;
  const b = tokens[i + 1]!;
  return b.start - a.end === 1;
}

/** The core of a share: the fraction rounded to 3 decimals. */
function shareOf(first: number, last: number, value: number, digits: boolean): Core {
  const v = Math.round(value * 1000) / 1000;
  return { first, last, value: v, unit: null, vague: false, approximate: false, digits, bare: false, share: true };
}

/** Ordinals before `half` or `quarter` that name a part of a period (`the second half of the year`). */
const PERIOD_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'final', 'last', 'latter', 'opening']);

/**
 * A share of a whole: `a third of`, `two-thirds of`, `half of`, `a quarter
 * of`, `one in eight`, `1 in 4`. The value is the fraction (3 decimals, as
 * the gold writes `0.333`). `a quarter of an hour` is a duration, not a share.
 */
function shareCore(tokens: Token[], i: number): Core | null {
  const tok = tokens[i]!;
  const w = tok.lower;
  const f = tokens[i + 1];
  // A share needs a fraction word, `in`, or a hyphen next (`half` needs `of`).
  if (!f || (w !== 'half' && f.lower !== 'in' && f.text !== '-' && FRACTION_MAP.get(f.lower) === undefined))
    return null;
  const share = (value: number, last: number): Core => shareOf(i, last, value, tok.kind === 'num');
  // `one in eight`, `1 in 4`, `one in every five`, `9 in 10`, `three in four`
  const top = tok.kind === 'num' ? (/^\d{1,2}$/.test(tok.text) ? Number(tok.text) : undefined) : UNIT_MAP.get(w);
  if (top !== undefined && top >= 1 && tokens[i + 1]?.lower === 'in' && adjacentWords(tokens, i)) {
    let k = i + 2;
    if (tokens[k]?.lower === 'every') k++;
    const n = tokens[k];
    const d = n?.kind === 'num' && /^\d{1,4}$/.test(n.text) ? Number(n.text) : n ? UNIT_MAP.get(n.lower) : undefined;
    // A share's parts are small (`9 in 10`, `1 in 1000`): `won 4 in 2023` names a year, `40 in 50 states` a count.
    if (
      d === undefined ||
      d < 2 ||
      d > 1000 ||
      top > 10 ||
      d <= top ||
      (tokens[k + 1] && TIME_UNITS.has(tokens[k + 1]!.lower))
    )
      return null;
    // `4 in 10 cases`, `one in five adults`: something counted, or the end of the clause, follows.
    const after = tokens[k + 1];
    if (top > 1 && after?.kind === 'num') return null;
    return share(top / d, k + 1);
  }
  if (tok.kind === 'num') return null;
  if (tok.kind !== 'word') return null;
  // `a quarter-point cut`, `a half-point`: a change in a rate (unit.ts names it), not a share.
  const point = tokens[i + 3];
  if (
    w === 'a' &&
    (f?.lower === 'quarter' || f?.lower === 'half') &&
    tokens[i + 2]?.text === '-' &&
    adj(f, tokens[i + 2])
  ) {
    if (point && /^points?$/.test(point.lower) && adj(tokens[i + 2], point)) {
      return { ...share(1 / FRACTION_MAP.get(f.lower)!, i + 4), share: false };
    }
  }
  // `nearly half were women`, `just over half said`: half of a group already named, as a subject.
  if (w === 'half' && f.kind === 'word' && HALF_VERBS.has(f.lower)) {
    const p = tokens[i - 1];
    if (!p || p.kind === 'punct' || HALF_LEADS.has(p.lower)) return share(0.5, i + 1);
  }
  // `half of the schools`
  let k = i + 1;
  let numerator = 1;
  let name = tokens[k];
  if (w === 'half') {
    name = tok;
    k = i;
  } else if (w !== 'a') {
    numerator = UNIT_MAP.get(w)!;
    if (numerator < 1 || numerator > 9) return null;
    // `one-third`, `two thirds`
    if (tokens[k]?.text === '-' && adj(tok, tokens[k]) && adj(tokens[k], tokens[k + 1])) k++;
    name = tokens[k];
  }
  const denominator = name ? FRACTION_MAP.get(name.lower) : undefined;
  if (denominator === undefined) return null;
  // Only a share of something: `of` must follow; `a quarter of an hour` is a time.
  if (tokens[k + 1]?.lower !== 'of') return null;
  const det = tokens[k + 2]?.lower;
  const head = det === 'a' || det === 'an' || det === 'the' ? tokens[k + 3] : tokens[k + 2];
  if (!head || TIME_UNITS.has(head.lower) || head.lower === 'century' || head.kind === 'num') return null;
  // `the first half of March`, `the second quarter of the season`: a part of a period, not a share.
  if (MONTHS[head.lower] !== undefined || PERIOD_ORDINALS.has(tokens[i - 1]?.lower ?? '')) return null;
  return share(numerator / denominator, k + 1);
}

/**
 * `8 to 9,000`, `10 to 12 million`: the first number of a range takes the
 * scale of the second when it is far smaller than the second's leading
 * group. Returns the factor for the first number (1 when none applies).
 */
export function sharedScale(tokens: Token[], core: Core, second: Core, lo: number, hi: number): number {
  if (hi <= lo * 100 || core.last !== core.first + 1) return 1;
  const lead = Number(tokens[second.first]!.text.replace(/,/g, ''));
  // `10 to 12 million`: a scale word after the second number.
  if (second.last > second.first + 1) {
    const scale = hi / lead;
    return Number.isFinite(scale) && scale > 1 ? scale : 1;
  }
  // `8 to 9,000`: the second is written with whole thousands; the first is below its leading group.
  const m = /^(\d{1,3})((?:,000)+)$/.exec(tokens[second.first]!.text);
  if (!m || !/^\d{1,3}$/.test(tokens[core.first]!.text) || lo >= Number(m[1])) return 1;
  return 1000 ** (m[2]!.length / 4);
}

/** Round away binary noise from `1.2 * 1e6`. */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
