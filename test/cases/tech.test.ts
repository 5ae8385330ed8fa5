/**
 * Table tests for figures of infrastructure and company stories: each money case states the value, the unit
 * code and what the money is.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { claimSource, run, sourceTable } from './who-says-run.js';
import {
  adverbSourceRows,
  commitmentRows,
  currencyCases,
  deckRows,
  deckSourceRows,
  employerSpeakerRows,
} from './tech.cases.js';
import { sentenceClaims } from '../helpers/claims.js';

describe('currencies of infrastructure and company stories', () => {
  for (const c of currencyCases)
    it(c.text, () => {
      const q = extractQuantities(c.text).find((x) => (x.value ?? x.high ?? x.low) === c.n);
      expect(q, 'a quantity with the value').toBeDefined();
      const bound = c.bound ?? 'exact';
      expect(q!.bound).toBe(bound);
      expect(q!.unitCode).toBe(c.unit);
      expect(q!.measure).toBe(c.measure);
    });
});

describe('clean/standfirst: the deck under a headline keeps its claims', () => {
  it.each(deckRows)('%#: %s → %s', (raw, number, claimed) => {
    const article = run(raw);
    const at = raw.indexOf(number);
    const found = article.claims.some(
      (c) =>
        c.quantity.text.includes(number) &&
        article.text.includes(raw.slice(raw.lastIndexOf('\n', at) + 1, at + number.length)),
    );
    expect(found).toBe(claimed);
  });
});

describe('attributions: an adverb between the speaker and the cue', () => {
  sourceTable(adverbSourceRows);
});

describe('claims/modality/commitment: an agreement or a hope to act', () => {
  it.each(commitmentRows)('%s (%s) → %s', (text, number, status) => {
    const claim = sentenceClaims(text).find((c) => c.quantity.text.includes(number));
    expect(claim?.status.value).toBe(status);
  });
});

describe('attributions/employer-role-name: the speaker after an employer and a role', () => {
  it.each(employerSpeakerRows)('%s → %s', (text, speaker) => {
    const quote = run(text).quotes[0];
    expect(quote?.speakerName).toBe(speaker);
  });
});

describe("claims/deck-lead-source: an uncredited deck takes the lead's speaker", () => {
  it.each(deckSourceRows)('%#: %s (%s) → %s', (raw, number, source) => {
    expect(claimSource(raw, number)?.toLowerCase() ?? null).toBe(source);
  });
});
