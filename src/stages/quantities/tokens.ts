/**
 * A linear tokenizer for number finding: words, digit groups and single
 * punctuation marks, each with offsets. Every regex here consumes at least
 * one character per step and has no nested quantifier over overlapping
 * classes, so it runs in linear time on any input.
 */
import { isAsciiLower, letterAt } from '../letters.js';
import { isSpaceCode } from '../space.js';

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

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Curly apostrophes folded to `'`. */
const foldQuotes = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s);

/** The end of the letters from `i`, joined by single apostrophes (`\p{L}+(?:['’]\p{L}+)*`); `i` is a letter. */
function wordEnd(text: string, i: number): number {
  for (let w = letterAt(text, i); ;) {
    while (w) w = letterAt(text, (i += w));
    const c = text.charCodeAt(i);
    if ((c !== 39 && c !== 0x2019) || !(w = letterAt(text, i + 1))) return i;
    i++;
  }
}

/** The end of the digits from `i`, joined by single `.`, `,` or `:` (`\d+(?:[.,:]\d+)*`); `i` is a digit. */
function digitsEnd(text: string, i: number): number {
  for (;;) {
    while (isDigit(text.charCodeAt(++i)));
    const c = text.charCodeAt(i);
    if ((c !== 46 && c !== 44 && c !== 58) || !isDigit(text.charCodeAt(i + 1))) return i;
    i++;
  }
}

/**
 * Tokenize `text` in one pass, with the tokens of `/\d+(?:[.,:]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu`: digits
 * with internal separators (1,500 / 12.000 / 18:35:46 / 10,977.74), words with internal apostrophes, and any
 * other single non-space character. Scanned by character codes: a regex match per token cost more than the token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // The first line break at or after the previous token's end (-1: none left); it only moves forward: a linear pass.
  let nextNl = text.indexOf('\n');
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(c)) {
      i = digitsEnd(text, i);
      kind = 'num';
    } else if (letterAt(text, i)) {
      i = wordEnd(text, i);
      // A word opening with a letter past the BMP is typed as its first code unit alone was: not a letter.
      kind = c >= 0xd800 && c <= 0xdfff ? 'punct' : 'word';
    } else {
      i += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      kind = 'punct';
    }
    const t = text.slice(start, i);
    // Only white space lies between two tokens, so a line break before this token is one in that gap.
    const newline = nextNl >= 0 && nextNl < start;
    if (newline) nextNl = text.indexOf('\n', i);
    // An ASCII word without a capital is its own lower case and holds no curly quote.
    const lower = isAsciiLower(t) ? t : foldQuotes(t.toLowerCase());
    tokens.push({
      start,
      end: i,
      text: t,
      lower,
      kind,
      newline,
    });
  }
  return tokens;
}

// What makes a whitespace-free chunk look like a URL, e-mail, path or identifier. No alternative holds or
// needs white space (`\b` after `.com` sees the same boundary at a chunk's end as before the space after it),
// so a match in the whole text lies in one chunk, and a chunk holds a match exactly when it matches alone.
const URLISH = /:\/\/|www\.|@|\/[\w-]|=|\.(?:com|org|net|php|html?|jpe?g|png|gif|aspx?)\b|_/gi;

/** A whole chunk that is an amount per unit: a currency sign, digits, `/` and a short unit. */
const PER_UNIT = /^[($€£¥₹]{0,2}\d[\d.,]*\/[A-Za-z]{1,5}[.,;:)]?$/;

/**
 * Sorted [start, end) ranges of `text` covered by URL-like chunks (runs of
 * non-white space, `\S+`), in one pass: each match of {@link URLISH} is
 * widened to its chunk, and the search goes on after that chunk. Only the
 * chunks that match are ever looked at as chunks.
 */
export function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(text); m !== null; m = URLISH.exec(text)) {
    let start = m.index;
    while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = m.index + Math.max(1, m[0].length);
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    URLISH.lastIndex = end;
    // A price or rate per unit (`$0.03/kWh`, `€1.20/litre`) is a number, not a path.
    if (m[0][0] === '/' && PER_UNIT.test(text.slice(start, end))) continue;
    out.push([start, end]);
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
