/**
 * Table cases for what a number counts when the noun is not right after it:
 * tolls and totals named before the number, subjects of linking verbs,
 * colons, predicates, crowds, what money is and what a percentage measures.
 * Invented sentences about fires, floods, epidemics, strikes, elections,
 * markets and crashes. Each case: the text, the measure of its `at`-th
 * quantity (default 0), and the rule that must have found it.
 */

export interface MeasureCase {
  text: string;
  measure: string | null;
  /** The rule id the quantity's `by` must name (omit when the measure is read after the number). */
  rule?: string;
  at?: number;
}

/** One case: the text, the measure of its `at`-th quantity, and the rule that must have found it. */
export function measureCase(text: string, measure: string | null, rule?: string, at?: number): MeasureCase {
  return { text, measure, ...(rule ? { rule } : {}), ...(at !== undefined ? { at } : {}) };
}

const m = measureCase;

const TOTAL = 'quantities/total-noun';
const SUBJECT = 'quantities/subject-noun';
const MONEY = 'quantities/money-noun';
const MONEY_SUBJECT = 'quantities/money-subject';
const PERCENT = 'quantities/percent-change';
const CLAUSE = 'quantities/total-noun-clause';
const RATE = 'quantities/percent-subject';
const ELLIPSIS = 'quantities/ellipsis';
const VERB = 'quantities/money-verb';
const CLAUSE_MONEY = 'quantities/money-clause';
const LEVY = 'quantities/percent-levy';
const COMPOUND = 'quantities/dimension-compound';
const FALL = 'quantities/fall-height';
const ZONE = 'quantities/zone-radius';
const SKY = 'quantities/sky-height';
const OTHERS = 'quantities/others-take-noun';
const RATE_PER = 'quantities/rate-per';
const PAIR = 'quantities/pair-takes-noun';
const PER_WHO = 'quantities/money-per-recipient';
const MORE = 'quantities/more-takes-noun';
const PERCENT_NOUN = 'quantities/percent-takes-noun';

