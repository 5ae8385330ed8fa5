/**
 * What a length measures when its unit is all the words after it say: the
 * diameter of a round thing (`a 2,300-mile-wide moon`) and the height of a
 * fall (`plunged 60 metres into the gorge`). Each reads a fixed window around the number.
 */
import type { Token } from './tokens.js';
import { isCapital, phraseAfter } from './measure-context.js';
import type { MeasureRule } from './measure-context.js';

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
