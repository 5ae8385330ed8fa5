/**
 * Invented multi-article stories for the end-to-end relations test (src/corpus/invented-stories.test.ts): tolls
 * that rise, counts by place inside a total, increments, a plan and its outcome, a projection, a neighbouring
 * measure with a similar noun, a number about another event and real conflicts. Every name is made up.
 */
import type { RelationType } from '../../src/eval/gold.js';

/** One claim of a story: its article, the words around its number, and the number. */
export type Ref = [file: string, evidence: string, value: number];

export interface Story {
  name: string;
  articles: Array<{ file: string; url: string; text: string }>;
  pairs: Array<[Ref, Ref, RelationType]>;
  /** Pairs known to come out wrong today (the evidence of a, of b), and why: the test holds them to this list. */
  gaps?: Array<[string, string, string]>;
}

const CHOLERA: Story = {
  name: 'a cholera outbreak counted by province',
  articles: [
    {
      file: 'cholera-1.json',
      url: 'https://www.harbourpost.example/world/2025/03/03/cholera-outbreak-marenia',
      text: `Cholera outbreak kills 14 in Marenia

The health ministry of Marenia said on Monday that 14 people had died of cholera and that 320 cases had been recorded since the outbreak began in late February.

Tolva province, where the river has been contaminated by floodwater, reported nine of the deaths.

Some 85 patients were in hospital on Monday, the ministry said.

The outbreak is the worst in Marenia since 2009, when 40 people died of the disease.`,
    },
    {
      file: 'cholera-2.json',
      url: 'https://www.eastwire.example/health/cholera-toll-rises-in-marenia-20250304',
      text: `TOLVA, Marenia, March 4 -- The cholera death toll in Marenia rose to 21 on Tuesday, with 410 cases recorded, the health ministry said.

Tolva province accounted for 13 of the deaths.

Aid agencies warned that the number of cases could reach 2,000 by April if clean water does not reach the camps.`,
    },
    {
      file: 'cholera-3.json',
      url: 'https://www.harbourpost.example/world/2025/03/05/marenia-cholera-deaths',
      text: `Marenia cholera deaths climb as aid arrives

A further six deaths were reported overnight, the health ministry said on Wednesday, bringing the toll to 27.

The first shipment of oral vaccines arrived in the capital.`,
    },
    {
      file: 'cholera-4.json',
      url: 'https://www.valleyradio.example/news/2025/03/05/red-crescent-cholera',
      text: `Red Crescent says cholera toll far higher than official count

The Marenian Red Crescent said on Wednesday that at least 40 people had died of cholera, many of them in villages the ministry's teams have not reached.

Volunteers have set up 12 treatment tents along the river.`,
    },
  ],
  pairs: [
    [
      ['cholera-1.json', '14 people had died of cholera', 14],
      ['cholera-2.json', 'rose to 21 on Tuesday', 21],
      'revision',
    ],
    [
      ['cholera-1.json', 'reported nine of the deaths', 9],
      ['cholera-1.json', '14 people had died of cholera', 14],
      'part',
    ],
    [['cholera-1.json', 'reported nine of the deaths', 9], ['cholera-2.json', 'accounted for 13', 13], 'revision'],
    [['cholera-1.json', '320 cases had been recorded', 320], ['cholera-2.json', 'with 410 cases', 410], 'revision'],
    [
      ['cholera-1.json', '14 people had died of cholera', 14],
      ['cholera-1.json', '320 cases had been recorded', 320],
      'different',
    ],
    [['cholera-1.json', 'Some 85 patients', 85], ['cholera-1.json', '320 cases had been recorded', 320], 'different'],
    [
      ['cholera-1.json', 'when 40 people died', 40],
      ['cholera-1.json', '14 people had died of cholera', 14],
      'different',
    ],
    [['cholera-2.json', 'could reach 2,000', 2000], ['cholera-2.json', 'with 410 cases', 410], 'different'],
    [['cholera-2.json', 'rose to 21 on Tuesday', 21], ['cholera-3.json', 'A further six deaths', 6], 'increment'],
    [['cholera-2.json', 'rose to 21 on Tuesday', 21], ['cholera-3.json', 'bringing the toll to 27', 27], 'revision'],
    [['cholera-3.json', 'bringing the toll to 27', 27], ['cholera-4.json', 'at least 40 people', 40], 'conflict'],
    [['cholera-2.json', 'with 410 cases', 410], ['cholera-4.json', '12 treatment tents', 12], 'different'],
  ],
  gaps: [
    [
      'bringing the toll to 27',
      'at least 40 people',
      'its article names only the demonym (Marenian): a story of its own',
    ],
  ],
};

