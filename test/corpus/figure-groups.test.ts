/**
 * Invented piles for issue 28: one group named by different nouns, parts of a toll, aftershock counts, sums in two
 * currencies and a place inside a wider one, each run end to end (text → claims → stories → figures → relations).
 * Every name, place and number is made up.
 */
import { describe } from 'vitest';
import type { Story } from '../cases/stories.cases.js';
import { storyChecks } from '../helpers/stories.js';

/** figures/evacuee-noun: residents made to leave, evacuees and people evacuated count one figure. */
const EVACUEES: Story = {
  name: 'a river flood: residents, evacuees and people evacuated',
  articles: [
    {
      file: 'evac-1.json',
      url: 'https://www.dalepost.example/news/2025/04/07/harl-river-flood',
      text: `Harl river bursts its banks

About 4,200 residents were evacuated from low-lying streets of Tesk on Monday after the Harl river burst its banks, the county emergency office said.

Boats rescued 35 people from the roofs of their cars.`,
    },
    {
      file: 'evac-2.json',
      url: 'https://www.northwire.example/2025/04/08/tesk-flood-evacuees',
      text: `Tesk flood: evacuees top 5,000

The number of evacuees rose to 5,300 on Tuesday, the county emergency office said, as the river crested a metre above its record.

Schools in Tesk will stay shut until Thursday.`,
    },
    {
      file: 'evac-3.json',
      url: 'https://www.valleyradio.example/news/2025/04/09/harl-evacuations',
      text: `Harl floodwaters begin to fall

Some 5,800 people have been evacuated from their homes in Tesk, emergency officials said on Wednesday.

The river fell by 20 centimetres overnight.`,
    },
  ],
  pairs: [
    [['evac-1.json', 'About 4,200 residents were evacuated', 4200], ['evac-2.json', 'rose to 5,300', 5300], 'revision'],
    [
      ['evac-2.json', 'rose to 5,300', 5300],
      ['evac-3.json', 'Some 5,800 people have been evacuated', 5800],
      'revision',
    ],
    [
      ['evac-1.json', 'About 4,200 residents were evacuated', 4200],
      ['evac-3.json', 'Some 5,800 people have been evacuated', 5800],
      'revision',
    ],
    [['evac-1.json', 'Boats rescued 35 people', 35], ['evac-2.json', 'rose to 5,300', 5300], 'different'],
  ],
};

/** figures/evacuation-no-actor: the volcano that drove villagers out and the agency that moved them are one figure. */
const ERUPTION: Story = {
  name: 'an eruption: villagers who fled the volcano and people the agency evacuated',
  articles: [
    {
      file: 'ash-1.json',
      url: 'https://www.islepost.example/news/2025/11/03/mount-keshar-erupts',
      text: `Mount Keshar erupts in Ostland

Mount Keshar erupted before dawn on Monday, forcing more than 6,000 villagers to flee, Ostland's disaster agency said.

Rescuers pulled 12 people from ash-covered houses in Velm.`,
    },
    {
      file: 'ash-2.json',
      url: 'https://www.ostwire.example/2025/11/04/keshar-evacuations',
      text: `Keshar evacuations widen

Ostland's disaster agency said on Tuesday it had evacuated 7,450 people from the slopes of Mount Keshar as ash kept falling on Velm.`,
    },
  ],
  pairs: [
    [['ash-1.json', 'more than 6,000 villagers', 6000], ['ash-2.json', 'evacuated 7,450 people', 7450], 'revision'],
    [['ash-1.json', 'Rescuers pulled 12 people', 12], ['ash-2.json', 'evacuated 7,450 people', 7450], 'different'],
  ],
};

