/**
 * Measure rules for sums of money, percentages and lengths: what the money
 * is (`$380 million in lost revenue`, `losses of $5 billion`, `could lose
 * $1.5 billion`) and what a length measures (`a diameter of 3,200 miles`); the
 * percentage rules of measure-percent.ts run inside this list. The one ordered
 * list of money rules: unit.ts only says which currency a sum is in.
 */
import { countable, normaliseMeasure, findMeasure } from './measure.js';
import { TOTAL_NOUNS } from './subject.js';
import {
  BE_FORMS,
  CURRENCY_MEASURES,
  LEVEL_HEDGES,
  MONEY_NOUNS,
  STOP_WORDS,
  TIME_UNITS,
  UNITS,
  isCurrencyCode,
} from './lexicon.js';
import type { Token } from './tokens.js';
import { isCapital, lowerFirst, phraseAfter, subjectOf } from './measure-context.js';
import type { MeasureContext, MeasureRule } from './measure-context.js';
import { moneyBegin, moneyClause, moneyOn, moneyVerb, moneyVerbAfter, unnamedMoney } from './money-verbs.js';
import { LENGTH_RULES, LENGTH_UNITS } from './measure-lengths.js';
import { MONEY_BEARER_RULES } from './money-bearer.js';
import { PERCENT_RULES, percentLevel } from './measure-percent.js';

/** Nouns for a business, whose worth is a valuation (`the startup was valued at`). */
const FIRMS = new RegExp(
  '^(?:company|firm|startup|start-up|business|group|bank|lender|insurer|airline|carrier|maker|retailer|club|team|' +
    'unit|venture|platform)$',
  'i',
);

/** Nouns of a dimension before `of` (`a depth of 25 feet`). */
const DIMENSIONS = new Set([
  'diameter',
  'length',
  'depth',
  'height',
  'width',
  'radius',
  'altitude',
  'elevation',
  'distance',
  'span',
]);

/** Adjectives after a length that name its dimension (`25 feet deep`). */
const DIMENSION_ADJECTIVES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  deep: 'depth',
  long: 'length',
  wide: 'width',
  high: 'height',
  tall: 'height',
});

/** Things whose size in feet or metres is a height (`a 30-foot wave`), not a length. */
const TALL_THINGS = new Set([
  'wave',
  'waves',
  'tsunami',
  'tsunamis',
  'swell',
  'tower',
  'building',
  'statue',
  'cliff',
  'dam',
  'tree',
  'trees',
  'fence',
  'skyscraper',
  'surge',
  'flames',
  'seawall',
  'levee',
  'monument',
  'mast',
]);

/** Adjectives kept before a money noun (`financial losses`, `insured losses`); anything else may be a verb. */
const MONEY_ADJECTIVE =
  /^(?:[a-z]+(?:al|ic|ive|ary|ous)|insured|uninsured|net|gross|total|lost|direct|indirect|estimated|projected|cyber)$/;

/** Words between a money noun and its amount that only state its level: `losses are likely to be`, `ranging from`. */
const LEVEL_WORDS = new Set([
  ...BE_FORMS,
  ...LEVEL_HEDGES,
  'reach',
  'reaches',
  'reached',
  'reaching',
  'range',
  'ranges',
  'ranged',
  'ranging',
  'total',
  'totals',
  'totaled',
  'totalled',
  'totaling',
  'totalling',
  'soar',
  'soared',
  'rise',
  'rose',
  'risen',
  'climb',
  'climbed',
  'hit',
  'top',
  'topped',
  'exceed',
  'exceeded',
  'put',
  'pegged',
  'slashed',
  'cut',
  'raised',
  'lowered',
  'revised',
  'stood',
  'stand',
  'stands',
  'amount',
  'amounted',
  'amounting',
  'come',
  'came',
  'run',
  'ran',
  'eventually',
  'already',
  'still',
  'then',
  'just',
  'only',
  'roughly',
  'some',
  'anywhere',
  'somewhere',
  'also',
  'into',
]);

/**
 * Read a noun phrase of at most four words from token j: modifiers, then a
 * lower-case head that `head` accepts. Returns the phrase as written, or null.
 */
