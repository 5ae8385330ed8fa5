/**
 * Letters (`\p{L}`) read by character code, for scanners that walk a text
 * once: a regex call per character or per word cost more than the work.
 */

const LETTER = /\p{L}/u;
/** Per BMP code unit past ASCII: 0 not yet tested, 1 a letter, 2 not; a fixed property, filled as units are met. */
const letterCodes = new Uint8Array(0x10000);

/** The length of the letter (`\p{L}`, a whole code point) at `i` of `text`, or 0. */
export function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    const pair = c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    return pair && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = letterCodes[c]!;
  if (known === 0) letterCodes[c] = known = LETTER.test(text[i]!) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** true when `word` is ASCII with no capital: its own lower case, with no curly quote in it (most words of a text). */
export function isAsciiLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/**
 * `word.toLowerCase()`, without the call when `word` is ASCII with no capital: the engine's lower-casing is a
 * runtime call, and the tokenizers ask it once per token.
 */
export function toLower(word: string): string {
  return isAsciiLower(word) ? word : word.toLowerCase();
}