/** The dead named by a group (inmates) and by the toll itself are one figure. */
const RIOT: Story = {
  name: 'a jail riot: inmates killed and the death toll',
  articles: [
    {
      file: 'riot-1.json',
      url: 'https://www.southpost.example/news/2025/06/02/varro-jail-riot',
      text: `Riot at Varro jail leaves at least 9 dead

At least 9 inmates were killed when rival gangs fought for control of Varro jail in Ostrel on Sunday, Justice Minister Dana Kovit said.

Guards regained control of the jail after six hours.`,
    },
    {
      file: 'riot-2.json',
      url: 'https://www.capitalwire.example/2025/06/03/varro-jail-toll',
      text: `Varro jail riot toll rises

The death toll from Sunday's riot at Varro jail in Ostrel has risen to 12, Justice Minister Dana Kovit said on Tuesday.

Another 40 inmates escaped during the riot, the minister said.`,
    },
  ],
  pairs: [
    [['riot-1.json', 'leaves at least 9 dead', 9], ['riot-1.json', 'At least 9 inmates were killed', 9], 'same'],
    [['riot-1.json', 'At least 9 inmates were killed', 9], ['riot-2.json', 'has risen to 12', 12], 'revision'],
    [['riot-2.json', 'Another 40 inmates escaped', 40], ['riot-2.json', 'has risen to 12', 12], 'different'],
  ],
};

/** Parts of a toll stated after it ("Of the dead, 12 were children", "Four of the injured were guards"). */
const TOLL_PARTS: Story = {
  name: 'a market fire: parts of the dead and of the injured',
  articles: [
    {
      file: 'parts-1.json',
      url: 'https://www.gulfpost.example/news/2025/07/14/serren-market-fire',
      text: `Fire at Serren market kills 31

A fire that swept through the covered market in Serren on Sunday killed 31 people and injured 44, the civil defence agency said.

Of the dead, 12 were children, the agency said. Four of the injured were guards who tried to open the locked gates.`,
    },
    {
      file: 'parts-2.json',
      url: 'https://www.serrenwire.example/2025/07/15/market-fire-toll',
      text: `Serren market fire toll rises to 33

The toll from Sunday's fire at the Serren covered market rose to 33 on Monday after two of the injured died in hospital, the civil defence agency said.`,
    },
  ],
  pairs: [
    [['parts-1.json', 'Of the dead, 12 were children', 12], ['parts-1.json', 'killed 31 people', 31], 'part'],
    [['parts-1.json', 'Four of the injured were guards', 4], ['parts-1.json', 'injured 44', 44], 'part'],
    [['parts-1.json', 'killed 31 people', 31], ['parts-2.json', 'rose to 33', 33], 'revision'],
    [['parts-1.json', 'Four of the injured were guards', 4], ['parts-1.json', 'killed 31 people', 31], 'different'],
  ],
};

/** figures/dwellings-are-homes: homes, houses and dwellings destroyed are one figure. */
const STORM_HOMES: Story = {
  name: 'a windstorm: homes, houses and dwellings destroyed',
  articles: [
    {
      file: 'homes-1.json',
      url: 'https://www.islandpost.example/news/2025/09/14/cyclone-orla',
      text: `Cyclone Orla flattens villages on Merin island

Cyclone Orla destroyed 310 homes on Merin island on Saturday, the disaster office said.

Power was cut to the whole island.`,
    },
    {
      file: 'homes-2.json',
      url: 'https://www.seawire.example/2025/09/15/orla-damage',
      text: `Orla damage worse than feared

The disaster office said on Sunday that 480 dwellings had been destroyed on Merin island.

Aid ships were due on Tuesday.`,
    },
    {
      file: 'homes-3.json',
      url: 'https://www.merinradio.example/2025/09/15/orla-houses',
      text: `Merin counts the cost of Orla

Some 480 houses were destroyed by the cyclone, disaster officials said on Sunday, while 1,200 were damaged.`,
    },
  ],
  pairs: [
    [
      ['homes-1.json', 'destroyed 310 homes', 310],
      ['homes-2.json', '480 dwellings had been destroyed', 480],
      'revision',
    ],
    [['homes-2.json', '480 dwellings had been destroyed', 480], ['homes-3.json', 'Some 480 houses', 480], 'same'],
    [['homes-3.json', 'Some 480 houses', 480], ['homes-3.json', 'while 1,200 were damaged', 1200], 'different'],
  ],
};

