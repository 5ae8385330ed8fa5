import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'web/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The plain closing line 'N passed, N failed' lets CI count tests whatever the runner.
    reporters: ['default', './test/summary-reporter.ts'],
    pool: 'forks',
  },
});