const PLANT_FIRE: Story = {
  name: 'a chemical plant fire with evacuations by town',
  articles: [
    {
      file: 'fire-1.json',
      url: 'https://www.midlandsledger.example/2025/06/09/korrin-plant-fire',
      text: `Fire at Korrin chemical plant forces evacuations

ALDBURY, June 9 -- A fire at the Korrin Chemicals plant near Aldbury forced 1,200 residents from their homes on Monday, county officials said.

Two workers were killed and 15 others were injured in the blast that started the fire.

In Aldbury itself, 800 people left their homes. Officials planned to move about 3,000 people out of the area by nightfall.`,
    },
    {
      file: 'fire-2.json',
      url: 'https://www.rivercountynews.example/local/korrin-fire-evacuations-grow-20250610',
      text: `Evacuations grow as Korrin fire burns into second day

ALDBURY, June 10 -- Evacuations around the burning Korrin Chemicals plant grew to 4,500 people on Tuesday: 2,600 in Aldbury, 1,100 in Fenwick and 800 in Hale, the county emergency office said.

Six people were taken to hospital with breathing problems.`,
    },
    {
      file: 'fire-3.json',
      url: 'https://www.midlandsledger.example/2025/06/11/korrin-third-worker-dies',
      text: `Third Korrin worker dies

A third worker injured in the Korrin Chemicals blast has died, the company said on Wednesday, raising the death toll to three.

Crews said the fire was contained, and the evacuation order for the 4,500 residents would be lifted on Thursday.`,
    },
  ],
  pairs: [
    [['fire-1.json', 'forced 1,200 residents', 1200], ['fire-2.json', 'grew to 4,500 people', 4500], 'revision'],
    [['fire-1.json', '800 people left their homes', 800], ['fire-2.json', '2,600 in Aldbury', 2600], 'revision'],
    [['fire-2.json', '2,600 in Aldbury', 2600], ['fire-2.json', 'grew to 4,500 people', 4500], 'part'],
    [['fire-2.json', '1,100 in Fenwick', 1100], ['fire-2.json', 'grew to 4,500 people', 4500], 'part'],
    [['fire-2.json', '2,600 in Aldbury', 2600], ['fire-2.json', '1,100 in Fenwick', 1100], 'different'],
    [['fire-1.json', '800 people left their homes', 800], ['fire-2.json', '800 in Hale', 800], 'different'],
    [
      ['fire-1.json', '15 others were injured', 15],
      ['fire-2.json', 'Six people were taken to hospital', 6],
      'different',
    ],
    [['fire-1.json', 'Two workers were killed', 2], ['fire-1.json', '15 others were injured', 15], 'different'],
    [['fire-1.json', 'Two workers were killed', 2], ['fire-3.json', 'raising the death toll to three', 3], 'revision'],
    [['fire-1.json', 'about 3,000 people', 3000], ['fire-2.json', 'grew to 4,500 people', 4500], 'revision'],
    [['fire-2.json', 'grew to 4,500 people', 4500], ['fire-3.json', 'the 4,500 residents', 4500], 'same'],
  ],
  gaps: [
    ['800 people left their homes', '2,600 in Aldbury', "'In Aldbury itself,' gives the claims stage no place"],
    ['800 people left their homes', '800 in Hale', 'the same: the town count reads as the whole'],
    ['about 3,000 people', 'grew to 4,500 people', "'move people out of the area' reads as another verb than evacuate"],
  ],
};

