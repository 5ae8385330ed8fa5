/**
 * What a percentage measures: a change (`sales fell 10 percent`, `rose by 23
 * percent` an increase, `expand the fleet by 30%` an expansion), a levy's rate
 * (`a 15% tariff`), a state (`45% contained`), the noun it is said of (`a 9%
 * raise`), a rate that is the subject (`the jobless rate rose to 4.1%`) or the
 * level a rate's change ends at; and a change in points (`cut by a
 * quarter-point`). Each reads a fixed window of tokens around the number.
 */
import { isAdverb } from './subject.js';
import type { Token } from './tokens.js';
import { clauseStop, isCapital, lowerWords, phraseAfter, subjectOf } from './measure-context.js';
import type { MeasureContext, MeasureRule } from './measure-context.js';
import { RATE_NOUNS, RATE_OF } from '../../vocabulary/measures.js';
import { changeLevel } from './measure-econ.js';
import { determiners } from '../../vocabulary/determiners.js';
import { demonymCountries } from '../entities/gazetteer.js';
import { MONTHS } from './lexicon.js';

/** A set of words from a space-separated list (the movement words below, the job and value rules' lists). */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(' '));
}

const RISE = wordSet(
  'rose risen rise rises increased increase increases grew grown grow boosted boost raised raise ' +
    'jumped climbed gained expanded expand soared surged',
);
const FALL = wordSet(
  'fell fallen fall falls dropped drop declined decline decreased decrease shrank shrunk plunged ' +
    'tumbled slid slumped lost',
);
const REDUCE = wordSet(
  'reduce reduced reduces reducing cut cuts cutting lower lowered lowers slash slashed slashes trim ' + 'trimmed',
);
/** Which change a verb before `by N%` makes, in order: the first row naming the verb wins. */
const CHANGE_KINDS: Array<{ verbs: Set<string>; measure: string }> = [
  { verbs: REDUCE, measure: 'percent reduction' },
  // `expand the fleet by 30%`: an expansion of what the verb's object is.
  { verbs: wordSet('expand expanded expands expanding enlarge enlarged widen widened'), measure: 'percent expansion' },
  { verbs: RISE, measure: 'percent increase' },
  { verbs: FALL, measure: 'percent decrease' },
];

/** Adjectives after a percentage that say what it measures: `45% contained` is the fire's share contained. */
const PERCENT_STATES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  contained: 'percent contained',
  complete: 'completion',
  completed: 'completion',
  full: 'capacity',
});

/** Nouns of a charge levied at a rate: `a 15% tariff` is a tariff rate, not a share of tariffs. */
const LEVIES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  tariff: 'tariff rate',
  tariffs: 'tariff rate',
  tax: 'tax rate',
  taxes: 'tax rate',
  duty: 'duty rate',
  duties: 'duty rate',
  levy: 'levy rate',
  levies: 'levy rate',
  surcharge: 'surcharge rate',
  vat: 'VAT rate',
  interest: 'interest rate',
  commission: 'commission rate',
});

/** Words that, right before a percent, make it a change: `plunged 10 percent`, `up 0.35%`. */
const CHANGE_VERBS = new Set([
  'up',
  'down',
  'rose',
  'rise',
  'rises',
  'risen',
  'fell',
  'fall',
  'falls',
  'fallen',
  'dropped',
  'drop',
  'drops',
  'plunged',
  'plummeted',
  'climbed',
  'jumped',
  'soared',
  'surged',
  'slid',
  'slipped',
  'gained',
  'declined',
  'decreased',
  'increased',
  'grew',
  'grown',
  'shrank',
  'shrunk',
  'tumbled',
  'sank',
  'rallied',
  'dipped',
  'slumped',
  'spiked',
  'advanced',
  'retreated',
  // `the index lost 3.1%`, `shed 2%`: a market's loss is a change.
  'lost',
  'shed',
]);

