/**
 * The noun phrase a number is said of, read backwards from the number: the
 * subject of a linking or change verb (`the death toll ... has risen to 56`),
 * a total noun right before `at`/`as` (`pegged the death toll at 265`) or a
 * label before a colon (`Deaths: 12`). Each walk looks at a fixed number of
 * tokens, so the pass stays linear in the text.
 */
import type { Token } from './tokens.js';
import { BE_FORMS, DIRECTIONS } from './lexicon.js';
import { determiners } from '../../vocabulary/determiners.js';

/** Verbs that state the value of their subject (`rose to`, `stands at`, `numbered`, `was`). */
export const LINK_VERBS = new Set([
  'rise',
  'rises',
  'rose',
  'risen',
  'rising',
  'climb',
  'climbs',
  'climbed',
  'climbing',
  'jump',
  'jumps',
  'jumped',
  'increase',
  'increases',
  'increased',
  'grow',
  'grows',
  'grew',
  'grown',
  'swell',
  'swells',
  'swelled',
  'swollen',
  'soar',
  'soars',
  'soared',
  'surge',
  'surges',
  'surged',
  'fall',
  'falls',
  'fell',
  'fallen',
  'drop',
  'drops',
  'dropped',
  'decline',
  'declines',
  'declined',
  'decrease',
  'decreases',
  'decreased',
  'plunge',
  'plunges',
  'plunged',
  'slip',
  'slipped',
  'dip',
  'dipped',
  'sink',
  'sank',
  'reach',
  'reaches',
  'reached',
  'reaching',
  'hit',
  'hits',
  'top',
  'tops',
  'topped',
  'surpass',
  'surpasses',
  'surpassed',
  'exceed',
  'exceeds',
  'exceeded',
  'pass',
  'passes',
  'passed',
  'cross',
  'crossed',
  'near',
  'nears',
  'neared',
  'nearing',
  'approach',
  'approaches',
  'approached',
  'stand',
  'stands',
  'stood',
  'number',
  'numbers',
  'numbered',
  'total',
  'totals',
  'totalled',
  'totaled',
  'amount',
  'amounts',
  'amounted',
  'come',
  'comes',
  'came',
  ...BE_FORMS,
  'remain',
  'remains',
  'remained',
  'stay',
  'stays',
  'stayed',
  'estimated',
  'put',
  'pegged',
  'placed',
  'set',
  'revised',
  'raised',
  'lowered',
  'edged',
  'hovered',
  'averaged',
  'eased',
  'eases',
  'slowed',
  'slows',
  'accelerated',
  'ticked',
  'nudged',
  'marked',
  'bumped',
  'inched',
  'adjusted',
  'ratcheted',
  'doubled',
  'tripled',
  // `the deficit will narrow to $40 billion`, `the gap widened to 12 points`.
  'narrow',
  'narrows',
  'narrowed',
  'widen',
  'widens',
  'widened',
  'shrink',
  'shrinks',
  'shrank',
  'shrunk',
  'mounted',
  'valued',
  'slashed',
  'cut',
  'trimmed',
  'boosted',
  'reduced',
  'lifted',
  'range',
  'ranges',
  'ranging',
  'run',
  'runs',
  // `inflation could peak at 3.5%`, `unemployment edges up to 5.1%`, `will average 3.1%`: a rate's path to a level.
  'peak',
  'peaks',
  'peaked',
  'average',
  'averages',
  'drift',
  'drifts',
  'drifted',
  'edge',
  'edges',
  'hover',
  'hovers',
  'tick',
  'ticks',
  'settle',
  'settles',
  'settled',
]);

/** Nouns that name a total of something else: `the death toll`, `the number of injured`, `the missing figure`. */
export const TOTAL_NOUNS = new Set([
  'toll',
  'tolls',
  'total',
  'tally',
  'count',
  'number',
  'figure',
  'sum',
  'estimate',
  'estimates',
]);

/** Words between the verb and the number (`rose to`, `stood at`, `now stands at`). */
const FILLERS = new Set([
  'to',
  'at',
  'as',
  'by',
  'of',
  'from',
  'between',
  'now',
  'already',
  'just',
  'further',
  'again',
  'officially',
  'closer',
  'close',
  'anywhere',
  // `revised down by`, `were up 37`, `revised lower by a combined 57,000`: the direction and sum of a change.
  ...DIRECTIONS,
  'combined',
  'net',
  'cumulative',
  // `held steady at 4.2%`, `was unchanged at 56`: a level that did not move.
  'steady',
  'unchanged',
  'flat',
  'stable',
]);

/** Verbs that state their subject's level only before a filler: `held at 4.2%` (not `held 30 hostages`). */
const HOLD_VERBS = new Set(['hold', 'holds', 'held', 'holding']);

