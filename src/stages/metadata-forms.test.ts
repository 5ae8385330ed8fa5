/**
 * The publication dates and datelines of scraped records, in the styles outlets print them: one table of invented
 * openings (a headline, the lines a scrape keeps around it, a lead), each with the dateline and the date the text
 * states, and the rule id that reads the date. Negatives: dates inside the story, labels and shouted words.
 */
import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../article.js';
import { createContext } from '../pipeline.js';
import { cleanStage } from './clean.js';
import { metadataStage } from './metadata.js';
import { bylineName } from './metadata/header.js';
import { isBylineLine } from './clean/line-rules.js';
import { publishedPart, swappableDate } from './metadata/published.js';

function run(raw: string, url = 'https://www.riverside-post.example/news/valley-flood'): Article {
  const article = Object.assign(createArticle({ source: 'test', raw, format: 'record' }), { url });
  const ctx = createContext({});
  cleanStage.run(article, ctx);
  metadataStage.run(article, ctx);
  return article;
}

const T = 'River bursts its banks as storm stalls over the valley';
const LEAD = 'Floodwaters forced about 3,000 residents from their homes on Friday, the regional fire service said.';
const MORE = 'Crews reinforced the levee overnight with sandbags.';

/** [opening of the record, dateline, published, rule id of the date (null: any)] */
type Row = [string, string | null, string | null, string | null];

