import { describe, expect, it } from 'vitest';
import { findQuoteRegions } from './marks.js';

const texts = (t: string) => findQuoteRegions(t).map((r) => t.slice(r.start, r.end));

describe('findQuoteRegions', () => {
  it.each([
    ['“We lost everything,” she said.', ['We lost everything,']],
    ['He said "no comment" and left. "Later," he added.', ['no comment', 'Later,']],
    ['It’s the “beginning of the end” for the mayor’s plan.', ['beginning of the end']],
    ['The minister’s ‘red line’ was crossed, he said.', ['red line']],
    ['Don’t worry, it’s fine.', []],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('closes a quote at a paragraph end and reopens with the next mark', () => {
    const t = '“The water rose fast.\n\n“Then the power went out,” she said.';
    expect(texts(t)).toEqual(['The water rose fast.', 'Then the power went out,']);
  });

  it('catches a quote that runs into the next paragraph without a reopening mark', () => {
    const t = 'She said: "The plant may be big.\n\nBut it can be challenged in court."\n\nThe company declined to comment.';
    expect(texts(t)).toEqual(['The plant may be big.', 'But it can be challenged in court.']);
  });
});
