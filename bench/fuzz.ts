/**
 * `npm run fuzz`: the properties of test/fuzz/extractors.test.ts for much
 * longer. For each stage: N hostile texts (default 100,000) through the
 * stages up to and including it (no throw, true spans), cases per second,
 * and any failure with its seed and the shrunk counterexample; then the
 * growth ratio of every stage on each adversarial family (time per
 * character at n and 4n: ~1 is linear, ~4 quadratic).
 *
 *   npm run build && npm run fuzz [-- --runs 100000] [--seed 42] [--size 50000] [--only quantities,times]
 */
import fc from 'fast-check';
import { createArticle } from '../src/article.js';
import { createContext } from '../src/pipeline.js';
import { stages } from '../src/stages/index.js';
import { badSpan, families, growth, hostileText } from './fuzz-extractors.js';

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const runs = Number(arg(argv, '--runs') ?? 100_000);
  const seed = Number(arg(argv, '--seed') ?? Date.now() % 2 ** 31);
  const size = Number(arg(argv, '--size') ?? 50_000);
  const only = arg(argv, '--only')?.split(',');
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`fuzz: ${runs} cases per stage, seed ${seed} (rerun with --seed ${seed})`);
  let failures = 0;
  const ctx = createContext();
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i]!;
    if (only && !only.includes(stage.name)) continue;
    // Each case runs the stages before this one too (it needs their fields); its own time is what is reported.
    let own = 0;
    const prop = fc.property(
      hostileText(2_000),
      fc.constantFrom<'text' | 'html' | 'markdown'>('text', 'text', 'text', 'html', 'markdown'),
      (text, format) => {
        const raw = format === 'html' ? `<html><body><p>${text}</p></body></html>` : text;
        const article = createArticle({ source: 'fuzz', raw, format });
        for (let j = 0; j < i; j++) stages[j]!.run(article, ctx);
        const t0 = performance.now();
        stage.run(article, ctx);
        own += performance.now() - t0;
        const bad = badSpan(article);
        if (bad) throw new Error(`bad span after ${stage.name}: ${bad}`);
      },
    );
    const t0 = performance.now();
    const result = fc.check(prop, { numRuns: runs, seed });
    const secs = (performance.now() - t0) / 1000;
    const done = result.numRuns;
    out(
      `${stage.name.padEnd(13)} ${String(done).padStart(7)} cases in ${secs.toFixed(1)} s: ${Math.round(done / secs)} cases/s (stage alone ${Math.round(done / Math.max(own / 1000, 1e-9))} cases/s)${result.failed ? '  FAILED' : ''}`,
    );
    if (result.failed) {
      failures++;
      out(`  seed ${result.seed}, path ${result.counterexamplePath}`);
      out(`  counterexample: ${JSON.stringify(result.counterexample).slice(0, 2000)}`);
      out(
        `  error: ${String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance).slice(0, 2000)}`,
      );
    }
  }
  out('');
  out(`growth: time per character at ${size} and ${size * 4} characters (1 = linear, 4 = quadratic; flagged above 2)`);
  for (const [name, family] of Object.entries(families)) {
    const g = growth(family, size);
    const worst = Object.entries(g)
      .filter(([stage]) => !only || only.includes(stage))
      .sort((a, b) => b[1].ratio - a[1].ratio);
    const flagged = worst.filter(([, v]) => v.ratio > 2);
    const top = worst[0];
    out(
      `  ${name.padEnd(26)} worst ${top ? `${top[0]} ×${top[1].ratio.toFixed(2)} (${top[1].small.toFixed(0)} → ${top[1].large.toFixed(0)} ms)` : '-'}${flagged.length ? `  SUPERLINEAR: ${flagged.map(([s, v]) => `${s} ×${v.ratio.toFixed(1)}`).join(', ')}` : ''}`,
    );
    if (flagged.length) failures++;
  }
  out(failures ? `\n${failures} problem(s) found` : '\nno problems found');
  return failures ? 1 : 0;
}

main().then((code) => (process.exitCode = code));