const PUBLICATION_LINES: Row[] = [
  [`${T}\nPublished 9:14 AM EST, March 3, 2023\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nUpdated: 03/03/2023 09:14 GMT\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nMon 6 Mar 2023 09.14 GMT\n\n${LEAD}`, null, '2023-03-06', 'metadata/date-line'],
  [`${T}\n3 March 2023, 09:14 IST\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nMarch 3, 2023 at 9:14 a.m. ET\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\n2023-03-03T09:14:00Z\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\n2023-03-03T09:14:00+05:30\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nPosted on 3rd March 2023\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nFirst published on Fri 3 Mar 2023 09.14 GMT\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nLast modified on Fri 3 Mar 2023 11.02 GMT\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nMarch 3, 2023\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nBy Jane Roe | March 3, 2023\n\n${LEAD}`, null, '2023-03-03', 'metadata/byline-date'],
  [`${T}\nBy Jane Roe, March 3, 2023\n\n${LEAD}`, null, '2023-03-03', 'metadata/byline-date'],
  [`${T}\nBy Jane Roe\nMarch 3, 2023\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nFriday, March 3, 2023\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nFri, Mar 3 2023 9:14 AM EST\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [
    `${T}\nPublished Fri, Mar 3 2023 9:14 AM EST\nUpdated Fri, Mar 3 2023 11:02 AM EST\n\n${LEAD}`,
    null,
    '2023-03-03',
    null,
  ],
  [`${T}\nMarch 3, 2023 / 9:14 AM / Updated 2 hours ago\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\n03 Mar 2023, 09:14 AM IST\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nPublished on: March 3, 2023 9:14 am\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nPublished: Friday, March 3, 2023, 9:14 AM\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nUpdated on March 3, 2023 9:14 am CET\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\n2023/03/03 09:14\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nMar 3, 2023 09:14 JST\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nMarch 3, 2023 | 9:14 AM\n\n${LEAD}`, null, '2023-03-03', 'metadata/date-line'],
  [`${T}\nPUBLISHED: 09:14 GMT, 3 March 2023 | UPDATED: 11:02 GMT, 3 March 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nDate: March 3, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\n3 Mar, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3rd, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nFriday, 3rd March 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`Friday, March 3 2023, 09:14 AM\n${T}\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nJane Roe\nPublished 9:14 AM ET Mar 3, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nJane Roe | Reporter\nMarch 3, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nPublished - March 03, 2023 09:14 am IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nUpdated - March 03, 2023 11:02 am IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nLast Updated: March 3, 2023, 09:14 IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nEdited By: Jane Roe | Updated: Mar 3, 2023, 09:14 IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nJane Roe | TNN | Updated: Mar 3, 2023, 09:14 IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nBy Jane Roe • Published March 3, 2023 • 4 min read\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 2023 9:14 AM EST • 3 min read\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMar. 3, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 2023 — 9:14 AM EST\n\n${LEAD}`, null, '2023-03-03', null],
  [
    `${T}\nPosted: Mar 3, 2023 / 09:14 AM EST / Updated: Mar 3, 2023 / 11:02 AM EST\n\n${LEAD}`,
    null,
    '2023-03-03',
    null,
  ],
  [`${T}\n9:14 AM EST March 3, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nBy Jane Roe, The Riverside Post\nMarch 3, 2023 9:14 AM\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 2023, 9:14 AM UTC / Updated March 3, 2023, 11:02 AM UTC\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\n3 March 2023 · 4 min read\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 2023 Updated 11:02 a.m. ET\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nPublished Mar 3, 2023 9:14AM EST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nTuesday 7 March 2023 10:15, UK\n\n${LEAD}`, null, '2023-03-07', null],
  [`${T}\nRiverside Post - Mar 3, 2023 - 09:14 | All, World\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nPublished Friday, March 3, 2023 9:14AM\n\n${LEAD}`, null, '2023-03-03', null],
  // metadata/date-line and header-date: the publication part of a line that names an update too
  [`${T}\nUpdated March 3, 2023 9:14 pm ET | Published March 2, 2023 8:00 pm ET\n\n${LEAD}`, null, '2023-03-02', null],
  [
    `${T}\nLast Updated: Mar. 3, 2023 at 11:02 a.m. ET First Published: Mar. 2, 2023 at 9:14 a.m. ET\n\n${LEAD}`,
    null,
    '2023-03-02',
    null,
  ],
  [
    `${T}\nUpdated Sat, Mar 4 2023 8:00 AM EST\nPublished Fri, Mar 3 2023 9:14 AM EST\n\n${LEAD}`,
    null,
    '2023-03-03',
    null,
  ],
  [
    `${T}\nPublished Fri, Mar 3 2023 9:14 AM EST Updated Fri, Mar 3 2023 11:02 AM EST\n\n${LEAD}`,
    null,
    '2023-03-03',
    null,
  ],
  [`${T}\nPublished Fri, Mar 3 20239:14 AM EST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 2023 at 9:14 AM EST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nUpdated on: March 3, 2023 / 9:41 AM EST / Riverside Post\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nFri, March 3, 2023 at 9:14 AM EST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMar. 3, 2023 9:14 am ET\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 20239:14 AM ET\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMar 3, 2023 - Weather\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMar 03, 2023, 09:14am EST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMar 03, 2023 09:14 PM IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nBy Jane Roe\n2:14 PM EST, Fri March 3, 2023\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nUpdated on: March 3, 2023 / 9:41 AM EST / RPN/AP\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 2023 (Riverside Daily)\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nRIVERSIDE NEWS - Mar 3, 2023 - 10:55 | All, World\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nIssued on: 03/03/2023 - 06:22\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nPosted Fri 3 Mar 2023 at 6:22am, updated Fri 3 Mar 2023 at 10:11am\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nUpdated - March 03, 2023 10:11 am IST - QUITO\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nRPN World Desk / RIVERSIDEPOST.COM / Updated: Mar 3, 2023, 10:11 IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nWorld | Edited by Jane Roe | Updated: March 03, 2023 10:11 pm IST\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 20236:22 AM GMT+9Updated 2 hours ago\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMarch 3, 2023 6:22 AM GMT+9 Updated 2 hours ago\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nMar. 3, 2023Updated 10:11 a.m. ET\n\n${LEAD}`, null, '2023-03-03', null],
  [
    `${T}\nPublished 6:22 a.m. ET Mar. 3, 2023 | Updated 10:11 a.m. ET Mar. 3, 2023\n\n${LEAD}`,
    null,
    '2023-03-03',
    null,
  ],
  [`${T}\nTue, Mar 3, 2023, 6:22 AM 3 min read\n\n${LEAD}`, null, '2023-03-03', null],
  [`${T}\nPublished On 3 Mar 2023\n\n${LEAD}`, null, '2023-03-03', null],
  // numeric dates: a day over 12 reads one way; a day and month that could swap read only with the URL's date
  [`${T}\n14/03/2023 09:14\n\n${LEAD}`, null, '2023-03-14', null],
  [`${T}\n03.14.2023\n\n${LEAD}`, null, '2023-03-14', null],
  [`${T}\n03/03/23 9:14 AM ET\n\n${LEAD}`, null, '2023-03-03', null],
  // a note closing the story
  [`${T}\n\n${LEAD}\n\nPublished on March 3, 2023`, null, '2023-03-03', null],
  [
    `${T}\n\n${LEAD}\n\nThis article was first published on March 3, 2023.`,
    null,
    '2023-03-03',
    'metadata/first-published-note',
  ],
  [`${T}\n\n${LEAD}\n${MORE}\n\nUpdated: March 3, 2023 11:02 AM`, null, '2023-03-03', null],
  // a headline, a standfirst and a photo caption before the date line
  [
    `${T}\nResidents of low-lying streets were told to leave before dawn\nA man wades through a flooded street on Friday. (Photo: Jane Roe)\nPublished March 3, 2023\n\n${LEAD}`,
    null,
    '2023-03-03',
    null,
  ],
];

