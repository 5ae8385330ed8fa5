/**
 * The words a page labels its dates with (`Published:`, `Last updated`), shared by the clean stage (label
 * lines and date lines) and the metadata stage (the publication date and the update date).
 */

/** The label of a page's first publication, as a regex alternation (no group). */
export const PUBLISHED_WORDS = 'published|posted';

/** The label of a page's last change, as a regex alternation (no group). */
export const UPDATED_WORDS = 'updated|modified';

/** Either label. */
export const DATE_LABEL_WORDS = `${PUBLISHED_WORDS}|${UPDATED_WORDS}`;
