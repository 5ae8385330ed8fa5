/** Offered amounts are planned (claims/modality/offer); the people offered something are counted as they are. */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/stages/claims/modality.js';
import { offerRows } from './offers.cases.js';

describe('claims/modality/offer', () => {
  it.each(offerRows)('%s [%s: %s]', (sentence, number, status, rule) => {
    const at = sentence.indexOf(number);
    expect(at).toBeGreaterThanOrEqual(0);
    const got = statusOf(sentence, at, at + number.length, false);
    expect(got.status).toBe(status);
    if (rule) expect(got.cue?.rule).toBe(rule);
  });
});
