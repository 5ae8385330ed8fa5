/**
 * Word lists for the quantities stage. Open tables: extend them, do not
 * special-case stories. Lower-case keys throughout.
 */

/**
 * A lookup table without a prototype: the tables are indexed by words of the
 * text, and on a plain object `constructor`, `toString` or `valueOf` would
 * find Object's methods (`1,500 constructor workers` read "constructor" as a
 * vague plural).
 */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Cardinal number words below one hundred. */
export const UNITS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers written as words or abbreviations after a number. */
export const SCALES: Record<string, number> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
});

/** Scale words allowed after a space (abbreviations only when glued: `$8B`, `600m`). */
export const SPACED_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'mln', 'bn', 'mn', 'tn', 'lakh', 'lakhs', 'crore', 'crores']);

/** Vague magnitude words: `thousands` → the unit 1000 (low = 2 × unit, gold convention). */
export const VAGUE_PLURALS: Record<string, number> = table({
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  tens: 10,
});

/** Vague quantifiers before a scale word: `several million`, `a few thousand`. */
export const VAGUE_QUANTIFIERS = new Set(['several', 'few', 'many', 'multiple', 'some']);

/** Words that name time spans: a number counting them is a duration or an age, not a claim. */
export const TIME_UNITS = new Set([
  'year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours',
  'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'sec', 'secs', 'decade', 'decades',
  'century', 'centuries', 'night', 'nights', 'fortnight', 'weekend', 'weekends', 'quarter', 'quarters',
  'term', 'terms', 'session', 'sessions', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'kst', 'est', 'edt', 'pst', 'pdt', 'bst', 'cet',
]);

export const MONTHS: Record<string, number> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

/** Words before a number that make it a label, not a count: `Section 2`, `No. 3`, `page 12`. */
export const LABEL_WORDS = new Set([
  'section', 'sections', 'article', 'articles', 'chapter', 'chapters', 'title', 'rule', 'paragraph', 'no', 'nos', 'number',
  'page', 'pages', 'part', 'volume', 'vol', 'room', 'route', 'flight', 'line', 'grade', 'level', 'phase',
  'episode', 'season', 'step', 'amendment', 'resolution', 'bill', 'item', 'figure', 'fig', 'table', 'exhibit',
  'series', 'gen', 'generation', 'mark', 'type', 'group', 'category', 'stage', 'tier', 'class', 'round', 'block', 'apollo', 'artemis', 'gemini', 'falcon', 'iphone', 'galaxy', 'pixel', 'windows', 'ios', 'android', 'macos', 'platform', 'gate', 'terminal', 'apartment', 'apt', 'suite', 'unit', 'floor', 'highway', 'interstate', 'district',
  'ward', 'precinct', 'row', 'seat', 'lot', 'case', 'docket', 'code', 'version', 'v', 'model', 'channel', 'tel', 'phone', 'fax',
  'ext', 'zip', 'box', 'pp', 'p', 'ch', 'sec', 'art', 'para', 'world', 'war', 'covid', 'g', 'f', 'mig', 'su', 'mk',
  // Lists and indices named by a number: Fortune 500, FTSE 100, Nasdaq 100.
  'fortune', 'ftse', 'nasdaq', 'nikkei', 'dax', 'cac', 'russell', 'stoxx', 'sensex', 'nifty',
]);

/** Counted words that are site furniture, not news: `12 comments`, `3 min read`. */
export const NAVIGATION_MEASURES = new Set([
  'comment', 'comments', 'share', 'shares', 'like', 'likes', 'view', 'views', 'reply', 'replies', 'photo', 'photos',
  'image', 'images', 'result', 'results', 'item', 'items', 'follower', 'followers', 'reads', 'read', 'retweets', 'slides',
]);

