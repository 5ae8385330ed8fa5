/**
 * Invented multi-article piles run end to end (text → claims → stories → figures → relations) for the grouping
 * rules: each pile holds one construction (test/cases/groups.cases.ts) and the pairs that decide it, with their
 * types; every pair must be grouped and typed as its pile says, but for the gaps the pile lists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalReport } from '../eval/run.js';
import { GROUP_STORIES } from '../../test/cases/groups.cases.js';
import { runStories, storyMisses } from '../../test/helpers/stories.js';

describe('invented grouping piles, end to end', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runStories(GROUP_STORIES, 'invented-groups');
  });

  it('finds every claim the pairs name', () => {
    const missed = report.scores.perDocument.flatMap((d) => d.misses.claims.map((c) => `${d.file}: ${c.evidence}`));
    expect(missed).toEqual([]);
  });

  it.each(GROUP_STORIES.map((s) => [s.name, s] as const))(
    '%s: every pair grouped and typed, but for the gaps it lists',
    (_name, story) => {
      const { misses, detail, gaps } = storyMisses(report, story);
      expect(misses, detail.join('\n')).toEqual(gaps);
    },
  );
});
