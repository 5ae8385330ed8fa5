/**
 * Table tests for figures of official-statistics stories: currency codes before the sum, rates named by the
 * noun they measure, and whose figure it is.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import {
  codeMoneyRows,
  consumerPriceRows,
  dataFromAfterRows,
  dataTailRows,
  expectsBoundRows,
  forecasterRows,
  forecasterStatusRows,
  moreInWorkRows,
  movedUpRows,
  namedFarRows,
  beforeTimeRows,
  periodRows,
  perUnitLevelRows,
  rateRows,
  statusPeopleRows,
  subjectYearRows,
  timePossessiveRows,
} from './stats.cases.js';
import { sourceTable } from './who-says-run.js';
import { sentenceClaims } from '../helpers/claims.js';

describe('quantities/unit-currency-code: a currency code or local sign before the sum', () => {
  it.each(codeMoneyRows)('%s → %d %s', (text, n, unit, measure) => {
    const q = extractQuantities(text).find((x) => (x.value ?? x.high ?? x.low) === n);
    expect(q, 'a quantity with the value').toBeDefined();
    expect(q!.unitCode).toBe(unit);
    if (measure !== null) expect(q!.measure).toBe(measure);
  });
});

describe('attributions/data-tail: a detail after the closing cue keeps its speaker', () => {
  sourceTable(dataTailRows);
});

/** The quantity whose text holds the number as written. */
const quantityOf = (text: string, number: string) => extractQuantities(text).find((q) => q.text.includes(number));

describe('quantities/rate-of-noun and the rate rules: what a percentage measures', () => {
  it.each(rateRows)('%s (%s) → %s', (text, number, measure) => {
    expect(quantityOf(text, number)?.measure).toBe(measure);
  });
});

describe('quantities/moved-up-to: a level reached is no ceiling', () => {
  it.each(movedUpRows)('%s (%s) → %s', (text, number, bound) => {
    expect(quantityOf(text, number)?.bound).toBe(bound);
  });
});

describe('attributions/role-named-far: a described body named paragraphs before', () => {
  sourceTable(namedFarRows);
});

describe('attributions/polled-by and attributions/than-expected: forecasters and comparisons with them', () => {
  sourceTable(forecasterRows);
});

describe('quantities/period-before-unit: a period is no count', () => {
  it.each(periodRows)('%s (%s) → no quantity', (text, number) => {
    expect(quantityOf(text, number)).toBeUndefined();
  });
});

describe('quantities/period-before-unit: a number before `last month` is still a quantity', () => {
  it.each(beforeTimeRows)('%s (%s)', (text, number) => {
    expect(quantityOf(text, number)).toBeDefined();
  });
});

describe('claims/modality/expects-amount: a bound or an increment before the expected figure', () => {
  it.each(expectsBoundRows)('%s (%s) → %s', (text, number, status) => {
    const claim = sentenceClaims(text).find((c) => c.quantity.text.includes(number));
    expect(claim?.status.value).toBe(status);
  });
});

describe('attributions/data-from-after: a release named after the closing comma speaks for its owner', () => {
  sourceTable(dataFromAfterRows);
});

describe('quantities/status-people: the unemployed, the jobless, the uninsured count people', () => {
  it.each(statusPeopleRows)('%s (%s) → %s', (text, number, measure) => {
    expect(quantityOf(text, number)?.measure).toBe(measure);
  });
});

describe('quantities/range: a percentage, then a level per a unit, is no range', () => {
  it.each(perUnitLevelRows)('%s (%s) → %s', (text, number, bound) => {
    expect(quantityOf(text, number)?.bound).toBe(bound);
  });
});

describe('quantities/subject-year: a year after a preposition dates the subject', () => {
  it.each(subjectYearRows)('%s (%s) → %s', (text, number, measure) => {
    expect(quantityOf(text, number)?.measure).toBe(measure);
  });
});

describe('quantities/consumer-prices: the change of consumer prices is the inflation rate', () => {
  it.each(consumerPriceRows)('%s (%s) → %s', (text, number, measure) => {
    expect(quantityOf(text, number)?.measure).toBe(measure);
  });
});

describe("quantities/of-time-possessive: N of last year's jobs", () => {
  it.each(timePossessiveRows)('%s (%s) → %s', (text, number, measure) => {
    expect(quantityOf(text, number)?.measure).toBe(measure);
  });
});

describe('claims/modality/forecasters: a forecast of a release is possible', () => {
  it.each(forecasterStatusRows)('%s (%s) → %s', (text, number, status) => {
    const claim = sentenceClaims(text).find((c) => c.quantity.text.includes(number));
    expect(claim?.status.value).toBe(status);
  });
});

describe('quantities/more-in-work: more people in work is a change in jobs', () => {
  it.each(moreInWorkRows)('%s (%s) → %s', (text, number, measure, incremental) => {
    const q = quantityOf(text, number);
    expect(q?.measure).toBe(measure);
    expect(!!q?.incremental).toBe(incremental);
  });
});
