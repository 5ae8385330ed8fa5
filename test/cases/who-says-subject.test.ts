/**
 * Who says so when the speaker is named by what it is or by "it": the organisation the sentence is about
 * ("Corvane Foods will close 14 plants, the company said", attributions/subject-org); a place inside an organisation's
 * name (attributions/…/place-in-name); a plural noun and its place ("Schools in Leeds", attributions/located-generic).
 * Every sentence is invented.
 */
import { describe } from 'vitest';
import { sourceTable, type SourceRow } from './who-says-run.js';

const subjectOrg: SourceRow[] = [
  ['Corvane Foods will close 14 plants, the company said on Monday.', '14', 'Corvane Foods'],
  ['LONDON (Reuters) - Tavish Air will ground 30 jets, the airline said.', '30', 'Tavish Air'],
  ['The Marlow Shipping Group has sold 12 vessels, the group said.', '12', 'Marlow Shipping Group'],
  ['Tessaly Mining plans to reopen 40 mines next year, it said.', '40', 'Tessaly Mining'],
  [
    'The transport ministry counted 1,200 road deaths last year. Another 300 people were badly hurt, it said.',
    '300',
    'transport ministry',
  ],
  [
    'Quorra Bank posted a loss on Tuesday. The cuts will save $90 million a year, it said.',
    '$90 million',
    'Quorra Bank',
  ],
  ['Heavy rains flooded 300 homes, the company said.', '300', null],
  ['Firefighters saved 30 homes in the valley, it said.', '30', null],
  ['Ana Ruiz said the plant was closed. The company said 400 jobs were at risk.', '400', null],
  // attributions/subject-org, an opener before "it": "In a statement it said", "On Tuesday it said".
  ['Marrow Bank issued a warning. In a statement it said 300 branches would shut.', '300', 'Marrow Bank'],
  ['Kestrel Air cut its forecast. On Tuesday it said 45 flights were cancelled.', '45', 'Kestrel Air'],
  ['Dunvale Water apologised to customers. Later it said 2,000 homes had no supply.', '2,000', 'Dunvale Water'],
  ['Firefighters fought the blaze for hours. In the end it said 40 homes were lost.', '40', null],
  // attributions/subject-org: the name in commas after an organisation head ("The carrier, Wexford Lines, gave").
  ['The carrier, Wexford Lines, gave a lower figure. It said 90 passengers were aboard.', '90', 'Wexford Lines'],
  ['The regulator, Ofwex, fined the firm. In a statement it said 12 breaches were found.', '12', 'Ofwex'],
  ['The village, Upper Marsh, lost power at noon. It said 200 homes were cut off.', '200', null],
  ['The storm reached the coast at dawn. On Tuesday it said 30 roads were closed.', '30', null],
  // attributions/it-previous-paragraph: "It" opening a paragraph goes on with the body that opened the one before
  ['The Harlow Fire Service said 11 people had died.\n\nIt said 31 people were injured.', '31', 'Harlow Fire Service'],
  [
    'The transport ministry counted 1,200 road deaths last year.\n\nIt added that 300 people were badly hurt.',
    '300',
    'transport ministry',
  ],
  // not past two paragraphs, not when "It" does not open its sentence, not after a subject that is no body
  [
    'The Harlow Fire Service said 11 people had died.\n\nRoads were shut.\n\nIt said 31 people were injured.',
    '31',
    null,
  ],
  ['The storm reached the coast at dawn.\n\nIt said 30 roads were closed.', '30', null],
];

const placeNames: SourceRow[] = [
  [
    'Some 400 wells were capped, according to U.S. Fish and Wildlife Service figures.',
    '400',
    'U.S. Fish and Wildlife Service',
  ],
  ['The quake damaged 1,200 homes, according to the UK Met Office.', '1,200', 'UK Met Office'],
  ['The Peru Weather Service said 40 homes were damaged.', '40', 'Peru Weather Service'],
  ['About 3,000 people fled, according to Kenya on Monday.', '3,000', 'Kenya'],
  ['According to France, 300 soldiers were deployed.', '300', 'France'],
];

const located: SourceRow[] = [
  ['Schools in Leeds reported 40 cases of measles last week.', '40', 'Schools in Leeds'],
  ['Clinics in the capital said 300 patients were treated.', '300', 'Clinics in the capital'],
  ['Farmers in Punjab say 2,000 acres were burned.', '2,000', 'Farmers in Punjab'],
  ['Officials in Manila said 12 ferries were stranded.', '12', 'Officials in Manila'],
  ['Shares in London fell 3% on Monday.', '3%', null],
  // a lower-case office, department or service and its place (attributions/located-generic)
  ['The disaster management office in Kerala said 31 people died.', '31', 'disaster management office in Kerala'],
  ['The health department in Ada County reported 14 new cases.', '14', 'health department in Ada County'],
  // attributions/located-near: the institution near a place speaks, not the place
  [
    'Fans crowded the gates all morning. A hospital near the stadium said it had received 17 of the injured.',
    '17',
    'hospital near the stadium',
  ],
  ['A clinic near the Harlow Tower said it had treated 12 people.', '12', 'clinic near the Harlow Tower'],
  ['Officials near the border said 300 people had crossed.', '300', 'Officials near the border'],
  [
    'The regional fire service in Valais, however, put the number of burned homes at 40.',
    '40',
    'regional fire service in Valais',
  ],
  ['The relief agency in Gaza said 9,000 families had no shelter.', '9,000', 'relief agency in Gaza'],
];

const ownerName: SourceRow[] = [
  ['Bond funds lost $40 billion in May, according to Morvane data.', '$40 billion', 'Morvane'],
  ['Home sales fell 8% in June, according to Kestley Research figures.', '8%', 'Kestley Research'],
  ['Some 2,000 ships were delayed, according to the latest data.', '2,000', null],
  ['Prices rose 3% in April, according to official figures.', '3%', null],
  ['A report on Monday said 50 bridges were unsafe.', '50', null],
];

const toldTo: SourceRow[] = [
  [
    'Floods swept through 12 towns overnight, the fire service said. About 3,000 residents were told to leave their homes.',
    '3,000',
    'fire service',
  ],
  [
    'The strike shut 40 schools, the teachers union said. Some 9,000 pupils were told not to come in on Friday.',
    '9,000',
    'teachers union',
  ],
  [
    'The storm cut power to 80,000 homes, the utility said. Another 2,000 customers told reporters they had no water.',
    '2,000',
    null,
  ],
];

const expectNounOf: SourceRow[] = [
  ['Economists expect losses of $3 billion from the strike.', '$3 billion', 'Economists'],
  ['Meteorologists expect rainfall of up to 200mm on Sunday.', '200mm', 'Meteorologists'],
  ['Residents expect the river to rise by 2 metres.', '2 metres', null],
  ['Organisers expect 30,000 runners on Sunday.', '30,000', null],
];

describe('"the company said", "it said": the organisation the sentence is about (attributions/subject-org)', () => {
  sourceTable(subjectOrg);
});

describe("a place inside an organisation's name is part of it (attributions/…/place-in-name)", () => {
  sourceTable(placeNames);
});

describe('a plural noun and its place is a qualified source (attributions/located-generic)', () => {
  sourceTable(located);
});

describe('a name owns the figures after it (attributions/…/owner-name)', () => {
  sourceTable(ownerName);
});

describe('"were told to" is an order given, no cue: the speaker before carries (attributions/told-to)', () => {
  sourceTable(toldTo);
});

describe('"X expect <noun> of N" is a forecast of X (attributions/expects-noun-of)', () => {
  sourceTable(expectNounOf);
});
