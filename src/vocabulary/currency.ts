/**
 * What names a currency. Imports nothing, so the stages, the corpus, the report and the web bundle share it.
 */

/** A unit code that names a currency (`USD`, `INR`): three capitals. */
export const isCurrencyCode = (code: string | null | undefined): boolean => !!code && /^[A-Z]{3}$/.test(code);
