/**
 * What a sum is when the clause says who bears it: `cost the insurance industry $3bn` and `insurance claims
 * of $400m` are insured losses; `the strike will cost carmakers $2bn` is a loss to them (an event costs, a
 * purchase has a cost); `the cost of crop losses, with a price tag of $50m` prices those losses. Each rule
 * refines a measure an earlier money rule gave and reads a fixed window of tokens before the sum.
 */
import type { Token } from './tokens.js';
import type { MeasureContext, MeasureRule } from './measure-context.js';
import { phraseAfter } from './measure-context.js';
import { isCurrencyCode, STOP_WORDS } from './lexicon.js';
import { moneyBegin } from './money-verbs.js';

/** Words of insurance: a sum they bear or a claim on them is an insured loss. */
const INSURANCE = /^(?:insurance|insurers?|reinsurers?|reinsurance|underwriters?|insured)$/;

/** Forms of the verb `cost`. */
const COST_VERBS = /^(?:cost|costs|costing)$/;

/** Words between `cost` and the sum that belong to no object (`cost anywhere from`, `cost roughly`). */
const FILLERS =
  /^(?:anywhere|from|between|some|roughly|about|nearly|almost|approximately|around|over|up|to|an|estimated)$/;

/** Auxiliaries and hedges between an event noun and `cost` (`is expected to`, `could`, `will likely`). */
const AUX =
  /^(?:is|was|are|were|be|been|has|had|have|will|would|could|may|might|can|expected|likely|set|to|already|also)$/;

/** Nouns of events whose cost to someone is a loss to them. */
const EVENTS = new Set([
  'event',
  'outage',
  'outages',
  'strike',
  'strikes',
  'storm',
  'hurricane',
  'typhoon',
  'cyclone',
  'flood',
  'floods',
  'flooding',
  'drought',
  'fire',
  'fires',
  'wildfire',
  'wildfires',
  'earthquake',
  'quake',
  'shutdown',
  'closure',
  'closures',
  'blockade',
  'attack',
  'attacks',
  'hack',
  'breach',
  'crash',
  'collapse',
  'disaster',
  'pandemic',
  'epidemic',
  'war',
  'disruption',
  'disruptions',
  'glitch',
  'boycott',
  'ban',
  'recall',
  'spill',
  'blackout',
  'freeze',
  'heatwave',
  'lockdown',
]);

/** A sum whose measure is `cost` or a claim, in a currency. */
const costOrClaims = (m: string | null, unit: string | null | undefined): boolean =>
  isCurrencyCode(unit) && (m === 'cost' || m === 'claims' || m === 'insurance claims');

/** The token of `cost` before the sum and the object between them (`cost the insurance industry`), or null. */
function costObject(ctx: MeasureContext): { verb: number; object: Token[] } | null {
  const t = ctx.tokens;
  let k = moneyBegin(ctx) - 1;
  while (k > 0 && FILLERS.test(t[k]!.lower)) k--;
  const object: Token[] = [];
  for (let n = 0; n < 6 && k >= 0; n++, k--) {
    const w = t[k]!;
    if (COST_VERBS.test(w.lower)) return object.length ? { verb: k, object } : null;
    if (w.newline || (w.kind !== 'word' && w.kind !== 'num')) return null;
    object.unshift(w);
  }
  return null;
}

/** `insurance claims of $400m`, `cost the insurance industry $3bn`, `could cost cyber insurers $900m`. */
export const moneyInsured: MeasureRule = {
  id: 'quantities/money-insured',
  applies: (q) => costOrClaims(q.measure, q.unitCode),
  find(ctx) {
    const t = ctx.tokens;
    if (ctx.q.measure === 'insurance claims') return 'insured losses';
    if (ctx.q.measure === 'claims') {
      // `Insurance claims of up to $400m`, `insurance claims stemming from the crash could tally $3bn`: the word
      // before the nearest `claims` of the clause.
      for (let k = moneyBegin(ctx) - 1; k > 0 && ctx.begin - k < 14; k--) {
        const w = t[k]!;
        if (w.newline || (w.kind === 'punct' && /^[.;!?]$/.test(w.text))) return null;
        if (w.lower === 'claims') return INSURANCE.test(t[k - 1]!.lower) ? 'insured losses' : null;
      }
      return null;
    }
    const found = costObject(ctx);
    return found?.object.some((w) => INSURANCE.test(w.lower)) ? 'insured losses' : null;
  },
};