function nounPhrase(tokens: Token[], j: number, head: (w: string) => boolean): string | null {
  let best: string | null = null;
  const words: string[] = [];
  for (let k = j; k < j + 4; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.newline || STOP_WORDS.has(t.lower) || TIME_UNITS.has(t.lower)) break;
    words.push(t.text);
    if (/^[a-z]/.test(t.text) && head(t.lower)) best = words.join(' ');
    if (t.lower.endsWith('s') && best) break;
  }
  return best;
}

const moneyHead = (w: string): boolean => MONEY_NOUNS.has(w);
const moneyOrCount = (w: string): boolean => MONEY_NOUNS.has(w) || countable(w);
const purpose = (w: string): boolean =>
  MONEY_NOUNS.has(w) || /(?:tion|ment)$/.test(w) || /^(?:repairs|recovery|rebuilding|relief)$/.test(w);

/** `financial losses of $5.4 billion`: the money noun right before `of`, with a modifier that is no verb. */
function moneyOfBefore(ctx: MeasureContext): string | null {
  const { tokens, text } = ctx;
  const b = moneyBegin(ctx);
  if (tokens[b - 1]?.lower !== 'of') return null;
  const noun = tokens[b - 2];
  if (!noun || noun.kind !== 'word' || !/^[a-z]/.test(noun.text) || !MONEY_NOUNS.has(noun.lower)) return null;
  const mod = tokens[b - 3];
  // `a relief bill of $900 million`: the money the bill holds.
  if (PACKAGES.has(noun.lower) && mod?.kind === 'word' && MONEY_NOUNS.has(mod.lower)) return mod.lower;
  // A modifier (`financial losses`, `insured losses`), not a verb (`reported revenue of`).
  const modOk =
    mod?.kind === 'word' &&
    /^[a-z]/.test(mod.text) &&
    MONEY_ADJECTIVE.test(mod.lower) &&
    text.slice(mod.end, noun.start) === ' ';
  return modOk ? `${mod.text} ${noun.text}` : noun.text;
}

/** `losses are likely to be between $225 billion and ...`: a money noun a few level words before the amount. */
function moneyNounBefore(ctx: MeasureContext): string | null {
  const { tokens } = ctx;
  const b = moneyBegin(ctx);
  for (let k = b - 1; k >= Math.max(0, b - 8); k--) {
    const t = tokens[k]!;
    if (t.kind === 'num' || /^[.;:()!?]$/.test(t.text) || t.newline) return null;
    // `losses could reach into the billions`.
    if (t.lower === 'the' && tokens[k - 1]?.lower === 'into') continue;
    // `will cost $5.7 billion`, `is worth $2 billion`: the verb or preposition, not the noun.
    const verb = k === b - 1 && (t.lower === 'cost' || t.lower === 'costs' || t.lower === 'worth');
    if (t.kind !== 'word' || !MONEY_NOUNS.has(t.lower) || verb) {
      // Only words that put a level on the noun may stand between (`are likely to be`, `ranging from`).
      if (!LEVEL_WORDS.has(t.lower)) return null;
      continue;
    }
    const mod = tokens[k - 1];
    const modOk = mod && mod.kind === 'word' && MONEY_ADJECTIVE.test(mod.lower);
    return modOk ? `${mod.lower} ${t.lower}` : t.lower;
  }
  return null;
}

/** A measure that says what money is (not a bare currency and not a percentage). */
const namedMoney = (m: string | null): m is string =>
  !!m && m !== 'percent' && !CURRENCY_MEASURES.has(m) && MONEY_NOUNS.has(m.split(' ').pop()!);

/** A sum per unit (`cost per kWh`): the rate names what the money is, whatever its base noun. */
const perUnitMoney = (m: string | null): m is string => !!m && !CURRENCY_MEASURES.has(m) && m.includes(' per ');

/** The per-unit tail of the sum before the gap (`/kWh`, ` per trip`), which the gap's join words follow. */
const PER_TAIL = /^(?:\/[A-Za-z]+|\s+per\s+[a-z-]+)/;