const DATELINES: Row[] = [
  [`ROME (Reuters) - ${LEAD}`, 'ROME', null, null],
  [`ROME, March 3 (AP) — ${LEAD}`, 'ROME', null, null],
  [`ROME — ${LEAD}`, 'ROME', null, null],
  [`Rome, Italy — ${LEAD}`, 'Rome, Italy', null, null],
  [`ROME: ${LEAD}`, 'ROME', null, null],
  [`TOKYO, Japan, March 3 -- ${LEAD}`, 'TOKYO, Japan', null, null],
  [`KATHMANDU, Nepal (AFP) — ${LEAD}`, 'KATHMANDU, Nepal', null, null],
  [`Kathmandu, Nepal (AFP) — ${LEAD}`, 'Kathmandu, Nepal', null, null],
  [`Kathmandu (AFP) — ${LEAD}`, 'Kathmandu', null, null],
  [`ST. LOUIS (AP) — ${LEAD}`, 'ST. LOUIS', null, null],
  [`PORT-AU-PRINCE, Haiti (AP) — ${LEAD}`, 'PORT-AU-PRINCE, Haiti', null, null],
  [`NEW DELHI, India (AP) — ${LEAD}`, 'NEW DELHI, India', null, null],
  [`MEXICO CITY (AP) — ${LEAD}`, 'MEXICO CITY', null, null],
  [`LAGOS, Nigeria — ${LEAD}`, 'LAGOS, Nigeria', null, null],
  [`LAGOS (Reuters) -${LEAD}`, 'LAGOS', null, null],
  [`LAGOS, March 3 — ${LEAD}`, 'LAGOS', null, null],
  [`Lagos, March 3 (Reuters) - ${LEAD}`, 'Lagos', null, null],
  [`Lima, Peru, March 3 (Reuters) - ${LEAD}`, 'Lima, Peru', null, null],
  [`DHAKA, March 3: ${LEAD}`, 'DHAKA', null, null],
  [`Dhaka, March 3 (IANS): ${LEAD}`, 'Dhaka', null, null],
  [`Dhaka, Bangladesh: ${LEAD}`, 'Dhaka, Bangladesh', null, null],
  [`Dhaka: ${LEAD}`, 'Dhaka', null, null],
  [`New Delhi: ${LEAD}`, 'New Delhi', null, null],
  [`Quito CNN — ${LEAD}`, 'Quito', null, null],
  [`Hong Kong CNN — ${LEAD}`, 'Hong Kong', null, null],
  [`QUITO, Ecuador — ${LEAD}`, 'QUITO, Ecuador', null, null],
  // metadata/dateline-slash: two places filed from, joined by a slash
  [`NAIROBI/KAMPALA, March 3 (Reuters) - ${LEAD}`, 'NAIROBI/KAMPALA', null, null],
  [`LIMA/LA PAZ (AFP) — ${LEAD}`, 'LIMA/LA PAZ', null, null],
  [`BRUSSELS/NEW DELHI, March 3 - ${LEAD}`, 'BRUSSELS/NEW DELHI', null, null],
  // metadata/dateline-bracket-region: the region in brackets before the credit, as AFP prints it
  [`Cuenca (Ecuador) (AFP) - ${LEAD}`, 'Cuenca', null, null],
  [`${T}\nBy Jane Roe\n\nSan Pedro Sula (Honduras) (AFP) - ${LEAD}`, 'San Pedro Sula', null, null],
  [`Lyon (France) - ${LEAD}`, 'Lyon', null, null],
  [`LAGOS, Nigeria, March 3, 2023 — ${LEAD}`, 'LAGOS, Nigeria', '2023-03-03', 'metadata/dateline-year'],
  [`LAGOS, March 3, 2023 (AFP) - ${LEAD}`, 'LAGOS', '2023-03-03', 'metadata/dateline-year'],
  [`${T}\nBy Jane Roe\nLAGOS, Nigeria (Reuters) — ${LEAD}`, 'LAGOS, Nigeria', null, null],
  [`${T}\nBy Jane Roe, Associated Press\nLAGOS, Nigeria — ${LEAD}`, 'LAGOS, Nigeria', null, null],
  [`${T}\nBy Jane Roe and John Doe\n\nQuito, Ecuador (AP) — ${LEAD}`, 'Quito, Ecuador', null, null],
  [`${T}\nBy Jane Roe, CNN\n\nQuito CNN — ${LEAD}`, 'Quito', null, null],
  [
    `${T}\nPublished 9:14 AM EST, March 3, 2023\nLAGOS, Nigeria (AP) — ${LEAD}`,
    'LAGOS, Nigeria',
    '2023-03-03',
    'metadata/date-line',
  ],
  [
    `${T}\nPublished 9:14 AM EST, March 3, 2023\nBy Jane Roe\nLAGOS, Nigeria (AP) — ${LEAD}`,
    'LAGOS, Nigeria',
    '2023-03-03',
    'metadata/date-line',
  ],
  [`${T}\nBy Jane Roe\nPublished 9:14 AM EST, March 3, 2023\n\nLAGOS (AP) — ${LEAD}`, 'LAGOS', '2023-03-03', null],
  [`${T}\nMarch 3, 2023\nLAGOS: ${LEAD}`, 'LAGOS', '2023-03-03', null],
  [`${T}\nUpdated Mar 3, 2023 11:02 AM EST\n\nQuito, Ecuador — ${LEAD}`, 'Quito, Ecuador', '2023-03-03', null],
  [`${T}\nQuito | Updated: March 3, 2023 09:14 AM\n\n${LEAD}`, 'Quito', '2023-03-03', null],
  [`Quito, March 3 (Riverside Press)--${LEAD}`, 'Quito', null, null],
  [`QUITO, Pichincha Province--${LEAD}`, 'QUITO, Pichincha Province', null, null],
  [`Washington CNN — ${LEAD}`, 'Washington', null, null],
  [`Washington — ${LEAD}`, 'Washington', null, null],
  [`Tokyo — ${LEAD}`, 'Tokyo', null, null],
  [`${T}\nBy Jane Roe\nAssociated Press\nQUITO (AP) — ${LEAD}`, 'QUITO', null, null],
  [
    `${T}\nBy Jane Roe\nUpdated on: March 3, 2023 / 9:41 AM EST / RPN News\nWashington — ${LEAD}`,
    'Washington',
    '2023-03-03',
    null,
  ],
  [
    `${T}\nBy Jane Roe, Riverside Post\nUpdated 2:14 PM EST, Fri March 3, 2023\nQuito CNN — ${LEAD}`,
    'Quito',
    '2023-03-03',
    null,
  ],
  // metadata/dateline-after-date: a dateline a scrape glued after the date line, or the byline and the date
  [`${T}\nUpdated 9:14 AM EST, March 3, 2023 LAGOS, Nigeria (AP) — ${LEAD}`, 'LAGOS, Nigeria', '2023-03-03', null],
  [`${T}\nBy Jane Roe Updated 9:14 AM EST, March 3, 2023 LAGOS (AP) — ${LEAD}`, 'LAGOS', '2023-03-03', null],
  [`${T}\nUpdated 9:14 AM EST, March 3, 2023 FEMA said on Friday that ${LEAD}`, null, null, null],
  [
    `${T}\nA man wades through a flooded street. (Photo: Jane Roe)\nRescuers searched the banks as the water rose.\nMarch 3, 2023\n\n${LEAD}`,
    null,
    '2023-03-03',
    null,
  ],
  [`${T}\n\nLAGOS, Nigeria (AP) — ${LEAD}\n\nMarch 3, 2023`, 'LAGOS, Nigeria', '2023-03-03', null],
  // metadata/dateline-recent-date: the year of a full date the story states in the days up to the dateline's
  [
    `${T}\n\nQUITO, March 3 (Reuters) - ${LEAD} The river first rose on March 1, 2023, officials said.`,
    'QUITO',
    '2023-03-03',
    'metadata/dateline-recent-date',
  ],
  [`${T}\n\nQUITO, March 3 (Reuters) - ${LEAD} It was the worst flood since 2016.`, 'QUITO', null, null],
  [`${T}\n\nQUITO, March 3 (Reuters) - ${LEAD} A hearing is set for March 20, 2023.`, 'QUITO', null, null],
  [
    `${T}\n\nQUITO, Jan. 4 (Reuters) - ${LEAD} The storm broke on Dec. 30, 2022, and the river rose on 2 January 2023.`,
    'QUITO',
    '2023-01-04',
    'metadata/dateline-recent-date',
  ],
];

