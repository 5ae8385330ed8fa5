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
  ['In Ada County, 50 people have died since the river crested.', '50', 'ada-county', 'scope/lead-place'],
  ['In Harlow County alone, 75 homes were destroyed by the fire.', '75', 'harlow-county', 'scope/lead-place'],
  ['In Bavaria alone, 1,400 cases of measles were recorded.', '1,400', 'bavaria', 'scope/lead-place'],
  ['Across Northern Mirovia, 8,000 workers walked out.', '8,000', 'northern-mirovia', 'scope/lead-place'],
  ['In the capital alone, 300 were injured in the clashes.', '300', 'capital', 'scope/lead-place-noun'],
  ['Across the three provinces, 12,000 homes lost power.', '12,000', 'three-provinces', 'scope/lead-place-noun'],
  ['In the coastal districts, 40 schools stayed shut.', '40', 'coastal-districts', 'scope/lead-place-noun'],
  ['In the city, 19 polling stations opened late.', '19', 'city', 'scope/lead-place-noun'],
  ['Across the worst-hit villages alone, 600 families were displaced.', '600', 'worst-hit-villages'],
  ['In the camps, 2,500 cholera cases have been logged.', '2,500', 'camps', 'scope/lead-place-noun'],
  ['Some 300 people were injured in the capital alone.', '300', 'capital', 'scope/in-place-noun-alone'],
  ['Police made 45 arrests across the two cities alone on Friday.', '45', 'two-cities', 'scope/in-place-noun-alone'],
  ['Police made 45 arrests in the city on Friday.', '45', null],
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
  // Time phrases and non-place nouns that open a sentence are no scope.
  ['In March, 300 people were injured in riots.', '300', null],
  ['In the past week, 300 people were injured in riots.', '300', null],
  ['In the first quarter, stocks fell 12%.', '12', null],
  ['In Spring, 45 farms flooded.', '45', null],
  ['In total, 50 people have died.', '50', null],
  ['In the state, 11 people have died of the flu.', '11', null],
  ['Across the country, 5,000 teachers went on strike.', '5,000', null],
  ['In the meantime, 70 ballots were recounted.', '70', null],
  ['In the end, 14 candidates stood for the seat.', '14', null],
  ['In 2019, 800 people died in the heat wave.', '800', null],
];

describe('claim scope (place) rules', () => {
  it.each(CASES)('%s [%s]', (sentence, number, key, by) => {
    const start = sentence.indexOf(number);
    const got = claimScope(sentence, start, start + number.length);
    expect(got?.key ?? null).toBe(key);
    if (by) expect(got?.by).toBe(by);
  });
});
