/**
 * What happens to the counted thing: an open table of actions and the words
 * that name them (verbs in any inflection, and nouns such as `arrival`,
 * `deployment`). `send` is split by what is sent: people are deployed,
 * goods are supplied.
 */

/** Action → cue stems: the shared vocabulary (src/vocabulary/actions.ts). */
export { ACTIONS } from '../../vocabulary/actions.js';

/** Measures whose `send` means supplying goods rather than deploying people. */
const GOODS =
  /(?:shell|container|missile|rocket|weapon|arm|ammunition|drone|tank|gun|round|dollar|euro|pound|aid|equipment|vehicle|launcher|artillery|munition|percent)/i;

import { ACTIONS } from '../../vocabulary/actions.js';

interface Stem {
  action: string;
  /** Sticky: tried only where {@link STARTS} finds a stem may start. */
  re: RegExp;
}

/** A stem's sticky pattern: its inflections, or the whole word only for a stem ending in `=`. */
function stemRegExp(stem: string): RegExp {
  const whole = stem.endsWith('=');
  const words = (whole ? stem.slice(0, -1) : stem).replace(/ /g, '\\s+');
  return new RegExp(whole ? `\\b${words}\\b` : `\\b${words}\\w*`, 'iy');
}

const STEMS: Stem[] = Object.entries(ACTIONS).flatMap(([action, stems]) =>
  stems.map((s) => ({ action, re: stemRegExp(s) })),
);

const FIRST_WORDS: string[] = Object.values(ACTIONS).flatMap((stems) =>
  stems.map((s) => s.replace(/=$/, '').split(' ')[0]!),
);

/** Where some stem may start: a word start followed by the first word of one (longest first). */
const STARTS = new RegExp(`\\b(?:${[...new Set(FIRST_WORDS)].sort((x, y) => y.length - x.length).join('|')})`, 'gi');

/**
 * For each first word {@link STARTS} may find, in list order, the stems whose own first word begins it: a stem
 * that matches where STARTS found the longest first word there has its first word there too, so it is one of these.
 */
const BY_START = new Map<string, number[]>();
for (const w of new Set(FIRST_WORDS.map((f) => f.toLowerCase())))
  BY_START.set(
    w,
    FIRST_WORDS.flatMap((f, k) => (w.startsWith(f.toLowerCase()) ? [k] : [])),
  );

/** One stem found in a sentence: the stem's index and its offsets. */
export interface StemMatch {
  stem: number;
  start: number;
  end: number;
}

/**
 * Every stem match in `sentence`, ordered by stem then position (the order of one global scan per stem):
 * one scan for where a stem may start, then only the stems that may start with the word found there tried there.
 */
export function stemMatches(sentence: string): StemMatch[] {
  const found: StemMatch[] = [];
  const lastEnd: number[] = [];
  STARTS.lastIndex = 0;
  for (let at = STARTS.exec(sentence); at !== null; at = STARTS.exec(sentence)) {
    const p = at.index;
    for (const k of BY_START.get(at[0].toLowerCase()) ?? []) {
      // A global scan resumes after its previous match, so matches of one stem never overlap.
      if (p < (lastEnd[k] ?? 0)) continue;
      const re = STEMS[k]!.re;
      re.lastIndex = p;
      const m = re.exec(sentence);
      if (!m) continue;
      lastEnd[k] = p + m[0].length;
      found.push({ stem: k, start: p, end: p + m[0].length });
    }
    STARTS.lastIndex = p + 1;
  }
  // Stable: positions stay ascending within a stem.
  return found.sort((x, y) => x.stem - y.stem);
}

/** An action cue found in a clause (offsets relative to the clause text given). */
export interface ActionCue {
  action: string;
  start: number;
  end: number;
}

/**
 * The action nearest to the number at [qStart, qEnd) in `sentence`: the
 * closest cue before it (its verb) or right after it (`50 people were killed`).
 */
export function actionOf(
  sentence: string,
  qStart: number,
  qEnd: number,
  measure: string | null,
  phraseEnd: number = qEnd,
  matches: StemMatch[] = stemMatches(sentence),
): ActionCue | null {
  // Only the number's own clause: `4,000 reservists called up; 12 aircraft lost`.
  const lo =
    Math.max(
      sentence.lastIndexOf(';', qStart),
      sentence.lastIndexOf(':', qStart),
      sentence.lastIndexOf(' — ', qStart),
    ) + 1;
  let hi = sentence.length;
  for (const sep of [';', ':', ' — ']) {
    const k = sentence.indexOf(sep, qEnd);
    if (k >= 0 && k < hi) hi = k;
  }
  let best: ActionCue | null = null;
  let bestDist = Infinity;
  let before: ActionCue | null = null;
  let after: ActionCue | null = null;
  for (const { stem: k, start: s, end: e } of matches) {
    const stem = STEMS[k]!;
    if ((s < qEnd && e > qStart) || s < lo || e > hi) continue;
    // Cues after the number count a little less: its verb usually comes first in news prose.
    const dist = e <= qStart ? qStart - e : (s - qEnd) * 1.5 + 5;
    if (e <= qStart && (!before || e > before.end)) before = { action: stem.action, start: s, end: e };
    if (s >= qEnd && (!after || s < after.start)) after = { action: stem.action, start: s, end: e };
    if (dist < bestDist && dist < 120) {
      bestDist = dist;
      best = { action: stem.action, start: s, end: e };
    }
  }
  // A coordinated clause (`600 were killed and thousands more wounded`): a verb before the number
  // that a conjunction separates from it belongs to the previous conjunct; the number's own
  // participle follows it closely, with no conjunction or comma in between.
  if (best && before && best.start === before.start && after && after.start - qEnd < 40) {
    const gapBefore = sentence.slice(before.end, qStart);
    // After the whole quantity phrase (`scores of others injured`), not inside it.
    const gapAfter = sentence.slice(Math.min(Math.max(qEnd, phraseEnd), after.start), after.start);
    if (
      /(?:\b(?:and|or|but|while|whereas)\b|,)/i.test(gapBefore) &&
      !/(?:\b(?:and|or|but|while|whereas|to|of|for)\b|[,(])/i.test(gapAfter)
    )
      best = after;
  }
  if (!best) {
    if (measure && /^(?:troops|brigades|battalions|divisions)$/.test(measure))
      return { action: 'deploy', start: qStart, end: qStart };
    return null;
  }
  if (best.action === 'send') best = { ...best, action: measure && GOODS.test(measure) ? 'supply' : 'deploy' };
  if (best.action === 'supply' && measure && /^(?:troops|brigades|battalions|divisions|people)$/.test(measure))
    best = { ...best, action: 'deploy' };
  return best;
}
