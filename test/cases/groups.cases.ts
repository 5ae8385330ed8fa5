/**
 * Invented multi-article piles for the figure-grouping test (src/corpus/invented-groups.test.ts): each pile holds
 * one construction that grouping got wrong (a sum and its conversion into another currency, a place's count added
 * to the whole, ...), with the pairs that decide it. Every name is made up.
 */
import type { Story } from './stories.cases.js';

/** figures/conversion-joins-sum: a sum and the same sum in another currency, side by side, are one figure. */
const ART_THEFT: Story = {
  name: 'an art theft: a value and a reward, each with its conversion',
  articles: [
    {
      file: 'theft-1.json',
      url: 'https://www.nordpost.example/culture/2025/02/10/halvik-museum-theft',
      text: `Thieves take three paintings from Halvik museum

Thieves broke into the Halvik Art Museum on Sunday night and took three paintings valued at 310 million kronor, or roughly $29 million, the museum said on Monday.

The museum's insurer offered a reward of 2.5 million kronor (about $235,000) for information leading to their return.

Police said 14 officers were working on the case.`,
    },
    {
      file: 'theft-2.json',
      url: 'https://www.baltwire.example/arts/2025/02/11/halvik-paintings-reward',
      text: `Insurer doubles reward for stolen Halvik paintings

The insurer of the Halvik Art Museum on Tuesday raised its reward to 5 million kronor, worth about $470,000, for the return of three paintings stolen on Sunday.

The works are valued at $29 million, the museum said.`,
    },
  ],
  pairs: [
    [['theft-1.json', '310 million kronor', 310000000], ['theft-1.json', 'or roughly $29 million', 29000000], 'same'],
    [['theft-1.json', 'a reward of 2.5 million kronor', 2500000], ['theft-1.json', 'about $235,000', 235000], 'same'],
    [
      ['theft-2.json', 'worth about $470,000', 470000],
      ['theft-2.json', 'its reward to 5 million kronor', 5000000],
      'same',
    ],
    [['theft-1.json', 'about $235,000', 235000], ['theft-2.json', 'worth about $470,000', 470000], 'revision'],
    [['theft-1.json', 'or roughly $29 million', 29000000], ['theft-2.json', 'valued at $29 million', 29000000], 'same'],
    [['theft-1.json', 'about $235,000', 235000], ['theft-1.json', 'or roughly $29 million', 29000000], 'different'],
  ],
};

/** scope/list-row: a list of counts by district, each row a part of the total beside it, not a later total. */
const FLOOD_LIST: Story = {
  name: 'a flood: the displaced listed by district under a total',
  articles: [
    {
      file: 'flood-1.json',
      url: 'https://www.riverpost.example/news/2025/05/12/merrow-floods-displaced',
      text: `Floods drive thousands from homes in Merrow valley

Floodwater from the Merrow river has forced about 5,200 people from their homes in the Osten and Harl districts, the regional emergency office said on Monday.

Two people drowned when their car was swept off a bridge near Tallin Ford.`,
    },
    {
      file: 'flood-2.json',
      url: 'https://www.valleywire.example/2025/05/14/merrow-floods-update',
      text: `Merrow floods: displaced rise to 8,900

The number of people displaced by the floods has risen to 8,900, the regional emergency office said on Wednesday.

The office gave these figures by district:

Osten district — 4,700
Harl district — 3,100
Brisk district — 1,100

Schools in the valley will stay closed until Monday.`,
    },
  ],
  pairs: [
    [['flood-1.json', 'about 5,200 people', 5200], ['flood-2.json', 'has risen to 8,900', 8900], 'revision'],
    [['flood-2.json', 'Osten district — 4,700', 4700], ['flood-2.json', 'has risen to 8,900', 8900], 'part'],
    [['flood-2.json', 'Harl district — 3,100', 3100], ['flood-2.json', 'has risen to 8,900', 8900], 'part'],
    [['flood-2.json', 'Brisk district — 1,100', 1100], ['flood-1.json', 'about 5,200 people', 5200], 'part'],
  ],
};

