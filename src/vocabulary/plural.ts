/**
 * The plural of one lower-case English noun, shared by the stages that name a measure from a singular
 * modifier (`the coach toll` → coaches, `a 12-county area` → counties) and the corpus labels.
 */

/** Nouns whose plural is not made with -s or -es. */
const IRREGULAR: Readonly<Record<string, string>> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  mouse: 'mice',
  goose: 'geese',
  ox: 'oxen',
  calf: 'calves',
  wolf: 'wolves',
  life: 'lives',
  knife: 'knives',
  leaf: 'leaves',
  shelf: 'shelves',
  thief: 'thieves',
  wife: 'wives',
  half: 'halves',
  zloty: 'zlotys',
  penny: 'pennies',
};

/** Nouns that keep one form: animals counted as a herd or catch, mass nouns and words already plural. */
const UNCHANGED: ReadonlySet<string> = new Set([
  'sheep',
  'fish',
  'deer',
  'cattle',
  'livestock',
  'poultry',
  'salmon',
  'trout',
  'bison',
  'moose',
  'swine',
  'aircraft',
  'spacecraft',
  'series',
  'species',
  'people',
  'police',
  'personnel',
  'staff',
  'equipment',
  'rain',
  'rainfall',
  'snow',
  'snowfall',
  'damage',
  'aid',
  'money',
  'cash',
  'traffic',
  'water',
  'fuel',
  'oil',
  'news',
]);

/** The plural of a lower-case noun: coach → coaches, pony → ponies, calf → calves, sheep → sheep; plurals stay. */
export function pluralNoun(lower: string): string {
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  if (UNCHANGED.has(lower)) return lower;
  // crisis → crises, class → classes, bus → buses; a plural such as `menus` or `taxis` stays.
  if (lower.endsWith('sis')) return `${lower.slice(0, -2)}es`;
  if (/(?:ss|[^aeiou]us)$/.test(lower)) return `${lower}es`;
  if (lower.endsWith('s')) return lower;
  if (/(?:ch|sh|x|z)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}
