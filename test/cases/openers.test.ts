/** A sentence opener ("Perhaps", "Within", "Hey") is no part of the name that follows it. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { openerRows } from './openers.cases.js';

describe('entities/opener-word', () => {
  sourceTable(openerRows);
});
