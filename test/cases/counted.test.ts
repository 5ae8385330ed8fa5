/**
 * Table tests for counts whose thing is named away from the number: breakdowns of the dead, partitives,
 * subjects past coordinated prepositions, bare numbers in a change, money an insurer or an event bears,
 * per-game averages and ratios, with the rule that found each.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { countedCases } from './counted.cases.js';

describe('counted things table', () => {
  it('has at least 60 cases', () => {
    expect(countedCases.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of countedCases) {
    it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
      const q = extractQuantities(c.text)[c.at ?? 0];
      expect(q, 'a quantity is found').toBeDefined();
      expect(q!.measure).toBe(c.measure);
      if (c.rule) expect(q!.by.split('+')).toContain(c.rule);
    });
  }
});
