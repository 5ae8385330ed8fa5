/** An unnamed spokesperson speaks for a body (attributions/spokesperson-for, attributions/spokesperson-org). */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { spokespersonRows } from './spokesperson.cases.js';

describe('attributions/spokesperson-for and spokesperson-org', () => {
  sourceTable(spokespersonRows);
});