const NEGATIVES: Row[] = [
  [`UPDATE: ${LEAD}`, null, null, null],
  [`UPDATE 2-${LEAD}`, null, null, null],
  [`BREAKING NEWS: ${LEAD}`, null, null, null],
  [`LIVE UPDATES: ${LEAD}`, null, null, null],
  [`JUST IN: ${LEAD}`, null, null, null],
  [`WARNING: ${LEAD}`, null, null, null],
  [`PHOTOS: ${LEAD}`, null, null, null],
  [`Update: ${LEAD}`, null, null, null],
  [`Watch: ${LEAD}`, null, null, null],
  [`Editor's note: ${LEAD}`, null, null, null],
  [`Background: ${LEAD}`, null, null, null],
  [`NASA said on Friday that ${LEAD}`, null, null, null],
  [`FEMA — the federal disaster agency — said ${LEAD}`, null, null, null],
  [`US — ${LEAD}`, null, null, null],
  [`FLOOD WARNING — ${LEAD}`, null, null, null],
  [`${T}\n\nOn March 3, 2021, the river burst its banks. ${LEAD}`, null, null, null],
  [`${T}\n\n${LEAD} The last flood, on March 3, 2021, killed 12 people.`, null, null, null],
  [`${T}\n\nThe floods of March 3, 2021 remain the worst on record. ${LEAD}`, null, null, null],
  [`${T}\n\n${LEAD}\n\nThe levee was last raised on 4 April 2019.\n${MORE}`, null, null, null],
  [`Editor's note: This story was updated on March 3, 2023.\n\n${LEAD}`, null, null, null],
  [`${T}\nUpdated 2 hours ago\n\n${LEAD}`, null, null, null],
  [`March 3, 2021: the day the river rose\n\n${LEAD}`, null, null, null],
  [`${T}\n\nBy March 3, 2023, officials said, the river would crest. ${LEAD}`, null, null, null],
  [`Smith, who led the count — and lost — said ${LEAD}`, null, null, null],
  [`${T}\n04/03/2023 09:14\n\n${LEAD}`, null, null, null],
  [`Meanwhile — ${LEAD}`, null, null, null],
  [`Yes — ${LEAD}`, null, null, null],
  [`Japanese — ${LEAD}`, null, null, null],
  [`Issued on: 02/03/2023 - 06:22\n\n${LEAD}`, null, null, null],
  [`${T}\n\n${LEAD} The study was first published on March 3, 2021 in a journal.`, null, null, null],
  [
    `${T}\n\nQUITO, March 3 (Reuters) - ${LEAD} Rains on Feb. 27, 2023 and on March 1, 2022 were lighter.`,
    'QUITO',
    null,
    null,
  ],
];

