/**
 * `attributions/spokesperson-for`, `attributions/spokesperson-org`: an unnamed spokesperson speaks for a body, and
 * the body is the source (as a gold key records it): "a spokesman for the X said", "said a spokeswoman for the
 * agency", "the ministry's spokesperson", and a bare "a spokesman said" after the body is named in the sentence or
 * spoke in the paragraph. A named spokesperson keeps their own name; with no body near, the role is kept as said.
 * Invented sentences about floods, harbours, power cuts, freight and clinics.
 */
import type { SourceRow } from './who-says-run.js';

export const spokespersonRows: SourceRow[] = [
  // the body after "for" is the source, closing or inverted
  ['Forty boats were damaged, a spokesman for the Harlow Port Authority said.', 'Forty', 'Harlow Port Authority'],
  ['Forty boats were damaged, said a spokeswoman for the Harlow Port Authority.', 'Forty', 'Harlow Port Authority'],
  ['About 300 homes lost power, a spokesperson for Vela Power told reporters on Monday.', '300', 'Vela Power'],
  ['A spokeswoman for the Tarn Valley Water Board said 12 wells had been closed.', '12', 'Tarn Valley Water Board'],
  // a body described by its kind after "for" is the body named before
  [
    'The Harlow Port Authority reopened the quay on Monday.\n\nAbout 300 boats were stranded, a spokeswoman for the authority told reporters.',
    '300',
    'Harlow Port Authority',
  ],
  // a possessor's spokesperson
  [
    "The Ostland Ministry of Health opened field clinics. The ministry's spokesperson said 14 people had died.",
    '14',
    'Ostland Ministry of Health',
  ],
  ["Kessler Freight's spokesman said 60 trucks were stuck at the border.", '60', 'Kessler Freight'],
  // a bare spokesperson speaks for the body the sentence is about, or the one that spoke just before
  ["Kessler Freight's losses have reached $4 million, a spokesman said.", '$4 million', 'Kessler Freight'],
  [
    "The Ostvale Department of Roads inspected the bridges after the floods. The roads department's repair bill has reached $9.4 million, a spokesman said.",
    '$9.4 million',
    'Ostvale Department of Roads',
  ],
  ["The port authority's repair bill has reached $2 million, a spokeswoman said.", '$2 million', 'port authority'],
  [
    'Ostvale Power Company said 35,000 customers were without supply on Monday. A spokeswoman said 400 crews were at work.',
    '400',
    'Ostvale Power Company',
  ],
  [
    'The Tarn Valley Water Board closed two reservoirs on Monday. A spokesman said 12 more homes could flood by Friday.',
    '12',
    'Tarn Valley Water Board',
  ],
  // a named spokesperson keeps the name
  ['The Harlow Port Authority reopened the quay. A spokesman, Tom Reyes, said 40 boats had sunk.', '40', 'Tom Reyes'],
  ['Harlow Port Authority spokeswoman Ana Ruiz said 40 boats had sunk.', '40', 'Ana Ruiz'],
  // no body near (a person, a country, nothing): the role is kept as said
  ['Mayor Ruth Calder toured the harbour. A spokesman said 40 boats had sunk.', '40', 'spokesman'],
  ['Floods hit Ostland on Monday. A spokesman said 40 homes were lost.', '40', 'spokesman'],
  ['A spokeswoman said 40 homes were lost.', '40', 'spokeswoman'],
];