/** What may stand between two amounts of one kind: a bracket, `to`, `or` (`from 20% now to 24%`). */
const ECHO_JOIN = /^\s*(?:(?:now|today|currently|at present|so far)\s+)?(?:\(|to|and|or|[-–]|versus|vs\.?)\s*$/;
/** Or a comparison: `, down from`, `compared with`. */
const ECHO_COMPARE = /^[^.;:()]{0,60}?,?\s*(?:(?:down|up) from|compared (?:with|to))\s*$/;
/**
 * Or a conversion or a comparison set off by a comma: `40 bitcoin, worth about $2.4 million`, `, or roughly $3.3
 * million`, `owes £95m, well above the £70m`, `, short of the $5 million`.
 */
const ECHO_SET_OFF = new RegExp(
  '^,\\s*(?:(?:worth|or)|(?:(?:well|far|just|slightly|much|still)\\s+)?' +
    '(?:above|below|under|over|short of|more than|less than|higher than|lower than)(?:\\s+the)?)' +
    '(?:\\s+(?:about|roughly|around|some|nearly|almost|approximately|an estimated|estimated))?\\s*$',
);
/** The longest gap {@link ECHO_SET_OFF} can match, so a long gap is never searched. */
const SET_OFF_MAX = 48;

/** A measure that names a rate a percentage is of (`turnout`, `jobless rate`), not a percent change. */
const namedRate = (m: string | null): m is string => !!m && !m.startsWith('percent') && !CURRENCY_MEASURES.has(m);

/**
 * The nearest earlier quantity whose money measure a rule named: in the same paragraph, or (`breaks` = 1) in the
 * paragraph before, for a total that refers back (`puts its best estimate at`) at the opening of its own.
 */
function inheritedMoney(ctx: MeasureContext, breaks = 0): string | null {
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 6); k--) {
    const p = ctx.all[k]!;
    if (ctx.start - p.end > 600 || paragraphBreaks(ctx.text, p.end, ctx.start) > breaks) return null;
    if (namedMoney(p.measure)) return p.measure;
  }
  return null;
}

/** How many blank-line paragraph breaks lie in text[from, to) (at most 2 counted: the callers' gap is bounded). */
function paragraphBreaks(text: string, from: number, to: number): number {
  let n = 0;
  let newline = false;
  for (let i = from; i < to && n < 2; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (newline) {
        n++;
        newline = false;
      } else newline = true;
    } else if (c !== 32 && c !== 9 && c !== 13) newline = false;
  }
  return n;
}

/** A noun phrase that names what money is: its head is a money noun (`losses`, `aid`, `bond`). */
function moneyPhrase(ws: string[] | null): string | null {
  if (!ws?.length) return null;
  // `a price tag of $1.2 billion`: what something costs.
  const n = ws.length;
  if (n > 1 && /^tags?$/i.test(ws[n - 1]!) && /^price$/i.test(ws[n - 2]!)) return 'cost';
  // The phrase ends at its last money noun: `imported goods faces ...` → imported goods.
  for (let k = ws.length - 1; k >= 0; k--) {
    if (!MONEY_NOUNS.has(ws[k]!)) continue;
    // `an aid package`, `a relief deal`: the money the package holds is what it is.
    const inner = ws[k - 1]?.toLowerCase() ?? '';
    if (k > 0 && PACKAGES.has(ws[k]!) && MONEY_NOUNS.has(inner) && !PACKAGES.has(inner)) return inner;
    return normaliseMeasure(ws.slice(0, k + 1));
  }
  return null;
}

/** Where money is kept, after `in`: `in bank accounts`, `in offshore accounts`, `in a safe`. */
const HOLDERS = /^(?:accounts?|banks?|safes?|vaults?|wallets?)$/;

/** Money nouns that hold another kind of money: `an aid package` is aid. */
const PACKAGES = new Set(['package', 'deal', 'bill', 'plan', 'programme', 'program']);

/** `aid package` → aid: a package named by the money it holds is that money; any other phrase as it is. */
function packageHolds(phrase: string): string {
  const ws = phrase.split(' ');
  const n = ws.length;
  if (n < 2 || !PACKAGES.has(ws[n - 1]!.toLowerCase())) return phrase;
  const inner = ws[n - 2]!.toLowerCase();
  return MONEY_NOUNS.has(inner) && !PACKAGES.has(inner) ? inner : phrase;
}

