/**
 * Verbs a count reaches a level with (`the toll rose to 56`, `stood at 96`, `reached 4,012`, `topped 5,000`), each
 * row a verb's forms, each group with the word it takes before the number. The times stage reads them as counts
 * before a day (not hours), the claims stage as levels, the quantities stage as links between a casualty subject and
 * its number, and the corpus as counts so far; each reader names the groups it takes and the words it adds.
 */
import { verbForms } from './count-verbs.js';

/** A group of level verbs: rows of a verb's forms, and the word between the verb and the number ('' for none). */
export interface LevelGroup {
  rows: readonly string[];
  particle: string;
}

/** A rise to a level: `rose to 56`. */
export const RISE: LevelGroup = {
  rows: [
    'rise rises rose risen rising',
    'climb climbs climbed climbing',
    'jump jumps jumped jumping',
    'grow grows grew grown growing',
    'increase increases increased increasing',
    'soar soars soared soaring',
    'surge surges surged surging',
  ],
  particle: 'to',
};

/** A fall to a level: `fell to 12`. */
export const FALL: LevelGroup = {
  rows: [
    'fall falls fell fallen falling',
    'drop drops dropped dropping',
    'decrease decreases decreased decreasing',
    'decline declines declined declining',
  ],
  particle: 'to',
};

/** A level held: `stood at 96`. */
export const STAND: LevelGroup = {
  rows: ['stand stands stood standing', 'remain remains remained remaining'],
  particle: 'at',
};

/** A level someone gives: `put at 300`, `estimated at 1,200`. */
export const ESTIMATE: LevelGroup = {
  rows: ['put puts putting', 'peg pegs pegged pegging', 'estimate estimates estimated estimating'],
  particle: 'at',
};

/** A level reached or passed, the number right after the verb: `reached 4,012`, `topped 5,000`, `numbered 103`. */
export const REACH: LevelGroup = {
  rows: [
    'reach reaches reached reaching',
    'hit hits hitting',
    'top tops topped topping',
    'pass passes passed passing',
    'exceed exceeds exceeded exceeding',
    'surpass surpasses surpassed surpassing',
    'near nears neared nearing',
    'total totals totalled totaled totalling totaling',
    'number numbers numbered numbering',
  ],
  particle: '',
};

/** Every group, in the order above. */
export const LEVEL_GROUPS: readonly LevelGroup[] = [RISE, FALL, STAND, ESTIMATE, REACH];

/** Every form of the groups' verbs, without their particles (`rose`, `stood`, `reached`). */
export const levelVerbForms = (...groups: LevelGroup[]): ReadonlySet<string> =>
  verbForms(groups.flatMap((g) => g.rows));

/** Every form of the groups' verbs with its particle (`rose to`, `stood at`, `reached`). */
export const levelPhrases = (...groups: LevelGroup[]): string[] =>
  groups.flatMap((g) => [...verbForms(g.rows)].map((v) => (g.particle ? `${v} ${g.particle}` : v)));

/** Phrases as one regex alternation, no group, a space matching any run of white space. */
export const phrasePattern = (phrases: readonly string[]): string =>
  phrases.map((p) => p.replace(/ /g, '\\s+')).join('|');
