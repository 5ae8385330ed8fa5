/**
 * CLI glue for `ingest --queue` and `worker`: flags in, library calls, lines out.
 */
import type { Writable } from 'node:stream';
import { createLogger } from '../queue/common.js';
import { isPostgresUrl } from '../store/open.js';
import { errorText } from '../errors.js';
import { withCorpusHeap } from './v8-flags.js';

interface Io {
  stdout: Writable;
  stderr: Writable;
}

function needPostgres(db: string, io: Io, command: string): boolean {
  if (isPostgresUrl(db)) return true;
  io.stderr.write(
    `error E_USAGE: ${errorText('E_USAGE', { reason: `the queue lives in PostgreSQL: give --db postgres://… (got ${db})`, command })}\n`,
  );
  return false;
}

export async function enqueueCommand(paths: string[], opts: Record<string, unknown>, io: Io): Promise<number> {
  const db = opts.db as string;
  if (!needPostgres(db, io, 'ingest')) return 2;
  const { enqueue } = await import('../queue/enqueue.js');
  const summary = await enqueue(paths, {
    db,
    batchSize: opts.batchSize as number,
    maxBytes: opts.maxBytes as number,
    retrieved: (opts.retrieved as string) ?? null,
    retryLimit: opts.retries as number | undefined,
    wait: opts.wait ? { pollMs: (opts.pollMs as number | undefined) ?? 1000 } : false,
    log: opts.json ? undefined : createLogger('text', io.stderr as unknown as NodeJS.WritableStream),
  });
  const outcome = summary.outcome;
  if (opts.json) io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else {
    for (const f of summary.failures) io.stderr.write(`error ${f.code}: ${f.text}\n`);
    io.stderr.write(
      `queued ${summary.queued} articles in ${summary.jobs} jobs (run ${summary.run}); ${summary.unchanged} unchanged, ${summary.failed} failed\n`,
    );
    if (outcome) {
      for (const f of outcome.failed)
        io.stderr.write(
          `error E_JOB_FAILED: ${errorText('E_JOB_FAILED', { job: f.id, run: summary.run, names: f.names.join(', ') || 'no names kept', reason: f.error })}\n`,
        );
      io.stderr.write(`jobs: ${outcome.completed} done, ${outcome.failed.length} failed, ${outcome.pending} pending\n`);
    }
  }
  // A job that failed for good lost its batch: the run failed, as an ingest that could not store a batch would.
  return summary.failed > 0 || (outcome?.failed.length ?? 0) > 0 ? 1 : 0;
}

export async function workerCommand(opts: Record<string, unknown>, io: Io): Promise<number> {
  const db = opts.db as string;
  const { runWorker } = await import('../queue/worker.js');
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const summary = await runWorker({
    db,
    concurrency: opts.concurrency as number,
    log: createLogger((opts.log as 'json' | 'text') ?? 'text', io.stderr as unknown as NodeJS.WritableStream),
    signal: controller.signal,
    queueUrl: opts.queueUrl as string | undefined,
    exitWhenIdleMs: opts.exitWhenIdle as number | undefined,
    corpus: opts.corpus !== false,
    stopTimeoutMs: opts.stopTimeout as number | undefined,
    aroundCorpus: withCorpusHeap,
  });
  process.off('SIGTERM', stop);
  process.off('SIGINT', stop);
  return summary.jobsFailed > 0 || summary.articles.failed > 0 ? 1 : 0;
}
