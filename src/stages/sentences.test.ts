import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['N. Korea sent troops. Officials said so.', ['N. Korea sent troops.', 'Officials said so.']],
    [
      'Pentagon press secretary Maj. Gen. Pat Ryder said on Thursday that the US was looking.',
      ['Pentagon press secretary Maj. Gen. Pat Ryder said on Thursday that the US was looking.'],
    ],
    [
      'The U.S. and NATO have not confirmed it. They warned.',
      ['The U.S. and NATO have not confirmed it.', 'They warned.'],
    ],
    ['Aid was flown to the U.S. The storm hit Friday.', ['Aid was flown to the U.S.', 'The storm hit Friday.']],
    ['SEOUL, Oct. 18 (Yonhap) -- The agency said it.', ['SEOUL, Oct. 18 (Yonhap) -- The agency said it.']],
    [
      'Mr. Sellers and Dr. Jones met on Jan. 5 in St. Louis.',
      ['Mr. Sellers and Dr. Jones met on Jan. 5 in St. Louis.'],
    ],
    [
      'The book by J. R. R. Tolkien sold 2.5 million copies. It was 1954.',
      ['The book by J. R. R. Tolkien sold 2.5 million copies.', 'It was 1954.'],
    ],
    [
      '“I can tell you,” Ryder said. “We can’t confirm. If true, it matters.” Then he left.',
      ['“I can tell you,” Ryder said.', '“We can’t confirm.', 'If true, it matters.”', 'Then he left.'],
    ],
    ['"Get out!" Smith shouted at the crowd. They ran.', ['"Get out!" Smith shouted at the crowd.', 'They ran.']],
    ['Is it over? "No," she said.', ['Is it over?', '"No," she said.']],
    ['The meeting ended at 3 p.m. Friday with a vote.', ['The meeting ended at 3 p.m. Friday with a vote.']],
    [
      'Shares of Acme Inc. rose 4.5 percent. But Acme Corp. fell.',
      ['Shares of Acme Inc. rose 4.5 percent.', 'But Acme Corp. fell.'],
    ],
    [
      'For use only in Korea. No Redistribution. See No. 4 above.',
      ['For use only in Korea.', 'No Redistribution.', 'See No. 4 above.'],
    ],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('ends a sentence at every line and marks short unpunctuated lines as headings', () => {
    const t =
      'Flood waters rise in Valencia: officials\n\nThe river burst its banks on Tuesday. Hundreds fled.\nDate:\n';
    const s = splitSentences(t);
    expect(s.map((x) => [x.text, x.paragraph, x.heading])).toEqual([
      ['Flood waters rise in Valencia: officials', 0, true],
      ['The river burst its banks on Tuesday.', 1, false],
      ['Hundreds fled.', 1, false],
      ['Date:', 1, true],
    ]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('joins a hard-wrapped line that continues in lower case', () => {
    const t = 'The governor said the state would seek federal disaster\nrelief for the counties hit hardest.';
    expect(texts(t)).toEqual([t]);
  });

  it('strips bullets from the sentence span', () => {
    const t = '  • North Korea is set to send troops.\n  • The NIS added that.';
    expect(texts(t)).toEqual(['North Korea is set to send troops.', 'The NIS added that.']);
  });
});
