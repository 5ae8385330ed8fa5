/**
 * A worker process for the queue tests and the scale bench, run with
 * vite-node: `vite-node test/queue/worker-entry.ts`. Configured by
 * environment: CROSSCHECK_DB, CROSSCHECK_ANALYZER (fake|real),
 * CROSSCHECK_IDLE_MS (exit when the queue stays idle), CROSSCHECK_SLOW_MS
 * (sleep per batch, to be caught mid-job), CROSSCHECK_MAINTENANCE_S.
 * Logs JSON lines on stdout; SIGTERM stops it gracefully.
 */
import type { Analyzer } from '../../src/ingest/ingest.js';
import { createLogger } from '../../src/queue/common.js';
import { runWorker } from '../../src/queue/worker.js';
import { fakeAnalyzer } from '../../bench/queue-fixtures.js';

const env = process.env;
const log = createLogger('json', process.stdout);
let analyzer: Analyzer | undefined = env.CROSSCHECK_ANALYZER === 'real' ? undefined : fakeAnalyzer;
const slow = Number(env.CROSSCHECK_SLOW_MS ?? 0);
if (slow > 0) {
  const inner = analyzer ?? (await import('../../src/ingest/ingest.js')).inProcessAnalyzer;
  analyzer = {
    analyse: async (inputs, ctx) => (await new Promise((r) => setTimeout(r, slow)), inner.analyse(inputs, ctx)),
  };
}
const controller = new AbortController();
// vite-node's dev server exits on SIGTERM by itself (code 143): the worker decides here instead.
process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');
process.once('SIGTERM', () => controller.abort());
process.once('SIGINT', () => controller.abort());
const summary = await runWorker({
  db: env.CROSSCHECK_DB!,
  analyzer,
  log,
  signal: controller.signal,
  exitWhenIdleMs: env.CROSSCHECK_IDLE_MS ? Number(env.CROSSCHECK_IDLE_MS) : undefined,
  maintenanceIntervalSeconds: Number(env.CROSSCHECK_MAINTENANCE_S ?? 30),
  corpusDelaySeconds: Number(env.CROSSCHECK_CORPUS_DELAY_S ?? 1),
  pollingIntervalSeconds: 0.5,
  stopTimeoutMs: Number(env.CROSSCHECK_STOP_MS ?? 60_000),
});
log({ level: 'info', msg: 'summary', ...summary });
process.exit(0);
