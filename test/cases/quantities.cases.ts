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
  upper('Nearly 900 patients were moved to other hospitals.', 900, 'patients', { approximate: true }),
  upper('Almost 70 aftershocks followed the quake.', 70, 'aftershocks', { approximate: true }),
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
  exact('The central bank bought $3 billion of bonds.', 3000000000, 'bonds'),
  exact('Exports fell by 4.5 percent in March.', 4.5, 'percent decrease'),
  exact('The fund manages €12 billion in assets.', 12000000000, 'assets'),
  exact('Inflation reached 9.1% in June.', 9.1, 'percent'),
  vague('The deal is worth billions of dollars.', 2000000000, 'dollars'),
  exact('The firm sold 2.4 million vehicles last year.', 2400000, 'vehicles'),
  exact('Shares fell to $14.20 in early trading.', 14.2, 'dollars'),
  exact('The retailer operates 3,400 stores.', 3400, 'stores'),
  lower('The merger would create more than 10,000 jobs.', 10000, 'jobs'),
  exact('Unemployment rose to 5.2 per cent.', 5.2, 'percent'),
  exact('The budget includes £600m for roads.', 600000000, 'pounds'),
  exact('The plant employs 850 workers.', 850, 'workers'),
  range('Analysts expect profits of $2 billion to $3 billion.', 2000000000, 3000000000, 'profits'),
  exact('The government pledged $8B for the project.', 8000000000, 'dollars'),
  approx('The settlement is roughly $450 million.', 450000000, 'settlement'),
  vague('Several thousand workers went on strike.', 2000, 'workers'),
  exact('The airline ordered 150 aircraft.', 150, 'aircraft'),
  exact('Oil output dropped by 300,000 barrels a day.', 300000, 'barrels'),
  exact('The bank fined the trader $250,000.', 250000, 'dollars'),
  exact('Retail sales rose 0.7 percent.', 0.7, 'percent change'),
  lower('Debt topped $31 trillion this year.', 31000000000000, 'debt'),
  exact('The union represents 45,000 nurses.', 45000, 'nurses'),
  exact('A 25-cent stamp went unsold.', 25, 'cents'),
  exact('The company laid off an additional 500 employees.', 500, 'employees', { incremental: true }),
  exact('A further 2,000 jobs will go by 2026.', 2000, 'jobs', { incremental: true }),
  exact('The ministry added 1,500 more teachers.', 1500, 'teachers', { incremental: true }),
  exact('The trade deficit was ¥1.2 trillion.', 1200000000000, 'trade deficit'),
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
  upper('He faces a fine of up to $250,000.', 250000, 'fine'),
  exact('Police arrested 23 protesters.', 23, 'protesters'),
  lower('The class includes at least 544 store managers.', 544, 'store managers'),
  exact('The suit was filed on behalf of three landowners.', 3, 'landowners'),
  exact('The court heard from 12 witnesses.', 12, 'witnesses'),
  vague('Dozens of people were arrested after the march.', 24, 'people'),
  exact('Prosecutors seized $750,000 in cash.', 750000, 'funds'),
  exact('The judge dismissed 4 of the charges.', 4, 'charges'),
  exact('Two of the named plaintiffs attended the hearing.', 2, 'plaintiffs'),
  upper('The lawsuit could cover as many as 1.5 million women.', 1500000, 'women'),
  range('Estimates run from 500,000 to 1.6 million.', 500000, 1600000, null),
  exact('She spent $10,977.74 at an electronics store.', 10977.74, 'spending'),
  exact('The gunman shot 49 people.', 49, 'people'),
  lower('More than 100 lives were shattered.', 100, 'people'),
  exact('The shooting left 50 people dead and 53 wounded.', 53, 'people', { at: 1 }),
  lower('Dry-cleaning expenses topped $14,000.', 14000, 'expenses'),
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
