/**
 * Table cases for the renames of measure-jobs-value.ts: workers who lose
 * their jobs count jobs, a sum something is worth is its value, and a sum a
 * levy brings in is revenue; with the near misses that keep their first
 * reading. Invented sentences about mills, mines, councils, taxes and charities.
 */
import type { MeasureCase } from './measures.cases.js';

const m = (text: string, measure: string | null, rule?: string, at?: number): MeasureCase => ({
  text,
  measure,
  ...(rule ? { rule } : {}),
  ...(at !== undefined ? { at } : {}),
});

const JOBS = 'quantities/job-loss';
const WORTH = 'quantities/money-worth';
const REVENUE = 'quantities/money-revenue';

export const jobValueCases: MeasureCase[] = [
  m('The mill said 300 of its 1,100 workers would lose their jobs by June.', 'jobs', JOBS),
  m('The mill said 300 of its 1,100 workers would lose their jobs by June.', 'workers', undefined, 1),
  m('At the Dunmore site, where 220 posts go, the union called a strike.', 'jobs', JOBS),
  m('All 90 employees will be laid off next week, the receivers said.', 'employees'),
  m('Some 2,400 people have now lost their jobs since the mine closed.', 'jobs', JOBS),
  m('About 75 staff were made redundant at the printing works on Friday.', 'staff'),
  m('The airline said 1,300 roles will be cut across its European bases.', 'jobs', JOBS),
  m('Another 40 workers at the smelter are losing their jobs this month.', 'jobs', JOBS),
  m('The hospital trust said 160 positions would go under the plan.', 'jobs', JOBS),
  m('The ministry said 2,000 posts are to be axed next year.', 'jobs', JOBS),
  m('Nearly 600 staffers at the broadcaster will lose their jobs in the spring.', 'jobs', JOBS),
  m('The shipyard employs 3,200 workers on the river.', 'workers'),
  m('About 400 people were evacuated from the valley overnight.', 'people'),
  m('Some 120 workers were cut off by floodwater at the quarry.', 'workers'),
  m('About 250 people marched and 30 were arrested.', 'people'),
  m('The fair drew 3,000 people to the showground.', 'people'),
  m('The smelter, which employs 1,400 people, will close in May.', 'people'),
  m('The deal is worth billions of dollars to the port.', 'dollars'),
  m('The city cancelled three contracts worth a combined 40 million dollars.', 'value of contracts', WORTH, 1),
  m(
    'The district had 140 homes on order from Calder Build, worth an estimated £30m, records show.',
    'value of homes',
    WORTH,
    1,
  ),
  m('Police seized paintings worth about $2 million from the warehouse.', 'value of paintings', WORTH),
  m('The ministry sent an aid package worth 3 billion euros to the flooded north.', 'aid'),
  m('The tax on sugar will raise £800m a year for schools.', 'revenue', REVENUE),
  m('The levy will bring in about $1.2 billion over five years.', 'revenue', REVENUE),
  m('The new tolls are expected to generate €90m a year for the bridge authority.', 'revenue', REVENUE),
  m('The treasury said the fare increase would raise £45m next year.', 'revenue', REVENUE),
  m('The charity raised $5 million for the flood victims.', 'funds'),
];
