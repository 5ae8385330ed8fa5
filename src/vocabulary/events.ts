/**
 * Nouns that name an event a story is about (a flood, a strike, a war), shared by the attributions stage (the
 * outlet's own clause about the event) and the corpus (the place the event happened).
 */

/** Event nouns, singular or uncountable (lower case); {@link eventNounPattern} adds the plurals. */
export const EVENT_NOUNS: readonly string[] = [
  'attack',
  'massacre',
  'shooting',
  'bombing',
  'blast',
  'explosion',
  'fire',
  'wildfire',
  'blaze',
  'flood',
  'flooding',
  'storm',
  'hurricane',
  'typhoon',
  'cyclone',
  'tornado',
  'quake',
  'earthquake',
  'tsunami',
  'eruption',
  'landslide',
  'mudslide',
  'crash',
  'collision',
  'derailment',
  'sinking',
  'capsizing',
  'collapse',
  'stampede',
  'outage',
  'blackout',
  'spill',
  'heatwave',
  'disaster',
  'accident',
  'tragedy',
  'violence',
  'riot',
  'unrest',
  'clash',
  'fighting',
  'raid',
  'siege',
  'war',
  'strike',
  'epidemic',
  'outbreak',
  'pandemic',
];

/** Nouns with no plural (`flooding`, `unrest`). */
const UNCOUNTED = new Set(['flooding', 'violence', 'unrest', 'fighting', 'sinking', 'capsizing']);

/** A noun and its plural as a regex alternative: `fires?`, `crash(?:es)?`, `tragedy|tragedies`. */
function withPlural(noun: string): string {
  if (UNCOUNTED.has(noun)) return noun;
  if (/(?:sh|ch|s|x)$/.test(noun)) return `${noun}(?:es)?`;
  if (/o$/.test(noun)) return `${noun}(?:e?s)?`;
  if (/[^aeiou]y$/.test(noun)) return `${noun}|${noun.slice(0, -1)}ies`;
  return `${noun}s?`;
}

/** The event nouns and their plurals as one regex alternation, lower case, no group. */
export const eventNounPattern = (nouns: readonly string[] = EVENT_NOUNS): string => nouns.map(withPlural).join('|');
