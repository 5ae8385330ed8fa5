/**
 * Who says so, second table: the cue constructions named in each describe(), with invented sentences
 * (floods, fires, strikes, epidemics, elections, markets). The record's source name is what is checked.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article.js';
import { analyse } from '../../src/analyse.js';
import { claimRecord } from '../../src/records.js';

function run(text: string): Article {
  return analyse({ source: 'case', raw: text, format: 'text' });
}

/** The source a claim record shows for the number written `number` (null = the outlet's own voice). */
function claimSource(text: string, number: string): string | null | undefined {
  const article = run(text);
  const at = text.indexOf(number);
  const claim = article.claims.find((c) => c.quantity.number.start <= at && c.quantity.number.end >= at + 1);
  if (!claim) return undefined;
  return claimRecord(article, claim).sourceName;
}

type Row = [string, string, string | null];

function table(rows: Row[]): void {
  for (const [text, number, source] of rows)
    it(`${number} in ${JSON.stringify(text.slice(0, 70))} → ${source}`, () => {
      const got = claimSource(text, number);
      expect(got === undefined ? '(no claim)' : (got?.toLowerCase() ?? null)).toBe(source?.toLowerCase() ?? null);
    });
}

describe('claims/anonymous: plain officials are credited, unnamed sources are not', () => {
  table([
    ['The toll from the mudslide now stands at 160, officials said on Saturday.', '160', 'officials'],
    ['Officials said 2,400 voters were turned away.', '2,400', 'officials'],
    ['The officials reported 75 burned cars.', '75', 'officials'],
    ['Sources said the strike could draw 9,000 dock workers.', '9,000', null],
    ['Unnamed officials said 300 troops were on standby.', '300', null],
  ]);
});

describe('attributions/verb-after: a clause of circumstance after the cue', () => {
  table([
    [
      'More than 90 passengers were treated for burns, a hospital official said Monday as crews cleared the wreck.',
      '90',
      'hospital official',
    ],
    ['Floodwater reached 3 metres in the old town, the mayor said while touring the area.', '3 metres', 'mayor'],
    ['At least 14 shops were looted, police said amid a second night of unrest.', '14', 'police'],
    ['The mayor said as many as 40 people died in the blaze.', '40', 'mayor'],
  ]);
});

describe('attributions/…/owner-generic and attributions/figures-from: figures speak for the body that owns them', () => {
  table([
    ["The ministry's data showed 5,600 people were displaced by the floods.", '5,600', 'ministry'],
    ["The state fire agency's latest count shows 210 homes burned.", '210', 'state fire agency'],
    ["The health department's figures show 48 new cases of measles.", '48', 'health department'],
    ['Data from the ministry shows 5,600 people were displaced.', '5,600', 'ministry'],
    ['Figures released by the electoral board show 71 percent turnout.', '71', 'electoral board'],
    ["The report's chart shows 40 outbreaks since May.", '40', null],
    ['The latest tally showed 412 deaths across the province.', '412', null],
  ]);
});

/** [text, the quoted words, the speaker's name as found, or '(none)' when the marks hold no quote] */
const quoteRows: Array<[string, string, string]> = [
  // quotes/title-of-work: titles of works and slogans are no speech
  ['The band played the song "Rain on Me" as the water rose.', 'Rain on Me', '(none)'],
  ['Tara Mills wrote a book about the drought, “Dry Years,” in 2019.', 'Dry Years', '(none)'],
  ['Strikers marched under the slogan “Homes Not Hotels” on Friday.', 'Homes Not Hotels', '(none)'],
  ['The exhibition, titled "After the Flood", opens on Monday.', 'After the Flood', '(none)'],
  ['The choir sang "Amazing Grace" outside the burned church.', 'Amazing Grace', '(none)'],
  // still speech
  ['"We lost everything," said Pia Lund, a farmer near the river.', 'We lost everything', 'Pia Lund'],
  [
    'Mayor Ann Cole toured the shelter. "We will rebuild every house," she said.',
    'We will rebuild every house',
    'Ann Cole',
  ],
  [
    'Governor Tom Hale visited the shelter. In a short speech, the new governor told residents they would "never be left behind again."',
    'never be left behind again',
    'Tom Hale',
  ],
];

describe('quotes: speech and the marks that hold none', () => {
  for (const [text, words, speaker] of quoteRows)
    it(`${JSON.stringify(words)} in ${JSON.stringify(text.slice(0, 60))} → ${speaker}`, () => {
      const q = run(text).quotes.find((x) => x.text.includes(words));
      expect(q ? (q.speakerName ?? '(unknown)') : '(none)').toContain(speaker);
    });
});

describe('attributions: base-form cues, relayed reports and participles after an organisation', () => {
  table([
    [
      'However, authorities warn that the toll is expected to rise, with at least 89 people missing.',
      '89',
      'authorities',
    ],
    ['Experts warn of losses reaching up to $15 million from the port closure.', '15', 'Experts'],
    ['Doctors confirm 23 new cases of cholera in the camp.', '23', 'Doctors'],
    ['Forecasters predict 14 named storms this season.', '14', 'Forecasters'],
    ['The Herald reports that officials say at least 17 people died in the flood.', '17', 'officials'],
    ['The radio station reported that police said 40 shops were looted.', '40', 'police'],
    [
      'The Red Cross opened shelters on Monday, warning that 4,000 more people could be displaced.',
      '4,000',
      'Red Cross',
    ],
    ['Rains hit the coast on Monday, flooding 300 homes.', '300', null],
  ]);
});

describe('attributions/…/pronoun-they-subject: "they" of a later clause is the group that opens the sentence', () => {
  table([
    ['Local unions planned a march on Saturday that they said could draw 20,000 people.', '20,000', 'Local unions'],
    ['Farm groups staged a protest that they estimated drew 3,000 tractors.', '3,000', 'Farm groups'],
    ['The rains came on Sunday. They said 300 homes flooded.', '300', null],
  ]);
});
