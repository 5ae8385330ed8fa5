/**
 * How the jobs an enqueuer queued ended, read from pg-boss's tables (its live
 * job table and its archive): so `crosscheck ingest --queue --wait` can say
 * which batch failed every retry, instead of exiting 0 before any ran.
 */
import pg from 'pg';
import { queueLocation } from './common.js';

/** A job that ended without being done: failed its last retry, or was cancelled. */
export interface FailedJob {
  id: string;
  state: string;
  /** The error the last attempt ended with, as the worker threw it. */
  error: string;
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

/** The message of a failed job's output (pg-boss keeps the thrown error, serialised). */
function errorOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return output == null ? 'no error recorded' : JSON.stringify(output);
}

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
      const rows = await client.query<{ id: string; state: string; output: unknown }>(
        `select id::text as id, state::text as state, output from ${schema}.job where id = any($1::uuid[])
         union all select id::text, state::text, output from ${schema}.archive where id = any($1::uuid[])`,
        [ids],
      );
      const ended = new Map<string, { state: string; output: unknown }>();
      for (const r of rows.rows) if (ENDED.has(r.state)) ended.set(r.id, r);
      const outcome: JobsOutcome = { completed: 0, failed: [], pending: ids.length - ended.size };
      for (const id of ids) {
        const job = ended.get(id);
        if (job?.state === 'completed') outcome.completed++;
        else if (job) outcome.failed.push({ id, state: job.state, error: errorOf(job.output) });
      }
      options.onPoll?.(outcome);
      if (!outcome.pending || Date.now() >= deadline) return outcome;
      await new Promise((r) => setTimeout(r, Math.min(options.pollMs ?? 1000, Math.max(0, deadline - Date.now()))));
    }
  } finally {
    await client.end().catch(() => {});
  }
}
