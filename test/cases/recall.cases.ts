/**
 * Recall table: numbers that count or measure something the text asserts, across kinds of story the seeds do
 * not cover (sports results, fleets and orders, markets, elections, health counts, prices, capacities), and
 * numbers in the same families that are not claims. Every sentence is invented.
 */

/** [sentence, a number that must be a claim]. */
export const recallKept: Array<[string, number]> = [
  // Sports results: both sides of a final or running score.
  ['The Rovers beat the Hawks 112-107 on Sunday.', 112],
  ['The Rovers beat the Hawks 112-107 on Sunday.', 107],
  ['United won 3-1 at home against the leaders.', 3],
  ['United won 3-1 at home against the leaders.', 1],
  ['The home side led 21-14 at halftime.', 21],
  ['The home side led 21-14 at halftime.', 14],
  ['A late try put the visitors up 27-20 with four minutes left.', 27],
  ['The champions cruised to a 4-0 win over the bottom club.', 4],
  ['The Storm fell 88-95 in overtime.', 95],
  ['The council voted 7-2 to close the bridge.', 7],
  ['Her side edged the hosts 2-1 after extra time.', 2],
  ['The hosts won 2-1 over the visitors.', 2],
  ['France took a 6-5 lead in the tiebreak.', 6],
  ['The vote was 5-4 in the end.', 4],
  // Records of games won or lost.
  ['The Hawks, who have lost four of five, fell again.', 4],
  ['The Rovers have won 12 of 13 at home.', 12],
  ['The champions have won nine of their last 10 matches.', 9],
  ['The side has drawn three of four away games.', 3],
  // Fleets, orders and deliveries named by a model designation.
  ['The carrier agreed to buy 50 A350-900 jets on Monday.', 50],
  ['Its fleet of roughly 400 737 Max jets remains grounded.', 400],
  ['The airline ordered 30 of Boeing’s 787-9 jets.', 30],
  ['The army received 14 Leopard 2A7 tanks last year.', 14],
  ['The navy will buy six F-35B fighters.', 6],
  ['The railway ordered 25 ICE 4 trains.', 25],
  ['The carrier took delivery of five 787 Dreamliner jets this week.', 5],
  ['Crews flew 12 CH-47 helicopters to the valley.', 12],
  // Markets and the economy.
  ['The main index closed at 4,512 on Friday.', 4512],
  ['The benchmark ended at 18,230.5 after a late rally.', 18230.5],
  ['The currency settled at 1.0842 against the dollar.', 1.0842],
  ['Unemployment rose to 4.1% in March.', 4.1],
  ['Inflation eased to 2.3% last month.', 2.3],
  ['The economy grew 0.4% in the second quarter.', 0.4],
  ['Employers added 175,000 jobs in April.', 175000],
  ['Brent crude fell to $81 a barrel.', 81],
  ['The city set a budget of $3.2 billion for next year.', 3200000000],
  ['Retail sales fell by 1.2% in January.', 1.2],
  ['Home prices climbed 6.5% from a year earlier.', 6.5],
  ['The bureau revised the March gain to 98,000 from 175,000.', 98000],
  ['Analysts cut the forecast to 2.1 million from 2.6 million.', 2100000],
  ['The revisions subtracted 61,000 from the prior two months.', 61000],
  ['Retailers shed 19,000, while hospitals added 42,000.', 42000],
  ['Retailers shed 19,000, while hospitals added 42,000.', 19000],
  ['Factories gained 7,500 in May.', 7500],
  // Elections.
  ['She won 56% of the vote in the runoff.', 56],
  ['The opposition won 52 seats in the new parliament.', 52],
  ['The governor received 1.2 million votes.', 1200000],
  ['Turnout was 61% in the capital.', 61],
  ['The incumbent carried 38 of the 40 districts.', 38],
  // Health counts.
  ['The outbreak has sickened 214 people in three states.', 214],
  ['Officials confirmed nine additional cases on Tuesday.', 9],
  ['Hospitals treated more than 1,300 patients for heat stroke.', 1300],
  ['The clinic vaccinated 4,500 children in a week.', 4500],
  // Capacities, single survivors and facilities.
  ['A cell built for 20 held 90 migrants.', 20],
  ['The ward, designed for 40, held 130 patients.', 40],
  ['The crash left just one survivor.', 1],
  ['The camp had only one doctor for 2,000 residents.', 1],
  ['Only one hospital in the district still has power.', 1],
  // Shares of a group or of a counted whole.
  ['Just over half were women.', 0.5],
  ['Nearly half said they would not vote.', 0.5],
  ['About one-third of the 2.4 million voters stayed home.', 2400000],
  ['Two-thirds of the homes were flooded.', 0.667],
  // Measurements.
  ['The fire has burned 12,400 acres and is 35% contained.', 12400],
  ['The quake had a magnitude of 6.1.', 6.1],
  ['Winds gusted to 70 mph along the coast.', 70],
];

/** Sentences whose numbers are not claims: labels, model names, durations, ordinals and idioms of the same families. */
export const recallNegatives: string[] = [
  'The Boeing 787 landed safely in Denver.',
  'The A350-900 is the longest-range model.',
  'A Leopard 2A7 tank led the parade.',
  'The team plays a 4-3-3 formation.',
  'The hotline is open 24/7 for families.',
  'The strike entered its 40th day.',
  'Travellers face a 14-day quarantine.',
  'The 2019-20 season was cut short.',
  'He was sentenced to 12 years in prison.',
  'The striker, 24, scored in the second half.',
  'Interstate 95 was closed near the border.',
  'The match kicks off at 7:30 p.m.',
  'The 1998 final is still remembered.',
  'The F-35 program was delayed again.',
  'Flight 302 was diverted to Cairo.',
  'The talks resumed on March 3.',
  'Route 66 reopened after the flood.',
  'The G20 summit ended without a statement.',
  'He is the club’s number 10.',
  'The second half began after a delay.',
  'Children aged 5-11 can get the shot.',
  'The shop is open 9-5 on weekdays.',
  'Photo 1 of 6',
  'The second half was goalless.',
  'In the first half of 2024, exports slowed.',
  'The family moved to 12 from Leeds.',
  'There is only one way to fix the bridge.',
];
