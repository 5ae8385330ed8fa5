/**
 * Stories of kinds the other tables do not hold, each an invented paragraph in an outlet's style (wire, public
 * broadcaster, local paper, press release), with every claim it makes and the numbers that are no claims. A claim
 * states its number and bounds, what it counts, its unit, what happens to it, its status, who says so and whether
 * it adds to an earlier figure, as the gold README of `../shared` defines them. A case the pipeline gets wrong
 * today and that no general rule covers yet carries `known` (why), and its test is expected to fail.
 */
import type { BoundKind, ClaimStatus } from '../../src/article.js';

/** One claim of a story. */
export interface GenreClaim {
  /** Where the number starts, as written: a string unique in the story that opens with the number. */
  at: string;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: BoundKind;
  approximate?: boolean;
  vague?: boolean;
  incremental?: boolean;
  /** What is counted, compared as the eval does (head noun, synonyms); a list when both readings are fair. */
  measure: string | string[] | null;
  /** Currency code, `percent` or unit of measure; null for a plain count (checked only when given). */
  unit?: string | null;
  /** What happens to it (checked only when given). */
  action?: string | null;
  status?: ClaimStatus;
  /** Who says so: any of these names (case-insensitive); null = the outlet's own voice. */
  source: string[] | null;
  /** A known miss: why the pipeline gets it wrong today (the case is expected to fail). */
  known?: string;
}

/** One invented story, the claims it makes and the numbers in it that are no claims. */
export interface GenreStory {
  genre: string;
  text: string;
  claims: GenreClaim[];
  /** Numbers that are not claims, each as a string unique in the story that opens with the number. */
  not: string[];
}

type Extra = Partial<GenreClaim>;
type Source = string[] | null;
type Measure = string | string[] | null;

const exact = (at: string, v: number, measure: Measure, source: Source, extra: Extra = {}): GenreClaim => ({
  at,
  value: v,
  low: v,
  high: v,
  bound: 'exact',
  measure,
  source,
  ...extra,
});
const approx = (at: string, v: number, measure: Measure, source: Source, extra: Extra = {}): GenreClaim =>
  exact(at, v, measure, source, { approximate: true, ...extra });
const lower = (at: string, low: number, measure: Measure, source: Source, extra: Extra = {}): GenreClaim => ({
  at,
  value: null,
  low,
  high: null,
  bound: 'lower',
  measure,
  source,
  ...extra,
});
const upper = (at: string, high: number, measure: Measure, source: Source, extra: Extra = {}): GenreClaim => ({
  at,
  value: null,
  low: null,
  high,
  bound: 'upper',
  measure,
  source,
  ...extra,
});
const range = (
  at: string,
  low: number,
  high: number,
  measure: Measure,
  source: Source,
  extra: Extra = {},
): GenreClaim => ({ at, value: null, low, high, bound: 'range', measure, source, ...extra });
const vague = (at: string, low: number, measure: Measure, source: Source, extra: Extra = {}): GenreClaim => ({
  at,
  value: null,
  low,
  high: null,
  bound: 'vague',
  approximate: true,
  vague: true,
  measure,
  source,
  ...extra,
});

const CAL_FIRE = ['Cal Fire'];
const UG_HEALTH = ["Uganda's health ministry", 'health ministry', 'ministry', 'Ugandan health ministry'];
const COMMISSION = ['electoral commission', 'the electoral commission', 'Electoral Commission'];
const UNION = ['RMT union', 'RMT', 'union'];
const TREASURY = ['Treasury', 'the Treasury', 'finance ministry'];
const PROSECUTORS = ['prosecutors', 'federal prosecutors', "U.S. Attorney's Office"];
const BORDER = [
  'Border Patrol',
  'U.S. Border Patrol',
  'Customs and Border Protection',
  'U.S. Customs and Border Protection',
  'CBP',
];
const MET = ['Met Office', 'the Met Office'];
const MINE = ['provincial mining ministry', 'mining ministry', 'ministry'];
const UNHCR = ['UNHCR', 'UN refugee agency', 'the UN refugee agency'];
const CLUB = ['club', 'the club'];
const RECALL = ['Harbor Home Products', 'company', 'CPSC', 'Consumer Product Safety Commission'];
const DISTRICT = ['district administration', 'District Collector Meera Nair', 'Meera Nair', 'Nair'];

