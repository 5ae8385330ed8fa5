/**
 * Guard for the measure index: every measure rule row is in the index the stage runs, and for every quantity of
 * the case tables the index's plan picks exactly the rules whose `applies` holds (a rule that reads more than the
 * unit, vagueness and measure must be asked per quantity, never answered from the plan).
 */
import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/article.js';
import { extractQuantities } from '../../src/stages/quantities.js';
import { MEASURE_INDEX, MEASURE_RULES } from '../../src/stages/quantities/measure-rules.js';
import type { MeasureIndex } from '../../src/stages/quantities/measure-plan.js';
import { measureCases } from './measures.cases.js';
import { econCases, econNegatives } from './econ.cases.js';
import { disasterCases, disasterNegatives } from './disasters.cases.js';
import { jobValueCases } from './jobs-value.cases.js';
import { countedCases } from './counted.cases.js';
import { quantityCases } from './quantities.cases.js';
import { measureReachCases } from './measure-reach.cases.js';
import { moneyKindCases } from './money-kinds.cases.js';

const texts = [
  ...[
    measureCases,
    measureReachCases,
    moneyKindCases,
    econCases,
    disasterCases,
    jobValueCases,
    countedCases,
    quantityCases,
  ].flatMap((cs) => cs.map((c) => c.text)),
  ...econNegatives,
  ...disasterNegatives,
];

/** The rule indexes the plan runs for `q`: planned ones, and the per-quantity ones whose `applies` holds. */
function planned(index: MeasureIndex, q: Quantity): number[] {
  return [...index.plan(q)].filter((e) => (e & 1) === 0 || MEASURE_RULES[e >> 1]!.applies(q)).map((e) => e >> 1);
}

/** The rule indexes a plain walk of the list runs for `q`. */
function walked(q: Quantity): number[] {
  return MEASURE_RULES.flatMap((r, i) => (r.applies(q) ? [i] : []));
}

describe('measure index', () => {
  it('indexes the one frozen rule list the stage runs', () => {
    expect(MEASURE_INDEX.rules).toBe(MEASURE_RULES);
    expect(Object.isFrozen(MEASURE_RULES)).toBe(true);
    expect(new Set(MEASURE_RULES).size).toBe(MEASURE_RULES.length);
  });

  it('plans the same rules as a walk of the list, for each quantity of the case tables', () => {
    const quantities = texts.flatMap((t) => extractQuantities(t));
    expect(quantities.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const found of quantities) {
      for (const measure of [found.measure, null]) {
        const q = { ...found, measure };
        if (planned(MEASURE_INDEX, q).join() !== walked(q).join()) wrong.push(`${found.number.text} as ${measure}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