/** Verbs that set a total at a level: `puts its best estimate at`, `pegged the figure at`. */
const PUT_VERBS = /^(?:puts?|pegs?|pegged|places?|placed|sets?|pins?|pinned)$/;

/** `puts its best estimate at $11 billion`: a put verb, a determiner, up to two adjectives, a total noun, `at`. */
function putAt(ctx: MeasureContext): boolean {
  const t = ctx.tokens;
  let k = moneyBegin(ctx) - 1;
  if (t[k]?.lower !== 'at') return false;
  k--;
  if (!TOTAL_NOUNS.has(t[k]?.lower ?? '') && t[k]?.lower !== 'estimate') return false;
  k--;
  for (let n = 0; n < 2 && t[k]?.kind === 'word' && !/^(?:its|the|their|his|her|a|an)$/.test(t[k]!.lower); n++) k--;
  return /^(?:its|the|their|his|her|a|an)$/.test(t[k]?.lower ?? '') && PUT_VERBS.test(t[k - 1]?.lower ?? '');
}

/** Words of a sale before `for`/`at` and a sum: `tickets sold for $250`, `on sale outside for`, `priced at`. */
const SELLING_WORDS = new Set([
  'sold',
  'sell',
  'sells',
  'selling',
  'resold',
  'resell',
  'sale',
  'priced',
  'retail',
  'retails',
  'retailing',
  'auctioned',
  'fetched',
  'fetch',
  'fetches',
  'listed',
]);

/** Tokens looked back from `for`/`at` for a sale word, within the clause. */
const SALE_WINDOW = 7;

/** `tickets sold for $250`, `on sale outside the stadium for GH¢50`, `priced at €30`: what one thing costs. */
const moneyPrice: MeasureRule = {
  id: 'quantities/money-price',
  applies: unnamedMoney,
  find: (ctx) => {
    const t = ctx.tokens;
    const b = moneyBegin(ctx);
    const prep = t[b - 1]?.lower;
    if (prep !== 'for' && prep !== 'at') return null;
    for (let k = b - 2; k >= Math.max(0, b - 1 - SALE_WINDOW); k--) {
      const w = t[k]!;
      if (w.newline || (w.kind === 'punct' && /^[.;:!?]$/.test(w.text)) || w.kind === 'num') return null;
      if (SELLING_WORDS.has(w.lower)) return 'price';
    }
    return null;
  },
};

/** Words of an offer or purchase before `for` and a sum: `offers X for $450`, `buy X for €15`, `available for £120`. */
const OFFER_WORDS = new Set([
  'offer',
  'offers',
  'offered',
  'offering',
  'buy',
  'buys',
  'bought',
  'available',
  'went',
  'down',
  'drops',
]);

/** Words right before a sum that name the earlier price of a discount: `(regularly $45)`, `(originally $85)`. */
const EARLIER_PRICE_WORDS = new Set(['originally', 'regularly', 'regular', 'usually', 'normally']);

/** `offers shutters for $450`, `down to $30 (regularly $45)`: what one thing costs, offered, bought or discounted. */
const moneyPriceOffer: MeasureRule = {
  id: 'quantities/money-price-offer',
  applies: unnamedMoney,
  find: (ctx) => {
    const t = ctx.tokens;
    const b = moneyBegin(ctx);
    const prep = t[b - 1]?.lower ?? '';
    if (EARLIER_PRICE_WORDS.has(prep) && t[b - 2]?.text === '(') return 'price';
    if (prep !== 'for' && prep !== 'to') return null;
    for (let k = b - 2; k >= Math.max(0, b - 1 - SALE_WINDOW); k--) {
      const w = t[k]!;
      if (w.newline || (w.kind === 'punct' && /^[.;:!?]$/.test(w.text)) || w.kind === 'num') return null;
      // `down to $30`, `drops to $799`: only a price falls to a sum; `for` takes any offer word.
      if (prep === 'to' ? k === b - 2 && /^(?:down|drops)$/.test(w.lower) : OFFER_WORDS.has(w.lower)) return 'price';
    }
    return null;
  },
};