export const genreStories: GenreStory[] = [
  {
    genre: 'wildfire (wire, US)',
    text:
      'REDDING, Calif. (AP) — The Cedar Ridge Fire has burned more than 41,000 acres and was 22% contained on ' +
      'Tuesday, up from 9% a day earlier, Cal Fire said. At least 312 structures have been destroyed and 48 damaged. ' +
      'Some 8,400 residents remain under evacuation orders. Nearly 2,100 firefighters are on the lines, supported ' +
      'by 19 helicopters.\n\nThe fire broke out on Aug. 3 near State Route 299, about 15 miles (24 kilometers) west ' +
      'of town.',
    claims: [
      lower('41,000 acres', 41000, 'acres', CAL_FIRE, { unit: 'acres' }),
      exact('22%', 22, 'percent contained', CAL_FIRE, { unit: 'percent' }),
      exact('9% a day', 9, 'percent contained', CAL_FIRE, { unit: 'percent' }),
      lower('312 structures', 312, 'structures', CAL_FIRE, { action: 'destroy' }),
      exact('48 damaged', 48, 'structures', CAL_FIRE, { action: 'destroy' }),
      approx('8,400', 8400, 'residents', CAL_FIRE, { action: 'evacuate' }),
      approx('2,100', 2100, 'firefighters', CAL_FIRE),
      exact('19 helicopters', 19, 'helicopters', CAL_FIRE),
    ],
    not: ['299', '24 kilometers', '3 near'],
  },
  {
    genre: 'epidemic (wire, Africa)',
    text:
      "KAMPALA, Dec 7 (Reuters) - Uganda's health ministry confirmed 214 new cholera cases in the past week, " +
      'bringing the total since the outbreak began in October to 1,386. Hospitalisations rose by 57 to 402, and ' +
      'nine additional deaths took the toll to 61, the ministry said in a statement on Monday. In Kasese district ' +
      'the infection rate stands at 48 per 100,000 people. About one in eight of those infected is a child under ' +
      'five. The ministry plans to vaccinate 600,000 people by the end of January.',
    claims: [
      exact('214', 214, 'cases', UG_HEALTH, { incremental: true }),
      exact('1,386', 1386, 'cases', UG_HEALTH),
      exact('57', 57, 'hospitalisations', UG_HEALTH),
      exact('402', 402, 'hospitalisations', UG_HEALTH),
      exact('nine additional', 9, 'people', UG_HEALTH, { incremental: true, action: 'kill' }),
      exact('61', 61, 'people', UG_HEALTH, { action: 'kill' }),
      exact('48 per', 48, 'infection rate', UG_HEALTH),
      approx('one in eight', 0.125, 'share of those infected', UG_HEALTH),
      exact('600,000', 600000, 'people', UG_HEALTH, { status: 'planned' }),
    ],
    not: ['100,000 people', 'five.', '7 (Reuters)'],
  },
  {
    genre: 'election (agency, Europe)',
    text:
      "VILNIUS (AFP) - The opposition Union of Farmers won 41 of the 141 seats in Sunday's parliamentary " +
      'election, up from 29 in 2020, the electoral commission said on Monday. It took 28.4 percent of the vote, ' +
      'against 23.1 percent for the ruling party. Turnout was 52.6 percent. Some 1.2 million ballots were cast, ' +
      'and nearly 14,000 were declared invalid.\n\nThe party would need at least 71 seats to govern alone. It last ' +
      'won an election in 1992.',
    claims: [
      exact('41 of', 41, 'seats', COMMISSION, { action: 'win' }),
      exact('141 seats', 141, 'seats', COMMISSION),
      exact('29 in', 29, 'seats', COMMISSION),
      exact('28.4 percent', 28.4, 'percent of the vote', COMMISSION, { unit: 'percent' }),
      exact('23.1 percent', 23.1, 'percent of the vote', COMMISSION, { unit: 'percent' }),
      exact('52.6 percent', 52.6, 'turnout', COMMISSION, { unit: 'percent' }),
      approx('1.2', 1200000, 'ballots', COMMISSION),
      approx('14,000', 14000, 'ballots', COMMISSION),
      lower('71 seats', 71, 'seats', null, { status: 'possible' }),
    ],
    not: ['2020', '1992'],
  },
  {
    genre: 'strike (public broadcaster, UK)',
    text:
      'About 40,000 rail workers walked out on Saturday in the third strike this month, the RMT union said. The ' +
      'union said 14 of the 20 train operators were hit and that only one in five services ran.\n\nNetwork Rail ' +
      'said the walkout was costing the industry £25m a day.\n\nThe union is demanding a 7% pay rise, while the ' +
      'operators have offered 4.5% over two years. A further 12,000 signal staff are to join the action on 14 March.',
    claims: [
      approx('40,000', 40000, 'rail workers', UNION, { action: 'strike' }),
      exact('14 of', 14, 'train operators', UNION),
      exact('20 train', 20, 'train operators', UNION),
      exact('one in five', 0.2, 'share of services', UNION),
      exact('£25m', 25000000, 'cost', ['Network Rail'], { unit: 'GBP', action: 'cost' }),
      exact('7% pay', 7, 'pay rise', null, { unit: 'percent' }),
      exact('4.5%', 4.5, 'pay rise', null, {
        unit: 'percent',
      }),
      exact('12,000', 12000, 'signal staff', null, { incremental: true, status: 'planned' }),
    ],
    not: ['14 March', 'two years', 'third strike'],
  },
  {
    genre: 'budget and trade deal (wire, business)',
    text:
      "OTTAWA, Dec 7 (Reuters) - Canada's budget deficit will narrow to C$39.8 billion in the fiscal year that " +
      'starts in April, down from C$48.3 billion, the Treasury said on Thursday. Defence spending is to rise by ' +
      '12% to C$33 billion.\n\nExports to the European Union rose 6.1% last year to C$29.6 billion, the statistics ' +
      'agency said.\n\nUnder the trade deal signed with the bloc on Wednesday, tariffs on 98 percent of goods will ' +
      'be removed within seven years.',
    claims: [
      exact('C$39.8', 39.8e9, 'budget deficit', TREASURY, {
        unit: 'CAD',
        status: 'planned',
      }),
      exact('C$48.3', 48.3e9, 'budget deficit', TREASURY, {
        unit: 'CAD',
      }),
      exact('12%', 12, 'percent increase', TREASURY, { unit: 'percent', status: 'planned' }),
      exact('C$33', 33e9, 'defence spending', TREASURY, { unit: 'CAD', status: 'planned' }),
      exact('6.1%', 6.1, 'percent change', ['statistics agency'], {
        unit: 'percent',
      }),
      exact('C$29.6', 29.6e9, 'exports', ['statistics agency'], {
        unit: 'CAD',
      }),
      exact('98 percent', 98, 'percent of goods', null, { unit: 'percent', status: 'planned' }),
    ],
    not: ['seven years'],
  },
  {
    genre: 'court case (local paper)',
    text:
      'A federal judge on Friday ordered Ridgeway Chemical to pay a $4.2 million fine for dumping waste into the ' +
      'Millstone River, prosecutors said. Three former managers pleaded guilty. The company must also spend ' +
      '$1.5 million on cleanup. The plant released about 2,300 gallons of solvent between 2019 and 2022.\n\nA ' +
      'fourth defendant, 61, goes on trial in June and faces up to five years in prison. The case is U.S. v. ' +
      'Ridgeway, No. 24-cr-118.',
    claims: [
      exact('$4.2', 4.2e6, 'fine', PROSECUTORS, { unit: 'USD', action: 'fine' }),
      exact('Three former', 3, 'managers', PROSECUTORS, { action: 'plead' }),
      exact('$1.5', 1.5e6, 'cleanup spending', PROSECUTORS, { unit: 'USD', action: 'spend', status: 'planned' }),
      approx('2,300', 2300, 'gallons of solvent', PROSECUTORS, {
        unit: 'gallons',
      }),
    ],
    not: ['61, goes', 'five years', '24-cr-118', 'fourth', '2019', '2022'],
  },
  {
    genre: 'migration (wire, US border)',
    text:
      'SAN DIEGO (AP) — Border Patrol agents apprehended 48,200 migrants crossing illegally from Mexico in ' +
      'November, down 31% from October and the lowest monthly total since 2020, according to U.S. Customs and ' +
      'Border Protection figures released Tuesday. Agents detained more than 9,000 unaccompanied children, up ' +
      'from 7,450 a month earlier. An estimated 3,900 people were turned back at ports of entry. The agency said ' +
      '2,100 of those apprehended had crossed more than once.',
    claims: [
      exact('48,200', 48200, 'migrants', BORDER, {
        action: 'arrest',
      }),
      exact('31%', 31, 'percent change', BORDER, {
        unit: 'percent',
      }),
      lower('9,000', 9000, 'unaccompanied children', BORDER, {
        action: 'arrest',
      }),
      exact('7,450', 7450, 'unaccompanied children', BORDER, {}),
      approx('3,900', 3900, 'people', BORDER, {}),
      exact('2,100 of', 2100, 'migrants', BORDER, {
        known: '"of those apprehended" names no measure',
      }),
    ],
    not: ['2020'],
  },
  {
    genre: 'heat wave (public broadcaster)',
    text:
      'Temperatures reached 40.3C (104.5F) at Coningsby on Tuesday, the highest ever recorded in the UK, the Met ' +
      'Office said.\n\nAt least 13 people are thought to have drowned while trying to cool off. Hospitals in ' +
      'London reported a 20% rise in admissions for heat-related illness.\n\nMore than 1,000 flights were delayed ' +
      'and rail speeds were cut to 20mph on some lines. Forecasters expect temperatures of up to 35C on Wednesday.',
    claims: [
      exact('40.3C', 40.3, 'temperature', MET, { unit: '°C' }),
      lower('13', 13, 'people', null, {
        status: 'unconfirmed',
        action: 'kill',
      }),
      exact(
        '20% rise',
        20,
        ['percent increase', 'percent rise'],
        ['hospitals', 'Hospitals in London', 'London hospitals'],
        {
          unit: 'percent',
        },
      ),
      lower('1,000 flights', 1000, 'flights', null, { action: 'delay' }),
      exact('20mph', 20, 'speed', null, { unit: 'mph' }),
      upper('35C', 35, 'temperature', ['forecasters'], {
        unit: '°C',
        status: 'planned',
      }),
    ],
    not: ['104.5F'],
  },
  {
    genre: 'mine accident (agency, Asia)',
    text:
      'BEIJING (AFP) - Rescuers pulled 17 miners alive from a flooded coal mine in Shanxi province on Sunday, but ' +
      '29 others remain trapped about 400 metres underground, the provincial mining ministry said. The death toll ' +
      'rose to 11 overnight. Another six workers were taken to hospital with injuries. Some 600 rescuers have ' +
      'pumped out more than 80,000 cubic metres of water since the shaft flooded on Thursday.\n\nThe mine employed ' +
      '1,250 people and produced 3 million tonnes of coal a year.',
    claims: [
      exact('17 miners', 17, 'miners', MINE, { action: 'rescue' }),
      exact('29 others', 29, 'miners', MINE),
      approx('400 metres', 400, ['depth', 'metres'], MINE, { unit: 'm' }),
      exact('11 overnight', 11, 'people', MINE, { action: 'kill' }),
      exact('six workers', 6, 'workers', MINE, { incremental: true, action: 'wound' }),
      approx('600 rescuers', 600, 'rescuers', MINE),
      lower('80,000', 80000, 'cubic metres of water', MINE),
      exact('1,250', 1250, 'people', null, { action: 'employ' }),
      exact('3 million tonnes', 3e6, 'tonnes of coal', null),
    ],
    not: [],
  },
  {
    genre: 'stock-market slide (wire, markets)',
    text:
      'NEW YORK, Dec 7 (Reuters) - The Dow Jones Industrial Average fell 1,142 points, or 2.9%, to 38,466 on ' +
      'Thursday, its steepest one-day drop since March 2020. The S&P 500 lost 3.1% and the Nasdaq Composite slid ' +
      '4.2%. Trading volume on U.S. exchanges was 18.7 billion shares, compared with a 20-day average of 12.4 ' +
      'billion.\n\nAbout $1.3 trillion in market value was wiped out, according to LSEG data.',
    claims: [
      exact('1,142', 1142, 'points', null),
      exact('2.9%', 2.9, 'percent change', null, {
        unit: 'percent',
      }),
      exact('38,466', 38466, ['Dow Jones Industrial Average', 'points'], null),
      exact('3.1%', 3.1, 'percent change', null, { unit: 'percent' }),
      exact('4.2%', 4.2, 'percent change', null, { unit: 'percent' }),
      exact('18.7', 18.7e9, 'shares', null),
      exact('12.4', 12.4e9, 'shares', null),
      approx('$1.3', 1.3e12, 'market value', ['LSEG', 'LSEG data'], {
        unit: 'USD',
      }),
    ],
    not: ['500 lost', '20-day', '2020'],
  },
  {
    genre: 'refugee flow (agency press release)',
    text:
      'GENEVA – More than 250,000 people have fled into neighbouring Chad since fighting resumed in August, the UN ' +
      'refugee agency UNHCR said on Friday. Some 85% of the new arrivals are women and children. Around 1,500 ' +
      'people are crossing each day, up from 600 in September. The agency said it needs $92 million to shelter ' +
      'them through March but has received less than a third of that. Half a million more could arrive by ' +
      'mid-2027, it warned.',
    claims: [
      lower('250,000', 250000, 'people', UNHCR, { action: 'evacuate' }),
      approx('85%', 85, 'percent of new arrivals', UNHCR, { unit: 'percent' }),
      approx('1,500', 1500, 'people', UNHCR),
      exact('600 in', 600, 'people', UNHCR),
      exact('$92', 92e6, 'funding', UNHCR, { unit: 'USD' }),
      upper('a third', 0.333, 'share of funding', UNHCR),
      exact('Half a million', 500000, 'people', UNHCR, {
        incremental: true,
        status: 'possible',
      }),
    ],
    not: ['mid-2027'],
  },
  {
    genre: 'drug seizure (government press release)',
    text:
      'The Australian Border Force has seized 1.4 tonnes of cocaine with an estimated street value of A$420 ' +
      'million hidden in a shipment of bananas at Port Botany. Four men, aged 27 to 52, have been charged and face ' +
      'a maximum penalty of life imprisonment.\n\n“It is the largest seizure of cocaine at the port since ' +
      'Operation 77 began in 2021,” ABF Commander Jo Hale said. Officers examined 2,400 containers in the ' +
      'operation, she said.',
    claims: [
      exact('1.4 tonnes', 1.4, 'tonnes of cocaine', null, {
        unit: 'tonnes',
        action: 'forfeit',
      }),
      approx('A$420', 420e6, 'street value', null, {
        unit: 'AUD',
        known: '"an estimated street value of" does not make the value approximate',
      }),
      exact('Four men', 4, 'men', null),
      exact('2,400', 2400, 'containers', ['Jo Hale', 'ABF Commander Jo Hale', 'Hale']),
    ],
    not: ['27 to 52', 'Operation 77', '2021'],
  },
  {
    genre: 'sports crowd (local paper)',
    text:
      'A record crowd of 52,418 packed Harbour Park on Saturday to see the Mariners take on the Comets, the club ' +
      'said. That beat the previous record of 49,876, set in 2011.\n\nPolice said they made 14 arrests, down from ' +
      '22 at the same fixture last year.\n\nStriker Ana Ruiz, 24, opened the scoring in the 63rd minute. Tickets ' +
      'sold out within 40 minutes, and some 6,000 fans watched on a big screen outside the ground.',
    claims: [
      exact('52,418', 52418, ['crowd', 'people'], CLUB, { action: 'attend' }),
      exact('49,876', 49876, ['crowd', 'people'], CLUB, {
        known: '"That beat the previous record of N" takes no measure from the sentence before',
      }),
      exact('14 arrests', 14, 'arrests', ['police'], { action: 'arrest' }),
      exact('22 at', 22, 'arrests', ['police']),
      approx('6,000', 6000, 'fans', null),
    ],
    not: ['2011', '24, opened', '40 minutes', '63rd'],
  },
  {
    genre: 'product recall (press release, consumer)',
    text:
      'Harbor Home Products is recalling about 1.1 million space heaters sold in the U.S. and another 86,000 in ' +
      'Canada because they can overheat and catch fire, the Consumer Product Safety Commission said Wednesday. The ' +
      'company has received 212 reports of overheating, including 37 fires and 9 minor burn injuries. The heaters, ' +
      'model number HH-1500, were sold at stores nationwide from September 2022 through January 2024 for between ' +
      '$40 and $70.\n\nCall 800-555-0143 for a refund.',
    claims: [
      approx('1.1 million', 1.1e6, 'space heaters', RECALL, { action: 'recall' }),
      exact('86,000', 86000, 'space heaters', RECALL, { incremental: true }),
      exact('212 reports', 212, 'reports of overheating', RECALL),
      exact('37 fires', 37, 'fires', RECALL),
      exact('9 minor', 9, ['burn injuries', 'people'], RECALL, {
        action: 'wound',
      }),
      range('$40 and', 40, 70, 'price', RECALL, { unit: 'USD' }),
    ],
    not: ['HH-1500', '800-555-0143', '2022', '2024'],
  },
  {
    genre: 'flood relief (Indian daily)',
    text:
      'Kozhikode: Heavy rain has killed 23 people in the district since Sunday and displaced over 8,500, the ' +
      'district administration said on Tuesday. District Collector Meera Nair said Rs 24 lakh had been released ' +
      'for immediate relief and that 112 relief camps had been opened. Two dozen houses were fully destroyed and ' +
      'nearly 1,700 partly damaged. The state has sought Rs 350 crore in central assistance, she said.\n\nNH 66 ' +
      'remains closed for a 4-km stretch.',
    claims: [
      exact('23 people', 23, 'people', DISTRICT, { action: 'kill' }),
      lower('8,500', 8500, 'people', DISTRICT, { action: 'evacuate' }),
      exact('24 lakh', 2.4e6, 'relief', DISTRICT, {
        unit: 'INR',
        known: '"had been released for relief" names no measure',
      }),
      exact('112', 112, 'relief camps', DISTRICT),
      exact('Two dozen', 24, 'houses', DISTRICT, { approximate: true, action: 'destroy' }),
      approx('1,700', 1700, 'houses', DISTRICT, { action: 'destroy' }),
      exact('350 crore', 3.5e9, 'central assistance', DISTRICT, { unit: 'INR', action: 'request' }),
    ],
    not: ['NH 66'],
  },
  {
    genre: 'hospital strike and waiting lists (regional paper)',
    text:
      'Junior doctors at the three hospitals run by the Lakeside Health Trust began a five-day walkout on Monday. ' +
      'The trust said 1,840 outpatient appointments and 310 operations had been postponed.\n\nWaiting lists in the ' +
      'region have almost doubled to 112,000 since 2019, according to NHS England figures. Tens of thousands of ' +
      'patients have waited more than 18 weeks.\n\nThe British Medical Association says pay for junior doctors has ' +
      'fallen by 26% in real terms since 2008.',
    claims: [
      exact('1,840', 1840, 'outpatient appointments', ['trust', 'Lakeside Health Trust'], {
        action: 'delay',
      }),
      exact('310', 310, 'operations', ['trust', 'Lakeside Health Trust'], {
        action: 'delay',
      }),
      exact('112,000', 112000, 'waiting list', ['NHS England'], {}),
      vague('Tens of thousands', 20000, 'patients', ['NHS England']),
      exact('26%', 26, 'percent decrease', ['British Medical Association', 'BMA'], { unit: 'percent' }),
    ],
    not: ['five-day', '18 weeks', '2019', '2008'],
  },
];

