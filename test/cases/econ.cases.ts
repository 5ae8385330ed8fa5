/**
 * Table cases for economic and statistical figures: changes and revisions
 * (`revised down by N`, `revised up to N from M`, `N fewer jobs than`),
 * measures named by the noun around the number (payrolls, rates, claims,
 * deficits) and labels that are no claims (years, quarters, index names).
 * Invented sentences about labour markets, prices, budgets, trade, polls,
 * public health and company results.
 */
import type { BoundKind } from '../../src/article.js';

/** One number of a sentence: its value (or its bound), what it counts, and the rule that must have read it. */
export interface EconCase {
  text: string;
  /** The value, or the bound a lower/upper quantity states. */
  n: number;
  measure: string | null;
  bound?: BoundKind;
  /** The rule id the quantity's `by` must name. */
  rule?: string;
  /** Which quantity of the text (default 0). */
  at?: number;
}

const c = (text: string, n: number, measure: string | null, rule?: string, at?: number): EconCase => ({
  text,
  n,
  measure,
  ...(rule ? { rule } : {}),
  ...(at !== undefined ? { at } : {}),
});

const REVISED_TO = 'quantities/revised-to';
const OBJECT = 'quantities/change-object';
const FEWER = 'quantities/comparative-noun';
const IN_NEW = 'quantities/count-in-new';
const FORECAST = 'quantities/forecast-noun';
const LEVEL = 'quantities/change-level';
const SUBJECT = 'quantities/subject-noun';
const POSSESSIVE = 'quantities/possessive-subject';

