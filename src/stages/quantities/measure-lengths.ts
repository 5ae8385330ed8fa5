/**
 * What a length measures when its unit is all the words after it say: the
 * diameter of a round thing (`a 2,300-mile-wide moon`) and the height of a
 * fall (`plunged 60 metres into the gorge`). Each reads a fixed window around the number.
 */
import type { Token } from './tokens.js';
import { clauseStop, isCapital, phraseAfter } from './measure-context.js';
import { STOP_WORDS } from './lexicon.js';
import type { MeasureContext, MeasureRule } from './measure-context.js';

/** Measures that are units of length: what they measure is a dimension when the text names one. */
export const LENGTH_UNITS = new Set([
  'miles',
  'feet',
  'kilometers',
  'kilometres',
  'km',
  'meters',
  'metres',
  'inches',
  'yards',
  'centimeters',
  'millimeters',
]);

const isLength = (m: string | null): boolean => m !== null && LENGTH_UNITS.has(m);

/** Round things whose width is a diameter: `the 2,300-mile-wide moon`, `a 2-mile-wide crater`. */
const ROUND_THINGS = new Set([
  'moon',
  'moons',
  'planet',
  'planets',
  'asteroid',
  'asteroids',
  'comet',
  'comets',
  'crater',
  'craters',
  'star',
  'stars',
  'sun',
  'sinkhole',
  'sinkholes',
  'caldera',
  'dish',
  'disc',
  'disk',
  'dome',
  'satellite',
  'world',
  'body',
]);