// A second batch: eruptions, breaches, hunger, population, protests, sinkings, layoffs, harvests, outbreaks.
genreStories.push(
  {
    genre: 'volcanic eruption (wire, US)',
    text:
      'KATMAI, Alaska (AP) — The Mount Ukinrek volcano erupted for a third day on Thursday, sending an ash column ' +
      '9 miles into the sky and forcing the cancellation of at least 140 flights, the Alaska Volcano Observatory ' +
      'said. ' +
      'Some 4,200 people in six villages were told to stay indoors.',
    claims: [
      exact('9 ', 9, ['height', 'miles'], ['Alaska Volcano Observatory'], { unit: 'miles' }),
      lower('140', 140, 'flights', ['Alaska Volcano Observatory'], { action: 'cancel' }),
      approx('4,200', 4200, 'people', ['Alaska Volcano Observatory'], {}),
      exact('six villages', 6, 'villages', ['Alaska Volcano Observatory'], {}),
    ],
    not: ['third day'],
  },
  {
    genre: 'data breach (local paper)',
    text:
      "A cyberattack on the county's hospital network exposed the records of roughly 2.3 million patients, " +
      'officials said Tuesday. Two earlier breaches this year affected about 40,000 and 12,500 people. The hackers ' +
      'demanded $8 million in bitcoin.',
    claims: [
      approx('2.3 million', 2.3e6, 'patients', ['officials']),
      exact('Two earlier', 2, 'breaches', ['officials']),
      approx('40,000', 40000, 'people', ['officials'], {}),
      exact('12,500', 12500, 'people', ['officials']),
      exact('$8', 8e6, ['ransom', 'dollars'], ['officials'], { unit: 'USD' }),
    ],
    not: [],
  },
  {
    genre: 'population report (wire, Asia)',
    text:
      "TOKYO (Reuters) - The country's population fell for a 14th straight year to 123.8 million, the interior " +
      'ministry said on Wednesday. Births dropped 5.1% to a record low of 727,000, while deaths rose to 1.6 million.',
    claims: [
      exact('123.8', 123.8e6, ['population', 'people'], ['interior ministry'], {
        known: 'the subject of a change verb that is no plural noun names no measure',
      }),
      exact('5.1%', 5.1, 'percent change', ['interior ministry'], { unit: 'percent' }),
      exact('727,000', 727000, 'births', ['interior ministry']),
      exact('1.6 million', 1.6e6, ['deaths', 'people'], ['interior ministry']),
    ],
    not: ['14th'],
  },
  {
    genre: 'protest (agency, Europe)',
    text:
      'PARIS (AFP) - Tens of thousands of people marched through the capital on Saturday against the pension ' +
      'reform. Police put the crowd at 48,000; organisers said 250,000 took part.\n\nPolice said 31 people were ' +
      'arrested and 12 officers were injured.',
    claims: [
      vague('Tens of thousands', 20000, 'people', null, { action: 'attend' }),
      exact('48,000', 48000, ['crowd', 'people'], ['police']),
      exact('250,000', 250000, 'people', ['organisers']),
      exact('31 people', 31, 'people', ['police'], { action: 'arrest' }),
      exact('12 officers', 12, 'officers', ['police'], { action: 'wound' }),
    ],
    not: [],
  },
  {
    genre: 'ferry sinking (public broadcaster)',
    text:
      'The ferry was carrying 312 passengers and 29 crew when it capsized, the coast guard said. Rescuers have ' +
      'pulled 247 people from the water; 41 bodies have been recovered and 53 people remain missing.',
    claims: [
      exact('312', 312, 'passengers', ['coast guard']),
      exact('29 crew', 29, ['crew', 'crew members'], ['coast guard']),
      exact('247', 247, 'people', ['coast guard'], { action: 'rescue' }),
      exact('41 bodies', 41, 'bodies', ['coast guard'], {
        action: 'recover',
      }),
      exact('53', 53, 'people', ['coast guard'], { action: 'missing' }),
    ],
    not: [],
  },
  {
    genre: 'layoffs (business wire)',
    text:
      'SAN FRANCISCO (Reuters) - Orbix will cut about 6% of its workforce, or roughly 12,000 jobs, the company said ' +
      'on Wednesday, its second round of layoffs this year after 8,000 roles were eliminated in February. The cuts ' +
      'will save $2.1bn a year, it said.',
    claims: [
      approx('6%', 6, 'percent of workforce', ['Orbix', 'company'], {
        unit: 'percent',
        status: 'planned',
      }),
      approx('12,000', 12000, 'jobs', ['Orbix', 'company'], {
        status: 'planned',
      }),
      exact('8,000', 8000, ['roles', 'jobs'], ['Orbix', 'company'], {
        known: 'a number after "the company said" in the same sentence is not carried',
      }),
      exact('$2.1bn', 2.1e9, 'savings', ['Orbix', 'company'], {
        unit: 'USD',
        status: 'planned',
      }),
    ],
    not: [],
  },
  {
    genre: 'harvest and drought (ministry via wire)',
    text:
      'Farmers expect the wheat harvest to fall to 21 million tonnes this year from 28 million last year, the farm ' +
      'ministry said. Some 40% of the planted area has been hit by drought.',
    claims: [
      exact('21 million', 21e6, 'tonnes', ['farm ministry'], { unit: 'tonnes', status: 'planned' }),
      exact('28 million', 28e6, 'tonnes', ['farm ministry']),
      approx('40%', 40, 'percent of planted area', ['farm ministry'], { unit: 'percent' }),
    ],
    not: [],
  },
  {
    genre: 'measles outbreak (state news release)',
    text:
      'The measles outbreak has grown to 146 cases across four counties, state health officials said Friday. Of ' +
      'those infected, 121 were unvaccinated and 18 have been hospitalized. Nearly nine in 10 cases are children.',
    claims: [
      exact('146', 146, 'cases', ['state health officials']),
      exact('four counties', 4, 'counties', ['state health officials']),
      exact('121', 121, 'people', ['state health officials']),
      exact('18', 18, 'people', ['state health officials'], { action: 'hospitalize' }),
      approx('nine in 10', 0.9, 'share of cases', ['state health officials']),
    ],
    not: [],
  },
);

