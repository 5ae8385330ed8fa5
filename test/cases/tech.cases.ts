/**
 * Table cases from infrastructure and company stories: currencies the lexicon lacked (plural zlotys, the
 * Polish spelling, bitcoin), each with its code and what the money is. Invented sentences about strikes,
 * hacks, floods, transport and trade.
 */

import type { SourceRow } from './who-says-run.js';

/** One money figure of a sentence: its value (or bound), its unit code and what the money is. */
export interface MoneyCase {
  text: string;
  n: number;
  unit: string;
  measure: string;
  bound?: 'exact' | 'upper' | 'lower';
}

const m = (text: string, n: number, unit: string, measure: string, bound?: MoneyCase['bound']): MoneyCase => ({
  text,
  n,
  unit,
  measure,
  ...(bound ? { bound } : {}),
});

export const currencyCases: MoneyCase[] = [
  m('Each stranded ferry passenger will get 80 zlotys in compensation.', 80, 'PLN', 'compensation'),
  m('The bus company faces a fine of up to 5 million zlotys.', 5e6, 'PLN', 'fine', 'upper'),
  m('The city set aside 12 million zlotys for flood repairs.', 12e6, 'PLN', 'flood repairs funding'),
  m('Gdynia will spend 3.1 billion złoty on new trams.', 3.1e9, 'PLN', 'spending'),
  m('Farmers were promised 900 złotys in aid per hectare of ruined crops.', 900, 'PLN', 'aid'),
  m('The regional assembly pays the carrier roughly 90 million zlotys a year.', 90e6, 'PLN', 'payment'),
  m('The upgrade of the tram depot cost 240 million zlotys.', 240e6, 'PLN', 'cost'),
  // quantities/money-subject: fares and rents are what the money is.
  m('Taxi fares to the airport rose to 60 euros during the strike.', 60, 'EUR', 'taxi fares'),
  m('Rents in the old town rose to 900 euros a month.', 900, 'EUR', 'rents'),
  m('The average fare climbed to 14 zlotys after the new timetable.', 14, 'PLN', 'fare'),
  m('The gang demanded a ransom of 40 bitcoin from the school district.', 40, 'BTC', 'ransom'),
  m('Hackers asked for 12 bitcoin in ransom to unlock the clinic files.', 12, 'BTC', 'ransom'),
  m('The firm paid a ransom of 18.5 bitcoins to restore its booking system.', 18.5, 'BTC', 'ransom'),
  m('Investigators seized 3.5 bitcoin in cash and coins.', 3.5, 'BTC', 'cash'),
  m('The attackers were paid $2 million in bitcoin.', 2e6, 'USD', 'payment'),
  m('The ransom note asked for a payment of 25 bitcoins.', 25, 'BTC', 'payment'),
];

const BODY =
  'Crews worked through the night to restore service, the company said on Tuesday.\n\n' +
  'Repairs to the damaged line are expected to take most of the week, a spokesman said.';

/** A header with a deck under the headline: [raw opening, a number in the deck as written, true when a claim]. */
export const deckRows: Array<[string, string, boolean]> = [
  // clean/standfirst: the deck under the headline is the story's summary and keeps its claims.
  [
    `The Harbour Gazette\n\nFerry strike strands islanders\n\nThe operator says 64 sailings were cancelled, ` +
      `but the union puts the figure at 90\n\nBy Ana Reyes\n12 May 2025\n\n${BODY}`,
    '64',
    true,
  ],
  [
    `The Harbour Gazette\n\nFerry strike strands islanders\n\nThe operator says 64 sailings were cancelled, ` +
      `but the union puts the figure at 90\n\nBy Ana Reyes\n12 May 2025\n\n${BODY}`,
    '90',
    true,
  ],
  [
    `Power cut leaves valley in the dark\nBy Jan Nowak\nMay 12, 2025\n\nAbout 14,000 homes lost power ` +
      `after a substation fire; the utility hopes to reconnect most by Friday\n\n${BODY}`,
    '14,000',
    true,
  ],
  // Not a deck: share widgets and menus under the headline leave.
  [
    `Power cut leaves valley in the dark\n\nShare on Facebook   Share on X   Email this article to 3 friends\n\n${BODY}`,
    '3',
    false,
  ],
];

/** Who says so when an adverb of persistence stands between the speaker and the cue. */
export const adverbSourceRows: SourceRow[] = [
  ['The carrier still says 212 flights were cancelled on Sunday.', '212', 'carrier'],
  ['Greenfield Power still says 12,000 homes are without power.', '12,000', 'Greenfield Power'],
  ['The union has always said 4,000 members walked out.', '4,000', 'union'],
  ['Harbour officials consistently say 90 boats were damaged.', '90', 'Harbour officials'],
];

/** A sentence, the number as written in it, and the status its claim must have. */
export const commitmentRows: Array<[string, string, 'planned' | 'asserted']> = [
  // claims/modality/commitment: an agreement or a hope to act is a plan.
  ['The insurer agreed to pay 200 euros to each customer whose card was copied.', '200', 'planned'],
  ['The council hopes to rehouse 300 families before winter.', '300', 'planned'],
  ['The firm has agreed to cut 400 jobs at its two mills.', '400', 'planned'],
  ['The utility said it hoped to reconnect the last 40 streets by Friday.', '40', 'planned'],
  ['The shipyard agrees to hire 120 apprentices a year under the deal.', '120', 'planned'],
  ['Volunteers offered to house 85 evacuees in their homes.', '85', 'planned'],
  // Not a commitment: the act itself.
  ['The insurer paid 200 euros to each customer whose card was copied.', '200', 'asserted'],
  ['The agreement covers 900 workers at three plants.', '900', 'asserted'],
];

/** A quotation and the speaker it must have. */
export const employerSpeakerRows: Array<[string, string]> = [
  // attributions/employer-role-name: a firm named like a person before a role and a name employs the speaker.
  ['"We ask drivers to stay home," said Northline Rail spokeswoman Maria Lopez.', 'Maria Lopez'],
  ['"The pumps are working," Saltmarsh Water press officer Dev Raman said.', 'Dev Raman'],
  ['"No flights will leave before noon," said Kestrel Air operations director Lena Fisk.', 'Lena Fisk'],
  ['"We have lost two days of harvest," said Brandt Farms manager Otto Brandt.', 'Otto Brandt'],
  // Two people joined by `and` both speak; the first is named first.
  ['"We will rebuild," said Maria Lopez and Jan Kowal.', 'Maria Lopez'],
];

/** A header with an uncredited deck: [raw opening, the deck number as written, the source it must show]. */
export const deckSourceRows: Array<[string, string, string | null]> = [
  // claims/deck-lead-source: the deck sums up the lead and takes its speaker.
  [
    'Flood toll rises in river towns\n\nNine more deaths in two days across the valley\n\nBy Ana Reyes\n12 May 2025\n\n' +
      'The flood toll in the valley rose to 31 on Sunday, the regional fire service said.\n\nMore rain is forecast.',
    'Nine',
    'regional fire service',
  ],
  [
    'Strike shuts ports\n\nAbout 400 ships wait offshore as talks stall\n\n' +
      'Dock workers stayed out for a third day on Monday, the port authority said, and talks broke up without a deal.',
    '400',
    'port authority',
  ],
  // The headline itself stays in the outlet's voice.
  [
    'Flood toll rises to 31 in river towns\n\nThe flood toll in the valley rose to 31 on Sunday, the regional fire ' +
      'service said.\n\nMore rain is forecast.',
    '31 in',
    null,
  ],
];
