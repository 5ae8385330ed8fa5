/**
 * Recall table: each invented sentence runs through quantities, times and claims as a one-sentence article;
 * the listed number must be a claim, and the negatives must yield none.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../helpers/claims.js';
import { recallKept, recallNegatives } from './recall.cases.js';
import { eventsOf } from '../../src/stages/quantities/repeat-measure.js';

const claimsOf = (text: string) => sentenceClaims(text);

describe('recall table: kept', () => {
  it('has at least 60 cases in all', () => {
    expect(recallKept.length + recallNegatives.length).toBeGreaterThanOrEqual(60);
  });
  for (const [text, value] of recallKept) {
    it(`${text} [${value}]`, () => {
      expect(claimsOf(text).map((c) => c.quantity.value ?? c.quantity.low)).toContain(value);
    });
  }
});

describe('recall table: negatives', () => {
  for (const text of recallNegatives) {
    it(text, () => {
      expect(claimsOf(text).map((c) => c.quantity.text)).toEqual([]);
    });
  }
});

describe('recall table: events a count of times counts', () => {
  it.each([
    ['investigated', 'investigations'],
    ['arrested', 'arrests'],
    ['charged', 'charges'],
    ['flooded', 'floods'],
    ['won', null],
  ])('%s → %s', (participle, events) => {
    expect(eventsOf(participle)).toBe(events);
  });
});