/** Articles read as fillers only before a word of a sum: `by a combined 57,000`. */
const SUM_ARTICLES = new Set(['a', 'an']);

/**
 * Fillers that join a total noun straight to its number: `the toll at 265`, `a total of 40`, `the tally as 2,410`,
 * a headline's `toll now 12`.
 */
const DIRECT_FILLERS = new Set(['at', 'as', 'of', 'to', 'now']);

/** Auxiliaries and adverbs in a verb group (`has now`, `is likely to be`, `could`). */
const AUX = new Set([
  'has',
  'have',
  'had',
  ...BE_FORMS,
  'being',
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'can',
  'must',
  'to',
  'likely',
  'expected',
  'now',
  'already',
  'since',
  'reportedly',
  'also',
  'further',
  'thought',
  'believed',
  'said',
  'still',
  'then',
  'so',
  'far',
  'again',
  'officially',
  'unofficially',
  'later',
  'sharply',
  'slightly',
]);

/** Prepositions that attach a phrase to the noun before them (`the toll from the storm`, `the number of dead`). */
const PREPOSITIONS = new Set([
  'of',
  'in',
  'from',
  'on',
  'at',
  'for',
  'within',
  'across',
  'into',
  'near',
  'after',
  'among',
  'along',
  'during',
  'over',
  'following',
  'since',
  'throughout',
  'around',
]);

/** Words that begin a noun phrase and end the backward walk. */
const DETERMINERS = determiners('whose', 'all', 'any', 'some');

/** Words that cannot be inside the subject noun phrase. */
const BREAKERS = new Set([
  'and',
  'or',
  'but',
  'nor',
  'while',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'that',
  'if',
  'because',
  'as',
  'than',
  'said',
  'says',
  'told',
  'say',
  'reported',
  'has',
  'have',
  'had',
  ...BE_FORMS,
  'will',
  'would',
  'could',
  'may',
  'might',
  'it',
  'they',
  'we',
  'he',
  'she',
  'i',
  'you',
  'there',
  'to',
  'not',
  'with',
  'by',
  'than',
  'up',
  'down',
  // `put participation at 38%`, `pegged losses at $3m`: a verb that places a figure is no part of its noun.
  'put',
  'puts',
  'pegged',
  'pegs',
  'placed',
]);

/** A noun phrase found before a number: its words (without determiner) and the complement of `of`, if any. */
export interface Subject {
  words: string[];
  /** `the number of injured` → ['injured']. */
  of: string[] | null;
  /** The phrase opens a sentence (its first word may be capitalised without being a name). */
  initial: boolean;
}

const isWord = (t: Token | undefined): boolean => !!t && t.kind === 'word';

/** Nouns and names ending in -ly that are not adverbs. */
const LY_NOUNS = new Set([
  'tally',
  'family',
  'rally',
  'supply',
  'assembly',
  'monopoly',
  'anomaly',
  'ally',
  'reply',
  'italy',
  'july',
  'belly',
  'jelly',
  'bully',
  'fly',
  'apply',
  'rely',
  'comply',
  'multiply',
  'imply',
]);

/** An -ly adverb (`sharply`, `slightly`), not `tally` or `family`. */
export function isAdverb(word: string): boolean {
  // `have almost doubled`: the one common degree adverb without -ly.
  return word === 'almost' || (word.length > 4 && /^[a-z]+ly$/.test(word) && !LY_NOUNS.has(word));
}

/** Prepositions before a year that dates the noun before them (`deaths in 2024`, `job gains for 2025`). */
const YEAR_PREPOSITIONS = new Set(['in', 'for', 'during']);

