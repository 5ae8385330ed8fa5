/**
 * The invented transport-family stories (corpus/invented/transport: a train collision in Romania and a coal mine
 * collapse in Colombia, three outlets each) against their gold key, with score floors from floors.json. Run with
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
    gold: path.join(root, 'corpus/invented/transport/gold.json'),
    corpus: path.join(root, 'corpus/invented/transport'),
  });
});

describe('invented-transport eval', () => {
  it('reads and analyses every invented transport document', () => {
    expect(report.errors).toEqual([]);
    expect(report.scores.documents).toBe(6);
    expect(report.scores.failed).toBe(0);
  });
});

floorTests('invented-transport', () => report);
