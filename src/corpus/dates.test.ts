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

/** [what, opening, weekday (0 = Sunday), month, day]: invented openings. */
const CUES: Array<[string, string, number | null, number | null, number | null]> = [
  ['a weekday in the lede', 'Rescuers on Tuesday pulled two more people from the mud.', 2, null, null],
  ["a weekday's event is not the report's day", "Friday's blast killed four; on Sunday it reopened.", 0, null, null],
  ['last week is no day of the report', 'Since last Monday the river rose; on Wednesday it crested.', 3, null, null],
  ['a month and day without a year', '[Update, March 4, 9:30 a.m.] Turnout passed half of the voters.', null, 3, 4],
  ['a full date is read elsewhere', 'Polls closed on March 4, 2025 across the state.', null, null, null],
  ['an abbreviated month', 'The outbreak began Sept. 12 in the eastern district.', null, 9, 12],
  ['nothing to go on', 'The strike went on.', null, null, null],
];

describe('date cues of undated articles (table)', () => {
  it.each(CUES)('%s', (_what, body, weekday, month, day) => {
    expect(dateCues({ body })).toEqual({ weekday, month, day });
  });
});

describe('story dates', () => {
  it('dates an undated article by its weekday or month-day against the story, and says how', () => {
    const docs: StoryDated[] = [
      { id: 'dated', asOf: '2024-10-30', asOfBy: 'dates/url-path' },
      { id: 'tuesday', asOf: null, cues: { weekday: 2, month: null, day: null } },
      { id: 'wednesday', asOf: null, cues: { weekday: 3, month: null, day: null } },
      { id: 'month-day', asOf: null, cues: { weekday: 5, month: 11, day: 2 } },
      { id: 'other-story', asOf: null, cues: { weekday: 2, month: null, day: null } },
      { id: 'no-cues', asOf: null, cues: { weekday: null, month: null, day: null } },
    ];
    const inStory = ['dated', 'tuesday', 'wednesday', 'month-day', 'no-cues'].map(
      (id) => [id, 's1'] as [string, string],
    );
    const storyOf = new Map([...inStory, ['other-story', 's2']]);
    storyDates(docs, storyOf);
    expect(docs.map((d) => [d.id, d.asOf, d.asOfBy ?? null])).toEqual([
      ['dated', '2024-10-30', 'dates/url-path'],
      ['tuesday', '2024-11-05', 'dates/weekday-story'],
      ['wednesday', '2024-10-30', 'dates/weekday-story'],
      ['month-day', '2024-11-02', 'dates/month-day-story-year'],
      ['other-story', null, null],
      ['no-cues', null, null],
    ]);
  });
});
