/**
 * claims/figure-noun-action: "police said 12,000 people marched; organisers put the figure at 40,000" — a number
 * given as the level of a figure noun that names nothing ("the figure", "their estimate") counts what the earlier
 * count counts, and so has the earlier count's action, not a verb that follows it in another clause ("…, and said
 * 300 tractors joined").
 */
import type { Claim, Quantity } from '../../article.js';

/** Measure rules that give a number the measure of a total noun (`the toll at`, `their estimate up to`). */
const FIGURE_NOUN_RULE = /\+quantities\/total-noun(?:-clause)?(?:\+|$)/;
/** A bare number given the measure of the count before it in its sentence. */
const ELLIPSIS = /\+quantities\/ellipsis(?:\+|$)/;
/** The rule id this module gives an action. */
export const FIGURE_NOUN_ACTION = 'claims/figure-noun-action';
/** How far back (characters) the earlier count may stand. */
const REACH = 600;

/**
 * The earlier claim whose action a figure-noun number takes, or null. `q` is the number, `sentence` its sentence
 * (the measure must not be named there: `the number of people evacuated rose to 900` has its own verb), `ownAfter`
 * whether the number's own action cue (if any) stands after it, and `earlier` the article's claims so far.
 */
export function figureNounSource(
  q: Quantity,
  sentence: string,
  ownAfter: boolean,
  earlier: readonly Claim[],
): Claim | null {
  if (!ownAfter || !q.measure) return null;
  const ellipsis = ELLIPSIS.test(q.by);
  // The sentence is lowered only for the few numbers a figure noun measured, not for every number.
  if (!ellipsis && !FIGURE_NOUN_RULE.test(q.by)) return null;
  if (sentence.toLowerCase().includes(q.measure.toLowerCase())) return null;
  // "revised their estimate up to 50,000 from the 40,000 they had given": a bare number after one such level
  // counts what it counts (quantities/ellipsis), and so takes the same action.
  if (ellipsis) {
    const prev = earlier[earlier.length - 1];
    return prev?.action?.by === FIGURE_NOUN_ACTION && prev.quantity.measure === q.measure ? prev : null;
  }
  for (let k = earlier.length - 1; k >= 0; k--) {
    const c = earlier[k]!;
    if (q.start - c.quantity.end > REACH) return null;
    if (c.quantity.measure === q.measure && c.action) return c;
  }
  return null;
}
