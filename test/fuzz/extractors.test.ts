/**
 * Hostile text through every per-article stage (fast-check): no stage
 * throws, every span stays true to `article.text`, and adversarial runs
 * (digits, commas, spaces, quote marks, brackets) finish. `npm run fuzz`
 * runs the same properties for 100,000 cases per extractor and measures the
 * growth ratio; here a few hundred cases keep the suite quick.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { families, hostileText, htmlFamilies, runStages, stagesHold } from '../../bench/fuzz-extractors.js';

const seed = Number(process.env.FUZZ_SEED ?? 20241122);

describe('every stage on hostile text', () => {
  it('never throws and keeps every span true (plain text)', () => {
    fc.assert(
      fc.property(hostileText(300), (text) => stagesHold(text, 'text')),
      { numRuns: 300, seed },
    );
  });

  it('never throws and keeps every span true (HTML and markdown)', () => {
    const html = hostileText(100).map((t) => `<html><body><article><p>${t}</p><div>${t}</div></article></body></html>`);
    fc.assert(
      fc.property(html, (text) => stagesHold(text, 'html')),
      { numRuns: 100, seed },
    );
    fc.assert(
      fc.property(hostileText(100), (text) => stagesHold(text, 'markdown')),
      { numRuns: 100, seed },
    );
  });

  it('never throws on arbitrary Unicode, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => stagesHold(text, 'text')),
      { numRuns: 200, seed },
    );
  });

  // Not a speed test: 200,000 characters of each adversarial family must simply finish. Linear code takes
  // well under a second per stage; a backtracking regular expression takes minutes or hours. The growth
  // ratio (time per character at n and 4n) is measured by `npm run fuzz`.
  it.each(Object.keys(families))('finishes on 200,000 characters of %s', (name) => {
    const { article, runs } = runStages(families[name]!(200_000));
    expect(runs.find((r) => r.threw)?.threw ?? null).toBeNull();
    for (const r of runs) expect(r.ms, `${r.stage} on ${name}`).toBeLessThan(20_000);
    expect(article.messages.filter((m) => m.code === 'E_STAGE_CRASH')).toEqual([]);
  });

  it.each(Object.keys(htmlFamilies))('finishes on 2,000,000 characters of HTML: %s', (name) => {
    const { article, runs } = runStages(htmlFamilies[name]!(2_000_000), 'html');
    expect(runs.find((r) => r.threw)?.threw ?? null).toBeNull();
    for (const r of runs) expect(r.ms, `${r.stage} on ${name}`).toBeLessThan(20_000);
    expect(article.messages.filter((m) => m.code === 'E_STAGE_CRASH')).toEqual([]);
  });
});
