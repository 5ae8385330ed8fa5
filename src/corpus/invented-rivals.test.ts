/**
 * Invented multi-article piles run end to end (text → claims → stories → figures → relations) for the relation-type
 * rules (test/cases/rivals.cases.ts): every pair must be grouped and typed as its pile says, but for the gaps it lists.
 */
import { describe } from 'vitest';
import { RIVAL_STORIES } from '../../test/cases/rivals.cases.js';
import { storyChecks } from '../../test/helpers/stories.js';

describe('invented rival-reading piles, end to end', () => {
  storyChecks(RIVAL_STORIES, 'invented-rivals');
});
