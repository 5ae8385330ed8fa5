/** "X gave the following figures:" carries X into the list lines after it. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { carriedListRows } from './carried-list.cases.js';

describe('attributions/carried-list', () => {
  sourceTable(carriedListRows);
});
