/**
 * Prints the plain closing line `N passed, N failed, N skipped` after vitest's
 * own summary, so CI can count the tests whatever it knows of vitest.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (mod.state() === 'failed' && !mod.children.size) failed++;
    }
    const line = `\n${passed} passed, ${failed} failed, ${skipped} skipped\n`;
    // After vitest's own summary, so that it is the last line.
    process.once('exit', () => process.stdout.write(line));
  }
}
