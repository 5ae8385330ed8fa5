/**
 * quantities: every number in the text that could be a claim, with its
 * bounds (`more than`, `up to`, ranges), vagueness (`thousands`), increment
 * (`another`) and what it counts (`troops`).
 *
 * Works on one token list of the whole text (linear tokenizer, fixed-width
 * look-around per number), so it is linear in the text length. Rules live in
 * ./quantities/: number reading, exclusions, measure; the lexicon is open.
 */
import type { Article, Quantity } from '../article.js';
import type { Stage } from '../pipeline.js';
import { tokenize, urlRanges, maskTokens } from './quantities/tokens.js';
import { parseCore } from './quantities/number.js';
import { build } from './quantities/phrase.js';
import { inheritMeasures } from './quantities/ellipsis.js';
import { applyUnit, unitsFromMeasures } from './quantities/unit.js';

/** Languages whose texts write `12.000` for twelve thousand. */
const DOT_THOUSANDS = new Set([
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pl',
  'da',
  'nb',
  'no',
  'sv',
  'tr',
  'id',
  'ru',
  'uk',
  'cs',
]);

/** Options for {@link extractQuantities}. */
export interface QuantityOptions {
  /** The text writes the dot as thousands separator (German-style `12.000`). */
  dotThousands?: boolean;
}

/** German-style `12.000` is read as thousands when the article language writes numbers that way. */
function guessDotThousands(article: Article): boolean {
  const lang = article.meta.language?.value?.slice(0, 2).toLowerCase();
  if (lang) return DOT_THOUSANDS.has(lang);
  return false;
}

/** Extract quantities from any text. Never throws; linear in the text length. */
export function extractQuantities(text: string, opts: QuantityOptions = {}): Quantity[] {
  const tokens = tokenize(text);
  const masked = maskTokens(tokens, urlRanges(text));
  const dotThousands = opts.dotThousands ?? false;
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (masked[i] || (tokens[i]!.kind !== 'num' && tokens[i]!.kind !== 'word')) {
      i++;
      continue;
    }
    const core = parseCore(tokens, i, dotThousands);
    if (!core) {
      i++;
      continue;
    }
    const q = build(text, tokens, core, dotThousands);
    i = Math.max(core.last, q.nextToken);
    if (q.quantity && applyUnit(text, tokens, core, q.quantity, out[out.length - 1])) out.push(q.quantity);
  }
  inheritMeasures(text, out);
  unitsFromMeasures(out);
  return out;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  needs: ['text', 'sentences'],
  gives: ['quantities'],
  run(article: Article) {
    article.quantities = extractQuantities(article.text, { dotThousands: guessDotThousands(article) });
  },
};
