/**
 * Table tests for stories of other kinds (fires, epidemics, elections, strikes, budgets, courts, borders, heat,
 * mines, markets, refugees, seizures, crowds, recalls): each story runs once through the whole pipeline; each claim
 * is found by where its number starts and checked field by field, the way the eval scores it (measures by head noun
 * and synonyms, sources by any listed name). A case marked `known` is expected to fail until a rule reads it.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article.js';
import { analyse } from '../../src/analyse.js';
import { actionKey } from '../../src/corpus/normalise.js';
import { sameMeasure } from '../../src/eval/measure.js';
import { claimRecord } from '../../src/records.js';
import { genreStories, type GenreClaim } from './genres.cases.js';

const articles = new Map<string, Article>();
function run(text: string): Article {
  let article = articles.get(text);
  if (!article) {
    article = analyse({ source: 'case', raw: text, format: 'text' });
    articles.set(text, article);
  }
  return article;
}

/** Where `at` starts in `text`; a table error when it is missing or not unique. */
function indexOf(text: string, at: string): number {
  const i = text.indexOf(at);
  if (i < 0 || text.indexOf(at, i + 1) >= 0) throw new Error(`"${at}" must occur once in the story`);
  return i;
}

/** The fields of a case as the pipeline reads them, with the checks the eval makes folded in. */
function reading(text: string, c: GenreClaim) {
  const article = run(text);
  const i = indexOf(text, c.at);
  const claim = article.claims.find((x) => x.quantity.number.start <= i && x.quantity.number.end > i);
  if (!claim) return null;
  const r = claimRecord(article, claim);
  const source = r.sourceName ?? r.source;
  return {
    value: r.value,
    low: r.low,
    high: r.high,
    bound: r.bound,
    approximate: r.approximate,
    vague: r.vague,
    incremental: r.incremental,
    measure: measures(c).some((m) => sameMeasure(r.measure, m)) ? c.measure : r.measure,
    ...(c.unit !== undefined ? { unit: r.unit } : {}),
    ...(c.action !== undefined ? { action: actionKey(r.action) } : {}),
    status: r.status,
    source: c.source?.some((s) => s.toLowerCase() === source?.toLowerCase()) ? c.source : (source ?? null),
  };
}

/** The measures a case accepts. */
const measures = (c: GenreClaim) => (Array.isArray(c.measure) ? c.measure : [c.measure]);

const round = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

describe('genres table', () => {
  const claims = genreStories.flatMap((s) => s.claims);
  const negatives = genreStories.flatMap((s) => s.not);
  it('has at least 120 cases, 30 of them negatives, from at least 12 kinds of story', () => {
    expect(claims.length + negatives.length).toBeGreaterThanOrEqual(120);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
    expect(genreStories.length).toBeGreaterThanOrEqual(12);
  });
  for (const story of genreStories) {
    describe(story.genre, () => {
      for (const c of story.claims) {
        const test = c.known ? it.fails : it;
        test(`${c.at}${c.known ? ` (known miss: ${c.known})` : ''}`, () => {
          const got = reading(story.text, c);
          expect(got, 'a claim at the number').not.toBeNull();
          expect({ ...got!, value: round(got!.value), low: round(got!.low), high: round(got!.high) }).toEqual({
            value: round(c.value),
            low: round(c.low),
            high: round(c.high),
            bound: c.bound,
            approximate: c.approximate ?? false,
            vague: c.vague ?? false,
            incremental: c.incremental ?? false,
            measure: c.measure,
            ...(c.unit !== undefined ? { unit: c.unit } : {}),
            ...(c.action !== undefined ? { action: actionKey(c.action) } : {}),
            status: c.status ?? 'asserted',
            source: c.source,
          });
        });
      }
      for (const at of story.not)
        it(`not a claim: ${at}`, () => {
          const text = story.text;
          const i = indexOf(text, at);
          const hit = run(text).claims.filter(
            (x) => x.quantity.number.start < i + at.length && x.quantity.number.end > i,
          );
          expect(hit.map((x) => x.quantity.text)).toEqual([]);
        });
    });
  }
});
