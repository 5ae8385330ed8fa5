/**
 * Money rules that read the clause around a sum rather than the noun next to
 * it: a verb that names the money (`could lose $1.5 billion` → losses, `fined
 * the bank $25 million` → fine, `raise $40 million in a listing` → proceeds),
 * `$40 lakh on lawyers` after a spending verb, and a money noun that opens a
 * clause whose verb states its level past a long modifier (`insured losses from
 * the storm that hit the coast could reach $2 billion`). Each reads a fixed
 * window of tokens before or after the sum.
 */
import type { Quantity } from '../../article.js';
import {
  BE_FORMS,
  currencyCodeWord,
  currencyOpener,
  CURRENCY_MEASURES,
  LEVEL_HEDGES,
  MONEY_NOUNS,
  STOP_WORDS,
  isCurrencyCode,
} from './lexicon.js';
import type { Token } from './tokens.js';
import { isCapital, phraseAfter } from './measure-context.js';
import type { MeasureContext, MeasureRule } from './measure-context.js';
import { determiners } from '../../vocabulary/determiners.js';

/** A sum of money (a currency code: `20 pounds` of weight is none) whose measure does not yet say what it is. */
export const unnamedMoney = (q: Quantity): boolean =>
  isCurrencyCode(q.unitCode) && (q.measure === null || CURRENCY_MEASURES.has(q.measure));

/** One verb family and what a sum it takes is. */
interface MoneyVerb {
  words: string[];
  measure: string;
  /** The verb may take a person or body before the sum (`fined the bank $25 million`). */
  object?: boolean;
  /** The word that must follow the sum for the row to hold (`gave $5 million toward`). */
  then?: RegExp;
  /** The measure when the sentence names a sale of shares or bonds (`raise $12 billion in a listing`). */
  sale?: string;
}

/** Verbs whose object is a sum of money, and what that money is. */
const MONEY_VERB_ROWS: MoneyVerb[] = [
  { words: ['lose', 'lost', 'loses', 'losing'], measure: 'losses' },
  { words: ['spend', 'spent', 'spends', 'spending'], measure: 'spending' },
  { words: ['earn', 'earned', 'earns', 'earning'], measure: 'earnings' },
  { words: ['cost', 'costs', 'costing'], measure: 'cost', object: true },
  { words: ['pay', 'paid', 'pays', 'paying'], measure: 'payment', object: true },
  { words: ['owe', 'owes', 'owed', 'owing'], measure: 'debt', object: true },
  { words: ['fine', 'fined', 'fines', 'fining'], measure: 'fine', object: true },
  { words: ['award', 'awarded', 'awards', 'awarding'], measure: 'award', object: true },
  { words: ['donate', 'donated', 'donates', 'donating'], measure: 'donations' },
  { words: ['contribute', 'contributed', 'contributes', 'contributing'], measure: 'contributions' },
  { words: ['invest', 'invested', 'invests', 'investing'], measure: 'investment' },
  { words: ['save', 'saved', 'saves', 'saving'], measure: 'savings' },
  { words: ['raise', 'raised', 'raises', 'raising'], measure: 'funds', sale: 'proceeds' },
  // Money promised to a cause by donors or governments.
  { words: ['pledge', 'pledged', 'pledges', 'pledging'], measure: 'pledged aid' },
  // Sums an investigation or a court moves: what was taken, held back or handed back.
  { words: ['recover', 'recovered', 'recovers', 'recovering'], measure: 'recovered assets' },
  { words: ['freeze', 'froze', 'frozen', 'freezes', 'freezing'], measure: 'frozen assets' },
  { words: ['seize', 'seized', 'seizes', 'seizing'], measure: 'seized assets' },
  { words: ['trace', 'traced', 'traces', 'tracing'], measure: 'traced assets' },
  { words: ['embezzle', 'embezzled', 'embezzles', 'embezzling'], measure: 'embezzled funds' },
  { words: ['steal', 'stole', 'stolen', 'steals', 'stealing'], measure: 'stolen funds' },
  { words: ['launder', 'laundered', 'launders', 'laundering'], measure: 'laundered money' },
  { words: ['repay', 'repaid', 'repays', 'repaying'], measure: 'repayments', object: true },
  { words: ['refund', 'refunded', 'refunds', 'refunding'], measure: 'refunds', object: true },
  // Only with `into`: `poured $2 billion into the fund`.
  {
    words: [
      'pour',
      'poured',
      'pours',
      'pouring',
      'pump',
      'pumped',
      'pumps',
      'pumping',
      'inject',
      'injected',
      'injects',
    ],
    measure: 'investment',
    then: /^into$/,
  },
  // Only with `toward`: `gave $5 to a clerk` is no gift to a cause.
  { words: ['give', 'gave', 'given', 'gives', 'giving'], measure: 'contributions', then: /^towards?$/ },
];

