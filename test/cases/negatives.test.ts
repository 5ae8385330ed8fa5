/**
 * Negative cases: numbers that must not become claims. Each text runs
 * through quantities, times and claims as a one-sentence article.
 */
import { describe, expect, it } from 'vitest';
import { createArticle } from '../../src/article.js';
import { createContext } from '../../src/pipeline.js';
import { quantitiesStage } from '../../src/stages/quantities.js';
import { timesStage } from '../../src/stages/times.js';
import { claimsStage } from '../../src/stages/claims.js';
import { negativeCases } from './negatives.cases.js';

function claimsOf(text: string) {
  const article = createArticle({ source: 'negative', raw: text, format: 'text' });
  article.text = text;
  article.sentences = [{ start: 0, end: text.length, text, index: 0, paragraph: 0, heading: false }];
  article.meta.published = { value: { iso: '2024-10-18', precision: 'day' }, by: 'test', certain: true };
  const ctx = createContext();
  for (const stage of [quantitiesStage, timesStage, claimsStage]) stage.run(article, ctx);
  return article.claims;
}

describe('negative cases', () => {
  it('has at least 50 cases', () => {
    expect(negativeCases.length).toBeGreaterThanOrEqual(50);
  });
  it('the same harness does find claims (control)', () => {
    expect(claimsOf('The earthquake killed 2,315 people and injured 40 more.').map((c) => c.quantity.value)).toEqual([
      2315, 40,
    ]);
  });
  for (const text of negativeCases) {
    it(text, () => {
      expect(claimsOf(text).map((c) => c.quantity.text)).toEqual([]);
    });
  }
});