// A third batch: a payroll revision, jobless claims and a quake's aftermath told in levels, averages and changes.
genreStories.push(
  {
    genre: 'payroll revision (business wire)',
    text:
      'The statistics office said the economy added 640,000 fewer jobs in the year to March than first reported. ' +
      "Payroll gains for April and May were revised down by a combined 205,000, leaving May's gain at just 22,000, " +
      'the weakest since 2020.\n\nAfter averaging 168,000 a month last year, job growth has averaged 75,000 since ' +
      'April. Claims for unemployment benefits rose 9,000 to 237,000 in the week ended Nov. 28.',
    claims: [
      exact('640,000', 640000, 'jobs', ['statistics office']),
      exact('205,000', 205000, 'jobs', ['statistics office']),
      exact('22,000', 22000, 'jobs', ['statistics office']),
      exact('168,000', 168000, 'jobs', null, {
        known: '"averaging N a month" takes no measure from "job growth" after',
      }),
      exact('75,000', 75000, 'jobs', null),
      exact('9,000', 9000, 'claims', null),
      exact('237,000', 237000, 'claims', null),
    ],
    not: ['2020', '28.'],
  },
  {
    genre: 'population and births (statistics release)',
    text:
      'Births fell for a ninth straight year to 727,000 in 2026, the statistics bureau said on Friday. Deaths rose ' +
      'sharply over the same period to 1.6 million.',
    claims: [
      exact('727,000', 727000, 'births', ['statistics bureau']),
      exact('1.6 million', 1.6e6, ['deaths', 'people'], ['statistics bureau']),
    ],
    not: ['ninth', '2026'],
  },
);

// A fourth batch: a dengue season and pharmacy closures: counts a participle reports, shares of a count.
genreStories.push(
  {
    genre: 'dengue season (health ministry via local paper)',
    text:
      'The health ministry recorded 13,900 dengue cases this year, more than triple the 4,200 recorded the year ' +
      'before. The virus has killed 21 people, it said.\n\nThe ministry blamed a wet summer.',
    claims: [
      exact('13,900', 13900, 'cases', ['health ministry']),
      exact('4,200', 4200, 'cases', ['health ministry']),
      exact('21 people', 21, 'people', ['health ministry'], {
        action: 'kill',
      }),
    ],
    not: [],
  },
  {
    genre: 'pharmacy closures (trade press)',
    text:
      "Around a fifth of the country's 5,000 pharmacies have closed in the past decade, according to the " +
      'Pharmacists Guild. Another 300 could shut by the end of next year.',
    claims: [
      approx('a fifth', 0.2, 'share of pharmacies', ['Pharmacists Guild']),
      exact('5,000', 5000, 'pharmacies', ['Pharmacists Guild']),
      exact('300', 300, 'pharmacies', ['Pharmacists Guild'], { incremental: true, status: 'possible' }),
    ],
    not: [],
  },
);
