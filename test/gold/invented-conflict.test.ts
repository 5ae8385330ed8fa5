/**
 * The invented conflict stories (corpus/invented/conflict: drone strikes on border villages told by three outlets,
 * a fuel-duty protest told by three) against their gold key, with score floors from floors.json. Run with
 * RAISE_FLOORS=1 to raise the floors the stages now beat.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../../src/eval/run.js';
import { floorTests } from './check.js';

const root = path.join(__dirname, '../..');
const dir = path.join(root, 'corpus/invented/conflict');
let report: EvalReport;

beforeAll(async () => {
  report = await runEval({ gold: path.join(dir, 'gold.json'), corpus: dir });
});

describe('invented-conflict eval', () => {
  it('reads and analyses every invented conflict document', () => {
    expect(report.errors).toEqual([]);
    expect(report.scores.documents).toBe(6);
    expect(report.scores.failed).toBe(0);
  });
});

floorTests('invented-conflict', () => report);