const MONEY_VERBS = new Map<string, MoneyVerb>();
for (const row of MONEY_VERB_ROWS) for (const w of row.words) MONEY_VERBS.set(w, row);

/** Words of a sale whose proceeds a raised sum is: `raise $12 billion in its listing`. */
const SALE_WORDS = new RegExp(
  '^(?:listing|listings|ipo|offering|offerings|flotation|float|shares|share|stock|bond|bonds|debut|placement|' +
    'sale|deal)$',
);

/** Words that may stand between a money verb and its sum (`could lose anywhere from`, `spent roughly`). */
const VERB_FILLERS =
  /^(?:anywhere|from|between|some|roughly|about|nearly|almost|approximately|around|over|another|out|back)$/;

/** Pronouns that stand for the person who pays or is paid: `fined him $500`. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);

/** Determiners an object of `cost`, `pay` or `fine` may open with (`cost the state $800 million`). */
const DETERMINERS = determiners('each', 'every');

/** Verbs of spending before `$X on Y, $Z on W`. */
const SPEND_VERBS = new Set(['spend', 'spent', 'spends', 'spending', 'invest', 'invested', 'invests', 'splurged']);

/** Tokens that end a clause for the backward scans here. */
const stop = (t: Token): boolean => t.newline || (t.kind === 'punct' && /^[.;:!?]$/.test(t.text));

/** The first token of the sum: a currency code before the number (`Rs 24 lakh`, `INR 5 crore`) belongs to it. */
export function moneyBegin(ctx: MeasureContext): number {
  const t = ctx.tokens;
  const b = ctx.begin;
  const at = currencyOpener(t, b);
  if (at < b - 1) return at;
  const p = t[at];
  return p?.kind === 'word' && currencyCodeWord(p) ? at : b;
}

/** The sentence holds a word of a share or bond sale, within a fixed window around the sum. */
function saleNear(ctx: MeasureContext, b: number): boolean {
  const t = ctx.tokens;
  for (let k = Math.max(0, b - 12); k < Math.min(t.length, ctx.after + 16); k++) {
    if (SALE_WORDS.test(t[k]!.lower)) return true;
  }
  return false;
}

/** The money verb's row and the measure it gives, for a verb at token k before a sum starting at b. */
function verbMeasure(ctx: MeasureContext, k: number, b: number, viaObject: boolean): string | null {
  const row = MONEY_VERBS.get(ctx.tokens[k]?.lower ?? '');
  if (!row || (viaObject && !row.object)) return null;
  const t = ctx.tokens;
  const next = t[ctx.after]?.lower ?? '';
  if (row.then && !row.then.test(next)) return null;
  if (row.sale && saleNear(ctx, b)) return row.sale;
  if (row.measure === 'cost' && next === 'to') {
    // `will cost $2 billion to rebuild`: the cost of doing that.
    const v = t[ctx.after + 1];
    if (v?.kind === 'word' && !STOP_WORDS.has(v.lower) && !isCapital(v.text) && !v.newline) return `${v.lower} cost`;
  }
  return row.measure;
}

/** `could lose $1.5 billion`, `fined the bank $25 million`, `raise $40 million in a listing`, `cost $2bn to fix`. */
export const moneyVerb: MeasureRule = {
  id: 'quantities/money-verb',
  applies: unnamedMoney,
  find: (ctx) => {
    const t = ctx.tokens;
    const b = moneyBegin(ctx);
    let k = b - 1;
    while (k > 0 && b - k < 4 && VERB_FILLERS.test(t[k]!.lower)) k--;
    const direct = verbMeasure(ctx, k, b, false);
    if (direct) return direct;
    // An object between the verb and the sum: a pronoun, or a short phrase (`the state`, `Fortune 500 airlines`).
    if (OBJECT_PRONOUNS.has(t[k]?.lower ?? '')) return verbMeasure(ctx, k - 1, b, true);
    for (let n = 0; n < 5 && k > 0; n++, k--) {
      const w = t[k]!;
      if (w.newline || (w.kind !== 'word' && w.kind !== 'num')) return null;
      if (w.kind === 'word' && STOP_WORDS.has(w.lower) && !DETERMINERS.has(w.lower)) return null;
      const found = verbMeasure(ctx, k - 1, b, true);
      if (found) return found;
    }
    return null;
  },
};

