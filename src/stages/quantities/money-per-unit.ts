/**
 * `$0.18/W`, `€250 per passenger in compensation`, `$3.40 a gallon`: a sum per unit of what is bought or per head
 * is a rate, so the measure names the unit (`price per watt`, `compensation per passenger`), not a total. Sums per
 * unit of time (`$4 million a week`) keep their measure: what the money is says more than how often it comes.
 */
import { CURRENCY_MEASURES, MONEY_NOUNS, STOP_WORDS, TIME_UNITS, isCurrencyCode } from './lexicon.js';
import type { MeasureRule } from './measure-context.js';

/** Unit symbols written after a slash, and the word the measure uses. */
const UNIT_SYMBOLS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  w: 'watt',
  kw: 'kilowatt',
  kwh: 'kWh',
  mwh: 'MWh',
  kg: 'kilogram',
  t: 'tonne',
  lb: 'pound',
  oz: 'ounce',
  bbl: 'barrel',
  l: 'litre',
  gal: 'gallon',
  sqft: 'square foot',
  m2: 'square metre',
});

/** Nouns after `a` that make a rate of a sum (`$3.40 a gallon`); after `per` any noun but a time does. */
const A_UNITS = new Set([
  'gallon',
  'litre',
  'liter',
  'barrel',
  'tonne',
  'ton',
  'kilo',
  'pound',
  'ounce',
  'share',
  'head',
]);

/** The rate rule: runs after the other money rules have named what the sum is. */
export const moneyPerUnit: MeasureRule = {
  id: 'quantities/money-per-unit',
  applies: (q) => isCurrencyCode(q.unitCode) && !q.measure?.includes(' per '),
  find: (ctx) => {
    const t = ctx.tokens;
    const j = ctx.after;
    const sep = t[j];
    const unitTok = t[j + 1];
    if (!sep || !unitTok || unitTok.kind !== 'word' || unitTok.newline) return null;
    let unit: string | undefined;
    if (sep.text === '/' && sep.start === ctx.q.end && unitTok.start === sep.end) unit = UNIT_SYMBOLS[unitTok.lower];
    else if (sep.lower === 'per' && !TIME_UNITS.has(unitTok.lower) && !STOP_WORDS.has(unitTok.lower))
      unit = unitTok.lower;
    else if (sep.lower === 'a' && A_UNITS.has(unitTok.lower)) unit = unitTok.lower;
    if (!unit) return null;
    // `€250 per passenger in compensation`: the money named after the rate.
    const next = t[j + 2];
    const named = next?.lower === 'in' && MONEY_NOUNS.has(t[j + 3]?.lower ?? '') ? t[j + 3]!.lower : null;
    const m = ctx.q.measure;
    // A sum per unit of a good is its price; per head (`per passenger`) only an amount.
    const base = named ?? (!m || CURRENCY_MEASURES.has(m) ? (sep.lower === 'per' ? 'amount' : 'price') : m);
    return `${base} per ${unit}`;
  },
};
