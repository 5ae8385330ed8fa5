/**
 * Table cases from energy and environment stories: rupees and other currencies written as a glued abbreviation,
 * what a power figure in megawatts measures, temperatures written with a spaced scale letter, and who says a
 * figure joined on after the speaker. Invented sentences about spills, blackouts, heatwaves, floods, strikes and
 * elections.
 */

import type { SourceRow } from './who-says-run.js';
import type { MoneyCase } from './tech.cases.js';

const m = (text: string, n: number, unit: string, measure: string, bound?: MoneyCase['bound']): MoneyCase => ({
  text,
  n,
  unit,
  measure,
  ...(bound ? { bound } : {}),
});

/** quantities/currency (glued abbreviations): `Rs100 million`, `Rs.5,000`, `Tk500`, `KSh2,000`, `Rp50,000`. */
export const gluedCurrencyCases: MoneyCase[] = [
  m('The regulator could fine the distributor up to Rs80 million for the outages.', 80e6, 'INR', 'fine', 'upper'),
  m('The board fined the contractor Rs. 2.5 million over the collapsed culvert.', 2.5e6, 'INR', 'fine'),
  m('Bus fares rose to Rs150 after the fuel price increase.', 150, 'INR', 'fares'),
  m('The city council set aside Rs40 crore for drainage repairs.', 40e7, 'INR', 'drainage repairs funding'),
  m('The factory owners paid Tk4.5 million in compensation to injured workers.', 4.5e6, 'BDT', 'compensation'),
  m('The county paid KSh3.4 million in compensation to traders whose stalls burned.', 3.4e6, 'KES', 'compensation'),
  m('The ministry set aside Rp12 billion for flood repairs.', 12e9, 'IDR', 'flood repairs funding'),
  m('The agency could fine the mill owner up to Rs 20 lakh for polluting the river.', 20e5, 'INR', 'fine', 'upper'),
];

/** Glued capitals before digits that are no currency abbreviation: a flight code stays out. */
export const gluedNotCurrencyRows: Array<[string, string]> = [['Flight TK1980 to Istanbul was cancelled.', '1980']];

/** quantities/power-noun: what a figure in megawatts or gigawatts measures, from the noun or verb that owns it. */
export const powerMeasureRows: Array<[string, number, string]> = [
  ['Electricity demand in the capital peaked at 6,300 megawatts on Friday.', 6300, 'demand'],
  ['Peak demand hit a record 58.4GW on Wednesday evening, the grid operator said.', 58.4, 'demand'],
  ['The utility could generate only about 4,800 MW during the heat.', 4800, 'generation'],
  ['Operators restored 1,150 megawatts of generation by nightfall.', 1150, 'generation'],
  ['The neighbouring state agreed to supply 500MW from next week.', 500, 'supply'],
  ['The shortfall widened to 2,100 MW as two plants tripped.', 2100, 'shortfall'],
  ['The new wind farm will add 450 megawatts of capacity to the grid.', 450, 'capacity'],
  ['The dam has an installed capacity of 1,450 MW.', 1450, 'capacity'],
  ['Load shedding reached 3,200MW at midday, the ministry said.', 3200, 'load shedding'],
];

/** quantities/unit-temperature: a scale letter after a space, and ranges of temperatures. */
export const temperatureRows: Array<[string, number, number | null, number | null]> = [
  ['Forecasters expect highs of 43 to 45 C across the plains this week.', 43, 43, 45],
  ['The mercury reached 39 C in Seville on Sunday.', 39, 39, 39],
  ['Daytime temperatures of 36 to 38C are expected until Friday.', 36, 36, 38],
  ['Night-time lows stayed near 31 F in the valley.', 31, 31, 31],
];

/** Words before a number that must not make a claim: ages said `a girl of seven`, the `half` of a month or year. */
export const energyNegativeRows: Array<[string, string]> = [
  ['Among the injured was a boy of nine, his school said.', 'nine'],
  ['The youngest patient, a girl of 6, was treated for burns.', '6'],
  ['The clinic treated 90 burns patients, the youngest a boy of seven, the director said.', 'seven'],
  ['Power use fell in the first half of March, the operator said.', 'half'],
  ['Sales recovered in the second half of the year, the company said.', 'half'],
];

/** attributions/participle-tail: a number after `X said,` in the sentence (`…, it said, including 40 soldiers`). */
export const saidThenRows: SourceRow[] = [
  [
    'More than 600 people are fighting the fire, the forestry agency said, including 85 soldiers and 40 volunteers.',
    '85',
    'forestry agency',
  ],
  ['The river burst its banks overnight, the water board said, flooding about 300 homes.', '300', 'water board'],
  [
    'Some 2,000 workers stayed home, the transport union said on Friday, including 450 drivers.',
    '450',
    'transport union',
  ],
  // Any present participle joins its effect to the statement; a preposition ending like one does not.
  ['Snow closed the pass on Sunday, the roads agency said, stranding 1,400 drivers.', '1,400', 'roads agency'],
  ['A gas leak shut the plant, the operator said, sending 35 workers home.', '35', 'operator'],
  ['Turnout was high, the election board said, during a count of 12 districts.', '12', null],
];

const STORY =
  'Crews restored power to most of the valley overnight, the utility said on Monday.\n\n' +
  'Repairs to two damaged substations are expected to take the rest of the week, a spokeswoman said.';

/** clean/top-line: page tops whose headline is the line right above the byline: [raw page, headline]. */
export const topLineRows: Array<[string, string]> = [
  [
    `Radio Serrana 101.3 FM | Tarija, Bolivia\nNews for the southern valleys\n\nStorm cuts power to 9,000 homes` +
      `\n\nPosted on 3 March 2026 by Lucía Ortega\n\n${STORY}`,
    'Storm cuts power to 9,000 homes',
  ],
  [
    `HarbourPulse\nThe port city, street by street\n\nHome > City > Weather\n\nWhy the lights went out in Dock Ward` +
      `\n\nPosted by Sam Okoro on 12 July 2026\n\n${STORY}`,
    'Why the lights went out in Dock Ward',
  ],
  // A headline with its deck above the byline keeps its place.
  [
    `Storm cuts power to 9,000 homes\n\nThe utility says most will be reconnected by Friday\n\nBy Lucía Ortega` +
      `\n3 March 2026\n\n${STORY}`,
    'Storm cuts power to 9,000 homes',
  ],
];

/** quantities/total-noun: a toll named by its event (`the heatwave toll`) counts people. */
export const eventTollRows: Array<[string, number]> = [
  ['The Lagos flood toll climbed to 41 on Sunday.', 41],
  ['Delhi heatwave toll rises to 19 as hospitals fill', 19],
  ['The Andes bus crash toll reached 23, police said.', 23],
];
