import { describe, expect, it } from 'vitest';
import { asOfDate, dateCues, storyDates, type StoryDated } from './dates.js';

/** [what, source, date, rule]: invented URLs and openings. */
const CASES: Array<[string, Parameters<typeof asOfDate>[0], string | null, string | null]> = [
  [
    'the publication date wins',
    { published: '2023-05-02', url: 'https://news.example/2023/05/01/flood' },
    '2023-05-02',
    'dates/published',
  ],
  ['a dated URL path', { url: 'https://paper.example/2025/01/09/storm-toll-rises' }, '2025-01-09', 'dates/url-path'],
  [
    'a month name in a URL path',
    { url: 'https://daily.example/stories/2024/oct/03/quake-aid' },
    '2024-10-03',
    'dates/url-path',
  ],
  [
    'a date at the end of a slug',
    { url: 'https://tv.example/india/story/strike-ends-2741-2025-06-14?utm_source=rss' },
    '2025-06-14',
    'dates/url-slug',
  ],
  [
    'a dated first line',
    { body: 'Sunday, March 9 2025, 07:23 PM\nThe ferry capsized near the port.' },
    '2025-03-09',
    'dates/text-head',
  ],
  [
    'a day-month-year opening',
    { body: 'Updated 14 February 2024\nVoters queued for hours.' },
    '2024-02-14',
    'dates/text-head',
  ],
  [
    'a Unix time in a slug',
    { url: 'https://wire.example/news/floods-toll-nears-100-1730319679.html' },
    '2024-10-30',
    'dates/url-epoch',
  ],
  ['a year and month only', { published: '2024-10' }, '2024-10', 'dates/published-partial'],
  ['nothing to go on', { url: 'https://site.example/?p=28480', body: 'Crews worked through the night.' }, null, null],
  ['an article id is no date', { url: 'https://site.example/news/40331056/aid-plan' }, null, null],
];

describe('as-of dates (table)', () => {
  it.each(CASES)('%s', (_what, source, date, by) => {
    expect(asOfDate(source)).toEqual({ date, by });
  });
});

/** [what, opening, weekday (0 = Sunday), month, day, latest full date]: invented openings. */
const CUES: Array<[string, string, number | null, number | null, number | null, string | null]> = [
  ['a weekday in the lede', 'Rescuers on Tuesday pulled two more people from the mud.', 2, null, null, null],
  [
    "a weekday's event is not the report's day",
    "Friday's blast killed four; on Sunday it reopened.",
    0,
    null,
    null,
    null,
  ],
  [
    'last week is no day of the report',
    'Since last Monday the river rose; on Wednesday it crested.',
    3,
    null,
    null,
    null,
  ],
  [
    'a month and day without a year',
    '[Update, March 4, 9:30 a.m.] Turnout passed half of the voters.',
    null,
    3,
    4,
    null,
  ],
  ['a day and month without a year', 'Updated 4 March: turnout passed half of the voters.', null, 3, 4, null],
  ['a modal "may" is no month', 'Officials said 10 may be missing after the slide.', null, null, null, null],
  ['the first of the two orders', 'By 6 May, a week after the April 29 quake, tents went up.', null, 5, 6, null],
  [
    'a full date is no month-day cue',
    'Polls closed on March 4, 2025 across the state.',
    null,
    null,
    null,
    '2025-03-04',
  ],
  [
    'the latest full date of the text',
    'The dam failed on Tuesday. Rain began on 28 February 2025 and the reservoir filled by March 3, 2025.',
    2,
    null,
    null,
    '2025-03-03',
  ],
  ['an abbreviated month', 'The outbreak began Sept. 12 in the eastern district.', null, 9, 12, null],
  ['nothing to go on', 'The strike went on.', null, null, null, null],
];

describe('date cues of undated articles (table)', () => {
  it.each(CUES)('%s', (_what, body, weekday, month, day, anchor) => {
    expect(dateCues({ body })).toEqual({ weekday, month, day, anchor });
  });
});

/** Invented cues: no date, a weekday, a month-day, a full date of its own. */
const cue = (weekday: number | null, month: number | null, day: number | null, anchor: string | null = null) => ({
  weekday,
  month,
  day,
  anchor,
});

describe('story dates', () => {
  it('dates an undated article from a date of its own, never a weekday from other articles', () => {
    const docs: StoryDated[] = [
      { id: 'dated', asOf: '2024-10-30', asOfBy: 'dates/url-path' },
      // 2024-10-27 is a Sunday, before the story's first dated day: its week is unknown without a date of its own.
      { id: 'sunday', asOf: null, cues: cue(0, null, null) },
      { id: 'sunday-own-date', asOf: null, cues: cue(0, null, null, '2024-10-26') },
      { id: 'weekday-of-own-date', asOf: null, cues: cue(6, null, null, '2024-10-26') },
      { id: 'month-day', asOf: null, cues: cue(5, 11, 2) },
      { id: 'month-day-own-year', asOf: null, cues: cue(null, 1, 3, '2025-01-01') },
      { id: 'other-story', asOf: null, cues: cue(2, null, null) },
      { id: 'other-story-month-day', asOf: null, cues: cue(null, 5, 1) },
      { id: 'no-cues', asOf: null, cues: cue(null, null, null) },
      { id: 'state-kept-before-anchors', asOf: null, cues: { weekday: 3, month: null, day: null } },
    ];
    const other = new Set(['other-story', 'other-story-month-day']);
    const storyOf = new Map(docs.map((d) => [d.id, other.has(d.id) ? 's2' : 's1']));
    storyDates(docs, storyOf);
    expect(docs.map((d) => [d.id, d.asOf, d.asOfBy ?? null])).toEqual([
      ['dated', '2024-10-30', 'dates/url-path'],
      ['sunday', null, null],
      ['sunday-own-date', '2024-10-27', 'dates/weekday-own-date'],
      ['weekday-of-own-date', '2024-10-26', 'dates/weekday-own-date'],
      ['month-day', '2024-11-02', 'dates/month-day-story-year'],
      ['month-day-own-year', '2025-01-03', 'dates/month-day-own-year'],
      ['other-story', null, null],
      ['other-story-month-day', null, null],
      ['no-cues', null, null],
      ['state-kept-before-anchors', null, null],
    ]);
  });
});
