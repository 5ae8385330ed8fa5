/**
 * Headlines in title case, each the first line of an invented story with a plain lead sentence after it. In a
 * title-case line every word is capitalised, so a number after a verb (`Cancels 300 Flights`) or a bound phrase
 * (`At Least 64 Dead`) looks like the number of a name (`Flight 171`); the first is a claim, the second is not.
 */

/** A headline number that is a claim: its value and what it counts (compared as the eval does). */
export interface HeadlineClaim {
  headline: string;
  /** Where the number starts, as written: a string unique in the headline that opens with the number. */
  at: string;
  value: number;
  measure: string | string[];
  /** A known miss: why the pipeline gets it wrong today, in any case (the test is expected to fail). */
  known?: string;
}

/** A headline number that belongs to a name and is no claim. */
export interface HeadlineName {
  headline: string;
  /** The number, as written: a string unique in the headline that opens with it. */
  at: string;
}

/** The lead sentence after each headline: no number of its own, so only the headline's numbers are read. */
export const LEAD = 'Officials gave the details at a briefing on Monday, the agency said.';

const claim = (
  headline: string,
  at: string,
  value: number,
  measure: string | string[],
  known?: string,
): HeadlineClaim => ({ headline, at, value, measure, ...(known ? { known } : {}) });

const PARTICIPLE = 'a participle after the count gives no measure, in lower case too';

export const headlineClaims: HeadlineClaim[] = [
  claim('Airline Cancels 300 Flights As Snowstorm Nears', '300', 300, 'flights'),
  // A present-tense verb of casualties or arrests before a bare count: the count is of people.
  claim('Landslide Kills 14 In Hill District', '14', 14, ['people', 'dead', 'deaths']),
  claim('Tornado Injures 26 At Trailer Park', '26', 26, ['people', 'injured']),
  claim('Border Guards Detain 52 Near Crossing', '52', 52, ['people', 'detained']),
  claim('Tainted Water Sickens 130 In Suburb', '130', 130, ['people', 'sickened', 'cases']),
  claim('At Least 64 Dead After Ferry Sinks Off Coast', '64', 64, ['dead', 'deaths', 'people']),
  claim('Storm Leaves 12,000 Without Power Across Valley', '12,000', 12000, ['people', 'customers', 'homes']),
  claim('Floods Kill 23 In Northern Province', '23', 23, ['people', 'deaths', 'dead']),
  // quantities/total-noun with `now` between the total noun and its number (no verb, as headlines write it).
  claim('Mine collapse: toll now 31 as rescuers reach lower shaft', '31', 31, ['people', 'deaths', 'dead']),
  claim('Cholera case count now 212 in camp', '212', 212, ['cases']),
  claim(
    'Bridge Collapse Death Toll Now 9',
    '9',
    9,
    ['people', 'deaths', 'dead'],
    'in title case a number after a capitalised word reads as part of a name (`Flight 171`)',
  ),
  claim('Union Says 4,500 Workers To Strike On Friday', '4,500', 4500, 'workers'),
  claim('Wildfire Destroys 140 Homes In Hill Towns', '140', 140, 'homes'),
  claim('Quake Injures 85 In Mountain Villages', '85', 85, ['people', 'injured']),
  claim('Factory Cuts 600 Jobs As Orders Slump', '600', 600, 'jobs'),
  claim('Police Arrest 37 After Stadium Clash', '37', 37, ['people', 'arrests', 'arrested']),
  claim('More Than 200 Evacuated As River Rises', '200', 200, ['people', 'evacuated']),
  claim('Nearly 900 Patients Moved From Flooded Hospital', '900', 900, 'patients'),
  claim('Outbreak Sickens 48 At Summer Camp', '48', 48, ['people', 'sickened', 'cases']),
  claim('Hospital Reports 19 New Measles Cases', '19', 19, 'cases'),
  claim('Council Approves 250 New Homes On Old Rail Site', '250', 250, 'homes'),
  claim('Ministry Confirms 31 Deaths From Heatwave', '31', 31, ['deaths', 'people']),
  claim('Rebels Free 14 Hostages After Talks', '14', 14, 'hostages'),
  claim('Up To 70 Feared Trapped In Collapsed Mine', '70', 70, ['people', 'trapped', 'miners'], PARTICIPLE),
  claim('Landslide Buries 12 Houses In Remote Hamlet', '12', 12, 'houses'),
  claim('Coastguard Rescues 56 Migrants In Channel', '56', 56, 'migrants'),
  claim('Strike Grounds 450 Flights At Main Airport', '450', 450, 'flights'),
  claim('Relief Convoy Reaches 3,000 Families Cut Off By Snow', '3,000', 3000, 'families'),
  claim('Fire Crews Save 40 Homes As Winds Ease', '40', 40, 'homes'),
  claim('Virus Claims 9 More Lives In Capital', '9', 9, ['lives', 'deaths', 'people']),
];

const name = (headline: string, at: string): HeadlineName => ({ headline, at });

export const headlineNames: HeadlineName[] = [
  name('Regulators Ground Boeing 787 Jets After Engine Fault', '787'),
  name('Flight 171 Diverted After Bird Strike', '171'),
  name('Apollo 11 Capsule Goes On Display In Museum', '11'),
  name('Windows 11 Update Breaks Printers', '11'),
  name('Formula 1 Team Unveils New Car', '1'),
  name('Route 66 Motels Fight For Survival', '66'),
  name('Catch-22 Adaptation Opens In London', '22'),
  name('G7 Leaders Meet Amid Trade Row', '7'),
  name('COVID-19 Cases Climb In Care Homes', '19'),
  name('Apple iPhone 15 Sales Slow In Asia', '15'),
  name('Stadium Readies For Super Bowl 58 Crowds', '58'),
  name('Airbus A320 Fleet Checked For Cracks', '320'),
  name('Series 5 Finale Draws Record Audience', '5'),
  name('Highway 101 Closed By Mudslide', '101'),
  name('Final Fantasy 7 Remake Tops Charts', '7'),
  name('Mars Rover Sends Back Sol 400 Images', '400'),
];
