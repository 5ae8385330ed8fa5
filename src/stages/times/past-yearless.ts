/**
 * `times/past-yearless`: a day or month written without its year (`on March 3`, `in March`) that chrono puts in
 * the year after the publication is the most recent past one: news reports the past. The coming one stays when the
 * clause speaks of the future (`will meet on March 3`, `next March 3`, `is scheduled for`) or when it is only days
 * ahead at the turn of the year (`schools reopen on January 6` in late December).
 */
import type { Reference } from './resolve.js';

/** The rule id, the `by` of a time it moves back. */
export const PAST_YEARLESS = 'times/past-yearless';

/**
 * Words of the clause before a date that put it in the future: a future or planned verb, and the present of a
 * verb of a scheduled start or end (`the term starts on`, `goes on sale in`), as news writes a timetable.
 */
const FUTURE_CUE =
  /\b(?:will|shall|would|next|due|scheduled|slated|set\s+(?:to|for)|expected|plans?|planned|planning|upcoming|coming|going\s+to|(?:is|are)\s+to|(?:starts|begins|opens|reopens|resumes|closes|ends|expires|launches|arrives|goes|takes|kicks|picks|rolls|runs|comes))\b|['’]ll\b/i;
/** `by January`: a deadline right before the date is still ahead. */
const DEADLINE = /\bby\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?|late\s+)?$/i;

/** How far back in its clause a future cue is looked for. */
const REACH = 60;

/** Days after the publication within which a date of the next year is the coming one. */
const AHEAD_DAYS = 31;

/** The year a yearless date chrono placed in year `y` is in: `y - 1` when it is a past date put forward. */
export function pastYear(text: string, start: number, y: number, m: number, d: number | null, ref: Reference): number {
  if (ref.precision === 'year' || y <= ref.date.getUTCFullYear()) return y;
  const ahead = (Date.UTC(y, m - 1, d ?? 1, 12) - ref.date.getTime()) / 86_400_000;
  if (ahead <= AHEAD_DAYS) return y;
  const before = text.slice(Math.max(0, start - REACH), start);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
  return FUTURE_CUE.test(clause) || DEADLINE.test(clause) ? y : y - 1;
}
