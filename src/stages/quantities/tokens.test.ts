import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token, type TokenKind } from './tokens.js';

/** The version with a slice per gap and a regex per token that `tokenize` replaced: the two must agree. */
function tokenizeByRegex(text: string): Token[] {
  const re = /\d+(?:[.,:]\d+)*|\p{L}+(?:['’]\p{L}+)*|\S/gu;
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : /\p{L}/u.test(t[0]!) ? 'word' : 'punct';
    const newline = text.slice(prevEnd, m.index).includes('\n');
    tokens.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      kind,
      newline,
    });
    prevEnd = m.index + t.length;
  }
  return tokens;
}

describe('quantities tokenizer', () => {
  it('reads words, digit groups, punctuation and line breaks', () => {
    const toks = tokenize('About 1,500 troops’ kit\n\nwas sent.');
    expect(toks.map((t) => [t.text, t.kind, t.newline])).toEqual([
      ['About', 'word', false],
      ['1,500', 'num', false],
      ['troops', 'word', false],
      ['’', 'punct', false],
      ['kit', 'word', false],
      ['was', 'word', true],
      ['sent', 'word', false],
      ['.', 'punct', false],
    ]);
  });

  it('agrees with the regex-per-token version on any text', () => {
    const pieces = [
      '1,500',
      ' ',
      '\n',
      '\r\n',
      'troops',
      'Korea’s',
      "it's",
      'É',
      'ß',
      '😀',
      '𝒜𝒷',
      '\ud800',
      '—',
      '.',
      '3.5',
      '北',
      'a',
      "'",
      '’',
      ',',
      ':',
      '9',
      '\u00a0',
      '\u3000',
      '\ufeff',
      '\udc00',
      '𝟙',
      'ǅ',
      '\u0301',
    ];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 80 })
      .map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenize(t)).toEqual(tokenizeByRegex(t));
      }),
      { numRuns: 2000 },
    );
  });
});
