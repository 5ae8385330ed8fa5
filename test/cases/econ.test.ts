/**
 * Table tests for economic and statistical figures: each case states the
 * number, what it counts and the rule that read it; the negatives must
 * become no claim.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../helpers/claims.js';
import { extractQuantities } from '../../src/stages/quantities.js';
import { econCases, econKept, econNegatives } from './econ.cases.js';

const claimsOf = (text: string) => sentenceClaims(text, { published: '2025-10-18' });

describe('economic figures table', () => {
  it('has at least 60 cases', () => {
    expect(econCases.length).toBeGreaterThanOrEqual(60);
  });
  for (const c of econCases) {
    it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
      const q = extractQuantities(c.text)[c.at ?? 0];
      expect(q, 'a quantity is found').toBeDefined();
      const bound = c.bound ?? 'exact';
      expect(q!.bound).toBe(bound);
      expect(bound === 'upper' ? q!.high : bound === 'lower' ? q!.low : q!.value).toBe(c.n);
      expect(q!.measure).toBe(c.measure);
      if (c.rule) expect(q!.by.split('+')).toContain(c.rule);
      // A measured number is a claim.
      if (c.measure) expect(claimsOf(c.text).map((x) => x.quantity.start)).toContain(q!.start);
    });
  }
});

describe('earlier values and revised levels are claims', () => {
  for (const c of econKept) {
    it(c.text, () => {
      const kept = claimsOf(c.text).find((x) => x.quantity.value === c.n);
      expect(kept?.by).toBe(c.rule);
    });
  }
});

describe('economic labels are no claims', () => {
  for (const text of econNegatives) {
    it(text, () => {
      expect(claimsOf(text).map((x) => x.quantity.text)).toEqual([]);
    });
  }
});
