/**
 * Table tests for figures of energy and environment stories: glued currency abbreviations, what a power figure
 * measures, temperatures with a spaced scale letter, ages and halves that are no claims, and who says a figure.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { run, sourceTable } from './who-says-run.js';
import {
  energyNegativeRows,
  eventTollRows,
  gluedCurrencyCases,
  gluedNotCurrencyRows,
  powerMeasureRows,
  saidThenRows,
  temperatureRows,
  topLineRows,
} from './energy.cases.js';
import { sentenceClaims } from '../helpers/claims.js';

describe('quantities/currency-abbrev: a currency abbreviation before the number', () => {
  for (const c of gluedCurrencyCases)
    it(c.text, () => {
      const q = extractQuantities(c.text).find((x) => (x.value ?? x.high ?? x.low) === c.n);
      expect(q, 'a quantity with the value').toBeDefined();
      expect(q!.bound).toBe(c.bound ?? 'exact');
      expect(q!.unitCode).toBe(c.unit);
      expect(q!.measure).toBe(c.measure);
    });
  it.each(gluedNotCurrencyRows)('%s (%s) is no money', (text, number) => {
    const q = extractQuantities(text).find((x) => x.text.includes(number));
    expect(q?.unitCode ?? null).toBeNull();
  });
});

describe('quantities/power-noun: what a power figure measures', () => {
  it.each(powerMeasureRows)('%s → %s', (text, n, measure) => {
    const q = extractQuantities(text).find((x) => x.value === n);
    expect(q?.measure).toBe(measure);
  });
});

describe('quantities/unit-temperature: a spaced scale letter and ranges', () => {
  it.each(temperatureRows)('%s', (text, n, low, high) => {
    const q = extractQuantities(text).find((x) => (x.value ?? x.low) === n);
    expect(q, 'a temperature').toBeDefined();
    expect([q!.low, q!.high]).toEqual([low, high]);
    expect(q!.measure).toBe('temperature');
  });
});

describe('quantities/unit-temperature: a glued letter at the end of a headline', () => {
  it('keeps the headline temperature above the story', () => {
    const article = run('Karachi swelters as temperatures hit 46C\n\nLAHORE (AP) — Schools were closed on Monday.');
    expect(article.claims.map((c) => c.quantity.value)).toContain(46);
  });
});

describe('not claims in energy stories: ages said after a noun, halves of a period', () => {
  it.each(energyNegativeRows)('%s (%s)', (text, number) => {
    expect(sentenceClaims(text).some((c) => c.quantity.text.includes(number))).toBe(false);
  });
});

describe('attributions/participle-tail: a list or an effect after the speaker in the same sentence', () => {
  sourceTable(saidThenRows);
});

describe('clean/top-line: the lines above a headline that the byline follows are the site header', () => {
  it.each(topLineRows)('%#: %s', (raw, title) => {
    expect(run(raw).meta.title?.value).toBe(title);
  });
});

describe('quantities/total-noun: a toll named by its event counts people', () => {
  it.each(eventTollRows)('%s', (text, n) => {
    expect(extractQuantities(text).find((q) => q.value === n)?.measure).toBe('people');
  });
});
