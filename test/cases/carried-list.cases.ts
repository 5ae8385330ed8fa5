/**
 * A sentence closing on a colon that names who gives the figures carries its source into the short list lines that
 * follow: invented texts about floods and evacuations. Rule: attributions/carried-list.
 */
import type { SourceRow } from './who-says-run.js';

const floods =
  'Floods swept the lowlands this week.\n\n' +
  'The Flood Agency gave the following figures for evacuated residents as of Friday:\n\n' +
  'Tarvel district — 2,300 people\n\nOssa district — 1,100 people\n\n' +
  'Schools will reopen on Monday, when 40 buses will run.';

export const carriedListRows: SourceRow[] = [
  [floods, '2,300', 'Flood Agency'],
  [floods, '1,100', 'Flood Agency'],
  // the list ends at the first line that is no list line
  [floods, '40', null],
  // no colon: the statement before does not reach the line
  [
    'Floods swept the lowlands this week.\n\nThe health board said on Monday that cases were rising.\n\n' +
      'Tarvel district — 2,300 people',
    '2,300',
    null,
  ],
];
