/**
 * When a predicted measure ("soldiers") counts the same thing as the gold
 * measure ("troops"). Gold measures are free text ("miles of wall",
 * "wall funding (military construction funds)"), so both sides are reduced
 * to their head noun, singularised, and mapped through a small synonym
 * table. The table is deliberately small: it covers words that name the
 * same unit, not related ideas (troops ≠ brigades, dead ≠ wounded).
 */

const SYNONYMS: string[][] = [
  [
    'troop',
    'soldier',
    'force',
    'personnel',
    'serviceman',
    'servicemember',
    'fighter',
    'combatant',
    'military personnel',
    'special force',
    'special forces troop',
    'mercenary',
  ],
  ['person', 'people', 'individual', 'resident', 'civilian', 'human'],
  [
    'dollar',
    'usd',
    '$',
    'fund',
    'funding',
    'money',
    'damage',
    'fine',
    'price',
    'cost',
    'expense',
    'expenditure',
    'payment',
    'spending',
    'budget',
    'aid',
    'cash',
    'sum',
  ],
  ['euro', 'eur', '€'],
  ['pound', 'gbp', '£'],
  ['won', 'krw'],
  ['percent', 'per cent', '%', 'percentage', 'pct'],
  ['woman', 'female', 'female worker', 'female employee'],
  ['worker', 'employee', 'staff', 'staffer'],
  ['shell', 'artillery shell', 'round', 'artillery round'],
  ['container', 'shipping container'],
  ['vote', 'ballot'],
  ['death', 'dead', 'fatality', 'killed', 'casualty', 'body'],
  ['injury', 'injured', 'wounded'],
  ['mile', 'mi'],
  ['kilometre', 'kilometer', 'km'],
  ['arrest', 'apprehension'],
];

const IRREGULAR: Record<string, string> = {
  people: 'people',
  women: 'woman',
  men: 'man',
  children: 'child',
  personnel: 'personnel',
  series: 'series',
  police: 'police',
  staff: 'staff',
  aid: 'aid',
  news: 'news',
};

/** Singular of one lower-case English word (enough for count nouns). */
export function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word]!;
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function normal(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map(singular)
    .join(' ');
}

const GROUP = new Map<string, number>();
SYNONYMS.forEach((group, i) => {
  for (const word of group) GROUP.set(normal(word), i);
});

/**
 * The head of a measure phrase: parenthetical notes dropped, cut before
 * "of"/relative and prepositional continuations ("miles of wall" → miles,
 * "emergency declarations used to …" → declarations), then the last word.
 */
export function measureHead(measure: string): string {
  let m = measure.toLowerCase().replace(/\([^)]*\)/g, ' ');
  m = m.split(/\s(?:of|used|that|which|who|to|for|in|from|at|on|by|with|against)\s/)[0]!;
  const words = m.match(/[\p{L}\p{N}$%€£]+/gu) ?? [];
  return words.length ? singular(words[words.length - 1]!) : '';
}

function key(phrase: string): string {
  const n = normal(phrase);
  const g = GROUP.get(n);
  return g === undefined ? n : `#${g}`;
}

/** true when the predicted measure counts what the gold measure counts. */
export function sameMeasure(predicted: string | null | undefined, gold: string | null | undefined): boolean {
  if (!gold) return !predicted;
  if (!predicted) return false;
  if (key(predicted.replace(/\([^)]*\)/g, ' ')) === key(gold.replace(/\([^)]*\)/g, ' '))) return true;
  const hp = measureHead(predicted);
  const hg = measureHead(gold);
  return hp !== '' && key(hp) === key(hg);
}
