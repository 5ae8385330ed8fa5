/** Superlative adjectives, read by their ending: `largest`, `biggest`, `richest` but not `protest` or `harvest`. */

/** Words ending in -est that are no superlative (`the 40 protest leaders`, `interest payments`). */
const NOT_SUPERLATIVE = new Set(
  (
    'interest rest west protest request harvest forest contest test guest quest chest nest arrest conquest ' +
    'inquest manifest invest digest suggest honest modest earnest priest crest vest pest'
  ).split(' '),
);

/** A superlative adjective (lower case): `largest`, `biggest`, `richest` (not `protest`, `harvest`). */
export function isSuperlative(lower: string): boolean {
  return lower.length > 4 && /^[a-z]+est$/.test(lower) && !NOT_SUPERLATIVE.has(lower);
}
