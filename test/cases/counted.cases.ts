/**
 * Table cases for what a number counts when a story names it away from the number: the members of a
 * breakdown of the dead (`German victims`), partitives past an adjective or a second number (`30 of the 40
 * largest lenders`), subjects past coordinated prepositions (`flights into and out of`), a bare number in a
 * change whose noun came earlier in the clause (`an order of 40 jets, down by 8 to 32`), what a sum of money
 * is when an insurer or an event bears it, per-game averages and `N times as many`. Invented sentences about
 * floods, fires, strikes, epidemics, markets, sport and crashes. Each case: the text, the measure of its
 * `at`-th quantity (default 0), and the rule that must have found it (omit to check only the measure).
 */

export interface CountedCase {
  text: string;
  measure: string | null;
  rule?: string;
  at?: number;
}

const c = (text: string, measure: string | null, rule?: string, at?: number): CountedCase => ({
  text,
  measure,
  ...(rule ? { rule } : {}),
  ...(at !== undefined ? { at } : {}),
});

const BREAKDOWN = 'quantities/breakdown-group';
const PARTITIVE = 'quantities/partitive';
const WON_OF = 'quantities/won-of';
const PART_NUMBER = 'quantities/part-of-number';
const SUBJECT = 'quantities/subject-noun';
const CROWD = 'quantities/crowd-noun';
const CHANGE = 'quantities/change-ellipsis';
const INSURED = 'quantities/money-insured';
const EVENT_COST = 'quantities/money-event-cost';
const PRICE_TAG = 'quantities/money-price-tag';
const PER_GAME = 'quantities/per-game';
const RATIO = 'quantities/times-ratio';
const TITLE = 'quantities/title-case';

const REMAINS_LIST =
  'The remains of 80 of them have been returned and include 52 Filipinos, 20 Kenyans and eight Chileans.';
const DECEASED_LIST = 'The 90 identified deceased include 61 Peruvian citizens and 20 Chileans.';
const BODIES_LIST =
  'The bodies of 40 of them were flown home and include 16 Danes, four Dutch and 10 identified only as crew.';

