/**
 * `quantities/power-noun`: what a figure in megawatts or gigawatts measures. A power figure is a level of
 * something (demand, supply, generation, a shortfall), named by a noun after `of`, by a noun or verb that owns
 * the clause before it, or else the generating capacity.
 */
import type { Token } from './tokens.js';

/** Nouns a power figure is the level of, as the measure says them (`3 GW of output` is a maker's capacity). */
const POWER_NOUNS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  demand: 'demand',
  supply: 'supply',
  generation: 'generation',
  capacity: 'capacity',
  load: 'load',
  shortfall: 'shortfall',
  deficit: 'shortfall',
  consumption: 'consumption',
  imports: 'imports',
  exports: 'exports',
  shedding: 'load shedding',
});

/** Verbs whose object is a power figure, and what they do (a plant that `will produce 600 MW` is its capacity). */
const POWER_VERBS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  generate: 'generation',
  generates: 'generation',
  generated: 'generation',
  generating: 'generation',
  supply: 'supply',
  supplies: 'supply',
  supplied: 'supply',
  supplying: 'supply',
  import: 'imports',
  imported: 'imports',
  importing: 'imports',
  consume: 'consumption',
  consumed: 'consumption',
});

/** Tokens looked back from the number: a clause of `demand hit a new record of N MW on Tuesday evening, M MW`. */
const WINDOW = 14;
/** Marks that end the clause looked back over. */
const STOPS = new Set(['.', ';', ':', '(', '?', '!']);

/**
 * The measure of the power figure whose first token is `begin` and whose unit token is `unit`: the noun after
 * `of` (`900 MW of generation`), else the nearest power noun or verb before it in the clause (`demand peaked
 * at`, `could supply only`), else null.
 */
export function powerMeasure(tokens: Token[], begin: number, unit: number): string | null {
  if (tokens[unit + 1]?.lower === 'of') {
    const named = POWER_NOUNS[tokens[unit + 2]?.lower ?? ''];
    if (named) return named;
  }
  for (let k = begin - 1; k >= Math.max(0, begin - WINDOW); k--) {
    const t = tokens[k]!;
    if (STOPS.has(t.text)) break;
    const noun = POWER_NOUNS[t.lower];
    // `load` alone is a power noun only before a verb; `load shedding` is said whole.
    if (noun && (t.lower !== 'shedding' || tokens[k - 1]?.lower === 'load')) return noun;
    const verb = POWER_VERBS[t.lower];
    if (verb) return verb;
  }
  return null;
}

/** Power units written as words, with the code the cased abbreviations use. */
export const POWER_WORDS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  megawatt: 'MW',
  megawatts: 'MW',
  gigawatt: 'GW',
  gigawatts: 'GW',
  kilowatt: 'kW',
  kilowatts: 'kW',
});
