/**
 * `times/count-not-hour`: a number right after a verb of a level (`the toll stood at 14 on Saturday`, `up from 9 on
 * Friday`) is a count, not the hour chrono reads in `14 on Saturday`: the time is the day after `on` alone.
 * Written hours (`at 9 on Monday morning`, `14:00`, `9 a.m.`) stay hours: `at` after any other verb is an hour.
 */

import { LEVEL_GROUPS, levelPhrases, phrasePattern } from '../../vocabulary/level-verbs.js';

/** The rule id, appended to the `by` of the day it reads again. */
export const COUNT_NOT_HOUR = 'times/count-not-hour';

/** Verbs of a level or a change that take a count right after them, the copulas, and a change's earlier side. */
const LEVEL_CUES = [...levelPhrases(...LEVEL_GROUPS), 'was', 'were', 'is', 'are', 'up from', 'down from'];

/** A level cue, then a bound word or none, ending right before the number. */
const LEVEL_BEFORE = new RegExp(
  `\\b(?:${phrasePattern(LEVEL_CUES)})\\s+` +
    `(?:(?:about|around|nearly|almost|some|at\\s+least|more\\s+than|over)\\s+)?$`,
  'i',
);

/** chrono's reading of a bare hour before a day: `at 14 on Saturday`, `from 9 on Friday` (group 1: the number). */
const HOUR_ON_DAY = /^(?:(?:at|from|to)\s+)?(\d{1,2})\s+on\s+/i;

/** How far before the number a level cue is looked for. */
const REACH = 40;

/**
 * Where the day starts in chrono's result `found` at `index` of `text`, when its hour is a count; else -1.
 */
export function countBeforeDay(text: string, index: number, found: string): number {
  const m = HOUR_ON_DAY.exec(found);
  if (!m) return -1;
  const number = index + m[0].indexOf(m[1]!);
  return LEVEL_BEFORE.test(text.slice(Math.max(0, number - REACH), number)) ? index + m[0].length : -1;
}