const FERRY: Story = {
  name: 'a ferry sinking with rescued, missing and dead revised over days',
  articles: [
    {
      file: 'ferry-1.json',
      url: 'https://www.islandtimes.example/2025/08/02/pellan-ferry-sinks',
      text: `Ferry sinks off Pellan Island

A ferry carrying 212 passengers and crew sank off Pellan Island on Saturday after being hit by high waves.

Coast guard officials said 150 people had been rescued and nine bodies recovered, while 53 others were missing.`,
    },
    {
      file: 'ferry-2.json',
      url: 'https://www.seaboardherald.example/news/pellan-ferry-search-20250803',
      text: `PELLAN, Aug. 3 -- Rescuers pulled 12 more survivors from the sea overnight, raising the number rescued to 162, the coast guard said on Sunday.

The death toll climbed to 17, and 33 people remained missing.`,
    },
    {
      file: 'ferry-3.json',
      url: 'https://www.islandtimes.example/2025/08/04/pellan-ferry-toll-rises',
      text: `Pellan ferry toll rises to 26

The death toll from the sinking of the ferry rose to 26 on Monday, and 24 people were still missing, the coast guard said.

It was the country's worst maritime disaster since 1998, when a ferry capsized in a storm, killing 300 people.`,
    },
  ],
  pairs: [
    [
      ['ferry-1.json', '150 people had been rescued', 150],
      ['ferry-2.json', 'raising the number rescued to 162', 162],
      'revision',
    ],
    [['ferry-1.json', '150 people had been rescued', 150], ['ferry-2.json', '12 more survivors', 12], 'increment'],
    [['ferry-1.json', 'nine bodies recovered', 9], ['ferry-2.json', 'The death toll climbed to 17', 17], 'revision'],
    [['ferry-2.json', 'The death toll climbed to 17', 17], ['ferry-3.json', 'rose to 26 on Monday', 26], 'revision'],
    [['ferry-1.json', '53 others were missing', 53], ['ferry-2.json', '33 people remained missing', 33], 'revision'],
    [
      ['ferry-2.json', '33 people remained missing', 33],
      ['ferry-3.json', '24 people were still missing', 24],
      'revision',
    ],
    [['ferry-1.json', 'nine bodies recovered', 9], ['ferry-1.json', '53 others were missing', 53], 'different'],
    [
      ['ferry-2.json', 'raising the number rescued to 162', 162],
      ['ferry-2.json', 'The death toll climbed to 17', 17],
      'different',
    ],
    [['ferry-3.json', 'killing 300 people', 300], ['ferry-3.json', 'rose to 26 on Monday', 26], 'different'],
    [['ferry-1.json', 'carrying 212 passengers', 212], ['ferry-1.json', '53 others were missing', 53], 'different'],
  ],
};

const STRIKE: Story = {
  name: 'a teachers strike with union and ministry counts',
  articles: [
    {
      file: 'strike-1.json',
      url: 'https://www.northlanddaily.example/2025/10/14/teachers-strike-norland',
      text: `Teachers walk out across Norland

Teachers across Norland walked out on Tuesday in a dispute over pay. The National Teachers Union said 85 percent of its members joined the strike, while the education ministry put the figure at 40 percent.

About 6,000 schools were closed, the union said.`,
    },
    {
      file: 'strike-2.json',
      url: 'https://www.capitalobserver.example/politics/teachers-march-20251015',
      text: `Norland teachers march on parliament

On Wednesday some 90,000 teachers and supporters marched to parliament, according to the organisers. Police put the crowd at 35,000.

The union wants a 12 percent pay rise; the government has offered 4 percent.`,
    },
    {
      file: 'strike-3.json',
      url: 'https://www.northlanddaily.example/2025/10/16/schools-reopen-strike',
      text: `Schools reopen as strike loses steam

The education ministry said 2,300 schools were still closed on Thursday, the third day of the strike. The union has called another day of action next week.`,
    },
  ],
  pairs: [
    [['strike-1.json', '85 percent of its members', 85], ['strike-1.json', 'at 40 percent', 40], 'conflict'],
    [['strike-2.json', 'some 90,000 teachers', 90000], ['strike-2.json', 'at 35,000', 35000], 'conflict'],
    [
      ['strike-1.json', 'About 6,000 schools', 6000],
      ['strike-3.json', '2,300 schools were still closed', 2300],
      'revision',
    ],
    [['strike-2.json', 'some 90,000 teachers', 90000], ['strike-1.json', '85 percent of its members', 85], 'different'],
    [['strike-2.json', 'a 12 percent pay rise', 12], ['strike-2.json', 'offered 4 percent', 4], 'different'],
    [['strike-2.json', 'a 12 percent pay rise', 12], ['strike-1.json', 'at 40 percent', 40], 'different'],
  ],
  gaps: [
    ['85 percent of its members', 'at 40 percent', "the ministry's figure is attributed to the union (one source)"],
    ['About 6,000 schools', '2,300 schools were still closed', 'the third article names nothing the others do'],
    ['a 12 percent pay rise', 'offered 4 percent', 'a demand and an offer: no verb read for either'],
  ],
};