/** corpus/state-after-toll, verbless: "the toll rose to 23, with 14 people still missing" counts two figures. */
const MUDSLIDE: Story = {
  name: 'a mudslide: the toll and the missing in one sentence, day after day',
  articles: [
    {
      file: 'mudslide-1.json',
      url: 'https://www.andespost.example/news/2025/03/03/quilca-mudslide',
      text: `Mudslide buries homes in Quilca

The death toll from a mudslide that buried part of the mountain town of Quilca rose to 11 on Monday, with 30 people still missing, the civil defence agency said.

Rescuers were digging through mud up to four metres deep.`,
    },
    {
      file: 'mudslide-2.json',
      url: 'https://www.sierrawire.example/2025/03/05/quilca-toll',
      text: `Quilca mudslide toll climbs

The toll from the Quilca mudslide stands at 19, with 22 residents unaccounted for, the civil defence agency said on Wednesday.

The government declared three days of mourning.`,
    },
  ],
  pairs: [
    [['mudslide-1.json', 'rose to 11 on Monday', 11], ['mudslide-2.json', 'stands at 19', 19], 'revision'],
    [['mudslide-1.json', 'with 30 people still missing', 30], ['mudslide-2.json', 'with 22 residents', 22], 'revision'],
    [
      ['mudslide-1.json', 'rose to 11 on Monday', 11],
      ['mudslide-1.json', 'with 30 people still missing', 30],
      'different',
    ],
    [['mudslide-2.json', 'stands at 19', 19], ['mudslide-2.json', 'with 22 residents', 22], 'different'],
  ],
};

/** figures/customers-are-people: a leak's customers and the people whose data it exposed are one count. */
const DATA_LEAK: Story = {
  name: 'a data leak: customers one day, people the next',
  articles: [
    {
      file: 'leak-1.json',
      url: 'https://www.techledger.example/security/2025/06/02/corvane-mobile-leak',
      text: `Corvane Mobile says hackers took details of 480,000 customers

Corvane Mobile, a mobile phone operator, said on Monday that hackers had taken names, addresses and passport numbers belonging to 480,000 customers.

The company employs 3,100 people.`,
    },
    {
      file: 'leak-2.json',
      url: 'https://www.dailybyte.example/2025/06/04/corvane-leak-grows',
      text: `Corvane leak larger than first thought

The number of people whose details were taken from Corvane Mobile has risen to 730,000, the company said on Wednesday.`,
    },
  ],
  pairs: [
    [
      ['leak-1.json', 'belonging to 480,000 customers', 480000],
      ['leak-2.json', 'has risen to 730,000', 730000],
      'revision',
    ],
    [['leak-1.json', 'employs 3,100 people', 3100], ['leak-2.json', 'has risen to 730,000', 730000], 'different'],
  ],
  gaps: [
    [
      'employs 3,100 people',
      'has risen to 730,000',
      'figures/verbless-joins-only-action: a count with no verb of its own joins the one verb of its measure (employ)',
    ],
  ],
};

/** figures/person-only-act: a verb only people undergo counts people, whichever noun names them. */
const BREAKOUT: Story = {
  name: 'a breakout: detainees, escapees and men on the run; guards and staff held hostage',
  articles: [
    {
      file: 'breakout-1.json',
      url: 'https://www.harbourtimes.example/news/2025/09/14/vennmoor-camp-breakout',
      text: `Dozens break out of Vennmoor detention camp

About 40 migrants escaped from the Vennmoor immigration camp on Sunday after a fire in the laundry block, the border agency said.

Five guards were taken hostage in the canteen for several hours, the agency said.

Police recaptured nine fugitives by nightfall.`,
    },
    {
      file: 'breakout-2.json',
      url: 'https://www.northwire.example/2025/09/15/vennmoor-escapees-count-rises',
      text: `Vennmoor breakout: agency raises count

The border agency on Monday raised its count of escapees to 52.

The staff union said eight of its members had been held hostage in the canteen.

That leaves 30 men on the run, police said.

Police said 22 migrants had been recaptured by Monday evening.`,
    },
  ],
  pairs: [
    [
      ['breakout-1.json', 'About 40 migrants escaped', 40],
      ['breakout-2.json', 'raised its count of escapees to 52', 52],
      'revision',
    ],
    [
      ['breakout-2.json', 'raised its count of escapees to 52', 52],
      ['breakout-2.json', 'That leaves 30 men on the run', 30],
      'different',
    ],
    [
      ['breakout-1.json', 'Five guards were taken hostage', 5],
      ['breakout-2.json', 'eight of its members had been held hostage', 8],
      'conflict',
    ],
    [
      ['breakout-1.json', 'About 40 migrants escaped', 40],
      ['breakout-1.json', 'Five guards were taken hostage', 5],
      'different',
    ],
    [
      ['breakout-1.json', 'Police recaptured nine fugitives by nightfall', 9],
      ['breakout-2.json', '22 migrants had been recaptured by Monday evening', 22],
      'revision',
    ],
  ],
  gaps: [
    [
      'Five guards were taken hostage',
      'eight of its members had been held hostage',
      'relations/later-day: a count stated a day later about the same moment reads as a revision, not a conflict',
    ],
  ],
};

