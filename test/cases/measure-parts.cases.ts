/**
 * Table cases for measures named by a modifier, a predicate or a substance: a total noun's modifier in the
 * plural (`the coach toll` → coaches), a verb that places a figure kept out of its noun (`put turnout at 61%`),
 * a part of a group named by its predicate noun (`30 of them were nurses`) and the depth of rain
 * or snow (`80 mm of rain` → rainfall). Invented sentences; negatives keep the measure the other rules give.
 */
import { measureCase as m, type MeasureCase } from './measures.cases.js';

const TOTAL = 'quantities/total-noun';
const PART = 'quantities/part-predicate';
const CASUALTIES = 'quantities/part-of-casualties';
const RAIN = 'quantities/precipitation';
const RATE = 'quantities/percent-subject';

export const measurePartCases: MeasureCase[] = [
  // quantities/total-noun: the modifier of a total noun, pluralised as English does
  m('The coach toll has passed 20, the transport ministry said.', 'coaches', TOTAL),
  m('The church toll rose to 14 after the second tremor.', 'churches', TOTAL),
  m('The box tally reached 300 by the end of the relief drive.', 'boxes', TOTAL),
  m('The pony toll stood at 12 after the stable fire.', 'ponies', TOTAL),
  m('The sheep toll reached 900 after the blizzard.', 'sheep', TOTAL),
  m('The fish toll climbed to 3,000 as the river warmed.', 'fish', TOTAL),
  // a noun modifier ending in -eal or -oal is a noun (`seal`, `goal`), not an adjective in -al; `real` is one
  m('The seal toll rose to 40 along the bay.', 'seals', TOTAL),
  m('The goal tally reached 12 by half-time.', 'goals', TOTAL),
  m('The real toll rose to 300, aid workers said.', 'people', TOTAL),
  m('The regional toll climbed to 18 overnight.', 'people', TOTAL),
  m('The calf toll rose to 40 on the flooded farms.', 'calves', TOTAL),
  m('The vote tally stood at 40,200 at midnight.', 'votes', TOTAL),
  m('The bird toll passes 100 as the oil spreads along the coast.', 'birds', TOTAL),
  m('The injury toll rose to 44 after the stand collapsed.', 'people', TOTAL),
  // a verb that places a figure is no part of the noun before `at`
  m('Organisers put participation at 38% across the public sector.', 'participation', RATE),
  m('Union leaders put turnout at 61% in the postal ballot.', 'turnout', RATE),
  m('The police put attendance at 12,000 for the march.', 'people', 'quantities/crowd-noun'),
  m('The insurer put losses at $3 million after the hailstorm.', 'losses', 'quantities/money-subject'),
  m('Officials pegged the crowd at 40,000 on the final night.', 'people', 'quantities/crowd-noun'),
  m('Three more cases were confirmed, taking the region’s total to 310.', 'cases', TOTAL, 1),
  m('The floods killed four more people, bringing its tally to 45.', 'people', TOTAL, 1),
  // quantities/part-predicate: a part of a group that a copula names by a plural noun
  m('About 30 of them were nurses.', 'nurses', PART),
  m('Twelve of the arrested were students, the university said.', 'students', PART),
  m('Forty of the evacuees were children from the flooded school.', 'children', PART),
  m('Five of the detainees are journalists, the press union said.', 'journalists', PART),
  m('Eight of the strikers were bus drivers.', 'bus drivers', PART),
  m('Two of the candidates were also former ministers.', 'ministers', PART),
  // a part of the casualties stays a count of people or of victims
  m('Four of the injured were firefighters, the fire service said.', 'people', CASUALTIES),
  m('Seven of those killed were police officers.', 'people', CASUALTIES),
  m('Nine of the victims were teachers at the village school.', 'victims'),
  // negatives: a place, a state or a nationality after the copula names no part
  m('Four of the injured were taken to hospital.', 'people', CASUALTIES),
  m('Six of the dead were in the north of the province.', 'people', CASUALTIES),
  m('Two of the injured were in critical condition on Sunday.', 'people', CASUALTIES),
  m('Nine of the dead were Germans.', 'German dead', 'quantities/breakdown-group'),
  m('Police questioned 200 protesters; 35 of them were charged.', 'protesters', 'quantities/part-of-antecedent', 1),
  m('The line runs 80 trains and 12 of them were idle.', 'trains', 'quantities/part-of-antecedent', 1),
  // quantities/precipitation: the depth of rain or snow is a rainfall or snowfall
  m('Up to 200 millimetres of rain could fall on Sunday.', 'rainfall', RAIN),
  m('The storm dumped 150 mm of rain on the valley town.', 'rainfall', RAIN),
  m('Forecasters expect 30 centimetres of snow in the hills.', 'snowfall', RAIN),
  m('Nearly 4 inches of rain fell overnight on the capital.', 'rainfall', RAIN),
  m('Some 2 feet of fresh snow buried the mountain pass.', 'snowfall', RAIN),
  m('The town received 80mm of rainfall in an hour.', 'rainfall', RAIN),
  m('A further 50 mm of torrential rain is forecast for Monday.', 'rainfall', RAIN),
  // negatives: a length that is no depth of rain keeps its unit
  m('The river rose 3 metres in a day.', 'metres'),
  m('The levee breach was 40 metres wide.', 'width'),
  m('Crews laid 300 feet of hose to reach the fire.', 'feet'),
];
