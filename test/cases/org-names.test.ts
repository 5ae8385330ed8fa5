/**
 * Organisation names read whole when "and" or "police" sits inside them (entities/and-in-name,
 * entities/police-name): "Food and Drug Administration", "Police and Crime Commissioner", "Police Federation".
 * Negatives: two people or two countries joined by "and", and "police" alone. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { run, sourceTable, type SourceRow } from './who-says-run.js';
import { orgNameRows, suspendedHyphenRows } from './org-names.cases.js';

const rows: SourceRow[] = [
  ['The Food and Drug Administration said 40 lots of the syrup were recalled.', '40', 'Food and Drug Administration'],
  ['The Fish and Game Department said 212 deer died in the snow.', '212', 'Fish and Game Department'],
  [
    'The cost was put at £320,000, according to the office of the Police and Crime Commissioner.',
    '£320,000',
    'Police and Crime Commissioner',
  ],
  ['The Police and Crime Commissioner said 600 officers were on duty.', '600', 'Police and Crime Commissioner'],
  ['The Police Federation said 14 of its members were hurt in the riot.', '14', 'Police Federation'],
  ['Police Scotland said 12 people were arrested at the ground.', '12', 'Police Scotland'],
  ['The Harbour and Rivers Authority said 30 boats sank.', '30', 'Harbour and Rivers Authority'],
  ['The Mining and Energy Ministry said 9 shafts were closed.', '9', 'Mining and Energy Ministry'],
  // "and" between people or countries, and "police" alone, make no organisation name.
  ['Police said 40 people were arrested after the match.', '40', 'Police'],
  ['Britain and France said 400 troops would go.', '400', 'France'],
  ['Police Chief Ann Lee said 40 people were hurt in the crush.', '40', 'Ann Lee'],
];

describe('entities: organisation names with "and" or "police" inside them', () => sourceTable(rows));

/** Broadcasters and papers named by what they are speak as qualified generic sources (attributions lexicon). */
const media: SourceRow[] = [
  ['State television reported that about 900 residents had been moved.', '900', 'State television'],
  ['Local newspapers reported that 40 shops were looted overnight.', '40', 'Local newspapers'],
  ['The public broadcaster said 31 polling stations stayed shut.', '31', 'public broadcaster'],
  ['Provincial radio said 12 people drowned off the cape.', '12', 'Provincial radio'],
  ['He watched television as 40 people were pulled from the river.', '40', null],
];

describe('attributions: broadcasters and newspapers as sources', () => sourceTable(media));

/** attributions/owner-noun: "the country's health ministry" speaks as the health ministry. */
const owned: SourceRow[] = [
  ['The toll rose to 17, the country’s health ministry said on Wednesday.', '17', 'health ministry'],
  ["The nation's electoral council said 4,100 ballots were spoiled.", '4,100', 'electoral council'],
  ["The island's police said 30 people were arrested at the port.", '30', 'police'],
  ["The city's fire service said 14 homes burned.", '14', 'fire service'],
  // A named owner stays: it says whose body speaks.
  ["Chile's health ministry said 40 cases were confirmed.", '40', "Chile's health ministry"],
];

describe('attributions/owner-noun: a generic owner before a body names no one', () => sourceTable(owned));

/** Names kept whole as sources: unions, chambers and members of parliament. */
describe('entities/org/general-in-name, chamber, MP: the source name is whole', () => {
  sourceTable(orgNameRows);
});

describe('entities/suspended-hyphen: "French- and German-speaking" names no country', () => {
  it.each(suspendedHyphenRows)('%s [not %s]', (text, country) => {
    const a = run(text);
    expect(a.entities.filter((e) => e.name === country).map((e) => e.name)).toEqual([]);
  });
});
