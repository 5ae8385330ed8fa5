/**
 * The invented fire-family stories (corpus/invented/fire: a wildfire in Oregon over four days and an apartment-tower
 * fire in Brazil, three outlets each) against their gold key, with score floors from floors.json. Run with
 * RAISE_FLOORS=1 to raise the floors the stages now beat.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../../src/eval/run.js';
import { floorTests } from './check.js';

const root = path.join(__dirname, '../..');
let report: EvalReport;

beforeAll(async () => {
  report = await runEval({
    gold: path.join(root, 'corpus/invented/fire/gold.json'),
    corpus: path.join(root, 'corpus/invented/fire'),
  });
});

describe('invented-fire eval', () => {
  it('reads and analyses every invented fire document', () => {
    expect(report.errors).toEqual([]);
    expect(report.scores.documents).toBe(6);
    expect(report.scores.failed).toBe(0);
  });
});

floorTests('invented-fire', () => report);
