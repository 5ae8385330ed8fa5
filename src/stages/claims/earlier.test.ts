/**
 * The earlier level of a change is its own claim, as of the earlier time:
 * `up from 380 a day earlier` counts back from the latest level's time.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../../../test/helpers/claims.js';

const claimsOf = (text: string) => sentenceClaims(text);

/** [sentence, the earlier number, its expected `when`] (published 2024-10-18, a Friday) */
const cases: Array<[string, number, string]> = [
  ['The flood toll reached 412 on Thursday, up from 380 a day earlier.', 380, '2024-10-16'],
  ['Hiring rose by 131,000 in August, up from 71,000 a month earlier.', 71000, '2024-07'],
  ['The loan rate averaged 7.1 percent in September, down from 5.4 percent a year earlier.', 5.4, '2023-09'],
  ['Shelters held 2,100 evacuees, up from 1,700 the day before.', 1700, '2024-10-17'],
  ['Ticket sales hit 9,000 on Tuesday, up from 7,500 the previous week.', 7500, '2024-10-08'],
];

describe('claims: the time of an earlier level', () => {
  for (const [text, value, when] of cases) {
    it(`${text} [${value} as of ${when}]`, () => {
      const claim = claimsOf(text).find((c) => c.quantity.value === value);
      expect(claim?.when?.when).toBe(when);
      expect(claim?.when?.by).toBe('claims/earlier-time');
    });
  }
  it('a later level keeps its own time', () => {
    const claim = claimsOf(cases[0]![0]).find((c) => c.quantity.value === 412);
    expect(claim?.when?.when).toBe('2024-10-17');
  });
});
