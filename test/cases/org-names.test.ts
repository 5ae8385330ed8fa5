/** Names kept whole as sources: unions, chambers and members of parliament. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { orgNameRows } from './org-names.cases.js';

describe('entities/org/general-in-name, chamber, MP: the source name is whole', () => {
  sourceTable(orgNameRows);
});
