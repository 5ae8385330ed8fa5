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
export const { parse } = createRequire(import.meta.url)('chrono-node/en') as Pick<typeof import('chrono-node'), 'parse'>;
