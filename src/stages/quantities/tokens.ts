/**
 * A linear tokenizer for number finding: words, digit groups and single
 * punctuation marks, each with offsets. Every regex here consumes at least
 * one character per step and has no nested quantifier over overlapping
 * classes, so it runs in linear time on any input.
 */

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** A line break lies between the previous token and this one. */
  newline: boolean;
}

// Digits with internal separators (1,500 / 12.000 / 18:35:46 / 10,977.74); words with internal
// apostrophes; any other single non-space character.
const TOKEN_RE = /\d+(?:[.,:]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;

/** Tokenize `text` in one pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  // The first line break at or after the previous token's end (-1: none left); moves forward only, so the pass stays linear.
  let nextNl = text.indexOf('\n');
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // A longer token that does not start with a surrogate is a word (the `\S` branch takes one character;
    // digit groups start with a digit); only the rest need the letter test on their first code unit.
    const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : (t.length > 1 && (c < 0xd800 || c > 0xdfff)) || /\p{L}/u.test(t[0]!) ? 'word' : 'punct';
    // Only white space lies between two tokens, so a line break before this token is one in that gap.
    const newline = nextNl >= 0 && nextNl < m.index;
    const end = m.index + t.length;
    if (newline) nextNl = text.indexOf('\n', end);
    const lower = t.toLowerCase();
    tokens.push({ start: m.index, end, text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, kind, newline });
  }
  return tokens;
}

// A whitespace-free chunk that looks like a URL, e-mail, path or identifier.
const URLISH = /:\/\/|www\.|@|\/[\w-]|=|\.(?:com|org|net|php|html?|jpe?g|png|gif|aspx?)\b|_/i;

/** Sorted [start, end) ranges of `text` covered by URL-like chunks, in one pass. */
export function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Bound the test to a prefix-free scan of the chunk itself: URLISH has no backtracking across the chunk.
    if (URLISH.test(m[0])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Mark tokens lying inside any of the sorted ranges (two-pointer walk). */
export function maskTokens(tokens: Token[], ranges: Array<[number, number]>): boolean[] {
  const mask = new Array<boolean>(tokens.length).fill(false);
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    while (r < ranges.length && ranges[r]![1] <= tok.start) r++;
    if (r < ranges.length && ranges[r]![0] <= tok.start && tok.end <= ranges[r]![1]) mask[i] = true;
  }
  return mask;
}
