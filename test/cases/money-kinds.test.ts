/** Table tests for sums of money that take what they are from another sum (money-kinds.cases.ts). */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { moneyKindCases } from './money-kinds.cases.js';

describe('money kinds table', () => {
  for (const c of moneyKindCases) {
    it(`${c.text}${c.at ? ` [#${c.at}]` : ''}`, () => {
      const q = extractQuantities(c.text)[c.at ?? 0];
      expect(q, 'a quantity is found').toBeDefined();
      expect(q!.measure).toBe(c.measure);
      if (c.rule) expect(q!.by.split('+')).toContain(c.rule);
    });
  }
});
