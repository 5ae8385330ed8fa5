/**
 * What a number is in (`unitCode`): a currency code, `percent`, or a unit of
 * measure, and the measures that come with them: a magnitude, a storm
 * category, a wind speed, a share (`a third of the clinics` → share of
 * clinics). What money is for is read later, by the money rules of measure-money.ts.
 * Also conversions in brackets: `$4 billion (£3.1 billion)` is a second
 * claim with the first's bound; `50 miles (80 km)` is one claim.
 *
 * Ordered lists of small named rules over a fixed window of tokens around
 * the number, run once per quantity: linear overall.
 */
import type { Quantity } from '../../article.js';
import type { Token } from './tokens.js';
import type { Core } from './number.js';
import { POWER_WORDS, powerMeasure } from './measure-power.js';
import {
  CASED_UNITS,
  currencyCodeWord,
  currencyOpener,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MEASURE_UNITS,
  STOP_WORDS,
  SYMBOL_CODES,
  isCurrencyCode,
} from './lexicon.js';
import { magnitudeMeasured, magnitudeReading, magnitudeSubject, unitIntensity } from './disaster.js';
import { gluedTemperature } from './exclude.js';
import { pesoLetter } from './cues-before.js';

/** Where a quantity lies in the token list. */
export interface UnitContext {
  text: string;
  tokens: Token[];
  core: Core;
  q: Quantity;
  /** First token after the quantity's span. */
  after: number;
}

/** A rule: sets `unitCode` (and maybe `measure`) and says whether it applied. */
export interface UnitRule {
  id: string;
  apply(ctx: UnitContext): boolean;
}

const adj = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
const lower = (t: Token | undefined): string => t?.lower ?? '';

/** Words for an earthquake: a decimal number before one (`a 6.7 aftershock`) is its magnitude. */
const QUAKE_WORDS = new Set([
  'quake',
  'quakes',
  'earthquake',
  'earthquakes',
  'tremor',
  'tremors',
  'aftershock',
  'aftershocks',
  'temblor',
  'temblors',
  'foreshock',
]);

/** Words that make a speed a wind speed when they stand near it. */
const WIND_WORDS = new Set(['wind', 'winds', 'gust', 'gusts', 'gusting', 'gusted', 'sustained']);

/** Nouns naming the dimension a length measures: `a diameter of 3,200 miles`. */
const DIMENSION_NOUNS = new Set([
  'diameter',
  'radius',
  'depth',
  'height',
  'length',
  'width',
  'distance',
  'altitude',
  'elevation',
  'thickness',
  'area',
  'circumference',
  'range',
]);

/** Dimension adjectives after a length: `6 feet deep` → depth. */
const DIMENSIONS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  deep: 'depth',
  high: 'height',
  tall: 'height',
  long: 'length',
  wide: 'width',
  thick: 'thickness',
});

/** What a length below is measured from when it is a depth: `610 metres below the surface`, `80 feet below ground`. */
const DEPTH_FROM = new Set(['surface', 'ground']);

/** `N metres underground` or `below/beneath the surface/ground` is a depth (not `below sea level`: an elevation). */
function depthAfter(tokens: readonly Token[], j: number): string | undefined {
  const w = lower(tokens[j + 1]);
  if (w === 'underground') return 'depth';
  if (w !== 'below' && w !== 'beneath') return undefined;
  const k = lower(tokens[j + 2]) === 'the' ? j + 3 : j + 2;
  return DEPTH_FROM.has(lower(tokens[k])) ? 'depth' : undefined;
}

/** The scale of a temperature, as written after the number or `degrees`. */
const TEMPERATURE_SCALES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  C: '°C',
  F: '°F',
  celsius: '°C',
  centigrade: '°C',
  fahrenheit: '°F',
});

/** Words before a temperature written with a spaced scale letter (`highs of 43 to 45 C`, `the mercury hit 39 C`). */
const TEMPERATURE_CUES = new Set([
  'temperature',
  'temperatures',
  'high',
  'highs',
  'low',
  'lows',
  'mercury',
  'heat',
  'thermometer',
  'thermometers',
]);

