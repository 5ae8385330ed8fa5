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
    const t =
      'She said: "The plant may be big.\n\nBut it can be challenged in court."\n\nThe company declined to comment.';
    expect(texts(t)).toEqual(['The plant may be big.', 'But it can be challenged in court.']);
  });
});

describe('findQuoteRegions: single quotes expire after 400 characters', () => {
  // The region is dropped at the 401st character after its mark; a closing mark on that very character still closes it.
  const single = (len: number, tail = '’ he said.') => texts(`She called it ‘${'a'.repeat(len)}${tail}`);
  it.each([
    [399, 1],
    [400, 1],
    [401, 0],
    [2000, 0],
  ])('%i characters inside', (len, found) => {
    expect(single(len)).toHaveLength(found);
  });

  it('drops an expired one before a later mark can close it, and scans on', () => {
    const t = `‘${'b'.repeat(450)}’ and then “a real quote,” she said. A ‘${'c'.repeat(10)}’ note.`;
    expect(texts(t)).toEqual(['a real quote,', 'c'.repeat(10)]);
  });

  it('treats marks at either end of the text like marks beside a space', () => {
    expect(texts('"Yes," he said')).toEqual(['Yes,']);
    expect(texts('he said "no"')).toEqual(['no']);
    expect(texts('‘Alright’')).toEqual(['Alright']);
    expect(texts('"')).toEqual([]);
    expect(texts('“unclosed at the end')).toEqual(['unclosed at the end']);
  });
});
