/**
 * Ranges written without `to` between two plain numbers: the spoken
 * `30, 40 people`, and `from less than X to over Y`, where each end carries
 * its own bound cue.
 */
import { BOUND_CUES, CURRENCY_SYMBOLS, STOP_WORDS } from './lexicon.js';
import { parseCore, type Core } from './number.js';
import type { Token } from './tokens.js';
import { exclusion } from './exclude.js';
import { adj, mark, type Phrase, type PhraseRule } from './phrase-state.js';

/** The number at token k, after an optional currency sign; null when there is none. */
function numberAt(p: Phrase, k: number): Core | null {
  const { tokens } = p;
  if (CURRENCY_SYMBOLS[tokens[k]?.text ?? '']) k++;
  const kind = tokens[k]?.kind;
  return kind === 'num' || kind === 'word' ? parseCore(tokens, k, p.dotThousands) : null;
}

/** The length of the bound cue that starts at token k, or 0. */
function cueAt(tokens: Token[], k: number): number {
  for (const c of BOUND_CUES) {
    let n = 0;
    while (n < c.words.length && tokens[k + n]?.lower === c.words[n]) n++;
    if (n === c.words.length) return n;
  }
  return 0;
}

/** Make the phrase a range from its number to `second`. */
function toRange(p: Phrase, low: number, second: Core, id: string): void {
  p.value = null;
  p.low = low;
  p.high = second.value;
  p.bound = 'range';
  p.last = second.last;
  mark(p, id);
}

/** `ranging from under $2 million to over $1 billion`: both ends bounded, one range. */
export const boundedRange: PhraseRule = {
  id: 'quantities/bounded-range',
  apply(p) {
    const { tokens, core } = p;
    if (!p.boundKind || core.vague || core.value === null || tokens[p.begin - 1]?.lower !== 'from') return;
    if (tokens[p.last]?.lower !== 'to') return;
    const n = cueAt(tokens, p.last + 1);
    if (n === 0) return;
    const second = numberAt(p, p.last + 1 + n);
    if (!second || second.vague || second.value === null || second.value <= core.value) return;
    toRange(p, core.value, second, this.id);
  },
};

/** Number words close enough to read `two, three days` as a spoken range. */
const MAX_WORD_GAP = 2;

/** `We fed 30, 40 people a night`: two round numbers close together, a comma between, then the noun. */
export const commaRange: PhraseRule = {
  id: 'quantities/comma-range',
  apply(p) {
    const { tokens, core } = p;
    const n = core.value;
    if (core.vague || n === null || !Number.isInteger(n) || p.bound !== 'exact') return;
    const comma = tokens[p.last];
    // `30, 40, 50 people` is a list.
    if (comma?.text !== ',' || !adj(tokens[p.last - 1], comma) || tokens[p.begin - 1]?.text === ',') return;
    const second = numberAt(p, p.last + 1);
    const m = second?.value;
    if (!second || second.vague || m === null || m === undefined || second.digits !== core.digits) return;
    if (m <= n || m > 2 * n || !Number.isInteger(m)) return;
    const round = core.digits ? n % 5 === 0 && m % 5 === 0 : m - n <= MAX_WORD_GAP || (n % 10 === 0 && m % 10 === 0);
    const noun = tokens[second.last];
    if (!round || !noun || noun.kind !== 'word' || STOP_WORDS.has(noun.lower)) return;
    // `two, three days`: a duration, like `three days` alone.
    if (exclusion(tokens, second, false, true)) {
      p.drop = second.last;
      return;
    }
    toRange(p, n, second, this.id);
  },
};
