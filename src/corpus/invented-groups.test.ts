/**
 * Invented multi-article piles run end to end (text → claims → stories → figures → relations) for the grouping
 * rules: each pile holds one construction (test/cases/groups.cases.ts) and the pairs that decide it, with their
 * types; every pair must be grouped and typed as its pile says, but for the gaps the pile lists.
 */
import { describe } from 'vitest';
import { GROUP_STORIES, PREDICATE_STORIES } from '../../test/cases/groups.cases.js';
import { storyChecks } from '../../test/helpers/stories.js';

describe('invented grouping piles, end to end', () => {
  storyChecks(GROUP_STORIES, 'invented-groups');
});

describe('invented grouping piles of scope predicates and release rivals, end to end', () => {
  storyChecks(PREDICATE_STORIES, 'invented-groups-predicates');
});