/** Aftershock counts are one figure; an aftershock's magnitude is not the quake's. */
const AFTERSHOCKS: Story = {
  name: 'a quake: aftershock counts and magnitudes',
  articles: [
    {
      file: 'shock-1.json',
      url: 'https://www.hillpost.example/news/2025/10/20/dravo-quake',
      text: `Magnitude 6.1 quake strikes Dravo highlands

A magnitude 6.1 earthquake struck the Dravo highlands on Monday, the national seismic centre said.

The centre recorded 28 aftershocks by Monday evening, the largest of magnitude 4.9.`,
    },
    {
      file: 'shock-2.json',
      url: 'https://www.eastwire.example/2025/10/21/dravo-aftershocks',
      text: `Dravo shaken by aftershocks

The seismic centre has now recorded 64 aftershocks since Monday's quake of magnitude 6.1, it said on Tuesday.

Villagers in Lesk said they had felt dozens of tremors overnight.

An aftershock of magnitude 5.2 brought down two damaged houses in Lesk.`,
    },
    {
      file: 'shock-3.json',
      url: 'https://www.hillpost.example/news/2025/10/22/dravo-quake-aftershocks-continue',
      text: `Dravo aftershocks go on

The seismic centre said on Wednesday that the Dravo highlands had felt more than 90 tremors, including one of magnitude 5.0 overnight.

Schools in Lesk stayed shut.`,
    },
  ],
  pairs: [
    [['shock-1.json', 'recorded 28 aftershocks', 28], ['shock-2.json', 'recorded 64 aftershocks', 64], 'revision'],
    [['shock-2.json', 'recorded 64 aftershocks', 64], ['shock-3.json', 'more than 90 tremors', 90], 'revision'],
    [['shock-1.json', 'A magnitude 6.1 earthquake', 6.1], ['shock-3.json', 'one of magnitude 5.0', 5], 'different'],
    [
      ['shock-1.json', 'A magnitude 6.1 earthquake', 6.1],
      ['shock-2.json', 'An aftershock of magnitude 5.2', 5.2],
      'different',
    ],
    [
      ['shock-1.json', 'A magnitude 6.1 earthquake', 6.1],
      ['shock-1.json', 'the largest of magnitude 4.9', 4.9],
      'different',
    ],
  ],
};

/** relations/other-currency: two donors' pledges in two currencies within 2× of each other are two sums. */
const DONORS: Story = {
  name: 'a flood appeal: two donors pledge in two currencies in one article',
  articles: [
    {
      file: 'donor-1.json',
      url: 'https://www.aidpost.example/news/2025/08/20/lusk-flood-pledges',
      text: `Donors pledge aid for Lusk floods

The United States pledged $50 million in aid for flood victims in Lusk on Wednesday, and the European Union pledged €45 million, officials said.

The floods have displaced 300,000 people.`,
    },
    {
      file: 'donor-2.json',
      url: 'https://www.euwire.example/2025/08/21/lusk-eu-aid',
      text: `EU aid for Lusk flood victims

The European Union has pledged €45 million in aid for flood victims in Lusk, EU officials said on Thursday, a day after the United States pledged $50 million.`,
    },
  ],
  pairs: [
    [['donor-1.json', 'pledged $50 million', 50000000], ['donor-1.json', 'pledged €45 million', 45000000], 'different'],
    [['donor-1.json', 'pledged €45 million', 45000000], ['donor-2.json', 'has pledged €45 million', 45000000], 'same'],
    [
      ['donor-1.json', 'pledged $50 million', 50000000],
      ['donor-2.json', 'has pledged €45 million', 45000000],
      'different',
    ],
  ],
  gaps: [
    [
      'pledged $50 million',
      'pledged €45 million',
      'typed different, but no giver is read for a sum: every pledge of a story shares the pledges figure',
    ],
    [
      'pledged $50 million',
      'has pledged €45 million',
      'typed different, but no giver is read for a sum: every pledge of a story shares the pledges figure',
    ],
  ],
};

/** A county's count inside the state's is a part, not a rival. */
const COUNTY: Story = {
  name: 'a tornado outbreak: one county inside the state',
  articles: [
    {
      file: 'county-1.json',
      url: 'https://www.plainspost.example/news/2025/05/19/tornado-outbreak',
      text: `Tornadoes kill 14 across Marrow state

Tornadoes killed 14 people across Marrow state on Sunday night, Governor Lena Marsh said on Monday.

Officials in Pell County said six people had died there.`,
    },
    {
      file: 'county-2.json',
      url: 'https://www.pellgazette.example/2025/05/19/pell-county-tornado',
      text: `Pell County mourns six

Six people died in Pell County when a tornado struck the town of Aster on Sunday night, county officials said on Monday.

Governor Lena Marsh toured Aster on Monday afternoon.`,
    },
  ],
  pairs: [
    [['county-1.json', 'six people had died there', 6], ['county-1.json', 'killed 14 people', 14], 'part'],
    [['county-2.json', 'Six people died in Pell County', 6], ['county-1.json', 'killed 14 people', 14], 'part'],
  ],
};

