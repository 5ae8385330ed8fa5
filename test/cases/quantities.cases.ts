/**
 * Table cases for the quantities stage, written from stories other than the
 * seeds: disasters, elections, economics, other wars, courts, health.
 * Each case: the text, then the expected first quantity (or the `at`-th).
 */
import type { BoundKind } from '../../src/article.js';

export interface QuantityCase {
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: BoundKind;
  measure: string | null;
  approximate?: boolean;
  vague?: boolean;
  incremental?: boolean;
  /** Which quantity of the text to check (default 0). */
  at?: number;
  /** The unit code expected (`USD`, `percent`, `acres`); checked only when given (null: a plain count). */
  unit?: string | null;
  /** How many quantities the text holds, when the case is about one not being read (a conversion in brackets). */
  count?: number;
}

const exact = (text: string, v: number, measure: string | null, extra: Partial<QuantityCase> = {}): QuantityCase => ({ text, value: v, low: v, high: v, bound: 'exact', measure, ...extra });
const approx = (text: string, v: number, measure: string | null, extra: Partial<QuantityCase> = {}): QuantityCase => exact(text, v, measure, { approximate: true, ...extra });
const lower = (text: string, low: number, measure: string | null, extra: Partial<QuantityCase> = {}): QuantityCase => ({ text, value: null, low, high: null, bound: 'lower', measure, ...extra });
const upper = (text: string, high: number, measure: string | null, extra: Partial<QuantityCase> = {}): QuantityCase => ({ text, value: null, low: null, high, bound: 'upper', measure, ...extra });
const range = (text: string, low: number, high: number, measure: string | null, extra: Partial<QuantityCase> = {}): QuantityCase => ({ text, value: null, low, high, bound: 'range', measure, ...extra });
const vague = (text: string, low: number, measure: string | null, extra: Partial<QuantityCase> = {}): QuantityCase => ({ text, value: null, low, high: null, bound: 'vague', measure, approximate: true, vague: true, ...extra });

