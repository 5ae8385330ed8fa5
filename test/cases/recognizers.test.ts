/**
 * Optional: the Microsoft Recognizers-Text English number cases (MIT), read
 * from ../shared/bench/numbers/ when present (never copied into the repo).
 * Reports the share of single-number cases whose value the quantities
 * extractor reads; skips cleanly when the data is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/bench/numbers');
const file = resolve(dir, 'recognizers-Number-NumberModel.json');
const present = existsSync(file);

interface Case {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; Resolution?: { value?: string; subtype?: string } }>;
}

describe.skipIf(!present)('Recognizers-Text number cases (../shared/bench/numbers)', () => {
  it('reads the values of single-number cases', () => {
    const cases = JSON.parse(readFileSync(file, 'utf8')) as Case[];
    let total = 0;
    let right = 0;
    for (const c of cases) {
      const quantities = extractQuantities(c.Input);
      for (const q of quantities) expect(c.Input.slice(q.start, q.end)).toBe(q.text);
      if (c.Results.length !== 1) continue;
      const v = Number(c.Results[0]!.Resolution?.value);
      if (!Number.isFinite(v)) continue;
      total++;
      if (quantities.some((q) => q.value === v || q.low === v)) right++;
    }
    const rate = right / Math.max(1, total);
    console.info(`Recognizers number cases: ${right}/${total} values read (${(rate * 100).toFixed(1)}%)`);
    // A floor that only goes up. The set is heavy on fractions (`three fifths`), scientific notation,
    // negatives and Indian units (`lakh`), which news claims do not use; years and ordinals are excluded on purpose.
    expect(rate).toBeGreaterThanOrEqual(0.22);
  });
});

if (!present) {
  describe('Recognizers-Text number cases', () => {
    it.skip(`skipped: ${file} is absent (bench data lives outside the repo)`, () => {});
  });
}
