/**
 * The dev set (../shared/corpus/dev, key ../shared/gold/dev.json) with its
 * floors. The texts are not part of the repository: without ../shared this
 * file skips, saying so.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../../src/eval/run.js';
import { floorTests } from './check.js';

// CROSSCHECK_SHARED points elsewhere (or nowhere, to check the skip).
const shared = process.env.CROSSCHECK_SHARED ?? path.resolve(__dirname, '../../../shared');
const goldFile = path.join(shared, 'gold/dev.json');
const corpus = path.join(shared, 'corpus/dev');
const present = existsSync(goldFile) && existsSync(corpus);

if (!present) {
  describe.skip(`dev eval: skipped, ${goldFile} or ${corpus} is absent (the dev set lives outside the repository)`, () => {
    it('needs ../shared', () => {});
  });
} else {
  let report: EvalReport;
  let baseline: EvalReport;
  beforeAll(async () => {
    [report, baseline] = await Promise.all([runEval({ gold: goldFile, corpus }), runEval({ gold: goldFile, corpus, baseline: true })]);
  });

  describe('dev eval', () => {
    it('reads and analyses every dev document', () => {
      expect(report.errors).toEqual([]);
      expect(report.scores.failed).toBe(0);
    });

    it('scores the every-number baseline as the gold README says (claim F1 ≈ 0.62, strict F1 0)', () => {
      expect(baseline.scores.claims.f1!).toBeGreaterThan(0.58);
      expect(baseline.scores.claims.f1!).toBeLessThan(0.66);
      expect(baseline.scores.claims.strict.f1).toBe(0);
    });
  });

  floorTests('dev', () => report);
}
