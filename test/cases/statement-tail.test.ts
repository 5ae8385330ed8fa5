/** A clause joined on after a closing cue ("…, officials said, and 14 died") keeps the cue's speaker. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { statementTailRows } from './statement-tail.cases.js';

describe('attributions/statement-tail', () => {
  sourceTable(statementTailRows);
});
