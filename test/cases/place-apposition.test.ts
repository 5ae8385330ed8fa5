/** A number describing a place in apposition (", a town of 6,000 people") is the outlet's own voice. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { placeAppositionRows } from './place-apposition.cases.js';

describe('attributions/place-apposition', () => {
  sourceTable(placeAppositionRows);
});