/** At most this many earlier sums are compared with a repeated one, within {@link REPEAT_SPAN} characters. */
const REPEAT_LOOKBACK = 8;
const REPEAT_SPAN = 1500;

/**
 * `a ransom of 30 bitcoin ... would not pay 30 bitcoin`: a sum named only by its currency that repeats an amount
 * named earlier (the same number in the same currency, a few paragraphs back at most) is that money again.
 */
const moneyRepeat: MeasureRule = {
  id: 'quantities/money-repeat',
  // `pay 30 bitcoin` says only that the sum is paid: the amount named earlier says what it is.
  applies: (q) => unnamedMoney(q) || (q.measure === 'payment' && isCurrencyCode(q.unitCode)),
  find: (ctx) => {
    const { q } = ctx;
    const v = q.value ?? q.low ?? q.high;
    if (v === null) return null;
    for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - REPEAT_LOOKBACK); k--) {
      const p = ctx.all[k]!;
      if (ctx.start - p.end > REPEAT_SPAN) return null;
      if (p.unitCode === q.unitCode && (p.value ?? p.low ?? p.high) === v && namedMoney(p.measure)) return p.measure;
    }
    return null;
  },
};

/** Words between `of` and the whole's amount (`of the state's`, `of its`); a fixed look-ahead. */
const PART_WINDOW = 6;

/**
 * `$40 million of the state's $150 million aid package`, `£1.2m of the £4m relief budget`: a part of a sum named
 * after it is that money.
 */