export const quantityCases: QuantityCase[] = [
  // disasters
  exact('The earthquake killed 2,315 people in the coastal province.', 2315, 'people'),
  lower('More than 4,000 residents were evacuated from the valley.', 4000, 'people'),
  lower('At least 57 people died when the dam burst.', 57, 'people'),
  approx('Around 300 homes were destroyed by the wildfire.', 300, 'homes'),
  vague('Thousands of families spent the night in shelters.', 2000, 'families'),
  vague('Floods displaced hundreds of thousands of people across the delta.', 200000, 'people'),
  upper('Up to 12,000 households may lose power for a week.', 12000, 'households'),
  exact('Rescuers pulled 14 survivors from the rubble.', 14, 'survivors'),
  vague('Dozens of villages were cut off by landslides.', 24, 'villages'),
  approx('The storm dumped some 600 millimetres of rain.', 600, 'millimetres'),
  exact('The typhoon damaged 1,248 schools.', 1248, 'schools'),
  lower('The blaze has burned over 12,500 acres.', 12500, 'acres'),
  range('Officials expect between 3,000 and 5,000 evacuees.', 3000, 5000, 'evacuees'),
  vague('Tens of thousands of people remain without clean water.', 20000, 'people'),
  exact('Eleven firefighters were injured.', 11, 'firefighters'),
  approx('Nearly 900 patients were moved to other hospitals.', 900, 'patients'),
  approx('Almost 70 aftershocks followed the quake.', 70, 'aftershocks'),
  exact('The death toll rose to 43.', 43, 'people'),
  exact('Another 200 soldiers were sent to help with the cleanup.', 200, 'troops', { incremental: true }),
  approx('An estimated 1.2 million people were affected by the drought.', 1200000, 'people'),
  // elections
  exact('She won 52,341 votes in the runoff.', 52341, 'votes'),
  exact('The party took 14 seats in the regional parliament.', 14, 'seats'),
  exact('Turnout was 61 percent, the highest in decades.', 61, 'percent'),
  exact('He received 48.7% of the vote.', 48.7, 'percent'),
  lower('More than 3 million ballots were cast by mail.', 3000000, 'ballots'),
  exact('The incumbent lost by 1,204 votes.', 1204, 'votes'),
  exact('Twelve candidates are on the ballot.', 12, 'candidates'),
  vague('Millions of voters stayed home.', 2000000, 'voters'),
  exact('Officials counted 4,512 provisional ballots.', 4512, 'ballots'),
  exact('The coalition holds 171 of the 300 seats.', 171, 'seats'),
  approx('About 40 percent of registered voters turned out.', 40, 'percent'),
  exact('Polls closed in 38 states.', 38, 'states'),
  exact('The senator raised $4.2 million in the third quarter.', 4200000, 'dollars'),
  exact('Fifty-one senators voted to confirm her.', 51, 'senators'),
  exact('The measure passed with 218 votes.', 218, 'votes'),
  upper('Fewer than 500 votes separated the two leading candidates.', 500, 'votes'),
  exact('Voters elected twenty-three new members.', 23, 'members'),
  lower('Over 70,000 volunteers monitored polling stations.', 70000, 'volunteers'),
  range('Forecasters give the party 120 to 140 seats.', 120, 140, 'seats'),
  exact('A dozen states changed their voting rules.', 12, 'states', { approximate: true }),
  // economics
  exact('The company will cut 1,800 jobs.', 1800, 'jobs'),
  exact('The central bank bought $3 billion of bonds.', 3000000000, 'bonds', { unit: 'USD' }),
  exact('Exports fell by 4.5 percent in March.', 4.5, 'percent change'),
  exact('The fund manages €12 billion in assets.', 12000000000, 'assets', { unit: 'EUR' }),
  exact('Inflation reached 9.1% in June.', 9.1, 'percent'),
  vague('The deal is worth billions of dollars.', 2000000000, 'dollars'),
  exact('The firm sold 2.4 million vehicles last year.', 2400000, 'vehicles'),
  exact('Shares fell to $14.20 in early trading.', 14.2, 'dollars'),
  exact('The retailer operates 3,400 stores.', 3400, 'stores'),
  lower('The merger would create more than 10,000 jobs.', 10000, 'jobs'),
  exact('Unemployment rose to 5.2 per cent.', 5.2, 'percent'),
  exact('The budget includes £600m for roads.', 600000000, 'pounds', { unit: 'GBP' }),
  exact('The plant employs 850 workers.', 850, 'workers'),
  range('Analysts expect profits of $2 billion to $3 billion.', 2000000000, 3000000000, 'profits', { unit: 'USD' }),
  exact('The government pledged $8B for the project.', 8000000000, 'dollars'),
  approx('The settlement is roughly $450 million.', 450000000, 'settlement', { unit: 'USD' }),
  vague('Several thousand workers went on strike.', 2000, 'workers'),
  exact('The airline ordered 150 aircraft.', 150, 'aircraft'),
  exact('Oil output dropped by 300,000 barrels a day.', 300000, 'barrels'),
  exact('The bank fined the trader $250,000.', 250000, 'dollars'),
  exact('Retail sales rose 0.7 percent.', 0.7, 'percent change'),
  lower('Debt topped $31 trillion this year.', 31000000000000, 'debt', { unit: 'USD' }),
  exact('The union represents 45,000 nurses.', 45000, 'nurses'),
  exact('A 25-cent stamp went unsold.', 25, 'cents'),
  exact('The company laid off an additional 500 employees.', 500, 'employees', { incremental: true }),
  exact('A further 2,000 jobs will go by 2026.', 2000, 'jobs', { incremental: true }),
  exact('The ministry added 1,500 more teachers.', 1500, 'teachers', { incremental: true }),
  exact('The trade deficit was ¥1.2 trillion.', 1200000000000, 'deficit', { unit: 'JPY' }),
  exact('The tariff covers 300 products.', 300, 'products'),
  exact('Housing starts fell to 1.34 million units.', 1340000, 'units'),
  // other wars and security
  exact('The army deployed 3,000 soldiers to the border.', 3000, 'troops'),
  lower('More than 200 civilians were killed in the shelling.', 200, 'civilians'),
  exact('The alliance sent 31 tanks.', 31, 'tanks'),
  vague('Hundreds of drones were launched overnight.', 200, 'drones'),
  exact('Rebels captured 40 soldiers.', 40, 'troops'),
  upper('As many as 5,000 fighters may have crossed the river.', 5000, 'troops'),
  exact('The convoy carried 120 containers of ammunition.', 120, 'containers'),
  lower('At least 18 people were wounded.', 18, 'people'),
  exact('The ministry said 2 million shells had been delivered.', 2000000, 'artillery shells'),
  vague('Tens of thousands of troops massed near the frontier.', 20000, 'troops'),
  exact('Seven brigades were moved south.', 7, 'brigades'),
  approx('Some 15,000 reservists were called up.', 15000, 'troops'),
  exact('Another 1,200 marines arrived on Tuesday.', 1200, 'troops', { incremental: true }),
  range('Between 8,000 and 10,000 paratroopers took part.', 8000, 10000, 'troops'),
  range('The rebels fielded 2,000-3,000 fighters.', 2000, 3000, 'troops'),
  exact('The navy lost three ships.', 3, 'ships'),
  upper('The strike killed up to 60 militants.', 60, 'militants'),
  lower('Over 1,000 artillery rounds were fired.', 1000, 'artillery shells'),
  exact('The government mobilized 300,000 reservists.', 300000, 'troops'),
  vague('Several million refugees have left the country.', 2000000, 'refugees'),
  exact('The ceasefire allowed 400 trucks of aid to enter.', 400, 'trucks'),
  approx('Roughly 2,500 personnel will stay in the region.', 2500, 'troops'),
  exact('The militia released 17 hostages.', 17, 'hostages'),
  lower('The blockade has stranded upwards of 90 ships.', 90, 'ships'),
  exact('The contract covers 4 battalions.', 4, 'battalions'),
  lower('Officials said 1,000 or more soldiers had deserted.', 1000, 'troops'),
  upper('The base can hold no more than 800 troops.', 800, 'troops'),
  exact('An additional 3,000 troops are expected next month.', 3000, 'troops', { incremental: true }),
  vague('Scores of civilians fled the town.', 40, 'civilians'),
  exact('Thirty-two missiles were intercepted.', 32, 'missiles'),
  // courts and crime
  exact('The jury deliberated and convicted him on 34 counts.', 34, 'counts'),
  exact('He pleaded guilty to one felony fraud count.', 1, 'counts'),
  exact('The firm agreed to pay $1.5 billion to settle the case.', 1500000000, 'dollars'),
  upper('He faces a fine of up to $250,000.', 250000, 'fine', { unit: 'USD' }),
  exact('Police arrested 23 protesters.', 23, 'protesters'),
  lower('The class includes at least 544 store managers.', 544, 'store managers'),
  exact('The suit was filed on behalf of three landowners.', 3, 'landowners'),
  exact('The court heard from 12 witnesses.', 12, 'witnesses'),
  vague('Dozens of people were arrested after the march.', 24, 'people'),
  exact('Prosecutors seized $750,000 in cash.', 750000, 'cash', { unit: 'USD' }),
  exact('The judge dismissed 4 of the charges.', 4, 'charges'),
  exact('Two of the named plaintiffs attended the hearing.', 2, 'plaintiffs'),
  upper('The lawsuit could cover as many as 1.5 million women.', 1500000, 'women'),
  range('Estimates run from 500,000 to 1.6 million.', 500000, 1600000, null),
  exact('She spent $10,977.74 at an electronics store.', 10977.74, 'spending'),
  exact('The gunman shot 49 people.', 49, 'people'),
  lower('More than 100 lives were shattered.', 100, 'people'),
  exact('The shooting left 50 people dead and 53 wounded.', 53, 'people', { at: 1 }),
  lower('Dry-cleaning expenses topped $14,000.', 14000, 'expenses', { unit: 'USD' }),
  exact('The verdict came after 11 hours of deliberation and 9 jurors agreed.', 9, 'jurors'),
  exact('Police recovered 1,300 rounds of ammunition.', 1300, 'artillery shells'),
  exact('The appeals court ruled 2 to 1.', 2, null),
  // health and society
  exact('The hospital treated 312 patients.', 312, 'patients'),
  lower('More than 30,000 cases were reported this week.', 30000, 'cases'),
  exact('The vaccine was given to 4.6 million children.', 4600000, 'children'),
  exact('The outbreak has killed 1,112 people.', 1112, 'people'),
  approx('About 60 House Democrats boycotted the ceremony.', 60, 'House Democrats'),
  vague('Hundreds of thousands of marchers filled the streets.', 200000, 'marchers'),
  exact('The school district hired 75 teachers.', 75, 'teachers'),
  exact('The city will plant 10,000 trees.', 10000, 'trees'),
  exact('The 38-word oath was read aloud.', 38, 'words'),
  exact('A crowd filled the 80-foot-long room.', 80, 'feet'),
  exact('She was one of 16 other candidates.', 16, 'candidates'),
  exact('The program serves 2,200 students.', 2200, 'students'),
  lower('More than 800,000 federal employees went without pay.', 800000, 'employees'),
  exact('The strike closed 140 schools.', 140, 'schools'),
  approx('Some 234 miles of fencing are planned.', 234, 'miles'),
  exact('The wall will cost $5.7 billion.', 5700000000, 'dollars'),
  exact('Border agents made 400,000 arrests.', 400000, 'arrests'),
  exact('The agency counted 1.6 million apprehensions.', 1600000, 'apprehensions'),
  upper('Less than 5 percent of the budget goes to research.', 5, 'percent'),
  exact('The survey of 1,012 adults found broad support.', 1012, 'adults'),
  exact('Half a million people lost coverage.', 500000, 'people'),
  exact('The half-dozen senators met on Monday.', 6, 'senators', { approximate: true }),
  exact('Officials declared a national emergency five dozen times.', 60, 'times', { approximate: true }),
  vague('A few thousand protesters gathered outside.', 2000, 'protesters'),
  exact('Twelve thousand runners finished the race.', 12000, 'runners'),
  exact('Two hundred fifty volunteers cleaned the beach.', 250, 'volunteers'),
  exact('The charity gave out one hundred and twenty meals.', 120, 'meals'),
  exact('A German-style report counted 12.000 demonstrators.', 12000, 'demonstrators'),
  exact('Exports reached 1.5 million tonnes.', 1500000, 'tons'),
  exact('She donated $2,306.08 to the fund.', 2306.08, 'dollars'),
  exact('The ferry carried 1,500 passengers and 40 crew.', 40, 'crew members', { at: 1 }),
  exact('The ferry carried 1,500 passengers and 40 crew.', 1500, 'passengers'),
  lower('Over 10,000 people signed the petition, and thousands more joined online.', 10000, 'people'),
  vague('Over 10,000 people signed the petition, and thousands more joined online.', 2000, 'people', { at: 1 }),
  exact('Police said the number of dead could rise to 30, after 28 bodies were found.', 28, 'bodies', { at: 1 }),
  exact('Four people were killed and 12 injured.', 12, 'people', { at: 1 }),
  approx('The program costs around $3.6 billion a year.', 3600000000, 'dollars'),
  exact('The president signed 14 executive orders.', 14, 'orders'),
];

