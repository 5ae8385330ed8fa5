import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../article.js';
import type { MeasureRule } from './measure-context.js';
import { MeasureIndex, planAfter } from './measure-plan.js';

const rule = (id: string, applies: (q: Quantity) => boolean): MeasureRule => ({ id, applies, find: () => null });

const RULES: MeasureRule[] = [
  rule('unnamed', (q) => q.measure === null),
  rule('percent', (q) => q.measure === 'percent'),
  rule('vague-unnamed', (q) => q.measure === null && q.vague),
  rule('any', () => true),
  rule('unnamed-money', (q) => q.unitCode === 'USD' && q.measure === null),
  rule('vague-billions', (q) => q.measure === null && q.vague && q.number.text === 'billions'),
];

const quantity = (measure: string | null, vague: boolean, unitCode: string | null = null): Quantity =>
  ({ measure, vague, unitCode, number: { start: 0, end: 8, text: 'billions' } }) as Quantity;

describe('measure index', () => {
  it.each([
    // measure, vague, unit, plan: rule index * 2, +1 when `applies` must be asked per quantity
    [null, false, null, [0, 6]],
    [null, true, null, [0, 4, 6, 11]],
    [null, false, 'USD', [0, 6, 8]],
    ['percent', false, 'percent', [2, 6]],
    ['flights', true, null, [6]],
  ] as const)('plans measure %s (vague %s, unit %s)', (measure, vague, unit, plan) => {
    const index = new MeasureIndex(RULES);
    expect([...index.plan(quantity(measure, vague, unit))]).toEqual(plan);
  });

  it('keeps one plan per unit, vagueness and measure', () => {
    const index = new MeasureIndex(RULES);
    const plan = index.plan(quantity(null, true));
    expect(index.plan(quantity(null, true))).toBe(plan);
    expect(index.plan(quantity(null, false))).not.toBe(plan);
  });

  it.each([
    [-1, 0],
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 3],
  ])('goes on after rule %i at position %i', (index, position) => {
    expect(planAfter(Int32Array.from([0, 5, 6]), index)).toBe(position);
  });
});
