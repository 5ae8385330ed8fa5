/**
 * Quotation marks that hold no speech, as an ordered list of small rules (the first that matches names it):
 * - `quotes/title-of-work`: the title of a work or a slogan — "the song “Rain on Me”", "her book about the
 *   drought, “Dry Years”", "under the slogan “Homes Not Hotels”".
 * - `quotes/term-mention`: a word talked about, not said — "refused to use the word “famine”", "the term
 *   “heat dome”".
 * - `quotes/known-as`: a name nobody in the sentence gives — "farmers known as “the river watch”", "the
 *   so-called “ghost fleet”", "a fund that has been described as “a slush fund”" (not "… by the mayor").
 * - `quotes/named-thing`: the name of a programme, an operation or a campaign — "the “Homes for All” programme",
 *   "Operation “Clean Sweep”", "a campaign called “Light the Way”", "the ship, nicknamed “the Iron Lady”".
 * - `quotes/scare-quote`: a word or a short noun phrase marked in a sentence that names no speaker and reports
 *   no speech — "the “experts” who drew up the plan", "Shares in “Big Tech” firms".
 */
import { DETERMINER_WORDS } from '../../vocabulary/determiners.js';

// A work noun (with up to six words of its own, "book about the search for water,") or a verb that names one.
const WORK_BEFORE =
  /\b(?:(?:titled|entitled|played|playing|sang|singing|performed)|(?:book|film|movie|song|album|novel|memoir|documentary|series|podcast|slogan|motto|hashtag|anthem|poem|painting|exhibition|exhibit|musical|opera|tagline|(?:tv|television|radio|talk|game|reality|quiz|cookery|cooking)\s+show)s?(?:\s+[^\s,.;:!?“”"]+){0,6},?)\s*$/i;

// A programme's noun right after the mark ("“Homes for All” programme"), or a thing that carries a slogan ("hats").
const PROGRAMME_AFTER =
  /^[\s,’'”"]*(?:programmes?|programs?|schemes?|plans?|campaigns?|initiatives?|projects?|policy|policies|strategy|fund|act|bill|law|tours?|festival|movement|operation|drive|challenge|app|service|hats?|caps?|t-shirts?|shirts?|banners?|signs?|placards?|stickers?|badges?)\b/i;
// A capitalised kind before the mark ("Operation “Clean Sweep”"), a thing that is named ("a campaign called"), or
// a bare participle of naming after a comma ("the ship, nicknamed").
const NAMED_BEFORE = new RegExp(
  String.raw`(?:\b(?:Operation|Project|Mission|Exercise|Campaign|Programme|Program|Plan)|\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+` +
    String.raw`(?:[\p{L}-]+\s+){0,2}(?:campaign|programme|program|scheme|initiative|project|operation|plan|group|` +
    String.raw`movement|app|fund|charity|website|account|page|podcast|show|ship|boat|vessel|storm|band|company|startup|` +
    String.raw`exercise|policy|event|drive|task force)\s*,?\s+(?:called|named|dubbed|titled|nicknamed|known as)|` +
    String.raw`(?:^|,)\s*(?:nicknamed|affectionately known as))\s*$`,
  'u',
);
// Title Case words, small words allowed: the shape of a name, not of a sentence said.
const TITLE_CASE =
  /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:for|of|the|to|a|an|and|in|on|not|our|at)\s+)*\p{Lu}[\p{L}'’-]*)*[,.]?$/u;
// The words before a noun phrase's head: a determiner, a possessive, a preposition or a measure ("a 55-mile").
const PHRASE_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${DETERMINER_WORDS.join('|')}|some|any|no|in|of|on|for|with|into|from|about|as|so-called)$|` +
    String.raw`['’]s$|\d[\d.,]*-[a-z]+$`,
  'i',
);

// A word as a word: "the word", "the words", "the term", "a phrase", "the label".
const TERM_BEFORE =
  /\b(?:the|a|this|that|its|his|her|their)\s+(?:words?|terms?|phrases?|expressions?|label|nickname)\s*,?$/i;

// A passive or participial naming with no namer before the mark: "known as", "so-called", "has been described as",
// ", described in court as the" (a bare ", called" follows a speaker's appositive: "Sen. Ruiz, D-Ohio, called it").
const KNOWN_BEFORE =
  /(?:\b(?:known\s+as|so-called)|\b(?:is|are|was|were|be|been|being)\s+(?:described|referred to|dubbed|nicknamed|called|billed|branded|labell?ed)(?:\s+[^\s,.;:!?“”"]+){0,4}?(?:\s+as)?|,\s+(?:described|referred to)(?:\s+[^\s,.;:!?“”"]+){0,4}?\s+as)(?:\s+(?:the|an?))?\s*$/i;

/**
 * One rule: its id and a test on the words before the mark, the quoted words, the words after it, and whether the
 * sentence is quiet (it names no person or organisation and reports no speech; asked last, as it reads the sentence),
 * and the quoted words' count (counted once for all the rules).
 */
type NotSpeechRule = [
  id: string,
  test: (before: string, body: string, after: string, quiet: () => boolean, words: number) => boolean,
];

/** The rules' longest body, in words. */
const MOST_WORDS = 10;
const SPACES = /\s+/g;

/** `body.split(/\s+/).length` (its runs of space, plus one), counted no further than `MOST_WORDS + 1`. */
function wordCount(body: string): number {
  SPACES.lastIndex = 0;
  let n = 1;
  while (n <= MOST_WORDS && SPACES.exec(body) !== null) n++;
  return n;
}

/** "… as “reckless” by the mayor": the speaker is named right after the mark. */
const byAfter = (after: string) => /^[\s,.’'”"]*by\b/i.test(after);

/** Ordered rules; a long quotation after "his book" is still what the book says, so each wants a short body. */
const NOT_SPEECH: NotSpeechRule[] = [
  ['quotes/title-of-work', (before, _body, _after, _quiet, words) => words <= 10 && WORK_BEFORE.test(before)],
  ['quotes/term-mention', (before, _body, _after, _quiet, words) => words <= 6 && TERM_BEFORE.test(before)],
  // "described as “reckless” by the mayor" names its speaker after the mark: that one is speech.
  [
    'quotes/known-as',
    (before, _body, after, _quiet, words) => words <= 6 && KNOWN_BEFORE.test(before) && !byAfter(after),
  ],
  [
    'quotes/named-thing',
    (before, body, after, _quiet, words) =>
      words <= 6 &&
      ((TITLE_CASE.test(body) && PROGRAMME_AFTER.test(after)) || (NAMED_BEFORE.test(before) && !byAfter(after))),
  ],
  [
    'quotes/scare-quote',
    (before, body, after, quiet, words) =>
      !byAfter(after) &&
      words <= 3 &&
      !/[.!?]/.test(body) &&
      !/^(?:I|we|my|our|me|us)\b/i.test(body) &&
      PHRASE_BEFORE.test(before) &&
      quiet(),
  ],
];

/** The id of the rule that finds the quotation no speech, or null when it may be speech. */
export function notSpeech(
  before: string,
  body: string,
  after: string,
  quiet: () => boolean = () => false,
): string | null {
  const words = wordCount(body);
  for (const [id, test] of NOT_SPEECH) if (test(before, body, after, quiet, words)) return id;
  return null;
}
