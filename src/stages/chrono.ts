/**
 * chrono-node's English parser alone. The package's main entry loads all of
 * its locales (about 100 ms of every process and worker thread's start, 25 ms
 * for English alone); the stages read English only. Loaded with `require`
 * because Vite's resolver (the test runner's) cannot resolve the package's
 * wildcard subpath exports (vitest-dev/vitest#4761); Node resolves both
 * forms, to the same code.
 */
import { createRequire } from 'node:module';

export type * from 'chrono-node';
const chrono = createRequire(import.meta.url)('chrono-node/en') as Pick<typeof import('chrono-node'), 'parse'>;

/**
 * chrono's `parse`, always handed a string in V8's two-byte representation.
 *
 * V8 compiles a regular expression separately for one-byte (Latin-1) and
 * two-byte subject strings, and chrono's English patterns are large: compiling
 * them costs about 150 ms of every thread that parses dates. A page with one
 * curly quote is two-byte and a plain ASCII text is one-byte, so a thread that
 * sees both paid twice. Concatenating a two-byte character and slicing it off
 * gives the same text as a slice of a two-byte string (V8 copies the text once,
 * to flatten the concatenation: about 9 KB for an average page's text): every
 * subject is then two-byte and each pattern compiles once. The text, and
 * so every index and match chrono returns, is unchanged; chrono's steady-state
 * speed is the same in either representation (measured on 181 real pages).
 */
export function parse(text: string, ...rest: Parameters<typeof chrono.parse> extends [string, ...infer R] ? R : never): ReturnType<typeof chrono.parse> {
  return chrono.parse(twoByte(text), ...rest);
}

/** `text` itself, held as a two-byte string (see {@link parse}). */
export function twoByte(text: string): string {
  return (text + '\u0100').slice(0, -1);
}
