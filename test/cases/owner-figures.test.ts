/** The owner of a count or document speaks for the figures it states. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { ownerFigureRows } from './owner-figures.cases.js';

describe('attributions/owner-figures, attributions/…/possessive-owner', () => {
  sourceTable(ownerFigureRows);
});
