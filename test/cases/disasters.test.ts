/**
 * Table tests for disasters, accidents, conflict and crowds: each case runs
 * as a one-sentence article through the whole pipeline and names the claim
 * it is about by its value.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { disasterCases, disasterNegatives } from './disasters.cases.js';

const claimsOf = (text: string) => analyse({ source: 'case', raw: text, format: 'text' }).claims;

describe('disasters table', () => {
  it('has at least 60 cases', () => {
    expect(disasterCases.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of disasterCases) {
    it(`${c.text} [${c.value}]`, () => {
      const claim = claimsOf(c.text).find((x) => [x.quantity.value, x.quantity.low, x.quantity.high].includes(c.value));
      expect(claim, 'a claim with the value').toBeDefined();
      const q = claim!.quantity;
      expect(q.measure).toBe(c.measure);
      if (c.unit !== undefined) expect(q.unitCode ?? null, 'unit').toBe(c.unit);
      if (c.rule) expect(q.by.split('+')).toContain(c.rule);
    });
  }
  for (const text of disasterNegatives) {
    it(`not a claim: ${text}`, () => {
      expect(claimsOf(text).map((x) => x.quantity.text)).toEqual([]);
    });
  }
});