/** Token j ends a clause: sentence punctuation, or a line break before the token after it. */
function boundary(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return true;
  // `Flight 171`, `Boeing 787`: a number after a capitalised word is part of a name.
  if (t.kind === 'num') {
    // quantities/subject-year: `job gains for 2025 were lowered to`: a year after a preposition dates the subject.
    if (YEAR_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') && /^(?:19|20)\d\d$/.test(t.text)) return false;
    return !(tokens[j - 1]?.kind === 'word' && /^[A-Z]/.test(tokens[j - 1]!.text));
  }
  if (t.kind === 'punct') {
    // `U.S.`, `p.m.`: a dot after a single letter is an abbreviation, not an end.
    const p = tokens[j - 1];
    if (t.text === '.' && p?.kind === 'word' && p.text.length === 1 && p.end === t.start) return false;
    return t.text !== '-' && t.text !== "'" && t.text !== '’';
  }
  return false;
}

/** `Hiring in May was`: a capitalised `May` inside a sentence is the month, not the modal. */
function month(tokens: Token[], k: number): boolean {
  return tokens[k]!.text === 'May' && k > 0 && !boundary(tokens, k - 1) && !tokens[k]!.newline;
}

/**
 * `in Ohio and Kentucky`, `for May and June`: `and`/`or` at k joins two names when all the phrase read after it, up to
 * p, is names and a name stands before it.
 */
function joinedNames(tokens: Token[], k: number, p: number): boolean {
  if ((tokens[k]!.lower !== 'and' && tokens[k]!.lower !== 'or') || k === p) return false;
  const before = tokens[k - 1];
  if (!before || before.kind !== 'word' || !/^[A-Z]/.test(before.text)) return false;
  for (let j = k + 1; j <= p; j++) if (tokens[j]!.kind !== 'word' || !/^[A-Z]/.test(tokens[j]!.text)) return false;
  return true;
}

/** Walk one noun phrase back from token p (inclusive): its first token, or -1 when p starts no phrase. */
function phraseBack(tokens: Token[], p: number, floor: number): number {
  let k = p;
  let n = 0;
  while (k >= floor && n < 7) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && !boundary(tokens, k)) {
      k--;
      continue;
    }
    const breaker = BREAKERS.has(t.lower) && !month(tokens, k) && !joinedNames(tokens, k, p);
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || breaker) break;
    if (DETERMINERS.has(t.lower)) return k;
    if (t.newline && k < p) return k;
    k--;
    n++;
  }
  return k === p ? -1 : k + 1;
}

/** The words of tokens [a, b], determiners and punctuation dropped. */
function wordsOf(tokens: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !DETERMINERS.has(t.lower)) {
      // Re-join hyphenated words: `hurricane-related`.
      const hyphen = tokens[k - 1]?.text === '-' && tokens[k - 1]!.start === tokens[k - 2]?.end;
      if (out.length && hyphen) out[out.length - 1] += `-${t.text}`;
      else out.push(t.text);
    }
  }
  return out;
}

/** Words that open a coordinated preposition: `to and from`, `into and out of`, `in and around`. */
const PREPOSITION_LEADS = new Set([...PREPOSITIONS, 'to', 'out']);

/** A comma at k between two prepositions (`within, into or out of`) leaves the clause open. */
function listedPreposition(tokens: Token[], k: number): boolean {
  return (
    tokens[k]!.text === ',' &&
    PREPOSITION_LEADS.has(tokens[k - 1]?.lower ?? '') &&
    PREPOSITION_LEADS.has(tokens[k + 1]?.lower ?? '')
  );
}

/**
 * The first token of a run of coordinated prepositions ending at the preposition at p (`into and out of`,
 * `within, into or out of`, `to and from`): p itself when none are coordinated before it.
 */
function coordinatedPrepositions(tokens: Token[], p: number, floor: number): number {
  let first = p;
  // `out of`: one preposition in two words.
  if (tokens[first]!.lower === 'of' && tokens[first - 1]?.lower === 'out') first--;
  for (let n = 0; n < 3; n++) {
    let k = first - 1;
    const joiner = tokens[k];
    if (!joiner || k <= floor) break;
    if (joiner.lower !== 'and' && joiner.lower !== 'or' && joiner.text !== ',') break;
    if (joiner.text !== ',' && tokens[k - 1]?.text === ',') k--;
    const q = tokens[k - 1];
    if (!q || k - 1 < floor || q.kind !== 'word' || !PREPOSITION_LEADS.has(q.lower)) break;
    first = k - 1;
  }
  return first;
}

/**
 * The subject noun phrase ending at token p: hops back over prepositional
 * phrases (`the death toll from the storm in the south`) to their head, and
 * keeps the complement of `of` (`the number of missing`).
 */
export function subjectAt(tokens: Token[], p: number, floor: number): Subject | null {
  let end = p;
  let of: string[] | null = null;
  let found: { a: number; b: number } | null = null;
  for (let hop = 0; hop < 4; hop++) {
    const a = phraseBack(tokens, end, floor);
    if (a < 0) break;
    found = { a, b: end };
    const prep = tokens[a - 1];
    // `losses to the flood insurance program`: `to` before a determiner or a name attaches a phrase (not `to raise`).
    const toPhrase = prep?.lower === 'to' && (DETERMINERS.has(tokens[a]!.lower) || /^[A-Z]/.test(tokens[a]!.text));
    if (!prep || a - 1 < floor || !(PREPOSITIONS.has(prep.lower) || toPhrase)) break;
    // `flights into and out of the capital`, `within, into or out of`: prepositions coordinated before the phrase.
    const head = coordinatedPrepositions(tokens, a - 1, floor);
    if (!isWord(tokens[head - 1]) || BREAKERS.has(tokens[head - 1]!.lower)) break;
    of = prep.lower === 'of' && head === a - 1 ? wordsOf(tokens, a, end) : null;
    end = head - 1;
  }
  if (!found) return null;
  const words = wordsOf(tokens, found.a, found.b);
  if (!words.length) return null;
  const before = tokens[found.a - 1];
  const initial = found.a <= floor || !before || boundary(tokens, found.a - 1) || tokens[found.a]!.newline;
  // The complement only belongs to the head right before `of`.
  return { words, of: of && tokens[found.b + 1]?.lower === 'of' ? of : null, initial };
}

