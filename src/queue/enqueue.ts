/**
 * `crosscheck ingest --queue`: read and decode the inputs here, and enqueue
 * them, raw text in the job, one job per batch — so workers on other
 * machines need no shared filesystem. Batches are cut exactly as
 * `ingest()` cuts them (same size, same skipping of inputs already stored
 * or already seen in this run), so each worker analyses the same batch,
 * with the same boilerplate statistics, as one process would: the same
 * answers.
 */
import type { ArticleInput } from '../article.js';
import type { Config } from '../pipeline.js';
import { readInputs, type ReadFailure, type ReadItem, type ReadOptions, type ReadWarning } from '../ingest/read.js';
import { CrosscheckError } from '../errors.js';
import { isPostgresUrl } from '../store/open.js';
import { openPostgresStore, ORD_RUN, type PostgresStore } from '../store/postgres.js';
import { encodePayload, INGEST_QUEUE, silentLog, startBoss, type Log } from './common.js';
import { waitForJobs, type JobsOutcome, type WaitOptions } from './wait.js';

export interface EnqueueOptions extends ReadOptions {
  /** The store (a postgres:// URL): inputs already stored are not enqueued again. */
  db: string;
  /** Where the queue lives; default: the store's database. */
  queueUrl?: string;
  /** Inputs per job; keep it equal to ingest's batch size (200) for answers identical to one process. */
  batchSize?: number;
  config?: Partial<Config>;
  retrieved?: string | null;
  /** A job taken by a worker that neither finishes nor fails within this is given to another (default 900 s). */
  jobTimeoutSeconds?: number;
  /** Retries of a failed job (default 5). */
  retryLimit?: number;
  log?: Log;
  onProgress?: (p: EnqueueProgress) => void;
  /** Once queued, wait until every job has ended (done, or failed its last retry) and report how. */
  wait?: boolean | WaitOptions;
}

export interface EnqueueProgress {
  read: number;
  queued: number;
  unchanged: number;
  failed: number;
  jobs: number;
}

export interface EnqueueSummary extends EnqueueProgress {
  run: number;
  jobIds: string[];
  failures: ReadFailure[];
  warnings: ReadWarning[];
  /** With `wait`: how the jobs ended. */
  outcome?: JobsOutcome;
}

/** Read `paths` and enqueue their inputs for `crosscheck worker`. */
export async function enqueue(paths: string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  if (!isPostgresUrl(options.db)) {
    throw new CrosscheckError('E_USAGE', {
      reason: `the queue and its store live in PostgreSQL: give --db postgres://… (got \`${options.db}\`)`,
      command: 'ingest',
    });
  }
  const log = options.log ?? silentLog;
  const batchSize = options.batchSize ?? 200;
  const store: PostgresStore = await openPostgresStore(options.db, { max: 2 });
  let boss: Awaited<ReturnType<typeof startBoss>> | null = null;
  try {
    boss = await startBoss(options.queueUrl ?? options.db, { supervise: false, max: 2 });
    const run = await store.nextRun();
    const summary: EnqueueSummary = {
      run,
      read: 0,
      queued: 0,
      unchanged: 0,
      failed: 0,
      jobs: 0,
      jobIds: [],
      failures: [],
      warnings: [],
    };
    const report = () =>
      options.onProgress?.({
        read: summary.read,
        queued: summary.queued,
        unchanged: summary.unchanged,
        failed: summary.failed,
        jobs: summary.jobs,
      });
    const seen = new Set<string>();
    let batch: ArticleInput[] = [];
    let position = 0;
    const flush = async () => {
      if (!batch.length) return;
      const inputs = batch;
      batch = [];
      const order = inputs.map(() => run * ORD_RUN + position++);
      const data = encodePayload({
        run,
        batch: summary.jobs,
        inputs,
        order,
        config: options.config,
        retrieved: options.retrieved ?? null,
      });
      const id = await boss!.send(INGEST_QUEUE, data as unknown as object, {
        retryLimit: options.retryLimit ?? 5,
        retryDelay: 2,
        retryBackoff: true,
        expireInSeconds: options.jobTimeoutSeconds ?? 15 * 60,
      });
      if (id) summary.jobIds.push(id);
      summary.jobs++;
      summary.queued += inputs.length;
      log({ level: 'info', msg: 'enqueued', run, batch: summary.jobs - 1, articles: inputs.length, job: id });
      report();
    };
    // Which inputs are stored already: asked of the store 500 at a time (one round trip, not one per input).
    // Equivalent to ingest()'s check per input, since what this run stores is caught by `seen`.
    let pending: ReadItem[] = [];
    const drain = async () => {
      const items = pending;
      pending = [];
      const known = await store.knownIds(items.flatMap((item) => ('input' in item ? [item.input.id!] : [])));
      for (const item of items) {
        if ('failure' in item) {
          summary.failures.push(item.failure);
          summary.failed++;
          log({ level: 'warn', msg: 'unreadable', file: item.failure.file, code: item.failure.code });
          report();
          continue;
        }
        summary.read++;
        summary.warnings.push(...item.warnings);
        const id = item.input.id!;
        // Same bytes again, in this run or stored before: nothing to do (as ingest()).
        if (seen.has(id) || known.has(id)) {
          seen.add(id);
          summary.unchanged++;
          report();
          continue;
        }
        seen.add(id);
        batch.push(item.input);
        if (batch.length >= batchSize) await flush();
      }
    };
    for await (const item of readInputs(paths, options)) {
      pending.push(item);
      if (pending.length >= 500) await drain();
    }
    await drain();
    await flush();
    if (options.wait && summary.jobIds.length) {
      const wait = options.wait === true ? {} : options.wait;
      log({ level: 'info', msg: 'waiting', run, jobs: summary.jobIds.length });
      summary.outcome = await waitForJobs(options.queueUrl ?? options.db, summary.jobIds, wait);
      for (const f of summary.outcome.failed)
        log({ level: 'error', msg: 'job failed', run, job: f.id, error: f.error });
    }
    return summary;
  } finally {
    await boss?.stop({ graceful: false, wait: true, close: true }).catch(() => {});
    await store.close();
  }
}
