/**
 * Table cases for disasters, accidents, conflict and crowds: measurements
 * that are claims (magnitudes, seismic intensity, depths, wind speeds,
 * rain, burned area, containment, wave heights), counts whose measure comes
 * from the counted noun phrase, a fronted `of` phrase, a list's label or the
 * clause subject, and numbers of such stories that are not claims. Invented
 * sentences about quakes, storms, floods, fires, eruptions, crashes,
 * epidemics, strikes and protests.
 */

export interface DisasterCase {
  text: string;
  /** The value (or a bound) of the claim the case is about. */
  value: number;
  /** Its measure. */
  measure: string | null;
  /** Its unit code, when checked (null: a plain count). */
  unit?: string | null;
  /** A rule id its quantity's `by` must name. */
  rule?: string;
}

const d = (text: string, value: number, measure: string | null, extra: Partial<DisasterCase> = {}): DisasterCase => ({
  text,
  value,
  measure,
  ...extra,
});

const INTENSITY = 'quantities/unit-intensity';
const MAGNITUDE = 'quantities/unit-magnitude';
const MAGNITUDE_SUBJECT = 'quantities/magnitude-subject';
const OF_FRONTED = 'quantities/of-fronted';
const LIST_LABEL = 'quantities/list-label';
const INCLUDE = 'quantities/include-subject';
const TOTAL = 'quantities/total-noun';
const PLACE = 'quantities/place-count';
const CASUALTY_AFTER = 'quantities/casualty-after';