const TORNADO: Story = {
  name: 'a tornado: homes destroyed and damaged, deaths by county',
  articles: [
    {
      file: 'tornado-1.json',
      url: 'https://www.plainsgazette.example/2025/04/21/brennan-tornado',
      text: `Tornado kills four in Brennan County

A tornado tore through Brennan County late Sunday, destroying 140 homes and damaging about 600 others, emergency officials said on Monday.

Four people were killed.`,
    },
    {
      file: 'tornado-2.json',
      url: 'https://www.statewire.example/weather/brennan-tornado-damage-survey-20250422',
      text: `Damage survey finds 210 homes destroyed

Damage surveys found 210 homes destroyed and 950 damaged, the county said on Tuesday.

The death toll rose to six, including two people in neighbouring Carver County.`,
    },
    {
      file: 'tornado-3.json',
      url: 'https://www.plainsgazette.example/2025/04/23/governor-visits-brennan',
      text: `Governor visits tornado zone

Governor Edith Marsh said on Wednesday that six people had died and 40 had been injured. She asked for federal aid of $25 million.`,
    },
  ],
  pairs: [
    [['tornado-1.json', 'destroying 140 homes', 140], ['tornado-2.json', '210 homes destroyed', 210], 'revision'],
    [['tornado-1.json', 'damaging about 600 others', 600], ['tornado-2.json', '950 damaged', 950], 'revision'],
    [
      ['tornado-1.json', 'destroying 140 homes', 140],
      ['tornado-1.json', 'damaging about 600 others', 600],
      'different',
    ],
    [['tornado-2.json', '210 homes destroyed', 210], ['tornado-2.json', '950 damaged', 950], 'different'],
    [['tornado-1.json', 'Four people were killed', 4], ['tornado-2.json', 'The death toll rose to six', 6], 'revision'],
    [
      ['tornado-2.json', 'two people in neighbouring Carver County', 2],
      ['tornado-2.json', 'The death toll rose to six', 6],
      'part',
    ],
    [['tornado-2.json', 'The death toll rose to six', 6], ['tornado-3.json', 'six people had died', 6], 'same'],
    [['tornado-3.json', 'six people had died', 6], ['tornado-3.json', '40 had been injured', 40], 'different'],
  ],
  gaps: [
    ['destroying 140 homes', '210 homes destroyed', 'the three articles share no name: three stories'],
    ['damaging about 600 others', '950 damaged', 'the same'],
    ['Four people were killed', 'The death toll rose to six', 'the same'],
    ['The death toll rose to six', 'six people had died', 'the same'],
  ],
};

