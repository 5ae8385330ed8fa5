/**
 * Sources named whole: a body's list of fields (`entities/org/field-list`), a country after "of the"
 * (`entities/org/of-the-country`), a country's body named without its owner (`entities/org/possessive-owner`) and a
 * month that is a given name (`entities/person/month-name`). Invented sentences about ports, farms, rail and floods.
 */
import type { SourceRow } from './who-says-run.js';

export const fieldListRows: SourceRow[] = [
  [
    'The Ministry of Fisheries, Ports and Shipping said 31 trawlers were lost in the storm.',
    '31',
    'Ministry of Fisheries, Ports and Shipping',
  ],
  [
    'About 240 wells ran dry, the Department of Water, Forestry and Rural Development said.',
    '240',
    'Department of Water, Forestry and Rural Development',
  ],
  [
    'According to the Ministry of Energy, Mining, and Petroleum, output fell 12% in March.',
    '12%',
    'Ministry of Energy, Mining, and Petroleum',
  ],
  [
    'The Ministry of Youth, Sport and Local Government said 45 halls would reopen.',
    '45',
    'Ministry of Youth, Sport and Local Government',
  ],
  // A country's body is named without its owner.
  [
    "Peru's Ministry of Agriculture, Food and Irrigation said 8,000 hectares were flooded.",
    '8,000',
    'Ministry of Agriculture, Food and Irrigation',
  ],
  ["Chile's Ministry of Transport said 14 bridges were closed.", '14', 'Ministry of Transport'],
  // Bodies or people listed after a body are no fields of its name.
  ['Officials from the Ministry of Health, Caritas and Oxfam said 12 clinics closed.', '12', 'Oxfam'],
  ['The Ministry of Health, Ana Ruiz and Tom Lee said 19 clinics closed.', '19', 'Ana Ruiz'],
  ['The Ministry of Health, the army and police said 22 clinics closed.', '22', 'police'],
];

export const ofTheCountryRows: SourceRow[] = [
  [
    'The Civil Aviation Authority of the Philippines said 37 flights were grounded.',
    '37',
    'Civil Aviation Authority of the Philippines',
  ],
  [
    'About 600 homes were flooded, according to the Water Board of the Netherlands.',
    '600',
    'Water Board of the Netherlands',
  ],
  // A country after "in the" or a government's "of the" stays a country.
  ['Flooding in the Philippines killed 40 people, the Red Cross said.', '40', 'Red Cross'],
  ['The Government of the Philippines said 52 towns were cut off.', '52', 'Philippines'],
];

export const monthNameRows: SourceRow[] = [
  ['Jan Kowalczyk said 40 trains were cancelled on the northern line.', '40', 'Jan Kowalczyk'],
  ['May Tanaka, a harbour pilot, said 17 ships were waiting offshore.', '17', 'May Tanaka'],
  ['The mayor, June Okonkwo, said 230 families had been moved.', '230', 'June Okonkwo'],
  ['"We lost 90 sheep," said April Dunmore, who farms near the river.', '90', 'April Dunmore'],
  ['Rail chief August Lindqvist said 26 stations were closed.', '26', 'August Lindqvist'],
  // A month after a word of time is a date, and a month before a body or an event word is no name.
  ['In May Parliament approved 40 new judges, the clerk said.', '40', 'clerk'],
  ['The plant closed in August, Ostmark Steel said, cutting 61 jobs.', '61', 'Ostmark Steel'],
  ['May Day marches drew 40,000 people, police said.', '40,000', 'police'],
];

/**
 * Bodies whose acts or measures carry a figure: `attributions/funds-subject` (a body pays out a sum),
 * `attributions/counting-subject` (an agency measures a quake), `attributions/stood-by-figure` (its own reading) and
 * `attributions/coordinated-cue` past a body's lower-case modifiers ("the X provincial government … and promised").
 */
export const bodyFigureRows: SourceRow[] = [
  ['The Ostmark provincial government has released Rs 80 million for relief.', '80', 'Ostmark provincial government'],
  [
    'The Ostmark provincial government has released Rs 80 million for relief and promised Rs 15,000 to every family.',
    '15,000',
    'Ostmark provincial government',
  ],
  ['The Lindvik Water Board allocated an extra €3 million to repair the dykes.', '3', 'Lindvik Water Board'],
  ['The Halmstrand Seismic Centre measured the quake at magnitude 5.9.', '5.9', 'Halmstrand Seismic Centre'],
  ['The Halmstrand Seismic Centre stood by its reading of 6.2 on Friday.', '6.2', 'Halmstrand Seismic Centre'],
  // Releasing people or water is no payment, and a figure that is no sum keeps no releaser.
  ['Police released 44 prisoners on Monday after the amnesty.', '44', null],
  ['The dam operator released 300 cubic metres of water a second.', '300', null],
];

/**
 * Figures kept as said by a body's lower-case name (`attributions/…/owner-adjective`: "ministry data show"), "it"
 * standing for the organisation that spoke in the sentence before (`attributions/subject-org`, after `said`), and a
 * dateline before a coordinated subject (`attributions/coordinated-cue`).
 */
export const carriedBodyRows: SourceRow[] = [
  ['More than 4,800 asylum claims were lodged since March, ministry data show.', '4,800', 'ministry data'],
  ['About 310 boats were impounded last year, coastguard figures show.', '310', 'coastguard figures'],
  [
    'The Nordhavn Port Authority said sailings were halted. About 12,000 passengers were stranded, it said.',
    '12,000',
    'Nordhavn Port Authority',
  ],
  [
    'The Nordhavn Port Authority said sailings were halted. It said 47 crossings were cancelled.',
    '47',
    'Nordhavn Port Authority',
  ],
  [
    'HARBOURTON – The port authority closed the quay on Monday and said 26 cranes were damaged.',
    '26',
    'port authority',
  ],
  // entities/org/operator-plural: an operator named by a plural place word is the organisation "it" stands for.
  [
    'Dravik Airports said 120 flights were cancelled. Some 3,100 passengers were stranded, it said, up from 900.',
    '3,100',
    'Dravik Airports',
  ],
  // "it" with no organisation as a subject before it, and figures that are a place's, keep no source.
  ['The storm passed at dawn. About 900 homes lost power, it said.', '900', null],
];