export const disasterCases: DisasterCase[] = [
  // magnitudes
  d('A magnitude 6.9 earthquake struck off the coast on Sunday.', 6.9, 'magnitude', { unit: 'magnitude' }),
  d('A 6.2-magnitude aftershock rattled the region hours later.', 6.2, 'magnitude', { unit: 'magnitude' }),
  d('The tremor measured 5.8 on the moment magnitude scale.', 5.8, 'magnitude', { unit: 'magnitude' }),
  d('The quake, which measured 7.3, toppled buildings across the island.', 7.3, 'magnitude', { rule: MAGNITUDE }),
  d('The earthquake had a preliminary magnitude of 6.4.', 6.4, 'magnitude', { unit: 'magnitude' }),
  d('A 4.9 aftershock followed early Thursday.', 4.9, 'magnitude', { unit: 'magnitude' }),
  d('The magnitude of the quake was later revised to 6.1.', 6.1, 'magnitude', { rule: MAGNITUDE_SUBJECT }),
  d("The tremor's magnitude was upgraded to 7.5 by the survey.", 7.5, 'magnitude', { unit: 'magnitude' }),
  d('Its magnitude was put at 5.2.', 5.2, 'magnitude', { rule: MAGNITUDE_SUBJECT }),
  // seismic intensity
  d("It registered a seismic intensity of 6 on the agency's scale.", 6, 'seismic intensity', { rule: INTENSITY }),
  d('Shaking reached intensity upper 5 in the coastal towns.', 5, 'seismic intensity', { unit: 'intensity' }),
  d('Intensity lower 6 was observed in the mountain town.', 6, 'seismic intensity', { rule: INTENSITY }),
  d('The earthquake was recorded at upper 5 on the national scale.', 5, 'seismic intensity', { rule: INTENSITY }),
  d('The shaking registered a 7 on the seismic intensity scale.', 7, 'seismic intensity', { rule: INTENSITY }),
  d('The tremor reached a maximum intensity of 6-plus in two villages.', 6, 'seismic intensity', { rule: INTENSITY }),
  d('A shindo 4 tremor was felt in the capital.', 4, 'seismic intensity', { unit: 'intensity' }),
  // lengths, speeds, areas, shares of a storm or a fire
  d('The quake had a depth of 12 km, the geological survey said.', 12, 'depth', { unit: 'km' }),
  d('The storm strengthened to a Category 4 hurricane overnight.', 4, 'category', { unit: 'category' }),
  d('The cyclone packed winds of 150 mph as it made landfall.', 150, 'wind speed', { unit: 'mph' }),
  d('Up to 40 cm of rain fell in 24 hours.', 40, 'rainfall', { unit: 'cm' }),
  d('The blaze has burned 12,400 hectares of forest.', 12400, 'hectares', { unit: 'hectares' }),
  d('The wildfire has scorched 48,000 acres and is 35% contained.', 35, 'percent contained', { unit: 'percent' }),
  d('Containment stood at 72% on Sunday.', 72, 'percent contained', { unit: 'percent' }),
  d('Waves of up to 1.5 metres hit the harbour.', 1.5, 'height', { unit: 'm', rule: 'quantities/wave-height' }),
  d('Tsunami waves as high as 5 feet were reported.', 5, 'height', { unit: 'feet' }),
  d('A 1.2-meter tsunami hit the port.', 1.2, 'height', { unit: 'm' }),
  d('The river rose 4 metres above its normal level.', 4, 'metres', { unit: 'm' }),
  d('The tsunami was up to 80 centimetres high.', 80, 'height', { unit: 'cm' }),
  d('The storm dumped 30 inches of rain on the city.', 30, 'rainfall', { unit: 'inches' }),
  d('The eruption sent an ash plume 12 kilometers high.', 12, 'height', { unit: 'km' }),
  // counts named by the noun after the number
  d('More than 1,200 houses collapsed in the province.', 1200, 'houses'),
  d('At least 340 homes were destroyed and 2,100 damaged.', 2100, 'homes'),
  d('Some 2,100 houses were fully destroyed and 5,000 partly damaged.', 5000, 'houses'),
  d('Some 18,000 households were without power on Monday.', 18000, 'households'),
  d('Nearly 30,000 evacuees are staying in 210 shelters.', 210, 'shelters'),
  d('More than 40,000 people are staying at 350 evacuation centers.', 350, 'evacuation centers'),
  d('More than 600 aftershocks have been recorded since the main shock.', 600, 'aftershocks'),
  d('The army deployed 2,000 troops to the flooded districts.', 2000, 'troops'),
  d('Some 1,400 firefighters were battling the blaze.', 1400, 'firefighters'),
  d('The defence ministry sent 1,000 personnel to help with the search.', 1000, 'troops'),
  d('At least 17 people remain unaccounted for.', 17, 'people'),
  d('Power outages affected 45,000 households.', 45000, 'households'),
  d('The storm knocked out power to 1.2 million customers.', 1200000, 'customers'),
  d('The rains caused 85 landslides across the region.', 85, 'landslides'),
  // totals named by a noun, and the clause subject
  d('The number of evacuees rose to 12,000 on Tuesday.', 12000, 'evacuees', { rule: TOTAL }),
  d('The number of confirmed deaths stood at 61.', 61, 'people', { rule: TOTAL }),
  d('The number of confirmed fatalities rose to 212.', 212, 'people', { rule: TOTAL }),
  d('The number of households without power fell to about 9,000.', 9000, 'households'),
  d('The fire destroyed 1,800 homes in the valley.', 1800, 'homes'),
  d('The cyclone killed at least 64.', 64, 'people'),
  d('The epidemic has killed 1,240 and sickened 15,000.', 15000, 'people'),
  d('The flooding left 23 dead and 140 injured.', 140, 'people'),
  d('Officials reported 8 confirmed dead and 12 still missing.', 12, 'people'),
  // a fronted `of` phrase, a list's label, the subject of `include`
  d('Of the dead, 48 were in the coastal city.', 48, 'people', { rule: OF_FRONTED }),
  d('Of those killed, 31 were in the port city.', 31, 'people', { rule: OF_FRONTED }),
  d('Among the injured, 12 were firefighters.', 12, 'firefighters'),
  d('Of the evacuees, 900 were children.', 900, 'children'),
  d('Of the damaged buildings, 75 were schools.', 75, 'schools'),
  d('Deaths by district: Kesterton 14, Ormby 9, Dunwell 6.', 14, 'people', { rule: LIST_LABEL }),
  d('Deaths by district: Kesterton 14, Ormby 9, Dunwell 6.', 6, 'people'),
  d('Deaths were reported in three provinces: 22 in the north, 9 in the east.', 22, 'people', { rule: LIST_LABEL }),
  d('Evacuees by county: 4,000 in Harlow and 2,500 in Bexton.', 4000, 'evacuees', { rule: LIST_LABEL }),
  d('The deaths included 41 in Marlow and 37 in Penby.', 41, 'people', { rule: INCLUDE }),
  d('The deaths included 41 in Marlow and 37 in Penby.', 37, 'people'),
  d('The victims include 23 from the capital.', 23, 'victims', { rule: INCLUDE }),
  d('Most of the deaths were in two towns, Marlow (41) and Penby (37).', 37, 'people', { rule: PLACE }),
  d('Casualties by town: Marlow (41), Penby (37) and Dunwell (6).', 6, 'casualties', { rule: LIST_LABEL }),
  d('Floods: 19 dead, 7 missing as rains continue', 19, 'people', { rule: CASUALTY_AFTER }),
  d('Storm update: 4 killed, 30 injured across the county', 30, 'people'),
  // a state word after the bare count, past `still` or a be/remain verb, counts people (when no earlier count in the
  // text names the group); `unaccounted for` too
  d('Twelve are still missing after the mudslide, police said.', 12, 'people', { rule: 'quantities/default-measure' }),
  d('Nine remain unaccounted for in the flooded valley.', 9, 'people', { rule: 'quantities/default-measure' }),
  d('Landslide in Vessen: 14 still unaccounted for', 14, 'people', { rule: CASUALTY_AFTER }),
  d('Two were badly hurt when the scaffold gave way.', 2, 'people'),
  d('Rescuers reached 30 hikers on the ridge; 12 were still missing.', 12, 'hikers'),
  d('The storm left 19 dead cattle in the low fields.', 19, 'dead cattle'),
  // a bare count `on board` or `aboard` counts people; a noun before it says what was carried
  d('All 12 on board were killed when the minibus overturned.', 12, 'people', { rule: 'quantities/aboard-people' }),
  d('The river ferry had 40 aboard when it capsized.', 40, 'people', { rule: 'quantities/aboard-people' }),
  d('Of the 58 on board the trawler, 51 were rescued.', 58, 'people', { rule: 'quantities/aboard-people' }),
  d('The freighter had 300 containers on board when it grounded.', 300, 'containers'),
  d('The jet with 150 passengers aboard landed safely in Orlu.', 150, 'passengers'),
  d('Those unaccounted for numbered 103 on Friday.', 103, 'people', { rule: 'quantities/casualty-phrase' }),
  // Every form of the shared level verbs links the subject to its number.
  d('Those unaccounted for climbed to 46 overnight.', 46, 'people', { rule: 'quantities/casualty-phrase' }),
  d('Those unaccounted for hit 25 by dawn.', 25, 'people', { rule: 'quantities/casualty-phrase' }),
  d('Seventy of the dead were in the hill town.', 70, 'people', { rule: 'quantities/part-of-casualties' }),
  d('The figures were: 71 dead, 300 injured and 17 missing.', 17, 'people'),
  d('Officials counted 4 deaths in Kesterton, 3 in Ormby and 1 in Dunwell.', 3, 'people'),
  // a verbless part names its own noun (quantities/part-noun): the 120 counted are schools
  d('The quake collapsed or damaged 1,300 buildings, 120 of them schools.', 120, 'schools'),
  d('Marlow city has confirmed 41 deaths and Penby 37.', 37, 'people'),
  d('The city of Marlow reported the most deaths, with 41, followed by Penby with 37.', 41, 'people', {
    rule: 'quantities/superlative-with',
  }),
  d('The city of Marlow reported the most deaths, with 41, followed by Penby with 37.', 37, 'people'),
  d('Thousands gather outside the flooded stadium', 2000, 'people', { rule: 'quantities/vague-subject' }),
  d('Hundreds flee as river bursts its banks', 200, 'people', { rule: 'quantities/vague-subject' }),
  d('Storm warning for the coast\n\nHundreds flee as river bursts its banks', 200, 'people', {
    rule: 'quantities/vague-subject',
  }),
  d('Election day in the capital\nThousands queue at polling stations', 2000, 'people', {
    rule: 'quantities/vague-subject',
  }),
  d('Over 20,000 remain without water.', 20000, 'people', { rule: 'quantities/without-service' }),
  d('More than 4,000 without power as storm lashes coast', 4000, 'people'),
  d('The storm cut 90,000 customers; by Friday 12,000 were still without power.', 12000, 'customers'),
  d('The quake measured a preliminary 7.5, the agency said.', 7.5, 'magnitude', {
    rule: 'quantities/magnitude-measured',
  }),
  d('The tremor registered 7 on the seven-point seismic intensity scale.', 7, 'seismic intensity'),
  // numbers written as words, vague and shared
  d('Tens of thousands of residents fled the volcano.', 20000, 'people'),
  d('Two dozen climbers were stranded on the mountain.', 24, 'climbers'),
  d('Half a million people were left without power.', 500000, 'people'),
  d('Scores of people were trapped under debris.', 40, 'people'),
  d('More than a dozen people were killed in the stampede.', 12, 'people'),
  // names and joined modifiers before the counted noun
  d('About 1,000 U.S. troops will leave the country.', 1000, 'troops'),
  d('Roughly 300 U.S. military personnel stayed behind at the airfield.', 300, 'troops'),
  d('The mission said 3,500 U.N. peacekeepers were deployed.', 3500, 'peacekeepers'),
  d('Snow closed schools in 14 western and central districts.', 14, 'districts'),
  d('The port will take on 600 dock and warehouse workers.', 600, 'workers'),
  d('About 2,000 Red Cross volunteers joined the relief effort.', 2000, 'volunteers'),
  d('Police detained a handful of protesters.', 3, 'protesters'),
  // crowds
  d('The protest drew an estimated 80,000 people, organisers said.', 80000, 'people'),
  d('Police estimated the crowd at 50,000.', 50000, 'people'),
  d('The strike involved some 120,000 workers.', 120000, 'workers'),
];

/** Numbers of such stories that are not claims. */
export const disasterNegatives: string[] = [
  'The epicentre was at 37.5 degrees north latitude and 137.2 degrees east longitude.',
  'The agency grades shaking on a seven-point intensity scale.',
  'The agency issued a level 5 evacuation alert for the town.',
  'Traffic on Route 249 was suspended.',
  'Flight 5342 collided with a helicopter.',
  'Residents were told to call 110 or 119 in an emergency.',
  'He lived through the 1985 quake as a child.',
  'The alert was raised to Level 3 on Monday.',
  'The crash victims were named as Jane Doe (37) and John Roe (41).',
  'Residents should (1) boil water and (2) stay indoors.',
  'The firm released the Pathfinder 12 and the Rover 2.',
];