quantityCases.push(
  exact('Two and a half million people live in the region.', 2500000, 'people'),
);

quantityCases.push(
  exact('Border crossings have fallen in recent years, to 310,000 last year.', 310000, 'crossings'),
  exact('Sales rose to 5,000 in the first quarter.', 5000, 'sales'),
  vague('Organisers said the rally could draw tens of thousands.', 20000, 'people'),
  exact('The death toll climbed to 212 on Sunday.', 212, 'people'),
);

quantityCases.push(
  exact('The government distributed 50 lakh masks to schools.', 5000000, 'masks'),
  exact('Officials counted 16 Boeing planes at the airport.', 16, 'planes'),
);

quantityCases.push(
  exact('Officials said:\n600 North Korean soldiers have been killed.', 600, 'troops'),
);

quantityCases.push(
  exact('Residents voiced concerns over 500 new homes near the river.', 500, 'homes'),
  exact('The two countries clashed over 12 islands.', 12, 'islands', { at: 1 }),
);

// Changes: the size of a change and the level changed from are plain figures (the gold keys mark neither as an
// increment); `additional`, `more`, `a further`, `a second batch of` are increments.
quantityCases.push(
  exact('Shelters housed 2,140 evacuees on Sunday, up from 1,690 a day earlier.', 1690, 'evacuees', { at: 1 }),
  exact('The strike idled 4,500 workers, up from 3,900 on Monday.', 3900, 'workers', { at: 1 }),
  exact('The ministry reported 1,210 confirmed cases, up 44 from Tuesday.', 44, 'cases', { at: 1, incremental: true }),
  exact('The shelter counted 640 guests, up 25 since Monday.', 25, 'guests', { at: 1, incremental: true }),
  exact('The index closed at 4,100, up 120 points from Friday.', 120, 'points', { at: 1 }),
  exact('The camp population rose by 2,500 people in a week.', 2500, 'people'),
  exact('Arrivals fell by 1,500 visitors from a year earlier.', 1500, 'visitors'),
  exact('Sales showed an increase of 9% over the quarter.', 9, 'percent change'),
  exact('Fares posted a rise of 4.5 percent in June.', 4.5, 'percent change'),
  exact('Rents rose by 8 percent last year.', 8, 'percent change'),
  exact('The price of bread doubled to $2.40 a loaf.', 2.4, 'price'),
  exact('Unemployment fell to 3.8% in May.', 3.8, 'percent'),
  exact('Payroll figures were revised down by 640,000 jobs.', 640000, 'jobs'),
  exact('The earlier tally was revised up by 1,200 votes.', 1200, 'votes'),
  exact('The order was cut by 20 to 90 jets.', 20, null),
  exact('The order was cut by 20 to 90 jets.', 90, 'jets', { at: 1 }),
  exact('The toll was revised downwards on Monday, from 88 to 86 people.', 88, null),
  exact('The toll was revised downwards on Monday, from 88 to 86 people.', 86, 'people', { at: 1 }),
  exact('Turnout rose from 61% to 67% this year.', 61, 'percent'),
  exact('Turnout rose from 61% to 67% this year.', 67, 'percent', { at: 1 }),
  exact('Membership grew from 900 to 1,400 families.', 1400, 'families', { at: 1 }),
  exact('Inflation slowed from 9.1% to 8.3% over the summer.', 8.3, 'percent', { at: 1 }),
  range('Estimates of the crowd range from 20,000 to 40,000 people.', 20000, 40000, 'people'),
  exact('The index was down 120 points on Friday.', 120, 'points'),
  exact('Car sales are up 3.4 percent this year.', 3.4, 'percent change'),
  exact('Shares closed at $41.20, up 0.6%.', 0.6, 'percent change', { at: 1 }),
  exact('The state added 4,000 jobs, a drop of 300 from March.', 300, 'jobs', { at: 1 }),
  exact('Prices were up 3 percent from a year earlier.', 3, 'percent change'),
  exact('The county confirmed eleven additional cases of measles.', 11, 'cases', { incremental: true }),
  exact('Officials reported 14 additional deaths overnight.', 14, 'people', { incremental: true }),
  exact('The utility hired 200 extra crews for the storm.', 200, 'crews', { incremental: true }),
  exact('The hospital opened 40 additional beds.', 40, 'beds', { incremental: true }),
  exact('The army sent a second deployment of 2,500 troops.', 2500, 'troops', { incremental: true }),
  exact('Donors pledged a further 7,500 tents.', 7500, 'tents', { incremental: true }),
  exact('The agency announced another batch of 300 generators.', 300, 'generators', { incremental: true }),
  exact('A fresh wave of 2,000 volunteers arrived at the coast.', 2000, 'volunteers', { incremental: true }),
  exact('A third shipment of 500 tonnes of grain left the port.', 500, 'tons', { incremental: true }),
  exact('The regiment received a new round of 12 howitzers.', 12, 'howitzers', { incremental: true }),
  exact('Rescuers found 33 more bodies on Thursday.', 33, 'bodies', { incremental: true }),
  lower('At least 17 more people died overnight.', 17, 'people', { incremental: true }),
  approx('Another nearly 2,000 families registered for aid.', 2000, 'families', { incremental: true }),
  exact('An extra 150 buses will run during the strike.', 150, 'buses', { incremental: true }),
  exact('The first deployment of 1,500 troops arrived in May.', 1500, 'troops'),
  exact('A group of 40 hikers was rescued.', 40, 'hikers'),
  exact('The company picked up 12 contracts in the region.', 12, 'contracts'),
);

