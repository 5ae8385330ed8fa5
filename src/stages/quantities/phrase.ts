/**
 * One number phrase around a number core, read by an ordered list of small
 * rules (as chrono lists its parsers): cues before the number, suffixes
 * after it, the counted noun, and the rejections in between. Each rule looks
 * at a fixed window of tokens, so the stage stays linear overall.
 */
import type { Quantity } from '../../article.js';
import { span } from '../../article.js';
import type { Token } from './tokens.js';
import type { Core } from './number.js';
import type { Phrase, PhraseRule } from './phrase-state.js';
import {
  boundCue,
  boundsApplied,
  changeCue,
  currencySign,
  furtherBatch,
  incrementBeforeBound,
  incrementCue,
  rangeOpen,
} from './cues-before.js';
import {
  countedNoun,
  incrementAfter,
  moreAfter,
  moreThanEarlier,
  newSince,
  orMore,
  percentGlued,
  percentWord,
  range,
  upSince,
} from './suffixes.js';
import { modelNoun } from './model-noun.js';
import { repeatMeasure } from './repeat-measure.js';
import { boundedRange, commaRange } from './spoken-ranges.js';
import { comparativeNoun, revisedTo } from './change-phrase.js';
import { coordinate, scaleSize } from './disaster.js';
import {
  backReference,
  discountOff,
  excluded,
  kindCount,
  listNumber,
  loneOne,
  navigation,
  rankedSet,
  score,
} from './rejects.js';

/**
 * The rules in the order they run. Order matters: the currency sign decides
 * the exclusions; bound cues are read before ranges (a cue rules out
 * `between`) but applied after them (`up to 10 to 12` stays a range); a
 * change (`cut by 20 to 90`) is read before ranges, which it rules out; the
 * counted noun is read after every suffix; rejections that need the noun
 * come last.
 */
export const PHRASE_RULES: readonly PhraseRule[] = [
  currencySign,
  listNumber,
  excluded,
  incrementCue,
  revisedTo,
  boundCue,
  rangeOpen,
  incrementBeforeBound,
  changeCue,
  furtherBatch,
  percentGlued,
  boundedRange,
  commaRange,
  range,
  score,
  boundsApplied,
  orMore,
  comparativeNoun,
  moreAfter,
  moreThanEarlier,
  incrementAfter,
  percentWord,
  countedNoun,
  newSince,
  modelNoun,
  repeatMeasure,
  upSince,
  navigation,
  discountOff,
  loneOne,
  backReference,
  kindCount,
  rankedSet,
  coordinate,
  scaleSize,
];

/** The quantity read at a core (null when excluded) and where scanning resumes. */
export interface Built {
  quantity: Quantity | null;
  nextToken: number;
}

/** The reading of a bare core, before any rule. */
function start(text: string, tokens: Token[], core: Core, dotThousands: boolean): Phrase {
  return {
    text,
    tokens,
    core,
    dotThousands,
    currency: -1,
    begin: core.first,
    last: core.last,
    value: core.value,
    low: core.vague ? 2 * core.unit! : core.value,
    high: core.vague ? null : core.value,
    bound: core.vague ? 'vague' : 'exact',
    approximate: core.approximate,
    incremental: false,
    by: core.vague ? 'quantities/vague' : core.digits ? 'quantities/digits' : 'quantities/words',
    measure: null,
    measureBare: false,
    rangeOpen: null,
    boundKind: null,
    change: false,
    drop: null,
  };
}

/** The quantity a finished phrase states. */
function finish(p: Phrase): Quantity {
  const { text, tokens, core } = p;
  const endOff = p.unit ? p.unit.end : tokens[p.last - 1]!.end;
  const begin = tokens[p.begin]!.start;
  // Written out, not spread: the same keys in the same order, without the slow copy of a spread object.
  const quantity: Quantity = {
    start: begin,
    end: endOff,
    text: text.slice(begin, endOff),
    by: p.by,
    certain: p.bound === 'exact' && !p.approximate,
    value: p.value,
    low: p.low,
    high: p.high,
    bound: p.bound,
    approximate: p.approximate,
    vague: core.vague,
    incremental: p.incremental,
    number: span(text, tokens[p.currency >= 0 ? p.currency : core.first]!.start, tokens[core.last - 1]!.end),
    measure: p.measure,
  };
  if (p.cue) quantity.cue = p.cue;
  if (p.unit) quantity.unit = p.unit;
  if (p.measureBare) (quantity as Quantity & { bareMeasure?: boolean }).bareMeasure = true;
  return quantity;
}

/** Read the number phrase around `core` with {@link PHRASE_RULES}. */
export function build(text: string, tokens: Token[], core: Core, dotThousands: boolean): Built {
  const phrase = start(text, tokens, core, dotThousands);
  for (const rule of PHRASE_RULES) {
    rule.apply(phrase);
    if (phrase.drop !== null) return { quantity: null, nextToken: phrase.drop };
  }
  return { quantity: finish(phrase), nextToken: phrase.last };
}