/** Auxiliaries between a sum and the money verb it is the object or passive subject of (`could be`, `it had`). */
const AFTER_AUX = new Set(['could', 'would', 'will', 'may', 'might', 'can', 'has', 'have', 'had', 'was', 'were', 'is']);
const AFTER_AUX_MORE = new Set(['be', 'been', 'are', 'being', 'already', 'now', 'since', 'then', 'also']);
/** Subjects of a relative clause after a sum: `the $2 million it had frozen`, `the £40m they lost`. */
const AFTER_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
/** Passive participles of money handed back, which is then recovered: `could be returned from abroad`. */
const RETURNED = new Set(['returned', 'repatriated', 'clawed']);
/** Particles after a participle before `as`: `paid back out as returns`. */
const PARTICLES = new Set(['back', 'out']);

/**
 * `a further $3 million could be returned`, `$2 million was stolen`, `the €5 million it had frozen`: a sum that is
 * the passive subject or the relative object of a money verb after it; `was paid out as "returns"` names it by `as`.
 */
export const moneyVerbAfter: MeasureRule = {
  id: 'quantities/money-verb-after',
  applies: unnamedMoney,
  find: (ctx) => {
    const t = ctx.tokens;
    let k = ctx.after;
    const relative = AFTER_SUBJECTS.has(t[k]?.lower ?? '') && t[moneyBegin(ctx) - 1]?.lower === 'the';
    if (relative) k++;
    if (!AFTER_AUX.has(t[k]?.lower ?? '')) return null;
    for (k++; k < ctx.after + 5 && AFTER_AUX_MORE.has(t[k]?.lower ?? ''); k++);
    const verb = t[k]?.lower ?? '';
    if (!relative && RETURNED.has(verb)) return 'recovered assets';
    const row = MONEY_VERBS.get(verb);
    if (!row || row.then || !/(?:ed|en|id|nt|st)$/.test(verb)) return null;
    for (k++; PARTICLES.has(t[k]?.lower ?? ''); k++);
    if (!relative && t[k]?.lower === 'as') {
      const q = t[k + 1]?.kind === 'punct' ? k + 2 : k + 1;
      const ws = phraseAfter(t, q);
      if (ws) return ws.join(' ').toLowerCase();
    }
    return row.measure;
  },
};

/** `spent Rs 24 lakh on travel, Rs 40 lakh on lawyers`: a sum before `on`, its spending verb earlier in the clause. */
export const moneyOn: MeasureRule = {
  id: 'quantities/money-on',
  applies: unnamedMoney,
  find: (ctx) => {
    const t = ctx.tokens;
    if (t[ctx.after]?.lower !== 'on') return null;
    const ws = phraseAfter(t, ctx.after + 1);
    // `on Monday`, `on Wall Street`: a name or a day is when or where, not what the money went on.
    if (!ws || isCapital(ws[0]!)) return null;
    for (let k = moneyBegin(ctx) - 1; k >= Math.max(0, ctx.begin - 24) && !stop(t[k]!); k--) {
      if (SPEND_VERBS.has(t[k]!.lower)) return `spending on ${ws.join(' ').toLowerCase()}`;
    }
    return null;
  },
};

/** Verbs and auxiliaries that state the level of a money noun before its sum (`could reach`, `are likely to be`). */
const LEVEL_VERBS = new Set([
  ...BE_FORMS,
  'reach',
  'reaches',
  'reached',
  'total',
  'totals',
  'totaled',
  'totalled',
  'top',
  'topped',
  'exceed',
  'exceeded',
  'range',
  'ranges',
  'ranged',
  'amount',
  'amounted',
  'come',
  'came',
  'run',
  'ran',
  'hit',
  'soar',
  'soared',
  'climb',
  'climbed',
  'stand',
  'stands',
  'stood',
  'tally',
]);

/** Words a level verb phrase is made of besides the verb: `could`, `likely to`, `into the`, `between`. */
const LEVEL_GLUE = new Set([
  ...LEVEL_HEDGES,
  'should',
  'projected',
  'into',
  'the',
  'up',
  'eventually',
  'already',
  'still',
  'also',
  'not',
]);

