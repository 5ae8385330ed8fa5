/**
 * Negative cases: numbers that must not become claims. Each text runs
 * through quantities, times and claims as a one-sentence article.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../helpers/claims.js';
import { negativeCases } from './negatives.cases.js';

const claimsOf = (text: string) => sentenceClaims(text);

describe('negative cases', () => {
  it('has at least 50 cases', () => {
    expect(negativeCases.length).toBeGreaterThanOrEqual(50);
  });
  it('the same harness does find claims (control)', () => {
    expect(claimsOf('The earthquake killed 2,315 people and injured 40 more.').map((c) => c.quantity.value)).toEqual([
      2315, 40,
    ]);
  });
  for (const text of negativeCases) {
    it(text, () => {
      expect(claimsOf(text).map((c) => c.quantity.text)).toEqual([]);
    });
  }
});