export const measureCases: MeasureCase[] = [
  // tolls and totals named by a noun before the number
  m('The death toll from the wildfire has risen to 84, the county said.', 'people', TOTAL),
  m('The confirmed death toll climbed to 1,203 overnight.', 'people', TOTAL),
  m('The toll now stands at 56.', 'people', TOTAL),
  // a `pass` verb taken as a bound cue is the clause's verb too: its subject names the count
  m('Harbour fire: owner fined $4 million, fish toll passes 700', 'fish', TOTAL, 1),
  m('The flood death toll passes 60 as crews search the valley.', 'people', TOTAL),
  m('The number of claims surpasses 8,000, the insurer said.', 'claims', TOTAL),
  m('The regional assembly passed 14 bills before the recess.', 'bills'),
  // bare degrees near a weather word, or after `minus`, are a temperature; an angle or a slope is not
  m(
    'Up on the plateau the temperature fell to minus 9 degrees overnight.',
    'temperature',
    'quantities/degrees-temperature',
  ),
  m('Temperatures reached 43 degrees in Corvaro on Sunday.', 'temperature', 'quantities/degrees-temperature'),
  m('Lows of minus 4 degrees are forecast for the pass.', 'temperature', 'quantities/degrees-temperature'),
  m('The tanker turned 90 degrees to avoid the reef.', 'degrees'),
  m('The access road climbs at 12 degrees.', 'degrees'),
  m('Officials had earlier put the death toll at 31.', 'people', TOTAL),
  m('Rescuers pegged the toll at 19 by nightfall.', 'people', TOTAL),
  m('Death toll nears 300 as floodwaters recede', 'people', TOTAL),
  m('The flood death toll reached 47 on Tuesday.', 'people', TOTAL),
  m('The death toll in the ferry disaster on the lake has topped 120.', 'people', TOTAL),
  m('The number of injured increased to 5,102 by evening.', 'people', TOTAL),
  // quantities/total-noun: a toll after a vehicle or road word counts the dead only with a casualty cue near;
  // a money sign, a currency or `fare` near makes it a charge.
  m('The ferry toll rose to 62 as divers recovered more bodies.', 'people', TOTAL),
  m('The bus toll climbed to 31 overnight, with 40 injured.', 'people', TOTAL),
  m('The road toll over the holiday reached 112, police said.', 'people', TOTAL),
  m('The bus toll jumped to 20, the county said.', 'people', TOTAL),
  m('The ferry toll hit 20 on Monday.', 'people', TOTAL),
  m('The blackout toll rose to 8 as the cold deepened.', 'people', TOTAL),
  m('The train toll is 12 euros a trip, a fare most riders cannot afford.', 'euros'),
  m('The ferry toll is 14 for a car and its driver, the operator said.', null),
  m('The bridge toll was 9 before the fare review.', null),
  m('The number of people hurt rose to 340.', 'people', TOTAL),
  m('The missing figure rose to 260 after the landslide.', 'people', TOTAL),
  m('The number of displaced has swelled to 80,000.', 'people', TOTAL),
  m('The tally of confirmed cases climbed to 4,512.', 'cases', TOTAL),
  m('The case count reached 900 in the capital.', 'cases', TOTAL),
  m('The vote count stood at 48,200 with half the precincts reporting.', 'votes', TOTAL),
  m('The number of striking nurses grew to 3,000.', 'nurses', TOTAL),
  m('The number of flights cancelled at the hub hit 1,150.', 'flights', TOTAL),
  m('The death toll rose to 212; the new total of 230 includes three rescuers.', 'people', TOTAL, 1),
  m('Twelve passengers died in the crash. The final tally was 14.', 'passengers', TOTAL, 1),
  m('The injury toll from the stampede is now 75.', 'people', TOTAL),
  m('The fatality count from the heat wave surpassed 600.', 'people', TOTAL),
  m('The number of evacuees from the valley rose from 4,000 to 9,500.', 'evacuees', TOTAL),
  m('The number of strikers was 12,000 on the third day.', 'strikers', TOTAL),
  // a total noun earlier in the clause, with adjuncts between it and the number
  m('The official death toll from the storm was revised downwards on Monday, from 88 to 86.', 'people', CLAUSE),
  m('The official death toll from the storm was revised downwards on Monday, from 88 to 86.', 'people', undefined, 1),
  m('The number of confirmed infections in the province as of 9 a.m. Sunday was 4,210.', 'infections', CLAUSE),
  m('The number of homes without power across the three counties on Friday was 48,000.', 'homes', CLAUSE, 1),
  m(
    'The tally of ballots counted in the capital by late evening on Sunday, election staff said, was 61,400.',
    'ballots',
  ),
  m('The toll in the mining town, according to the provincial coroner, is now 23.', 'people', CLAUSE),
  m('Police say the number of people present as the march nears its end is about 90,000.', 'people', CLAUSE),
  m(
    'The utility cut the number of homes that could lose power from an early estimate of about 310,000.',
    'homes',
    CLAUSE,
  ),
  m('Another landslide brought the official death toll for the region to 61.', 'people'),
  m(
    'The number of cholera patients treated at the clinic since March is, by one account, 2,700.',
    'cholera patients',
    CLAUSE,
  ),
  m('The death toll rose on Friday; rescuers found 14 more in the rubble.', null),
  m('The death toll in the Northern Rail RX 4410 derailment has now reached 31.', null),
  m('The death toll in the Northern Rail RX 4410 derailment has now reached 31.', 'people', TOTAL, 1),
  // subjects of linking verbs, casualty words and colons
  m('Deaths: 12', 'people', 'quantities/casualty-subject'),
  m('Injured: 48', 'people', 'quantities/casualty-subject'),
  m('The dead numbered 40 by Sunday.', 'people', 'quantities/casualty-subject'),
  m('The wounded numbered 310 by noon.', 'people', 'quantities/casualty-subject'),
  m('Cancellations of concerts reached 1,400 on Friday.', 'cancellations', SUBJECT),
  m('Arrests in the capital climbed to 212 overnight.', 'arrests', SUBJECT),
  m('Evacuees in the shelters numbered 2,300.', 'evacuees', SUBJECT),
  m('Hospitalisations across the region have risen to 780.', 'hospitalisations', SUBJECT),
  m('Outages in the county were at 45,000 on Monday.', 'outages', SUBJECT),
  m('Mail ballots returned so far total 1.2 million.', 'ballots', SUBJECT),
  m('Layoffs at the plant are expected to reach 700.', 'layoffs', SUBJECT),
  // the predicate after the number, apposition, crowds, who
  m('Of the 300 people rescued, 41 were children.', 'children', 'quantities/copula-complement', 1),
  m('Thirty died, of whom 9 were firefighters.', 'firefighters', 'quantities/copula-complement', 1),
  m('Of those on board, 112 were passengers and 8 were crew.', 'passengers', 'quantities/copula-complement'),
  m('Most of the victims, 210, lived in the old town.', 'victims', 'quantities/apposition'),
  m('The strikers, 4,000, marched on the ministry.', 'strikers', 'quantities/apposition'),
  m('Police put the crowd at 60,000.', 'people', 'quantities/crowd-noun'),
  m('A crowd of 35,000 gathered outside parliament.', 'people', 'quantities/crowd-noun'),
  m('The flooded town, home to some 27,000, lost power.', 'people', 'quantities/crowd-noun'),
  m('Turnout was 1.8 million, officials said.', 'people', 'quantities/crowd-noun'),
  m('The rally drew more than the 50,000 who came last year.', 'people', 'quantities/who-people'),
  m('Officials listed 1,900 missing people.', 'people'),
  m('The fire killed 12 and injured 40.', 'people'),
  m('More than two dozen believed killed remain unidentified.', 'people'),
  m('Two United Nations peacekeepers were wounded.', 'peacekeepers'),
  m('Roughly 13,000 US troops remain in the region.', 'troops'),
  m('The earthquake caused 72 deaths in the province.', 'people'),
  m('All 22 crew aboard the tanker were rescued.', 'crew members'),
  // a bare number in the same sentence counts what the last count did, past percentages and times
  m('There were 900 trains scheduled, and as of 7 a.m. EST, 120 had been cancelled.', 'trains', ELLIPSIS, 1),
  m('About 5,000 homes were flooded, or 12 percent of the town, and 800 were destroyed.', 'homes', ELLIPSIS, 2),
  m('By 5 p.m. on Monday, 340 schools had closed and 25 more were to shut.', 'schools', ELLIPSIS, 1),
  // The subject of a clause in the next sentence counts the group named before (measure-group.ts).
  m('About 5,000 homes were flooded. Officials said 12 percent of them and 800 more were lost.', 'homes', undefined, 2),
  // events that happen to a counted thing, and members of a body
  m('Airlines reported 1,386 cancellations and 17,020 delays at the airport.', 'flights', 'quantities/flight-events'),
  m(
    'Airlines reported 1,386 cancellations and 17,020 delays at the airport.',
    'flights',
    'quantities/flight-events',
    1,
  ),
  m('The festival saw 40 cancellations after the storm.', 'cancellations'),
  m('In total, 7,500 members of the armed forces joined the search.', 'troops', 'quantities/members-of'),
  m('Some 300 members of the union walked out.', 'members'),
  // sales or orders of a model count its units, named as the text named the model before
  m(
    'Ostair will buy 12 of Corvan’s C210-4 Skylark jets.\n\nIt follows three C210 Skylark sales last week: two to Kestrel Air.',
    'jets',
    'quantities/model-sales',
    1,
  ),
  m(
    'Ostair will buy 12 of Corvan’s C210-4 Skylark jets.\n\nIt follows three C210 Skylark sales last week: two to Kestrel Air.',
    'jets',
    undefined,
    2,
  ),
  m('The maker booked four A321neo sales this month.', 'sales'),
  m(
    'Vantor leases 30 of its K-90 Swift turboprops to regional carriers.\n\nIt reported two K-90 Swift sales in May.',
    'turboprops',
    'quantities/model-sales',
    1,
  ),
  m('Rail firms ran 40 ICE 4 trains.\n\nThe line also logged 9 ICE 4 delays.', 'delays', undefined, 2),
  // `seats N`, `can seat N`, `, seating N passengers`: a capacity counts seats, not the people
  m('The new ferry, seating 400 to 520 passengers, enters service in May.', 'seats', 'quantities/seat-capacity'),
  m('The arena seats 18,000 fans.', 'seats', 'quantities/seat-capacity'),
  m('The hall can seat up to 900 guests.', 'seats', 'quantities/seat-capacity'),
  m('Ushers were seating 30 latecomers when the lights failed.', 'latecomers'),
  m('The party won 40 seats in the vote.', 'seats'),
  m('Seat belts failed in 12 buses.', 'buses'),
  // a count of times counts a bare plural its verb made each time, what `times that` names, or titles won
  m('Mayors have invoked curfews under the old charter about three dozen times.', 'curfews', 'quantities/times-object'),
  m(
    'Aides could name only three times that such waivers were used to move money.',
    'waivers',
    'quantities/times-object',
  ),
  m(
    'Ferreira is one of four coaches to have won the Asian Cup three times.',
    'Asian Cup titles',
    'quantities/times-object',
    1,
  ),
  m('The club has won the Copa Sudamericana twice.', 'Copa Sudamericana titles', 'quantities/repeat-measure'),
  m('Officials declared a national emergency five dozen times.', 'times'),
  m('Inspectors visited the plants in the valley five times.', 'times'),
  m('The volcano has erupted 14 times since 1900.', 'times'),
  m('The town has hosted the Alpine Games three times.', 'times'),
  m('Sea levels are rising three times faster than in 1990.', 'ratio'),
  m('Hospital beds in the north are nearly four times as many as in the south.', 'ratio'),
  m('Installed capacity reached 1.64 GW last year.', 'capacity'),
  m('The final score was 3 at halftime.', null),
  // a result score with no noun counts the scoring noun said later in its sentence (points, goals, runs)
  m(
    'A late dunk put the Falcons up 88-79 with 2:40 left before the Rams scored six straight points.',
    'points',
    'quantities/score-noun',
  ),
  m(
    'A late dunk put the Falcons up 88-79 with 2:40 left before the Rams scored six straight points.',
    'points',
    'quantities/score-noun',
    1,
  ),
  m('A header put Lyon up 2-1 before the visitors added two goals after the break.', 'goals', 'quantities/score-noun'),
  m('The Rams led 21-14 at halftime.', null),
  m('The council voted 7-2 on the plan, which gives points to early applicants.', null),
  m('The Rams led 21-14 at halftime. Their kicker added six points later.', null),
  m('The lawsuit could cover hundreds of thousands of female workers.', 'women'),
  // what money is
  m('The airline expects $380 million in lost revenue.', 'lost revenue'),
  m('The mayor was held on a $70,000 bond.', 'bond', MONEY),
  m('The insurer offered a $3 billion tender offer for the rival.', 'tender offer', MONEY),
  m('The ministry released €2 billion in emergency aid.', 'emergency aid'),
  m('About $125 billion worth of imported goods faces the tariff.', 'goods', MONEY),
  m('Direct financial losses of about $5.4 billion are expected.', 'financial losses'),
  m('The country approved a relief fund of £400 million.', 'fund'),
  m('Insured losses from the storm could reach $11 billion.', 'losses', MONEY_SUBJECT),
  m('Losses to the state flood insurance program could exceed $2 billion.', 'losses', MONEY_SUBJECT),
  m('The cabinet approved an aid package worth 2.1 billion euros.', 'aid', 'quantities/money-of'),
  m('Parliament passed a relief bill of $900 million.', 'relief', 'quantities/money-of'),
  m('The state will hand out €3.2 billion ($3.5 billion) in aid to farmers.', 'aid', 'quantities/money-in'),
  m('The state will hand out €3.2 billion ($3.5 billion) in aid to farmers.', 'aid', 'quantities/money-echo', 1),
  m('The firm received a rescue package of $2 billion.', 'package'),
  m('Damage to the old stone bridge is estimated at $300 million.', 'damage', MONEY_SUBJECT),
  m('Payouts to the farmers of the drought zone totalled $45 million.', 'payouts', MONEY_SUBJECT),
  m('Total insured loss from the flood is now estimated at $6 billion.', 'loss', MONEY_SUBJECT),
  m('The contract is valued at $73 million.', 'contract value', MONEY_SUBJECT),
  m('The startup was valued at $2 billion in its last round.', 'valuation', MONEY_SUBJECT),
  m('Damages could soar as high as $4 billion (£3.1 billion).', 'damages', undefined, 1),
  m('Its valuation was slashed from $47 billion to $8 billion.', 'valuation', 'quantities/money-echo', 1),
  m(
    'The value of the seized drugs is about $4.2 million. Police put the figure at about $4 million.',
    'value',
    'quantities/money-total',
    1,
  ),
  m('The senator raised $4.2 million in the third quarter.', 'funds', VERB),
  m('Insurers could lose anywhere from $400 million to $1.5 billion.', 'losses', 'quantities/money-verb'),
  m('Experts warn of potential losses reaching up to $15 million a day.', 'potential losses'),
  m('Cancellations at the airport were at 1,008 by noon.', 'flights', 'quantities/flight-events'),
  // dimensions measured in units of length
  m('The moon, with a diameter of 3,200 miles, is the largest.', 'diameter'),
  m('The wreck lies about 25 feet deep in the channel.', 'depth'),
  m('The new seawall will be 12 feet high.', 'height'),
  m('The fire spread across 40 miles of coastline.', 'miles'),
  m('The 600-foot tanker ran aground off the cape.', 'length', 'quantities/dimension'),
  m('A 30-foot wave struck the harbour wall.', 'height', 'quantities/dimension'),
  m('Probes will map the 2,400-mile-wide moon.', 'diameter', COMPOUND),
  m('Crews laid a 12-kilometre pipeline across the plain.', 'length', 'quantities/dimension'),
  // what a percentage measures
  m('Car sales plunged 10 percent last month.', 'percent change', PERCENT),
  m('Shares were down 2.6 percent in early trading.', 'percent change', PERCENT),
  m('Food prices rose by 23 percent over the year.', 'percent increase', PERCENT),
  m('Exports fell by 4.5 percent in March.', 'percent decrease', PERCENT),
  m('Ridership grew "sharply" by 18 percent after the fare cut.', 'percent increase', PERCENT),
  m('Wheat output dropped by 12% in the drought.', 'percent decrease', PERCENT),
  m('The plan would cut emissions by 40%.', 'percent reduction', PERCENT),
  m('The city boosted school spending by 2.5% a year.', 'percent increase', PERCENT),
  m('Output showed an increase of 0.3 percent from 2023.', 'percent change', PERCENT),
  m('Unemployment rose to 5.2 percent.', 'unemployment rate', RATE),
  m('The average mortgage rate climbed to 7.1 percent last week.', 'mortgage rate', RATE),
  m('The jobless rate in the state stayed below 4 percent for a year.', 'jobless rate', RATE),
  m('Containment of the wildfire reached 45% on Sunday.', 'percent contained', RATE),
  m('Vaccination coverage in the district now stands at 87 percent.', 'vaccination coverage', RATE),
  m('Inflation eased to 2.9% in May.', 'inflation rate', RATE),
  m('Turnout in the runoff was 38 percent.', 'turnout', RATE),
  m('Engineers hope to raise panel efficiency from 21% to 26%.', 'panel efficiency', RATE),
  m('The occupancy rate at city shelters hit 96 percent.', 'occupancy rate', RATE),
  m('Its market share fell to 14 percent.', 'market share', RATE),
  m('Hospital admissions rose to 14 percent of all cases.', 'percent'),
  m('The store is offering a 15 percent discount to union members.', 'percent discount', 'quantities/percent-noun'),
  m('The fund bought a 30% stake in the port operator.', 'percent stake', 'quantities/percent-noun'),
  m('Farmers face the 25% tariffs from January.', 'tariff rate', LEVY),
  m('The party won 41% of the vote.', 'percent of vote', 'quantities/percent-of-whole'),
  m('A 5% Democratic lead held in the suburbs.', 'percent'),
  m(
    'The vacancy rate stood at 4.4 percent in June, down from 5.1 percent a year earlier.',
    'vacancy rate',
    'quantities/money-echo',
    1,
  ),
  m('Sales reached $4 billion, up from $3 billion in 2022.', 'sales', 'quantities/money-echo', 1),
  m('Voters in the north favoured the measure by 58 percent.', 'percent'),
  m('Fleet sales were up from 13.2 percent in September.', 'percent'),
  m('The party won 41% of the vote.', 'percent of vote', 'quantities/percent-of-whole'),
  // what money is: the subject of its level verb, past a long modifier (money-clause) or a title-case headline
  m('Losses from the hailstorm could reach $2 billion.', 'losses', MONEY_SUBJECT),
  m('The repair bill came to $40 million.', 'bill', MONEY_SUBJECT),
  m('Damage to the harbour is estimated at €3 million.', 'damage', MONEY_SUBJECT),
  m(
    'Insured losses from the storm that struck the coast on Monday could reach into the billions of dollars.',
    'insured losses',
    CLAUSE_MONEY,
  ),
  m('Insured losses among small firms hit by the outage are likely to be between $500m and $1.8bn.', 'insured losses'),
  m('Aid for the refugees arriving from the north this winter is expected to total €90 million.', 'aid', CLAUSE_MONEY),
  m(
    'The largest direct loss will be borne by grocers in the north ($1.9 billion) and farms ($1.1 billion).',
    'direct loss',
  ),
  m(
    'The largest direct loss will be borne by grocers in the north ($1.9 billion) and farms ($1.1 billion).',
    'direct loss',
    CLAUSE_MONEY,
    1,
  ),
  m(
    'Economists believe flood damage across the three valleys will total $700 million.',
    'flood damage',
    MONEY_SUBJECT,
    1,
  ),
  m('Hailstorm Losses Could Reach Into Billions', 'losses', 'quantities/money-vague'),
  m('The company that reported losses last year will receive $5 million.', 'dollars'),
  m('Price said the fund will total $5 million.', 'fund', MONEY_SUBJECT),
  m('Shoppers saw no mention of a holiday deal, and the bundle is still $60 cheaper.', 'dollars'),
  m('Buyers were told 176 Hong Kong dollars (£17.43) is likely to be the final price.', 'pounds', undefined, 1),
  m('The average price of a used truck sold in May was $31,640.', 'average price'),
  // what money is: a noun after the amount
  m('The council approved a $9 million grant for the library.', 'grant', MONEY),
  m('The bank extended a $9 million loan to the mill.', 'loan', MONEY),
  m('The union accepted a $12 million settlement.', 'settlement', MONEY),
  m('The airline received a $9 million lifeline from the state.', 'lifeline', MONEY),
  m('The storm caused $3 million in damage.', 'damage', 'quantities/money-in'),
  m('The charity shipped $5 million worth of aid.', 'aid', MONEY),
  m('The port handled $125 billion of goods last year.', 'goods', 'quantities/money-in'),
  m('She was ordered to pay $2,000 in restitution.', 'restitution', 'quantities/money-in'),
  m('The project carries a price tag of $1.2 billion.', 'project cost', 'quantities/money-price-tag'),
  // what money is: the verb that takes it (money-verb), `$X on Y` after spending (money-on)
  m('The startup hopes to raise $40 million in its stock market listing.', 'proceeds', VERB),
  m('The airline could raise as much as $1 billion in a share sale.', 'proceeds', VERB),
  m('The club raised $2 million for the new stadium.', 'funds', VERB),
  m('The family spent Rs 24 lakh in three attempts.', 'spending', VERB),
  m('The county spent $4 million on overtime.', 'spending', VERB),
  m('The family spent Rs 24 lakh on travel, Rs 40 lakh on lawyers.', 'spending on lawyers', 'quantities/money-on', 1),
  m('He said the state spent $5 million on repairs that could top $9 million.', 'dollars', undefined, 1),
  m('The flood will cost the state $800 million.', 'cost', VERB),
  m('The bridge will cost $2 billion to rebuild.', 'rebuild cost', VERB),
  m('Tickets cost $40 each.', 'cost', VERB),
  m('Residents paid $1,200 each to the contractor.', 'payment', VERB),
  m('Regulators fined the bank $25 million.', 'fine', VERB),
  m('She was fined $500 for the spill.', 'fine', VERB),
  m('The city owes the contractor $6 million.', 'debt', VERB),
  // what money is: sums an investigation or a court moves
  m('Investigators have recovered $3.4 million from the smugglers.', 'recovered assets', VERB),
  m('Auditors said the fund recovered roughly £800,000 last year.', 'recovered assets', VERB),
  m('The court froze $12 million belonging to the former mayor.', 'frozen assets', VERB),
  m('The regulator has frozen about €40 million linked to the exchange.', 'frozen assets', VERB),
  m('Customs officers seized $2.1 million at the border crossing.', 'seized assets', VERB),
  m('The treasurer embezzled $450,000 over six years.', 'embezzled funds', VERB),
  m('Hackers stole $30 million from the bridge protocol.', 'stolen funds', VERB),
  m('The gang laundered nearly $90 million through car dealerships.', 'laundered money', VERB),
  m('The builder repaid the families $1.5 million.', 'repayments', VERB),
  m('The airline refunded passengers $14 million after the strike.', 'refunds', VERB),
  m('A jury awarded the family $10 million.', 'award', VERB),
  m('Donors gave $5 million toward the senator’s campaign.', 'contributions', VERB),
  m('Donors gave $5 to the clerk.', 'dollars'),
  m('Alumni donated $3 million to the university.', 'donations', VERB),
  m('Members contributed $40,000 to the strike fund.', 'contributions', VERB),
  m('The firm earned $3 billion last year.', 'earnings', VERB),
  m('Farmers could lose $500 million this season.', 'losses', VERB),
  m('Flood losses could reach 5 billion taka.', 'losses', MONEY_SUBJECT),
  m('The ministry released 40 million naira in aid.', 'aid', 'quantities/money-in'),
  m('The hiker lost 20 pounds on the trail.', 'pounds'),
  // a total that refers back to money named in the paragraph before
  m(
    'Insured losses from the storm could be between $6 billion and $11 billion.\n\n' +
      'Analysts put their best estimate at $11 billion.',
    'losses',
    'quantities/money-total',
    1,
  ),
  m('Analysts put their best estimate at $11 billion.', 'dollars'),
  // what a percentage is of: a levy's rate, a change's kind, a rate before `of`, a rate carried past `now to`
  m('The government imposed a 15% tariff on steel.', 'tariff rate', LEVY),
  m('Diners pay a 10% tax on meals.', 'tax rate', LEVY),
  m('Relief from the 25% tariffs is expected.', 'tariff rate', LEVY),
  m('Teachers won a 9% raise.', 'percent raise', 'quantities/percent-noun'),
  m('The agency will expand the fleet by 30% by 2030.', 'percent expansion', PERCENT),
  m('Efficiency should rise from around 20% now to 24% by 2030.', 'efficiency', 'quantities/money-echo', 1),
  m('The insurer suffered loss ratios of 234% in the worst years.', 'loss ratios', RATE),
  m('The vaccine showed an efficacy of 95% in trials.', 'efficacy', RATE),
  m('Turnout was 61% in the capital.', 'turnout', RATE),
  m('Containment stood at 45% on Sunday.', 'percent contained', RATE),
  m('About 31% of voters backed the measure.', 'percent of voters', 'quantities/percent-of-whole'),
  m('The fire is 45% contained, officials said.', 'percent contained', 'quantities/percent-state'),
  m('The blaze was 80 percent contained by Sunday.', 'percent contained', 'quantities/percent-state'),
  m('The new levee is 60% complete.', 'completion', 'quantities/percent-state'),
  m('The reservoir is 95% full after the storms.', 'capacity', 'quantities/percent-state'),
  m('The governor’s approval rating fell to 38%.', 'approval rating', RATE),
  m('Support for the strike stood at 52%.', 'support', RATE),
  m('The jobless rate rose 0.2 percentage points to 4.3%.', 'jobless rate', 'quantities/percent-level', 1),
  m('Vaccination coverage fell 3 percent to 81 percent.', 'vaccination coverage', 'quantities/percent-level', 1),
  m('The central bank cut its benchmark rate by a quarter-point.', 'percentage point cut', 'quantities/points-change'),
  m('The bank raised rates by 0.25 percentage points.', 'percentage point increase', 'quantities/points-change'),
  m('The rate rose 0.25 percentage points.', 'percentage points'),
  // what a length measures: a joined dimension, the height of a fall
  m('Probes will study the 2,300-mile-wide moon.', 'diameter', COMPOUND),
  m('Scientists mapped a 2-mile-wide crater.', 'diameter', COMPOUND),
  m('A 1-mile-wide tornado tore through the town.', 'miles'),
  m('A 10-mile-long convoy formed at the border.', 'miles'),
  m('The 40-foot-tall statue was toppled.', 'feet'),
  m('The climber fell 100 feet into a crevasse.', 'fall height', FALL),
  m('The bus plunged nearly 60 metres into the gorge.', 'fall height', FALL),
  m('The blast hurled debris 300 feet into the air.', 'height', FALL),
  m('The river fell 3 feet overnight.', 'feet'),
  // a length that sizes a zone or a cordon is its radius; a place named by its distance from the zone is not
  m('Police set up a 5-kilometre exclusion zone around the chemical depot.', 'radius', ZONE),
  m('A 20-mile no-fly zone was declared over the summit.', 'radius', ZONE),
  m('The army widened the evacuation zone to 12 km on Sunday.', 'radius', ZONE),
  m('Authorities extended the no-go zone around the dam from 3 kilometres to 7 kilometres.', 'radius', ZONE),
  m('Authorities extended the no-go zone around the dam from 3 kilometres to 7 kilometres.', 'radius', ZONE, 1),
  m('Officials cut the cordon back to 800 metres once the gas leak was capped.', 'radius', ZONE),
  m('The safety perimeter was set at about 2 miles.', 'radius', ZONE),
  m('Inspectors set the quarantine radius at 4 miles around the farm.', 'radius', ZONE),
  m('Residents within a 10-kilometre radius of the plant were told to stay indoors.', 'radius', ZONE),
  m('The radius of the crater grew by 30 metres overnight.', 'metres'),
  m('The shelter lies 15 km from the exclusion zone.', 'kilometers'),
  m('Families from the danger zone were moved to a school 6 km away.', 'kilometers'),
  m('The closed zone stretches 40 km along the coast.', 'kilometers'),
  m('The convoy drove 8 km into the buffer zone.', 'kilometers'),
  m('A 3-kilometre stretch of the road was closed.', 'length'),
  // a length said `as high as`, or sent `into the sky`, is a height (past a conversion in brackets)
  m('The eruption sent ash as high as 11 kilometres.', 'height', SKY),
  m('Smoke rose about 4 km (2.5 miles) into the sky above the refinery.', 'height', SKY),
  m('A plume of steam 800 metres into the air was seen from the town.', 'height', SKY),
  m('Floodwater stood as deep as 2 metres in the old town.', 'metres'),
  m('The balloon drifted 40 km into the countryside.', 'kilometers'),
  m('Prices climbed as high as $9 a litre.', 'prices per litre'),
  m('The plant has a capacity of 30 MW.', 'capacity'),
  m('They built a 30 MW plant near the coast.', 'capacity'),
  m('The fire has burned 5,000 acres.', 'acres'),
  // "N others" counts more of what the count before it counted
  m('Rescuers found 6 hikers on Monday, but 11 others are still missing.', 'hikers', OTHERS, 1),
  m('Four firefighters died and 23 others were treated for smoke.', 'firefighters', OTHERS, 1),
  m('The court freed 120 detainees and transferred 40 others to a military prison.', 'detainees', OTHERS, 1),
  m('Customs seized 300 rifles and 45 others at the border.', 'rifles', OTHERS, 1),
  m('Two people drowned and 8 others were rescued from the river.', 'people', undefined, 1),
  m('The flood cost the county $12 million. About 60 others were evacuated.', 'people', undefined, 1),
  // "N and M nouns": the first number counts the noun after the second
  m('The two fires destroyed 120 and 85 homes respectively.', 'homes', PAIR, 1),
  m('Aid groups counted 2,400 and 3,100 refugees in the two camps.', 'refugees', PAIR),
  m('The two quakes left 3,200 and 410 families homeless.', 'families', PAIR, 1),
  // "N more" with no noun counts more of the paragraph's last count
  m(
    'Some 4,000 migrants reached the island last week. Officials said 2,000 more could land by Sunday.',
    'migrants',
    MORE,
    1,
  ),
  m('The clinic has vaccinated 800 children. A thousand more are due in March.', 'children', undefined, 1),
  // a bare percentage measures what the percentage before it measured
  m(
    'Teachers asked for a 9% salary increase and were offered 3% by the ministry.',
    'percent salary increase',
    PERCENT_NOUN,
    1,
  ),
  m('The fund bought a 12% stake in the port and 5% in the airport.', 'percent stake', PERCENT_NOUN, 1),
  m('Exports rose 4% in June from 2% in May.', 'percent', undefined, 1),
  // a percentage restated after a change, or after "lost"/"shed", is a change
  m('The FTSE 100 dropped 210 points, or 2.7%, to 7,540.', 'percent change', PERCENT, 1),
  m('Sales climbed $4 billion, or 11%, in the quarter.', 'percent change', PERCENT, 1),
  m('The currency lost 6% against the dollar.', 'percent change', PERCENT),
  m('Shares in the airline shed 14% on Monday.', 'percent change', PERCENT),
  m('About 300 homes, or 4% of the town, were flooded.', 'percent of town', 'quantities/percent-of-whole', 1),
  // a subject that narrows, widens or shrinks to a level; `almost` between the auxiliary and the verb
  m('The trade surplus will narrow to $12 billion next year.', 'trade surplus', MONEY_SUBJECT),
  m('The budget shortfall widened to $3.4 billion in the third quarter.', 'budget shortfall', MONEY_SUBJECT),
  m('Court backlogs have almost doubled to 61,000 since the pandemic.', 'backlogs'),
  m('Rents in the capital have almost tripled to 2,400 a month.', 'rents'),
  // a count per head of a population is the rate that is its subject
  m('The murder rate fell to 6.2 per 100,000 residents last year.', 'murder rate', RATE_PER),
  m('In the capital the infection rate is 210 per 100,000 people.', 'infection rate', RATE_PER),
  m('The unemployment rate stood at 5.1 per 100 workers.', 'unemployment rate', RATE_PER),
  // tonnes are kept as written (metric), not read as tons
  m('The mill ground 4,500 tonnes of maize last month.', 'tonnes'),
  m('Storage silos hold about 2 million tonnes.', 'tonnes'),
  m('The ship ran aground carrying 90,000 metric tons of iron ore.', 'tons'),
  m('Rescuers cleared 12 tons of rubble.', 'tons'),
  // A rate that a relative clause is about, attendance and uptake as rates, a bare number before a verb.
  m('Unemployment, which hit 7.1% in May, is now falling.', 'unemployment rate', 'quantities/percent-relative'),
  m(
    'The jobless rate, which has risen to 6.2%, worries the central bank.',
    'jobless rate',
    'quantities/percent-relative',
  ),
  m('Mortgage rates, which stood at 7% in October, have eased.', 'mortgage rates', 'quantities/percent-relative'),
  m('The bond yield, which reached 4.9% on Friday, slipped back.', 'bond yield', 'quantities/percent-relative'),
  m('Wages still lag inflation, which hit 5.2% in June.', 'inflation rate', 'quantities/percent-relative'),
  m('Turnout, which was 61% in 2019, fell sharply.', 'turnout', 'quantities/percent-relative'),
  m(
    'The offer falls far short of inflation, which reached 3.9% last month.',
    'inflation rate',
    'quantities/percent-relative',
  ),
  m(
    'Attendance at Hillcrest High fell to 71% on Monday as the flu spread.',
    'attendance',
    'quantities/percent-subject',
  ),
  m('Attendance dropped to 58% during the transit strike.', 'attendance', 'quantities/percent-subject'),
  m('Vaccine uptake in the county dropped to 81% this year.', 'vaccine uptake', 'quantities/percent-subject'),
  m('Two of the 9 live in Texas, the health department said.', null),
  m('Three of the 40 died in hospital after the fire.', null),
  m('The carrier flies 30 of its 787 jets to Asia.', 'jets'),
  // A list of lines under a lead-in that names what its figures are for.
  m(
    'The ministry released these figures for flood evacuees as of Monday:\n\nNorth district — 3,200\nRiver district — 1,450',
    'flood evacuees',
    'quantities/list-lead',
  ),
  m(
    'The ministry released these figures for flood evacuees as of Monday:\n\nNorth district — 3,200\nRiver district — 1,450',
    'flood evacuees',
    'quantities/list-lead',
    1,
  ),
  m(
    'Health officials published the latest numbers of confirmed cases:\nHarlow County: 41\nMercer County: 17',
    'cases',
    'quantities/list-lead',
  ),
  m(
    'The electoral board gave its totals for ballots counted by noon:\nEastgate — 2,900',
    'ballots',
    'quantities/list-lead',
  ),
  m('Here is how the teams finished:\nRovers — 3\nCity — 1', null),
  // A share of a whole after a verb of loss is no change: it measures the whole (quantities/percent-of-whole).
  m('The bank lost 30% of its value in a week.', 'percent of value', 'quantities/percent-of-whole'),
  m('Farmers lost 40% of their crops to the drought.', 'percent of crops', 'quantities/percent-of-whole'),
  m(
    'Households have lost 9% of their purchasing power since the war began.',
    'percent of purchasing power',
    'quantities/percent-of-whole',
  ),
  m('Exports fell 12% in the first quarter.', 'percent change', 'quantities/percent-change'),
  // The noun a percentage is `of`, after a determiner.
  m('The union says a settlement of 4% or more would be fair.', 'percent settlement', 'quantities/percent-of-noun'),
  m('Savers were promised a return of 6% a year.', 'percent return', 'quantities/percent-of-noun'),
  m(
    'The council approved a property tax credit of 20% for pensioners.',
    'percent property tax credit',
    'quantities/percent-of-noun',
  ),
  m('Lenders charge an interest rate of 9% on such loans.', 'interest rate'),
  m(
    'Unions want a 5% pay rise, though the deficit stood at 4.1% of GDP.',
    'percent of GDP',
    'quantities/percent-of-whole',
    1,
  ),
  m('The index hit a record high of 40% last year.', 'percent'),
  m('Exports posted an increase of 12% in May.', 'percent change', 'quantities/percent-change'),
  // a part of `those` named by a participle or `who`
  m('Police said 40 of those detained were released without charge.', 'people', 'quantities/part-of-those'),
  m('Officials said 12 of those who fell ill had eaten at the fair.', 'people', 'quantities/part-of-those'),
  m('Only 5 of those rescued from the mine needed hospital care.', 'people', 'quantities/part-of-those'),
  m('Medics said 30 of those trampled in the crush were children.', 'people', 'quantities/part-of-those'),
  m('The clinic said 2,000 of those vaccinated had no side effects.', 'people', 'quantities/part-of-those'),
  m('Drivers said 12 of those buses were late.', 'buses'),
  // a sum handed to each member of a group is a sum per recipient
  m('The province pledged $5,000 to every family that lost a house in the fire.', 'pledged aid per family', PER_WHO),
  m('The union fund gives 300 euros to each striking worker.', 'amount per worker', PER_WHO),
  m('The state will pay 10,000 rupees to the family of each victim.', 'payment per family', PER_WHO),
  m('Insurers offered 500 dollars in compensation to each passenger.', 'compensation per passenger', PER_WHO),
  m('The ministry promised P8,000 to each evacuee from the dam break.', 'amount per evacuee', PER_WHO),
  m('Growers will receive €1,200 in aid to every farm hit by the hail.', 'aid per farm', PER_WHO),
  m('The levy adds 9 pence to each bill.', 'amount per bill', PER_WHO),
  m('The carrier will refund 80 francs to each traveller whose train was cancelled.', 'refund per traveller', PER_WHO),
  m('The city sent $2 million to the flooded region.', 'dollars'),
  m('Donors gave $40,000 to the families of the miners.', 'dollars'),
  // `the number` opening a paragraph takes up the count that closed the one before, and no earlier one
  m(
    'Floodwaters forced 4,200 residents from their homes.\n\nOfficials put the number at 5,000 by Tuesday.',
    'people',
    TOTAL,
    1,
  ),
  m(
    'The strike closed 310 schools across the province.\n\nThe union says the total could reach 400.',
    'schools',
    TOTAL,
    1,
  ),
  m(
    'The storm cut power to 80,000 homes.\n\nCrews worked all night.\n\nThe utility put the number at 50,000.',
    null,
    undefined,
    1,
  ),
  // a number naming a place, after a count of places, counts what was spread over the places
  m('The fire destroyed 52 homes in three villages, including 30 in Alvora.', 'homes', 'quantities/place-item', 2),
  m(
    'The quake left 900 families homeless across two towns, 600 in Ostrel and 300 in Varn.',
    'families',
    'quantities/place-item',
    2,
  ),
  m('Medics treated 75 patients in four counties, among them 40 in Greer.', 'patients', 'quantities/place-item', 2),
  m('Rebels shelled 14 villages in two provinces: 9 in Kora and 5 in Tamba.', 'villages', undefined, 2),
  // containment named either way is the share contained
  m('Crews had the brush fire 30% contained by dusk.', 'percent contained', 'quantities/percent-state'),
  m('Containment rose to 55% overnight, the forestry agency said.', 'percent contained', RATE),
];
