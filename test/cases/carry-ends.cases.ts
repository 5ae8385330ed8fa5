/**
 * What ends a carried source and what keeps it: invented pairs about floods, fires, elections, ports, insurers and
 * shelters. Each pair is a statement, then a sentence in the outlet's own voice (source null) or one that goes on
 * with the statement (the speaker kept). Rules: attributions/carry-ends-turn, attributions/carry-ends-reckoning,
 * attributions/carry-ends-not-said, attributions/carry-ends-background, attributions/carry-ends-past-year,
 * attributions/carry-ends-actor-paragraph, attributions/carried-back-linked, attributions/carried-back-quote-start,
 * attributions/carried-same, attributions/background-relative.
 */
import type { SourceRow } from './who-says-run.js';

/** Rows read as published on 2025-03-14 (the past-year rule compares with the publication year). */
export const carryEndsRows: SourceRow[] = [
  // carried-same: "the same report", "the same officials" name the source before
  [
    'The weather office said 120 mm of rain fell in the capital on Monday. According to the same report, 40 mm more ' +
      'is expected by Wednesday.',
    '40 mm',
    'weather office',
  ],
  [
    'Officials at the port authority said 46 ships were waiting. The same officials put the number of idle cranes ' +
      'at 14.',
    '14',
    'officials at the port authority',
  ],
  [
    'The weather office said 120 mm of rain fell in the capital on Monday. A separate count found 14 homes flooded ' +
      'in the old town.',
    '14 homes',
    null,
  ],
  [
    'The weather office said 120 mm of rain fell in the capital on Monday. Some 14 homes flooded in the old town.',
    '14 homes',
    'weather office',
  ],
  // carry-ends-turn: "However", "But", a comparison open the outlet's turn
  ['The water board said 14 villages were flooded on Sunday. Another 3,000 homes lost power.', '3,000', 'water board'],
  [
    'The water board said 14 villages were flooded on Sunday. However, the 2,000 sandbags ordered last week have ' +
      'not arrived.',
    '2,000',
    null,
  ],
  [
    'The water board said 14 villages were flooded on Sunday. But 600 volunteers from nearby towns are helping.',
    '600 volunteers',
    null,
  ],
  [
    'The fire agency said the blaze had burned 8,200 hectares by Tuesday. By comparison, a fire in the same hills ' +
      'burned 3,100 hectares in a week.',
    '3,100',
    null,
  ],
  [
    'The fire agency said the blaze had burned 8,200 hectares by Tuesday. As a rough comparison, the whole county ' +
      'has 90,000 hectares of forest.',
    '90,000',
    null,
  ],
  [
    'The fire agency said the blaze had burned 8,200 hectares by Tuesday. About 1,400 people were evacuated.',
    '1,400',
    'fire agency',
  ],
  [
    'Turnout reached 58 percent in the capital, according to the election commission.\n\n' +
      'The northern provinces had the lowest, about 41 percent.',
    '41 percent',
    'election commission',
  ],
  [
    'Turnout reached 58 percent in the capital, according to the election commission.\n\n' +
      'However, 12 opposition parties have refused to accept the count.',
    '12',
    null,
  ],
  // carry-ends-actor-paragraph: a new paragraph opening with an actor doing something is that actor's part
  [
    'Of the 64 survivors, 30 are from Sudan and 21 from Eritrea, according to the interior ministry.\n\n' +
      'Police have detained three men, aged 22, 25 and 40, on suspicion of people smuggling.',
    'three men',
    null,
  ],
  [
    'Of the 64 survivors, 30 are from Sudan and 21 from Eritrea, according to the interior ministry.\n\n' +
      'Another 13 came from Chad.',
    '13',
    'interior ministry',
  ],
  // carry-ends-reckoning: the outlet's arithmetic on a figure just reported
  [
    'The insurer said it would pay €200 to each of the 45,000 policyholders. That would bring the total payout to ' +
      'about €9 million.',
    '€9 million',
    null,
  ],
  [
    'The insurer said it would pay €200 to each of the 45,000 policyholders. It also set aside €3 million for legal ' +
      'costs.',
    '€3 million',
    'insurer',
  ],
  [
    'Fishermen told the harbour master that 70 boats had gone out before the storm. If that figure is confirmed, ' +
      'more than 20 boats are still missing.',
    '20 boats',
    null,
  ],
  ['The health ministry said 240 people had been infected. Of those, 31 remain in hospital.', '31', 'health ministry'],
  // carried-back-linked: a closing cue reaches back only when its sentence goes on from the one before
  [
    'Another 90 soldiers joined the search on Tuesday morning. The river had fallen by a metre, the fire brigade said.',
    '90 soldiers',
    null,
  ],
  [
    'The storm toll now stands at 19 dead. Most were swept away by floodwater, the fire brigade said.',
    '19 dead',
    'fire brigade',
  ],
  ['The clinic was built for 300 patients. It now holds 540, the health board said.', '300 patients', 'health board'],
  [
    'The lead of 1,800 votes could still shrink. Some 40 ballot boxes are still to be counted, the commission said.',
    '1,800 votes',
    null,
  ],
  [
    'In March, the treasurer moved $9,000 to a private account. He never repaid it, the court filings say.',
    '$9,000',
    'court filings',
  ],
  [
    'Turnout was revised up to 61 per cent overnight. Around 9,000 ballots were spoiled, the electoral office said.',
    '61 per cent',
    'electoral office',
  ],
  [
    'The loss is above the 900 tonnes the coastguard estimated last week. Pumping ended on Friday, the coastguard said.',
    '900 tonnes',
    'coastguard',
  ],
  // carried-paragraph: a statement of figures in words ("Seventeen people") carries like one in digits
  [
    'Rescue teams searched the river all day. Seventeen people are still missing, the fire brigade said. The ' +
      'number of people rescued is unchanged at 212.',
    '212',
    'fire brigade',
  ],
  [
    'Rescue teams searched the river all day. Seventeen people are still missing, the fire brigade said. However, ' +
      'the 212 people rescued on Sunday are safe.',
    '212',
    null,
  ],
  // carry-ends-not-said: what the speaker would not say
  [
    'The union said 4,000 nurses would strike on Monday. She did not say whether the 300 midwives would join them.',
    '300 midwives',
    null,
  ],
  [
    'The union said 4,000 nurses would strike on Monday. It declined to say how many of its 9,000 members had voted.',
    '9,000 members',
    null,
  ],
  [
    'The union said 4,000 nurses would strike on Monday. It added that 300 midwives would join them.',
    '300 midwives',
    'union',
  ],
  // own finding: a sentence with a finding of its own ("A survey found that …") does not take the statement's source
  [
    'The housing ministry said rents rose 6% last year. Separate research from three universities found that 40% ' +
      'of renters had fallen behind.',
    '40%',
    null,
  ],
  ['The housing ministry said rents rose 6% last year. Rents in the capital rose 9%.', '9%', 'housing ministry'],
  // carry-ends-background: the outlet's framing and description
  [
    'The forestry service said the fire killed 23 people. It was the deadliest fire in the region since a blaze ' +
      'that killed 41 people.',
    '41 people',
    null,
  ],
  [
    'The coastguard said 31 people had drowned. Ferry accidents are common in the delta, where 5 million people ' +
      'live on islands.',
    '5 million',
    null,
  ],
  ['The coastguard said 31 people had drowned. It said 12 more were missing.', '12 more', 'coastguard'],
  [
    'The ministry said 1.2 million tourists visited in June. The figure is the highest since the 1990s, when 1.5 ' +
      'million came.',
    '1.5',
    null,
  ],
  // background-relative: a past relative clause naming an earlier time is the outlet's, inside a speaker's sentence
  ['The mill, which opened in 1987 and employs 600 people, will close in June, the owners said.', '600 people', null],
  [
    'Halvorsen Foods, the dairy group that bought a 25% stake in the cooperative in 2019, said it would offer $40 ' +
      'million for the rest.',
    '25%',
    null,
  ],
  [
    'Halvorsen Foods, the dairy group that bought a 25% stake in the cooperative in 2019, said it would offer $40 ' +
      'million for the rest.',
    '$40',
    'Halvorsen Foods',
  ],
  [
    'Opposition MP Lena Roux said the debt, which stood at 92% of GDP last year, could not be allowed to grow.',
    '92%',
    null,
  ],
  ['The council said the bridge, which carries 40,000 vehicles a day, would close for repairs.', '40,000', 'council'],
  ['The agency said exports, which rose 12% in March, would slow in the summer.', '12%', 'agency'],
  // carry-ends-past-year: background on an earlier year ends the carry
  [
    'The transit authority said ridership fell to 2.1 million trips last month. The line, opened in 2009, carried ' +
      '3.4 million trips a month at its peak.',
    '3.4 million',
    null,
  ],
  [
    'The transit authority said ridership fell to 2.1 million trips last month. Weekend trips dropped to 400,000.',
    '400,000',
    'transit authority',
  ],
  [
    'The port authority said 46 ships were waiting at anchor on Monday. The terminal, built in 1998, was designed ' +
      'for 20 ships a day.',
    '20 ships',
    null,
  ],
  [
    'The port authority said 46 ships were waiting at anchor on Monday. About 30 more ships are due by Friday.',
    '30 more ships',
    'port authority',
  ],
  // carried-back-quote-start: a closing "…," she said. reaches back to the quotation's first sentence, no further
  [
    'Mara Velez, 41, reached the shelter on Friday with 12 neighbours after nine days on the road. "My husband ' +
      'stayed behind to mend the nets. I do not know where he is," she said.',
    '12 neighbours',
    null,
  ],
  [
    'Mara Velez, 41, reached the shelter on Friday. "We walked 40 kilometres in two days. We had nothing to eat," ' +
      'she said.',
    '40 kilometres',
    'Mara Velez',
  ],
  [
    'Some 80 people were rescued overnight. Most were taken to Porto Vell, the coastguard said.',
    '80 people',
    'coastguard',
  ],
];
