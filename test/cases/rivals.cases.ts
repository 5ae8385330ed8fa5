/**
 * Invented piles for the relation-type test (src/corpus/invented-rivals.test.ts), issue 28: rival counts of one moment
 * from two sources, told in a headline and in the body, a count that names the rival it rejects, an estimate set
 * "closer to" another, and the counts that must stay revisions or parts (one source correcting itself, a later day,
 * one source's count and the part of it beside). Every name, place and number is made up.
 */
import type { Story } from './stories.cases.js';

/**
 * relations/restated-source: a headline in the outlet's voice restates the counts its body gives to named sources;
 * the headline's two counts are the two sources' rivals, as the body's are.
 */
const DAM: Story = {
  name: 'a dam collapse: a headline restating two sources’ rival tolls',
  articles: [
    {
      file: 'dam-1.json',
      url: 'https://www.lakeherald.example/news/2025/09/11/harnow-dam-collapse',
      text: `Harnow dam collapse: toll rises to 9, hospital says 12

The death toll from the collapse of the Harnow dam rose to nine on Thursday, the regional rescue service said, though the district hospital put the toll at 12.

The rescue service counts only bodies its divers have recovered.

About 600 residents spent the night in a sports hall.`,
    },
    {
      file: 'dam-2.json',
      url: 'https://www.vallenwire.example/2025/09/13/harnow-dam-toll',
      text: `Harnow dam toll reaches 15

The regional rescue service said on Saturday that 15 people had died in the collapse of the Harnow dam, after divers recovered three more bodies from the reservoir.

Engineers began draining the reservoir.`,
    },
  ],
  pairs: [
    [['dam-1.json', 'toll rises to 9', 9], ['dam-1.json', 'hospital says 12', 12], 'conflict'],
    [['dam-1.json', 'rose to nine on Thursday', 9], ['dam-1.json', 'put the toll at 12', 12], 'conflict'],
    [['dam-1.json', 'toll rises to 9', 9], ['dam-2.json', '15 people had died', 15], 'revision'],
    [['dam-1.json', 'hospital says 12', 12], ['dam-2.json', '15 people had died', 15], 'revision'],
  ],
};

/**
 * relations/rejected-value: "11 of its members had been held, not eight" sets the count against the eight another
 * source gave the day before: one fixed count of the siege, disputed, not a toll that rose. The same source
 * correcting itself ("nine, not six as first reported") moves its figure on.
 */
const SIEGE: Story = {
  name: 'a depot siege: a union naming the count it rejects',
  articles: [
    {
      file: 'siege-1.json',
      url: 'https://www.coastpost.example/news/2025/06/07/tarsel-depot-siege',
      text: `Gunmen seize Tarsel fuel depot

Gunmen stormed a fuel depot outside Tarsel on Saturday and held eight workers hostage for six hours, the interior ministry said.

Six people were injured in the attack, the ministry said.`,
    },
    {
      file: 'siege-2.json',
      url: 'https://www.islandtimes.example/2025/06/08/depot-union-hostages',
      text: `Tarsel depot union disputes hostage count

The union of workers at the Tarsel fuel depot, which gunmen stormed on Saturday, said on Sunday that 11 of its members had been held hostage, not eight, and that two of them needed hospital treatment.

The interior ministry said on Sunday that nine people had been injured in the attack on the Tarsel depot, not six as first reported.`,
    },
  ],
  pairs: [
    [
      ['siege-1.json', 'held eight workers hostage', 8],
      ['siege-2.json', '11 of its members had been held hostage', 11],
      'conflict',
    ],
    [['siege-1.json', 'Six people were injured', 6], ['siege-2.json', 'nine people had been injured', 9], 'revision'],
  ],
};

/**
 * corpus/dispute-cue (closer to): "the bill would be closer to 65 million crowns" answers another source's estimate
 * of the same bill in that article: rivals.
 */
const BRIDGE: Story = {
  name: 'a bridge repair: an estimate set closer to another figure',
  articles: [
    {
      file: 'bridge-1.json',
      url: 'https://www.fjordnews.example/2025/02/18/selvik-bridge-repairs',
      text: `Selvik bridge to stay shut for months

The Selvik bridge will stay closed to traffic until at least June after a barge struck one of its piers on Monday, the roads agency said on Tuesday.

The roads agency said repairing the pier would cost an estimated 40 million crowns. The transport minister, asked about the estimate, said the repairs would cost closer to 65 million crowns.

Ferries will carry commuters across the fjord in the meantime.`,
    },
  ],
  pairs: [
    [
      ['bridge-1.json', 'cost an estimated 40 million crowns', 40000000],
      ['bridge-1.json', 'closer to 65 million crowns', 65000000],
      'conflict',
    ],
  ],
};

