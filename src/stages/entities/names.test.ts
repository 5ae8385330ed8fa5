import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, tokenize, tokensIn, type Token } from './names.js';

/** The tokenizer written plainly: the reference for the one that reuses each match as the word. */
function byRegExp(text: string, from = 0, to = text.length): Token[] {
  const word = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
  const out: Token[] = [];
  word.lastIndex = from;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    if (m.index >= to) break;
    const start = m.index;
    const end = Math.min(to, m.index + m[0].length);
    const norm = text.slice(start, end).replace(/’/g, "'");
    if (norm.length > 2 && /'[sS]$/.test(norm))
      out.push(
        { start, end: end - 2, norm: norm.slice(0, -2), lower: norm.slice(0, -2).toLowerCase() },
        { start: end - 2, end, norm: "'s", lower: "'s" },
      );
    else out.push({ start, end, norm, lower: norm.toLowerCase() });
  }
  return out;
}

// Letters and numbers of several scripts and planes (𝐀 and 𝟙 are past the BMP), marks, joiners, look-alikes and white
// space.
const PIECES = [
  'a',
  'Z',
  '0',
  '9',
  'é',
  'É',
  'ß',
  'ı',
  'Ж',
  '한',
  '中',
  '٣',
  '²',
  '½',
  '𝐀',
  '𝟙',
  '😀',
  '\u0301',
  "'",
  '’',
  '‘',
  '-',
  '‐',
  '–',
  '.',
  ',',
  ' ',
  '\n',
  '\u00a0',
  's',
  'S',
  "'s",
  '’S',
  '\ud800',
  '\udc00',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 40 })
  .map((a) => a.join(''));

describe('names: the word tokenizer', () => {
  it('gives the tokens the regular expression gives, over a whole text and between bounds', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        expect(tokenize(s)).toEqual(byRegExp(s));
        // Bounds fall between characters, as sentence bounds do.
        const cut = (k: number) => {
          let p = s.length ? k % (s.length + 1) : 0;
          if (
            p > 0 &&
            p < s.length &&
            (s.charCodeAt(p) & 0xfc00) === 0xdc00 &&
            (s.charCodeAt(p - 1) & 0xfc00) === 0xd800
          )
            p--;
          return p;
        };
        const [from, to] = [cut(a), cut(b)].sort((x, y) => x - y) as [number, number];
        expect(tokenize(s, from, to)).toEqual(byRegExp(s, from, to));
        // The same tokens taken from the whole text's.
        expect(tokensIn(s, tokenize(s), from, to)).toEqual(byRegExp(s, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('re-splits a word whose possessive starts at the upper bound', () => {
    const s = "a's's";
    expect(tokensIn(s, tokenize(s), 0, 3)).toEqual(byRegExp(s, 0, 3));
  });

  it('splits off possessives and keeps hyphenated and apostrophe words whole', () => {
    expect(tokenize("Kim Jong-un’s O'Brien's 𝐀𝐁 x2").map((t) => t.norm)).toEqual([
      'Kim',
      'Jong-un',
      "'s",
      "O'Brien",
      "'s",
      '𝐀𝐁',
      'x2',
    ]);
  });
});

describe('names: the name key', () => {
  it('is the same for spelling variants, asked once or many times', () => {
    for (let k = 0; k < 3; k++) {
      expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
      expect(nameKey('Lee Seong-kweun')).toBe(nameKey('Lee Seong Kweun'));
    }
  });

  it('keeps the letters of an initialism: U.S. and U.K. are two names, J. R. Smith keeps dropping his initials', () => {
    expect(nameKey('U.S.')).not.toBe(nameKey('U.K.'));
    expect(nameKey('U.S.')).toBe(nameKey('US'));
    expect(nameKey('E.U.')).not.toBe('');
    expect(nameKey('J. R. Smith')).toBe(nameKey('Smith'));
  });
});
