/**
 * A number describing a place named just before, in apposition, is the outlet's background even inside a speaker's
 * sentence: invented sentences about floods, fires, outbreaks and wrecks. Rule: attributions/place-apposition.
 */
import type { SourceRow } from './who-says-run.js';

export const placeAppositionRows: SourceRow[] = [
  [
    'The agency said 12 of the dead were in Varnetz, a mining town of about 6,000 people near the border.',
    '6,000',
    null,
  ],
  ['Police said 40 people were arrested in Dunmore, a port city about 150 miles west of the capital.', '150', null],
  [
    'Quakes are frequent in Indonesia, an archipelago of more than 17,000 islands, the weather agency said.',
    '17,000',
    null,
  ],
  ['Flooding hit Lessa, a river village of 900 residents, officials said on Sunday.', '900', null],
  // the speaker's own figures in the same sentence keep the speaker
  [
    'The agency said 12 of the dead were in Varnetz, a mining town of about 6,000 people near the border.',
    '12',
    'agency',
  ],
  // a described person or event is not a place: the speaker keeps the figure
  ['Officials said 30 people, a third of them children, were treated for burns.', '30', 'officials'],
  ['The union said 5,000 workers, a record for the sector, joined the strike.', '5,000', 'union'],
];
