/**
 * What a measure rule sees and the small readers the rules share: the
 * subject before a number and the noun phrase after a word.
 */
import type { Quantity } from '../../article.js';
import type { Token } from './tokens.js';
import { subjectBefore } from './subject.js';
import { CASUALTY_WORDS, MEASURE_SYNONYMS, STATUS_PEOPLE, STOP_WORDS, TIME_UNITS } from './lexicon.js';
import { countable, normaliseMeasure } from './measure.js';

/** What one rule sees: the quantity, where its phrase starts and ends in the tokens, the quantities before it. */
export interface MeasureContext {
  text: string;
  tokens: Token[];
  q: Quantity;
  /** Token index of the quantity's first token (its cue included) and one past its last. */
  begin: number;
  after: number;
  /** Where the rules read the quantity as starting: its first character, or just after a verb read as its bound cue. */
  start: number;
  /** All quantities of the text, and this one's index among them. */
  all: Quantity[];
  index: number;
  /** {@link subjectOf}'s answers, strict and loose, once read: several rules ask for the same subject. */
  subject?: ReturnType<typeof subjectBefore>;
  looseSubject?: ReturnType<typeof subjectBefore>;
}

/** A named rule: the measure it finds, or null to let the next rule try. */
export interface MeasureRule {
  id: string;
  applies: (q: Quantity) => boolean;
  find: (ctx: MeasureContext) => string | null;
}

/** Bound cues that are verbs (`the toll topped 100`): the verb of the clause is inside the quantity. */
const VERB_CUES = /^(?:topped|tops|top|exceeded|exceeds|exceeding|surpassed|surpasses|nearing|passed|passes|passing)$/i;

/** Token k ends a sentence or clause for the backward scan: `.`, `!`, `?`, `;` (not `a.m.`, `U.S.`) or a new line. */
export function clauseStop(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.newline) return true;
  if (t.kind !== 'punct' || !/^[.!?;]$/.test(t.text)) return false;
  const p = tokens[k - 1];
  return !(t.text === '.' && p?.kind === 'word' && p.text.length <= 2 && p.end === t.start);
}

export const isCapital = (w: string): boolean => /^[A-Z]/.test(w);
export const lowerFirst = (ws: string[]): string[] => (ws.length ? [ws[0]!.toLowerCase(), ...ws.slice(1)] : ws);
export const lowerWords = (ws: string[]): string[] => ws.map((w) => w.toLowerCase());

/** Subject of the number's clause (verb, `at`/`as`, or colon shape). */
export function subjectOf(ctx: MeasureContext, loose = false): ReturnType<typeof subjectBefore> {
  if (loose) {
    if (ctx.looseSubject === undefined)
      ctx.looseSubject = subjectBefore(ctx.tokens, ctx.begin, VERB_CUES.test(ctx.q.cue?.text ?? ''), true);
    return ctx.looseSubject;
  }
  if (ctx.subject === undefined)
    ctx.subject = subjectBefore(ctx.tokens, ctx.begin, VERB_CUES.test(ctx.q.cue?.text ?? ''), false);
  return ctx.subject;
}

/** Read up to four words forward from token j as a noun phrase; null when it starts with a stop word. */
export function phraseAfter(tokens: Token[], j: number): string[] | null {
  const ws: string[] = [];
  for (let k = j; k < tokens.length && ws.length < 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || (k > j && t.newline) || STOP_WORDS.has(t.lower)) break;
    // A capitalised word only as an adjective before a lower-case noun (`Chinese consumer goods`, `South Sudanese
    // refugees`).
    if (isCapital(t.text) && !adjectiveRun(tokens, k)) break;
    ws.push(t.text);
  }
  return ws.length ? ws : null;
}

/** true when the capitalised word at `k` and at most one more before a lower-case word qualify that word. */
function adjectiveRun(tokens: Token[], k: number): boolean {
  for (let n = k + 1; n <= k + 2; n++) {
    const x = tokens[n];
    if (!x || x.kind !== 'word' || x.newline) return false;
    if (/^[a-z]/.test(x.text)) return true;
    if (!isCapital(x.text)) return false;
  }
  return false;
}

/** `the injured`, `people killed`, `global cancellations`: what a complement of `of` counts. */
export function nounMeasure(words: string[]): string | null {
  let ws = words;
  // quantities/status-people: `the number of unemployed` counts people out of work, not a kind of thing.
  if (ws.length === 1 && STATUS_PEOPLE.has(ws[0]!.toLowerCase())) return `${ws[0]!.toLowerCase()} people`;
  // `people killed`, `flights cancelled`: a trailing participle qualifies the noun before it.
  const participle = (w: string): boolean => CASUALTY_WORDS.has(w.toLowerCase()) || /ed$/.test(w);
  // `confirmed deaths`: a casualty noun after an adjective still counts people once the adjective is stripped.
  const casualty = CASUALTY_WORDS.has(ws[ws.length - 1]!.toLowerCase());
  while (ws.length > 1 && participle(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  const head = ws[ws.length - 1]!.toLowerCase();
  if (CASUALTY_WORDS.has(head)) return 'people';
  // `job growth`, `nonfarm payrolls`: a phrase the vocabulary names, though its head is no plural.
  const known = knownMeasure(ws);
  if (known) return known;
  if (countable(head) && !TIME_UNITS.has(head)) return normaliseMeasure(ws);
  return casualty ? 'people' : null;
}

/** The measure the vocabulary names for the last one to three words of a phrase, or null. */
export function knownMeasure(words: string[]): string | null {
  const lower = lowerWords(words);
  for (let k = Math.min(3, lower.length); k >= 1; k--) {
    const hit = MEASURE_SYNONYMS[lower.slice(lower.length - k).join(' ')];
    if (hit) return hit;
  }
  return null;
}
