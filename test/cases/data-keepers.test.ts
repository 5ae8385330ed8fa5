/** Figures named by their keeper, documents owned by the subject, and members of a named organisation. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { dataKeeperRows } from './data-keepers.cases.js';

describe('attributions/…/owner-adjective, …/owned-document, …/member-of-org', () => {
  sourceTable(dataKeeperRows);
});
