/**
 * Table tests for measures taken from a group around the number: coordinated nouns, breakdowns by
 * nationality, parts of an earlier count, remains, superlatives and clause subjects with no noun.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { groupCases } from './group-nouns.cases.js';

describe('group nouns table', () => {
  it('has at least 80 cases', () => {
    expect(groupCases.length).toBeGreaterThanOrEqual(80);
  });
  for (const c of groupCases) {
    it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
      const q = extractQuantities(c.text)[c.at ?? 0];
      expect(q, 'a quantity is found').toBeDefined();
      expect(q!.measure).toBe(c.measure);
      if (c.rule) expect(q!.by.split('+')).toContain(c.rule);
    });
  }
});
