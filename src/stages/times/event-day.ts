/**
 * `times/event-day`: a day that names an event inside a noun phrase, possessive (`Saturday's crush`, `last week's
 * floods`) or attributive (`the March 3 explosion`), is the event's day. A count that follows such an event (`the
 * toll from Saturday's crush has risen to nine`) is as of its own time or the article's, not the event's.
 */
import type { TimeExpr } from '../../article.js';
import { EVENT_NOUNS, eventNounPattern } from '../../vocabulary/events.js';

/** The rule id, appended to the `by` of a time it marks. */
export const EVENT_DAY = 'times/event-day';

/**
 * Nouns of events whose day is not the day of a count that follows them: the shared event nouns, and events that
 * are no story's subject there (a crush, a vote, an aftershock).
 */
const EVENT_NOUN = new RegExp(
  `^(?:${eventNounPattern([...EVENT_NOUNS, 'crush', 'tremor', 'aftershock', 'airstrike', 'protest', 'election', 'vote', 'referendum'])})$`,
);

/** Nouns after an event noun that make the phrase a count of that day (`Monday's vote count`), or not an event. */
const COUNT_HEADS = new Set(
  (
    'count counts tally tallies toll tolls total totals figure figures results returns turnout estimate estimates ' +
    'update updates report department service brigade chief officials season warning warnings alert'
  ).split(' '),
);

/** Words that end the noun phrase before any event noun (`Monday's meeting on the strike`). */
const PHRASE_ENDS = new Set(
  (
    'of on in at to for about over after before from by with and or but the a an that which who was were is are ' +
    'has have had will would said says'
  ).split(' '),
);

/** Words between the day and the event noun (`Sunday's regional election`, `Tuesday's magnitude-6.1 quake`). */
const MODIFIERS_MAX = 3;

const WORD_RE = /^\s*([\p{L}\d]+(?:[.-][\p{L}\d]+)*)/u;

/** A determiner before an attributive day: `the March 3 explosion`, not `On March 3 fires broke out`. */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|its|their)\s+$/i;

/**
 * true when the time at `start`..`end` of `text` names an event's day: followed by `'s` or preceded by a
 * determiner, then (past at most {@link MODIFIERS_MAX} modifiers) an event noun that heads the phrase. Years are left
 * alone (`the 1953 storm` is another event, dated). Reads a fixed window after the time.
 */
export function eventDayAt(text: string, start: number, end: number, precision: TimeExpr['precision']): boolean {
  if (precision === 'year') return false;
  let at = end;
  const poss = /^['’]s\b/.exec(text.slice(at, at + 3));
  if (poss) at += poss[0].length;
  else if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return false;
  for (let k = 0; k <= MODIFIERS_MAX; k++) {
    const w = WORD_RE.exec(text.slice(at, at + 40));
    if (!w) return false;
    at += w[0].length;
    const word = w[1]!.toLowerCase();
    if (PHRASE_ENDS.has(word)) return false;
    if (!EVENT_NOUN.test(word)) continue;
    const next = WORD_RE.exec(text.slice(at, at + 40));
    return !next || !COUNT_HEADS.has(next[1]!.toLowerCase());
  }
  return false;
}

/** true when the times stage marked `t` as an event's day ({@link EVENT_DAY}). */
export function isEventDay(t: TimeExpr): boolean {
  return t.by.endsWith(EVENT_DAY);
}
