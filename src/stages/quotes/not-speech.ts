/**
 * `quotes/title-of-work`: quotation marks around the title of a work or a slogan are no speech — "the
 * song “Rain on Me”", "her book about the drought, “Dry Years”", "under the slogan “Homes Not Hotels”".
 */

// A work noun (with up to six words of its own, "book about the search for water,") or a verb that names one.
const WORK_BEFORE =
  /\b(?:(?:titled|entitled|played|playing|sang|singing|performed)|(?:book|film|movie|song|album|novel|memoir|documentary|series|podcast|slogan|motto|hashtag|anthem|poem|painting|exhibition|exhibit|musical|opera|tagline)s?(?:\s+[^\s,.;:!?“”"]+){0,6},?)\s*$/i;

/** true when the quotation opening after `before` (the words just before its mark) is a title, not speech. */
export function titleOfWork(before: string, body: string): boolean {
  // A title is short; a long quotation after "his book" is still what the book says.
  if (body.split(/\s+/).length > 10) return false;
  return WORK_BEFORE.test(before);
}