/**
 * Whether token `j` is a temperature scale's letter: glued to the number (`40.3C`), or after a space when a
 * temperature word opens the clause (`lows near 31 F`); a word after it makes it a name (`a 5C jersey`).
 */
function scaleLetter(ctx: UnitContext, j: number): boolean {
  const { tokens, core } = ctx;
  const t = tokens[j]!;
  if (j === core.last && adj(tokens[j - 1], t)) return gluedTemperature(tokens, core);
  if (adj(tokens[j - 1], t) && gluedTemperature(tokens, { ...core, last: j })) return true;
  if ((t.text !== 'C' && t.text !== 'F') || (ctx.q.high ?? ctx.q.value ?? 999) > 140) return false;
  const after = tokens[j + 1];
  if (after && after.kind === 'word' && !STOP_WORDS.has(after.lower)) return false;
  return near(tokens, core.first - 8, core.first, TEMPERATURE_CUES);
}

/** Whether any token in [from, to) is one of `words` (a fixed window). */
function near(tokens: Token[], from: number, to: number, words: Set<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

const isCurrency = isCurrencyCode;
const CURRENCY_MEASURES = new Set([
  ...Object.values(CURRENCY_SYMBOLS),
  ...Object.keys(CURRENCY_WORDS),
  'francs',
  'rupees',
]);

function set(ctx: UnitContext, unit: string, measure?: string): true {
  ctx.q.unitCode = unit;
  if (measure !== undefined) ctx.q.measure = measure;
  return true;
}

/**
 * The unit word after the number: the counted noun as written when one was
 * found (`acres`, `mph winds`, `magnitude` of `6.8-magnitude`), else the
 * first token after the quantity (`30-600 MW`, `up to 90 mph`).
 */
function unitAt(ctx: UnitContext): number {
  const { tokens, core, q } = ctx;
  if (!q.unit) return ctx.after;
  let k = core.last;
  while (k < ctx.after && tokens[k]!.start < q.unit.start) k++;
  return k;
}

/** The token where the quantity's span (with its cues) begins. */
function beginOf(ctx: UnitContext): number {
  let b = ctx.core.first;
  while (b > 0 && ctx.tokens[b - 1]!.start >= ctx.q.start) b--;
  return b;
}

/** The currency sign glued before the number (`$`, `US$`, `€`), as a code. */
function signCode(tokens: Token[], i: number): string | null {
  const p = tokens[i - 1];
  if (pesoLetter(tokens, i)) return 'PHP';
  if (!p || !adj(p, tokens[i])) return null;
  const pp = tokens[i - 2];
  // `US$`, `GH¢`: a glued prefix names the currency.
  const prefixed = pp && adj(pp, p) ? SYMBOL_CODES[`${pp.text}${p.text}`] : undefined;
  return prefixed ?? SYMBOL_CODES[p.text] ?? null;
}

/** A currency code or abbreviation before the number (`Rs 24 lakh`, `Rs. 5 crore`, `INR 40 lakh`). */
function codeBefore(tokens: Token[], i: number): [string, string] | null {
  const p = tokens[currencyOpener(tokens, i)];
  if (!p || p.kind !== 'word') return null;
  return currencyCodeWord(p);
}

/** Rules that say what the number is in; the first that applies wins. */
export const UNIT_RULES: UnitRule[] = [
  {
    // `a 6.8-magnitude quake`, `magnitude 7.5`, `a magnitude of 4.8`, `M7.1`, `6.1 on the Richter scale`
    id: 'quantities/unit-magnitude',
    apply(ctx) {
      const { tokens, core, q } = ctx;
      if (q.value === null || q.value >= 10 || q.value <= 0) return false;
      const u = lower(tokens[unitAt(ctx)]);
      const p = tokens[core.first - 1];
      const before =
        lower(p) === 'magnitude' ||
        (lower(p) === 'of' && lower(tokens[core.first - 2]) === 'magnitude') ||
        (!!p && adj(p, tokens[core.first]) && /^(?:M|Mw|Ms|ML)$/.test(p.text));
      const richter = lower(tokens[ctx.after]) === 'on' && lower(tokens[ctx.after + 2]) === 'richter';
      // `a 6.7 aftershock`; `the quake, measuring 6.4,`
      const decimal = /^\d\.\d$/.test(tokens[core.first]!.text);
      const quakeAfter = decimal && QUAKE_WORDS.has(u);
      const measuring =
        decimal && /^measur(?:ing|ed|es)$/.test(lower(p)) && near(tokens, core.first - 8, core.last + 6, QUAKE_WORDS);
      const magnitude = u === 'magnitude' || q.measure === 'magnitudes';
      if (!(magnitude || before || richter || quakeAfter || measuring)) return false;
      return set(ctx, 'magnitude', 'magnitude');
    },
  },
  // `a seismic intensity of 6`, `upper 5 on the national scale`; `the magnitude ... was revised to 6.1` (disaster.ts).
  unitIntensity,
  magnitudeSubject,
  magnitudeMeasured,
  magnitudeReading,
  {
    // `a Category 4 hurricane`, `reach Category 5` (exclude.ts lets it through near a storm word)
    id: 'quantities/unit-category',
    apply(ctx) {
      const p = ctx.tokens[ctx.core.first - 1];
      if (lower(p) !== 'category' || ctx.q.value === null || ctx.q.value < 1 || ctx.q.value > 5) return false;
      return set(ctx, 'category', 'category');
    },
  },
  {
    // `a quarter-point`, `a half-point` (number.ts reads the value): a change in a rate
    id: 'quantities/unit-point',
    apply(ctx) {
      const t = ctx.tokens[ctx.core.last - 1];
      if (!/^points?$/.test(lower(t)) || ctx.tokens[ctx.core.last - 2]?.text !== '-') return false;
      return set(ctx, 'percentage points', 'percentage points');
    },
  },
  {
    id: 'quantities/unit-percent',
    apply(ctx) {
      if (ctx.q.measure === 'percent') return set(ctx, 'percent');
      if (ctx.q.measure === 'percentage points') return set(ctx, 'percentage points');
      return false;
    },
  },
  {
    // `$2.5bn`, `US$40m`, `€8.2bn`, `£3bn`, `₹500`
    id: 'quantities/unit-currency-sign',
    apply(ctx) {
      const code = signCode(ctx.tokens, ctx.core.first);
      return code ? set(ctx, code) : false;
    },
  },
  {
    // `Rs 24 lakh`, `INR 40 lakh`, `USD 5 million`: with no noun of its own, the currency's word is the measure.
    id: 'quantities/unit-currency-code',
    apply(ctx) {
      const hit = codeBefore(ctx.tokens, ctx.core.first);
      if (!hit) return false;
      return set(ctx, hit[0], ctx.q.measure ?? hit[1]);
    },
  },
  {
    // `8.2 billion euros`, `88 billion Hong Kong dollars`, `12 million Swiss francs`
    id: 'quantities/unit-currency-word',
    apply(ctx) {
      const written = ctx.q.unit?.text.toLowerCase().replace(/\s+/g, ' ');
      if (!written) return false;
      const words = written.split(' ');
      const last2 = words.slice(-2).join(' ');
      const last3 = words.slice(-3).join(' ');
      const head = words[words.length - 1]!;
      if (head === 'pounds' || head === 'pound') {
        // Weight before `of`; money only at a scale no weight is given in (`5 million pounds`).
        if (lower(ctx.tokens[ctx.after]) === 'of') return set(ctx, 'lbs');
        return (ctx.q.value ?? ctx.q.low ?? 0) >= 1e6 ? set(ctx, 'GBP') : false;
      }
      const code = CURRENCY_WORDS[last3] ?? CURRENCY_WORDS[last2] ?? CURRENCY_WORDS[head];
      return code ? set(ctx, code) : false;
    },
  },
  {
    // `130 mph winds`, `winds of 120 km/h`, `150 miles per hour`, `40 knots`
    id: 'quantities/unit-speed',
    apply(ctx) {
      const { tokens, core } = ctx;
      const j = unitAt(ctx);
      const u = lower(tokens[j]);
      let unit: string | null = null;
      if (u === 'mph') unit = 'mph';
      else if (u === 'kph') unit = 'km/h';
      else if (u === 'knots') unit = 'knots';
      else if (u === 'km' && tokens[j + 1]?.text === '/' && lower(tokens[j + 2]) === 'h') unit = 'km/h';
      else if (lower(tokens[j + 1]) === 'per' && lower(tokens[j + 2]) === 'hour') {
        if (u === 'miles' || u === 'mile') unit = 'mph';
        else if (MEASURE_UNITS[u] === 'km') unit = 'km/h';
      }
      if (!unit) return false;
      const wind = near(tokens, core.first - 6, j + 5, WIND_WORDS);
      return set(ctx, unit, wind ? 'wind speed' : 'speed');
    },
  },
  {
    // `40.3C`, `35 °C`, `104.5F`, `12 degrees Celsius`: a temperature, in the scale's unit
    id: 'quantities/unit-temperature',
    apply(ctx) {
      const { tokens, core } = ctx;
      // A range's scale follows its second number (`43 to 45 C`, `36-38C`).
      let j = ctx.q.bound === 'range' && ctx.after > core.last ? ctx.after : core.last;
      const t = tokens[j];
      if (!t) return false;
      if (t.text === '°') j++;
      else if (lower(t) === 'degrees' || lower(t) === 'degree') j++;
      else if (!scaleLetter(ctx, j)) return false;
      const scale = TEMPERATURE_SCALES[tokens[j]?.text ?? ''] ?? TEMPERATURE_SCALES[lower(tokens[j])];
      return scale ? set(ctx, scale, 'temperature') : false;
    },
  },
  {
    // `the temperature fell to minus 6 degrees`, `highs of 41 degrees`: bare degrees near a weather word or after
    // `minus` are a temperature (`turned 90 degrees` stays an angle)
    id: 'quantities/degrees-temperature',
    apply(ctx) {
      const { tokens, core } = ctx;
      const j = ctx.q.bound === 'range' && ctx.after > core.last ? ctx.after : core.last;
      if (lower(tokens[j]) !== 'degrees' && lower(tokens[j]) !== 'degree') return false;
      const minus = lower(tokens[core.first - 1]) === 'minus';
      if (!minus && !near(tokens, core.first - 8, core.first, TEMPERATURE_CUES)) return false;
      return set(ctx, 'degrees', 'temperature');
    },
  },
  {
    // `demand peaked at 6,300 megawatts`, `restored 900 MW of generation`: the level the clause names
    id: 'quantities/power-noun',
    apply(ctx) {
      const k = unitAt(ctx);
      const t = ctx.tokens[k];
      const code = t ? (CASED_UNITS[t.text] ?? POWER_WORDS[t.lower]) : undefined;
      if (!code || code.endsWith('h')) return false;
      const named = powerMeasure(ctx.tokens, beginOf(ctx), k);
      return named ? set(ctx, code, named) : false;
    },
  },
  {
    // `1.64 GW`, `600 MW`: generating capacity
    id: 'quantities/unit-power',
    apply(ctx) {
      const t = ctx.tokens[unitAt(ctx)];
      const code = t ? CASED_UNITS[t.text] : undefined;
      if (!code) return false;
      return set(ctx, code, code.endsWith('h') ? 'energy' : 'capacity');
    },
  },
  {
    // `45,000 acres`, `3,000 tonnes of oil`, `12 feet`, `6 feet deep` and `600 m underground` (depth), `80-foot`
    id: 'quantities/unit-measure',
    apply(ctx) {
      const { tokens } = ctx;
      let j = unitAt(ctx);
      let square = false;
      if (lower(tokens[j]) === 'square' || lower(tokens[j]) === 'sq') {
        square = true;
        j++;
      } else if (lower(tokens[j]) === 'metric') j++;
      const metric = lower(tokens[j - 1]) === 'metric';
      const written = MEASURE_UNITS[lower(tokens[j])];
      if (!written || written === 'magnitude') return false;
      // `metric tons` are tonnes.
      const code = metric && written === 'tons' ? 'tonnes' : written;
      const unit = square ? `sq ${code}` : code;
      const p = ctx.tokens[beginOf(ctx) - 1];
      const noun = lower(tokens[beginOf(ctx) - 2]);
      const named = lower(p) === 'of' && DIMENSION_NOUNS.has(noun) ? noun : undefined;
      const dim =
        named ?? (j === ctx.core.last ? (DIMENSIONS[lower(tokens[j + 1])] ?? depthAfter(tokens, j)) : undefined);
      return set(ctx, unit, dim ?? ctx.q.measure ?? tokens[j]!.lower);
    },
  },
];

/** Nouns after `N-strong` and what they count: `a 5,000-strong force` → troops. */
const STRONG_NOUNS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  force: 'troops',
  army: 'troops',
  contingent: 'troops',
  battalion: 'troops',
  brigade: 'troops',
  garrison: 'troops',
  militia: 'troops',
  crowd: 'people',
  mob: 'people',
  delegation: 'delegates',
  workforce: 'workers',
  staff: 'employees',
  team: 'members',
  union: 'members',
  membership: 'members',
  community: 'people',
  congregation: 'people',
});

