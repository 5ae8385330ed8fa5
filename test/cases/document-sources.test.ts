/** Figures from letters, memos and surveys take their writer as source; "adds a payment" is no speech. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { documentSourceRows } from './document-sources.cases.js';

describe('attributions/document-from, attributions/add-object', () => {
  sourceTable(documentSourceRows);
});
