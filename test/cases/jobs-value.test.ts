/**
 * Table tests for jobs lost, the value of goods and a levy's revenue: each case states the measure of one
 * quantity of an invented sentence and the rule that must have found it.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { jobValueCases } from './jobs-value.cases.js';

describe('jobs, value and revenue table', () => {
  for (const c of jobValueCases) {
    it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
      const q = extractQuantities(c.text)[c.at ?? 0];
      expect(q, 'a quantity is found').toBeDefined();
      expect(q!.measure).toBe(c.measure);
      if (c.rule) expect(q!.by.split('+')).toContain(c.rule);
    });
  }
});
