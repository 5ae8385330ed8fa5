/**
 * Quotation marks that hold no speech, as an ordered list of small rules (the first that matches names it):
 * - `quotes/title-of-work`: the title of a work or a slogan — "the song “Rain on Me”", "her book about the
 *   drought, “Dry Years”", "under the slogan “Homes Not Hotels”".
 * - `quotes/term-mention`: a word talked about, not said — "refused to use the word “famine”", "the term
 *   “heat dome”".
 * - `quotes/known-as`: a name nobody in the sentence gives — "farmers known as “the river watch”", "the
 *   so-called “ghost fleet”", "a fund that has been described as “a slush fund”" (not "… by the mayor").
 */

// A work noun (with up to six words of its own, "book about the search for water,") or a verb that names one.
const WORK_BEFORE =
  /\b(?:(?:titled|entitled|played|playing|sang|singing|performed)|(?:book|film|movie|song|album|novel|memoir|documentary|series|podcast|slogan|motto|hashtag|anthem|poem|painting|exhibition|exhibit|musical|opera|tagline)s?(?:\s+[^\s,.;:!?“”"]+){0,6},?)\s*$/i;

// A word as a word: "the word", "the words", "the term", "a phrase", "the label".
const TERM_BEFORE =
  /\b(?:the|a|this|that|its|his|her|their)\s+(?:words?|terms?|phrases?|expressions?|label|nickname)\s*,?$/i;

// A passive or participial naming with no namer before the mark: "known as", "so-called", "has been described as",
// ", described in court as the" (a bare ", called" follows a speaker's appositive: "Sen. Ruiz, D-Ohio, called it").
const KNOWN_BEFORE =
  /(?:\b(?:known\s+as|so-called)|\b(?:is|are|was|were|be|been|being)\s+(?:described|referred to|dubbed|nicknamed|called|billed|branded|labell?ed)(?:\s+[^\s,.;:!?“”"]+){0,4}?(?:\s+as)?|,\s+(?:described|referred to)(?:\s+[^\s,.;:!?“”"]+){0,4}?\s+as)(?:\s+(?:the|an?))?\s*$/i;

/** One rule: its id and a test on the words before the mark, the quoted words and the words after it. */
type NotSpeechRule = [id: string, test: (before: string, body: string, after: string) => boolean];

const words = (body: string) => body.split(/\s+/).length;

/** Ordered rules; a long quotation after "his book" is still what the book says, so each wants a short body. */
const NOT_SPEECH: NotSpeechRule[] = [
  ['quotes/title-of-work', (before, body) => words(body) <= 10 && WORK_BEFORE.test(before)],
  ['quotes/term-mention', (before, body) => words(body) <= 6 && TERM_BEFORE.test(before)],
  // "described as “reckless” by the mayor" names its speaker after the mark: that one is speech.
  [
    'quotes/known-as',
    (before, body, after) => words(body) <= 6 && KNOWN_BEFORE.test(before) && !/^[\s,.’'”"]*by\b/i.test(after),
  ],
];

/** The id of the rule that finds the quotation no speech, or null when it may be speech. */
export function notSpeech(before: string, body: string, after: string): string | null {
  for (const [id, test] of NOT_SPEECH) if (test(before, body, after)) return id;
  return null;
}
