/**
 * "according to X" opening a clause of its own: the figures after it are X's, not the earlier speaker's. Invented
 * sentences about floods, storms, strikes, marches and elections. Rule: attributions/according-opens-clause.
 */
import type { SourceRow } from './who-says-run.js';

export const accordingClauseRows: SourceRow[] = [
  ['The storm, according to the Weather Bureau, brought 300 mm of rain in a day.', '300 mm', 'Weather Bureau'],
  [
    'Hospitals in the city were full and, according to the health ministry, 450 patients waited on trolleys.',
    '450',
    'health ministry',
  ],
  [
    'The union called the strike a success; according to the transport authority, 60% of trains ran.',
    '60%',
    'transport authority',
  ],
  ['Turnout, according to the electoral board, reached 58% by noon.', '58%', 'electoral board'],
  ['The Red Cross said 40 houses burned, according to local reports, and 300 people fled.', '40', 'Red Cross'],
  ['Police said 12 people were arrested; according to organisers, 20,000 marched.', '12', 'Police'],
  ['Police said 12 people were arrested; according to organisers, 20,000 marched.', '20,000', 'organisers'],
  [
    'The ministry said the river had crested, and according to the Harbour Board, 1,200 people were evacuated.',
    '1,200',
    'Harbour Board',
  ],
  [
    "The union said 8,000 workers walked out, but according to the employers' federation, 3,000 did.",
    '3,000',
    "employers' federation",
  ],
  ["The union said 8,000 workers walked out, but according to the employers' federation, 3,000 did.", '8,000', 'union'],
  ['The mayor said 30 shelters were open, according to her office.', '30', 'mayor'],
];
