/**
 * Table tests for `times/count-not-hour` (a count before "on <day>" is no hour), `times/weekday-hour` (an hour on a
 * weekday is that day) and `times/past-yearless` (a yearless day or month is the most recent past one unless the
 * clause speaks of the future).
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../helpers/claims.js';
import { extractTimes } from '../../src/stages/times.js';
import { countNotHourCases, hourCases, yearlessCases } from './dates.cases.js';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { date: new Date(Date.UTC(y, m - 1, d, 12)), precision: 'day' as const };
};
const valueOf = (c: ReturnType<typeof sentenceClaims>[number]) => c.quantity.value ?? c.quantity.low;

describe('times/count-not-hour', () => {
  it('has at least 10 cases and 10 negatives', () => {
    expect(countNotHourCases.length).toBeGreaterThanOrEqual(10);
    expect(hourCases.length).toBeGreaterThanOrEqual(10);
  });
  for (const [text, value, when] of countNotHourCases) {
    it(`${text} [${value} as of ${when}]`, () => {
      const claim = sentenceClaims(text).find((c) => valueOf(c) === value);
      expect(claim, 'the count is a claim').toBeDefined();
      expect(claim?.when?.when ?? null).toBe(when);
    });
  }
  for (const [text, hour, when] of hourCases) {
    it(`${text} [${hour} is an hour on ${when}]`, () => {
      expect(sentenceClaims(text).some((c) => valueOf(c) === hour)).toBe(false);
      const times = extractTimes(text, day('2024-10-18'));
      expect(times.some((t) => t.by.includes('times/count-not-hour'))).toBe(false);
      expect(times.find((t) => t.text.includes(String(hour)))?.when).toBe(when);
    });
  }
});

describe('times/past-yearless', () => {
  it('has at least 10 cases and 10 negatives', () => {
    expect(yearlessCases.length).toBeGreaterThanOrEqual(20);
  });
  for (const [text, published, when] of yearlessCases) {
    it(`${text} (${published}) → ${when}`, () => {
      expect(extractTimes(text, day(published)).map((t) => t.when)).toEqual([when]);
    });
  }
});