/** More publication lines in the styles sites print near the top or the foot of a story (December 2026). */
const MORE_LINES: Row[] = [
  [`${T}\nPublished 7 December 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nUpdated: Dec 7, 2026 3:41 p.m. ET\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nFirst published on Mon 7 Dec 2026 09.14 GMT\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\n7 Dec 2026, 10:02 IST\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nDecember 7, 2026 / 6:04 AM / Updated 2 hours ago\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nMon, December 7, 2026 at 3:41 PM\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nDec. 7, 2026, at 3:41 p.m.\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\n07 December 2026 | 10:02\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nMonday 7 December 2026 10:02\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\n7th December 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\n2026-12-07 10:02\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPublished at 10:02 on 7 December 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nLast updated 10:02, 7 December 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nBy Jane Roe • December 7, 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nJane Roe — Dec 7, 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPUBLISHED ON DEC 7, 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nDec 7, 2026 | Updated 3:41 p.m.\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nUpdated December 7, 2026 at 3:41 pm\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nMonday, 7 December, 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nDecember 07, 2026 03:41 PM EST\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPosted: Monday, December 7, 2026 3:41 PM\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPosted December 7, 2026 by Jane Roe\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nStory published: 7 December 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nDate published: December 7, 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPublished on 07 Dec 2026 10:02 AM\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPublished 10:02 AM EST Dec 07, 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nDec 7 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\n7 December 2026 10:02 GMT\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nMonday December 7 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nMon 7 Dec 2026 15.30 GMT. Last modified on Mon 7 Dec 2026 17.10 GMT\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nUPDATED 7 DECEMBER 2026\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nLast Updated : 07 Dec 2026, 10:02 IST\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPublished By : Jane Roe | Last Updated: December 07, 2026, 10:02 IST\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nUpdated On - 7 December 2026 at 10:02 AM\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\n7 December 2026 - 10:02\n\n${LEAD}`, null, '2026-12-07', null],
  [`${T}\nPosted on 14/12/2026\n\n${LEAD}`, null, '2026-12-14', null],
  [`${T}\nPosted on 12/14/2026\n\n${LEAD}`, null, '2026-12-14', null],
  [`${T}\nSunday, December 6 2026, 11:41 PM\nSunday, December 6 2026, 11:41 PM\n\n${LEAD}`, null, '2026-12-06', null],
  [`${T}\nDecember 7, 2026 Photo\n\n${LEAD}`, null, '2026-12-07', null],
  [
    `${T}\nWritten by Jane Roe\nRiverside | Updated: December 7, 2026 07:26 AM IST\n3 min read\n\n${LEAD}`,
    'Riverside',
    '2026-12-07',
    null,
  ],
  [`${T}\n\n${LEAD}\n${MORE}\n\nOriginally published December 7, 2026.`, null, '2026-12-07', null],
  [`${T}\n\n${LEAD}\n${MORE}\n\nDecember 7, 2026`, null, '2026-12-07', null],
  [`${T}\n\n${LEAD}\n${MORE}\n\nPosted December 7, 2026 in World News`, null, '2026-12-07', 'metadata/footer-date'],
  [`${T}\nDec 4, 2026 By Jane Roe\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\nJane Roe, Staff Writer | Dec 4, 2026\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\nDec 4, 2026 | RIVERSIDE NEWS\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\nDecember 4, 2026 — Riverside\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\nUpdated 8:47 AM EST, December 4, 2026\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\nDec. 4, 2026, 8:31 a.m. ET\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\n2026.12.04 10:14\n\n${LEAD}`, null, '2026-12-04', null],
  // a page counter run on after the date
  [`${T}\n14.12.2026 | 10:14 | Views: 3 902\n\n${LEAD}`, null, '2026-12-14', null],
  [`${T}\nDecember 4, 2026 · 1,204 views\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\n4 December 2026 | Comments (12)\n\n${LEAD}`, null, '2026-12-04', null],
  [`FOR IMMEDIATE RELEASE\nDecember 4, 2026\n${T}\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\nFor release 10:00 a.m. (ET) Friday, December 4, 2026\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\nEmbargoed until 00:01 GMT, 4 December 2026\n\n${LEAD}`, null, '2026-12-04', null],
  // metadata/date-order-zone: a numeric date whose day and month could swap, ordered by the zone after it
  [`${T}\n12/04/2026 10:14 AM EST\n\n${LEAD}`, null, '2026-12-04', 'metadata/date-line'],
  [`${T}\n04/12/2026 10:14 AEDT\n\n${LEAD}`, null, '2026-12-04', 'metadata/date-line'],
  [`${T}\nUpdated: 04/12/2026 10:14 BST\n\n${LEAD}`, null, '2026-12-04', null],
  [`${T}\n01-12-2026 14:02 IST\n\n${LEAD}`, null, '2026-12-01', null],
  [`${T}\nJane Roe, Riverside Post Published 8:31 a.m. ET Dec. 4, 2026\n\n${LEAD}`, null, '2026-12-04', null],
  // metadata/lead-date: a full date and a dash opening the lead
  [`${T}\n\nDec 4, 2026 — ${LEAD}`, null, '2026-12-04', 'metadata/lead-date'],
  [`${T}\n\n4 December 2026 - ${LEAD}`, null, '2026-12-04', 'metadata/lead-date'],
  // a copyright year is all the text says: the year only
  [`${T}\n\n${LEAD}\n\n© 2026 The Riverside Post. All rights reserved.`, null, '2026', 'metadata/copyright-year'],
  // no date the text states: a relative time, a swappable numeric date, dates of other events
  [`${T}\nPublished 3 hours ago\n\n${LEAD}`, null, null, null],
  [`${T}\nPosted on 12/07/2026\n\n${LEAD}`, null, null, null],
  [`${T}\n12/04/2026 10:14 GMT\n\n${LEAD}`, null, null, null],
  [`${T}\n01-12-2026 14:02\n\n${LEAD}`, null, null, null],
  [`${T}\n\nOn Friday, Dec. 4, 2026, ${LEAD}`, null, null, null],
  [`${T}\n\n${LEAD} The levee was built on December 7, 1996.`, null, null, null],
  [`${T}\n\n${LEAD} A hearing is set for December 21, 2026.`, null, null, null],
];

