/**
 * Table tests for figures of energy and environment stories: glued currency abbreviations, what a power figure
 * measures, temperatures with a spaced scale letter, ages and halves that are no claims, and who says a figure.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { gluedCurrencyCases, gluedNotCurrencyRows, powerMeasureRows } from './energy.cases.js';

describe('quantities/currency-abbrev: a currency abbreviation before the number', () => {
  for (const c of gluedCurrencyCases)
    it(c.text, () => {
      const q = extractQuantities(c.text).find((x) => (x.value ?? x.high ?? x.low) === c.n);
      expect(q, 'a quantity with the value').toBeDefined();
      expect(q!.bound).toBe(c.bound ?? 'exact');
      expect(q!.unitCode).toBe(c.unit);
      expect(q!.measure).toBe(c.measure);
    });
  it.each(gluedNotCurrencyRows)('%s (%s) is no money', (text, number) => {
    const q = extractQuantities(text).find((x) => x.text.includes(number));
    expect(q?.unitCode ?? null).toBeNull();
  });
});

describe('quantities/power-noun: what a power figure measures', () => {
  it.each(powerMeasureRows)('%s → %s', (text, n, measure) => {
    const q = extractQuantities(text).find((x) => x.value === n);
    expect(q?.measure).toBe(measure);
  });
});
