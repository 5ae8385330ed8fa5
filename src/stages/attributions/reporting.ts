/**
 * Two report cues whose subject is not right before them:
 * - `attributions/progressive`: "The agency is now reporting that …", "officials were saying that …"
 * - `attributions/statement-by`: "X released a brief statement reporting …", "X issued an update confirming …"
 * - `attributions/figure-cited`: "the $90 million figure Ruiz cited", "the 70 percent estimate the board gave"
 */
import type { Token } from '../entities/names.js';
import type { Draft } from './chain.js';
import { BETWEEN, ISSUED_DOCUMENTS } from './lexicon.js';
import { resolve, subjectBefore, type Scope } from './phrase.js';

/** -ing forms of report verbs. */
export const REPORTING = new Set([
  'reporting',
  'saying',
  'confirming',
  'announcing',
  'stating',
  'estimating',
  'warning',
]);
/** Auxiliaries of a progressive: "is reporting", "has been saying". */
const PROGRESSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'been']);
/** Verbs that put a document out. */
const ISSUE_VERBS = new Set(['released', 'issued', 'published', 'posted', 'sent', 'put', 'releases', 'issues']);

function draft(scope: Scope, toks: Token[], verb: number, c: number, from: number, sEnd: number, rule: string) {
  const subj = subjectBefore(scope, toks, verb);
  const srcs = subj ? resolve(scope, subj, `attributions/${rule}`) : [];
  if (!subj || !srcs.length) return null;
  const cue = { start: toks[verb]!.start, end: toks[c]!.end, text: scope.text.slice(toks[verb]!.start, toks[c]!.end) };
  return { source: srcs[0]!, via: [], cue, content: [from, sEnd], rule, np: subj.start } satisfies Draft;
}

/** The report made by the -ing cue at `c`, when it is progressive or a document's; else null. */
export function reportingCue(scope: Scope, toks: Token[], c: number, sEnd: number): Draft | null {
  const w = toks[c]!.lower;
  if (!REPORTING.has(w) || toks[c]!.norm !== w) return null;
  const next = toks[c + 1];
  if (!next) return null;
  // "is now reporting that": only before "that", so "is reporting live from" stays the outlet's.
  if (next.lower === 'that') {
    let b = c - 1;
    while (b > 0 && BETWEEN.has(toks[b]!.lower)) b--;
    if (b > 0 && PROGRESSIVE_AUX.has(toks[b]!.lower)) return draft(scope, toks, b, c, next.end, sEnd, 'progressive');
  }
  // "released a brief statement reporting": the document's issuer is the subject of its verb.
  if (c < 3 || !ISSUED_DOCUMENTS.has(toks[c - 1]!.lower)) return null;
  for (let v = c - 2; v >= 0 && v >= c - 5; v--) {
    if (!ISSUE_VERBS.has(toks[v]!.lower)) continue;
    let from = toks[c]!.end;
    if (next.lower === 'that') from = next.end;
    return draft(scope, toks, v, c, from, sEnd, 'statement-by');
  }
  return null;
}

/** Nouns naming a figure someone gave. */
const FIGURE_NOUNS = new Set(['figure', 'estimate', 'number', 'total', 'tally', 'count', 'projection', 'forecast']);
/** Verbs of giving a figure in a reduced relative clause ("the figure X cited"). */
export const GAVE = new Set([
  'cited',
  'gave',
  'quoted',
  'offered',
  'used',
  'claimed',
  'reported',
  'provided',
  'released',
]);

/** "the $90 million figure Ruiz cited": the figure's noun phrase is the content, its giver the source; else null. */
export function figureCited(scope: Scope, toks: Token[], c: number): Draft | null {
  const w = toks[c]!.lower;
  if (!GAVE.has(w) || toks[c]!.norm !== w || c < 3) return null;
  // The figure noun before the giver ("figure Ruiz", "estimate the board"), at most five words back.
  let f = -1;
  for (let k = c - 2; k >= 1 && k >= c - 6; k--)
    if (FIGURE_NOUNS.has(toks[k]!.lower)) {
      f = k;
      break;
    }
  if (f < 1 || /[,;:]/.test(scope.text.slice(toks[f]!.end, toks[c]!.start))) return null;
  let d = f - 1;
  while (d > 0 && d > f - 6 && !/^(?:the|a|an|its|his|her|their|that)$/.test(toks[d]!.lower)) d--;
  if (!/\d/.test(scope.text.slice(toks[d]!.start, toks[f]!.start))) return null;
  const giver = { start: toks[f + 1]!.start, end: toks[c - 1]!.end };
  const srcs = resolve(scope, giver, 'attributions/figure-cited');
  if (!srcs.length) return null;
  const cue = { start: toks[c]!.start, end: toks[c]!.end, text: toks[c]!.norm };
  return {
    source: srcs[0]!,
    via: [],
    cue,
    content: [toks[d]!.start, toks[f]!.end],
    rule: 'figure-cited',
    np: giver.start,
  };
}
