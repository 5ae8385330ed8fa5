import { describe, expect, it } from 'vitest';
import { createArticle } from '../article.js';
import { createContext } from '../pipeline.js';
import { extractTimes, timesStage } from './times.js';
import type { Reference } from './times/resolve.js';

const day = (iso: string): Reference => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { date: new Date(Date.UTC(y, m - 1, d, 12)), precision: 'day' };
};

/** [text, reference date, expected (text, kind, when) of each time found] */
const cases: Array<[string, string | null, Array<[string, string, string]>]> = [
  [
    'The agency said troops were sent after dispatching 11,000 personnel in October last year.',
    '2025-06-26',
    [['October last year', 'point', '2024-10']],
  ],
  ['The plan is to send 10,000 troops by December.', '2024-10-23', [['by December', 'by', '/2024-12']]],
  ['Deployments could start as early as July.', '2025-06-26', [['as early as July', 'earliest', '2025-07/']]],
  ['Exports have continued since August 2023.', '2024-10-23', [['since August 2023', 'since', '2023-08/']]],
  ['The fighting in 1950-1953 ended in an armistice.', null, [['1950-1953', 'period', '1950/1953']]],
  ['The photo was taken on Oct. 2, 2024.', null, [['Oct. 2, 2024', 'point', '2024-10-02']]],
  ['The minister spoke on Friday.', '2024-10-18', [['Friday', 'point', '2024-10-18']]],
  ['The minister spoke on Wednesday.', '2024-10-18', [['Wednesday', 'point', '2024-10-16']]],
  ['The minister spoke on Wednesday.', null, []],
  ['Last week, the ministry confirmed the figure.', '2024-10-23', [['Last week', 'period', '2024-10-14/2024-10-20']]],
  ['Prices rose this month.', '2019-02-15', [['this month', 'point', '2019-02']]],
  ['In June, the two leaders signed a treaty.', '2024-10-18', [['June', 'point', '2024-06']]],
  ['The plant will stay closed until March 2026.', '2025-01-10', [['until March 2026', 'until', '/2026-03']]],
  ['Arrests peaked in the 2000 fiscal year.', '2019-02-15', [['2000', 'point', '2000']]],
  ['The flood of 2011 destroyed 300 homes.', null, [['2011', 'point', '2011']]],
  [
    'The shutdown lasted from Dec. 22, 2018 to Jan. 25, 2019.',
    null,
    [['Dec. 22, 2018 to Jan. 25, 2019', 'period', '2018-12-22/2019-01-25']],
  ],
  ['She won 1,500 votes and 2,024 ballots were spoiled.', '2024-11-06', []],
  ['The strike idled 4,500 workers, up from 3,900 the week before.', '2024-11-06', []],
  ['Turnout fell from 3,100 to 2,800 voters.', '2024-11-06', []],
  ['The company paid $2,000 in 2019.', null, [['2019', 'point', '2019']]],
  // times/clock-not-year: a four-digit number before a time zone is a time of day.
  ['The ferry sank at 1840 GMT, 40 km offshore.', '2026-03-02', []],
  ['The curfew took effect at 1900 UTC on the island.', '2026-03-02', []],
  ['The bridge, built in 1890, carried 2,000 cars a day.', '2026-03-02', [['1890', 'point', '1890']]],
  ['The quake struck at 11:40 p.m. local time (2040 hrs GMT) in 2026.', null, [['2026', 'point', '2026']]],
];

describe('times', () => {
  for (const [text, ref, expected] of cases) {
    it(`${text} (${ref ?? 'no date'})`, () => {
      const times = extractTimes(text, ref ? day(ref) : null);
      expect(times.map((t) => [t.text, t.kind, t.when])).toEqual(expected);
      for (const t of times) expect(text.slice(t.start, t.end)).toBe(t.text);
    });
  }

  it('the stage resolves against meta.published, at month precision too', () => {
    const article = createArticle({ source: 't', raw: '', format: 'text' });
    article.text = 'Officials said 4,000 troops left since August 2023, and more will go by December.';
    article.meta.published = { value: { iso: '2024-10', precision: 'month' }, by: 'test', certain: true };
    timesStage.run(article, createContext());
    expect(article.times.map((t) => t.when)).toEqual(['2023-08/', '/2024-12']);
    expect(article.times.every((t) => t.by.startsWith('times/'))).toBe(true);
  });
});

describe('times: no reference date', () => {
  it('keeps only what the text fixes by itself, never what the clock would decide', () => {
    const text =
      'The talks lasted for two hours on Monday. Officials said 300 homes were flooded yesterday and repairs would finish in 2 weeks, within a year at most, and the dam was built on June 5, 2011.';
    expect(extractTimes(text, null).map((t) => [t.text, t.when])).toEqual([['June 5, 2011', '2011-06-05']]);
  });
  it('does not read a duration as a time even with a reference', () => {
    expect(extractTimes('The meeting went on for two hours.', day('2024-03-05'))).toEqual([]);
  });
  it("resolves chrono's relative readings against the reference, and the same text without one gives nothing", () => {
    const text = 'The bridge will reopen in 2 weeks, the council said.';
    expect(extractTimes(text, day('2024-03-05')).map((t) => [t.text, t.when])).toEqual([['2 weeks', '2024-03-19']]);
    expect(extractTimes(text, null)).toEqual([]);
  });
});

describe('times: reference precision', () => {
  it('does not resolve `this month` against a year-only publication date', () => {
    const times = extractTimes('Troops arrived this month and more came in 2023.', {
      date: new Date(Date.UTC(2024, 0, 1, 12)),
      precision: 'year',
    });
    expect(times.map((t) => t.when)).toEqual(['2023']);
  });
});