/** Public bodies whose outlay an event causes: a cost to them, not a loss of income. */
const PUBLIC_PAYERS =
  /^(?:state|states|city|cities|county|counties|government|governments|taxpayers|council|country|nation|treasury|federal|public)$/;

/** `The strike is expected to cost carmakers about $2 billion`, `the outage cost the airline $150m`: losses. */
export const moneyEventCost: MeasureRule = {
  id: 'quantities/money-event-cost',
  applies: (q) => q.measure === 'cost' && isCurrencyCode(q.unitCode),
  find(ctx) {
    const found = costObject(ctx);
    // `The flood will cost the state $800 million`: what a public body pays out is its cost.
    if (!found || found.object.some((w) => PUBLIC_PAYERS.test(w.lower))) return null;
    const t = ctx.tokens;
    let k = found.verb - 1;
    while (k > 0 && found.verb - k < 6 && AUX.test(t[k]!.lower)) k--;
    return EVENTS.has(t[k]?.lower ?? '') ? 'losses' : null;
  },
};

/** Words that name the price of something (`a price tag of`). */
const PRICE_TAG = /^(?:tag|tags)$/;

/** Verbs that give a thing its price tag (`The stadium has a price tag of`, `The plan carries a $5bn price tag`). */
const TAG_VERBS = /^(?:has|had|have|carries|carried|carry|comes|came|bears|bore|with)$/;

/** The token of `price` in `price tag` just before the sum (`a price tag of`) or just after it (`$5bn price tag`). */
function priceTag(ctx: MeasureContext): number {
  const t = ctx.tokens;
  if (t[ctx.after]?.lower === 'price' && PRICE_TAG.test(t[ctx.after + 1]?.lower ?? '')) return ctx.after;
  for (let k = moneyBegin(ctx) - 1; k > 0 && ctx.begin - k < 6; k--) {
    if (PRICE_TAG.test(t[k]!.lower) && t[k - 1]?.lower === 'price') return k - 1;
  }
  return -1;
}

/** The words of the noun phrase at token a, lower case, without stop words; null when none. */
function phraseWords(tokens: Token[], a: number): string | null {
  let j = a;
  if (/^(?:the|its|their|a|an)$/.test(tokens[j]?.lower ?? '')) j++;
  const ws = phraseAfter(tokens, j);
  const words = ws?.filter((x) => !STOP_WORDS.has(x.toLowerCase())).map((x) => x.toLowerCase());
  return words?.length ? words.join(' ') : null;
}

/**
 * `the cost of crop losses, with a price tag of $50 million` (crop losses), `The new stadium has a price tag of
 * $1.2 billion` (stadium cost): the price of what the clause says it costs, else of the thing that has the tag.
 */
export const moneyPriceTag: MeasureRule = {
  id: 'quantities/money-price-tag',
  applies: (q) => (q.measure === 'cost' || q.measure === 'price') && isCurrencyCode(q.unitCode),
  find(ctx) {
    const t = ctx.tokens;
    const tag = priceTag(ctx);
    if (tag < 0) return null;
    let verb = -1;
    for (let j = Math.min(tag, ctx.begin) - 1; j > 0 && tag - j < 24; j--) {
      const w = t[j]!;
      if (w.newline || (w.kind === 'punct' && /^[.;!?]$/.test(w.text))) break;
      if (verb < 0 && TAG_VERBS.test(w.lower)) verb = j;
      // `the cost of X`, `the bill for X` earlier in the sentence.
      const of = t[j + 1]?.lower;
      if (/^(?:cost|costs|bill)$/.test(w.lower) && (of === 'of' || of === 'for')) return phraseWords(t, j + 2);
    }
    // `The new stadium has a price tag`: the lower-case head noun right before the verb (a name says no kind).
    const head = verb > 0 ? t[verb - 1] : undefined;
    if (!head || head.kind !== 'word' || STOP_WORDS.has(head.lower) || !/^[a-z]/.test(head.text)) return null;
    return `${head.lower} cost`;
  },
};

/** The rules in order: who bears the money first, then what a price tag prices. */
export const MONEY_BEARER_RULES: readonly MeasureRule[] = [moneyInsured, moneyEventCost, moneyPriceTag];
