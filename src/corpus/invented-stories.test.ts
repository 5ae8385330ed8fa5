/**
 * Invented multi-article stories run end to end (text → claims → stories → figures → relations), scored with
 * the relations scoring of `crosscheck eval`. Each story has tolls that rise, counts by place inside a total,
 * increments, a plan and its outcome, a projection, a neighbouring measure with a similar noun and a number
 * about another event; all five stories sit in one store, so they must also stay apart from one another.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalReport } from '../eval/run.js';
import { INVENTED_STORIES } from '../../test/cases/stories.cases.js';
import { runStories, storyMisses } from '../../test/helpers/stories.js';

describe('invented stories, end to end', () => {
  let report: EvalReport;
  beforeAll(async () => {
    report = await runStories(INVENTED_STORIES, 'invented-stories');
  });

  it('finds every claim the pairs name', () => {
    const missed = report.scores.perDocument.flatMap((d) => d.misses.claims.map((c) => `${d.file}: ${c.evidence}`));
    expect(missed).toEqual([]);
  });

  it.each(INVENTED_STORIES.map((s) => [s.name, s] as const))(
    '%s: every pair grouped and typed, but for the gaps it lists',
    (_name, story) => {
      const { misses, gaps } = storyMisses(report, story);
      expect(misses).toEqual(gaps);
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