const WILDFIRE: Story = {
  name: 'a wildfire: acres, containment, structures and evacuations by county',
  articles: [
    {
      file: 'wildfire-1.json',
      url: 'https://www.sierraledger.example/2025/07/14/ridgeback-fire-grows',
      text: `Ridgeback Fire grows to 12,000 acres near Larkspur

The Ridgeback Fire in the hills above Larkspur grew to 12,000 acres on Monday and was 5 percent contained, the Tamsen State Forestry Department said.

About 3,500 residents of Larkspur and the neighbouring town of Corwin were ordered to leave. The fire has destroyed 36 structures and damaged 14 more, according to Tamsen State Forestry Department damage inspectors.

Two firefighters suffered minor injuries.

The blaze is the largest in Orrin County since the Quarry Fire of 2018, which burned 48,000 acres.`,
    },
    {
      file: 'wildfire-2.json',
      url: 'https://www.valleybeacon.example/news/ridgeback-fire-larkspur-evacuations-20250715',
      text: `LARKSPUR, Tamsen, July 15 -- The Ridgeback Fire had burned 19,500 acres by Tuesday morning and containment stood at 12 percent, Tamsen State Forestry Department officials said.

Evacuation orders now cover 6,800 residents in Orrin County: 4,100 in Larkspur and 2,700 in Corwin.

Fire officials said 61 structures had been destroyed. More than 1,400 firefighters were assigned to the blaze, and forecasters warned that winds could push it to 30,000 acres by the weekend.`,
    },
    {
      file: 'wildfire-3.json',
      url: 'https://www.sierraledger.example/2025/07/16/ridgeback-fire-containment',
      text: `Crews gain ground on Ridgeback Fire as Larkspur residents wait

The Ridgeback Fire near Larkspur stood at 21,000 acres on Wednesday, according to the Tamsen State Forestry Department, while the Orrin County sheriff's office put the burned area at 26,000 acres.

Containment rose to 30 percent. An additional 300 firefighters arrived from neighbouring states.

Larkspur's mayor, Dana Whitcombe, said residents of Corwin could return home on Thursday.`,
    },
  ],
  pairs: [
    [
      ['wildfire-1.json', 'grew to 12,000 acres', 12000],
      ['wildfire-2.json', 'had burned 19,500 acres', 19500],
      'revision',
    ],
    [
      ['wildfire-2.json', 'had burned 19,500 acres', 19500],
      ['wildfire-3.json', 'stood at 21,000 acres', 21000],
      'revision',
    ],
    [['wildfire-3.json', 'stood at 21,000 acres', 21000], ['wildfire-3.json', 'at 26,000 acres', 26000], 'conflict'],
    [
      ['wildfire-1.json', 'which burned 48,000 acres', 48000],
      ['wildfire-1.json', 'grew to 12,000 acres', 12000],
      'different',
    ],
    [
      ['wildfire-2.json', 'could push it to 30,000 acres', 30000],
      ['wildfire-2.json', 'had burned 19,500 acres', 19500],
      'different',
    ],
    [
      ['wildfire-1.json', 'was 5 percent contained', 5],
      ['wildfire-2.json', 'containment stood at 12 percent', 12],
      'revision',
    ],
    [
      ['wildfire-2.json', 'containment stood at 12 percent', 12],
      ['wildfire-3.json', 'Containment rose to 30 percent', 30],
      'revision',
    ],
    [
      ['wildfire-1.json', 'has destroyed 36 structures', 36],
      ['wildfire-2.json', '61 structures had been destroyed', 61],
      'revision',
    ],
    [['wildfire-1.json', 'has destroyed 36 structures', 36], ['wildfire-1.json', 'damaged 14 more', 14], 'different'],
    [
      ['wildfire-1.json', 'About 3,500 residents', 3500],
      ['wildfire-2.json', 'cover 6,800 residents', 6800],
      'revision',
    ],
    [['wildfire-2.json', '4,100 in Larkspur', 4100], ['wildfire-2.json', 'cover 6,800 residents', 6800], 'part'],
    [['wildfire-2.json', '4,100 in Larkspur', 4100], ['wildfire-2.json', '2,700 in Corwin', 2700], 'different'],
    [
      ['wildfire-2.json', 'More than 1,400 firefighters', 1400],
      ['wildfire-3.json', 'An additional 300 firefighters', 300],
      'increment',
    ],
    [
      ['wildfire-1.json', 'Two firefighters suffered minor injuries', 2],
      ['wildfire-2.json', 'More than 1,400 firefighters', 1400],
      'different',
    ],
  ],
  gaps: [
    ['which burned 48,000 acres', 'grew to 12,000 acres', "a past year's acres stay in the figure, typed different"],
    ['About 3,500 residents', 'cover 6,800 residents', 'places read as actor and target split the evacuation'],
    ['4,100 in Larkspur', 'cover 6,800 residents', 'the same'],
    [
      'More than 1,400 firefighters',
      'An additional 300 firefighters',
      "an increment adds only to its own source's base",
    ],
  ],
};

