/**
 * entities/person/given-gender: the gender a common given name usually marks, for "he said" / "she said" when the
 * text gives no honorific or pronoun of its own. Names used for both (Sam, Jean, Ali) are in neither list
 * (the lists live in names.ts beside `GIVEN_NAMES`).
 */

import { FEMALE_NAMES, MALE_NAMES } from './names.js';

/** 'f' or 'm' for a person's name whose first word is a common given name of that gender, else null. */
export function givenGender(name: string): 'f' | 'm' | null {
  const first = /^[\p{L}]+/u.exec(name)?.[0]?.toLowerCase();
  if (!first) return null;
  return FEMALE_NAMES.has(first) ? 'f' : MALE_NAMES.has(first) ? 'm' : null;
}
