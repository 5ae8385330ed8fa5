/**
 * Who says so when the speaker is named by what it is or by "it": the organisation the sentence is about
 * ("Corvane Foods will close 14 plants, the company said", attributions/subject-org). Every sentence is invented.
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
];

describe('"the company said", "it said": the organisation the sentence is about (attributions/subject-org)', () => {
  sourceTable(subjectOrg);
});