const MINE: Story = {
  name: 'a mine collapse: trapped, rescued and dead over days, a union against the company',
  articles: [
    {
      file: 'mine-1.json',
      url: 'https://www.coalfieldnews.example/2025/11/03/brask-mine-collapse',
      text: `Dozens trapped after collapse at Brask colliery

A tunnel collapsed at the Brask colliery in Velmar province on Monday, trapping 31 miners about 400 metres underground, the operator Hallow Mining said.

Rescue teams from Velmar and the neighbouring province of Osk reached a ventilation shaft by nightfall. Hallow Mining said 18 miners had been brought to the surface and that four were killed.

The accident is the deadliest in Velmar since 2011, when 29 miners died in a gas explosion at the nearby Tarn pit.`,
    },
    {
      file: 'mine-2.json',
      url: 'https://www.eastminer.example/velmar/brask-colliery-rescue-20251104',
      text: `VELMAR, Nov. 4 -- Rescuers at the Brask colliery brought three more miners out alive overnight, Hallow Mining said on Tuesday, raising the number rescued to 21.

The death toll rose to six, and Hallow Mining said four miners remained trapped. The Velmar Miners Union, however, said 9 miners were still underground.

Among the dead were two contractors from Osk.`,
    },
    {
      file: 'mine-3.json',
      url: 'https://www.coalfieldnews.example/2025/11/05/brask-colliery-last-miners',
      text: `Last miners reached at Brask colliery

The last four miners trapped at the Brask colliery in Velmar were found dead on Wednesday, Hallow Mining said, bringing the death toll from Monday's collapse to 10.

The Velmar Miners Union called for the colliery, which employs 1,200 people, to stay closed until an inquiry reports.`,
    },
  ],
  pairs: [
    [
      ['mine-1.json', 'trapping 31 miners', 31],
      ['mine-1.json', '18 miners had been brought to the surface', 18],
      'different',
    ],
    [
      ['mine-1.json', '18 miners had been brought to the surface', 18],
      ['mine-2.json', 'raising the number rescued to 21', 21],
      'revision',
    ],
    [
      ['mine-1.json', '18 miners had been brought to the surface', 18],
      ['mine-2.json', 'three more miners', 3],
      'increment',
    ],
    [['mine-1.json', 'four were killed', 4], ['mine-2.json', 'The death toll rose to six', 6], 'revision'],
    [['mine-2.json', 'The death toll rose to six', 6], ['mine-3.json', 'bringing the death toll', 10], 'revision'],
    [
      ['mine-2.json', 'four miners remained trapped', 4],
      ['mine-2.json', '9 miners were still underground', 9],
      'conflict',
    ],
    [['mine-2.json', 'two contractors from Osk', 2], ['mine-2.json', 'The death toll rose to six', 6], 'part'],
    [['mine-1.json', 'when 29 miners died', 29], ['mine-1.json', 'four were killed', 4], 'different'],
    [['mine-3.json', 'employs 1,200 people', 1200], ['mine-3.json', 'bringing the death toll', 10], 'different'],
    [['mine-2.json', 'four miners remained trapped', 4], ['mine-2.json', 'The death toll rose to six', 6], 'different'],
  ],
  gaps: [
    [
      '18 miners had been brought to the surface',
      'raising the number rescued to 21',
      "'killed' later in its sentence is read as its verb",
    ],
    ['18 miners had been brought to the surface', 'three more miners', 'the same'],
    ['two contractors from Osk', 'The death toll rose to six', 'contractors are no known group among the dead'],
  ],
};

const ELECTION: Story = {
  name: 'an election: turnout by region, seats, a projection and a past vote',
  articles: [
    {
      file: 'vote-1.json',
      url: 'https://www.harwickherald.example/2025/05/18/harwick-election-turnout',
      text: `Harwick votes in snap parliamentary election

Turnout in Harwick's snap parliamentary election reached 41 percent by 3 p.m. on Sunday, the Central Election Board said, compared with 64 percent at the close of the 2021 vote.

In the capital, Selby, turnout stood at 46 percent. Board chairman Ilan Voss said final turnout could exceed 70 percent.

About 4.2 million people are eligible to vote for the 150 seats in parliament.`,
    },
    {
      file: 'vote-2.json',
      url: 'https://www.northernwire.example/politics/harwick-election-results-20250519',
      text: `SELBY, Harwick, May 19 -- Final turnout in Sunday's Harwick election was 67 percent, the Central Election Board said on Monday, with 2.8 million ballots cast.

The Harwick Unity Party won 71 seats, short of the 76 needed for a majority, while the Farmers' League took 38. In Selby, turnout was 72 percent.

The opposition said it had recorded 340 complaints of irregularities at polling stations.`,
    },
    {
      file: 'vote-3.json',
      url: 'https://www.harwickherald.example/2025/05/20/harwick-unity-coalition-talks',
      text: `Harwick Unity Party opens coalition talks

The Harwick Unity Party, which won 71 of the 150 seats in Sunday's election, began coalition talks with the Farmers' League on Tuesday, party leader Mara Quell said.

The Central Election Board revised final turnout to 66 percent after recounts in two districts.`,
    },
  ],
  pairs: [
    [['vote-1.json', 'reached 41 percent by 3 p.m.', 41], ['vote-2.json', 'Final turnout', 67], 'revision'],
    [['vote-1.json', 'compared with 64 percent', 64], ['vote-1.json', 'reached 41 percent by 3 p.m.', 41], 'different'],
    [
      ['vote-1.json', 'turnout stood at 46 percent', 46],
      ['vote-2.json', 'In Selby, turnout was 72 percent', 72],
      'revision',
    ],
    [['vote-1.json', 'could exceed 70 percent', 70], ['vote-2.json', 'Final turnout', 67], 'different'],
    [['vote-2.json', 'Final turnout', 67], ['vote-3.json', 'revised final turnout to 66 percent', 66], 'revision'],
    [['vote-2.json', 'won 71 seats', 71], ['vote-3.json', 'won 71 of the 150 seats', 71], 'same'],
    [['vote-2.json', 'won 71 seats', 71], ['vote-2.json', 'took 38', 38], 'different'],
    [['vote-2.json', 'won 71 seats', 71], ['vote-2.json', 'the 76 needed for a majority', 76], 'different'],
    [
      ['vote-1.json', 'About 4.2 million people', 4200000],
      ['vote-2.json', '2.8 million ballots cast', 2800000],
      'different',
    ],
    [['vote-2.json', '340 complaints', 340], ['vote-2.json', 'won 71 seats', 71], 'different'],
  ],
  gaps: [
    [
      'turnout stood at 46 percent',
      'In Selby, turnout was 72 percent',
      "an appositive place ('the capital, Selby') is not read",
    ],
    ['won 71 seats', 'the 76 needed for a majority', 'the same'],
  ],
};