/** Bound cues before a number, longest first. */
export const BOUND_CUES: Array<{ words: string[]; bound: 'lower' | 'upper' | 'approx' }> = [
  { words: ['no', 'fewer', 'than'], bound: 'lower' },
  // `would accept nothing less than 20 new schools`: a floor.
  { words: ['anything', 'less', 'than'], bound: 'lower' },
  { words: ['nothing', 'less', 'than'], bound: 'lower' },
  { words: ['anything', 'short', 'of'], bound: 'lower' },
  { words: ['no', 'less', 'than'], bound: 'lower' },
  { words: ['no', 'more', 'than'], bound: 'upper' },
  { words: ['not', 'more', 'than'], bound: 'upper' },
  { words: ['in', 'excess', 'of'], bound: 'lower' },
  { words: ['well', 'over'], bound: 'lower' },
  { words: ['well', 'above'], bound: 'lower' },
  { words: ['just', 'over'], bound: 'lower' },
  { words: ['a', 'little', 'over'], bound: 'lower' },
  { words: ['upwards', 'of'], bound: 'lower' },
  { words: ['upward', 'of'], bound: 'lower' },
  { words: ['north', 'of'], bound: 'lower' },
  { words: ['more', 'than'], bound: 'lower' },
  { words: ['greater', 'than'], bound: 'lower' },
  { words: ['at', 'least'], bound: 'lower' },
  { words: ['a', 'minimum', 'of'], bound: 'lower' },
  { words: ['a', 'maximum', 'of'], bound: 'upper' },
  { words: ['as', 'many', 'as'], bound: 'upper' },
  { words: ['as', 'much', 'as'], bound: 'upper' },
  { words: ['as', 'high', 'as'], bound: 'upper' },
  { words: ['as', 'few', 'as'], bound: 'lower' },
  { words: ['as', 'little', 'as'], bound: 'lower' },
  { words: ['as', 'low', 'as'], bound: 'lower' },
  { words: ['fewer', 'than'], bound: 'upper' },
  { words: ['less', 'than'], bound: 'upper' },
  { words: ['just', 'under'], bound: 'upper' },
  { words: ['a', 'little', 'under'], bound: 'upper' },
  { words: ['well', 'under'], bound: 'upper' },
  { words: ['well', 'below'], bound: 'upper' },
  { words: ['just', 'shy', 'of'], bound: 'upper' },
  { words: ['shy', 'of'], bound: 'upper' },
  { words: ['up', 'to'], bound: 'upper' },
  { words: ['at', 'most'], bound: 'upper' },
  { words: ['an', 'estimated'], bound: 'approx' },
  { words: ['close', 'to'], bound: 'approx' },
  { words: ['closer', 'to'], bound: 'approx' },
  // `about a $40 million hit`: the article stands between the cue and a currency sign.
  { words: ['about', 'a'], bound: 'approx' },
  { words: ['around', 'a'], bound: 'approx' },
  { words: ['roughly', 'a'], bound: 'approx' },
  { words: ['nearly', 'a'], bound: 'approx' },
  { words: ['almost', 'a'], bound: 'approx' },
  { words: ['in', 'the', 'region', 'of'], bound: 'approx' },
  { words: ['on', 'the', 'order', 'of'], bound: 'approx' },
  { words: ['the', 'equivalent', 'of'], bound: 'approx' },
  { words: ['over'], bound: 'lower' },
  { words: ['above'], bound: 'lower' },
  { words: ['exceeding'], bound: 'lower' },
  { words: ['exceeded'], bound: 'lower' },
  { words: ['exceeds'], bound: 'lower' },
  { words: ['topped'], bound: 'lower' },
  { words: ['tops'], bound: 'lower' },
  { words: ['top'], bound: 'lower' },
  { words: ['surpassed'], bound: 'lower' },
  // `nearly 640` states 640, approximately (as the gold keys read it), not a ceiling.
  { words: ['nearly'], bound: 'approx' },
  { words: ['almost'], bound: 'approx' },
  { words: ['under'], bound: 'upper' },
  { words: ['below'], bound: 'upper' },
  { words: ['around'], bound: 'approx' },
  { words: ['about'], bound: 'approx' },
  { words: ['roughly'], bound: 'approx' },
  { words: ['approximately'], bound: 'approx' },
  { words: ['approx'], bound: 'approx' },
  { words: ['circa'], bound: 'approx' },
  { words: ['some'], bound: 'approx' },
  { words: ['estimated'], bound: 'approx' },
  { words: ['nearing'], bound: 'approx' },
  { words: ['nears'], bound: 'approx' },
  { words: ['neared'], bound: 'approx' },
  { words: ['an', 'approximate'], bound: 'approx' },
];

/** Increment cues before a number: `another 1,500`, `an additional 10,000`. */
export const INCREMENT_CUES: string[][] = [
  ['an', 'additional'], ['a', 'further'], ['an', 'extra'], ['another'], ['additional'], ['further'], ['extra'], ['plus'],
];

