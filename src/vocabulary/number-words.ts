/**
 * The cardinal number words, in one place for the quantities stage, the claims stage and the corpus (imports
 * nothing). Each reader takes this list and names the words it adds or leaves out where it reads it.
 */

/** Cardinal number words below one hundred and their values (lower case, in order of value). */
export const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The number words whose value passes `keep`, as a regex alternation (longest first, so `sixteen` beats `six`). */
export function numberWordPattern(keep: (value: number) => boolean): string {
  return Object.keys(NUMBER_WORD_VALUES)
    .filter((w) => keep(NUMBER_WORD_VALUES[w]!))
    .sort((a, b) => b.length - a.length)
    .join('|');
}
