import { defineConfig } from 'vitest/config';

/**
 * Fast tests with no build: stages, case tables, the seed gold and the pure corpus, eval and report code.
 * Generated-input runs (`*.property.test.ts`, the fuzzer) are slow, so they run with the integration tests.
 */
const UNIT = [
  'src/stages/**/!(*.property).test.ts',
  'test/cases/**/!(*.property).test.ts',
  'test/gold/**/*.test.ts',
  'src/corpus/**/*.test.ts',
  'src/eval/**/*.test.ts',
  'src/report/**/*.test.ts',
  'src/export/export.test.ts',
  'src/ingest/decode.test.ts',
  'src/ingest/packed.test.ts',
  'src/watch/**/*.test.ts',
  'src/vocabulary/**/*.test.ts',
  'src/*.test.ts',
];
/** Tests that drive a real browser over the built web UI. */
const BROWSER = ['test/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    exclude: ['node_modules', 'dist', 'web/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The plain closing line 'N passed, N failed' lets CI count tests whatever the runner.
    reporters: ['default', './test/summary-reporter.ts'],
    pool: 'forks',
    // The thread pool is the unit tier's alone; its workers are reused from file to file (the pool reads this root
    // setting, the project's `isolate` below the worker's module graph).
    poolOptions: { threads: { isolate: false } },
    projects: [
      // Threads start faster than forks; these tests start no processes and change no process state, so the files of
      // a worker share one module graph (not isolated: the stages load once per worker, not once per file).
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          pool: 'threads',
          isolate: false,
        },
      },
      // Stores, CLI, workers, processes, queue, server and the generated-input runs: most over the build in dist/.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['node_modules', 'dist', 'web/**', ...UNIT, ...BROWSER],
        },
      },
      { extends: true, test: { name: 'browser', include: BROWSER } },
    ],
  },
});
