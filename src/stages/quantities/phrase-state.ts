/**
 * The state one number phrase is read into: the rules of ./phrase.ts each
 * look at a fixed window of tokens around the number core and refine it.
 */
import type { Quantity, Span } from '../../article.js';
import type { Token } from './tokens.js';
import type { Core } from './number.js';

/** A number phrase being read: where it spans, what it says so far, and the rule trail. */
export interface Phrase {
  readonly text: string;
  readonly tokens: Token[];
  readonly core: Core;
  readonly dotThousands: boolean;
  /** First token of the currency sign before the number, or -1. */
  currency: number;
  /** First token of the phrase; cue rules move it left. */
  begin: number;
  /** One past the last token read after the number; suffix rules move it right. */
  last: number;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: Quantity['bound'];
  approximate: boolean;
  incremental: boolean;
  cue?: Span;
  by: string;
  measure: string | null;
  unit?: Span;
  /** Nothing noun-like follows the number (`53 wounded`). */
  measureBare: boolean;
  /** `between X and Y`, `from X to Y`: the word that opens a range. */
  rangeOpen: 'between' | 'from' | null;
  /** The bound a cue before the number states, applied once ranges are ruled out. */
  boundKind: 'lower' | 'upper' | 'approx' | null;
  /** The number is the size of a change or a level changed from (`rose by 30 to 126`): `to` does not make a range. */
  change: boolean;
  /** Set by a rule that rejects the number: the token where scanning resumes. */
  drop: number | null;
}

/** One construction of a number phrase; `id` is the `by` it records when it changes the reading. */
export interface PhraseRule {
  id: string;
  apply(phrase: Phrase): void;
}

/** Record that a rule changed the reading (the trail a quantity's `by` keeps). */
export function mark(phrase: Phrase, id: string): void {
  phrase.by = `${phrase.by}+${id}`;
}

/** Two tokens with nothing between them. */
export const adj = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Match a word sequence ending right before token `end` (exclusive); returns its first index or -1. */
export function matchBefore(tokens: Token[], end: number, words: string[]): number {
  const first = end - words.length;
  if (first < 0) return -1;
  for (let k = 0; k < words.length; k++) if (tokens[first + k]!.lower !== words[k]) return -1;
  return first;
}

/** Word sequences grouped by their last word, in list order: a number tries only those ending in the word before it. */
export function byLastWord<T extends { words: string[] }>(cues: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const out = new Map<string, T[]>();
  for (const c of cues) {
    const last = c.words[c.words.length - 1]!;
    const group = out.get(last);
    if (group) group.push(c);
    else out.set(last, [c]);
  }
  return out;
}
