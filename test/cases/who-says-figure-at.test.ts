/**
 * Who says so when an organisation puts a figure "at" a number past a clause of its own ("The port authority,
 * citing harbour logs, put the loss at …", attributions/at-figure-subject), when the figure is put at a number
 * "by" an agent (attributions/passive-at-by), and when "the company told investors that …" follows a sentence
 * whose subject names the company (attributions/company-antecedent), and when a trade description leads the name
 * ("Danish shipping group Kellmar says", attributions/…/descriptor-name). Every sentence is invented.
 */
import { describe } from 'vitest';
import { sourceTable, type SourceRow } from './who-says-run.js';

const atFigureSubject: SourceRow[] = [
  ['The interior ministry, citing police reports from every district, put turnout at 41%.', '41%', 'interior ministry'],
  [
    'The Port Authority, whose engineers inspected every pier, put the total at 90 damaged berths.',
    '90',
    'Port Authority',
  ],
  ['Farm lobby Agrivo put the cost of the frost at about €60m, a figure ministers disputed.', '€60m', 'Agrivo'],
  [
    'The Harbour Board, which runs the ferries, put the number of stranded travellers at 2,300.',
    '2,300',
    'Harbour Board',
  ],
  ['The teachers union put attendance at 52%, well below the usual level.', '52%', 'teachers union'],
];

// attributions/appositive-whose: a "whose" clause between the subject and its verb is an aside about the subject
const appositiveWhose: SourceRow[] = [
  [
    'The Water Ministry, whose engineers checked reservoirs in all regions including the mountains, put the shortfall at 530 million litres.',
    '530 million',
    'Water Ministry',
  ],
  ['The fire brigade, whose crews fought the blaze for three days, said 40 homes burned.', '40', 'fire brigade'],
  ['Mara Vell, whose son was among the missing, said 12 boats were still out.', '12', 'Mara Vell'],
];

const passiveAtBy: SourceRow[] = [
  ['The flooded area was put at 3,400 hectares by the regional survey office.', '3,400', 'regional survey office'],
  [
    'Losses were put at $2.1 billion, or about a tenth of output, by Kestrel Analytics.',
    '$2.1 billion',
    'Kestrel Analytics',
  ],
  ['Turnout was put at 61% by the Electoral Commission on Sunday.', '61%', 'Electoral Commission'],
  ['The damage was put at $40 million in the first hours.', '$40 million', null],
  ['The cost was put at $3 million by the end of the week.', '$3 million', null],
  ['Turnout was put at 40% by Tuesday.', '40%', null],
  ['The harvest loss was estimated at 12% by the farm ministry.', '12%', 'farm ministry'],
];

const toldThat: SourceRow[] = [
  [
    'Brightwater Foods closed its dairy plant in March. The company told staff last week that 300 jobs would go.',
    '300',
    'Brightwater Foods',
  ],
  [
    'Solvane Energy has struggled since the blackout. In May the company told investors that the outage had cost it $80 million.',
    '$80 million',
    'Solvane Energy',
  ],
  [
    'Harrow Rail cut services on Friday. The operator told passengers that 120 trains would not run.',
    '120',
    'Harrow Rail',
  ],
  [
    'Nordvik Air has not said why. The Aviation Safety Office grounded 14 jets. The company told pilots that 6 would fly.',
    '6 would',
    'Nordvik Air',
  ],
  ['The Water Commission fined the utility. The company said 40 staff would leave.', '40', null],
  ['Police arrested 12 people. The company said 30 shops were looted.', '30', null],
];

const descriptorName: SourceRow[] = [
  ['Danish shipping group Kellmar says pirates seized 3 tankers.', '3', 'Kellmar'],
  ['Chilean miner Sorrento said 40 workers were trapped underground.', '40', 'Sorrento'],
  ['Irish health insurer Brennock says hackers stole 2 million records.', '2 million', 'Brennock'],
  ['Kenyan carrier Savanna Air said 18 flights were cancelled.', '18', 'Savanna Air'],
  ['Danish officials said 3 tankers were seized.', '3', 'Danish officials'],
];

// attributions/at-figure-word: the level put "at" a number said in words is the subject's figure, as with digits; a
// clock time after "at" ("at nine a.m.") is no level.
const atFigureWord: SourceRow[] = [
  ['The coastguard put the toll at nine after divers reached the hull.', 'nine', 'coastguard'],
  ['The health board put the number of deaths at three on Friday.', 'three', 'health board'],
  ['The mine operator estimated the missing at about twenty.', 'twenty', 'mine operator'],
  ['The relief agency put the dead at two, one fewer than the hospital said.', 'two', 'relief agency'],
  ['The council put the meeting at nine a.m., and 300 residents came.', '300', null],
  ['The ferry put in at four ports, and 60 passengers fell ill.', '60', null],
];

// attributions/appositive-based: ", based in Y," or ", headquartered in Y," after a name is an aside about it; the
// name before it speaks, and a place alone is never the speaker.
const appositiveBased: SourceRow[] = [
  ['Norlake, based in Tromso, said on Tuesday that it was recalling 9,000 packs.', '9,000', 'Norlake'],
  ['Vantor Dairies, headquartered in Cork, said 40 staff would go.', '40', 'Vantor Dairies'],
  ['The cooperative, based in Arles, said 300 growers had joined.', '300', 'cooperative'],
  ['Egg prices, based on the weekly survey, rose 12 percent.', '12', null],
];

describe('attributions/at-figure-subject', () => sourceTable(atFigureSubject));
describe('attributions/appositive-based', () => sourceTable(appositiveBased));
describe('attributions/at-figure-word', () => sourceTable(atFigureWord));
describe('attributions/appositive-whose', () => sourceTable(appositiveWhose));
describe('attributions/passive-at-by', () => sourceTable(passiveAtBy));
describe('attributions/company-antecedent', () => sourceTable(toldThat));
describe('attributions/…/descriptor-name', () => sourceTable(descriptorName));