/** Words that may stand between a change word and its percent (`rose slightly by`, `down just`). */
const CHANGE_FILLERS = new Set([
  'by',
  'just',
  'only',
  'slightly',
  'sharply',
  'still',
  'nearly',
  'almost',
  'some',
  'about',
  'roughly',
  'more',
  'than',
  'another',
  'a',
  'further',
]);

/** Words after `the N%` that report the figure rather than name a noun: `first reported`, `given`. */
const REPORTED_AFTER = /^(?:first|initially|originally|previously|earlier|given|\w+ed)$/;

/** `the 0.6% first reported`, `the 7.2% national figure`: words after a percentage that report or name the figure. */
const reportsFigure = (ws: string[]): boolean =>
  ws.every((w) => REPORTED_AFTER.test(w.toLowerCase())) || NO_NOUN.has(ws[ws.length - 1]!.toLowerCase());

/** Bound words that open a level a change crosses: `fell below 3%`, `climbed above 5%`. */
const LEVEL_BOUNDS = wordSet('below above under beneath');

/** Nouns of change before `of`: `an increase of 0.3 percent`. */
const CHANGE_NOUNS = new Set([
  'increase',
  'decrease',
  'rise',
  'drop',
  'fall',
  'decline',
  'gain',
  'jump',
  'growth',
  'loss',
  'reduction',
  'cut',
]);

/** Adjectives before a rate noun that do not say which rate it is. */
const RATE_QUALIFIERS = /^(?:average|overall|current|latest|new|annual|monthly|weekly|national|official|its|their)$/;

/** Nouns of a forecast of a rate: `its inflation forecast`, `the unemployment projection`. */
const FORECAST_HEADS = wordSet('forecast forecasts projection projections outlook');

/** Rate nouns whose kinds are rates too (`core inflation` is the core inflation rate; `hotel occupancy` stays). */
const ECONOMIC_RATES = wordSet('inflation unemployment');

/** Lower-case demonyms and country names: `Czech inflation` is the country's inflation rate, not a kind of it. */
const NATIONS = demonymCountries();

/**
 * quantities/rate-of-noun: a modifier that says where or when (`Czech inflation`, `October inflation`) or that the
 * figure was expected (`expected inflation`) leaves the plain rate; one that names a kind keeps it (`core
 * inflation` → core inflation rate).
 */
function rateOfNoun(mod: string, capital: boolean, own: string): string {
  if (!mod || capital || RATE_QUALIFIERS.test(mod) || /ed$/.test(mod) || NATIONS[mod] || MONTHS[mod] !== undefined)
    return own;
  return `${mod} ${own}`;
}

/**
 * The rate a subject names (`the jobless rate`, `unemployment` → unemployment rate), or null when its head is no
 * rate noun. `initial`: the phrase opens its sentence, so its first word's capital says nothing.
 */
export function rateName(words: string[], initial: boolean): string | null {
  const ws = lowerWords(words);
  const head = ws[ws.length - 1]!;
  const mod = ws.length > 1 ? ws[ws.length - 2]! : '';
  if (FORECAST_HEADS.has(head) && RATE_OF[mod]?.endsWith(' rate')) return RATE_OF[mod]!;
  if (!RATE_NOUNS.has(head)) return null;
  // `unemployment rose to 5.2 percent`: a bare rate noun names a rate.
  if (ws.length === 1 && RATE_OF[head]) return RATE_OF[head]!;
  const capital = !!mod && isCapital(words[ws.length - 2]!) && !(initial && ws.length === 2);
  if (ECONOMIC_RATES.has(head)) return rateOfNoun(mod, capital, RATE_OF[head]!);
  // The head and the noun before it, past a qualifier that names no rate (`the average mortgage rate`).
  const named = mod && !RATE_QUALIFIERS.test(mod) && !isCapital(words[ws.length - 2]!);
  return named || (mod && initial && ws.length === 2) ? `${mod} ${head}` : head;
}

