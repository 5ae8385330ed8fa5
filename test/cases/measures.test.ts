/**
 * Table tests for measures read around the number (before it, after a copula,
 * from what money is and what a percentage measures), measures named a little
 * away from it (measure-reach.cases.ts) and sums that take what they are from
 * another sum (money-kinds.cases.ts), wholes and lists (measure-wholes.cases.ts), modifiers, parts and
 * rainfall (measure-parts.cases.ts), with the rule that found each.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { measureCases, type MeasureCase } from './measures.cases.js';
import { measureReachCases } from './measure-reach.cases.js';
import { moneyKindCases } from './money-kinds.cases.js';
import { measureWholeCases } from './measure-wholes.cases.js';
import { measurePartCases } from './measure-parts.cases.js';

const TABLES: Array<[string, MeasureCase[]]> = [
  ['measures table', measureCases],
  ['measure reach table', measureReachCases],
  ['money kinds table', moneyKindCases],
  ['measure wholes table', measureWholeCases],
  ['measure parts table', measurePartCases],
];

describe('measures table', () => {
  it('has at least 60 cases', () => {
    expect(measureCases.length).toBeGreaterThanOrEqual(60);
  });
});

for (const [title, cases] of TABLES) {
  describe(title, () => {
    for (const c of cases) {
      it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
        const q = extractQuantities(c.text)[c.at ?? 0];
        expect(q, 'a quantity is found').toBeDefined();
        expect(q!.measure).toBe(c.measure);
        if (c.rule) expect(q!.by.split('+')).toContain(c.rule);
      });
    }
  });
}
