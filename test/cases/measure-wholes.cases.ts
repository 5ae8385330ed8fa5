/**
 * Table cases for measures read from a whole or from a neighbour: a percentage of a whole (`40% of the voters`),
 * a rate that holds at its level (`held at 4.2%`) and a sum in a list that shares the first sum's kind (`pledged
 * €6m in aid, Canada £4m`). Invented sentences about elections, strikes, floods, markets and relief; negatives
 * keep the measure another rule or the bare unit gives.
 */
import { measureCase as m, type MeasureCase } from './measures.cases.js';

const WHOLE = 'quantities/percent-of-whole';
const RATE = 'quantities/percent-subject';

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
];