const RALLY: Story = {
  name: 'a pension rally: police and organisers estimate the crowd, the organisers revise theirs',
  articles: [
    {
      file: 'rally-1.json',
      url: 'https://www.riverbendgazette.example/2026/05/09/pension-rally-dornholm',
      text: `Pensioners rally in Dornholm

Police said about 8,000 people gathered on Saturday afternoon to protest against cuts to the state pension. The Silver Alliance, which organised the rally, put the figure at 25,000, and said 60 coaches had arrived from across the region.

Officers made four arrests. Of the four people arrested, three were held overnight, a police spokesman said.`,
    },
    {
      file: 'rally-2.json',
      url: 'https://www.coastaltimes.example/news/2026/05/10/silver-alliance-crowd',
      text: `Rally organisers raise their crowd estimate

Police estimated the crowd at its peak at about 8,000. On Sunday the Silver Alliance revised its own estimate up to 30,000 from the 25,000 it had given on Saturday, citing ticket sales it said it had bought records of.`,
    },
  ],
  pairs: [
    [
      ['rally-1.json', 'about 8,000 people gathered', 8000],
      ['rally-1.json', 'put the figure at 25,000', 25000],
      'conflict',
    ],
    [
      ['rally-2.json', 'at its peak at about 8,000', 8000],
      ['rally-2.json', 'estimate up to 30,000', 30000],
      'conflict',
    ],
    [['rally-1.json', 'put the figure at 25,000', 25000], ['rally-2.json', 'estimate up to 30,000', 30000], 'revision'],
    [['rally-1.json', 'put the figure at 25,000', 25000], ['rally-1.json', '60 coaches had arrived', 60], 'different'],
    [['rally-1.json', 'about 8,000 people gathered', 8000], ['rally-1.json', 'made four arrests', 4], 'different'],
    [['rally-1.json', 'three were held overnight', 3], ['rally-1.json', 'made four arrests', 4], 'part'],
  ],
};

const FLU: Story = {
  name: 'a flu outbreak at a care home: county and hospital count hospital stays apart from cases',
  articles: [
    {
      file: 'flu-1.json',
      url: 'https://www.lakeshoreherald.example/health/2026/02/03/brenwick-flu-outbreak',
      text: `Flu outbreak at Brenwick care home

An influenza outbreak at a care home in Brenwick has reached 37 cases, the county health office said on Tuesday. County officials said six residents had been hospitalized since the outbreak began. But St Aldric Hospital said 11 patients from the home had been admitted there.`,
    },
    {
      file: 'flu-2.json',
      url: 'https://www.valleypost.example/news/2026/02/05/brenwick-flu-hospital',
      text: `Brenwick flu count rises

The county health office said on Thursday that the Brenwick outbreak had grown to 52 cases and raised its count of residents who have been hospitalized to 10.`,
    },
  ],
  pairs: [
    [
      ['flu-1.json', 'six residents had been hospitalized', 6],
      ['flu-1.json', '11 patients from the home', 11],
      'conflict',
    ],
    [['flu-1.json', 'six residents had been hospitalized', 6], ['flu-2.json', 'hospitalized to 10', 10], 'revision'],
    [['flu-1.json', 'reached 37 cases', 37], ['flu-2.json', 'grown to 52 cases', 52], 'revision'],
    [['flu-1.json', 'reached 37 cases', 37], ['flu-1.json', 'six residents had been hospitalized', 6], 'different'],
  ],
};

