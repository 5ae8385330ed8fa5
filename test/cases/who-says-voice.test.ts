/**
 * Who says so, third table: where the outlet's own voice starts inside a speaker's sentence, documents as
 * sources, data sources that "had" a figure, and speakers behind titles. Every sentence is invented (floods,
 * fires, strikes, epidemics, elections, markets, trials); each describe() names the rule it exercises.
 */
import { describe, expect, it } from 'vitest';
import { run, sourceTable as table } from './who-says-run.js';

describe('attributions/event-relative: a relative clause naming the event is the outlet speaking', () => {
  table([
    ['The governor said the floods, which killed 31 people last spring, were the worst in a century.', '31', null],
    ['The minister said the wildfire that destroyed 400 homes was started by a power line.', '400', null],
    ['The mayor said the blast, in which 12 workers died, had shaken the whole city.', '12', null],
    ['Premier Jo Lam said the country was mourning the stampede in which 38 pilgrims were crushed.', '38', null],
    ['The airline said the outage that forced it to cancel 900 flights would cost it dearly.', '900', null],
    [
      'Officials said the region was still reeling from its worst storm in decades that has killed 57 people.',
      '57',
      null,
    ],
    [
      'The president said the nation was grieving after the riots, which left 40 families homeless, with 12 people ' +
        'killed and 30 wounded in the unrest.',
      '12',
      null,
    ],
    [
      'The president said the nation was grieving after the riots, which left 40 families homeless, with 12 people ' +
        'killed and 30 wounded in the unrest.',
      '30',
      null,
    ],
    // the speaker's own figures stay the speaker's
    ['The ministry said 40 people died in the floods.', '40', 'ministry'],
    ['Police said the fire, which started in a kitchen, had destroyed 12 homes.', '12', 'Police'],
    ['The agency said the outbreak that began in May has now infected 3,000 people.', '3,000', 'agency'],
    ['The ministry said the storm that hit on Tuesday killed 40 people.', '40', 'ministry'],
    ['The union said workers who joined the strike lost 2,000 shifts.', '2,000', 'union'],
    [
      'Health officials said the outbreak, which is spreading fast, has sickened 210 children.',
      '210',
      'Health officials',
    ],
  ]);
});

describe('attributions/told-audience: the people told are not what was said', () => {
  table([
    ['“We will rebuild every school,” Mayor Ana Diaz told 2,000 cheering supporters at the rally.', '2,000', null],
    ['“The worst is over,” Premier Jo Lam told thousands of flood victims in the stadium.', 'thousands', null],
    ['The minister told reporters 40 people had died in the landslide.', '40', 'minister'],
    ['The agency told parliament that 300 schools were closed by the strike.', '300', 'agency'],
    ['Governor Ray Holt told 500 delegates that the state would hire 1,200 nurses.', '1,200', 'Ray Holt'],
    ['Governor Ray Holt told 500 delegates that the state would hire 1,200 nurses.', '500', null],
  ]);
});

describe('attributions/…/generic: a document named as said, without its count words', () => {
  table([
    ['Additional records released on Monday revealed that the charity spent $8,200 on travel.', '$8,200', 'records'],
    ['Newly filed court papers said the mayor spent $12,000 on flights.', '$12,000', 'court papers'],
    ['Further documents disclosed that the firm paid $40,000 to consultants.', '$40,000', 'documents'],
    ['The court documents said the couple spent $5,150 on furs.', '$5,150', 'court documents'],
    ['The new poll said 54 percent of voters backed the plan.', '54', 'poll'],
    ['New Delhi police said 14 people were arrested.', '14', 'New Delhi police'],
  ]);
});