/** Determiners before the noun a percentage is `of`. */
const NOUN_DETERMINERS = determiners();

/** Nouns before `of N%` that name a part or an amount, not the thing the percentage is of. */
const NO_NOUN = wordSet('total bulk majority minimum maximum average level peak high low record figure');

/** Words that open a noun phrase before a relative clause: a determiner or a preposition (`short of inflation`). */
const PHRASE_OPENERS = determiners(...'of in on at to for from than with by as'.split(' '));
/** Determiners before a percentage that modifies a noun; a levy may also be `new` (`a new 10% tariff`). */
const LEVY_OPENERS = determiners('new');

/** Token j ends a sentence, so the phrase after it opens one and its first capital says nothing. */
const clauseStart = (t: Token[], j: number): boolean => t[j]!.newline || /^[.!?:;"“]$/.test(t[j]!.text);

/** Which change of a rate in points a verb before `by` makes: a cut or an increase. */
const POINT_CHANGES: Array<{ verbs: Set<string>; measure: string }> = [
  { verbs: wordSet('cut cuts cutting lowered lowers lower slashed trimmed reduced'), measure: 'percentage point cut' },
  { verbs: wordSet('raised raises raise hiked hikes lifted increased'), measure: 'percentage point increase' },
];

/** Words after `of` that name no whole of their own: pronouns and amounts (`30% of them`, `of the total`). */
const NO_WHOLE = wordSet('them those it this that all which whom each one total rest remainder time year sample');

/** Common verbs that may follow the whole's noun (`of voters say`, `of firms lost`). */
const WHOLE_VERBS = wordSet(
  'say says said lost lose make makes made have has had get gets got take takes took want wants live lives work ' +
    'works face faces remain remains own owns back backs support supports oppose opposes fell rose went saw won do did ' +
    'go goes come comes came need needs use uses pay pays',
);

/**
 * The noun of the whole after `N% of` at token j: past one determiner, an owner (`the city's`) and a count (`its
 * 400 homes`), up to four words; a single capitalised word (`Americans`, `GDP`) when no lower-case phrase follows.
 */
function wholeAfterOf(t: Token[], j: number): string | null {
  if (t[j]?.lower !== 'of') return null;
  let k = j + 1;
  // `45% of those polled`: a demonstrative before a participle is a pronoun, not a determiner.
  if (t[k]?.lower === 'those' || t[k]?.lower === 'these') return null;
  if (NOUN_DETERMINERS.has(t[k]?.lower ?? '')) k++;
  if (t[k]?.kind === 'word' && /['’]s$/.test(t[k]!.text) && (t[k + 1]?.kind === 'word' || t[k + 1]?.kind === 'num'))
    k++;
  if (t[k]?.kind === 'num') k++;
  const first = t[k];
  if (!first || first.kind !== 'word' || first.newline || NO_WHOLE.has(first.lower)) return null;
  const ws = phraseAfter(t, k);
  // `70% of households lost power`: the phrase ends before the clause's verb.
  const verb = ws ? ws.findIndex((w, n) => n > 0 && (/ed$/.test(w) || WHOLE_VERBS.has(w.toLowerCase()))) : -1;
  if (ws && verb !== 0)
    return (verb > 0 ? ws.slice(0, verb) : ws).map((w) => (isCapital(w) ? w : w.toLowerCase())).join(' ');
  const next = t[k + 1];
  const alone = !next || next.kind !== 'word' || !isCapital(next.text);
  return isCapital(first.text) && alone && !/['’]/.test(first.text) ? first.text : null;
}

/**
 * `consumer prices rose 2.1%`, `consumer prices in the region were up 3.9%`: the change verb's subject, up to six
 * tokens before it within the clause, is `consumer prices`.
 */
function consumerPrices(t: Token[], verb: number, text: string): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 6; k--) {
    const w = t[k]!;
    if (w.kind === 'punct') return false;
    if (w.lower !== 'prices') continue;
    if (t[k - 1]?.lower === 'consumer') return true;
    // `Prices rose 0.6%`, `Month on month, prices fell`: bare prices opening the clause, next to the verb.
    const opens = k === 0 || w.newline || t[k - 1]!.kind === 'punct';
    return opens && verb - k <= 2 && priceStory(text);
  }
  return false;
}

/** A text about the price level (`inflation`, `consumer price`): read once per text, only for bare `prices`. */
const PRICE_STORY = /\binflation\b|\bconsumer[ -]price/i;
let storyText = '';
let storyIs = false;
function priceStory(text: string): boolean {
  if (text !== storyText) {
    storyText = text;
    storyIs = PRICE_STORY.test(text);
  }
  return storyIs;
}

/** Comparatives of price after a percentage: `5.8% dearer`, `6.1% more expensive`, `2% cheaper`. */
const PRICE_COMPARATIVES = wordSet('dearer cheaper pricier');
const PRICE_ADJECTIVES = wordSet('expensive costly');

/** `than a year earlier`, `than a year ago`, `than 12 months before`: the year-on-year comparison. */
const YEAR_BEFORE =
  /^\s+than\s+(?:a\s+year|12\s+months|the\s+same\s+month\s+last\s+year)(?:\s+(?:earlier|ago|before))?\b/i;

/** `food was 5.8% dearer than a year earlier`: a good's price change on the year is its inflation rate. */
function dearerThanYear(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  let j = ctx.after;
  if (t[j]?.lower === 'more' && PRICE_ADJECTIVES.has(t[j + 1]?.lower ?? '')) j++;
  else if (!PRICE_COMPARATIVES.has(t[j]?.lower ?? '')) return null;
  return YEAR_BEFORE.test(ctx.text.slice(t[j]!.end, t[j]!.end + 48)) ? 'inflation rate' : null;
}

/** Pronouns that may report a figure after it: `the 2.7% it projected`, `the 5% they forecast`. */
const PRONOUNS = wordSet('it they he she we');

/** Words before a percentage that set it against the one before: `up 3.6% against 3.3% nationally`. */
const AGAINST = wordSet('against versus vs');

/** A time after a compared percentage: `a year earlier`, `last month`, `in 2019`. */
const EARLIER_TIME =
  /^\s*(?:(?:a|one|the|last|the\s+previous|the\s+same)\s+)?(?:year|month|week|quarter|decade|period)\b|^\s*(?:earlier|ago|before|in\s+\d{4})\b/i;

/** How far before a compared percentage the one it is set against may end. */
const AGAINST_REACH = 60;

/** `prices in the region up 3.6% on the year against 3.3% nationally`: the same rate elsewhere or earlier. */
function againstPercent(ctx: MeasureContext): string | null {
  if (!AGAINST.has(ctx.tokens[ctx.begin - 1]?.lower ?? '')) return null;
  // `against 86% a year earlier`: an earlier time's value is another figure's (the relations read it).
  if (EARLIER_TIME.test(ctx.text.slice(ctx.q.end, ctx.q.end + 32))) return null;
  return namedPercentBefore(ctx, AGAINST_REACH);
}

/** The measure of the percentage right before, when it is named and ends within `reach` characters in the sentence. */
function namedPercentBefore(ctx: MeasureContext, reach: number): string | null {
  const p = ctx.all[ctx.index - 1];
  if (!p || p.unitCode !== 'percent' || !p.measure || p.measure === 'percent') return null;
  const gap = ctx.text.slice(p.end, ctx.start);
  return gap.length <= reach && !/[.!?;]\s/.test(gap) ? p.measure : null;
}

/** How far before a reported percentage the percentage it reports on may end. */
const REPORTED_REACH = 90;

/** `rather than the 0.6% first reported`: the figure before it in the sentence, when that one is named. */
function reportedPercent(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  if (!NOUN_DETERMINERS.has(t[ctx.begin - 1]?.lower ?? '')) return null;
  const ws = phraseAfter(t, ctx.after);
  const first = t[ctx.after]?.lower ?? '';
  // `the 2.7% it projected in August`: a pronoun's forecast or report of the same figure.
  const pronounReport = PRONOUNS.has(first) && REPORTED_AFTER.test(t[ctx.after + 1]?.lower ?? '');
  const reported = ws
    ? reportsFigure(ws)
    : pronounReport || /^(?:first|initially|originally|previously|given)$/.test(first);
  return reported ? namedPercentBefore(ctx, REPORTED_REACH) : null;
}

/** Nouns of a release's reading of a figure: `its flash estimate of 3.2%`, `the preliminary reading of 6.8%`. */
const READING_NOUNS = wordSet('estimate estimates reading readings figure figures print');

/** Between a reading and its revised level: `up to`, `down to`, `to`. */
const READ_TO = /^\s+(?:(?:revised\s+)?(?:up|down)\s+)?to\s*$/i;

/** How many tokens back the sentence is searched for the rate a reading is of. */
const READING_WINDOW = 30;

/**
 * `Inflation was higher than first thought, ..., revising its flash estimate of 3.2% up to 3.3%`: a reading of a
 * percentage is of the rate the sentence named before it (a bare rate noun: inflation, unemployment).
 */
function readingRate(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  // `... of 3.2% up to 3.3%`: the revised level is the same rate.
  const p = ctx.all[ctx.index - 1];
  if (p?.by.includes('quantities/reading-rate') && READ_TO.test(ctx.text.slice(p.end, ctx.start))) return p.measure;
  if (t[ctx.begin - 1]?.lower !== 'of' || !READING_NOUNS.has(t[ctx.begin - 2]?.lower ?? '')) return null;
  for (let k = ctx.begin - 3; k >= 0 && ctx.begin - k < READING_WINDOW; k--) {
    if (clauseStop(t, k)) return null;
    const own = RATE_OF[t[k]!.lower];
    if (own?.endsWith(' rate')) return own;
  }
  return null;
}

/** The percentage rules, in order (money-echo, in measure-money.ts, follows them). */
export const PERCENT_RULES: MeasureRule[] = [
  {
    // quantities/dearer-than-year: `food, which was 5.8% dearer than a year earlier`.
    id: 'quantities/dearer-than-year',
    applies: (q) => q.measure === 'percent',
    find: dearerThanYear,
  },
  {
    // quantities/reading-rate: `its flash estimate of 3.2%` is of the rate the sentence named.
    id: 'quantities/reading-rate',
    applies: (q) => q.measure === 'percent',
    find: readingRate,
  },
  {
    // quantities/consumer-prices: the change of consumer prices is what the inflation rate measures.
    id: 'quantities/consumer-prices',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      const t = ctx.tokens;
      if (t[ctx.after]?.lower === 'of') return null;
      let k = ctx.begin - 1;
      if (t[k]?.lower === 'by') k--;
      return CHANGE_VERBS.has(t[k]?.lower ?? '') && consumerPrices(t, k, ctx.text) ? 'inflation rate' : null;
    },
  },
  {
    // `sales fell 10 percent`, `up 0.35%`: a change; `rose by 23 percent`: an increase; `cut by 30%`: a decrease.
    id: 'quantities/percent-change',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      const t = ctx.tokens;
      // `lost 30% of its value`: a share of a whole, not a change of the percentage itself.
      if (t[ctx.after]?.lower === 'of') return null;
      // `could fall below 3%`, `rose above 5%`: a level crossed, not the size of the change.
      if (LEVEL_BOUNDS.has(t[ctx.begin]?.lower ?? '')) return null;
      let k = ctx.begin - 1;
      // `rose "slightly" by 25 percent`, `down just 2 percent`: skip adverbs, fillers and quote marks.
      const skip = (): void => {
        const skippable = (x: Token): boolean =>
          x.text !== ',' &&
          x.lower !== 'by' &&
          (x.kind === 'punct' || isAdverb(x.lower) || CHANGE_FILLERS.has(x.lower));
        for (let n = 0; n < 4 && k > 0 && skippable(t[k]!); n++) k--;
      };
      skip();
      const link = t[k]?.lower ?? '';
      if (link === 'of' && CHANGE_NOUNS.has(t[k - 1]?.lower ?? '')) return 'percent change';
      // `fell 1,142 points, or 2.9%,`: the same change restated in percent.
      if (link === 'or' && t[k - 1]?.text === ',') {
        for (let j = k - 2; j >= Math.max(0, k - 6) && t[j]!.text !== ',' && t[j]!.text !== '.'; j--)
          if (CHANGE_VERBS.has(t[j]!.lower)) return 'percent change';
        return null;
      }
      if (link !== 'by') return CHANGE_VERBS.has(link) ? 'percent change' : null;
      k--;
      skip();
      const verb = t[k]?.lower ?? '';
      // `boosted base school spending by 2.5%`: the verb may stand a few words before `by`.
      for (let n = 0; n < 6 && k >= 0 && t[k]!.text !== ',' && t[k]!.text !== '.'; n++, k--) {
        const kind = CHANGE_KINDS.find((row) => row.verbs.has(t[k]!.lower));
        if (kind) return kind.measure;
      }
      return CHANGE_VERBS.has(verb) ? 'percent change' : null;
    },
  },
  {
    // `a 15% tariff on steel`, `the 25% tariffs`, `a 20 percent tax`: the rate the charge is levied at.
    id: 'quantities/percent-levy',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      if (!LEVY_OPENERS.has(ctx.tokens[ctx.begin - 1]?.lower ?? '')) return null;
      const ws = phraseAfter(ctx.tokens, ctx.after);
      // `a 10% import tariff`: the levy is the phrase's head, at most one modifier before it.
      const head = ws?.slice(0, 2).find((w) => LEVIES[w.toLowerCase()] !== undefined);
      return head ? LEVIES[head.toLowerCase()]! : null;
    },
  },
  {
    // `the fire is 45% contained`, `the dam is 80 percent complete`: the state the percentage measures.
    id: 'quantities/percent-state',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => PERCENT_STATES[ctx.tokens[ctx.after]?.lower ?? ''] ?? null,
  },
  {
    // `a 2.8 percent discount`, `a 9% raise`, `a 30% stake`: a percentage used before a noun measures that noun.
    id: 'quantities/percent-noun',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      if (!NOUN_DETERMINERS.has(ctx.tokens[ctx.begin - 1]?.lower ?? '')) return null;
      const ws = phraseAfter(ctx.tokens, ctx.after);
      // quantities/percent-reported: `the 0.6% first reported`, `the 5.8% given earlier`, `the 7.2% national figure`: a
      // report of the figure or a word for it, not a noun the percentage measures.
      if (ws && reportsFigure(ws)) return null;
      return ws && !ws.some(isCapital) ? `percent ${lowerWords(ws).join(' ')}` : null;
    },
  },
  {
    // `rose 0.7%, rather than the 0.6% first reported`, `9.1%, against the 7.2% national figure`: the reported value
    // of the percentage named just before it.
    id: 'quantities/percent-reported',
    applies: (q) => q.measure === 'percent',
    find: reportedPercent,
  },
  {
    // `up 3.6% on the year against 3.3% nationally`: a percentage set against the one before measures the same.
    id: 'quantities/percent-against',
    applies: (q) => q.measure === 'percent',
    find: againstPercent,
  },
  {
    // `the jobless rate climbed to 4.1 percent`, `containment reached 45%`: a rate that is the subject is the measure.
    id: 'quantities/percent-subject',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      const found = subjectOf(ctx, true);
      if (!found || found.shape === 'colon') return null;
      return rateName(found.subject.words, found.subject.initial);
    },
  },
  {
    // `40% of the voters`, `30 percent of Britain's farms`: a share of a whole measures the whole's noun.
    id: 'quantities/percent-of-whole',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      const noun = wholeAfterOf(ctx.tokens, ctx.after);
      return noun ? `percent of ${noun}` : null;
    },
  },
  {
    // `a settlement of 4% or more`, `a pay offer of 3.2%`, `a tax credit of 20%`: the noun the percentage is of.
    id: 'quantities/percent-of-noun',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      const t = ctx.tokens;
      if (t[ctx.begin - 1]?.lower !== 'of') return null;
      // The noun and at most two modifiers, after a determiner.
      let k = ctx.begin - 2;
      const ws: string[] = [];
      for (; k >= 0 && ws.length < 3 && t[k]!.kind === 'word' && !NOUN_DETERMINERS.has(t[k]!.lower); k--)
        ws.unshift(t[k]!.text);
      if (!ws.length || !NOUN_DETERMINERS.has(t[k]?.lower ?? '') || ws.some(isCapital)) return null;
      const head = ws[ws.length - 1]!.toLowerCase();
      // `an increase of 12%` is a change (percent-change); `the bulk of`, `a total of` name no noun of their own.
      if (CHANGE_NOUNS.has(head) || NO_NOUN.has(head)) return null;
      return rateName(ws, false) ?? `percent ${lowerWords(ws).join(' ')}`;
    },
  },
  {
    // `inflation, which hit 4.3% in March`, `the jobless rate, which has risen to 6%`: the rate a relative is about.
    id: 'quantities/percent-relative',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      const t = ctx.tokens;
      // The relative's verb: up to three words back (`which has risen to`), then `, which`.
      let k = ctx.begin - 1;
      for (let n = 0; n < 3 && k > 0 && t[k]!.kind === 'word' && t[k]!.lower !== 'which'; n++) k--;
      if (t[k]?.lower !== 'which' || t[k - 1]?.text !== ',') return null;
      // The noun phrase before the comma: up to three words after a determiner or preposition, else its last word.
      const ws: string[] = [];
      let j = k - 2;
      for (; j >= 0 && ws.length < 3 && t[j]!.kind === 'word' && !PHRASE_OPENERS.has(t[j]!.lower); j--)
        ws.unshift(t[j]!.text);
      if (!ws.length) return null;
      // `lag inflation, which`: a rate noun that names a rate alone needs no modifier (one may be a verb).
      const own = RATE_OF[ws[ws.length - 1]!.toLowerCase()];
      if (own) return own;
      const opened = j < 0 || PHRASE_OPENERS.has(t[j]!.lower) || t[j]!.kind !== 'word';
      return rateName(opened ? ws : ws.slice(-1), j < 0 || clauseStart(t, j));
    },
  },
  {
    // `cut its benchmark rate by a quarter-point`: a cut; `raised rates by 0.25 percentage points`: an increase.
    id: 'quantities/points-change',
    applies: (q) => q.measure === 'percentage points',
    find: (ctx) => {
      const t = ctx.tokens;
      if (t[ctx.begin - 1]?.lower !== 'by') return null;
      // The verb a few words before `by`, past its object (`its benchmark interest rate`).
      for (let k = ctx.begin - 2, n = 0; n < 6 && k >= 0 && t[k]!.kind === 'word'; n++, k--) {
        const kind = POINT_CHANGES.find((row) => row.verbs.has(t[k]!.lower));
        if (kind) return kind.measure;
      }
      return null;
    },
  },
];

/** `the jobless rate rose 0.2 points to 4.3%`: run after money-echo (`from 20% now to 24%` is two levels). */
export const percentLevel: MeasureRule = {
  id: 'quantities/percent-level',
  applies: (q) => q.measure === 'percent',
  find: (ctx) => changeLevel(ctx, (words) => rateName(words, false)),
};