/** Counted nouns and what they normalise to: the shared vocabulary (src/vocabulary/measures.ts). */
export { MEASURE_SYNONYMS } from '../../vocabulary/measures.js';

/** Irregular or mass nouns accepted as counted heads although they do not end in -s. */
export const PLURAL_NOUNS = new Set([
  'people', 'personnel', 'police', 'staff', 'cattle', 'women', 'men', 'children', 'feet', 'data', 'crew', 'yen', 'won', 'yuan',
  'deceased', 'livestock', 'militia', 'infantry', 'artillery', 'aircraft', 'sheep', 'fish', 'deer', 'percent', 'youth',
  'clergy',
]);

/** Measures that name a currency, not what the money is (`$5 billion` → dollars until a rule finds `losses`). */
export const CURRENCY_MEASURES = new Set([
  'dollars', 'euros', 'pounds', 'yen', 'won', 'yuan', 'rubles', 'hryvnias', 'rupees', 'francs', 'pesos',
]);

/** Head nouns that say what a sum of money is: `insured losses`, `aid`, `a $70,000 bond`. */
export const MONEY_NOUNS = new Set([
  'aid', 'cash', 'money', 'revenue', 'revenues', 'sales', 'funding', 'funds', 'fund', 'loss', 'losses', 'damage',
  'damages', 'debt',
  'debts', 'spending', 'investment', 'investments', 'profit', 'profits', 'earnings', 'income', 'compensation', 'bail',
  'bond',
  'bonds', 'fine', 'fines', 'cost', 'costs', 'budget', 'payment', 'payments', 'salary', 'salaries', 'wages', 'taxes',
  'tariffs',
  'subsidies', 'grant', 'grants', 'loan', 'loans', 'assets', 'reserves', 'deposits', 'bonus', 'bonuses', 'benefits',
  'relief',
  'claims', 'premium', 'premiums', 'proceeds', 'valuation', 'contract', 'settlement', 'package', 'lifeline', 'offer',
  'bid',
  'stake', 'donations', 'contributions', 'ransom', 'expenses', 'savings', 'capital', 'credit', 'exports', 'imports',
  'goods',
  'liabilities', 'impact', 'deficit', 'surplus', 'bailout', 'stimulus', 'penalty', 'penalties', 'award', 'judgment',
  'deal',
  'order', 'orders', 'purchases', 'price', 'bill', 'tab', 'value', 'worth', 'turnover', 'fees', 'rent', 'pension',
  'pensions', 'writedown', 'writedowns', 'shortfall', 'overruns',
]);

/** Words that, standing for a noun (`the injured`, `12 dead`), count people. */
export const CASUALTY_WORDS = new Set([
  'dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'displaced', 'evacuated', 'homeless', 'hospitalised',
  'hospitalized', 'deceased', 'infected', 'stranded', 'death', 'deaths', 'fatality', 'fatalities', 'injury', 'injuries',
  'casualty', 'dying',
]);

/** Currency symbols before a number. */
export const CURRENCY_SYMBOLS: Record<string, string> = table({
  '$': 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen', '₩': 'won', '₽': 'rubles', '₴': 'hryvnias', '₹': 'rupees',
});

/** ISO 4217 codes of the currency signs, and of `US$`-style prefixes before `$`. */
export const SYMBOL_CODES: Record<string, string> = table({
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₽': 'RUB', '₴': 'UAH', '₹': 'INR',
  US$: 'USD', A$: 'AUD', C$: 'CAD', HK$: 'HKD', NZ$: 'NZD', S$: 'SGD',
});

