import { describe, expect, it } from 'vitest';
import type { EvalReport } from '../../src/eval/run.js';
import { formatEval } from '../../src/eval/format.js';
import { measured, raiseFloors, readFloors } from './floors.js';

/** One test per floor of `set`, against the report `get()` returns. */
export function floorTests(set: string, get: () => EvalReport): void {
  const floors = readFloors()[set] ?? {};
  describe(`${set} score floors`, () => {
    it('has floors', () => {
      expect(Object.keys(floors).length).toBeGreaterThan(0);
    });
    for (const [key, floor] of Object.entries(floors)) {
      it(`${key} ${key.endsWith('.max') ? '<=' : '>='} ${floor}`, () => {
        const report = get();
        const value = measured(report)[key];
        // Aggregates only unless asked: dev2's held-out stories must not show their misses to whoever tunes.
        const where = `\n${formatEval(report, { verbose: process.env.CROSSCHECK_EVAL_VERBOSE === '1' })}`;
        expect(value, `${key} has nothing to score${where}`).not.toBeNull();
        if (key.endsWith('.max')) expect(value!, `${key} rose above its ceiling${where}`).toBeLessThanOrEqual(floor);
        else expect(value!, `${key} fell below its floor${where}`).toBeGreaterThanOrEqual(floor - 1e-9);
      });
    }
    if (process.env.RAISE_FLOORS === '1') it('raises the floors (RAISE_FLOORS=1)', () => raiseFloors(set, get()));
  });
}