describe('attributions/documents-show: court papers, records and filings that show a figure speak for themselves', () => {
  table([
    [
      'Court records show the contractor billed the city $2.3 million for the repairs.',
      '$2.3 million',
      'court records',
    ],
    ['Documents released on Friday showed how the treasurer moved $90,000 into his account.', '$90,000', 'documents'],
    ['The indictment shows the pair laundered $4 million through shell firms.', '$4 million', 'indictment'],
    ['Police reports showed 14 break-ins on the street last winter.', '14', 'police reports'],
    ['Bank filings show the lender set aside $600 million for bad loans.', '$600 million', 'bank filings'],
    // figures and data that show something are the outlet reading them
    ['Data showed 4,200 claims were filed in the week to Friday.', '4,200', null],
    ['Figures released on Monday showed 300 factories had closed.', '300', null],
    // the next paragraph names its items through "among those"
    [
      'Documents released on Friday showed how the treasurer spent party money on luxuries.\n\n' +
        'Among those items were a $3,000 watch and a $900 bicycle.',
      '$3,000',
      'documents',
    ],
    ['Officials say the toll will rise.\n\nAmong those killed in the storm were three firefighters.', 'three', null],
    [
      'Court records show the mayor billed the city for private trips.\n\nThe city has 40,000 residents.',
      '40,000',
      null,
    ],
  ]);
});

describe('attributions/charged-that: charges and accusations are the accuser’s when the accuser is named', () => {
  table([
    [
      'The former treasurer admitted to charges that he took $80,000 from the union. Prosecutors say he spent it on cars.',
      '$80,000',
      'Prosecutors',
    ],
    [
      'Federal prosecutors filed the case in May. The councilman was accused of taking $30,000 in bribes.',
      '$30,000',
      'Federal prosecutors',
    ],
    ['The councilman was accused of taking $30,000 in bribes.', '$30,000', null],
    ['The striking workers accused the company of cutting 400 jobs.', '400', null],
  ]);
});

describe('attributions/had-figure: a data source that "had" the total at or as a number', () => {
  table([
    ['RailData had the Monday total of cancelled trains as 2,140, with 9,300 delays.', '2,140', 'RailData'],
    ['RailData had the Monday total of cancelled trains as 2,140, with 9,300 delays.', '9,300', 'RailData'],
    ['The tracker ShipWatch has the count of stranded vessels at 310.', '310', 'ShipWatch'],
    [
      'RailData had the Monday total of cancelled trains as 2,140. Cancellations in the north reached 800.',
      '800',
      'RailData',
    ],
    ['The bakery had 40 orders on Monday.', '40', null],
    ['The club had the most goals in the league, 64 in 30 games.', '30 games', null],
    ['The museum has the largest number of visitors at 40,000 a week, the city says.', '40,000', 'city'],
    // a noun ending in -est is no superlative
    ['CrowdCount had the protest tally at 1,200 by noon.', '1,200', 'CrowdCount'],
    ['RailData has the harvest train count at 310.', '310', 'RailData'],
  ]);
});

describe('attributions/told-outlet: "X told news agency Y" credits X, through Y', () => {
  table([
    [
      '"About 80 families have been moved to the school," the village head, Ram Prasad, told news agency ANI.',
      '80',
      'Ram Prasad',
    ],
    ['"We counted 300 tents," camp manager Lina Haddad told Reuters.', '300', 'Lina Haddad'],
    ['Some 60 buses were idle, a union official told the newspaper.', '60', 'union official'],
    ['The flood toll stands at 18, the regional health office told Reuters on Friday.', '18', 'regional health office'],
    ['About 40 shops stayed shut, the traders union told Harbour Radio yesterday.', '40', 'traders union'],
  ]);
});

describe('attributions/name-of: a name runs whole across "of", and a statistics office is no table of figures', () => {
  table([
    [
      'Employers added 143,000 jobs last month, the Bureau of Labor Statistics said.',
      '143,000',
      'Bureau of Labor Statistics',
    ],
    ['Hiring rose by 90,000 in May, the Bureau of Labor Statistics reported.', '90,000', 'Bureau of Labor Statistics'],
    ['The Office for National Statistics said 52,000 jobs were lost.', '52,000', 'Office for National Statistics'],
    ['The Ministry of Health of Peru said 41 people died in the floods.', '41', 'Ministry of Health'],
    ['Exports fell 4 percent, the Department of Commerce said.', '4 percent', 'Department of Commerce'],
    ['The latest statistics showed 40 deaths.', '40', null],
  ]);
});

