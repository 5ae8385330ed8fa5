/**
 * The words a value is printed with when it is not exact, as its source said them: "at least 600" stays "at
 * least", "over 200" stays "over". A claim's quantity text starts with its cue ("more than 13,000 homes"), so the
 * words are read from there; a cue not listed here reads as the safe words of its side ("at least", "up to",
 * "around"), never as a stronger claim than the source made.
 */

/** Which way a value is not exact: a floor, a ceiling, or an approximation. */
export type BoundSide = 'lower' | 'upper' | 'approx';

/** Cue words printed as they are, by side (lower case; a longer phrase before the shorter one it starts with). */
export const BOUND_WORDS: ReadonlyArray<readonly [words: string, side: BoundSide]> = [
  ['more than', 'lower'],
  ['at least', 'lower'],
  ['over', 'lower'],
  ['above', 'lower'],
  ['upwards of', 'lower'],
  ['in excess of', 'lower'],
  ['well over', 'lower'],
  ['just over', 'lower'],
  ['a little over', 'lower'],
  ['well above', 'lower'],
  ['no fewer than', 'lower'],
  ['no less than', 'lower'],
  ['greater than', 'lower'],
  ['a minimum of', 'lower'],
  ['up to', 'upper'],
  ['fewer than', 'upper'],
  ['less than', 'upper'],
  ['at most', 'upper'],
  ['no more than', 'upper'],
  ['not more than', 'upper'],
  ['as many as', 'upper'],
  ['as much as', 'upper'],
  ['as high as', 'upper'],
  ['a maximum of', 'upper'],
  ['just under', 'upper'],
  ['well under', 'upper'],
  ['under', 'upper'],
  ['below', 'upper'],
  ['nearly', 'upper'],
  ['almost', 'upper'],
  ['just shy of', 'upper'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['some', 'approx'],
  ['an estimated', 'approx'],
  ['an estimate of', 'approx'],
  ['close to', 'approx'],
  ['more or less', 'approx'],
];

/** What a side reads as when its source's words are unknown or not listed: never more than was said. */
export const SAFE_WORDS: Record<BoundSide, string> = { lower: 'at least', upper: 'up to', approx: 'around' };

/** Characters at the head of a quantity text that {@link boundWords} reads (its longest cue and a space fit). */
export const BOUND_HEAD = 24;

/**
 * The words `text` (a claim's quantity text, "more than 13,000 homes") opens with when they are a listed cue of
 * `side`, else the side's safe words.
 */
export function boundWords(text: string | null | undefined, side: BoundSide): string {
  if (text) {
    const head = text.slice(0, BOUND_HEAD).toLowerCase();
    for (const [words, s] of BOUND_WORDS)
      if (s === side && head.startsWith(words) && head.charAt(words.length) === ' ') return words;
  }
  return SAFE_WORDS[side];
}

/** A value as its quantity fields hold it: an exact value (maybe approximate), a range, or one bound. */
export interface ValueFields {
  value: number | null;
  low: number | null;
  high: number | null;
  approximate?: boolean;
  /** The quantity as written, whose opening words a bound is printed in; without it, the safe words. */
  text?: string | null;
}

/**
 * "around 600", "more than 13,000", "200–300": a value as reported, a bound in its source's own words (else the
 * safe ones), each number written by `fmt`; null when it holds no number.
 */
export function valueWords(v: ValueFields, fmt: (n: number) => string): string | null {
  if (v.value !== null) return `${v.approximate ? `${boundWords(v.text, 'approx')} ` : ''}${fmt(v.value)}`;
  if (v.low !== null && v.high !== null) return `${fmt(v.low)}–${fmt(v.high)}`;
  if (v.low !== null) return `${boundWords(v.text, 'lower')} ${fmt(v.low)}`;
  if (v.high !== null) return `${boundWords(v.text, 'upper')} ${fmt(v.high)}`;
  return null;
}
