/**
 * Invented multi-article stories run end to end (text → claims → stories → figures → relations), scored with
 * the relations scoring of `crosscheck eval`. Each story has tolls that rise, counts by place inside a total,
 * increments, a plan and its outcome, a projection, a neighbouring measure with a similar noun and a number
 * about another event; all five stories sit in one store, so they must also stay apart from one another.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../eval/run.js';
import { INVENTED_STORIES, type Ref, type Story } from '../../test/cases/stories.cases.js';

/** A gold key over the stories: each pair's claims, named by evidence and value, and the pair's type. */
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
    corpus: 'invented-stories',
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

describe('invented stories, end to end', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-stories-'));
    for (const s of INVENTED_STORIES)
      for (const a of s.articles) writeFileSync(path.join(dir, a.file), JSON.stringify({ url: a.url, text: a.text }));
    report = await runEval({ gold: goldOf(INVENTED_STORIES) as never, corpus: dir });
  });

  it('finds every claim the pairs name', () => {
    const missed = report.scores.perDocument.flatMap((d) => d.misses.claims.map((c) => `${d.file}: ${c.evidence}`));
    expect(missed).toEqual([]);
  });

  it.each(INVENTED_STORIES.map((s) => [s.name, s] as const))(
    '%s: every pair grouped and typed, but for the gaps it lists',
    (_name, story) => {
      const files = new Set(story.articles.map((a) => a.file));
      const misses = report
        .relations!.misses.filter((m) => files.has(m.a.split(' ')[1]!.replace(/:$/, '')))
        .map((m) => `${evidenceOf(m.a)} | ${evidenceOf(m.b)}`)
        .sort();
      expect(misses).toEqual((story.gaps ?? []).map(([a, b]) => `${a} | ${b}`).sort());
    },
  );

  // Floors at today's scores (81 pairs): they only go up.
  it('scores the pairs the stories list', () => {
    const { grouping, type, conflicts, falseAlarms } = report.relations!;
    expect(grouping.score).toBeGreaterThanOrEqual(0.8);
    expect(type.score).toBeGreaterThanOrEqual(0.77);
    expect(conflicts.score).toBeGreaterThanOrEqual(0.6);
    expect(falseAlarms.score).toBeLessThanOrEqual(0);
  });
});
