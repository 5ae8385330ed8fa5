/**
 * `beat the Hawks 112-107`, `led 21-14`, `a 4-0 win`, `voted 7-2`: a score that a result word
 * around it makes a stated result, so both of its numbers are claims (a bare `2-1` stays unread).
 */
import type { Token } from './tokens.js';
import { adj } from './phrase-state.js';

/** Words before a score that state a result or a running score. */
const RESULT_BEFORE = new Set([
  'beat',
  'beats',
  'beating',
  'defeated',
  'defeats',
  'won',
  'wins',
  'win',
  'lost',
  'loses',
  'lose',
  'led',
  'leads',
  'leading',
  'trailed',
  'trailing',
  'up',
  'down',
  'edged',
  'edges',
  'routed',
  'thrashed',
  'drew',
  'tied',
  'fell',
  'falls',
  'voted',
  'votes',
  'vote',
  // a tally by which a body decided: `passed the Senate 61-39`, `upheld the ruling 6-3`
  'passed',
  'approved',
  'rejected',
  'confirmed',
  'adopted',
  'ratified',
  'upheld',
  'overturned',
  'struck',
  'score',
  'scoreline',
]);

/** Words right after a score that make it a result (`a 4-0 win`, `112-107 over the Thunder`). */
const RESULT_AFTER = new Set([
  'win',
  'victory',
  'loss',
  'defeat',
  'lead',
  'over',
  'triumph',
  'rout',
  'draw',
  'tie',
  'vote',
  'decision',
  'margin',
  'verdict',
]);

const DASHES = new Set(['-', '–']);

/** Tokens looked back from the score for a result word. */
const LOOK_BACK = 4;

/** Whether the score whose dash is token `at` (`N-M`, glued) states a result. */
export function resultScore(tokens: Token[], at: number): boolean {
  const first = at - 1;
  const dash = tokens[at];
  const second = tokens[first + 2];
  if (first < 0 || tokens[first]!.kind !== 'num' || !dash || !second || !DASHES.has(dash.text) || second.kind !== 'num')
    return false;
  if (!adj(tokens[first], dash) || !adj(dash, second)) return false;
  // `4-3-3`: a formation or a code, not a score.
  if (DASHES.has(tokens[first + 3]?.text ?? '') && adj(second, tokens[first + 3])) return false;
  if (tokens[first - 1]?.text === '-' && adj(tokens[first - 1], tokens[first])) return false;
  const after = tokens[first + 3];
  if (after?.kind === 'word' && RESULT_AFTER.has(after.lower)) return true;
  for (let k = first - 1; k >= Math.max(0, first - LOOK_BACK); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (RESULT_BEFORE.has(t.lower)) return true;
  }
  return false;
}
