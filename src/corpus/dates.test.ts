import { describe, expect, it } from 'vitest';
import { asOfDate } from './dates.js';

/** [what, source, date, rule]: invented URLs and openings. */
const CASES: Array<[string, Parameters<typeof asOfDate>[0], string | null, string | null]> = [
  ['the publication date wins', { published: '2023-05-02', url: 'https://news.example/2023/05/01/flood' }, '2023-05-02', 'dates/published'],
  ['a dated URL path', { url: 'https://paper.example/2025/01/09/storm-toll-rises' }, '2025-01-09', 'dates/url-path'],
  ['a month name in a URL path', { url: 'https://daily.example/stories/2024/oct/03/quake-aid' }, '2024-10-03', 'dates/url-path'],
  ['a date at the end of a slug', { url: 'https://tv.example/india/story/strike-ends-2741-2025-06-14?utm_source=rss' }, '2025-06-14', 'dates/url-slug'],
  ['a dated first line', { body: 'Sunday, March 9 2025, 07:23 PM\nThe ferry capsized near the port.' }, '2025-03-09', 'dates/text-head'],
  ['a day-month-year opening', { body: 'Updated 14 February 2024\nVoters queued for hours.' }, '2024-02-14', 'dates/text-head'],
  ['a Unix time in a slug', { url: 'https://wire.example/news/floods-toll-nears-100-1730319679.html' }, '2024-10-30', 'dates/url-epoch'],
  ['a year and month only', { published: '2024-10' }, '2024-10', 'dates/published-partial'],
  ['nothing to go on', { url: 'https://site.example/?p=28480', body: 'Crews worked through the night.' }, null, null],
  ['an article id is no date', { url: 'https://site.example/news/40331056/aid-plan' }, null, null],
];

describe('as-of dates (table)', () => {
  it.each(CASES)('%s', (_what, source, date, by) => {
    expect(asOfDate(source)).toEqual({ date, by });
  });
});