const LANDSLIDE: Story = {
  name: 'a landslide: rivals in one article, increments onto a bounded base and onto a restated base',
  articles: [
    {
      file: 'landslide-1.json',
      url: 'https://www.highlandcourier.example/2025/11/03/korvel-landslide',
      text: `Landslide buries homes in Sarnau

KORVEL, Nov. 3 -- At least 16 people were killed when a hillside collapsed onto the village of Sarnau in the Korvel valley on Sunday night, police said on Monday.

Some 240 soldiers were digging through the mud with shovels and two excavators, army spokesman Colonel Idris Vantho said.`,
    },
    {
      file: 'landslide-2.json',
      url: 'https://www.plainsgazette.example/news/korvel-landslide-toll-20251105',
      text: `KORVEL, Nov. 5 -- Rescue teams worked through the night in the Korvel valley.

The death toll from the Sarnau landslide has risen to 21 after rescuers recovered another five bodies, the regional governor told reporters on Tuesday evening.

The provincial disaster agency, however, put the toll at 27 in a statement, saying it had counted six people who died in a second slide near the quarry.

Another 90 soldiers joined the 240 troops already at the site on Tuesday morning.`,
    },
  ],
  pairs: [
    [
      ['landslide-1.json', 'At least 16 people were killed', 16],
      ['landslide-2.json', 'another five bodies', 5],
      'increment',
    ],
    [['landslide-2.json', 'has risen to 21', 21], ['landslide-2.json', 'put the toll at 27', 27], 'conflict'],
    [['landslide-1.json', 'Some 240 soldiers', 240], ['landslide-2.json', 'Another 90 soldiers', 90], 'increment'],
  ],
};

/** Two holders' counts of one measure in one sentence: each candidate's votes are that candidate's figure. */
const MAYOR: Story = {
  name: "a mayoral count: two candidates' votes revised, a third's, a margin",
  articles: [
    {
      file: 'mayor-1.json',
      url: 'https://www.lakeshorecourier.example/2025/10/06/brennick-mayor-count',
      text: `Brennick mayoral race too close to call

Ines Talbot had 48,210 votes, or 49.1 percent, against 47,650, or 48.5 percent, for Oskar Virtanen, the city election office said on Monday with most precincts counted.

Hana Melk of the Harbour List was third with 2,315 votes.`,
    },
    {
      file: 'mayor-2.json',
      url: 'https://www.brennickdaily.example/politics/brennick-final-count-20251007',
      text: `BRENNICK, Oct 7 -- The final count gave Ines Talbot 51,904 votes and Oskar Virtanen 51,377, the city election office said on Tuesday.

Hana Melk, who came third with 2,402 votes, has not endorsed either candidate.`,
    },
  ],
  pairs: [
    [['mayor-1.json', 'had 48,210 votes', 48210], ['mayor-1.json', 'for Oskar Virtanen', 47650], 'different'],
    [['mayor-1.json', 'had 48,210 votes', 48210], ['mayor-2.json', 'gave Ines Talbot 51,904 votes', 51904], 'revision'],
    [['mayor-1.json', 'for Oskar Virtanen', 47650], ['mayor-2.json', 'Oskar Virtanen 51,377', 51377], 'revision'],
    [
      ['mayor-2.json', 'gave Ines Talbot 51,904 votes', 51904],
      ['mayor-2.json', 'Oskar Virtanen 51,377', 51377],
      'different',
    ],
    [
      ['mayor-1.json', 'was third with 2,315 votes', 2315],
      ['mayor-2.json', 'came third with 2,402 votes', 2402],
      'revision',
    ],
    [['mayor-1.json', 'was third with 2,315 votes', 2315], ['mayor-1.json', 'had 48,210 votes', 48210], 'different'],
  ],
};

/** The invented stories, all read into one store. */
export const INVENTED_STORIES: Story[] = [
  CHOLERA,
  PLANT_FIRE,
  FERRY,
  STRIKE,
  TORNADO,
  WILDFIRE,
  MINE,
  ELECTION,
  RALLY,
  FLU,
  LANDSLIDE,
  MAYOR,
];
