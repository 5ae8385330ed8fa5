/**
 * How the jobs an enqueuer queued ended, read from pg-boss's tables (its live
 * job table and its archive): so `crosscheck ingest --queue --wait` can say
 * which batch failed every retry, instead of exiting 0 before any ran.
 */
import pg from 'pg';
import { queueLocation } from './common.js';
import { jobError } from './status.js';

/** A job that ended without being done: failed its last retry, or was cancelled. */
export interface FailedJob {
  id: string;
  state: string;
  /** The error the last attempt ended with, as the worker threw it. */
  error: string;
  /** The batch's inputs by name (a file's base name or a redacted URL). */
  names: string[];
}

export interface JobsOutcome {
  completed: number;
  failed: FailedJob[];
  /** Still queued, retrying or running when the wait ended (its time limit passed). */
  pending: number;
}

export interface WaitOptions {
  /** Between reads of the jobs' states (default 1,000 ms). */
  pollMs?: number;
  /** Give up waiting after this long (default: no limit); what has not ended is counted as pending. */
  timeoutMs?: number;
  /** After each read: how many of the jobs have ended. */
  onPoll?: (outcome: JobsOutcome) => void;
}

const ENDED = new Set(['completed', 'failed', 'cancelled']);

/** Wait until every job of `ids` has completed, failed for good or been cancelled (or the time limit passes). */
export async function waitForJobs(queueUrl: string, ids: string[], options: WaitOptions = {}): Promise<JobsOutcome> {
  const { connectionString, schema } = queueLocation(queueUrl);
  const client = new pg.Client({ connectionString, application_name: 'crosscheck-wait' });
  // A server restart mid-wait fails the read in hand (and the wait), never crashes the process.
  client.on('error', () => {});
  await client.connect();
  const deadline = options.timeoutMs === undefined ? Infinity : Date.now() + options.timeoutMs;
  try {
    for (;;) {
      const rows = await client.query<{ id: string; state: string; output: unknown; names: unknown }>(
        `select id::text as id, state::text as state, output, data->'names' as names from ${schema}.job
         where id = any($1::uuid[])
         union all select id::text, state::text, output, data->'names' from ${schema}.archive where id = any($1::uuid[])`,
        [ids],
      );
      const ended = new Map<string, { state: string; output: unknown; names: string[] }>();
      for (const r of rows.rows)
        if (ENDED.has(r.state)) ended.set(r.id, { ...r, names: Array.isArray(r.names) ? r.names.map(String) : [] });
      const outcome: JobsOutcome = { completed: 0, failed: [], pending: ids.length - ended.size };
      for (const id of ids) {
        const job = ended.get(id);
        if (job?.state === 'completed') outcome.completed++;
        else if (job) outcome.failed.push({ id, state: job.state, error: jobError(job.output), names: job.names });
      }
      options.onPoll?.(outcome);
      if (!outcome.pending || Date.now() >= deadline) return outcome;
      await new Promise((r) => setTimeout(r, Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now()))));
    }
  } finally {
    await client.end().catch(() => {});
  }
}
