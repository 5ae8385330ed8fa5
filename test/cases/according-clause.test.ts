/** "according to X" opening its own clause keeps the figures after it. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { accordingClauseRows } from './according-clause.cases.js';

describe('attributions/according-opens-clause', () => {
  sourceTable(accordingClauseRows);
});
