import { describe, expect, it } from 'vitest';
import { claimValue, numbersIn, wordStem } from './search.js';

describe('numbersIn: a number in any spelling is the value a claim stores', () => {
  it.each([
    ['12000', [12000], ''],
    ['12,000', [12000], ''],
    ['12k', [12000], ''],
    ['12K troops', [12000], 'troops'],
    ['1.5 million', [1500000], ''],
    ['2.4bn pledged', [2400000000], 'pledged'],
    ['40 thousand evacuees', [40000], 'evacuees'],
    ['flood 2023', [2023], 'flood'],
    ['12,000 and 12000', [12000], 'and'],
    ['wildfires', [], 'wildfires'],
    ['covid-19 cases', [], 'covid-19 cases'],
    ['a3 motorway', [], 'a3 motorway'],
  ])('%s', (q, values, rest) => {
    expect(numbersIn(q)).toEqual({ values, rest });
  });
});

describe('claimValue: a value as reported', () => {
  it.each([
    [{ value: 600, low: null, high: null, approximate: true }, 'around 600'],
    [{ value: null, low: 13000, high: null, approximate: false, text: 'more than 13,000 homes' }, 'more than 13,000'],
    [{ value: null, low: 600, high: null, approximate: false, text: 'at least 600 families' }, 'at least 600'],
    [{ value: null, low: 600, high: null, approximate: false }, 'at least 600'],
    [{ value: 90, low: 90, high: 90, approximate: true, text: 'nearly 90 wells' }, 'nearly 90'],
    [{ value: null, low: null, high: 27, approximate: false }, 'up to 27'],
    [{ value: null, low: 200, high: 300, approximate: false }, '200–300'],
  ])('%j', (c, text) => {
    expect(claimValue(c)).toBe(text);
  });
});

describe('wordStem: a query word finds its inflections as a substring', () => {
  it.each([
    ['evacuate', ['evacuated', 'evacuations', 'evacuating', 'evacuate']],
    ['evacuations', ['evacuate', 'evacuated', 'evacuation']],
    ['flooding', ['flood', 'floods', 'flooded', 'floodwater']],
    ['strikes', ['strike', 'striking', 'strikers']],
    ['fires', ['fire', 'fired', 'wildfires']],
    ['casualties', ['casualty', 'casualties']],
    ['elections', ['election', 'elected', 'elects']],
    ['infected', ['infection', 'infections', 'infects']],
    ['Markets', ['market', 'marketed', 'marketing']],
    ['rapidly', ['rapid', 'rapidly']],
  ])('%s', (query, texts) => {
    const stem = wordStem(query);
    for (const t of texts) expect(t.toLowerCase(), `"${query}" → "${stem}"`).toContain(stem);
  });

  it.each([
    ['war', 'war'],
    ['dies', 'dies'],
    ['aid', 'aid'],
  ])('keeps a short word whole: %s', (query, stem) => {
    expect(wordStem(query)).toBe(stem);
  });
});
