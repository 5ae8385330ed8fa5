/**
 * Table tests for figures of official-statistics stories: currency codes before the sum, rates named by the
 * noun they measure, and whose figure it is.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { codeMoneyRows } from './stats.cases.js';

describe('quantities/unit-currency-code: a currency code or local sign before the sum', () => {
  it.each(codeMoneyRows)('%s → %d %s', (text, n, unit, measure) => {
    const q = extractQuantities(text).find((x) => (x.value ?? x.high ?? x.low) === n);
    expect(q, 'a quantity with the value').toBeDefined();
    expect(q!.unitCode).toBe(unit);
    if (measure !== null) expect(q!.measure).toBe(measure);
  });
});