// Leads and bound words: a number opening the sentence or its subject, with the cue before it.
quantityCases.push(
  approx('An estimated 2,700 fighters have been killed or wounded.', 2700, 'troops'),
  approx('Some 48,000 residents remain under evacuation orders.', 48000, 'people'),
  approx('Roughly 1,200 ballots were spoiled.', 1200, 'ballots'),
  approx('Nearly 640 flights were cancelled nationwide.', 640, 'flights'),
  approx('Almost 4,000 firefighters were deployed.', 4000, 'firefighters'),
  approx('The mudslide caused nearly a hundred injuries.', 100, 'people'),
  approx('Nearly two dozen buildings collapsed.', 24, 'buildings'),
  approx('Rescuers evacuated roughly a dozen hikers.', 12, 'hikers'),
  lower('Upwards of 2,000 homes lost power.', 2000, 'homes'),
  upper('As many as 40 boats capsized in the storm.', 40, 'boats'),
  upper('Losses could run as high as $7 billion.', 7000000000, 'losses'),
  upper('Fewer than 300 delegates attended the congress.', 300, 'delegates'),
  lower('More than 1,300 schools closed for the day.', 1300, 'schools'),
  lower('At least 19 miners were trapped underground.', 19, 'miners'),
  lower('Over 45 municipalities declared an emergency.', 45, 'municipalities'),
  upper('Up to 500 soldiers will join the mission.', 500, 'troops'),
  approx('About 9,500 customers remain without power.', 9500, 'customers'),
  approx('Around 60% of the debris has been cleared.', 60, 'percent'),
  approx('Approximately 60,000 mourners lined the route.', 60000, 'mourners'),
  approx('Police put the crowd at close to 45,000 people.', 45000, 'people'),
  approx('Organisers put attendance closer to 60,000 marchers.', 60000, 'marchers'),
  lower('Just over 300 lawyers signed the letter.', 300, 'lawyers'),
  upper('Just under 5,000 tickets were sold.', 5000, 'tickets'),
  lower('In excess of $2 million was raised for the victims.', 2000000, 'dollars'),
  lower('No fewer than 14 firms bid for the contract.', 14, 'firms'),
  lower('A little over 300 delegates voted.', 300, 'delegates'),
  upper('A little under 400 households were surveyed.', 400, 'households'),
  lower('Well over 10,000 marchers filled the square.', 10000, 'marchers'),
  upper('Just shy of 900 runners finished the race.', 900, 'runners'),
  approx('The insurer expects about a $40 million hit.', 40000000, 'dollars'),
  exact('The ferry operator estimated $90 million in refunds.', 90000000, 'refunds'),
  approx('Turnout exceeded the estimated 72,000 visitors of last year.', 72000, 'visitors'),
  approx('Officials counted some 31,000 residents in the town.', 31000, 'people'),
  upper('Less than 2 percent of ballots were rejected.', 2, 'percent'),
  lower('More than 90% of the pumps are working again.', 90, 'percent'),
  range('Damage is put at between $12 billion and $15 billion.', 12000000000, 15000000000, 'damage'),
  exact('Two climbers died and one was hospitalized.', 1, 'climbers', { at: 1 }),
  exact('These 230 workers were laid off on Friday.', 230, 'workers'),
);

