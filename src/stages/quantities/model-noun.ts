/**
 * `50 A350-900 jets`, `400 737 Max jets`, `30 of Boeing’s 787-9 jets`, `25 ICE 4 trains`: a count of things
 * named by their model; the noun after the model designation is what is counted.
 */
import { span } from '../../article.js';
import { MEASURE_SYNONYMS, STOP_WORDS } from './lexicon.js';
import { mark, type PhraseRule } from './phrase-state.js';
import { pluralNoun } from '../../vocabulary/plural.js';

/**
 * An optional maker (`Boeing’s`), a designation with a digit (`A350-900`, `737 Max`, `ICE 4`), then a noun; an
 * adjective may follow the determiner (`of the grounded 737 Max jet`).
 */
const MODEL_NOUN =
  /^\s+(?:of\s+)?(?:(?:the|its|their)\s+(?:\p{Ll}{4,}\s+)?)?(?:\p{Lu}[\p{L}]+(?:\s?[’']s)?\s+)?(?:\p{Lu}{1,4}-?\d[\w-]*|(\d+)|\d[\w-]*)(?:\s+\p{Lu}[\p{L}]+)?\s+(\p{Ll}{3,})/u;

/** Characters read after the number (a fixed window). */
const WINDOW = 60;

/** Nouns of deals in a model's units: a count of them counts the units. */
const DEALS = new Set(['sales', 'orders', 'deliveries', 'purchases']);

/** The designation in a model-noun match (`C210`, `A321neo`, `787`): its first run with a digit. */
const DESIGNATION = /\p{Lu}{0,4}-?\d[\p{L}\d]*/u;

/** How far back the text is read for the model's units (characters). */
const UNITS_BACK = 4000;

/**
 * The plural noun the text gave the model before `start` (`C210-4 Skylark jets` for a later `C210 Skylark sales`),
 * or null: the designation, any variant suffix and one capitalised name, then the noun.
 */
function unitsNamedBefore(text: string, start: number, match: string): string | null {
  const d = DESIGNATION.exec(match)?.[0];
  if (!d) return null;
  // A designation holds only letters, digits and hyphens: nothing to escape (`\-` is an error under `u`).
  const re = new RegExp(`(?<![\\w-])${d}(?:-[\\w]+)?(?:\\s+\\p{Lu}\\p{L}+)?\\s+(\\p{Ll}{3,}s)\\b`, 'gu');
  let found: string | null = null;
  for (const x of text.slice(Math.max(0, start - UNITS_BACK), start).matchAll(re)) {
    if (!DEALS.has(x[1]!) && !STOP_WORDS.has(x[1]!)) found = x[1]!;
  }
  return found ? (MEASURE_SYNONYMS[found] ?? found) : null;
}

/** A bare count whose noun comes after a model designation takes that noun as its measure. */
export const modelNoun: PhraseRule = {
  id: 'quantities/model-noun',
  apply(p) {
    if (p.measure !== null || p.currency >= 0 || p.bound === 'range' || p.core.vague) return;
    const end = p.tokens[p.last - 1]!.end;
    const m = MODEL_NOUN.exec(p.text.slice(end, end + WINDOW));
    if (!m || STOP_WORDS.has(m[2]!)) return;
    const noun = m[2]!;
    // `two of the 13 live in Texas`: after a bare number with no name about it, only a plural is a counted noun.
    if (m[1] && !/\p{Lu}/u.test(m[0]) && !noun.endsWith('s')) return;
    const nounEnd = end + m[0].length;
    // quantities/model-sales: `three C210 Skylark sales` count the jets the text named that model by before.
    const units = DEALS.has(noun) ? unitsNamedBefore(p.text, p.tokens[p.begin]!.start, m[0]) : null;
    if (units) {
      p.measure = units;
      p.unit = span(p.text, nounEnd - noun.length, nounEnd);
      mark(p, `${this.id}+quantities/model-sales`);
      return;
    }
    // `some 60 of the 737 Max jet`: a count of more than one names its things in the plural.
    p.measure = MEASURE_SYNONYMS[noun] ?? (p.value === 1 ? noun : pluralNoun(noun));
    p.unit = span(p.text, nounEnd - noun.length, nounEnd);
    mark(p, this.id);
  },
};
