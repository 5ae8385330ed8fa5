import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode, leadingSpace, nonSpaceLength, spaceSplitCount, trailingSpace, wordCount } from './space.js';

// Every character `\s` matches, beside look-alikes it does not (zero-width space, the Mongolian vowel separator,
// U+0085).
const SPACES = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
const NOT_SPACES = ['\u200b', '\u180e', '\u0085', '\u001f', '\u00a1', '\u1fff', '\u200c', 'a', '.', '’', '😀'];
const piece = fc.oneof(
  fc.constantFrom(...SPACES),
  fc.constantFrom(...NOT_SPACES),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));

describe('white space counted without making strings', () => {
  it('knows exactly the code units \\s matches', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });

  it('counts as the regular expressions do', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(nonSpaceLength(s)).toBe(s.replace(/\s+/g, '').length);
        expect(spaceSplitCount(s)).toBe(s.split(/\s+/).length);
        expect(wordCount(s)).toBe(s.split(/\s+/).filter(Boolean).length);
        expect(leadingSpace(s)).toBe(s.length - s.trimStart().length);
        expect(trailingSpace(s)).toBe(s.length - s.trimEnd().length);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts the edges: empty, all space, leading and trailing space', () => {
    for (const s of ['', ' ', '\u3000\n', ' a', 'a ', ' a  b ', 'a\u00a0b', 'a\u200bb']) {
      expect([nonSpaceLength(s), spaceSplitCount(s), wordCount(s)]).toEqual([
        s.replace(/\s+/g, '').length,
        s.split(/\s+/).length,
        s.split(/\s+/).filter(Boolean).length,
      ]);
    }
  });
});
