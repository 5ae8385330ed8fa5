/** What ends a carried source and what keeps it: pairs of invented statements and the sentence after them. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { claimRecord } from '../../src/records.js';
import { carryEndsRows } from './carry-ends.cases.js';

/** The source of the claim of `number` in `text` read as published on 2025-03-14 (undefined: no claim). */
function sourceOf(text: string, number: string): string | null | undefined {
  const article = analyse({ source: 'case', raw: text, format: 'text', hints: { published: '2025-03-14' } });
  const at = text.indexOf(number);
  const claim = article.claims.find((c) => c.quantity.number.start <= at && c.quantity.number.end >= at + 1);
  return claim ? claimRecord(article, claim).sourceName : undefined;
}

describe('attributions/carry-ends', () => {
  it('has at least 10 pairs, with negatives', () => {
    expect(carryEndsRows.length).toBeGreaterThanOrEqual(18);
    expect(carryEndsRows.filter((r) => r[2] === null).length).toBeGreaterThanOrEqual(9);
  });
  for (const [text, number, source] of carryEndsRows)
    it(`${number} in ${JSON.stringify(text.slice(0, 70))} → ${source}`, () => {
      const got = sourceOf(text, number);
      expect(got === undefined ? '(no claim)' : (got?.toLowerCase() ?? null)).toBe(source?.toLowerCase() ?? null);
    });
});
