/**
 * `The airline trimmed its order of A330 jets, down by 20 to 80`: a bare number in a change whose things were
 * named earlier in the clause, as the complement of `of` (an order, a pledge, a target, a fleet of them).
 */
import type { Token } from './tokens.js';
import type { MeasureRule } from './measure-context.js';
import { clauseStop, nounMeasure } from './measure-context.js';
import { countable } from './measure.js';
import { STOP_WORDS, TIME_UNITS } from './lexicon.js';

/** How many tokens back the clause is read. */
const WINDOW = 18;

/** Words right before a number of a change (`down by 20`, `from 40`, `to 80`). */
const CHANGE_BEFORE = /^(?:by|to|from)$/;

/**
 * The counted noun of `of` at token k: past a determiner and a model designation (`of its 777x jets`, `of
 * A330 jets`), lower-case words that end in a plural noun; null when none.
 */
function ofComplement(tokens: Token[], k: number, end: number): string | null {
  let j = k + 1;
  if (/^(?:the|its|their|a|an)$/.test(tokens[j]?.lower ?? '')) j++;
  // `A330`, `777x`: a designation with a digit, in one or two tokens.
  for (let n = 0; n < 2 && j < end; n++) {
    const t = tokens[j]!;
    const designation = t.kind === 'num' || /\d/.test(t.text) || (n > 0 && /^[a-z]$/i.test(t.text));
    if (!designation || (n > 0 && tokens[j - 1]!.end !== t.start)) break;
    j++;
  }
  const words: string[] = [];
  for (; j < end && words.length < 3; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !/^[a-z]/.test(t.text) || STOP_WORDS.has(t.lower)) break;
    words.push(t.text);
    // `the fleet of ferries shrank`: the phrase ends at a plural noun that no other noun follows.
    const n = tokens[j + 1];
    if (countable(t.lower) && (n?.kind !== 'word' || !countable(n.lower))) break;
  }
  const head = words[words.length - 1]?.toLowerCase();
  if (!head || !countable(head) || TIME_UNITS.has(head)) return null;
  return nounMeasure(words);
}

/** A bare number after `by`/`to`/`from` counts the things of the nearest `of` complement earlier in its clause. */
export const changeEllipsis: MeasureRule = {
  id: 'quantities/change-ellipsis',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    if (!CHANGE_BEFORE.test(t[ctx.begin - 1]?.lower ?? '')) return null;
    const floor = Math.max(0, ctx.begin - WINDOW);
    // Another quantity in the sentence (`from 40 to 25`, `15,000 troops ..., up from 7,300`): its noun carries over.
    const prev = ctx.all[ctx.index - 1];
    if (prev && !/[.!?]\s+[A-Z]/.test(ctx.text.slice(prev.end, ctx.start))) return null;
    for (let k = ctx.begin - 2; k >= floor; k--) {
      if (clauseStop(t, k)) return null;
      if (t[k]!.lower === 'of') return ofComplement(t, k, ctx.begin - 1);
    }
    return null;
  },
};
