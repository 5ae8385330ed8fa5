/**
 * Table cases from geological-disaster stories (quakes, eruptions, landslides): invented sentences about floods,
 * storms, fires, strikes, markets and epidemics, never from an annotated corpus.
 */

import type { SourceRow } from './who-says-run.js';

/** attributions/counting-subject: a body that records, counts or lists a figure is its source. */
export const countingSubjectRows: SourceRow[] = [
  ['The fire brigade recorded 212 call-outs during the storm on Saturday night.', '212', 'fire brigade'],
  ['The health board counted 48 new cases of cholera in the week to Friday.', '48', 'health board'],
  ['Election officials registered 3,400 complaints on polling day.', '3,400', 'Election officials'],
  ['The Westmark Coastguard logged 37 rescues along the estuary over the holiday.', '37', 'Westmark Coastguard'],
  ['The statistics bureau listed 1,250 firms as insolvent in March.', '1,250', 'statistics bureau'],
  ['Police have counted more than 90 looted shops since the riots began.', '90', 'police'],
  [
    'The Danube Flood Authority measured it at 7.4 metres, the highest reading in a decade.',
    '7.4',
    'Danube Flood Authority',
  ],
  // A whole list after the verb is the counting body's.
  ['The agency counted 9,100 displaced people: 5,000 in Lunda and 4,100 in Moxico.', '4,100', 'agency'],
  // A spelled count after the verb, and teams that count (invented, fire family).
  [
    "The county medical examiner's office counted nine deaths linked to the blaze.",
    'nine',
    "county medical examiner's office",
  ],
  ['The harbour authority lists twelve trawlers as lost in the gale.', 'twelve', 'harbour authority'],
  ['Assessment teams counted 310 homes destroyed in the two parishes.', '310', 'Assessment teams'],
  ['Survey teams logged 58 landslides along the pass by Sunday.', '58', 'Survey teams'],
  // A share ("two of") is no count, and a player or a place that "records" a spelled number is no source.
  ['The inspectorate listed two of the bridges as unsafe.', 'two', null],
  ['The goalkeeper recorded three clean sheets in the cup.', 'three', null],
  ['Lisbon recorded forty millimetres of rain overnight.', 'forty', null],
  // A place, an event or a player that "records" a number is not a source.
  ['Tokyo recorded 35.2C on Tuesday, the hottest day of the year.', '35.2C', null],
  ['The storm measured 940 hectopascals at its centre.', '940', null],
  ['The striker recorded 14 goals in the league this season.', '14', null],
  ['The town registered 40 millimetres of rain overnight.', '40', null],
];

/** A sentence, the measure of its `at`-th quantity (default 0) and the rule that found it. */
export type MeasureRow = [string, string, string | null, number?];

/** quantities/magnitude-reading: a bare decimal read, measured or estimated after a quake is named is its magnitude. */
export const magnitudeReadingRows: MeasureRow[] = [
  ['The tremor woke the valley before dawn. The national observatory measured it at 5.6.', 'magnitude', null],
  ['Two aftershocks followed overnight, the larger measuring 4.7.', 'magnitude', null, 1],
  [
    "Seismologists disagreed on the earthquake's size. The university stood by its reading of 6.2, while the survey kept its estimate at 5.9.",
    'magnitude',
    'quantities/magnitude-reading',
  ],
  [
    "Seismologists disagreed on the earthquake's size. The university stood by its reading of 6.2, while the survey kept its estimate at 5.9.",
    'magnitude',
    'quantities/magnitude-reading',
    1,
  ],
  ['An undersea quake shook the islands on Monday, registering 6.1 according to the agency.', 'magnitude', null],
];

/** Decimals that a quake word nearby does not make magnitudes. */
export const notMagnitudeRows: string[] = [
  'The river gauge was measured at 4.5 metres at the bridge after the earthquake.',
  'The inflation reading of 2.4 surprised markets.',
  'The quake hit at dawn. Consumer prices kept their pace at 3.1 in May, the statistics office said.',
];

/** quantities/alert-level: a grade on an alert or warning scale is a label, never a claim. */
export const alertLevelNegatives: string[] = [
  'Forecasters raised the flood warning level to 4 on Tuesday night.',
  'The volcano observatory kept the alert level at 2 despite the ash plume.',
  'The capital remains under Alert Level 3 until further notice.',
  'Officials lowered the threat level to 3, meaning an attack is possible.',
  'The fire service declared a level 5 emergency as the blaze reached the suburbs.',
  'The river board moved the district to level 4 of its warning system.',
];
/** Counts near an alert that stay claims. */
export const alertLevelControls: [string, number][] = [
  ['The alert level was raised after 3 villages were evacuated.', 3],
  ['About 2,000 residents were moved out under the new warning level.', 2000],
];

