/**
 * What ends a carried source: the rules that make a sentence after a statement the outlet's own, whatever the
 * statement before it (used by carry.ts forwards, backwards and across a paragraph break).
 */
import { GENERIC_HEADS } from './lexicon.js';

/**
 * `attributions/carry-ends-turn`: "However, …", "But …", "By comparison, …" open the outlet's own turn; "A separate
 * report …", "Another survey …" open another source's.
 */
const TURN =
  /^(?:however\b|but\b|by comparison\b|in comparison\b|for comparison\b|as an? (?:[\p{L}-]+ ){0,3}comparison\b|(?:in )?an? separate\b|another (?:report|study|survey|estimate|count|analysis|poll)\b)/iu;

/**
 * `attributions/carry-ends-reckoning`: the outlet's arithmetic on a figure just reported ("That would bring the
 * total to …", "If that figure is confirmed, …").
 */
const RECKONING =
  /^(?:if (?:that|this|the|those|these) (?:[\p{L}-]+ )?(?:figures?|numbers?|counts?|estimates?|toll|tally|totals?)\b|(?:that|this) would\b)/iu;

/** `attributions/carry-ends-not-said`: what the speaker would not say ("She did not say whether …") is the outlet's. */
const NOT_SAID =
  /\b(?:did not|didn['’]t|would not|wouldn['’]t|could not|declined to|refused to)\s+(?:say|specify|disclose|confirm|give|comment)\b/i;

/**
 * `attributions/carry-ends-background`: the outlet's framing of the news ("It was the deadliest fire since …",
 * "This is the third strike this year") or a description of a place or trade ("Landslides are common in …").
 */
const BACKGROUND =
  /^(?:it|this|that) (?:was|is|marks|marked) (?:the|its) (?:[\p{L}]+est|most|worst|best|first|second|third|fourth|fifth)\b|\b(?:is|are) (?:common|rare|frequent|home to)\b/iu;

/** `attributions/carry-ends-past-year`: a year written after a preposition or as a possessive ("opened in 2009"). */
const YEAR =
  /\b(?:(?:in|since|from|during|until|of|by)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?((?:19|20)\d\d)s?\b(?![,.]?\d)|((?:19|20)\d\d)['’]s\b)/giu;

/** true when `text` names a year before `year` (background: "The line, opened in 2009, …", "since 2015"). */
function pastYear(text: string, year: number): boolean {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) if (Number(m[1] ?? m[2]) < year) return true;
  return false;
}

/** A rule that ends a carry: the sentence is in the outlet's own voice whatever statement comes before it. */
interface CarryEnd {
  by: string;
  /** Whether it ends a carry back from a trailing cue too (background years belong to the documents that narrate). */
  back: boolean;
  test: (text: string, year: number | null) => boolean;
}

/** The rules that end a carry, in order (the rule id is what the tables name). */
const CARRY_ENDS: readonly CarryEnd[] = [
  { by: 'attributions/carry-ends-turn', back: true, test: (text) => TURN.test(text) },
  { by: 'attributions/carry-ends-reckoning', back: true, test: (text) => RECKONING.test(text) },
  { by: 'attributions/carry-ends-not-said', back: true, test: (text) => NOT_SAID.test(text) },
  { by: 'attributions/carry-ends-background', back: true, test: (text) => BACKGROUND.test(text) },
  { by: 'attributions/carry-ends-past-year', back: false, test: (text, year) => year !== null && pastYear(text, year) },
];

/** The rule that ends a carry into `text`, or null when none does. */
export function carryEnds(text: string, year: number | null, back = false): string | null {
  for (const rule of CARRY_ENDS) if ((!back || rule.back) && rule.test(text, year)) return rule.by;
  return null;
}

/** The first word of a sentence and the one after it ("Police have …", "The rescuers pulled …"). */
const OPENER = /^(?:the\s+)?([\p{L}]+)\s+([\p{L}’']+)/iu;
/** Verbs of what an actor did or does, after an actor noun opening a sentence. */
const ACTS = /^(?:ha(?:ve|s|d)|were|was|are|is|will|\p{L}+ed)$/iu;

/**
 * `attributions/carry-ends-actor-paragraph`: a new paragraph that opens with an actor doing something ("Police have
 * arrested …", "Rescuers pulled …") tells that actor's part, not the data source before the break.
 */
export function actorOpens(text: string): boolean {
  const m = OPENER.exec(text);
  return !!m && GENERIC_HEADS.has(m[1]!.toLowerCase()) && ACTS.test(m[2]!);
}