/** Words that may open the clause before its money noun: a determiner, `that`, a verb of saying or believing. */
const CLAUSE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'that',
  'this',
  'these',
  'those',
  'says',
  'said',
  'say',
  'believes',
  'believe',
  'estimates',
  'estimated',
  'expects',
  'expected',
  'warns',
  'warned',
  'thinks',
  'think',
  'projects',
  'projected',
  'predicts',
  'predicted',
  'and',
  'but',
  'while',
]);

/** Modifiers a money noun may carry at the opening of its clause (`total private market insured`). */
const moneyModifier = (t: Token): boolean =>
  t.kind === 'word' &&
  !STOP_WORDS.has(t.lower) &&
  !MONEY_NOUNS.has(t.lower) &&
  (isCapital(t.text) || !/(?:ed|ing)$/.test(t.lower) || /^(?:insured|uninsured|estimated|projected)$/.test(t.lower));

/** Adjectives kept with the noun in the measure (`insured losses`, `direct financial loss`). */
const KEPT_MODIFIER = /^(?:[a-z]+(?:al|ic|ive|ary|ous)|insured|uninsured|net|gross|direct|indirect|economic|cyber)$/;

/** The money noun at token k as a measure, with the adjectives before it that say which money. */
function withModifiers(tokens: Token[], k: number): string {
  const ws = [tokens[k]!.lower];
  for (let j = k - 1; j >= k - 2 && j >= 0; j--) {
    const w = tokens[j]!;
    if (w.kind !== 'word' || !KEPT_MODIFIER.test(w.lower)) break;
    ws.unshift(w.lower);
  }
  return ws.join(' ');
}

/** A money noun at token k opens its clause: only modifiers stand between it and the clause's start or opener. */
function opensClause(tokens: Token[], k: number): boolean {
  let j = k - 1;
  for (let n = 0; n < 6 && j >= 0; n++, j--) {
    const w = tokens[j]!;
    if (stop(w) || w.text === ',' || CLAUSE_OPENERS.has(w.lower)) return true;
    // `U.S.`: a dotted abbreviation inside the modifiers.
    if (w.text === '.' && isCapital(tokens[j - 1]?.text ?? '')) continue;
    if (!moneyModifier(w)) return false;
  }
  return j < 0;
}

/**
 * `insured losses from the outage that hit retailers could reach into the billions`, `the largest loss will be borne
 * by retailers ($1.9 billion)`: a money noun opening the clause names a sum its level verb states, past a modifier.
 */
export const moneyClause: MeasureRule = {
  id: 'quantities/money-clause',
  applies: unnamedMoney,
  find: (ctx) => {
    const t = ctx.tokens;
    let k = moneyBegin(ctx) - 1;
    // `retailers in the north ($1.9 billion)`: a sum in brackets after a noun is that clause's money.
    // Not a conversion (`€3 billion ($3.3 billion)`, `176 Hong Kong dollars (£17.43)`): no sum ends at the bracket.
    const prev = ctx.all[ctx.index - 1];
    const converted = !!prev && !!t[k] && prev.end >= (t[k - 1]?.start ?? 0) && prev.end <= t[k]!.start;
    const bracket = t[k]?.text === '(' && t[k - 1]?.kind === 'word' && t[k - 2]?.kind !== 'num' && !converted;
    if (!bracket) {
      let verb = false;
      for (; k >= 0 && (LEVEL_VERBS.has(t[k]!.lower) || LEVEL_GLUE.has(t[k]!.lower)); k--) {
        if (LEVEL_VERBS.has(t[k]!.lower)) verb = true;
      }
      if (!verb) return null;
    }
    // Back through the noun's modifier (`from the storm that hit the coast on Monday`), skipping bracketed sums,
    // within the clause: a comma may close an earlier clause (`a deal was mentioned, and this bundle is $60`).
    const floor = Math.max(0, k - 30);
    for (; k >= floor && !stop(t[k]!) && t[k]!.text !== ','; k--) {
      const w = t[k]!;
      if (w.text === ')') {
        while (k > floor && t[k]!.text !== '(' && !stop(t[k]!)) k--;
        continue;
      }
      // A capitalised money noun before another capitalised word is part of a name (`Price Waterhouse`).
      const name = isCapital(w.text) && isCapital(t[k + 1]?.text ?? '');
      if (w.kind === 'word' && MONEY_NOUNS.has(w.lower) && !name && opensClause(t, k)) {
        return withModifiers(t, k);
      }
    }
    return null;
  },
};
