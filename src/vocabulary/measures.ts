/**
 * One vocabulary of what numbers count, shared by the quantities stage (to
 * name a measure) and the corpus code (to group claims into figures): each
 * canonical measure with the words that name it. The eval scorer keeps its
 * own groups (src/eval/measure.ts): they are the gold's notion of "the same
 * unit", which must not move when the extractor's vocabulary does.
 *
 * Singular forms are listed only where a singular noun after a number is a
 * count (`one soldier`): listing `house` would make `60 House Democrats` count houses.
 */

/** Canonical measure → the nouns (plural, singular, multi-word) that name it. Lower case. */
export const MEASURE_WORDS: Record<string, string[]> = {
  troops: [
    'troops',
    'troop',
    'soldiers',
    'soldier',
    'personnel',
    'forces',
    'special forces',
    'special operation forces',
    'special operations forces',
    'construction troops',
    'servicemen',
    'servicemembers',
    'service members',
    'ground forces',
    'fighters',
    'marines',
    'paratroopers',
    'sappers',
    'reservists',
    'conscripts',
    'recruits',
    'infantrymen',
    'commandos',
    'military personnel',
    'combat troops',
    'military builders',
    'sailors',
    'combatants',
  ],
  // A count of deaths or injuries counts people; the action (kill, wound) says what happened to them.
  people: [
    'people',
    'persons',
    'person',
    'lives',
    'individuals',
    'residents',
    'inhabitants',
    'others',
    'deaths',
    'death',
    'deceased',
    'fatalities',
    'fatality',
    'dead',
    'injuries',
  ],
  civilians: ['civilians'],
  victims: ['victims', 'victim'],
  casualties: ['casualties'],
  'crew members': ['crew', 'crew members', 'crewmembers'],
  women: ['women', 'woman', 'female workers', 'female employees', 'women workers'],
  men: ['men', 'man'],
  children: ['children', 'child', 'kids'],
  containers: ['containers', 'container'],
  brigades: ['brigades', 'brigade'],
  battalions: ['battalions'],
  divisions: ['divisions'],
  regiments: ['regiments'],
  'artillery shells': ['shells', 'artillery shells', 'rounds', 'artillery rounds'],
  missiles: ['missiles'],
  rockets: ['rockets'],
  drones: ['drones'],
  tanks: ['tanks'],
  stores: ['stores', 'store'],
  votes: ['votes', 'vote'],
  ballots: ['ballots'],
  seats: ['seats'],
  // `$750,000 in campaign cash`, `... campaign funds`, `... campaign money`: one kind of money.
  funds: ['funds', 'funding', 'money', 'cash'],
  dollars: ['dollars', 'dollar', 'usd', '$'],
  euros: ['euros', 'euro'],
  pounds: ['pounds'],
  yen: ['yen'],
  won: ['won'],
  yuan: ['yuan'],
  rubles: ['rubles', 'roubles'],
  hryvnias: ['hryvnias'],
  percent: ['percent', 'per cent', 'pct'],
  'percentage points': ['percentage points'],
  employees: ['employees', 'staffers'],
  workers: ['workers', 'workforce', 'headcount'],
  // Payrolls, hiring and job gains count jobs (`payrolls rose by 64,000`); `employment` may count employed people.
  jobs: [
    'jobs',
    'payrolls',
    'payroll',
    'nonfarm payrolls',
    'payroll gains',
    'payroll growth',
    'job gains',
    'job growth',
    'jobs growth',
    'job creation',
    'job losses',
    'job cuts',
    'hiring',
  ],
  homes: ['homes', 'houses'],
  buildings: ['buildings'],
  households: ['households'],
  feet: ['feet', 'foot'],
  miles: ['miles', 'mile'],
  kilometers: ['kilometers', 'kilometres', 'km'],
  acres: ['acres'],
  hectares: ['hectares'],
  tons: ['tons', 'tonnes'],
  barrels: ['barrels'],
  words: ['words', 'word'],
  arrests: ['arrests'],
  cases: ['cases'],
  counts: ['counts', 'count'],
  // An outage counts the machines it hit, whatever the article calls them.
  devices: ['devices', 'computers', 'pcs'],
  // A fire's containment is the share of its edge contained, however the sentence names it.
  'percent contained': ['containment', 'percent contained'],
  // figures/pledges-one-measure: "the EU pledged aid of €6 million" and "total pledges of $24.5 million" count pledges.
  pledges: ['pledges', 'pledge', 'pledged aid', 'aid pledged', 'aid pledges'],
  // figures/tremors-are-aftershocks: a count of tremors after a quake counts its aftershocks (a quake is one tremor).
  aftershocks: ['aftershocks', 'tremors'],
  // figures/policy-rate-names: "left its key rate at 3.5%" and "the repo rate at 3.5%" are one central bank's rate.
  'policy rate': [
    'policy rate',
    'key rate',
    'repo rate',
    'benchmark rate',
    'key interest rate',
    'benchmark interest rate',
    'key policy rate',
  ],
};

/**
 * Word → canonical measure, built once from {@link MEASURE_WORDS}. Without a
 * prototype: it is indexed by words of the text (`constructor` must find nothing).
 */
export const MEASURE_SYNONYMS: Record<string, string> = (() => {
  const out = Object.create(null) as Record<string, string>;
  for (const [canonical, words] of Object.entries(MEASURE_WORDS)) for (const w of words) out[w] = canonical;
  return out;
})();

/**
 * Nouns that group with a canonical measure for figures but name a claim as written: a reader (and an
 * annotator) tells `houses collapsed` from `homes damaged`, while reconciliation still adds them up.
 */
export const NAMED_AS_WRITTEN: ReadonlySet<string> = new Set(['houses', 'tonnes', 'computers', 'pcs', 'tremors']);

/**
 * Nouns of a level stated in percent (`the jobless rate`, `containment`, `turnout`): a percentage of them is their
 * value.
 */
export const RATE_NOUNS = new Set([
  'rate',
  'rates',
  'share',
  'efficiency',
  'ratio',
  'ratios',
  'efficacy',
  'margin',
  'margins',
  'yield',
  'yields',
  'turnout',
  'containment',
  'coverage',
  'occupancy',
  'unemployment',
  'inflation',
  'approval',
  'rating',
  'ratings',
  'support',
  'participation',
  'attendance',
  'uptake',
  'utilization',
  'utilisation',
  'growth',
  'vacancy',
  'humidity',
  'probability',
  'odds',
]);

/** Rate nouns that name a rate on their own: `unemployment rose to 5.2 percent` → unemployment rate. */
export const RATE_OF: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  unemployment: 'unemployment rate',
  inflation: 'inflation rate',
  vacancy: 'vacancy rate',
  occupancy: 'occupancy rate',
  approval: 'approval rating',
  containment: 'percent contained',
});
