/**
 * Attack 8 of issue 32: 100,000 short, near-identical records once crashed the corpus stages with
 * `RangeError: Set maximum size exceeded` (one Set of candidate pairs past 2^24 keys), and every later
 * ingest into that store crashed the same way. The records are made here at run time.
 */
import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/corpus/duplicates.js';

const N = 100_000;

function record(i: number) {
  return {
    id: `r${i}`,
    body:
      `Flood warning for the lower valley remains in force on the river near the old mill bridge. ` +
      `Residents on the east bank should move vehicles to higher ground before the evening tide. ` +
      `Notice ${i % 7} of the day from the county emergency office.`,
    outlet: `Outlet ${i % 13}`,
    published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
  };
}

describe('100,000 near-identical short records', () => {
  it('are linked as copies without exceeding any collection limit', { timeout: 240_000 }, () => {
    const links = findDuplicates(Array.from({ length: N }, (_, i) => record(i)));
    // Every record but the first of each cluster is linked to an earlier one.
    expect(links.length).toBeGreaterThan(N * 0.99);
    expect(new Set(links.map((l) => l.document)).size).toBe(links.length);
  });
});
