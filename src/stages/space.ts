/**
 * JavaScript's white space (`\s` in a regular expression), counted without
 * making strings. The stages count characters and words on every text run of
 * every page; `s.replace(/\s+/g, '').length` and `s.split(/\s+/).length` made
 * a new string or array each time only to read its length.
 */

/** Whether a UTF-16 code unit is matched by `\s`: ECMAScript's WhiteSpace and LineTerminator. */
export function isSpaceCode(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `s.replace(/\s+/g, '').length`: the characters of `s` that are not white space. */
export function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) n++;
  return n;
}

/** `s.split(/\s+/).length`: one more than the number of runs of white space in `s`. */
export function spaceSplitCount(s: string): number {
  let n = 1;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (space && !inRun) n++;
    inRun = space;
  }
  return n;
}

/** `s.split(/\s+/).filter(Boolean).length`: the runs of characters that are not white space. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const word = !isSpaceCode(s.charCodeAt(i));
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

/** `s.length - s.trimStart().length`: the white space `s` starts with (all of it when `s` is blank). */
export function leadingSpace(s: string): number {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** `s.length - s.trimEnd().length`: the white space `s` ends with. */
export function trailingSpace(s: string): number {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return s.length - i;
}
