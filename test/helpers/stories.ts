/**
 * Invented multi-article stories run end to end for the relations tests (src/corpus/invented-*.test.ts): the
 * texts written to a folder, a gold key built from each story's pairs, and each story's misses as its gaps name
 * them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runEval, type EvalReport } from '../../src/eval/run.js';
import type { Ref, Story } from '../cases/stories.cases.js';

/** A gold key over the stories: each pair's claims, named by evidence and value, and the pair's type. */
function goldOf(stories: Story[], corpus: string) {
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
    corpus,
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
export const evidenceOf = (named: string) => named.slice(named.indexOf(': ') + 2, named.lastIndexOf(' ['));

/** Every story's articles in one folder, scored against their pairs. */
export async function runStories(stories: Story[], corpus: string): Promise<EvalReport> {
  const dir = mkdtempSync(path.join(tmpdir(), `crosscheck-${corpus}-`));
  for (const s of stories)
    for (const a of s.articles) writeFileSync(path.join(dir, a.file), JSON.stringify({ url: a.url, text: a.text }));
  return runEval({ gold: goldOf(stories, corpus) as never, corpus: dir });
}

/** One story's relation misses (`evidence a | evidence b`, sorted), with a line of detail each for the message. */
export function storyMisses(report: EvalReport, story: Story): { misses: string[]; detail: string[]; gaps: string[] } {
  const files = new Set(story.articles.map((a) => a.file));
  const mine = report.relations!.misses.filter((m) => files.has(m.a.split(' ')[1]!.replace(/:$/, '')));
  return {
    misses: mine.map((m) => `${evidenceOf(m.a)} | ${evidenceOf(m.b)}`).sort(),
    detail: mine.map((m) => `${m.type}→${m.predicted} (${m.grouped ? 'one figure' : 'two'}) ${m.a} | ${m.b}`),
    gaps: (story.gaps ?? []).map(([a, b]) => `${a} | ${b}`).sort(),
  };
}

/**
 * The end-to-end checks every pile of stories passes, inside the caller's `describe`: every claim the pairs name is
 * found, and each story's pairs are grouped and typed as it says but for its gaps. Returns the report, read after
 * `beforeAll`, for checks of the caller's own.
 */
export function storyChecks(stories: Story[], corpus: string): () => EvalReport {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runStories(stories, corpus);
  });

  it('finds every claim the pairs name', () => {
    const missed = report.scores.perDocument.flatMap((d) => d.misses.claims.map((c) => `${d.file}: ${c.evidence}`));
    expect(missed).toEqual([]);
  });

  it.each(stories.map((s) => [s.name, s] as const))(
    '%s: every pair grouped and typed, but for the gaps it lists',
    (_name, story) => {
      const { misses, detail, gaps } = storyMisses(report, story);
      expect(misses, detail.join('\n')).toEqual(gaps);
    },
  );
  return () => report;
}
