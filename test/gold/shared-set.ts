/**
 * An annotated set that lives in ../shared (dev, dev2, pages), with its floors.
 * The texts are not part of the repository: without ../shared the set skips,
 * saying which path is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../../src/eval/run.js';
import { floorTests } from './check.js';

// CROSSCHECK_SHARED points elsewhere (or nowhere, to check the skip).
export const shared = process.env.CROSSCHECK_SHARED ?? path.resolve(__dirname, '../../../shared');

export interface SharedSet {
  /** The floors' key in floors.json. */
  name: string;
  /** Gold file and corpus folder, relative to ../shared. */
  gold: string;
  corpus: string;
  /** Bounds on the every-number baseline's claim F1, when the set pins the scorer with it. */
  baseline?: { above: number; below: number };
}

/** Eval the set once, then one test per floor; skip with the missing path named when ../shared is absent. */
export function sharedSetTests(set: SharedSet): void {
  const goldFile = path.join(shared, set.gold);
  const corpus = path.join(shared, set.corpus);
  if (!existsSync(goldFile) || !existsSync(corpus)) {
    describe.skip(`${set.name} eval: skipped, ${goldFile} or ${corpus} is absent (it lives outside the repository)`, () => {
      it('needs ../shared', () => {});
    });
    return;
  }
  let report: EvalReport;
  beforeAll(async () => {
    // The baseline is scored over the same analysis: one pipeline run over the set.
    report = await runEval({ gold: goldFile, corpus, withBaseline: !!set.baseline });
  });

  describe(`${set.name} eval`, () => {
    it(`reads and analyses every ${set.name} document`, () => {
      expect(report.errors).toEqual([]);
      expect(report.scores.failed).toBe(0);
    });
    if (set.baseline) {
      const { above, below } = set.baseline;
      it(`scores the every-number baseline between ${above} and ${below} claim F1, strict F1 0`, () => {
        expect(report.baselineScores!.claims.f1!).toBeGreaterThan(above);
        expect(report.baselineScores!.claims.f1!).toBeLessThan(below);
        expect(report.baselineScores!.claims.strict.f1).toBe(0);
      });
    }
  });

  floorTests(set.name, () => report);
}