/** Whether a round thing is named among tokens [from, to): the noun after the size, or near a name it sizes. */
function roundNear(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    if (ROUND_THINGS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Verbs of falling or being thrown: a length after one, heading `into` or `down`, is the height of the fall. */
const FALL_VERBS = new Set([
  'fell',
  'fall',
  'falls',
  'falling',
  'fallen',
  'plunged',
  'plunge',
  'plunges',
  'plunging',
  'plummeted',
  'plummeting',
  'dropped',
  'tumbled',
  'tumbling',
  'toppled',
  'tossed',
  'tossing',
  'thrown',
  'threw',
  'hurled',
  'hurling',
  'flung',
  'sent',
  'sending',
  'crashed',
  'crashing',
  'jumped',
  'leapt',
  'leaped',
  'dove',
  'dived',
]);

/** Units a depth of rain or snow is given in (the measure a unit rule wrote). */
const FALL_UNITS = new Set([
  'mm',
  'cm',
  'millimetres',
  'millimeters',
  'centimetres',
  'centimeters',
  'inches',
  'feet',
  'in',
]);

/** What falls from the sky, and the measure its depth is: `80 mm of rain` → rainfall. */
const PRECIPITATION: Readonly<Record<string, string>> = {
  rain: 'rainfall',
  rainfall: 'rainfall',
  rainwater: 'rainfall',
  snow: 'snowfall',
  snowfall: 'snowfall',
  hail: 'hail',
  sleet: 'sleet',
};

/** Adjectives between `of` and the rain or snow (`120 mm of torrential rain`). */
const PRECIPITATION_ADJECTIVES = /^(?:heavy|torrential|fresh|new|wet|more|further|additional)$/;

/** Nouns of an area kept clear around a hazard (or its radius named): a length that sizes one is its radius. */
const ZONE_NOUNS = new Set(['zone', 'zones', 'cordon', 'perimeter', 'radius']);

/** Prepositions that set a zone's size: `widened the zone to 12 km`, `from 3 km`, `a cordon of 800 metres`. */
const ZONE_SIZE_PREPOSITIONS = new Set(['to', 'from', 'of', 'at']);

/** Words after a length that place something by its distance (`6 km away`, `40 km north`), not size a zone. */
const PLACED_BY =
  /^(?:away|off|offshore|inland|north|south|east|west|northeast|northwest|southeast|southwest|upstream|downstream|along|across|into|long|wide)$/;

/** The token index of the quantity's number (its cue skipped), from `begin`. */
function numberToken(ctx: MeasureContext): number {
  let k = ctx.begin;
  while (k < ctx.after && ctx.tokens[k]!.start < ctx.q.number.start) k++;
  return k;
}

/**
 * quantities/zone-radius: `a 5-kilometre exclusion zone`, `a 20-mile no-fly zone` (the zone noun within four words
 * after the length), `widened the evacuation zone to 12 km`, `extended the zone around the dam from 3 km to 7 km`,
 * `the perimeter was set at 2 miles` (the zone noun earlier in the clause, a preposition of size before the number).
 */
function zoneRadius(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  if (PLACED_BY.test(t[ctx.after]?.lower ?? '')) return null;
  // After: the length joined before the zone's noun, past up to three modifiers (`exclusion`, `no-fly`).
  for (let k = ctx.after, words = 0; k < Math.min(t.length, ctx.after + 6) && words < 4; k++) {
    const w = t[k]!;
    if (w.newline) break;
    if (w.text === '-') continue;
    if (w.kind !== 'word' || (STOP_WORDS.has(w.lower) && w.lower !== 'no')) break;
    if (ZONE_NOUNS.has(w.lower)) return 'radius';
    words++;
  }
  // Before: a preposition of size right before the number, the zone's noun within eight words before it.
  const n = numberToken(ctx);
  let k = n - 1;
  // `at about 2 miles`, `to roughly 800 metres`: a bound or hedge word between the preposition and the number.
  while (k > n - 4 && k >= 0 && t[k]!.kind === 'word' && !ZONE_SIZE_PREPOSITIONS.has(t[k]!.lower)) k--;
  if (k < 0 || !ZONE_SIZE_PREPOSITIONS.has(t[k]!.lower)) return null;
  // `from 3 km to 7 km`: the second end of a zone's change takes the first's radius.
  const prev = ctx.all[ctx.index - 1];
  if (prev?.measure === 'radius' && /^\s*to\s+$/i.test(ctx.text.slice(prev.end, t[k + 1]?.start ?? ctx.start)))
    return 'radius';
  for (let j = k - 1; j >= Math.max(0, k - 9); j--) {
    const w = t[j]!;
    if (clauseStop(t, j) || w.kind === 'num' || w.text === ',') return null;
    if (ZONE_NOUNS.has(w.lower)) return 'radius';
  }
  return null;
}

/** Things that rise into the sky: a length after `into the sky` or `into the air` is how high they went. */
const SKY = new Set(['sky', 'air', 'atmosphere', 'stratosphere']);

/**
 * quantities/sky-height: `sent ash as high as 11 km` (the bound cue names the dimension), `rose about 4 km (2.5
 * miles) into the sky` (a conversion in brackets skipped).
 */
function skyHeight(ctx: MeasureContext): string | null {
  const cue = ctx.q.cue?.text.toLowerCase().replace(/\s+/g, ' ');
  if (cue === 'as high as' || cue === 'as tall as') return 'height';
  const t = ctx.tokens;
  let j = ctx.after;
  if (t[j]?.text === '(') {
    const close = j + 8;
    while (j < close && j < t.length && t[j]!.text !== ')') j++;
    if (t[j]?.text !== ')') return null;
    j++;
  }
  if (t[j]?.lower === 'high') j++;
  return t[j]?.lower === 'into' && t[j + 1]?.lower === 'the' && SKY.has(t[j + 2]?.lower ?? '') ? 'height' : null;
}

/** The rules for lengths, before `quantities/dimension` (measure-money.ts) reads `a diameter of` and `25 feet deep`. */
export const LENGTH_RULES: MeasureRule[] = [
  {
    // `a 2,300-mile-wide moon`, `a 2-mile-wide crater`: a round thing's width is its diameter.
    id: 'quantities/dimension-compound',
    applies: (q) => isLength(q.measure),
    find: (ctx) => {
      const t = ctx.tokens;
      const dash = t[ctx.after];
      const adj = t[ctx.after + 1];
      if (dash?.text !== '-' || dash.start !== ctx.q.end || !adj || adj.start !== dash.end) return null;
      // Only a round thing's width says more than its unit: `an 80-foot-long room` keeps feet, as written.
      if (adj.lower !== 'wide') return null;
      // The thing sized: the noun phrase after, or a name with its kind said close by (`Jupiter's moon Europa`).
      const noun = phraseAfter(t, ctx.after + 2);
      const named = !noun || isCapital(noun[0]!);
      const round = named ? roundNear(t, ctx.begin - 12, ctx.after + 14) : roundNear(t, ctx.after + 2, ctx.after + 6);
      return round ? 'diameter' : null;
    },
  },
  {
    // `fell 100 feet into a crevasse`, `plunged nearly 60 metres into the gorge`; `300 feet into the air`: a height.
    id: 'quantities/fall-height',
    applies: (q) => isLength(q.measure),
    find: (ctx) => {
      const t = ctx.tokens;
      const next = t[ctx.after]?.lower ?? '';
      if (next !== 'into' && next !== 'onto' && next !== 'down') return null;
      let verb = false;
      for (let k = ctx.begin - 1; k >= Math.max(0, ctx.begin - 8); k--) {
        const w = t[k]!;
        if (w.newline || (w.kind === 'punct' && /^[.;:!?]$/.test(w.text))) break;
        if (FALL_VERBS.has(w.lower)) {
          verb = true;
          break;
        }
      }
      if (!verb) return null;
      const sky = /^(?:air|sky)$/.test(t[ctx.after + 2]?.lower ?? '') && t[ctx.after + 1]?.lower === 'the';
      return sky ? 'height' : 'fall height';
    },
  },
  {
    // `a 5-kilometre exclusion zone`, `widened the evacuation zone to 12 km`: a length that sizes a zone is its radius.
    id: 'quantities/zone-radius',
    applies: (q) => isLength(q.measure),
    find: zoneRadius,
  },
  {
    // `sent ash as high as 11 km`, `rose 4 km (2.5 miles) into the sky`: a height, with or without a verb of throwing.
    id: 'quantities/sky-height',
    applies: (q) => isLength(q.measure),
    find: skyHeight,
  },
  {
    // `up to 600 millimetres of rain`, `2 feet of fresh snow`: the depth of rain or snow is a rainfall or snowfall.
    id: 'quantities/precipitation',
    applies: (q) => q.measure !== null && FALL_UNITS.has(q.measure),
    find: (ctx) => {
      const t = ctx.tokens;
      let j = ctx.after;
      // `150 mm`: a unit symbol may be left outside the quantity's span.
      if (t[j]?.lower === ctx.q.measure) j++;
      if (t[j]?.lower !== 'of') return null;
      j++;
      if (PRECIPITATION_ADJECTIVES.test(t[j]?.lower ?? '')) j++;
      return PRECIPITATION[t[j]?.lower ?? ''] ?? null;
    },
  },
];
