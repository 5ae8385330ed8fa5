/**
 * Who says so when figures are named by the level that keeps them, by a document owned by the subject, or by members
 * of a named organisation: invented sentences about droughts, flu seasons, barges, tenants and markets. Rules:
 * attributions/…/owner-adjective, attributions/…/owned-document, attributions/…/member-of-org.
 */
import type { SourceRow } from './who-says-run.js';

export const dataKeeperRows: SourceRow[] = [
  // attributions/…/owner-adjective: "state data", "county figures" kept as said.
  ['About 64% of wells in the valley ran dry last summer, according to state data.', '64%', 'state data'],
  ['Some 2,300 flu cases were logged in March, according to federal health data.', '2,300', 'federal health data'],
  ['Imports took 41% of the steel market in 2024, industry data show.', '41%', 'industry data'],
  [
    'The clinic gave 900 flu shots last week, compared with about 200 in a normal week, according to county figures.',
    '200',
    'county figures',
  ],
  ['Rents rose 9% in the year to June, according to city housing figures.', '9%', 'city housing figures'],
  ['The region lost 4,000 farm jobs in a decade, government statistics show.', '4,000', 'government statistics'],
  // a keeper's figures cover their own clause, not the sentence before
  [
    'The mill follows two smaller plants that shut last year. Imports took 41% of the market, industry data show.',
    'two',
    null,
  ],
  // no keeper named: the outlet reads the figures
  ['Some 2,000 ships were delayed in May, according to the latest figures.', '2,000', null],
  // attributions/…/owned-document: "according to its manifest" — the document speaks.
  ['The barge was carrying 80 passengers and 9 crew, according to its manifest.', '80', 'manifest'],
  ['The freighter held 300 tonnes of maize, according to its cargo manifest.', '300', 'cargo manifest'],
  ['The clinic treated 1,400 patients in May, according to its register.', '1,400', 'register'],
  // attributions/…/member-of-org: the organisation its members speak for.
  ['Organisers from the Riverside Tenants Union put the turnout at 8,000.', '8,000', 'Riverside Tenants Union'],
  ['Officials at the Northfield Water Board said 12,000 homes had no water.', '12,000', 'Northfield Water Board'],
  // a place after the preposition keeps the qualified source
  ['Officials in Tarvos said 300 homes were flooded.', '300', 'Officials in Tarvos'],
];
