/**
 * Table tests for measures read around the number (before it, after a copula,
 * from what money is and what a percentage measures), with the rule that found each.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { measureCases } from './measures.cases.js';

describe('measures table', () => {
  it('has at least 60 cases', () => {
    expect(measureCases.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of measureCases) {
    it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
      const q = extractQuantities(c.text)[c.at ?? 0];
      expect(q, 'a quantity is found').toBeDefined();
      expect(q!.measure).toBe(c.measure);
      if (c.rule) expect(q!.by.split('+')).toContain(c.rule);
    });
  }
});
