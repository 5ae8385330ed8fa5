/**
 * Reading the number itself at a token: digits with separators, digits with
 * a scale (`1.2 million`, `$8B`), number words (`twelve thousand`, `a dozen`)
 * and vague magnitudes (`thousands`, `tens of thousands`, `several million`).
 */
import type { Token } from './tokens.js';
import { SCALES, SPACED_SCALES, UNITS, VAGUE_PLURALS, VAGUE_QUANTIFIERS } from './lexicon.js';

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
  if (tok.kind === 'num') return digitCore(tokens, i, dotThousands);
  if (tok.kind !== 'word') return null;
  return vagueCore(tokens, i) ?? wordCore(tokens, i);
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
    const scale = SCALES[next.lower];
    if (scale !== undefined && (adj(tok, next) ? !/^(?:hundred)$/.test(next.lower) : SPACED_SCALES.has(next.lower))) {
      // `600m` glued only when the m is not a metre: accept m after a currency or with a decimal; callers check.
      value = value * scale;
      last++;
      bare = false;
      const more = tokens[last];
      // `1.2 million` may be followed by another scale word only in `hundred thousand`-style words; stop here.
      if (scale === 100 && more && more.kind === 'word' && SCALES[more.lower] && SPACED_SCALES.has(more.lower)) {
        value = value * SCALES[more.lower]!;
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
  let unit = VAGUE_PLURALS[tok.lower];
  let last = i + 1;
  if (unit !== undefined) {
    // `tens` and `scores` are magnitudes only in `tens of thousands`, `scores of people`.
    const of = tokens[last];
    const bigger = tokens[last + 1];
    if (of?.lower === 'of' && bigger && VAGUE_PLURALS[bigger.lower] !== undefined && VAGUE_PLURALS[bigger.lower]! >= 100 && bigger.lower !== 'scores') {
      unit = unit * VAGUE_PLURALS[bigger.lower]!;
      last += 2;
    } else if (tok.lower === 'tens' || tok.lower === 'scores') {
      if (tok.lower === 'tens' || of?.lower !== 'of') return null;
    }
    return { first: i, last, value: null, unit, vague: true, approximate: true, digits: false, bare: false };
  }
  // `several million`, `a few thousand`, `many hundreds`
  let j = i;
  if (tok.lower === 'a' && tokens[i + 1]?.lower === 'few') j = i + 1;
  if (!VAGUE_QUANTIFIERS.has(tokens[j]!.lower)) return null;
  if (tokens[j]!.lower === 'few' && j === i) return null;
  const scaleTok = tokens[j + 1];
  if (!scaleTok) return null;
  const s = scaleTok.lower === 'dozen' ? 12 : SPACED_SCALES.has(scaleTok.lower) ? SCALES[scaleTok.lower] : VAGUE_PLURALS[scaleTok.lower];
  if (s === undefined || (tokens[j]!.lower === 'some' && VAGUE_PLURALS[scaleTok.lower] === undefined)) return null;
  if (tokens[j]!.lower === 'some' || tokens[j]!.lower === 'many') {
    // `some thousands`, `many thousands` only with the plural.
    if (VAGUE_PLURALS[scaleTok.lower] === undefined) return null;
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
    const v = n.lower === 'dozen' ? 6 : 0.5 * SCALES[n.lower]!;
    return { first: i, last: k + 1, value: v, unit: null, vague: false, approximate: n.lower === 'dozen', digits: false, bare: false };
  }
  let last = j;
  // State of the last word read: what may follow it.
  let state: 'start' | 'small' | 'tens' | 'hundred' | 'scale' = seen ? 'small' : 'start';
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    const w = t.lower;
    const u = UNITS[w];
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
    } else if ((w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') && state !== 'start' && state !== 'scale') {
      total += current * SCALES[w]!;
      current = 0;
      state = 'scale';
      last = j + 1;
    } else if (w === 'and' && (state === 'small' || state === 'tens') && tokens[j + 1]?.lower === 'a' && tokens[j + 2]?.lower === 'half' && SCALES[tokens[j + 3]?.lower ?? ''] !== undefined && SPACED_SCALES.has(tokens[j + 3]!.lower)) {
      // `two and a half million`
      total += (current + 0.5) * SCALES[tokens[j + 3]!.lower]!;
      current = 0;
      state = 'scale';
      j += 3;
      last = j + 1;
    } else if (state !== 'start' && ((t.text === '-' && adj(tokens[j - 1], t) && state === 'tens') || (w === 'and' && (state === 'hundred' || state === 'scale')))) {
      const n = tokens[j + 1];
      if (!n || UNITS[n.lower] === undefined || (t.text === '-' && !adj(t, n))) break;
    } else break;
  }
  if (!seen) return null;
  return { first: i, last, value: total + current, unit: null, vague: false, approximate, digits: false, bare: false };
}

/** Round away binary noise from `1.2 * 1e6`. */
function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