/** The closer-to cue disputes only its own number: the count beside it in one source's sentence is a part. */
const MARCH: Story = {
  name: 'a march: one source’s crowd and the part of it in a square',
  articles: [
    {
      file: 'march-1.json',
      url: 'https://www.dunmereecho.example/2025/05/04/peace-march',
      text: `Thousands march for peace in Dunmere

Police estimated the crowd at the Dunmere peace march to be closer to 18,000, with around 6,000 people packed into Castle Square itself.

The march ended without arrests.`,
    },
  ],
  pairs: [[['march-1.json', 'around 6,000 people packed', 6000], ['march-1.json', 'closer to 18,000', 18000], 'part']],
};

/**
 * relations/hedge-outcome: "could fine the operator up to 90 million pesos", then "fined the operator 60 million
 * pesos" on a later day: the hedge is settled by the outcome (a revision), though 60 million is within "up to 90".
 */
const FINE: Story = {
  name: 'a quarry collapse: a fine the regulator could impose, then imposed',
  articles: [
    {
      file: 'fine-1.json',
      url: 'https://www.andesledger.example/2025/10/06/pirca-quarry-collapse',
      text: `Pirca quarry collapse: regulator opens case

The mining regulator said on Monday it had opened a case against Canteras Pirca over the collapse of a quarry wall near Pirca last week, and that it could fine the company up to 90 million pesos.

No one was hurt in the collapse.`,
    },
    {
      file: 'fine-2.json',
      url: 'https://www.pircaradio.example/2025/10/16/canteras-pirca-fined',
      text: `Canteras Pirca fined over quarry collapse

The mining regulator fined Canteras Pirca 60 million pesos on Thursday over the collapse of a quarry wall near Pirca.

The fine was short of the 90 million pesos maximum the regulator had mentioned, and the company said it would appeal.`,
    },
  ],
  pairs: [
    [
      ['fine-1.json', 'up to 90 million pesos', 90000000],
      ['fine-2.json', 'fined Canteras Pirca 60 million pesos', 60000000],
      'revision',
    ],
    [
      ['fine-1.json', 'up to 90 million pesos', 90000000],
      ['fine-2.json', 'the 90 million pesos maximum', 90000000],
      'same',
    ],
  ],
};

/**
 * relations/bound-precision: a round lower bound and a later day's count within 5% of it: the count that rounds to
 * the bound at the bound's own precision restates it with more digits ("at least 2.3 million", then 2.34 million);
 * one that rounds above it ("at least 1,800", then 1,860: 1,900 at hundreds) is the count rising past it.
 */
const FLOOD: Story = {
  name: 'a river flood: a round bound restated with more digits, and a count that rose past one',
  articles: [
    {
      file: 'flood-1.json',
      url: 'https://www.brennpost.example/news/2025/04/14/ostra-river-flood',
      text: `Ostra river floods Brennmark

At least 1,800 homes were flooded in Brennmark on Monday after the Ostra river burst its banks, the regional fire service said.

The water utility said at least 2.3 million litres of sewage had spilled into the river.`,
    },
    {
      file: 'flood-2.json',
      url: 'https://www.valdorwire.example/2025/04/16/brennmark-flood-homes',
      text: `Brennmark flood damage grows

The regional fire service said on Wednesday that 1,860 homes had been flooded in Brennmark.

The water utility said 2.34 million litres of sewage had spilled into the Ostra.`,
    },
  ],
  pairs: [
    [['flood-1.json', 'At least 1,800 homes', 1800], ['flood-2.json', '1,860 homes', 1860], 'revision'],
    [
      ['flood-1.json', 'at least 2.3 million litres', 2300000],
      ['flood-2.json', '2.34 million litres', 2340000],
      'same',
    ],
  ],
};

export const RIVAL_STORIES: Story[] = [DAM, SIEGE, BRIDGE, MARCH, FINE, FLOOD];