describe('metadata: publication lines, datelines and their look-alikes in scraped records', () => {
  for (const [group, rows] of [
    ['publication line', PUBLICATION_LINES],
    ['dateline', DATELINES],
    ['publication line (more)', MORE_LINES],
    ['negative', NEGATIVES],
  ] as const)
    for (const [head, dateline, published, by] of rows)
      it(`${group}: ${JSON.stringify(head.replace(T, 'T').slice(0, 80))}`, () => {
        const a = run(head.includes(LEAD) ? head : `${head}\n\n${LEAD}`);
        expect({ dateline: a.meta.dateline?.value ?? null, published: a.meta.published?.value.iso ?? null }).toEqual({
          dateline,
          published,
        });
        if (by) expect(a.meta.published?.by).toBe(by);
        expect(a.meta.title?.value ?? '').not.toMatch(/\b(?:published|updated|posted)\b/i);
      });
});

describe('metadata: numeric dates and lines with two dates', () => {
  it('reads a day and month that could swap by the date in the URL', () => {
    const raw = `${T}\n04/03/2023 09:14\n\n${LEAD}`;
    expect(run(raw, 'https://www.riverside-post.example/2023/04/03/valley-flood').meta.published?.value.iso).toBe(
      '2023-04-03',
    );
    expect(run(raw, 'https://www.riverside-post.example/2023/03/04/valley-flood').meta.published?.value.iso).toBe(
      '2023-03-04',
    );
    expect(run(raw, 'https://www.riverside-post.example/2023/05/01/valley-flood').meta.published).toBeNull();
  });

  it('bounds the publication by a URL date without stating it, and settles a swappable date with it', () => {
    const url = 'https://www.riverside-post.example/world/2026/12/07/valley-flood';
    const bare = run(`${T}\n\n${LEAD}`, url);
    expect(bare.meta.published).toBeNull();
    expect(bare.meta.publishedBounds).toMatchObject({ after: '2026-12-07', before: '2026-12-07' });
    expect(run(`${T}\nPosted on 12/07/2026\n\n${LEAD}`, url).meta.published?.value.iso).toBe('2026-12-07');
    expect(run(`${T}\nPosted on 07/12/2026\n\n${LEAD}`, url).meta.published?.value.iso).toBe('2026-12-07');
  });

  const urlYears: Array<[string, string, string | null, string | null]> = [
    [`QUITO, March 3 (Reuters) - ${LEAD}`, '/2023/03/03/flood', '2023-03-03', 'metadata/dateline-url-year'],
    [`QUITO, March 3 (Reuters) - ${LEAD}`, '/2023/03/flood', '2023-03-03', 'metadata/dateline-url-year'],
    [`QUITO, Jan. 2 (Reuters) - ${LEAD}`, '/2022/12/30/flood', '2023-01-02', 'metadata/dateline-url-year'],
    [`QUITO, March 3 (Reuters) - ${LEAD}`, '/2023/06/01/flood', null, null],
    [`March 3 (Reuters) - ${LEAD}`, '/2023/03/04/flood', '2023-03-03', 'metadata/dateline-url-year'],
    [`March 3 (Reuters) - ${LEAD}`, '/news/flood', null, null],
    [`QUITO (Reuters) - ${LEAD}`, '/2023/03/04/flood', null, null],
  ];
  for (const [raw, path, iso, by] of urlYears)
    it(`takes the year of ${JSON.stringify(raw.slice(0, 30))} from the URL ${path} only when it is weeks away`, () => {
      const a = run(raw, `https://www.riverside-post.example${path}`);
      expect(a.meta.published?.value.iso ?? null).toBe(iso);
      if (by) expect(a.meta.published?.by).toBe(by);
    });

  const swaps: Array<[string, [string, string] | null]> = [
    ['04/03/2023', ['2023-04-03', '2023-03-04']],
    ['4.3.23 10:15', ['2023-04-03', '2023-03-04']],
    ['03/03/2023', null],
    ['14/03/2023', null],
    ['2023/04/03', null],
    ['March 4, 2023', null],
  ];
  for (const [line, want] of swaps)
    it(`reads ${JSON.stringify(line)} as ${want ? 'two dates' : 'one date'}`, () =>
      expect(swappableDate(line)?.map((d) => d.iso) ?? null).toEqual(want));

  const parts: Array<[string, string | null]> = [
    ['Updated March 3, 2023 | Published March 2, 2023', 'March 2, 2023'],
    ['Last Updated: Mar. 3, 2023 First Published: Mar. 2, 2023', 'Mar. 2, 2023'],
    ['Published Fri, Mar 3 2023 9:14 AM EST Updated Fri, Mar 3 2023 11:02 AM EST', 'Fri, Mar 3 2023 9:14 AM EST'],
    ['Published March 2, 2023', null],
    ['Updated March 3, 2023', null],
  ];
  for (const [line, want] of parts)
    it(`takes the publication part of ${JSON.stringify(line)}`, () => expect(publishedPart(line)).toBe(want));
});

