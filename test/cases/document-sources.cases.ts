/**
 * Who says so when the figure comes from a document or follows "add": invented sentences about budgets, strikes,
 * hospitals and floods. Rules: attributions/document-from, attributions/add-object, and the plural sources of business
 * news (administrators, regulators, creditors …) as generic heads.
 */
import type { SourceRow } from './who-says-run.js';

export const documentSourceRows: SourceRow[] = [
  // attributions/joint-statement: a joint statement by two bodies is the first body's (a gold key lists both)
  [
    'According to a joint statement from the Ostland Coast Guard and the Harlow Port Authority, 23 people were rescued.',
    '23',
    'Ostland Coast Guard',
  ],
  [
    'Twenty-three people were rescued, according to a joint statement by the Ostland Coast Guard and the Harlow Port Authority.',
    'Twenty-three',
    'Ostland Coast Guard',
  ],
  [
    'The Ostland Coast Guard said in a joint statement with the Harlow Port Authority that 23 people were rescued.',
    '23',
    'Ostland Coast Guard',
  ],
  // the statement named without its writers stays as said
  ['Twenty-three people were rescued, according to a joint statement.', 'Twenty-three', 'joint statement'],
  // attributions/document-from: the writer of the letter, memo or survey is the source.
  [
    'The plan adds 300 beds, according to a letter from Health Minister Ola Brenne seen by the Herald.',
    '300',
    'Ola Brenne',
  ],
  ['The cuts would save €90m, according to an internal memo from the finance ministry.', '€90m', 'finance ministry'],
  [
    'At least 40% of farms lost money, according to a survey by the Dairy Farmers Association.',
    '40%',
    'Dairy Farmers Association',
  ],
  ['The fund lost $2.1 billion, according to a filing by Harwell Capital.', '$2.1 billion', 'Harwell Capital'],
  ['About 1,200 posts will go, according to a leaked email from the chief executive.', '1,200', 'chief executive'],
  ['The repairs will cost £45m, according to an audit by the National Audit Office.', '£45m', 'National Audit Office'],
  // attributions/document-from: a list, breakdown or set of results released by X: X is the source.
  [
    'Of the 30 dead, 18 were miners, according to a list released by the Regional Mining Inspectorate.',
    '18',
    'Regional Mining Inspectorate',
  ],
  [
    'Turnout reached 61 percent, according to results published by the National Electoral Board.',
    '61 percent',
    'National Electoral Board',
  ],
  ['Some 140 schools stayed shut, according to a breakdown issued by the teachers union.', '140', 'teachers union'],
  [
    'Nine of the prisoners freed were journalists, according to lists provided by the Lawyers Guild.',
    'Nine',
    'Lawyers Guild',
  ],
  // attributions/add-object: adding a thing is no speech, so the document's writer or the outlet speaks.
  [
    'The new offer, put to the unions on Thursday, adds a payment of €350 per worker, according to a letter from ' +
      'Minister Ola Brenne.',
    '€350',
    'Ola Brenne',
  ],
  ['The revised budget adds another 400 nurses, according to a memo from the health board.', '400', 'health board'],
  ['The bill adds 2,000 homes to the buyback scheme.', '2,000', null],
  ['Another 40 homes were lost, the mayor added.', '40', 'mayor'],
  ['The mayor added that 40 homes were lost in the landslide.', '40', 'mayor'],
  // Plural sources of business news, kept as said like "officials".
  ['The mill shut on Friday, with administrators saying 640 jobs would go.', '640', 'administrators'],
  ['Shares slid, with regulators saying 14 lenders had failed the stress test.', '14', 'regulators'],
  ['The chain collapsed owing £80m, receivers said.', '£80m', 'receivers'],
  ['Creditors said they were owed about $2.3 billion.', '$2.3 billion', 'creditors'],
  ['The brewer will cut 900 jobs, liquidators said on Monday.', '900', 'liquidators'],
  ['About 300 investors lost money in the scheme.', '300', null],
];