/** figures/since-past-year-apart: a count over the years since a past one is not this event's count. */
const AVALANCHE: Story = {
  name: 'an avalanche: the dead of this event beside the dead since a past year; a hut capacity and its guests',
  articles: [
    {
      file: 'avalanche-1.json',
      url: 'https://www.alpenpost.example/news/2026/01/18/karst-ridge-avalanche',
      text: `Avalanche on Karst Ridge kills nine

At least nine hikers were killed when an avalanche swept across the Karst Ridge trail on Saturday, mountain rescue said.

More than 310 hikers have died in the range since 2012, according to the alpine club.

The Felsen hut, built for 80 guests, was sheltering about 140 when the snow hit.`,
    },
    {
      file: 'avalanche-2.json',
      url: 'https://www.valleywire.example/2026/01/19/karst-ridge-toll-rises',
      text: `Karst Ridge avalanche toll rises to 11

Two more hikers were found dead on Sunday, bringing the number of hikers killed in the avalanche to 11, mountain rescue said.

The Felsen hut had been sheltering about 140 guests, its warden said.`,
    },
  ],
  pairs: [
    [
      ['avalanche-1.json', 'At least nine hikers were killed', 9],
      ['avalanche-2.json', 'the number of hikers killed in the avalanche to 11', 11],
      'revision',
    ],
    [
      ['avalanche-1.json', 'At least nine hikers were killed', 9],
      ['avalanche-1.json', 'More than 310 hikers have died in the range since 2012', 310],
      'different',
    ],
    [
      ['avalanche-1.json', 'built for 80 guests', 80],
      ['avalanche-1.json', 'was sheltering about 140', 140],
      'different',
    ],
    [
      ['avalanche-1.json', 'was sheltering about 140', 140],
      ['avalanche-2.json', 'had been sheltering about 140 guests', 140],
      'same',
    ],
  ],
};

/**
 * claims/open-action: a count whose verb is no listed action (trapped) is one figure in every form of that verb;
 * relations/dispute-cue: "disputed the figure, saying only N" is the speaker's own count against another's.
 */
const QUARRY: Story = {
  name: 'a quarry collapse: trapped miners counted by three sources over three days',
  articles: [
    {
      file: 'quarry-1.json',
      url: 'https://www.minepost.example/news/2025/09/08/valdor-quarry-collapse',
      text: `Miners trapped after Valdor quarry collapse

A tunnel at the Valdor quarry collapsed on Monday, trapping 23 miners, the regional mining authority said.

The operator, Granex, disputed the authority's figure, saying only 14 miners had been trapped.`,
    },
    {
      file: 'quarry-2.json',
      url: 'https://www.ridgewire.example/2025/09/08/valdor-union-count',
      text: `Union says more miners trapped at Valdor

The miners' union said on Monday that its own count of the shift showed 31 miners were trapped by the collapse at the Valdor quarry.

The regional mining authority has said 23 miners were trapped.`,
    },
    {
      file: 'quarry-3.json',
      url: 'https://www.minepost.example/news/2025/09/10/valdor-rescuers-reach-miners',
      text: `Rescuers reach Valdor miners

Rescuers reached the trapped miners at the Valdor quarry on Wednesday, and the regional mining authority raised the number of miners trapped to 26.`,
    },
  ],
  pairs: [
    [['quarry-1.json', 'trapping 23 miners', 23], ['quarry-2.json', 'has said 23 miners were trapped', 23], 'same'],
    [['quarry-1.json', 'trapping 23 miners', 23], ['quarry-1.json', 'saying only 14 miners', 14], 'conflict'],
    [['quarry-1.json', 'trapping 23 miners', 23], ['quarry-2.json', 'showed 31 miners were trapped', 31], 'conflict'],
    [['quarry-1.json', 'trapping 23 miners', 23], ['quarry-3.json', 'miners trapped to 26', 26], 'revision'],
    [
      ['quarry-2.json', 'has said 23 miners were trapped', 23],
      ['quarry-3.json', 'miners trapped to 26', 26],
      'revision',
    ],
  ],
  gaps: [
    [
      'trapping 23 miners',
      'showed 31 miners were trapped',
      'scope: "trapped by the collapse at the Valdor quarry" names the event\'s place, not a part of the count',
    ],
  ],
};

