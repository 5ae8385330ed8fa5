/**
 * Progress of the queue, for `crosscheck worker`, the API and scripts:
 * jobs (and articles) queued, running, retrying, done and failed.
 */
import pg from 'pg';
import { CORPUS_QUEUE, INGEST_QUEUE, queueLocation } from './common.js';

export interface QueueCounts {
  /** Waiting to be taken (created). */
  queued: number;
  /** Failed once or more, waiting to be retried. */
  retry: number;
  /** Taken by a worker now. */
  active: number;
  completed: number;
  /** Failed for good (retries used up) or cancelled. */
  failed: number;
}

/** A job that failed for good (its retries used up) or was cancelled: what it held and why it ended. */
export interface FailedQueueJob {
  id: string;
  /** `ingest` or `corpus`. */
  queue: 'ingest' | 'corpus';
  state: 'failed' | 'cancelled';
  /** The error of its last attempt, as the worker threw it. */
  error: string;
  /** When it ended (ISO 8601), or null when pg-boss kept no time. */
  endedOn: string | null;
  /** Attempts made: the first and its retries. */
  attempts: number;
  /** Articles in the batch (ingest jobs). */
  articles: number;
  /** The batch's inputs by name (a file's base name or a redacted URL; at most JOB_NAMES_MAX); [] for corpus jobs. */
  names: string[];
}

/** The most failed jobs {@link queueStatus} lists, newest first; `failed` counts them all. */
const FAILED_JOBS_LISTED = 20;

export interface QueueStatus {
  /** Ingest jobs (one per batch of articles). */
  ingest: QueueCounts & { articlesQueued: number; articlesDone: number };
  corpus: QueueCounts & { lastCompletedOn: string | null };
  /** true when nothing is queued, retrying or running. */
  idle: boolean;
  /** The newest failed or cancelled jobs (at most {@link FAILED_JOBS_LISTED}), newest first. */
  failedJobs: FailedQueueJob[];
}

/** The message of a failed job's output (pg-boss keeps the thrown error, serialised). */
export function jobError(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return output == null ? 'no error recorded' : JSON.stringify(output);
}

async function failedJobs(client: pg.Client, schema: string): Promise<FailedQueueJob[]> {
  const rows = await client.query<{
    id: string;
    name: string;
    state: 'failed' | 'cancelled';
    output: unknown;
    ended: Date | null;
    retries: number;
    articles: number | null;
    names: unknown;
  }>(
    `select id::text as id, name, state::text as state, output, coalesce(completed_on, started_on, created_on) as ended,
            retry_count as retries, (data->>'count')::int as articles, data->'names' as names
     from (select id, name, state, output, completed_on, started_on, created_on, retry_count, data from ${schema}.job
           where name = any($1) and state in ('failed', 'cancelled')
           union all
           select id, name, state, output, completed_on, started_on, created_on, retry_count, data from ${schema}.archive
           where name = any($1) and state in ('failed', 'cancelled')) j
     order by ended desc nulls last, id limit $2`,
    [[INGEST_QUEUE, CORPUS_QUEUE], FAILED_JOBS_LISTED],
  );
  return rows.rows.map((r) => ({
    id: r.id,
    queue: r.name === INGEST_QUEUE ? 'ingest' : 'corpus',
    state: r.state,
    error: jobError(r.output),
    endedOn: r.ended ? new Date(r.ended).toISOString() : null,
    attempts: Number(r.retries) + 1,
    articles: r.articles ?? 0,
    names: Array.isArray(r.names) ? r.names.map(String) : [],
  }));
}

const empty = (): QueueCounts => ({ queued: 0, retry: 0, active: 0, completed: 0, failed: 0 });

/** Read the queue's state straight from pg-boss's tables (its live job table and its archive). */
export async function queueStatus(queueUrl: string): Promise<QueueStatus> {
  const { connectionString, schema } = queueLocation(queueUrl);
  const client = new pg.Client({ connectionString, application_name: 'crosscheck-status' });
  // A server restart mid-read must fail this read, not crash the server.
  client.on('error', () => {});
  await client.connect();
  try {
    const status: QueueStatus = {
      ingest: { ...empty(), articlesQueued: 0, articlesDone: 0 },
      corpus: { ...empty(), lastCompletedOn: null },
      idle: true,
      failedJobs: [],
    };
    const exists = await client.query(
      'select 1 from information_schema.tables where table_schema = $1 and table_name = $2',
      [schema, 'job'],
    );
    if (!exists.rowCount) return status;
    const rows = await client.query<{ name: string; state: string; n: string; articles: string; last: Date | null }>(
      `select name, state::text as state, count(*) as n, coalesce(sum((data->>'count')::int), 0) as articles, max(completed_on) as last
       from (select name, state, data, completed_on from ${schema}.job where name = any($1)
             union all select name, state, data, completed_on from ${schema}.archive where name = any($1)) j
       group by name, state`,
      [[INGEST_QUEUE, CORPUS_QUEUE]],
    );
    for (const r of rows.rows) {
      const q = r.name === INGEST_QUEUE ? status.ingest : status.corpus;
      const n = Number(r.n);
      if (r.state === 'created') q.queued += n;
      else if (r.state === 'retry') q.retry += n;
      else if (r.state === 'active') q.active += n;
      else if (r.state === 'completed') q.completed += n;
      else q.failed += n;
      if (r.name === INGEST_QUEUE) {
        if (r.state === 'completed') status.ingest.articlesDone += Number(r.articles);
        if (r.state === 'created' || r.state === 'retry' || r.state === 'active')
          status.ingest.articlesQueued += Number(r.articles);
      } else if (r.state === 'completed' && r.last) {
        const iso = new Date(r.last).toISOString();
        if (!status.corpus.lastCompletedOn || iso > status.corpus.lastCompletedOn) status.corpus.lastCompletedOn = iso;
      }
    }
    status.failedJobs = await failedJobs(client, schema);
    status.idle = [status.ingest, status.corpus].every((q) => q.queued + q.retry + q.active === 0);
    return status;
  } finally {
    await client.end().catch(() => {});
  }
}
