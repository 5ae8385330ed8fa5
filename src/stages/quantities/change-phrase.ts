/**
 * Phrase rules for revisions and comparisons in economic and statistical
 * prose: `was revised up to 117,000` states a new level (not a ceiling), and
 * `9,000 fewer jobs than` compares two counts of the noun after the comparative.
 */
import { mark, type PhraseRule } from './phrase-state.js';
import { STOP_WORDS } from './lexicon.js';

/** Verbs after which `up to N` is the level a figure was moved to: `revised up to`, `ticked up to`. */
const REVISION_VERBS = new Set([
  'revised',
  'revise',
  'revises',
  'revising',
  'marked',
  'ticked',
  'edged',
  'nudged',
  'bumped',
  'inched',
  'crept',
  'ratcheted',
  'moved',
  'adjusted',
  'went',
  'shot',
]);

/** Verbs that move an estimate named after them: `raised its forecast up to`, `revised their own count up to`. */
const ESTIMATE_MOVERS = new Set([...REVISION_VERBS, 'raised', 'raises', 'lifted', 'pushed', 'increased', 'upgraded']);

/** Nouns of a figure someone keeps: `revised their estimate up to 50,000`. */
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates', 'forecast', 'projection', 'count', 'tally', 'figure', 'toll']);

/** Tokens between a mover and its estimate noun: `revised [their own] estimate`. */
const MOVER_GAP = 4;

/** `revised their own estimate up to 50,000`: the estimate noun, then a verb that moved it, just before. */
function movedEstimate(t: ReadonlyArray<{ lower: string }>, noun: number): boolean {
  if (!ESTIMATE_NOUNS.has(t[noun]?.lower ?? '')) return false;
  for (let k = noun - 1; k >= 0 && k >= noun - MOVER_GAP; k--) if (ESTIMATE_MOVERS.has(t[k]!.lower)) return true;
  return false;
}

/**
 * `hiring was revised up to 117,000`, `ticked up to 5.6%`, `revised its estimate up to 50,000`: a level moved to, so
 * `up to` is no bound cue.
 */
export const revisedTo: PhraseRule = {
  id: 'quantities/revised-to',
  apply(p) {
    const t = p.tokens;
    if (t[p.begin - 1]?.lower !== 'to' || t[p.begin - 2]?.lower !== 'up') return;
    if (!REVISION_VERBS.has(t[p.begin - 3]?.lower ?? '') && !movedEstimate(t, p.begin - 3)) return;
    p.change = true;
    mark(p, this.id);
  },
};

/** Comparatives between a number and its noun: `9,000 fewer jobs than`, `350 more patients than`. */
export const COMPARATIVES: ReadonlySet<string> = new Set(['fewer', 'more', 'less']);

/** Tokens looked ahead from the comparative for `than`. */
const THAN_WINDOW = 8;

/**
 * `604,000 fewer jobs than first reported`, `350 more patients than last year`, `41,500 fewer jobs per month`: a
 * difference between two counts of the noun after the comparative (not an increment); the comparative is read past.
 */
export const comparativeNoun: PhraseRule = {
  id: 'quantities/comparative-noun',
  apply(p) {
    const t = p.tokens;
    const w = t[p.last];
    if (p.measure !== null || !w || !COMPARATIVES.has(w.lower) || t[p.last + 1]?.kind !== 'word') return;
    if (t[p.last + 1]!.lower === 'than') return;
    // `41,500 fewer jobs per month`: `fewer` never adds to an earlier figure, so no `than` need follow.
    const next = t[p.last + 1]!;
    if (w.lower === 'fewer' && !next.newline && /^[a-z]/.test(next.text) && !STOP_WORDS.has(next.lower)) {
      p.last++;
      mark(p, this.id);
      return;
    }
    for (let k = p.last + 2; k < t.length && k <= p.last + THAN_WINDOW; k++) {
      const x = t[k]!;
      if (x.lower === 'than') {
        p.last++;
        mark(p, this.id);
        return;
      }
      if (x.kind !== 'word' || x.newline) return;
    }
  },
};
