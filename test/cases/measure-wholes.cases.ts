/**
 * Table cases for measures read from a whole or from a neighbour: a percentage of a whole (`40% of the voters`),
 * a rate that holds at its level (`held at 4.2%`), a sum in a list that shares the first sum's kind (`fined the
 * club €200,000 and its coach €15,000`), a bare count that flees or is evacuated (people) and a bare count that
 * carries the noun of the sentence before (`the other 68`, `said four were`). Invented sentences about elections,
 * strikes, floods, markets and relief; negatives keep the measure another rule or the bare unit gives.
 */
import { measureCase as m, type MeasureCase } from './measures.cases.js';

const WHOLE = 'quantities/percent-of-whole';
const RATE = 'quantities/percent-subject';
const LIST = 'quantities/money-list';
const MOVED = 'quantities/default-measure';
const GAP = 'quantities/subject-ellipsis';

export const measureWholeCases: MeasureCase[] = [
  // quantities/percent-of-whole: `N% of X` measures the whole's noun, past a determiner, an owner and a count.
  m('About 40% of the voters stayed home in the runoff.', 'percent of voters', WHOLE),
  m('Nearly 70 percent of households lost power during the storm.', 'percent of households', WHOLE),
  m('The virus has infected 12 per cent of the herd.', 'percent of herd', WHOLE),
  m("Roughly 15% of the city's buses were taken off the road.", 'percent of buses', WHOLE),
  m('Some 30 percent of Britons say they will not travel this summer.', 'percent of Britons', WHOLE),
  m("Up to 60% of the region's wheat crop was lost to the drought.", 'percent of wheat crop', WHOLE),
  m('The flood destroyed 80% of its 400 homes.', 'percent of homes', WHOLE),
  m("Strikers make up 25 percent of the port's workforce.", 'percent of workforce', WHOLE),
  m('Only 5% of the scheduled flights left on time.', 'percent of scheduled flights', WHOLE),
  m('Public debt reached 110% of GDP last year.', 'percent of GDP', WHOLE),
  m('A new law says 2 percent of company profits go to flood relief.', 'percent of company profits', WHOLE),
  // negatives: a pronoun or a time is no whole; a change, a levy and a state keep their own rules.
  m('Only 30% of them were insured.', 'percent'),
  m('About 45% of those polled backed the strike.', 'percent'),
  m('The ferry runs late 20% of the time.', 'percent'),
  m('Grain prices rose 12% in a week.', 'percent change', 'quantities/percent-change'),
  m('The government imposed a 15% tariff on imported steel.', 'tariff rate', 'quantities/percent-levy'),
  m('The wildfire was 45% contained by Sunday evening.', 'percent contained', 'quantities/percent-state'),
  // quantities/percent-subject through a level that held: `held at`, `held steady at`, `was unchanged at`.
  m('The unemployment rate held at 4.2% for a third month.', 'unemployment rate', RATE),
  m('Inflation held steady at 3.1 percent in June.', 'inflation rate', RATE),
  m('The jobless rate was unchanged at 5.5% in the spring.', 'jobless rate', RATE),
  m('The central bank kept its base rate, which remained unchanged at 4.5%.', 'base rate'),
  m('The growth rate was flat at 0.1% in the last quarter.', 'growth rate', RATE),
  m('The mortgage rate holds at 6.8 percent this week.', 'mortgage rate', RATE),
  m('The flood death toll held at 56 overnight.', 'people', 'quantities/total-noun'),
  m('The toll was unchanged at 23 on Tuesday morning.', 'people', 'quantities/total-noun'),
  // negatives: `held` with its own object, and a capacity, are no level.
  m('Police held 30 protesters overnight after the march.', 'protesters'),
  m('Rebels were holding 12 hostages at the camp.', 'hostages'),
  m('The new arena holds 40,000 for concerts.', 'capacity', 'quantities/capacity'),
  // quantities/money-list: a gapped sum in a list is the kind of money the sum before it is.
  m('Donors pledged €6 million in aid, €4.5 million in loans and €10 million.', 'loans', LIST, 2),
  m('The council set aside £2m in grants and another £500,000 this spring.', 'grants', LIST, 1),
  m('Donors pledged $6m, $4.5m and $2m more on Friday.', 'pledged aid', LIST, 1),
  m('The league fined the club €200,000 and its coach €15,000.', 'fine', LIST, 1),
  m('The insurer paid out £3 million in claims last year and £4.1 million this year.', 'claims', LIST, 1),
  m('The state has given €40m in humanitarian aid; the regions €25m.', 'humanitarian aid', LIST, 1),
  m('The city spent $3 million on cleanup, and the county $1.2 million.', 'spending', LIST, 1),
  m('Each family will receive 2,000 pesos in compensation, and shop owners 5,000 pesos.', 'compensation', LIST, 1),
  // negatives: a named party, a new subject, a verb or a comparison between the sums ends the list.
  m(
    'At a summit on Monday, Japan pledged €6 million in aid, Canada €4.5 million and Norway €10 million.',
    'euros',
    undefined,
    1,
  ),
  m('Donors pledged €6m, £4.5m and $20m for the flood appeal.', 'pounds', undefined, 1),
  m('The strike cost $3 million, $2 million more than the walkout in May.', 'dollars', undefined, 1),
  m('Revenue was $5bn and profit $1bn.', 'profit', 'quantities/money-subject', 1),
  m('The club paid €2 million for the striker and sold its keeper for €5 million.', 'price', undefined, 1),
  m('The charity raised £40,000 in donations, more than the £25,000 it had hoped for.', 'pounds', undefined, 1),
  m('The airline lost $40 million in the quarter, and its shares fell to $12.', 'dollars', undefined, 1),
  // quantities/default-measure: a bare count that flees, arrives or is evacuated counts people.
  m('More than 14,000 have fled the fighting since Sunday, the agency said.', 'people', MOVED),
  m('Another 6,000 arrive at the camp over weekend', 'people', MOVED),
  m('About 1,200 were evacuated from the coast overnight.', 'people', MOVED),
  m('Nearly 800 fled across the river on Tuesday.', 'people', MOVED),
  m('Some 3,500 were displaced by the landslides.', 'people', MOVED),
  m('At least 250 were relocated to schools in the county seat.', 'people', MOVED),
  m('Around 90 are arriving each day at the border post.', 'people', MOVED),
  m('More Than 200 Evacuated As River Rises', 'people', MOVED),
  // negatives: a count with its own noun keeps it.
  m('About 400 families were evacuated from the valley.', 'families'),
  m('Some 20 boats arrived in the harbour overnight.', 'boats'),
  // quantities/subject-ellipsis: `the other N` beside a part, and a bare count after a speech verb.
  m(
    'The clinic said 11 survivors were still being treated. The other 68 were moved to a shelter.',
    'survivors',
    GAP,
    1,
  ),
  m('Crews rescued nine miners on Monday. The other 23 were brought up on Tuesday.', 'miners', GAP, 1),
  m('The ward holds 15 patients. Its director said four were in intensive care.', 'patients', GAP, 1),
  m('Inspectors checked 300 homes. They said 12 were unsafe to enter.', 'homes', GAP, 1),
  m(
    'The county counted 40 patients in hospital. A spokesman said that six were in a serious condition.',
    'patients',
    GAP,
    1,
  ),
  m('Firefighters reached 60 villagers by boat. Officials reported 25 were taken to shelters.', 'villagers', GAP, 1),
  m('Ten climbers set out at dawn; the other six stayed at the camp.', 'climbers', GAP, 1),
  m('A ferry with 200 passengers ran aground. The coastguard said 14 were hurt.', 'passengers', GAP, 1),
  // negatives: a count right after a speech verb with its own noun, and a clause with no antecedent, stay apart.
  m('Inspectors checked 300 homes. They said 12 bridges were unsafe.', 'bridges', undefined, 1),
  m('The mayor said 12 were unsafe.', null),
];
