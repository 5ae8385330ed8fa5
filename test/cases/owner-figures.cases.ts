/**
 * Who owns a count or a document it states: invented sentences about floods, transit, cholera, claims, elections,
 * wells and mines. Rules: attributions/owner-figures, attributions/…/possessive-owner.
 */
import type { SourceRow } from './who-says-run.js';

export const ownerFigureRows: SourceRow[] = [
  ["The flood agency's own estimate is that 12,000 homes were inundated.", '12,000', 'flood agency'],
  [
    "The Lakeside Transit Authority's own estimate is that 40,000 riders were stranded.",
    '40,000',
    'Lakeside Transit Authority',
  ],
  ['The charity says its own records show at least 210 cholera deaths in the camps.', '210', 'charity'],
  ['Its own records show 3,400 claims were filed in March, the insurer said.', '3,400', 'insurer'],
  ["The Marvell Aid Trust's final count, released Monday, puts the dead at 88.", '88', 'Marvell Aid Trust'],
  ["The electoral commission's final count, released on Sunday, puts turnout at 57%.", '57%', 'electoral commission'],
  ['Ministry data show 1,800 teachers quit last year.', '1,800', 'Ministry'],
  ['Some 600 wells ran dry, according to an estimate by the Rivers Trust.', '600', 'Rivers Trust'],
  [
    'Twelve of the miners were foreign nationals, according to a list released by the Delmont Mining Board.',
    'Twelve',
    'Delmont Mining Board',
  ],
  [
    'The port authority put the damage at $40 million. Its own surveyors put the loss of cargo at 900 tonnes.',
    '900',
    'port authority',
  ],
  ["The airline's own figures show 14,000 passengers were delayed.", '14,000', 'airline'],
  ["The union said 5,000 marched. The police's own count put the crowd at 2,000.", '2,000', 'police'],
  ['Her own estimate is that 300 people were at the rally.', '300', null],
  ["The town's own population is about 9,000.", '9,000', null],
  ["The company's own shares fell 12% on Friday.", '12%', null],
  ["The hospital's own staff numbered 400 at the time.", '400', null],
];
