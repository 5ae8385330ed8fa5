import { describe, expect, it } from 'vitest';
import { MEASURE_SYNONYMS } from './measures.js';
import { actionOf } from './actions.js';
import { NUMBER_WORD_VALUES, numberWordPattern } from './number-words.js';
import { UNITS } from '../stages/quantities/lexicon.js';
import { MEASURE_SYNONYMS as STAGE_MEASURES } from '../stages/quantities/lexicon.js';
import { actionKey, measureKey, partyKey } from '../corpus/normalise.js';

describe('shared vocabulary', () => {
  it('the quantities stage and the corpus read one measure table', () => {
    expect(STAGE_MEASURES).toBe(MEASURE_SYNONYMS);
    expect(measureKey('soldiers')).toBe('troops');
    expect(measureKey('deaths')).toBe('people');
    expect(measureKey('campaign cash')).toBe(measureKey('campaign money'));
    expect(MEASURE_SYNONYMS['constructor']).toBeUndefined();
  });

  it('groups action words through the claims stage table', () => {
    expect(actionOf('dispatched')).toBe('deploy');
    expect(actionOf('send')).toBe('deploy');
    expect(actionOf('die')).toBe('kill');
    expect(actionOf('live')).toBe('live');
    expect(actionKey('hospitalized')).toBe('hospitalize');
    expect(actionKey('captured')).toBe(actionKey('arrest'));
  });

  it('folds demonyms and short names to the gazetteer country', () => {
    expect(partyKey('North Korean')).toBe('north-korea');
    expect(partyKey('DPRK')).toBe('north-korea');
    expect(partyKey('U.S.')).toBe('united-states');
    expect(partyKey('Afghan')).toBe('afghanistan');
  });
});

describe('number words', () => {
  it('the quantities stage reads the shared list', () => {
    expect(UNITS['twelve']).toBe(NUMBER_WORD_VALUES['twelve']);
    expect(Object.keys(UNITS)).toEqual(Object.keys(NUMBER_WORD_VALUES));
    expect(UNITS['constructor']).toBeUndefined();
  });

  it('builds an alternation longest first', () => {
    expect(numberWordPattern((v) => v === 6 || v === 16 || v === 60)).toBe('sixteen|sixty|six');
  });
});