/** Currency codes and abbreviations written before a number (`Rs 24 lakh`, `INR 40 lakh`, `USD 5m`): code and word. */
export const CURRENCY_CODES: Record<string, [string, string]> = table({
  rs: ['INR', 'rupees'], inr: ['INR', 'rupees'], usd: ['USD', 'dollars'], eur: ['EUR', 'euros'], gbp: ['GBP', 'pounds'],
  jpy: ['JPY', 'yen'], chf: ['CHF', 'francs'], aud: ['AUD', 'dollars'], cad: ['CAD', 'dollars'], hkd: ['HKD',
  'dollars'],
  cny: ['CNY', 'yuan'], rmb: ['CNY', 'yuan'], krw: ['KRW', 'won'], rub: ['RUB', 'rubles'], sgd: ['SGD', 'dollars'],
  nzd: ['NZD', 'dollars'], pkr: ['PKR', 'rupees'], bdt: ['BDT', 'taka'], php: ['PHP', 'pesos'], mxn: ['MXN', 'pesos'],
  zar: ['ZAR', 'rand'], ngn: ['NGN', 'naira'], kes: ['KES', 'shillings'], try: ['TRY', 'lira'], brl: ['BRL', 'reais'],
});

/**
 * Currency words after a number, with their code; two-word keys name the
 * country (`hong kong dollars`) and win over the bare word.
 */
export const CURRENCY_WORDS: Record<string, string> = table({
  dollars: 'USD', dollar: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'hong kong dollars': 'HKD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD', 'singapore dollars': 'SGD', 'new zealand dollars': 'NZD', 'taiwan dollars': 'TWD',
  euros: 'EUR', euro: 'EUR', yen: 'JPY', won: 'KRW', yuan: 'CNY', renminbi: 'CNY', rupees: 'INR', rupee: 'INR',
  'pakistani rupees': 'PKR', 'sri lankan rupees': 'LKR', rubles: 'RUB', roubles: 'RUB', hryvnias: 'UAH', hryvnia: 'UAH',
  'swiss francs': 'CHF', francs: 'CHF', pesos: 'MXN', 'philippine pesos': 'PHP', rand: 'ZAR', naira: 'NGN', lira: 'TRY',
  shekels: 'ILS', dirhams: 'AED', riyals: 'SAR', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', taka: 'BDT',
  'pounds sterling': 'GBP',
  sterling: 'GBP', reais: 'BRL', kronor: 'SEK', kroner: 'NOK', zloty: 'PLN', forints: 'HUF', cents: 'USD',
});

/**
 * Units of measure after a number and the code the export writes. Lower-case
 * keys; `CASED_UNITS` holds the ones whose case matters (`GW`, `m`).
 */
export const MEASURE_UNITS: Record<string, string> = table({
  acres: 'acres', acre: 'acres', hectares: 'hectares', hectare: 'hectares', ha: 'hectares',
  miles: 'miles', mile: 'miles', mi: 'miles', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km',
  km: 'km', kms: 'km',
  metres: 'm', meters: 'm', metre: 'm', meter: 'm', centimetres: 'cm', centimeters: 'cm', cm: 'cm',
  millimetres: 'mm', millimeters: 'mm', mm: 'mm', feet: 'feet', foot: 'feet', ft: 'feet', inches: 'inches',
  inch: 'inches',
  yards: 'yards', yard: 'yards', tonnes: 'tons', tons: 'tons', tonne: 'tons', ton: 'tons', kilograms: 'kg',
  kilogram: 'kg', kg: 'kg',
  kilos: 'kg', grams: 'grams', gram: 'grams', litres: 'litres', liters: 'litres', gallons: 'gallons',
  barrels: 'barrels',
  degrees: 'degrees', degree: 'degrees', mph: 'mph', kph: 'km/h', knots: 'knots', magnitude: 'magnitude',
});

/** Units whose case tells them from words or scales: power (`GW`), metres glued or spaced (`m`). */
export const CASED_UNITS: Record<string, string> = table({
  GW: 'GW', MW: 'MW', kW: 'kW', TW: 'TW', GWh: 'GWh', MWh: 'MWh', kWh: 'kWh', TWh: 'TWh',
});

/** Fraction words: `third` → 3 (`a third of`, `two-thirds of`). */
export const FRACTIONS: Record<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
});