describe('metadata: a byline with its date run on', () => {
  const rows: Array<[string, string | null]> = [
    ['By Jane Roe March 3, 2023', 'Jane Roe'],
    ['By Jane Roe and John Doe Published March 3, 2023', 'Jane Roe and John Doe'],
    ['By Jane Roe Updated 9:14 AM EST, Mar. 3, 2023', 'Jane Roe'],
    ['By Theresa May', 'Theresa May'],
    ['By Jane Marsh', 'Jane Marsh'],
    // a label before the names, where the story was filed, the agency the writers work for
    ['Author: Jane Roe', 'Jane Roe'],
    ['Reporter: Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['Jane Roe in Quito and agencies', 'Jane Roe'],
    ['Jane Roe and John Doe in Port Moresby', 'Jane Roe and John Doe'],
    ['By JANE ROE and JOHN DOE Associated Press', 'JANE ROE and JOHN DOE'],
    ['By Jane Roe Reuters', 'Jane Roe'],
    ['By Associated Press', null],
    ['Text: Omar Haddad', 'Omar Haddad'],
    ['Analysis by Lena Varga', 'Lena Varga'],
    ['Photos by Tomas Reyes and Ana Lind', 'Tomas Reyes and Ana Lind'],
  ];
  for (const [line, name] of rows)
    it(`reads ${JSON.stringify(line)} as ${JSON.stringify(name)}`, () => expect(bylineName(line)).toBe(name));
  // The clean stage finds bylines with the same labels metadata strips.
  for (const line of ['Text: Omar Haddad', 'Analysis by Lena Varga', 'reporter: Jane Roe', 'Written by Ana Lind'])
    it(`finds ${JSON.stringify(line)} as a byline`, () => expect(isBylineLine(line)).toBe(true));
});

describe('metadata: a site header above the headline (masthead, menu, tagline, byline)', () => {
  const H = 'Reservoir spillway opened as heavy rain swells the upper river';
  /** [header lines before the lead, title, outlet, byline] */
  const rows: Array<[string, string, string | null, string | null]> = [
    [
      `The Lakeshore Gazette\nNews | Sport | Opinion | Obituaries\n\n${H}\n\nBy Tomas Reyes`,
      H,
      'The Lakeshore Gazette',
      'Tomas Reyes',
    ],
    [`NORTHFIELD EVENING STAR\n\n${H}\nBy Ada Brook`, H, 'Northfield Evening Star', 'Ada Brook'],
    [`Brookvale Times-Register\nServing the Brook Valley since 1902\n\n${H}`, H, 'Brookvale Times-Register', null],
    [`The Daily Harbinger\nEst. 1887\nLOG IN | SUBSCRIBE\n\n${H}`, H, 'The Daily Harbinger', null],
    [`COAST FM ONLINE\nNews  Weather  Traffic  Podcasts\n\n${H}`, H, 'Coast FM Online', null],
    [
      `The Valley Courier\nHome > Local > Weather\n\n${H}\n\nMara Quist, environment correspondent`,
      H,
      'The Valley Courier',
      'Mara Quist',
    ],
    [`Pinewood Herald\n\n${H}\n\nIvo Brandt | Senior reporter`, H, 'Pinewood Herald', 'Ivo Brandt'],
    [`The Harbour Mercury\n\n${H}\n\nBy ODETTE LAINE Associated Press`, H, 'The Harbour Mercury', 'ODETTE LAINE'],
    [`${H}\n\nBy ODETTE LAINE and PIET DROST Associated Press`, H, null, 'ODETTE LAINE and PIET DROST'],
    // A short headline whose last word is a masthead word stays the headline when no headline follows it.
    [`Union Rejects Pay Offer From Post\n\nBy Tomas Reyes`, 'Union Rejects Pay Offer From Post', null, 'Tomas Reyes'],
    ['Strikers Return to Work Times', 'Strikers Return to Work Times', null, null],
    // A headline with a founding year, or with wide gaps a scrape left in it, is no tagline or menu.
    ['Inflation at its highest level since 1982', 'Inflation at its highest level since 1982', null, null],
    ['Fire kills  3 in  Leeds tower block', 'Fire kills  3 in  Leeds tower block', null, null],
    // A headline that ends in a quoted phrase is the headline, not the first paragraph.
    [
      `The Lakeshore Gazette\n\nMayor warns residents near the levee of 'a long night ahead'\n\nBy Tomas Reyes`,
      "Mayor warns residents near the levee of 'a long night ahead'",
      'The Lakeshore Gazette',
      'Tomas Reyes',
    ],
  ];
  for (const [head, title, outlet, byline] of rows)
    it(`reads ${JSON.stringify(head.replace(H, 'H').slice(0, 70))}`, () => {
      const a = run(`${head}\n\n${LEAD}\n\n${MORE}`, 'https://example.com/a');
      expect({ title: a.meta.title?.value ?? null, byline: a.meta.byline?.value ?? null }).toEqual({ title, byline });
      if (outlet) expect(a.meta.outlet).toMatchObject({ value: outlet, by: 'metadata/masthead' });
      else expect(a.meta.outlet?.by).not.toBe('metadata/masthead');
      expect(a.text).not.toMatch(/Tomas Reyes|LOG IN|Podcasts|Home > Local/);
    });
});

describe('metadata: a masthead line above the headline names the outlet', () => {
  const HEAD = 'Storm floods valley towns as the river bursts its banks';
  const rows: Array<[string, string | null, string]> = [
    [`The Valley Courier\nNews › World\n${HEAD}`, 'The Valley Courier', HEAD],
    [`RIVERSIDE STANDARD\nWORLD  |  AMERICAS\n${HEAD}`, 'Riverside Standard', HEAD],
    [`Harbour Echo\n${HEAD}\nBy Jane Roe`, 'Harbour Echo', HEAD],
    [`Newsline24\nHome > World\n${HEAD}`, 'Newsline24', HEAD],
    // A short headline with a deck under it is no masthead; nor is a headline that ends in a newspaper word.
    ['Levee Holds Overnight\nEngineers say the spillway can take another week of rain', null, 'Levee Holds Overnight'],
    [`Voters Back Reform\n${HEAD}`, null, 'Voters Back Reform'],
  ];
  for (const [head, outlet, title] of rows)
    it(`reads ${JSON.stringify(head.slice(0, 40))}`, () => {
      const a = run(`${head}\n\n${LEAD}\n\n${MORE}`, 'https://unknown.example/story');
      expect(a.meta.title?.value).toBe(title);
      if (outlet) expect(a.meta.outlet?.value).toBe(outlet);
      else expect(a.dropped.some((d) => d.by === 'clean/masthead')).toBe(false);
    });
});
