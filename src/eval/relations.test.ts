import { describe, expect, it } from 'vitest';
import { plainClaimRecord, type ClaimRecord } from '../records.js';
import type { GoldClaim } from './gold.js';
import { parseGold } from './gold.js';
import { scoreRelations, type ClaimMatches } from './relations.js';

/** An invented story: a wildfire's acreage, two counties' evacuations and a rival count. */
const gold = parseGold({
  format: 'crosscheck-gold/1',
  documents: [
    {
      file: 'a.txt',
      claims: [
        { evidence: 'The fire has burned 12,000 acres', value: 12000, low: 12000, high: 12000, status: 'asserted' },
        {
          evidence: 'Officials ordered 3,000 residents of Pine County to leave',
          value: 3000,
          low: 3000,
          high: 3000,
          status: 'asserted',
        },
        { evidence: 'In all 9,000 people have been evacuated', value: 9000, low: 9000, high: 9000, status: 'asserted' },
      ],
    },
    {
      file: 'b.txt',
      claims: [
        {
          evidence: 'the blaze had grown to 15,000 acres by Friday',
          value: 15000,
          low: 15000,
          high: 15000,
          status: 'asserted',
        },
        { evidence: 'a union put the evacuated at 6,000', value: 6000, low: 6000, high: 6000, status: 'asserted' },
        { evidence: 'two firefighters were hurt', value: 2, low: 2, high: 2, status: 'asserted' },
        { evidence: 'never matched 77', value: 77, low: 77, high: 77, status: 'asserted' },
      ],
    },
  ],
  relations: [
    {
      a: { file: 'a.txt', evidence: 'The fire has burned 12,000 acres', value: 12000 },
      b: { file: 'b.txt', evidence: 'the blaze had grown to 15,000 acres by Friday', value: 15000 },
      type: 'revision',
    },
    {
      a: { file: 'a.txt', evidence: 'Officials ordered 3,000 residents of Pine County to leave', value: 3000 },
      b: { file: 'a.txt', evidence: 'In all 9,000 people have been evacuated', value: 9000 },
      type: 'part',
    },
    {
      a: { file: 'a.txt', evidence: 'In all 9,000 people have been evacuated', value: 9000 },
      b: { file: 'b.txt', evidence: 'a union put the evacuated at 6,000', value: 6000 },
      type: 'conflict',
    },
    {
      a: { file: 'a.txt', evidence: 'In all 9,000 people have been evacuated', value: 9000 },
      b: { file: 'b.txt', evidence: 'two firefighters were hurt', value: 2 },
      type: 'different',
    },
    {
      a: { file: 'a.txt', evidence: 'The fire has burned 12,000 acres', value: 12000 },
      b: { file: 'b.txt', evidence: 'never matched 77', value: 77 },
      type: 'same',
    },
  ],
});

function matched(figures: Record<string, string | null>): ClaimMatches {
  const out: ClaimMatches = new Map();
  for (const doc of gold.documents) {
    const ms = doc.claims
      .filter((g) => g.value !== 77)
      .map((g: GoldClaim) => ({
        gold: g,
        predicted: plainClaimRecord({
          id: `${doc.file}:${g.value}`,
          document: doc.file,
          evidence: g.evidence,
          value: g.value,
          figure: figures[String(g.value)] ?? null,
        }) as ClaimRecord,
      }));
    out.set(doc.file, ms);
  }
  return out;
}

describe('relations scoring', () => {
  it('scores a perfect export: grouping, conflicts, no false alarms, types', () => {
    const m = matched({ 12000: 'acres', 15000: 'acres', 3000: 'evac', 9000: 'evac', 6000: 'evac', 2: 'hurt' });
    const r = scoreRelations(gold, m, [
      { a: 'a.txt:12000', b: 'b.txt:15000', type: 'revision' },
      { a: 'a.txt:3000', b: 'a.txt:9000', type: 'part' },
      { a: 'b.txt:6000', b: 'a.txt:9000', type: 'conflict' },
    ]);
    expect(r.gold).toBe(5);
    expect(r.found).toBe(4);
    expect(r.grouping.score).toBe(1);
    expect(r.conflicts).toMatchObject({ correct: 1, total: 1 });
    expect(r.falseAlarms).toMatchObject({ correct: 0, total: 3 });
    expect(r.type.score).toBe(1);
  });

  it('reads unlisted pairs as same within a figure and different across, and counts false alarms', () => {
    const m = matched({ 12000: 'acres', 15000: 'acres', 3000: 'evac', 9000: 'evac', 6000: 'evac', 2: 'evac' });
    const r = scoreRelations(gold, m, [{ a: 'a.txt:12000', b: 'b.txt:15000', type: 'conflict' }]);
    // different pair merged into one figure: a grouping miss; part pairs may go either way.
    expect(r.grouping).toMatchObject({ correct: 3, total: 4 });
    expect(r.conflicts).toMatchObject({ correct: 0, total: 1 });
    expect(r.falseAlarms).toMatchObject({ correct: 1, total: 3 });
    expect(r.type).toMatchObject({ correct: 0, total: 4 });
    expect(r.byType.part).toMatchObject({ correct: 0, total: 1 });
    expect(r.misses.map((x) => `${x.type}>${x.predicted}`)).toEqual([
      'revision>conflict',
      'part>same',
      'conflict>same',
      'different>same',
    ]);
  });
});