/** figures/bare-percent-apart: two candidates' shares, each named by its holder, are two figures, not one heap. */
const MAYOR_RACE: Story = {
  name: 'a mayoral count: each candidate holds a share of their own',
  articles: [
    {
      file: 'mayor-1.json',
      url: 'https://www.lakeherald.example/politics/2026/03/09/orvik-mayor-count',
      text: `Tamsin Hale leads Orvik mayoral count

Tamsin Hale led the count in the Orvik mayoral race on Monday with 41,200 votes, or 51.4 percent, the city clerk said.

Her rival Bram Osei had 38,900 votes, or 48.6 percent, the clerk said.`,
    },
    {
      file: 'mayor-2.json',
      url: 'https://www.orvikdaily.example/2026/03/10/hale-wins-orvik',
      text: `Hale wins Orvik mayoral race

Tamsin Hale won the Orvik mayoral race with 52.1 percent once postal ballots were counted, the city clerk said on Tuesday.

Bram Osei conceded on Tuesday evening.`,
    },
  ],
  pairs: [[['mayor-1.json', 'or 51.4 percent', 51.4], ['mayor-1.json', 'or 48.6 percent', 48.6], 'different']],
};

/**
 * relations/report-window-rivals and figures/site-place-is-whole: in one article, one named source's count dated
 * by its text to the day before and another's undated count are of one reporting window: values that cannot both
 * hold are rivals, not a revision; "in the Brennick estate fire" names where the event is, not a part of it.
 */
const DEPOT_FIRE: Story = {
  name: 'a depot fire: the brigade and the council at odds over homes lost, one article',
  articles: [
    {
      file: 'depot-1.json',
      url: 'https://www.lakeherald.example/news/2025/09/10/brennick-depot-fire',
      text: `Brennick depot fire: council and brigade disagree on homes lost

Wednesday, 10 September 2025

A fire that started in a paint depot in Brennick spread to a housing estate on Tuesday.

The county fire brigade said 46 homes had burned down on the estate. But Ilsa Varnhold, who leads the district council, said that 71 homes burned down on Tuesday.

The depot's owner, Tessel Coatings, said the blaze began in a loading bay.`,
    },
    {
      file: 'depot-2.json',
      url: 'https://www.northwire.example/2025/09/13/brennick-fire-homes',
      text: `Brennick fire: homes lost now 58, brigade says

Saturday, 13 September 2025

The county fire brigade said on Saturday that 58 homes had burned down in the Brennick estate fire, after engineers finished their inspections.`,
    },
  ],
  pairs: [
    [
      ['depot-1.json', 'said 46 homes had burned down', 46],
      ['depot-1.json', 'that 71 homes burned down', 71],
      'conflict',
    ],
    [
      ['depot-1.json', 'said 46 homes had burned down', 46],
      ['depot-2.json', 'that 58 homes had burned down', 58],
      'revision',
    ],
  ],
};

/**
 * figures/pledges-one-measure and relations/giver-in-total: each donor's pledge, in its own currency, is a part of
 * the total pledged, never a revision of another donor's.
 */
const FLOOD_APPEAL: Story = {
  name: 'a flood appeal: donors pledge in their own currencies, then a total',
  articles: [
    {
      file: 'appeal-1.json',
      url: 'https://www.deltapost.example/world/2025/10/07/sarnia-delta-flood-appeal',
      text: `Donors pledge aid for flooded Sarnia delta

Tuesday, 7 October 2025

At a donors' meeting in Geneva on Tuesday, Sweden pledged 90 million kronor for families displaced by the floods in the Sarnia delta.

The Halden Relief Fund has asked for $60 million to shelter and feed survivors until the spring.`,
    },
    {
      file: 'appeal-2.json',
      url: 'https://www.reliefwire.example/2025/10/09/sarnia-appeal-total',
      text: `Sarnia flood appeal still short of target

Thursday, 9 October 2025

Canada pledged $4 million on Thursday, bringing total pledges to about $31 million of the $60 million the Halden Relief Fund is seeking for the Sarnia delta.`,
    },
  ],
  pairs: [
    [
      ['appeal-1.json', 'Sweden pledged 90 million kronor', 90000000],
      ['appeal-2.json', 'bringing total pledges to about $31 million', 31000000],
      'part',
    ],
    [
      ['appeal-2.json', 'Canada pledged $4 million', 4000000],
      ['appeal-2.json', 'bringing total pledges to about $31 million', 31000000],
      'part',
    ],
  ],
};

