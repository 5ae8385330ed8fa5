/**
 * Figures the outlet compiled itself are its own voice, not a source: invented pages about mills and floods.
 * Rule: attributions/outlet-self.
 */
import type { SourceRow } from './who-says-run.js';

const page = (body: string): string =>
  'The Valley Courier\nNews | Business\n\nMill closures spread across the region\n\nBy Ann Lowe\n\n' + body;

export const outletSelfRows: SourceRow[] = [
  [
    page('Schools across the county had 140 buses on order, according to figures compiled by The Valley Courier.'),
    '140',
    null,
  ],
  [page('About 2,000 homes flooded, a Valley Courier analysis found.'), '2,000', null],
  // another outlet is a source
  [
    page('Schools across the county had 140 buses on order, according to figures compiled by The Daily Ledger.'),
    '140',
    'Daily Ledger',
  ],
];
