/** Table tests for figures of geological-disaster stories (invented sentences). */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { countingSubjectRows } from './quake.cases.js';

describe('attributions/counting-subject: a body that records, counts or lists a figure says it', () => {
  sourceTable(countingSubjectRows);
});