export const econCases: EconCase[] = [
  // revised up to / down to a level: a level, not a bound
  c('Hiring in May was revised up to 117,000 from 108,000.', 117000, 'jobs', REVISED_TO),
  c('Hiring in May was revised up to 117,000 from 108,000.', 108000, 'jobs', undefined, 1),
  c('The estimate of flood claims was revised up to 8,200 on Friday.', 8200, 'flood claims', REVISED_TO),
  c('Wheat output was marked up to 41 million tonnes.', 41000000, 'tonnes', REVISED_TO),
  c('The estimate of new orders was nudged up to 1,450.', 1450, 'orders', REVISED_TO),
  c('Visitor arrivals were ticked up to 2.3 million after the recount.', 2300000, 'arrivals', REVISED_TO),
  { text: 'The plant could hire up to 900 workers.', n: 900, measure: 'workers', bound: 'upper' },
  { text: 'Fines of up to $5,000 apply.', n: 5000, measure: 'fines', bound: 'upper' },
  // revised down/up by, lower by a combined N: the size of a revision counts its subject
  c('Payrolls were revised down by 589,000 in the annual review.', 589000, 'jobs', SUBJECT),
  c('Nonfarm payrolls were revised lower by 41,000 for June.', 41000, 'jobs', SUBJECT),
  c('Job gains for the two months were revised down by a combined 57,000.', 57000, 'jobs', SUBJECT),
  c('Hiring in the spring was revised up by a combined 52,000.', 52000, 'jobs', SUBJECT),
  c('Harvest estimates were revised higher by 3 million tonnes.', 3000000, 'tonnes'),
  c('Exports were down 37 from Tuesday.', 37, 'exports', SUBJECT),
  c('Tourist arrivals were up 12,400 from a month earlier.', 12400, 'arrivals', SUBJECT),
  c('Building permits were down 1,900 from the previous month.', 1900, 'permits', SUBJECT),
  c('New infections were up 214 from the day before.', 214, 'infections', SUBJECT),
  // a possessive standing for the figure's noun: after `and` the count before; opening a clause, the paragraph's
  // count, else the count the release leads with
  c('Job gains in Lima were cut to 9,000. Cusco’s were cut by 1,200 and Piura’s by 800.', 1200, 'jobs', POSSESSIVE, 1),
  c('Job gains in Lima were cut to 9,000. Cusco’s were cut by 1,200 and Piura’s by 800.', 800, 'jobs', POSSESSIVE, 2),
  c('Peru added 12,000 jobs in May.\n\nApril’s gain was cut to 8,000 from 11,000.', 8000, 'jobs', POSSESSIVE, 1),
  c(
    'Ferries carried 41,000 cars in June.\n\nMay’s total was revised to 39,000 and April’s to 35,500.',
    35500,
    'cars',
    undefined,
    2,
  ),
  c('Oslo’s budget was cut by 4,000.', 4000, null),
  // a change verb with its object before `by N`
  c('The benchmark revision reduced the level of nonfarm payrolls by 604,000.', 604000, 'jobs', OBJECT),
  c('The statistics office lowered job growth by 215,000 for the year.', 215000, 'jobs', OBJECT),
  c('The carmaker cut its workforce by 3,500 this year.', 3500, 'workers', OBJECT),
  c('The board raised its forecast for deliveries by 20,000.', 20000, 'deliveries', OBJECT),
  c('The ministry trimmed the number of hospital beds by 1,200.', 1200, 'beds', 'quantities/total-noun-clause'),
  c('The strike reduced steel output by 80,000 tonnes.', 80000, 'tonnes'),
  c('The new count increased the tally of ballots by 4,100.', 4100, 'ballots', 'quantities/total-noun-clause'),
  c('The review revised the number of cholera cases down by 310.', 310, 'cases', 'quantities/total-noun-clause'),
  // comparatives: N fewer jobs than, N more homes than
  c('The revision showed 604,000 fewer jobs than previously reported.', 604000, 'jobs', FEWER),
  c('Builders started 4,200 fewer homes than a year earlier.', 4200, 'homes', FEWER),
  c('The clinic saw 350 more patients than last winter.', 350, 'patients', FEWER),
  c('Voters cast 12,000 fewer ballots than in the last election.', 12000, 'ballots', FEWER),
  c('Factories shed 12,000 jobs, 8,000 fewer than first reported.', 8000, 'jobs', undefined, 1),
  // N in new claims: the qualified noun after `in`
  c('The state reported 11,800 in new claims for the week.', 11800, 'claims', IN_NEW),
  c('The county logged 620 in new cases on Sunday.', 620, 'cases', IN_NEW),
  c('Exporters booked 3,100 in fresh orders last month.', 3100, 'fresh orders', IN_NEW),
  c('The agency counted 9,800 in initial applications.', 9800, 'applications', IN_NEW),
  // the N economists expected: the forecast counts what the figure before it counts
  c('The economy added 131,000 jobs, short of the 150,000 economists expected.', 150000, 'jobs', FORECAST, 1),
  c('Retailers sold 41,000 cars, above the 38,000 analysts had forecast.', 38000, 'cars', FORECAST, 1),
  c('Builders started 1,200 homes against the 1,350 forecasters predicted.', 1350, 'homes', FORECAST, 1),
  // a level after a change size: `rose 12% to 5,400`, `rose by 7,000 to 231,000`
  c('Infections rose 12% week on week to 5,400.', 5400, 'infections', LEVEL, 1),
  c('Passenger numbers climbed 8 percent to 2.1 million.', 2100000, 'passenger numbers', LEVEL, 1),
  c('Initial claims rose by 7,000 to 231,000.', 231000, 'claims', undefined, 1),
  c('Average hourly earnings rose 0.4% to $28.15.', 0.4, 'percent change'),
  c('Average hourly earnings rose 0.4% to $28.15.', 28.15, 'hourly earnings', undefined, 1),
  c('Bookings fell 4% to 18,300 in March.', 18300, 'bookings', LEVEL, 1),
  // earlier values: `originally reported as N`, `from an initial N`
  c('Job gains were originally reported as 163,000.', 163000, 'jobs', 'quantities/reported-as'),
  c('The economy added 26,000 jobs, initially reported at 68,000.', 68000, 'jobs', 'quantities/reported-as', 1),
  c('Flood claims were first estimated at 12,500 by the insurer.', 12500, 'flood claims', 'quantities/reported-as'),
  c('Hiring was revised to 83,000 from an initial 191,000.', 191000, 'jobs', 'quantities/earlier-level', 1),
  c('Exports were cut to 41,000 tonnes from a preliminary 45,000.', 45000, 'tonnes', undefined, 1),
  c(
    'Payrolls were revised to 2.1 million from a previous 2.4 million.',
    2400000,
    'jobs',
    'quantities/earlier-level',
    1,
  ),
  // the earlier value of a named rate, and a change noun that counts the figure in hand
  c('The unemployment rate ticked up to 5.6% from 5.4%.', 5.4, 'unemployment rate', 'quantities/earlier-rate', 1),
  c(
    'The jobless rate rose to 5.1 percent, from 4.9 percent in June.',
    4.9,
    'jobless rate',
    'quantities/earlier-rate',
    1,
  ),
  c('Inflation fell to 2.4% in September from 2.5% in August.', 2.5, 'inflation rate', 'quantities/earlier-rate', 1),
  c(
    'Vaccination coverage slipped to 81% from 84% a year ago.',
    84,
    'vaccination coverage',
    'quantities/earlier-rate',
    1,
  ),
  c('Prices rose 3% in May from 2% in April.', 2, 'percent', undefined, 1),
  c(
    'The region lost 4,300 jobs in May. The downward revision of 2,100 was the largest in years.',
    2100,
    'jobs',
    'quantities/change-noun-count',
    1,
  ),
  c(
    'Clinics reported 880 cases on Monday. A drop of 120 followed on Tuesday.',
    120,
    'cases',
    'quantities/change-noun-count',
    1,
  ),
  c('Clinics reported 880 cases on Monday.\n\nA drop of 120 followed on Tuesday.', 120, null, undefined, 1),
  // a named rate's earlier value
  c(
    'The annual percentage rate on car loans averaged 5.9 percent in March, down from 6.4 percent a year earlier.',
    6.4,
    'percentage rate',
    'quantities/earlier-rate',
    1,
  ),
  // a difference from the count before it, after a verb that looks like a total noun
  c(
    'The bureau now estimates the region added 1.5 million jobs, 431,000 fewer than first reported.',
    431000,
    'jobs',
    'quantities/comparative-count',
    1,
  ),
  c('The clinic treated 4,100 patients, 300 more than last year.', 300, 'patients', undefined, 1),
  c('The agency also counts 212 shelters in the valley.', 212, 'shelters'),
  // measures named by the noun around the number
  c('Employers added 143,000 jobs in January.', 143000, 'jobs'),
  c('Nonfarm payrolls increased by 64,000 in July.', 64000, 'jobs', SUBJECT),
  c('The economy created 210,000 positions last month.', 210000, 'positions'),
  c('Hiring averaged 29,000 a month over the summer.', 29000, 'jobs', SUBJECT),
  c('Job growth in the year to March was 431,000.', 431000, 'jobs'),
  c('Construction payrolls rose by 19,000.', 19000, 'jobs', SUBJECT),
  c('Job losses in retail reached 16,000.', 16000, 'jobs', SUBJECT),
  c('Manufacturing shed 12,000 positions for a fourth straight month.', 12000, 'positions'),
  c('The unemployment rate rose to 5.6% in August.', 5.6, 'unemployment rate'),
  c('The jobless rate fell to 4.1 percent.', 4.1, 'jobless rate'),
  c('Inflation of 2.9% outpaced wage growth.', 2.9, 'inflation rate'),
  c('The labor force participation rate slipped to 62.3%.', 62.3, 'participation rate'),
  c('The government ran a deficit of $1.8 trillion.', 1.8e12, 'deficit'),
  c('The trade deficit widened to $78.3 billion in March.', 78.3e9, 'trade deficit'),
  c('The company reported revenue of $4.1 billion.', 4.1e9, 'revenue'),
  c('Quarterly profit doubled to $2.2 billion.', 2.2e9, 'quarterly profit'),
  c('Consumer prices rose 3.2% from a year earlier.', 3.2, 'inflation rate'),
  c('The federal budget includes $6.8 trillion in spending.', 6.8e12, 'spending'),
  c('Mortgage rates averaged 6.7% last week.', 6.7, 'mortgage rates'),
  c('Initial claims rose by 7,000 to 231,000.', 7000, 'claims', SUBJECT),
  c('Sales rose by 3,000 to 41,500.', 3000, 'sales', SUBJECT),
  c('The retail sector lost 16,000 jobs, while health care added 46,800.', 46800, 'jobs', undefined, 1),
];

