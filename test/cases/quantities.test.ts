/**
 * Table tests for the quantities stage on phrases from other stories: every
 * case states value, bounds, bound kind, vagueness, increment and measure.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { quantityCases } from './quantities.cases.js';

describe('quantities table', () => {
  it('has at least 150 cases', () => {
    expect(quantityCases.length).toBeGreaterThanOrEqual(150);
  });
  for (const c of quantityCases) {
    it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
      const all = extractQuantities(c.text);
      const q = all[c.at ?? 0];
      if (c.count !== undefined)
        expect(
          all.map((x) => x.text),
          'quantities found',
        ).toHaveLength(c.count);
      expect(q, 'a quantity is found').toBeDefined();
      expect({
        value: q!.value,
        low: q!.low,
        high: q!.high,
        bound: q!.bound,
        measure: q!.measure,
        approximate: q!.approximate,
        vague: q!.vague,
        incremental: q!.incremental,
      }).toEqual({
        value: c.value,
        low: c.low,
        high: c.high,
        bound: c.bound,
        measure: c.measure,
        approximate: c.approximate ?? false,
        vague: c.vague ?? false,
        incremental: c.incremental ?? false,
      });
      expect(c.text.slice(q!.start, q!.end)).toBe(q!.text);
      if (c.unit !== undefined) expect(q!.unitCode ?? null, 'unit').toBe(c.unit);
    });
  }
});
