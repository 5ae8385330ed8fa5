/**
 * The invented food-family stories (corpus/invented/food: a salmonella outbreak in Chile traced to a packaged salad
 * and an avian-flu cull in Hungary, three outlets each) against their gold key, with score floors from floors.json.
 * Run with RAISE_FLOORS=1 to raise the floors the stages now beat.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../../src/eval/run.js';
import { floorTests } from './check.js';

const root = path.join(__dirname, '../..');
let report: EvalReport;

beforeAll(async () => {
  report = await runEval({
    gold: path.join(root, 'corpus/invented/food/gold.json'),
    corpus: path.join(root, 'corpus/invented/food'),
  });
});

describe('invented-food eval', () => {
  it('reads and analyses every invented food document', () => {
    expect(report.errors).toEqual([]);
    expect(report.scores.documents).toBe(6);
    expect(report.scores.failed).toBe(0);
  });
});

floorTests('invented-food', () => report);