describe('attributions/…/place-unit, participle-noun: places with their unit, warnings', () => {
  table([
    ['Kerala state said 202 people were confirmed dead.', '202', 'Kerala state'],
    ['Sendai city said 88 homes were flooded.', '88', 'Sendai city'],
    ['The agency issued a severe flood warning, its first in a decade, for rises of up to 3 meters.', '3 meters', null],
    ['The bureau put out a storm warning for gusts of up to 140 km/h.', '140', null],
    ['Officials said 40 people died, warning that the toll would rise to 60.', '60', 'Officials'],
  ]);
});

describe('attributions/carried-between: a sentence after a speaker continues that speaker, not the next one', () => {
  table([
    [
      'Prosecutors alleged that no patrols were made from 9 p.m. to 5 a.m. During that time, the guards should ' +
        'have made six rounds. Video showed both guards asleep, according to court documents.',
      'six',
      'Prosecutors',
    ],
    [
      'The dam was built in 1961. The reservoir held 40 million cubic metres, according to the water board.',
      '40 million',
      'water board',
    ],
  ]);
});

describe('attributions/carried-paragraph: a data source runs on through its paragraph of figures', () => {
  table([
    [
      'By noon 2,300 trains had been cancelled, about 6 percent of the timetable, according to RailData.\n\n' +
        'The north had the most with nearly 900, about 11 percent. The east had 400, 8 percent of its services. ' +
        'The west by noon had cancelled 120 trains, less than 2 percent of its timetable.',
      '120',
      'RailData',
    ],
    [
      'The union said the plan was unfair. The strike left 80,000 workers without pay. It was the third walkout. ' +
        'Some 30 depots closed.',
      '30',
      null,
    ],
  ]);
});

/** [text, a phrase of the quote, the speaker] */
const speakers: Array<[string, string, string]> = [
  ['Sheriff Dan Cole spoke after the flood. “Nobody was hurt,” the sheriff said.', 'Nobody was hurt', 'Dan Cole'],
  [
    'Fire Chief Maria Santos briefed the council on Monday.\n\n“We lost two engines.\n\n“We will need new ones,” the chief said.',
    'We lost two engines',
    'Maria Santos',
  ],
  [
    'Coach Pia Lund was blunt about the loss. “We were not ready,” she said. “We will be next week.”',
    'We will be next week',
    'Pia Lund',
  ],
  [
    'Health Minister Omar Farah visited the ward. “The beds are full,” the minister said.',
    'The beds are full',
    'Omar Farah',
  ],
  [
    'Mayor Lina Ortiz spoke at the shelter. “We have food for a week,” Ortiz said.',
    'We have food for a week',
    'Lina Ortiz',
  ],
  [
    '“The river is still rising,” said Tom Reed, the county emergency manager. “Stay away from the banks.”',
    'Stay away from the banks',
    'Tom Reed',
  ],
  [
    'Three towns said they would sue over what Gov. Lena Fox of Ohio called the plan’s “reckless stunt,” and others followed.',
    'reckless stunt',
    'Lena Fox',
  ],
  [
    'Chief Judge Ana Ruiz questioned the lawyers. The judge also asked Mr. Okafor “how many wells were tested?”',
    'how many wells',
    'Ana Ruiz',
  ],
  [
    'Mayor Ray Holt met Nora Diaz, the union leader. Holt asked Diaz “when will the buses run again?”',
    'when will the buses',
    'Ray Holt',
  ],
  [
    '“We lost everything,” one of the farmers, Maria Lopez, said after the vigil. Her brother Tom Lopez died in the ' +
      'fire. “He should never have gone back,” she said.',
    'He should never have gone back',
    'Maria Lopez',
  ],
  [
    'Coach Ivan Petrov named his squad. His captain, Anna Berg, said she was not fit. “I will not risk her,” he said.',
    'I will not risk her',
    'Ivan Petrov',
  ],
  [
    'Mayor Lena Fox took the stage. As she spoke, a crowd of farmers blew horns and chanted, “No farms, no food,” for an hour.',
    'No farms',
    'a crowd of farmers',
  ],
  [
    'Governor Tim Ray arrived at noon. Hundreds of protesters outside the hall were shouting “Resign now” as he spoke.',
    'Resign now',
    'Hundreds of protesters',
  ],
];

