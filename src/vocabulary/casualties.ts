/**
 * Past participles of what befalls people in a disaster, an attack or an epidemic (`12 killed`, `the 300 displaced`,
 * `all 64 people who were injured`): the quantities stage reads them as nouns for people, the claims stage as a
 * fact that has already happened to a definite count.
 */

/** Casualty participles (lower case). */
export const CASUALTY_PARTICIPLES = [
  'killed',
  'injured',
  'wounded',
  'hurt',
  'displaced',
  'evacuated',
  'stranded',
  'infected',
  'hospitalised',
  'hospitalized',
] as const;
