/**
 * The words that open a noun phrase before its noun: articles, possessives and demonstratives. The quantities
 * rules each read this list plus the few words their construction adds (`whose`, `all`, `each`), named where
 * they are used.
 */

/** Articles, possessive and demonstrative determiners (lower case). */
export const DETERMINER_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
];

/** {@link DETERMINER_WORDS} plus the words a rule adds, as a set (`determiners('whose')`). */
export const determiners = (...extra: string[]): ReadonlySet<string> => new Set([...DETERMINER_WORDS, ...extra]);