export const countedCases: CountedCase[] = [
  // a breakdown of the dead by nationality: the group's noun is the victims, whatever word names the dead
  c(REMAINS_LIST, 'Filipino victims', BREAKDOWN, 1),
  c(REMAINS_LIST, 'Kenyan victims', BREAKDOWN, 2),
  c(REMAINS_LIST, 'Chilean victims', BREAKDOWN, 3),
  c(DECEASED_LIST, 'Peruvian victims', BREAKDOWN, 1),
  c(DECEASED_LIST, 'Chilean victims', BREAKDOWN, 2),
  c(BODIES_LIST, 'Danish victims', BREAKDOWN, 1),
  c(BODIES_LIST, 'Dutch victims', BREAKDOWN, 2),
  c(BODIES_LIST, 'victims', BREAKDOWN, 3),
  c('The dead include 12 Germans and one Chilean.', 'German dead', BREAKDOWN),
  c('The victims included 27 British and five Portuguese.', 'Portuguese victims', BREAKDOWN, 1),
  c('Among the bodies were 14 Italians and two Greeks.', 'Italian victims', BREAKDOWN),
  // partitives: the noun after an adjective or a second number is what the part counts
  c('The software is used by 24 of the 50 largest European lenders.', 'lenders', PARTITIVE),
  // the size of a ranked set (`the 50 largest`) is a definition, not a count: the next quantity is the insurers
  c('The tool is used by 24 of the 50 largest lenders and 12 insurers.', 'lenders', PARTITIVE),
  c('The tool is used by 24 of the 50 largest lenders and 12 insurers.', 'insurers', undefined, 1),
  c('Police arrested 12 of the 40 protest leaders.', 'protest leaders', PARTITIVE),
  c('The index covers 12 of the 20 biggest US and Canadian banks.', 'banks', PARTITIVE),
  c('Garcia scored 18 of his career-high 40 points in the third quarter.', 'points', PARTITIVE),
  c('The chain closed 12 of its 19 stores in the region.', 'stores'),
  c('Rebels seized 14 of the 22 northern districts.', 'districts'),
  c('Voters rejected four of the seven proposed amendments.', 'amendments'),
  c('The carrier placed orders for some 40 of the troubled A220 jet.', 'jets'),
  c('The party won 171 of the 300 seats.', 'seats'),
  c('She won three of the four titles on offer.', 'titles'),
  // a team's record: won or lost N of M counts wins or losses
  c('The Hawks have won 11 of 14 since the break.', 'wins', WON_OF),
  c('The Bears, who have lost six of seven, fired their coach.', 'losses', WON_OF),
  c('City have won eight of their last nine matches.', 'wins', WON_OF),
  c('The Owls have lost five of their past six games at home.', 'losses', WON_OF),
  // a part of an earlier count named by its number
  c('Seven schools were flooded and four of the seven stayed shut.', 'schools', PART_NUMBER, 1),
  c('Inspectors checked 30 dams; 12 of the 30 were unsafe.', 'dams', PART_NUMBER, 1),
  c('Crews searched 40 homes, and 25 of the 40 were empty.', 'homes', PART_NUMBER, 1),
  // subjects past coordinated prepositions and long verb groups
  c('Flights into and out of the capital fell to 120 on Monday.', 'flights', SUBJECT),
  c('Cancellations within, into or out of the region reached 2,900 as airlines grounded planes.', 'flights', SUBJECT),
  c('Shipments to and from the port dropped to 40 on Tuesday.', 'shipments', SUBJECT),
  c('The population of the island has shrunk and now is estimated at about 8,000.', 'people', CROWD),
  c('The population in the valley has grown and currently is put at 12,000.', 'people', CROWD),
  c('The crowd in the square swelled through the day and was estimated at 90,000.', 'people', CROWD),
  // a bare number in a change whose noun came earlier in the clause
  c('The airline trimmed its order of A330 jets, down by 20 to 80.', 'jets', CHANGE),
  c('The airline trimmed its order of A330 jets, down by 20 to 80.', 'jets', undefined, 1),
  c('The county scaled back its pledge of new shelters, from 40 to 25.', 'shelters', CHANGE),
  c('The county scaled back its pledge of new shelters, from 40 to 25.', 'shelters', undefined, 1),
  c('The city raised its target of electric buses, up by 50 to 300.', 'buses', CHANGE),
  c('Ferries crossed 300 times on Sunday. The fleet of ferries shrank, down by 12 to 140.', 'ferries', CHANGE, 1),
  c('The price of gold rose on Monday, up by 30 to 1,950.', null),
  c('The storm moved east and weakened, down by 30 miles.', 'miles'),
  // the count of a total revised from one number to another stays what the total counts
  c('The count of evacuees was revised from 58 to 61.', 'evacuees', undefined, 1),
  c('The tally of confirmed cases was revised from 410 to 432.', 'cases', undefined, 1),
  // money an insurer bears is an insured loss
  c('Analysts said insurance claims from the blaze could reach $2 billion.', 'insured losses', INSURED),
  c('Insurance claims of up to $400 million are expected after the hailstorm.', 'insured losses', INSURED),
  c('The floods will cost the insurance industry between $3bn and $5bn.', 'insured losses', INSURED),
  c('The hack could cost cyber insurers up to $900m.', 'insured losses', INSURED),
  c('Claims against the builder could reach $40 million.', 'claims'),
  // money an event costs a party is a loss to it
  c('The strike is expected to cost carmakers about $2 billion.', 'losses', EVENT_COST),
  c('The outage cost the airline an estimated $150 million.', 'losses', EVENT_COST),
  c('The drought could cost farmers up to $600 million this year.', 'losses', EVENT_COST),
  c('The new bridge will cost taxpayers $2 billion.', 'cost'),
  c('The repairs cost the city $3 million.', 'cost'),
  // a price tag is the price of the thing the clause names
  c(
    'Officials are adding up the cost of crop losses, with a price tag of at least $50 million.',
    'crop losses',
    PRICE_TAG,
  ),
  c(
    'Engineers are tallying the cost of flood damage, with a price tag ranging from $1 billion to $3 billion.',
    'flood damage',
    PRICE_TAG,
  ),
  c('The new stadium carries a price tag of $1.2 billion.', 'stadium cost', PRICE_TAG),
  c('The flood-defence plan carries a $5 billion price tag.', 'plan cost', PRICE_TAG),
  c('The Ostland Arena has a price tag of $900 million.', 'cost'),
  // per-game averages
  c('She averages 24.5 points per game this season.', 'points per game', PER_GAME),
  c('He leads the league with 9.8 rebounds a game.', 'rebounds per game', PER_GAME),
  c('The striker has 1.1 goals per match since March.', 'goals per match', PER_GAME),
  c('He scored 31 points in the game.', 'points'),
  c('The clinic sees 40 patients a day.', 'patients'),
  // `N times as many`, `N times higher than`: a ratio of what is counted
  c('The ministry later admitted 12 times as many infections as it first reported.', 'ratio of infections', RATIO),
  c('Deaths in the camps were six times higher than the national rate.', 'ratio to the national rate', RATIO),
  c('The county saw three times more burglaries than last year.', 'ratio of burglaries', RATIO),
  // a casualty word before a noun modifier and its noun; a headline's capitals are no names
  c('Divers searched for 9 missing mine workers after the collapse.', 'workers'),
  c('Medics treated 14 injured police officers near the stadium.', 'police officers'),
  c('Divers Search for 9 Missing Mine Workers After Tunnel Flood\nThe search resumed.', 'workers', TITLE),
  c('Storm Leaves 40,000 Homes Without Power Across the Coast\nCrews worked overnight.', 'homes', TITLE),
  c('Villagers Flee as 300 Wildfires Burn Across the North\nSmoke covered the valley.', 'wildfires', TITLE),
  c('The Red Cross sent 12 Land Rovers to the valley.', 'Land Rovers'),
  // a time word after a counted noun is no part of it
  c('Moreno missed two free throws moments later.', 'free throws'),
  c('Firefighters rescued three hikers hours later.', 'hikers'),
  c('The team scored two goals minutes apart.', 'goals'),
];