// Ranges without a plain `to` between plain numbers, and more lead cues.
quantityCases.push(
  range('We must have fed 30, 40 people a night.', 30, 40, 'people'),
  range('Each post held two, three rangers.', 2, 3, 'rangers'),
  range('Fines ranged from less than 20,000 to over 3 million dollars.', 20000, 3000000, 'fines'),
  range('Bids ranged from under $5 to more than $40 a share.', 5, 40, 'dollars'),
  exact('The plan would lift the share of clean power in the national grid from 21% to 38%.', 21, 'percent'),
  approx('Flood toll nears 70 as rivers rise', 70, 'people'),
  lower('The union would not accept anything less than $2.3 billion.', 2300000000, 'dollars'),
  lower('Voters wanted nothing less than 20 new schools.', 20, 'schools'),
  exact('Scores of 30, 40, 50 points were posted.', 50, 'points', { at: 3 }),
);
// Number forms, units and measurements (issue 27): invented sentences about floods, fires, storms, quakes, markets.
quantityCases.push(
  // forms
  approx('Some four-thousand residents fled the rising river.', 4000, 'people'),
  approx('About twenty-thousand fans packed the stadium.', 20000, 'fans'),
  exact('Seventy-five thousand homes lost power.', 75000, 'homes'),
  range('Officials expect 8 to 9,000 evacuees by nightfall.', 8000, 9000, 'evacuees'),
  range('Rescuers moved 2 to 3,000 villagers to higher ground.', 2000, 3000, 'villagers'),
  range('Between 3 and 4 million people lack clean water.', 3000000, 4000000, 'people'),
  exact('The cyclone left 15 million people without power.', 15000000, 'people'),
  exact('Floods affected 1.2m people across the delta.', 1200000, 'people'),
  exact('The striker joined for £1.2m last summer.', 1200000, 'pounds', { unit: 'GBP' }),
  exact('Insurers expect $2.5bn in insured losses.', 2500000000, 'insured losses', { unit: 'USD' }),
  exact('Brussels pledged €10.6bn in aid to the region.', 10600000000, 'aid', { unit: 'EUR' }),
  exact('London promised £3bn for reconstruction.', 3000000000, 'reconstruction funding', { unit: 'GBP' }),
  exact('Storm damage reached 2.5bn euros.', 2500000000, 'damage', { unit: 'EUR' }),
  exact('The family spent Rs 24 lakh on the journey.', 2400000, 'rupees', { unit: 'INR' }),
  exact('The state set aside 2 crore rupees for flood relief.', 20000000, 'flood relief', { unit: 'INR' }),
  exact('The council released Rs. 5 crore for repairs.', 50000000, 'repairs funding', { unit: 'INR' }),
  exact('The ministry paid INR 40 lakh in compensation.', 4000000, 'compensation', { unit: 'INR' }),
  exact('Two dozen homes were swept away.', 24, 'homes', { approximate: true }),
  exact('Half a million voters stayed home.', 500000, 'voters'),
  vague('Tens of thousands of workers walked out.', 20000, 'workers'),
  exact('One in eight adults is out of work.', 0.125, 'share of adults'),
  exact('One in five households lost power.', 0.2, 'share of households'),
  exact('1 in 4 children missed school during the outbreak.', 0.25, 'share of children'),
  exact('A third of the harvest was lost to the drought.', 0.333, 'share of harvest'),
  exact('Two-thirds of the voters backed the plan.', 0.667, 'share of voters'),
  approx('About one-third of the budget went unspent.', 0.333, 'share of budget'),
  lower('More than a third of the clinics closed.', 0.333, 'share of clinics'),
  exact('Half of the schools reopened on Monday.', 0.5, 'share of schools'),
  approx('About a quarter of the fleet was grounded.', 0.25, 'share of fleet'),
  exact('Unemployment fell to 4.1 per cent.', 4.1, 'percent', { unit: 'percent' }),
  exact('Rents rose 12 percent in a year.', 12, 'percent change', { unit: 'percent' }),
  exact('Prices rose 7% in March.', 7, 'percent change', { unit: 'percent' }),
  exact('The debt reached 1.5 trillion dollars.', 1500000000000, 'debt', { unit: 'USD' }),
  exact('The house sold for $400,000.', 400000, 'dollars', { unit: 'USD' }),
  exact('Support for the bill rose 3.2 percentage points.', 3.2, 'percentage points', { unit: 'percentage points' }),
  exact('The yen fell to ¥150 against the dollar.', 150, 'yen', { unit: 'JPY' }),
  exact('The tourism board lost 300 million yen.', 300000000, 'losses', { unit: 'JPY' }),
  exact('Donors gave 12 million Swiss francs.', 12000000, 'francs', { unit: 'CHF' }),
  // money: what the money is
  exact('The court imposed a $40 million fine on the operator.', 40000000, 'fine', { unit: 'USD' }),
  exact('Donors pledged $40 million of aid.', 40000000, 'aid', { unit: 'USD' }),
  exact('The company reported revenue of $1.9 billion.', 1900000000, 'revenue', { unit: 'USD' }),
  approx('The insurer reported losses of about $5.4 billion.', 5400000000, 'losses', { unit: 'USD' }),
  exact('The airline expects $380 million in lost revenue.', 380000000, 'lost revenue', { unit: 'USD' }),
  exact('The mayor signed a $73 million contract for the levee.', 73000000, 'contract', { unit: 'USD' }),
  exact('The pair each posted a $100,000 bond.', 100000, 'bond', { unit: 'USD' }),
  range('Analysts see $3 billion to $6 billion in insured losses.', 3000000000, 6000000000, 'insured losses', { unit: 'USD' }),
  exact('The senator raised $4.2 million in the third quarter.', 4200000, 'dollars', { unit: 'USD' }),
  // conversions in brackets: a currency is its own claim, a unit of measure is not
  upper('Losses could reach as much as $3 billion (£2.3 billion).', 2300000000, 'losses', { at: 1, unit: 'GBP' }),
  exact('The firm paid $50 million (£39 million) last year.', 39000000, 'pounds', { at: 1, unit: 'GBP' }),
  exact('The surge pushed water 50 miles (80 km) inland.', 50, 'miles', { unit: 'miles', count: 1 }),
  approx('The rain totalled about 4 inches (100 millimetres) overnight.', 4, 'inches', { unit: 'inches', count: 1 }),
  // measurements
  exact('A 6.8-magnitude quake struck off the coast.', 6.8, 'magnitude', { unit: 'magnitude' }),
  exact('A magnitude 7.5 earthquake hit the island at dawn.', 7.5, 'magnitude', { unit: 'magnitude' }),
  exact('An M7.1 quake shook the capital.', 7.1, 'magnitude', { unit: 'magnitude' }),
  exact('The tremor measured 6.1 on the Richter scale.', 6.1, 'magnitude', { unit: 'magnitude' }),
  exact('A 5.9 magnitude aftershock rattled the valley.', 5.9, 'magnitude', { unit: 'magnitude' }),
  exact('The quake had a magnitude of 4.8.', 4.8, 'magnitude', { unit: 'magnitude' }),
  exact('The wildfire has scorched 45,000 acres.', 45000, 'acres', { unit: 'acres' }),
  lower('The blaze has burned more than 2,000 hectares.', 2000, 'hectares', { unit: 'hectares' }),
  exact('The fire is 20% contained.', 20, 'percent', { unit: 'percent' }),
  exact('Crews had the fire 65 percent contained by Sunday.', 65, 'percent', { unit: 'percent' }),
  exact('The storm strengthened into a Category 4 hurricane.', 4, 'category', { unit: 'category' }),
  exact('Forecasters expect the storm to reach Category 5 before landfall.', 5, 'category', { unit: 'category' }),
  exact('The typhoon brought 130 mph winds to the islands.', 130, 'wind speed', { unit: 'mph' }),
  exact('Winds of 120 km/h battered the coast.', 120, 'wind speed', { unit: 'km/h' }),
  exact('The storm had maximum sustained winds of 150 miles per hour.', 150, 'wind speed', { unit: 'mph' }),
  upper('Gusts reached up to 90 mph overnight.', 90, 'wind speed', { unit: 'mph' }),
  exact('The river crested at 12 feet on Tuesday.', 12, 'feet', { unit: 'feet' }),
  exact('The floodwater was 6 feet deep in places.', 6, 'depth', { unit: 'feet' }),
  exact('Mud buried the road beneath 40 metres of debris.', 40, 'metres', { unit: 'm' }),
  exact('The tanker spilled 3,000 tonnes of oil.', 3000, 'tons', { unit: 'tons' }),
  exact('Temperatures reached 47 degrees in the city.', 47, 'degrees', { unit: 'degrees' }),
  exact('The storm dropped 10 inches of rain.', 10, 'inches', { unit: 'inches' }),
  exact('The blast was heard 30 kilometres away.', 30, 'kilometers', { unit: 'km' }),
  exact('The country added 1.64 GW of capacity this year.', 1.64, 'capacity', { unit: 'GW' }),
  exact('Installations reached 1.64 GW and Seoul plans more.', 1.64, 'capacity', { unit: 'GW' }),
  exact('The plant will produce 600 MW from next year.', 600, 'capacity', { unit: 'MW' }),
  // plain counts carry no unit
  exact('The flood destroyed 1,248 homes.', 1248, 'homes', { unit: null }),
);

