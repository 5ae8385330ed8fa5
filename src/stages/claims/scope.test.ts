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
  // A place inside a wider one, named by its noun or after a possessive: the inner place.
  ['Some 4,000 homes flooded in the eastern province of Vardana.', '4,000', 'vardana', 'scope/place-of'],
  ['Nearly all the flood victims, 61, lived in the northern part of Ostland.', '61', 'ostland', 'scope/place-of'],
  ['Rescuers found 18 bodies in the hardest-hit town of Millbrook.', '18', 'millbrook', 'scope/place-of'],
  ['At least 9 people drowned in the coastal district of Port Selin on Sunday.', '9', 'port-selin', 'scope/place-of'],
  ['Troops evacuated 2,300 residents in the mountain village of Alto Rey.', '2,300', 'alto-rey', 'scope/place-of'],
  ['The fire razed 340 homes in Ostland’s Kessel region.', '340', 'kessel', 'scope/possessive-place'],
  ['Cholera killed 27 people in Vardana’s northern Selm province.', '27', 'selm', 'scope/possessive-place'],
  ["At least 14 died in Ostland's capital, Brega.", '14', 'capital', 'scope/possessive-place'],
  ['Officials counted 600 cases in the western Tallis region.', '600', 'tallis', 'scope/adjective-place'],
  ['Some 80 schools closed in the southern Kessel province.', '80', 'kessel', 'scope/adjective-place'],
  // "In the state" names the place a label or a governor's title gave.
  // A list row headed by its place: the row's number is that place's count.
  ['Tarvel district — 2,300', '2,300', 'tarvel', 'scope/list-row'],
  ['- Ossory County: 41 dead', '41', 'ossory-county', 'scope/list-row'],
  ['• Upper Kessa province – about 900 evacuated', 'about 900', 'upper-kessa', 'scope/list-row'],
  ['Deaths: 41', '41', null],
  // scope/institution-place: where a hospital, court or office stands is not where the count holds.
  ['Fourteen survivors were taken to the Saint Orla hospital in Brevik.', 'Fourteen', null],
  ['Six of the miners were flown to a clinic in Tarsk on Sunday.', 'Six', null],
  ['The 40 accused appeared before a court in Velmar on Monday.', '40', null],
  ['Some 200 residents were moved to a shelter in Tarsk.', '200', 'tarsk', 'scope/in-place-after'],
  // Places joined by "and": the count holds for them together, for no one of them.
  ['About 3,000 people fled their homes in the Osten and Harl districts.', '3,000', null],
  ['Crews restored power to 9,000 homes in Lowick & Dunmore on Friday.', '9,000', null],
  ['The storm killed 4 in Ohio and 9 in Kentucky.', '4', 'ohio', 'scope/in-place-after'],
  ['Update — 12 more bodies were found on Tuesday.', '12', null],
  ['Ohio: Gov. Dana Pruitt reported 14 deaths in the state on Friday.', '14', 'ohio', 'scope/state-anaphor'],
  ['- Kentucky: officials said at least 6 people were killed in the state.', '6', 'kentucky', 'scope/state-anaphor'],
  ['Iowa Gov. Lena Marsh said 12 deaths had been confirmed statewide.', '12', 'iowa', 'scope/state-anaphor'],
  ['Oregon Governor Tim Hale said 3,100 homes had burned across the state.', '3,100', 'oregon', 'scope/state-anaphor'],
  ['Gov. Dana Pruitt reported 14 deaths in the state.', '14', null],
  ['Lt. Gov. Ann Lee said 9 people had died statewide.', '9', null],
  ['The Governor said 9 people had died in the state.', '9', null],
  ['Update: 14 people have died in the state, officials said.', '14', null],
  // A count said to hold for the whole (statewide, nationwide) has no place, whoever counted it.
  ['Officials in Dale County reported 90 deaths statewide.', '90', null],
  ['In Ostland, 1,200 teachers struck nationwide on Monday.', '1,200', null],
  ['Health officials in Kerala said 310 cases had been logged across the country.', '310', null],
  ['Some 4,500 polling stations opened nationwide.', '4,500', null],
  ['At least 300 people died across the region.', '300', null],
  // Where on the scene: on the ground (not on board).
  ['The jet hit a market and 11 people were killed on the ground.', '11', 'on-ground', 'scope/on-the-ground'],
  ['At least 7 residents died on the ground when the jet hit the houses.', '7', 'on-ground', 'scope/on-the-ground'],
  ['The count climbed to 90 as patients hurt on the ground later died.', '90', null],
  ['The army sent 5,000 soldiers to support operations on the ground.', '5,000', null],
  ['There are now 2,000 troops on the ground, the ministry said.', '2,000', null],
  // Outside a place: a part apart from the place itself.
  ['Another 45 people died outside the capital.', '45', 'outside-capital', 'scope/outside-place'],
  ['Police reported 30 arrests outside Brega overnight.', '30', 'outside-brega', 'scope/outside-place'],
  // Among a group: who the count holds for.
  ['The toll includes 12 among foreign nationals.', '12', 'foreign-nationals', 'scope/among-group'],
  ['Infections rose to 85 among health workers this week.', '85', 'health-workers', 'scope/among-group'],
  ['Among foreign nationals, 12 have died.', '12', 'foreign-nationals', 'scope/lead-among'],
  ['Among pupils, 300 cases were confirmed.', '300', 'pupils', 'scope/lead-among'],
  ['Four students were among the dead.', 'Four', null],
  ['Three firefighters were among those who died in the blaze.', 'Three', null],
  ['Among those hurt were 3 nurses.', '3', null],
  ['Among the dead, 14 were children.', '14', null],
  // The count's own words and time phrases are no place.
  ['At least 40 people died in the morning, officials said.', '40', null],
  ['In a statement, the ministry said 72 people died.', '72', null],
  ['The storm caused $3 billion in damage.', '3 billion', null],
  ['In response, 2,000 workers walked out.', '2,000', null],
  ['In the past week, 65 cases were reported in the area.', '65', null],
  ['On Monday, 19 people were rescued from the river.', '19', null],
  ['Speaking in Brega, the minister said 44 people had died.', '44', null],
  ['The agency, based in Vardana, said 230 homes had burned.', '230', null],
  ['The union in Ostland said 6,000 workers joined the strike.', '6,000', null],
  ['Police said 18 people were hurt in the stampede.', '18', null],
  ['In a report, 55 deaths were linked to the heat.', '55', null],
  ['In damage terms, 300 bridges were lost.', '300', null],
  ['In all, 88 candidates stood.', '88', null],
  // A part named by "including" after a count holds where the count does.
  [
    'At least 26 people drowned in Ostland, including two nurses who were swept away.',
    'two',
    'ostland',
    'scope/including-parent',
  ],
  [
    'Fires burned 900 homes in Kessel County, including at least 40 on the ridge.',
    '40',
    'kessel-county',
    'scope/including-parent',
  ],
  ['The storm killed 30 people, including 4 children.', '4', null],
  ['At least 48 died in Ostland, and including the 12 missing the toll could pass 70.', '12', null],
  ['The floods killed 120 people in three provinces.', '120', null],
  // Elections, markets, epidemics: the same constructions.
  ['Voters cast 1.4 million ballots in the state of Vardana.', '1.4 million', 'vardana', 'scope/place-of'],
  ['The virus has infected 900 people in the town of Kessel.', '900', 'kessel', 'scope/place-of'],
  ['Nearly 2,000 dockers struck at Ostland’s main port.', '2,000', 'ostland', 'scope/in-place-after'],
  ['Unemployment rose to 7.1% among young people.', '7.1', 'young-people', 'scope/among-group'],
  ['Support stood at 48% among likely voters, the poll found.', '48', 'likely-voters', 'scope/among-group'],
  ['Cases rose by 200 among children under five.', '200', 'children', 'scope/among-group'],
  ['Turnout reached 62% in the runoff.', '62', null],
  ['The index rose 1.2% in early trading.', '1.2', null],
  ['Some 30,000 marched in the capital on Saturday.', '30,000', null],
  ['The fund lost $40 million in the quarter.', '40 million', null],
  ['Prices climbed 9% among other pressures on households.', '9', null],
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