/** `a 5,000-strong force`: the noun after `-strong` says what is counted. */
function strongMeasure(ctx: UnitContext): void {
  const { tokens, q } = ctx;
  const k = unitAt(ctx);
  if (lower(tokens[k]) !== 'strong' || tokens[k - 1]?.text !== '-') return;
  let j = k + 1;
  const word = (t: Token | undefined): boolean => t?.kind === 'word' && !STOP_WORDS.has(t.lower);
  while (j < k + 4 && word(tokens[j]) && STRONG_NOUNS[tokens[j]!.lower] === undefined) j++;
  const noun = lower(tokens[j]);
  q.measure = STRONG_NOUNS[noun] ?? (word(tokens[k + 1]) ? lower(tokens[k + 1]) : null);
  q.by = `${q.by}+quantities/strong`;
}

/** `a third of the clinics` → share of clinics: a share counts what the whole counts. */
function shareMeasure(ctx: UnitContext): void {
  const { tokens, q } = ctx;
  q.by = `${q.by}+quantities/share`;
  let noun = q.measure;
  if (!noun) {
    let k = ctx.core.last;
    if (lower(tokens[k]) === 'of') k++;
    if (/^(?:the|a|an|its|their|this|that|these|those|our|his|her)$/.test(lower(tokens[k]))) k++;
    // `a fifth of the country's 5,000 pharmacies`: past an owner and a count to the noun they qualify.
    if (/['’]s$/.test(lower(tokens[k]))) k++;
    if (tokens[k]?.kind === 'num') k++;
    const t = tokens[k];
    if (t && t.kind === 'word' && /^[a-z]/.test(t.text) && !STOP_WORDS.has(t.lower)) noun = t.lower;
  }
  q.measure = noun ? `share of ${noun}` : 'share';
}

/**
 * A number in brackets right after another (`$4 billion (£3.1 billion)`,
 * `50 miles (80 km)`): the same amount restated. Money in another currency
 * is its own claim and takes the first's bound and measure; a length or
 * weight converted is not a claim. Returns false to drop the quantity.
 */
function conversion(text: string, q: Quantity, prev: Quantity | undefined): boolean {
  if (!prev || !prev.unitCode || !q.unitCode || q.start - prev.end > 24) return true;
  const gap = text.slice(prev.end, q.start);
  // `$4 billion (£3.1 billion)`, `60 mph (97 km/h)`, `2,300-mile-wide (3,700 km)`; `10 acres, or 4 hectares`;
  // a speed's tail may lie past the quantity: `90 km/h (56 mph)`, `185 kilometres per hour (115 mph)`.
  const bracket = /^[\s-]*[A-Za-z]*(?:[-/][a-z]+|\s+per\s+hour)?\s*\(\s*$/.test(gap);
  const restated =
    /^[\s-]*[A-Za-z]*,?\s+or\s+(?:about\s+|roughly\s+|some\s+)?$/.test(gap) &&
    (prev.unitCode !== q.unitCode || /^\S+ metric\b/.test(q.text));
  if (!bracket && !restated) return true;
  if (bracket && isCurrency(prev.unitCode) && isCurrency(q.unitCode)) {
    if (prev.bound === 'lower' || prev.bound === 'upper') {
      const v = q.value;
      q.value = null;
      q.bound = prev.bound;
      q.low = prev.bound === 'lower' ? v : null;
      q.high = prev.bound === 'upper' ? v : null;
      q.certain = false;
    }
    q.approximate = q.approximate || prev.approximate;
    q.incremental = prev.incremental;
    if (prev.measure && !CURRENCY_MEASURES.has(prev.measure)) q.measure = prev.measure;
    q.by = `${q.by}+quantities/conversion`;
    return true;
  }
  const measured = (u: string): boolean => !isCurrency(u) && u !== 'percent' && u !== 'percentage points';
  return !(measured(prev.unitCode) && measured(q.unitCode));
}

/** Run the first rule of `rules` that applies, and record its id on the quantity. */
function first(rules: UnitRule[], ctx: UnitContext): void {
  for (const rule of rules) {
    if (rule.apply(ctx)) {
      ctx.q.by = `${ctx.q.by}+${rule.id}`;
      return;
    }
  }
}

/**
 * Give a built quantity its unit and the measures that come with it.
 * `prev` is the quantity found before it. Returns false when the quantity
 * restates the previous one in another unit (not a claim of its own).
 */
export function applyUnit(text: string, tokens: Token[], core: Core, q: Quantity, prev: Quantity | undefined): boolean {
  let after = core.last;
  while (after < tokens.length && tokens[after]!.start < q.end) after++;
  const ctx: UnitContext = { text, tokens, core, q, after };
  if (core.share) shareMeasure(ctx);
  strongMeasure(ctx);
  first(UNIT_RULES, ctx);
  minusTemperature(ctx);
  return conversion(text, q, prev);
}

/** Units and measures of a temperature, which `minus` puts below zero. */
const TEMPERATURE_UNITS = new Set(['°C', '°F', 'degrees', 'celsius', 'fahrenheit']);
/** Bound words before `minus N`, which the number's own bound reading does not reach past `minus`. */
const BELOW_WORDS = new Set(['below', 'under']);
const ABOVE_WORDS = new Set(['above', 'over']);

/**
 * quantities/minus-temperature: `fell to minus 14 degrees`, `lows of minus 20C`, `below minus 8 degrees Celsius`:
 * a temperature after `minus` is below zero; `below`/`above` before `minus` bound it.
 */
function minusTemperature(ctx: UnitContext): void {
  const { tokens, core, q } = ctx;
  if (lower(tokens[core.first - 1]) !== 'minus' || q.value === null) return;
  if (!TEMPERATURE_UNITS.has(q.unitCode ?? '') && q.measure !== 'temperature') return;
  const v = -q.value;
  const before = lower(tokens[core.first - 2]);
  q.by = `${q.by}+quantities/minus-temperature`;
  if (BELOW_WORDS.has(before) || ABOVE_WORDS.has(before)) {
    const below = BELOW_WORDS.has(before);
    q.value = null;
    q.bound = below ? 'upper' : 'lower';
    q.low = below ? null : v;
    q.high = below ? v : null;
    return;
  }
  q.value = v;
  if (q.low !== null) q.low = -q.low;
  if (q.high !== null) q.high = -q.high;
}

/**
 * After measures were inherited or defaulted (ellipsis.ts: bare `billions`
 * is money): a quantity whose measure is a currency's word gets its code.
 */
export function unitsFromMeasures(quantities: Quantity[]): void {
  for (const q of quantities) {
    if (q.unitCode || !q.measure) continue;
    // `losses could reach into billions`: bare billions a money rule named are in dollars, as bare `billions` is.
    if (q.by.includes('quantities/money-vague')) q.unitCode = 'USD';
    const code = CURRENCY_WORDS[q.measure];
    if (code && q.measure !== 'pounds') q.unitCode = code;
  }
}
