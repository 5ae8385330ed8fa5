/**
 * `times/event-day`: a day inside a noun phrase naming an event (`Saturday's crush`, `the March 3 explosion`) is the
 * event's day, not the day of the count that follows the event: the count keeps its own time, else the article's.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../../../test/helpers/claims.js';
import { extractTimes } from '../times.js';
import { isEventDay } from './event-day.js';

const FRIDAY = { date: new Date(Date.UTC(2024, 9, 18, 12)), precision: 'day' as const };

/** [sentence, the number, its expected `when` (null: the article's time), whether a time is an event's day] */
const cases: Array<[string, number, string | null, boolean]> = [
  ["The number of people killed in Saturday's crush at the fairground has risen to nine.", 9, null, true],
  ["The death toll from Tuesday's quake climbed to 212, the civil defence agency said.", 212, null, true],
  ["Rescuers said 40 people were still missing after last week's floods.", 40, null, true],
  ['The toll from the March 3 explosion at the refinery has reached 17.', 17, null, true],
  ["At least 31 people died in Wednesday's powerful earthquake, officials said.", 31, null, true],
  ["The number of homes lost in Sunday's wildfire rose to 480.", 480, null, true],
  ['The number of passengers hurt in the Oct. 9 derailment has risen to 58.', 58, null, true],
  ["Turnout in Sunday's regional election reached 61%, the commission said.", 61, null, true],
  ["Yesterday's blast injured 23 workers at the mill.", 23, null, true],
  ["The number of patients treated after Sunday's blackout rose to 140.", 140, null, true],
  // Negatives: the day is the count's own.
  ["Monday's count put the number of displaced at 3,400.", 3400, '2024-10-14', false],
  ["Tuesday's tally showed 1,150 cases in the district.", 1150, '2024-10-15', false],
  ["Monday's vote count gave the mayor 12,400 ballots.", 12400, '2024-10-14', false],
  ['On Saturday, 9 were killed in the crush at the fairground.', 9, '2024-10-12', false],
  ["The toll from Saturday's crush stood at nine on Saturday.", 9, '2024-10-12', true],
  ['Officials counted 75 deaths on Wednesday after the storm.', 75, '2024-10-16', false],
  ["The fire department's update on Thursday listed 14 injured.", 14, '2024-10-17', false],
  // `since` makes the day the verb's own: the count runs from it.
  ["Police said 62 people had been arrested since Thursday's riot.", 62, '2024-10-17/', false],
  ['The 1953 storm killed 300 people along the coast.', 300, '1953', false],
];

describe('times/event-day', () => {
  for (const [text, value, when, event] of cases) {
    it(`${text} [${value} as of ${when ?? 'the article'}]`, () => {
      const claim = sentenceClaims(text).find((c) => (c.quantity.value ?? c.quantity.low) === value);
      expect(claim).toBeDefined();
      expect(claim?.when?.when ?? null).toBe(when);
      expect(extractTimes(text, FRIDAY).some(isEventDay)).toBe(event);
    });
  }
});
