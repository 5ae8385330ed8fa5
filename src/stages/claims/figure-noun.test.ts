import { describe, expect, it } from 'vitest';
import { analyse } from '../../analyse.js';

/** Text, the number, and the action its claim must take. */
const CASES: Array<[string, string, string | null]> = [
  [
    'Police said 3,000 people marched through Ostrava. The union put the figure at 9,000, and said 40 buses had arrived.',
    '9,000',
    'attend',
  ],
  [
    'Police said 3,000 people marched through Ostrava. The union revised its estimate up to 11,000 from the 9,000 it had given.',
    '9,000',
    'attend',
  ],
  // The measure named in its own sentence: the number's own verb stands.
  ['The number of people evacuated rose to 900 on Friday.', '900', 'evacuate'],
];

describe('claims/figure-noun-action', () => {
  it.each(CASES)('%s → %s', (text, number, action) => {
    const article = analyse({ source: 'case.txt', raw: text, format: 'text' });
    const claim = article.claims.find((c) => c.quantity.number.text === number);
    expect(claim?.action?.value ?? null).toBe(action);
  });
});