describe('quote speakers: titles, pronouns and speakers after a multi-paragraph quote', () => {
  it.each(speakers)('%s', (text, phrase, speaker) => {
    const article = run(text);
    const q = article.quotes.find((x) => x.text.includes(phrase));
    expect(q, `no quote holds “${phrase}”`).toBeDefined();
    expect(q!.speakerName ?? '').toBe(speaker);
  });
});

describe('attributions/name-for: a name runs whole across "for" between capitals, after the cue as before it', () => {
  table([
    [
      'Ten villages were cut off by the floods, the National Agency for Disaster Management said.',
      'Ten',
      'National Agency for Disaster Management',
    ],
    [
      'The outbreak has reached 140 cases, the Centre for Infectious Disease Control said on Monday.',
      '140',
      'Centre for Infectious Disease Control',
    ],
    [
      'Turnout reached 61 percent, the Commission for Electoral Affairs said in a statement.',
      '61 percent',
      'Commission for Electoral Affairs',
    ],
    ['Some 3,000 miners walked out, the Council for Mining Safety said.', '3,000', 'Council for Mining Safety'],
    ['The fund paid 900 claims, the Office for Flood Recovery said.', '900', 'Office for Flood Recovery'],
  ]);
});

describe('attributions/authority-head: an authority named by its place or its field speaks as itself', () => {
  table([
    ['The Lombardy regional authority said 120 farms were flooded.', '120', 'Lombardy regional authority'],
    ['Two ferries were cancelled, the port authority said.', 'Two', 'port authority'],
    ['The river authority said the water rose 3 metres overnight.', '3 metres', 'river authority'],
    ['Forty flights were grounded on Friday, the civil aviation authority said.', 'Forty', 'civil aviation authority'],
  ]);
});

describe('attributions/coordinated-after: two speakers joined by "and" after the content still speak for it', () => {
  table([
    ['Nine trains were cancelled, the rail operator and the transport ministry said.', 'Nine', 'transport ministry'],
    [
      'About 40 schools stayed shut, Harlow Council and the education department said on Friday.',
      '40',
      'education department',
    ],
    ['Some 300 homes lost water, Severn Utilities and the county council said.', '300', 'county council'],
  ]);
});

describe("attributions/according-owner: according to an estimate by X, or to X's report, X speaks", () => {
  table([
    [
      'The flood covered 1,200 hectares of farmland, according to an estimate by the water board.',
      '1,200',
      'water board',
    ],
    ['Some 80 shops were looted, according to an estimate from the chamber of commerce.', '80', 'chamber of commerce'],
    ["Twelve bridges were washed away, according to the ministry's evening report.", 'Twelve', 'ministry'],
    ["Cases rose to 310, according to the health agency's weekly bulletin.", '310', 'health agency'],
    ["Turnout was 58 percent, according to the commission's preliminary figures.", '58 percent', 'commission'],
  ]);
});

describe('attributions/denied-report: who denies reports or claims of a figure is the source of the denied claim', () => {
  table([
    ['The fire service denied opposition claims that only four of its planes had flown.', 'four', 'fire service'],
    ['The ministry denied media reports that 300 patients had been turned away.', '300', 'ministry'],
    ['The airline has dismissed union claims that 40 pilots had quit.', '40', 'airline'],
    ['Police rejected reports that 2,000 people had been detained.', '2,000', 'Police'],
  ]);
});