/** How the subject was reached: through a verb, right before `at`/`as`/`to`, or before a colon. */
export type SubjectShape = 'verb' | 'direct' | 'colon';

/** A subject found before a number, how it was reached, and the linking verb when there is one. */
export interface SubjectFound {
  subject: Subject;
  shape: SubjectShape;
  verb?: string;
}

/**
 * The subject of the number whose phrase starts at token `begin` (its cue
 * included): the noun phrase before a linking verb, before `at`/`as`, or
 * before a colon, within the clause and at most about 20 tokens back.
 * `loose` also accepts a noun before several fillers (`from`, `between`).
 */
export function subjectBefore(tokens: Token[], begin: number, verbCue: boolean, loose = false): SubjectFound | null {
  let floor = begin - 1;
  while (
    floor > 0 &&
    begin - floor < 22 &&
    (!boundary(tokens, floor - 1) || listedPreposition(tokens, floor - 1)) &&
    !tokens[floor]!.newline
  )
    floor--;
  let k = begin - 1;
  if (k < floor) return null;
  if (tokens[k]?.text === ':') {
    const s = subjectAt(tokens, k - 1, Math.max(0, k - 6));
    return s ? { subject: s, shape: 'colon' } : null;
  }
  if (boundary(tokens, k)) return null;
  // A verb cue already taken as a bound (`topped`, `exceeded`) stands in for the verb.
  let verb = verbCue;
  let fillers = 0;
  while (
    !verb &&
    k >= floor &&
    fillers < 5 &&
    (FILLERS.has(tokens[k]!.lower) || (SUM_ARTICLES.has(tokens[k]!.lower) && fillers > 0 && k + 1 < begin))
  ) {
    k--;
    fillers++;
  }
  // `a total of 213`, `the toll at 265`: a total noun before the filler is a noun, not the verb `total`.
  const prevWord = tokens[k - 1]?.lower ?? '';
  const totalNoun = fillers > 0 && k >= floor && TOTAL_NOUNS.has(tokens[k]!.lower) && !LINK_VERBS.has(prevWord);
  let verbWord: string | undefined;
  const linked = LINK_VERBS.has(tokens[k]?.lower ?? '') || (fillers > 0 && HOLD_VERBS.has(tokens[k]?.lower ?? ''));
  if (!verb && !totalNoun && k >= floor && linked) {
    verb = true;
    verbWord = tokens[k]!.lower;
    k--;
  } else if (!verb) {
    // `pegged the death toll at 265`: a noun (not a participle) right before one filler.
    // `loose` (sums of money): any fillers (`insured losses for the sector anywhere from $5 billion`).
    // `raised the number of injured to 565`: after a total noun's `of` the word is a noun, not a participle.
    const nominal = tokens[k - 1]?.lower === 'of' && TOTAL_NOUNS.has(tokens[k - 2]?.lower ?? '');
    const participle = !nominal && /(?:ed|ing)$/.test(tokens[k]?.lower ?? '');
    // `revised the number of dead down to 78`: a direction before the filler moves the total.
    const moved = fillers === 2 && DIRECTIONS.has(tokens[k + 1]!.lower) && DIRECT_FILLERS.has(tokens[k + 2]!.lower);
    const strict = (fillers === 1 ? DIRECT_FILLERS.has(tokens[k + 1]!.lower) : moved) && !participle;
    if (!loose && !strict) return null;
    if (fillers === 0) return null;
    const s = subjectAt(tokens, k, floor);
    return s ? { subject: s, shape: 'direct' } : null;
  }
  let aux = 0;
  while (k >= floor && aux < 5 && ((AUX.has(tokens[k]!.lower) && !month(tokens, k)) || isAdverb(tokens[k]!.text))) {
    k--;
    aux++;
  }
  if (k < floor) return null;
  const s = subjectAt(tokens, k, floor);
  return s ? { subject: s, shape: 'verb', ...(verbWord ? { verb: verbWord } : {}) } : null;
}
