/**
 * Invented multi-article stories run end to end (text → claims → stories → figures → relations), scored with
 * the relations scoring of `crosscheck eval`. Each story has tolls that rise, counts by place inside a total,
 * increments, a plan and its outcome, a projection, a neighbouring measure with a similar noun and a number
 * about another event; all five stories sit in one store, so they must also stay apart from one another.
 */
import { describe, expect, it } from 'vitest';
import { INVENTED_STORIES } from '../../test/cases/stories.cases.js';
import { storyChecks } from '../../test/helpers/stories.js';

describe('invented stories, end to end', () => {
  const report = storyChecks(INVENTED_STORIES, 'invented-stories');

  // Floors at today's scores (81 pairs): they only go up.
  it('scores the pairs the stories list', () => {
    const { grouping, type, conflicts, falseAlarms } = report().relations!;
    expect(grouping.score).toBeGreaterThanOrEqual(0.8);
    expect(type.score).toBeGreaterThanOrEqual(0.77);
    expect(conflicts.score).toBeGreaterThanOrEqual(0.6);
    expect(falseAlarms.score).toBeLessThanOrEqual(0);
  });
});
