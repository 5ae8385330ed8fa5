/**
 * Invented multi-article piles run end to end (text → claims → stories → figures → relations) for the grouping
 * rules: each pile holds one construction (test/cases/groups.cases.ts) and the pairs that decide it, with their
 * types; every pair must be grouped and typed as its pile says, but for the gaps the pile lists.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../eval/run.js';
import type { Ref, Story } from '../../test/cases/stories.cases.js';
import { GROUP_STORIES } from '../../test/cases/groups.cases.js';

/** A gold key over the piles: each pair's claims, named by evidence and value, and the pair's type. */
function goldOf(stories: Story[]) {
  const claims = new Map<string, Map<string, { evidence: string; value: number }>>();
  for (const s of stories)
    for (const [a, b] of s.pairs)
      for (const [file, evidence, value] of [a, b]) {
        const byKey = claims.get(file) ?? new Map();
        byKey.set(`${evidence}\u0000${value}`, { evidence, value });
        claims.set(file, byKey);
      }
  const ref = ([file, evidence, value]: Ref) => ({ file, evidence, value });
  return {
    format: 'crosscheck-gold/1',
    corpus: 'invented-groups',
    documents: stories.flatMap((s) =>
      s.articles.map((a) => ({
        file: a.file,
        url: a.url,
        claims: [...(claims.get(a.file)?.values() ?? [])].map((c) => ({
          ...c,
          low: c.value,
          high: c.value,
          status: 'asserted',
        })),
      })),
    ),
    relations: stories.flatMap((s) => s.pairs.map(([a, b, type]) => ({ a: ref(a), b: ref(b), type }))),
  };
}

/** The evidence of a claim as a miss names it: `{figure} file: evidence [value]`. */
const evidenceOf = (named: string) => named.slice(named.indexOf(': ') + 2, named.lastIndexOf(' ['));

describe('invented grouping piles, end to end', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-groups-'));
    for (const s of GROUP_STORIES)
      for (const a of s.articles) writeFileSync(path.join(dir, a.file), JSON.stringify({ url: a.url, text: a.text }));
    report = await runEval({ gold: goldOf(GROUP_STORIES) as never, corpus: dir });
  });

  it('finds every claim the pairs name', () => {
    const missed = report.scores.perDocument.flatMap((d) => d.misses.claims.map((c) => `${d.file}: ${c.evidence}`));
    expect(missed).toEqual([]);
  });

  it.each(GROUP_STORIES.map((s) => [s.name, s] as const))(
    '%s: every pair grouped and typed, but for the gaps it lists',
    (_name, story) => {
      const files = new Set(story.articles.map((a) => a.file));
      const mine = report.relations!.misses.filter((m) => files.has(m.a.split(' ')[1]!.replace(/:$/, '')));
      const detail = mine.map((m) => `${m.type}→${m.predicted} (${m.grouped ? 'one figure' : 'two'}) ${m.a} | ${m.b}`);
      const misses = mine.map((m) => `${evidenceOf(m.a)} | ${evidenceOf(m.b)}`).sort();
      expect(misses, detail.join('\n')).toEqual((story.gaps ?? []).map(([a, b]) => `${a} | ${b}`).sort());
    },
  );
});
