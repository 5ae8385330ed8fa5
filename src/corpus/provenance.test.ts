import { describe, expect, it } from 'vitest';
import { claim, doc } from '../../test/helpers/corpus.js';
import { provenanceIndex } from './provenance.js';

describe('provenance/body-officials', () => {
  const index = provenanceIndex([doc('d1', { outlet: 'Harbour Times' })], []);
  const key = (source: string) => index.get(claim({ document: 'd1', value: 5, source })).primary;

  it.each([
    ['coast guard officials', 'the coast guard', true],
    ['County officials', 'county', true],
    ['a ministry spokesperson', 'the ministry', true],
    ['Union sources', 'union', true],
    ['officials', 'the officials', true],
    ['police officials', 'fire officials', false],
    ['coast guard officials', 'officials', false],
  ])('%s and %s', (a, b, same) => {
    expect(key(a) === key(b)).toBe(same);
  });
});