/**
 * figures/deployed-keep-noun: crews counted on the lines, deployed and in total are one figure of their trade; the
 * medics sent with them, and the residents the fire drove out, stay apart.
 */
const CREWS: Story = {
  name: 'a forest fire: firefighters on the lines, deployed and in total',
  articles: [
    {
      file: 'crews-1.json',
      url: 'https://www.ridgepost.example/news/2025/08/11/tarn-forest-fire',
      text: `Tarn forest fire spreads

About 300 firefighters were on the fire lines near Oskel on Monday, the Varden forestry service said.

Some 2,000 residents of Oskel were told to leave their homes as the Tarn fire crossed the Velt road.`,
    },
    {
      file: 'crews-2.json',
      url: 'https://www.valewire.example/2025/08/12/tarn-fire-crews',
      text: `More crews for Tarn fire

The Varden forestry service said 720 firefighters had been deployed to the Tarn fire near Oskel by Tuesday evening, along with 40 paramedics sent from Lisk.

Winds eased in the afternoon along the Velt road.`,
    },
    {
      file: 'crews-3.json',
      url: 'https://www.ridgepost.example/news/2025/08/13/tarn-fire-contained',
      text: `Tarn fire half contained

A total of 910 firefighters are now fighting the Tarn fire near Oskel, the Varden forestry service said on Wednesday.

Rain is forecast for Thursday, and the Velt road stays shut.`,
    },
  ],
  pairs: [
    [
      ['crews-1.json', 'About 300 firefighters were on the fire lines', 300],
      ['crews-2.json', '720 firefighters had been deployed', 720],
      'revision',
    ],
    [
      ['crews-2.json', '720 firefighters had been deployed', 720],
      ['crews-3.json', 'A total of 910 firefighters', 910],
      'revision',
    ],
    [['crews-2.json', '720 firefighters had been deployed', 720], ['crews-2.json', '40 paramedics', 40], 'different'],
    [
      ['crews-1.json', 'Some 2,000 residents', 2000],
      ['crews-2.json', '720 firefighters had been deployed', 720],
      'different',
    ],
  ],
};

/**
 * claims/stem-in-name: a verb's stem inside a name ("Costa" of the Costa Azul Trust) is no action, so the seals the
 * trust said were rescued and those volunteers rescued later are one figure; the seals that died stay apart.
 */
const SEALS: Story = {
  name: 'an oil spill: seals rescued, named beside a trust',
  articles: [
    {
      file: 'seals-1.json',
      url: 'https://www.shorepost.example/news/2025/09/01/lume-oil-spill',
      text: `Oil spill fouls Lume beaches

The Costa Azul Trust said 45 seals were rescued from the beaches near Porto Lume on Monday after the tanker Vessa ran aground.

Nine seals have died, the trust said.`,
    },
    {
      file: 'seals-2.json',
      url: 'https://www.lumewire.example/2025/09/03/lume-spill-seals',
      text: `Lume spill: more seals rescued

Volunteers had rescued 130 seals near Porto Lume by Wednesday, the Costa Azul Trust said, as the tanker Vessa lay on the rocks.

Beaches near Porto Lume stay closed.`,
    },
  ],
  pairs: [
    [['seals-1.json', 'said 45 seals were rescued', 45], ['seals-2.json', 'had rescued 130 seals', 130], 'revision'],
    [['seals-1.json', 'Nine seals have died', 9], ['seals-2.json', 'had rescued 130 seals', 130], 'different'],
  ],
};

describe('issue 28 piles, end to end', () => {
  storyChecks(
    [EVACUEES, ERUPTION, RIOT, TOLL_PARTS, STORM_HOMES, AFTERSHOCKS, DONORS, COUNTY, CREWS, SEALS],
    'issue-28',
  );
});