/** Bare numbers that are still claims (the keep rule named), with the value that must be kept. */
export const econKept: Array<{ text: string; n: number; rule: string }> = [
  {
    text: 'The figure for April was revised down to 83,000 from an initial 191,000.',
    n: 191000,
    rule: 'claims/earlier-value',
  },
  { text: 'The count was lowered to 310 from the original 355.', n: 355, rule: 'claims/earlier-value' },
  { text: 'The tally, originally reported as 2,100, was later cut.', n: 2100, rule: 'claims/earlier-value' },
  { text: 'The figure was revised up to 4,800 on Friday.', n: 4800, rule: 'claims/level' },
];

/** Labels that are no claims: years, months, quarters, fiscal years, index and report names, pages, times. */
export const econNegatives: string[] = [
  'The 2024 benchmark revision was published in September.',
  'Data for March 2025 showed a slowdown in hiring.',
  'Revenue in Q3 beat forecasts.',
  'The fiscal 2025 budget was passed on time.',
  'The S&P 500 fell and the FTSE 100 rose, while the Nikkei 225 slipped.',
  'The jobs report, on page 12, was released at 8:30 a.m.',
  'The FY2024 accounts were delayed again.',
  'Third-quarter earnings beat estimates.',
  'The Consumer Price Index for All Urban Consumers rose.',
  'The March 2024 to March 2025 period saw weaker hiring.',
  'The 2025-26 budget includes more spending on roads.',
  'The G20 summit opened as markets slid.',
  "The company's 401(k) plan was frozen.",
  'The 10-year note traded flat on Tuesday.',
  'The revision for the year through March 2025 is due next week.',
  'No link has been found between the new case and the previous two.',
];
