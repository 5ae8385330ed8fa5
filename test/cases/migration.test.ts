/** Table tests for figures of migration and humanitarian stories (invented sentences). */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { countedPeopleRows, orgBodyRows, rankRows } from './migration.cases.js';

describe('attributions/counted-people: a counted group of unnamed people speaks', () => {
  sourceTable(countedPeopleRows);
});

describe('attributions/org-body: a body of an organisation named by its work speaks', () => {
  sourceTable(orgBodyRows);
});

describe('entities/short-titles: a rank written short is no part of the name', () => {
  sourceTable(rankRows);
});
