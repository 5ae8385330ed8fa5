/**
 * Table tests for numbers in title-case headlines: a count after a verb or a bound phrase is a claim with its
 * value and measure; the number of a name (a model, a flight, a route, an edition) is none.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { sameMeasure } from '../../src/eval/measure.js';
import { claimRecord } from '../../src/records.js';
import { LEAD, headlineClaims, headlineNames } from './headlines.cases.js';

/** The story of a headline, the number's offset in it and its claims. */
function read(headline: string, at: string) {
  const text = `${headline}\n\n${LEAD}`;
  const i = headline.indexOf(at);
  if (i < 0 || headline.indexOf(at, i + 1) >= 0) throw new Error(`"${at}" must occur once in "${headline}"`);
  const article = analyse({ source: 'case', raw: text, format: 'text' });
  return { article, i, end: i + at.length };
}

describe('headlines table', () => {
  it('has at least 25 cases, 10 of them names', () => {
    expect(headlineClaims.length + headlineNames.length).toBeGreaterThanOrEqual(25);
    expect(headlineNames.length).toBeGreaterThanOrEqual(10);
  });
  for (const c of headlineClaims)
    (c.known ? it.fails : it)(`claim: ${c.headline}${c.known ? ` (known miss: ${c.known})` : ''}`, () => {
      const { article, i } = read(c.headline, c.at);
      const claim = article.claims.find((x) => x.quantity.number.start <= i && x.quantity.number.end > i);
      expect(claim, 'a claim at the number').toBeDefined();
      const r = claimRecord(article, claim!);
      const measures = Array.isArray(c.measure) ? c.measure : [c.measure];
      expect(r.value ?? r.low ?? r.high).toBe(c.value);
      expect(measures.some((m) => sameMeasure(r.measure, m)) ? measures : r.measure).toEqual(measures);
    });
  it('records the rule that reads a title-case count', () => {
    const { article, i } = read('Airline Cancels 300 Flights As Snowstorm Nears', '300');
    const q = article.quantities.find((x) => x.number.start === i);
    expect(q?.by).toContain('quantities/headline-count');
  });
  for (const c of headlineNames)
    it(`not a claim: ${c.headline}`, () => {
      const { article, i, end } = read(c.headline, c.at);
      const hit = article.claims.filter((x) => x.quantity.number.start < end && x.quantity.number.end > i);
      expect(hit.map((x) => x.quantity.text)).toEqual([]);
    });
});
