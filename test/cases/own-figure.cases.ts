/**
 * A subject that keeps or revises a figure of its own speaks for it, also when an appositive names it: invented
 * sentences about protests, strikes, storms and housing. Rules: attributions/appositive-org,
 * attributions/stood-by-figure.
 */
import type { SourceRow } from './who-says-run.js';

export const ownFigureRows: SourceRow[] = [
  // attributions/appositive-org
  ['The organisers, the Tenants Alliance, revised their estimate up to 9,000 on Monday.', '9,000', 'Tenants Alliance'],
  ['The union, the Dock Workers Federation, said 3,000 members had walked out.', '3,000', 'Dock Workers Federation'],
  ['The insurer, Halvern Mutual, put its losses at $300 million.', '$300 million', 'Halvern Mutual'],
  // a person's description after a name keeps the person
  ['Mara Velt, a spokeswoman for the Harbour Board, said 40 berths were closed.', '40', 'Mara Velt'],
  // attributions/stood-by-figure
  [
    'The union said 80% of teachers walked out. The education ministry stood by its own figure of 41%.',
    '41%',
    'education ministry',
  ],
  ['The Fire Service kept its count at 14 dead.', '14', 'Fire Service'],
  ['The police defended their figure of 2,000 marchers.', '2,000', 'police'],
  ['Organisers stuck to their estimate of 60,000.', '60,000', 'Organisers'],
  // a kept promise or plan is no figure of its own
  ['The council kept 300 beds open over the winter.', '300', null],
];
