/**
 * Table cases from migration and humanitarian stories: invented sentences about floods, strikes, fires, camps,
 * markets and elections, never from an annotated corpus.
 */

import type { SourceRow } from './who-says-run.js';

/** A sentence, the measure of its `at`-th quantity (default 0) and the rule that found it. */
export type MeasureRow = [string, string, string, number?];

/** attributions/counted-people: a counted group of unnamed people speaks as that group ("Three farmers said"). */
export const countedPeopleRows: SourceRow[] = [
  ['Two farmers said the floodwater had drowned at least 300 sheep.', '300', 'Two farmers'],
  ['Three men, who asked that their names not be used, said the lorry had carried 40 people.', '40', 'Three men'],
  ['Four women, who were rescued on Monday, said about 25 people had been trapped in the cellar.', '25', 'Four women'],
  ['Several drivers said more than 200 lorries were queuing at the border.', '200', 'Several drivers'],
  ['Two students said 120 pupils had been sent home.', '120', 'Two students'],
  // A count that is itself the claim is not its own speaker.
  ['Two men were arrested after 14 cars were set on fire, police said.', '14', 'police'],
  // Officials counted stay generic sources; a count of things is never a speaker.
  ['Two officials said 75 families had been moved to the school.', '75', 'Two officials'],
  ['Two reports said 60 boats had sunk.', '60', 'Two reports'],
];

/** attributions/org-body: a body named by its work after its parent's name is its own source. */
export const orgBodyRows: SourceRow[] = [
  ['About 3,000 people have fled the floods, the U.N. refugee agency said on Tuesday.', '3,000', 'U.N. refugee agency'],
  ["The UN children's agency said 40 schools had been damaged by the storm.", '40', "UN children's agency"],
  [
    'At least 12 aid workers were killed last year, according to a statement from the U.N. mission in Haiti.',
    '12',
    'U.N. mission in Haiti',
  ],
  [
    'The U.N. food agency warned that 2 million people faced hunger after the drought.',
    '2 million',
    'U.N. food agency',
  ],
  ['The EU border mission said 450 lorries crossed on Monday.', '450', 'EU border mission'],
  // The body's own name after it, the organisation itself, or its people, still speak for it.
  ['The UN food agency WFP said 14 warehouses had been looted.', '14', 'WFP'],
  ['The United Nations said 90 trucks had entered the city.', '90', 'United Nations'],
  ['EU officials said 450 lorries crossed on Monday.', '450', 'European Union'],
];

/** entities/short-titles: ranks written short (`Lt Cdr`, `Cpl`, `Brig`) are titles, not part of the name. */
export const rankRows: SourceRow[] = [
  ['About 40 people were rescued from the flooded mine, Lt Cdr Anna Berg said.', '40', 'Anna Berg'],
  ['Cdr Piet Mols said 6 vessels had joined the search.', '6', 'Piet Mols'],
  ['Cpl Dan Okoro said 30 tents were put up at the stadium.', '30', 'Dan Okoro'],
  ['Brig Sara Lund said 1,200 troops were sent to the flooded valley.', '1,200', 'Sara Lund'],
];

/** quantities/total-noun-clause: a total noun whose complement opens with capitalised adjectives. */
export const capitalAdjectiveRows: MeasureRow[] = [
  [
    'The number of South Sudanese refugees who have crossed into the region since the fighting began has passed 31,000.',
    'refugees',
    'quantities/total-noun-clause',
  ],
  [
    'The number of South Korean tourists who visited the island during the festival reached 12,500 on Sunday.',
    'tourists',
    'quantities/total-noun-clause',
  ],
  [
    'The number of New Zealand dairy farmers who have sold their herds since the drought began stands at 640.',
    'dairy farmers',
    'quantities/total-noun-clause',
  ],
  ['The number of Afghan families who have been moved out of the camp since March has risen to 830.', 'families'],
];

const STATION_LEAD =
  'Rescue crews brought about 400 people to the sports hall overnight after the river burst its banks, the ' +
  'county council said.';

/** clean/masthead-station: [raw opening, the title, the outlet] of a broadcaster's page. */
export const stationRows: Array<[string, string, string]> = [
  [
    `COAST 101.4\nNews | Sport | Traffic | Listen live\n\nFlood shelters fill as river keeps rising\n\n${STATION_LEAD}`,
    'Flood shelters fill as river keeps rising',
    'Coast 101.4',
  ],
  [
    `Radio Tamar 94.2 FM\nThe voice of the valley\n\nHundreds spend night in sports hall after flood\n\n${STATION_LEAD}`,
    'Hundreds spend night in sports hall after flood',
    'Radio Tamar 94.2 FM',
  ],
  [
    `Harbour Sound 97.6\n\nFerry strike enters third day as talks stall\n\n${STATION_LEAD}`,
    'Ferry strike enters third day as talks stall',
    'Harbour Sound 97.6',
  ],
];

/** quantities/breakdown-group (fronted `of`): nationality items after a fronted `Of the N X,` count X. */
export const frontedOfRows: MeasureRow[] = [
  [
    'Of the 52 patients, 30 are Kenyan, 12 Nigerian and 10 Ethiopian.',
    'Nigerian patients',
    'quantities/breakdown-group',
    2,
  ],
  ['Of the 40 miners, 25 were Iraqi and 15 Chilean.', 'Chilean miners', 'quantities/breakdown-group', 2],
  [
    'Of the 1,200 arrivals, 700 are Sudanese, 300 Kenyan and 200 Ethiopian.',
    'Kenyan arrivals',
    'quantities/breakdown-group',
    2,
  ],
  // An item that names its own noun keeps it.
  ['Of the 30 injured, 18 were men and 12 were children.', 'children', undefined, 2],
];
