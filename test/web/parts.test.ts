import { describe, expect, it } from 'vitest';
import { addsUp, addsUpByDimension } from '../../web/src/parts.js';
import type { FigureHeadline } from '../../src/store/figure-brief.js';

/** A headline of an invented county's count of homes flooded. */
const h = (value: number | null, low: number | null = value): FigureHeadline => ({
  text: String(value ?? low),
  value,
  low,
  high: value,
  status: 'done',
  asOf: '2025-06-01',
  precision: 'day',
  reported: null,
  sources: ['the county'],
  independent: 1,
  reporting: 1,
  disagree: false,
  reason: '',
});
const parts = (...values: Array<number | null>) => values.map((v) => ({ headline: v === null ? null : h(v) }));

describe('whether the parts add up', () => {
  it.each([
    [70, parts(41, 29), 'The parts add up to the whole: 70.'],
    [70, parts(41, 9), 'The parts come to 50 of 70: 20 not broken down.'],
    [40, parts(41, 9), 'The parts come to 50, more than the whole (40): they may overlap or be of later dates.'],
    [1200, parts(1000, 200), 'The parts add up to the whole: 1,200.'],
  ])('%i from %j', (whole, list, text) => expect(addsUp(h(whole), list)).toBe(text));

  it('a lower bound stands for a value ("more than 300")', () =>
    expect(addsUp(h(null, 300), parts(100, 200))).toBe('The parts add up to the whole: 300.'));

  it.each([
    ['no whole', null, parts(1, 2)],
    ['a part without a value', h(10), parts(1, null)],
    ['no parts', h(10), parts()],
  ])('says nothing with %s', (_, whole, list) => expect(addsUp(whole, list)).toBeNull());
});

describe('parts summed within one dimension', () => {
  const tagged = (dimension: string, ...values: number[]) => parts(...values).map((p) => ({ ...p, dimension }));
  it('sums places and groups of people apart, since they overlap', () =>
    expect(addsUpByDimension(h(60), [...tagged('place', 35, 12), ...tagged('group', 8, 3)])).toBe(
      'By place: the parts come to 47 of 60: 13 not broken down. ' +
        'By group of people: the parts come to 11 of 60: 49 not broken down.',
    ));
  it('says it as before with one dimension, and leaves out parts of no one dimension', () =>
    expect(addsUpByDimension(h(70), [...tagged('place', 41, 29), ...tagged('other', 5)])).toBe(
      'The parts add up to the whole: 70.',
    ));
  it('reads parts without a dimension (an older server) as places', () =>
    expect(addsUpByDimension(h(70), parts(41, 9))).toBe('The parts come to 50 of 70: 20 not broken down.'));
});
