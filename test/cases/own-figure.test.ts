/** A subject that keeps or revises a figure of its own, also when an appositive names it, speaks for it. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import { ownFigureRows } from './own-figure.cases.js';

describe('attributions/appositive-org, attributions/stood-by-figure', () => {
  sourceTable(ownFigureRows);
});
