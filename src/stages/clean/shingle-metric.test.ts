import { describe, expect, it } from 'vitest';
import { scorePage, shingles, summarise, words } from './shingle-metric.js';

describe('shingle metric', () => {
  it('splits words like \\w+ and counts 4-gram shingles as a multiset', () => {
    expect(words('It’s 3.5% — naïve_test, café!')).toEqual(['It', 's', '3', '5', 'naïve_test', 'café']);
    expect([...shingles('a b c d a b c d').values()]).toEqual([2, 1, 1, 1]);
    expect([...shingles('only two').keys()]).toHaveLength(1);
    expect(shingles('').size).toBe(0);
  });
  it('scores a perfect, an empty, a partial and an over-long extraction', () => {
    const truth = 'one two three four five six seven eight';
    expect(scorePage(truth, truth)).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect(scorePage(truth, '')).toEqual({ tp: 0, fp: 0, fn: 1, exact: false });
    const half = scorePage(truth, 'one two three four five');
    // truth has 5 shingles, prediction 2, both shared: tp 2, fn 3 → normalised over 5.
    expect(half.tp).toBeCloseTo(2 / 5);
    expect(half.fn).toBeCloseTo(3 / 5);
    const extra = scorePage(truth, `menu home ${truth}`);
    expect(extra.fp).toBeGreaterThan(0);
    expect(extra.fn).toBe(0);
  });
  it('averages precision and recall over pages and takes F1 of the means', () => {
    const s = summarise([
      { tp: 1, fp: 0, fn: 0, exact: true },
      { tp: 0.5, fp: 0.5, fn: 0, exact: false },
      { tp: 0, fp: 0, fn: 1, exact: false },
    ]);
    // precision over pages with predictions: (1 + 0.5) / 2; recall over pages with truth: (1 + 1 + 0) / 3.
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
    expect(s.accuracy).toBeCloseTo(1 / 3);
  });
});