/** quantities/minus-temperature: a temperature after `minus` is below zero; [text, value, low, high]. */
export const minusTemperatureRows: [string, number | null, number | null, number | null][] = [
  ['Temperatures on the pass fell to minus 14 degrees overnight.', -14, -14, -14],
  ['Lows of minus 20C are forecast for the weekend.', -20, -20, -20],
  ['Night temperatures could drop below minus 8 degrees Celsius, the weather office warned.', null, null, -8],
  ['The thermometer read minus 3.5 degrees Fahrenheit at dawn.', -3.5, -3.5, -3.5],
  // A plus after minus and other units stay positive.
  ['The index rose 5 points, minus 2 for fees.', 5, 5, 5],
  ['Daytime highs of 12 degrees are expected.', 12, 12, 12],
];

const LEAD = 'Floodwater reached the first floor of 300 homes in the lower town on Monday, the fire service said.';
const MORE = 'Crews pumped water through the night and the river began to fall by dawn.';

/** metadata/place-date-line: `Place, Weekday, Month D, YYYY` under the byline; [raw, published, dateline, byline]. */
export const placeCommaDateRows: [string, string | null, string | null, string | null][] = [
  [
    `River bursts its banks in lower town\nAna Lindqvist\nKarlstad, Monday, March 2, 2026\n\n${LEAD}\n\n${MORE}`,
    '2026-03-02',
    'Karlstad',
    'Ana Lindqvist',
  ],
  [
    `River bursts its banks in lower town\nPort Elgin, 2 March 2026\n\n${LEAD}\n\n${MORE}`,
    '2026-03-02',
    'Port Elgin',
    null,
  ],
  // A weekday before the date is no place.
  [`River bursts its banks in lower town\nMonday, March 2, 2026\n\n${LEAD}\n\n${MORE}`, '2026-03-02', null, null],
];

/** Page furniture of local broadcasters and dailies: [line, the rule that drops it]. */
export const quakeFurnitureLines: Array<[string, string]> = [
  // clean/promo: a station's slot may name its frequency after the hour.
  ['Listen to our evening bulletin every day at 6 pm on 98.7 FM.', 'clean/promo'],
  ['Tune in to our flood special on Sunday at 8pm on 101.3 MHz.', 'clean/promo'],
  // clean/signup: following the outlet on a social network.
  ['Follow the Valley Herald on Instagram and X for live updates.', 'clean/signup'],
  ['Follow Radio Meridian on Facebook | Comments (3)', 'clean/signup'],
  ['Follow Harbour FM on WhatsApp', 'clean/signup'],
  // clean/teaser-link: a bare READ: before a related headline.
  ['READ: How the dam was built and why it failed', 'clean/teaser-link'],
  ['Read: Five things to know about the strike', 'clean/teaser-link'],
];
/** Body sentences that look like that furniture and stay. */
export const quakeBodyLookalikes: string[] = [
  'Follow-up checks found cracks in 40 homes on the hillside.',
  'Follow the river road north for 12 km to reach the camp, police advised.',
  'Read the full report on the council website, the mayor said.',
];

/** attributions/fronted-for-topic: [text, a phrase of the quote, its speaker]. */
export const frontedForRows: [string, string, string][] = [
  [
    'Storm hits coast\n\nHarbour master Kieran Walsh said eight boats were missing.\n\nFor Mary Doyle, 71, who lost her kitchen to the water, the worst is not over. "We have each other," she said.',
    'each other',
    'Mary Doyle',
  ],
  [
    'Mill closes\n\nUnion official Dana Reyes said 300 jobs would go.\n\nFor Tom Baker, a welder for 30 years, the news came by text. "I found out on my phone," he said.',
    'on my phone',
    'Tom Baker',
  ],
  // A "for" inside the sentence stays an object: the subject speaks.
  [
    'Vote count\n\nMayor Lucia Ferro campaigned for Paul Grant on Sunday. "It was close," she said.',
    'It was close',
    'Lucia Ferro',
  ],
];

/** attributions/role-last-org: a plural of people opening a sentence is no organisation a description stands for. */
export const roleLastOrgRows: SourceRow[] = [
  [
    'Schools shut after tremor\n\nSeismologists said the fault had slipped by two metres. The ministry said 40 schools were closed.',
    '40',
    'ministry',
  ],
  [
    'Branches to stay open\n\nEconomists said the slowdown would last. The bank said 1,200 branches would stay open.',
    '1,200',
    'bank',
  ],
];
