/**
 * Organisation and person names kept whole as sources: "General" inside a union's name, a chamber's "of" part, a
 * member of parliament's title before the name. Invented sentences about strikes, floods, markets and elections.
 * Rules: entities/org/general-in-name, organisation word "chamber", title "MP".
 */
import type { SourceRow } from './who-says-run.js';

export const orgNameRows: SourceRow[] = [
  // entities/org/general-in-name
  [
    'The General Federation of Dock Workers said 62% of its members had walked out.',
    '62%',
    'General Federation of Dock Workers',
  ],
  ['The Norland General Workers Union said 3,000 bus drivers would strike.', '3,000', 'Norland General Workers Union'],
  ["The Ostvik General Teachers' Union said 45 schools were shut.", '45', "Ostvik General Teachers' Union"],
  [
    'The General Confederation of Labour said 2 million people marched.',
    '2 million',
    'General Confederation of Labour',
  ],
  ['General Motors said it would cut 1,200 jobs at the plant.', '1,200', 'General Motors'],
  ['Attorney General Ana Ruiz said 40 people had been charged.', '40', 'Ana Ruiz'],
  ['General Ana Ruiz said 300 troops had reached the border.', '300', 'Ana Ruiz'],
  // "chamber" is an organisation word, so its "of" part stays
  ['The Tarnwick Chamber of Commerce said 45 firms were owed money.', '45', 'Tarnwick Chamber of Commerce'],
  ['At least 80 shops have closed, according to the Brixley Chamber of Trade.', '80', 'Brixley Chamber of Trade'],
  [
    'The Confederation of Rural Producers said 12,000 hectares were flooded.',
    '12,000',
    'Confederation of Rural Producers',
  ],
  // "MP" is a title before a person's name
  ['Opposition MP Lena Sørby said a settlement of 5% would be affordable.', '5%', 'Lena Sørby'],
  ['Labour MP Tom Ridley said 40 families had been evicted.', '40', 'Tom Ridley'],
  ['Green MEP Ida Holm said 14 ports had missed the deadline.', '14', 'Ida Holm'],
];

/** entities/suspended-hyphen: [text, a country the first half of a compound must not name] */
export const suspendedHyphenRows: Array<[string, string]> = [
  ['At least 900 schools closed, according to the French- and German-speaking cantons.', 'France'],
  ['Broadcasts in the Spanish- and Portuguese-language services reached 3 million homes.', 'Spain'],
  ['The Dutch- and French-speaking parties won 40 seats between them.', 'Netherlands'],
  ['Russian- and Ukrainian-made drones were found at 12 sites.', 'Russia'],
];
