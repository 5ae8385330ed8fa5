import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../quantities.js';
import { CURRENCY_SYMBOLS, MEASURE_SYNONYMS, MONTHS, SCALES, UNITS, VAGUE_PLURALS } from './lexicon.js';

describe('quantities lexicon', () => {
  it('finds nothing for the names of Object methods', () => {
    for (const t of [UNITS, SCALES, VAGUE_PLURALS, MONTHS, MEASURE_SYNONYMS, CURRENCY_SYMBOLS]) {
      for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])
        expect(t[w]).toBeUndefined();
    }
  });

  it('reads a count before a word that is also an Object method name as one quantity', () => {
    const qs = extractQuantities('Officials said 1,500 constructor workers were sent to the site.');
    expect(qs.map((q) => [q.text, q.value])).toEqual([['1,500 constructor workers', 1500]]);
  });
});