/**
 * figures/scope-predicate and relations/release-month-rivals: "9,000 of June's new jobs were permanent posts" counts
 * the permanent ones, as "4,000 permanent jobs" does; in one article a minister's count dated to the month a monthly
 * release covers and a federation's undated count of the same survey are rivals, and each is a part of the total.
 */
const HARBOUR_JOBS: Story = {
  name: 'a monthly jobs release: a minister and a federation at odds over permanent jobs',
  articles: [
    {
      file: 'harbour-jobs-1.json',
      url: 'https://www.coastledger.example/economy/2025/07/08/velmora-june-jobs',
      text: `Velmora adds 13,000 jobs in June

Tuesday, 8 July 2025

Velmora's economy added 13,000 jobs in June, the national statistics office said on Tuesday, as hiring at ports and warehouses picked up.

The jobless rate held at 6.1 percent.`,
    },
    {
      file: 'harbour-jobs-2.json',
      url: 'https://www.tidewire.example/2025/07/09/velmora-permanent-jobs-dispute',
      text: `Velmora job quality row as unions question minister

Wednesday, 9 July 2025

The national statistics office said on Tuesday that the economy added 13,000 jobs in June, lifting hopes for Velmora's ports and warehouses.

Labour Minister Oriel Danet said on Tuesday that 9,000 of June's new jobs were permanent posts.

But the Velmora Dockers' Federation said its reading of the same survey showed only 4,000 permanent jobs had been added, with the rest on short contracts.`,
    },
  ],
  pairs: [
    [
      ['harbour-jobs-2.json', "9,000 of June's new jobs were permanent posts", 9000],
      ['harbour-jobs-2.json', 'only 4,000 permanent jobs had been added', 4000],
      'conflict',
    ],
    [
      ['harbour-jobs-2.json', "9,000 of June's new jobs were permanent posts", 9000],
      ['harbour-jobs-1.json', 'added 13,000 jobs in June', 13000],
      'part',
    ],
    [
      ['harbour-jobs-2.json', 'only 4,000 permanent jobs had been added', 4000],
      ['harbour-jobs-1.json', 'added 13,000 jobs in June', 13000],
      'part',
    ],
  ],
};

/**
 * figures/scope-predicate: "Five of those killed were children" names the group counted after the verb; beside the
 * toll it is a part, never a rival of it, and a later article's count of the children revises it.
 */
const FERRY_FIRE: Story = {
  name: 'a ferry fire: the dead, and the children among them, told by a predicate',
  articles: [
    {
      file: 'ferry-1.json',
      url: 'https://www.straitpost.example/news/2025/08/04/lorvik-ferry-fire',
      text: `Fire on Lorvik ferry kills 23

Monday, 4 August 2025

A fire that broke out on a ferry crossing the Lorvik strait on Sunday killed 23 people, the coast guard said on Monday.

Coast guard commander Idris Faro said 11 of the dead were children travelling with a school group.`,
    },
    {
      file: 'ferry-2.json',
      url: 'https://www.harbourwire.example/2025/08/06/lorvik-ferry-toll',
      text: `Lorvik ferry fire toll rises to 26

Wednesday, 6 August 2025

The fire on the Lorvik strait ferry has now killed 26 people, after three injured passengers died in hospital, the coast guard said on Wednesday.`,
    },
  ],
  pairs: [
    [['ferry-1.json', '11 of the dead were children', 11], ['ferry-1.json', 'killed 23 people', 23], 'part'],
    [['ferry-1.json', 'killed 23 people', 23], ['ferry-2.json', 'has now killed 26 people', 26], 'revision'],
    [['ferry-1.json', '11 of the dead were children', 11], ['ferry-2.json', 'has now killed 26 people', 26], 'part'],
  ],
};

/** The piles, in the order the test runs them. */
export const GROUP_STORIES: Story[] = [
  ART_THEFT,
  FLOOD_LIST,
  MUDSLIDE,
  DATA_LEAK,
  BREAKOUT,
  AVALANCHE,
  QUARRY,
  MAYOR_RACE,
  DEPOT_FIRE,
  FLOOD_APPEAL,
];

/** Piles run in a store of their own: a pile added to the store above shifts how its short stories split. */
export const PREDICATE_STORIES: Story[] = [HARBOUR_JOBS, FERRY_FIRE];
