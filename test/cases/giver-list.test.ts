/** Each sum in a list of givers is its own giver's. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { giverListRows } from './giver-list.cases.js';

describe('attributions/giver-list', () => {
  sourceTable(giverListRows);
});