/**
 * Words that end a noun phrase after a number: function words, auxiliaries,
 * pronouns and common adverbs. The counted noun is the last word before one.
 */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'into', 'onto', 'over', 'under',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those',
  'includes', 'include', 'included', 'means', 'marks', 'makes', 'comes', 'goes', 'seems', 'appears', 'represents',
  'reflects', 'brings', 'puts', 'takes', 'within', 'beyond', 'amid', 'despite', 'upon', 'unlike', 'besides',
  'throughout', 'aboard', 'inside', 'outside', 'toward',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'it', 'its', 'they', 'them', 'their', 'he', 'she',
  'his', 'her', 'him', 'us', 'we', 'our', 'you', 'your', 'i', 'me', 'my', 'already', 'also', 'still', 'now', 'then', 'each', 'per', 'a',
  'more', 'less', 'fewer', 'most', 'all', 'some', 'any', 'about', 'around', 'including', 'among', 'between', 'during',
  'after', 'before', 'since', 'until', 'while', 'when', 'where', 'if', 'because', 'though', 'although', 'just', 'only',
  'even', 'there', 'here', 'against', 'across', 'through', 'toward', 'towards', 'near', 'off', 'up', 'down', 'out',
  'say', 'says', 'said', 'told', 'according', 'reportedly', 'allegedly', 'apiece', 'each', 'total', 'altogether', 'or',
  'again', 'ago', 'away', 'back', 'being', 'like', 'what', 'how', 'why', 'own', 'such', 'both', 'either', 'neither', 'via',
  'whether', 'once', 'too', 'very', 'worth', 'last', 'next', 'annually', 'yearly', 'daily', 'weekly', 'monthly', 'overall', 'nationwide', 'worldwide', 'statewide', 'alone', 'today', 'yesterday', 'tomorrow', 'left', 'remain', 'remained', 'remains', 'died', 'die', 'dead', 'killed',
  'wounded', 'injured', 'hurt', 'missing', 'arrested', 'detained', 'sent', 'deployed', 'voted', 'went', 'came',
  "that's", "it's", "there's", "here's", "he's", "she's", "who's", "what's", "we're", "they're", "i'm", "you're", "don't",
  "didn't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "doesn't", "hasn't", "haven't", "they've", "we've",
]);

/** Cue words that may start a sentence before a number without being a label (`About 600 ...`). */
export const SENTENCE_CUE_WORDS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'over', 'roughly', 'approximately', 'only', 'just', 'another', 'more', 'at', 'up', 'as', 'fewer', 'less', 'an', 'a', 'the', 'all', 'those', 'these', 'and', 'but', 'of', 'by', 'in', 'to', 'with', 'for', 'from', 'on']);

/** Increment cues after a number: `eleven additional cases`, `200 extra beds`. */
export const INCREMENT_AFTER = new Set(['additional', 'further', 'extra']);

/**
 * Words of change before `by N`, `from X to Y` (`rose by 2,500`, `revised down by 640,000`): the number is
 * the size of a change or an earlier level, not a level or a range.
 */
export const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow',
  'grows', 'grown', 'growing', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'fell', 'fall',
  'falls', 'fallen', 'falling', 'dropped', 'drop', 'drops', 'declined', 'decline', 'declines', 'decreased',
  'decrease', 'decreases', 'slipped', 'dipped', 'gained', 'gains', 'revised', 'raised', 'lowered', 'reduced',
  'boosted', 'expanded', 'shrank', 'shrunk', 'swelled', 'surged', 'soared', 'plunged', 'tumbled', 'slid', 'up',
  'down', 'upward', 'upwards', 'downward', 'downwards', 'higher', 'lower', 'slowed', 'accelerated', 'eased',
  'widened', 'narrowed', 'cut', 'lift', 'lifts', 'lifted', 'raise', 'raises', 'boost', 'boosts', 'reduce', 'reduces',
]);

/** Nouns naming a change before `of N` (`an increase of 12%`, `a drop of 300`). */
export const CHANGE_NOUNS = new Set([
  'increase', 'rise', 'jump', 'gain', 'growth', 'surge', 'drop', 'decline', 'fall', 'decrease', 'reduction', 'dip',
  'revision', 'upgrade', 'downgrade',
]);

/** Words that name a further batch before `of N`: `a second deployment of 2,500`, `another wave of 300`. */
export const BATCH_NOUNS = new Set([
  'deployment', 'deployments', 'batch', 'wave', 'round', 'shipment', 'tranche', 'contingent', 'group', 'installment',
  'instalment', 'package', 'delivery', 'consignment', 'rotation', 'convoy', 'influx', 'infusion', 'injection',
  'dispatch',
]);

/** Words before a batch noun that make it a further one (`a second`, `a fresh`, `another`). */
export const BATCH_ORDINALS = new Set([
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'fresh', 'new', 'another',
  'additional', 'further', 'subsequent',
]);