const moneyPartOf: MeasureRule = {
  id: 'quantities/money-part-of',
  applies: unnamedMoney,
  find: (ctx) => {
    const t = ctx.tokens;
    const whole = ctx.all[ctx.index + 1];
    if (t[ctx.after]?.lower !== 'of' || !whole || !isCurrencyCode(whole.unitCode)) return null;
    let k = ctx.after + 1;
    const stop = k + PART_WINDOW;
    // Only a determiner or a possessive name stands between: `of the central government's`.
    for (; k < stop && k < t.length && t[k]!.start < whole.start; k++) {
      const w = t[k]!;
      if (w.newline || (w.kind !== 'word' && !/^['’]$/.test(w.text))) return null;
    }
    if (t[k]?.start !== whole.start) return null;
    while (k < t.length && t[k]!.start < whole.end) k++;
    const named = nounPhrase(t, k, moneyHead);
    return named && packageHolds(named);
  },
};

/** The rules for money, percentages and lengths, in order. */
export const MONEY_RULES: MeasureRule[] = [
  {
    // `a $40 million fine`, `a $70,000 bond`, `a $3 billion tender offer`, `$125 billion worth of goods`.
    id: 'quantities/money-noun',
    applies: unnamedMoney,
    find: (ctx) => {
      const named = ctx.q.unit ? null : nounPhrase(ctx.tokens, ctx.after, moneyHead);
      if (named || ctx.q.vague) return named && packageHolds(named);
      const t = ctx.tokens[ctx.after];
      if (!t || t.kind !== 'word') return null;
      const worthOf = t.lower === 'worth' && ctx.tokens[ctx.after + 1]?.lower === 'of';
      if (worthOf) return moneyPhrase(phraseAfter(ctx.tokens, ctx.after + 2));
      const m = findMeasure(ctx.tokens, ctx.after, { skipOf: false, singular: true });
      return m.measure && MONEY_NOUNS.has(m.measure.split(' ').pop()!.toLowerCase()) ? packageHolds(m.measure) : null;
    },
  },
  {
    // `$2.5bn in insured losses`, `$40 million of aid` (not `worth of goods`: that is what the money buys).
    id: 'quantities/money-in',
    applies: unnamedMoney,
    find: (ctx) => {
      const t = ctx.tokens;
      let j = ctx.after;
      // `€8.2 billion ($8.9 billion) in aid`: past a conversion in brackets.
      if (t[j]?.text === '(') {
        let k = j + 1;
        while (k < j + 8 && k < t.length && t[k]!.text !== ')' && t[k]!.text !== '.') k++;
        if (t[k]?.text === ')') j = k + 1;
      }
      const w = t[j]?.lower;
      if (w !== 'in' && w !== 'of') return null;
      // `spent Rs 24 lakh in three attempts`: a count after `in` is how often, not what the money is.
      if (t[j + 1]?.kind === 'num' || UNITS[t[j + 1]?.lower ?? ''] !== undefined) return null;
      // `$8 million in bitcoin`: the currency it is paid in says nothing of what the money is.
      if (CURRENCY_MEASURES.has(t[j + 1]?.lower ?? '')) return null;
      // `froze $2 million in bank accounts`: where the money is kept says nothing of what it is.
      if (HOLDERS.test(t[j + 1]?.lower ?? '') || HOLDERS.test(t[j + 2]?.lower ?? '')) return null;
      const named = nounPhrase(t, j + 1, moneyOrCount);
      return named ?? (ctx.q.vague ? null : moneyPhrase(phraseAfter(t, j + 1)));
    },
  },
  moneyPartOf,
  {
    // `2 crore rupees for flood relief` → flood relief; `€300m for reconstruction` → reconstruction funding.
    id: 'quantities/money-for',
    applies: unnamedMoney,
    find: (ctx) => {
      if (ctx.tokens[ctx.after]?.lower !== 'for') return null;
      // `a reward of $5,000 for information`: the money noun before `of` already says what the sum is.
      const b = moneyBegin(ctx);
      if (ctx.tokens[b - 1]?.lower === 'of' && MONEY_NOUNS.has(ctx.tokens[b - 2]?.lower ?? '')) return null;
      const phrase = nounPhrase(ctx.tokens, ctx.after + 1, purpose);
      if (!phrase) return null;
      const head = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
      return MONEY_NOUNS.has(head) ? phrase : `${phrase} funding`;
    },
  },
  {
    // `losses of about $5.4 billion`, `revenue of $1.9 billion`, `an aid package worth €10 billion`.
    id: 'quantities/money-of',
    applies: unnamedMoney,
    find: (ctx) => {
      const near = moneyOfBefore(ctx);
      if (near) return near;
      const b = moneyBegin(ctx);
      const p = ctx.tokens[b - 1];
      if (!p || (p.lower !== 'of' && p.lower !== 'worth')) return null;
      const ws: string[] = [];
      let k = b - 2;
      for (; k >= 0 && ws.length < 3; k--) {
        const t = ctx.tokens[k]!;
        if (t.kind !== 'word' || STOP_WORDS.has(t.lower) || isCapital(t.text)) break;
        ws.unshift(t.text);
      }
      // Modifiers count only when the phrase visibly starts (`a`, `the`, a comma): else one may be a verb.
      const before = ctx.tokens[k];
      const opened = !before || before.kind !== 'word' || STOP_WORDS.has(before.lower);
      return moneyPhrase(opened ? ws : ws.slice(-1));
    },
  },
  {
    // `insured losses could reach $11 billion`, `Debt topped $31 trillion`, `the settlement is roughly $450 million`.
    id: 'quantities/money-subject',
    applies: unnamedMoney,
    find: (ctx) => {
      const near = moneyNounBefore(ctx);
      if (near) return near;
      const found = subjectOf(ctx, true);
      if (!found || found.shape === 'colon') return null;
      const ws = found.subject.initial ? lowerFirst(found.subject.words) : found.subject.words;
      // `the order is valued at $8.8 billion`: the order's value; `the firm was valued at`: a valuation.
      if (found.verb === 'valued') {
        return isCapital(ws[0]!) || FIRMS.test(ws[ws.length - 1]!) ? 'valuation' : `${normaliseMeasure(ws)} value`;
      }
      // `warn of potential losses reaching $15 million`: the `of` phrase when the head is no money noun.
      return moneyPhrase(ws) ?? moneyPhrase(found.subject.of);
    },
  },
  // `could lose $1.5 billion`, `fined the bank $25 million`; `, Rs 40 lakh on lawyers` after `spent` (money-verbs.ts).
  moneyVerb,
  moneyOn,
  moneyVerbAfter,
  // `a 2,300-mile-wide moon`, `fell 100 feet into the river` (measure-lengths.ts).
  ...LENGTH_RULES,
  {
    // `a diameter of 3,200 miles`: the dimension measured; `25 feet deep`: the adjective names it.
    id: 'quantities/dimension',
    applies: (q) => q.measure !== null && LENGTH_UNITS.has(q.measure),
    find: (ctx) => {
      const t = ctx.tokens;
      const after = DIMENSION_ADJECTIVES[t[ctx.after]?.lower ?? ''];
      if (after) return after;
      // `a 948-foot ship`, `a 30-foot wave`: a length joined before a noun measures that thing's length or height.
      if (/-(?:foot|metre|meter|mile|inch|yard|kilometre|kilometer|km)$/i.test(ctx.q.text)) {
        // `an 80-foot-long room`: the written unit is kept.
        if (t[ctx.after]?.text === '-') return null;
        const noun = phraseAfter(t, ctx.after);
        if (!noun) return null;
        return noun.some((w) => TALL_THINGS.has(w.toLowerCase())) ? 'height' : 'length';
      }
      if (t[ctx.begin - 1]?.lower !== 'of') return null;
      const noun = t[ctx.begin - 2]?.lower ?? '';
      return DIMENSIONS.has(noun) ? noun : null;
    },
  },
  {
    // `puts the figure at $44 million`, `the $53 million figure`: a total of money already named.
    id: 'quantities/money-total',
    applies: unnamedMoney,
    find: (ctx) => {
      if (putAt(ctx)) return inheritedMoney(ctx, 1);
      const next = ctx.tokens[ctx.after]?.lower ?? '';
      const found = next === 'figure' || next === 'estimate' || next === 'total' ? null : subjectOf(ctx);
      const ws = found?.subject.words;
      const head = ws ? ws[ws.length - 1]!.toLowerCase() : next;
      return TOTAL_NOUNS.has(head) || head === 'estimate' ? inheritedMoney(ctx) : null;
    },
  },
  // What a percentage measures (measure-percent.ts).
  ...PERCENT_RULES,
  {
    // `$4 billion (£3.1 billion)`, `from $47 billion to $8 billion`, `from 61% to 67%`: the second is the same kind.
    id: 'quantities/money-echo',
    applies: (q) => q.measure !== null && (CURRENCY_MEASURES.has(q.measure) || q.measure === 'percent'),
    find: (ctx) => {
      const p = ctx.all[ctx.index - 1];
      const named =
        ctx.q.measure === 'percent'
          ? p?.unitCode === 'percent' && namedRate(p.measure)
          : namedMoney(p?.measure ?? null);
      // quantities/money-echo (per unit): `from about $140/kWh today to $80`, the rate's tail read past.
      const rate = !named && ctx.q.measure !== 'percent' && perUnitMoney(p?.measure ?? null);
      if (!p || !(named || rate)) return null;
      const gap = ctx.text.slice(p.end, ctx.start);
      if (rate) return ECHO_JOIN.test(gap.replace(PER_TAIL, '')) ? p.measure : null;
      const setOff = gap.length <= SET_OFF_MAX && ECHO_SET_OFF.test(gap);
      return setOff || ECHO_JOIN.test(gap) || ECHO_COMPARE.test(gap) ? p.measure : null;
    },
  },
  percentLevel,
  // A money noun opening the clause, past a long modifier, when no nearer word said what the money is.
  moneyClause,
  {
    // `Losses Could Reach Into Billions`: bare `billions` after a money noun's level verb is that money.
    id: 'quantities/money-vague',
    applies: (q) => q.measure === null && q.vague && /^(?:billions|trillions)$/i.test(q.number.text),
    find: (ctx) => moneyNounBefore(ctx) ?? moneyClause.find(ctx),
  },
  moneyPrice,
  moneyPriceOffer,
  // A sum no nearer word named, or only as paid, that repeats an amount named earlier.
  moneyRepeat,
  // Last, refining a cost or a claim: `cost the insurance industry $3bn`, `the strike will cost carmakers $2bn`,
  // `a price tag of` (money-bearer.ts).
  ...MONEY_BEARER_RULES,
];
