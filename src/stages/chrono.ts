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
 * Why: V8 compiles each regular expression once per subject representation, and
 * chrono's patterns are large; one representation means one compile per thread.
 * The text, and so every index chrono returns, is unchanged.
 */
export function parse(
  text: string,
  ...rest: Parameters<typeof chrono.parse> extends [string, ...infer R] ? R : never
): ReturnType<typeof chrono.parse> {
  return chrono.parse(twoByte(text), ...rest);
}

/** `text` itself, held as a two-byte string (see {@link parse}). */
export function twoByte(text: string): string {
  return (text + '\u0100').slice(0, -1);
}
