import { describe, expect, it } from 'vitest';
import { claimScope } from './scope.js';

/** [sentence, the number as written, expected key or null, rule]: invented sentences. */
const CASES: Array<[string, string, string | null, string?]> = [
  ['At least 12 people died in Marion County after the levee broke.', '12', 'marion-county', 'scope/in-place-after'],
  ['The storm killed 30 people, including 4 in Ohio and 9 in Kentucky.', '4', 'ohio', 'scope/in-place-after'],
  ['The storm killed 30 people, including 4 in Ohio and 9 in Kentucky.', '9', 'kentucky', 'scope/in-place-after'],
  ['Nine deaths were confirmed in West Virginia on Monday.', 'Nine', 'west-virginia', 'scope/in-place-after'],
  ['The fires destroyed 1,200 homes in the Ridge Valley region.', '1,200', 'ridge-valley', 'scope/in-place-after'],
  ['Some 3,000 voters across New South Wales were turned away.', '3,000', 'new-south-wales', 'scope/in-place-after'],
  [
    'Cholera has sickened 640 people in Port Amara Tuesday, officials said.',
    '640',
    'port-amara',
    'scope/in-place-after',
  ],
  ['In Tennessee, at least 40 people have died in the floods.', '40', 'tennessee', 'scope/lead-place'],
  ['Across Lombardy, 215 new cases were reported.', '215', 'lombardy', 'scope/lead-place'],
  ['Coroners in Dale County reported 14 deaths on Friday.', '14', 'dale-county', 'scope/officials-in'],
  ['Health officials in Kerala confirmed 23 infections.', '23', 'kerala', 'scope/officials-in'],
  // No scope: the whole count, a lower-case place, a place in another clause, a date.
  ['At least 56 people were killed across five states.', '56', null],
  ['The governor said 11 people had died in the state.', '11', null],
  ['The toll rose to 80, and rescuers were still searching in Marion County.', '80', null],
  ['Strikers numbered 4,000 on Monday, union leaders said.', '4,000', null],
  ['About 2,000 people were evacuated in January.', '2,000', null],
  ['The airline cancelled 900 flights, but in Denver the airport stayed open.', '900', null],
  ['The outbreak has infected 310 people since Easter.', '310', null],
];

describe('claim scope (place) rules', () => {
  it.each(CASES)('%s [%s]', (sentence, number, key, by) => {
    const start = sentence.indexOf(number);
    const got = claimScope(sentence, start, start + number.length);
    expect(got?.key ?? null).toBe(key);
    if (by) expect(got?.by).toBe(by);
  });
});
