/** "A council official" speaks for the council named before (attributions/role-member-org). */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { memberOrgRows } from './member-org.cases.js';

describe('attributions/role-member-org', () => {
  sourceTable(memberOrgRows);
});