quantityCases.push(
  exact('The central bank cut its main rate by a quarter-point in May.', 0.25, 'percentage points', { unit: 'percentage points' }),
  exact('The moon, with a diameter of 2,100 miles, is the largest.', 2100, 'diameter', { unit: 'miles' }),
  exact('Power from the new farm costs $0.04/kWh.', 0.04, 'dollars', { unit: 'USD' }),
  range('Insured losses are likely to be between $20 billion and $30 billion.', 20000000000, 30000000000, 'insured losses', { unit: 'USD' }),
  upper('Port losses reaching up to $15 million were reported.', 15000000, 'losses', { unit: 'USD' }),
  exact('Gusts reached 60 mph (97 kph) on the coast.', 60, 'wind speed', { unit: 'mph', count: 1 }),
  approx('The slick covered about 300 acres, or 121 hectares, of the bay.', 300, 'acres', { unit: 'acres', count: 1 }),
);

quantityCases.push(
  exact('A 5,000-strong force crossed the river at dawn.', 5000, 'troops'),
  exact('A 20,000-strong crowd marched on parliament.', 20000, 'people'),
  exact('Damage is estimated at $1.2bn.', 1200000000, 'damage', { unit: 'USD' }),
  exact('The quake, measuring 6.4, struck at night.', 6.4, 'magnitude', { unit: 'magnitude' }),
  exact('A 7.8 magnitude earthquake and a 6.7 aftershock hit the border region.', 6.7, 'magnitude', { at: 1, unit: 'magnitude' }),
  exact('The coast received 300mm of rain in a day.', 300, 'mm', { unit: 'mm' }),
  exact('The 2GW plant opened in March.', 2, 'capacity', { unit: 'GW' }),
  exact('The downpour left 12 cm of water in the streets.', 12, 'cm', { unit: 'cm' }),
);

quantityCases.push(
  exact('Deaths by state: Florida, 12, Georgia, 7.', 12, null, { unit: null }),
);

quantityCases.push(
  range('The plants range from 30-600 MW in size.', 30, 600, 'capacity', { unit: 'MW' }),
  vague('The outage could cost billions, analysts warned.', 2000000000, 'dollars', { unit: 'USD' }),
);

quantityCases.push(
  exact('Home sales plunged 10 percent last month.', 10, 'percent change', { unit: 'percent' }),
  exact('Exports are down 2.6 percent from a year ago.', 2.6, 'percent change', { unit: 'percent' }),
  exact('Ridership showed an increase of just 0.3 percent.', 0.3, 'percent change', { unit: 'percent' }),
  exact('Enrolment rose "slightly" by 5 percent.', 5, 'percent change', { unit: 'percent' }),
  exact('The jobless rate fell to 4.1% in May.', 4.1, 'percent', { unit: 'percent' }),
  exact('Fleet sales were up from 13.2 percent in April.', 13.2, 'percent', { unit: 'percent' }),
);

