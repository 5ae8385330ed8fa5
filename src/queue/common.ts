/**
 * What the enqueuer and the workers share: queue names, the pg-boss
 * instance over the store's PostgreSQL, the job payload codec and a
 * structured logger. The queue is pg-boss 10 in its own schema beside the
 * store's (`<store schema>_jobs`, so `crosscheck_jobs` by default).
 */
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import PgBoss from 'pg-boss';
import type { ArticleInput } from '../article.js';
import type { Config } from '../pipeline.js';
import { CrosscheckError } from '../errors.js';
import { isPostgresUrl } from '../store/open.js';
import { parsePostgresUrl, redactUrl } from '../store/postgres.js';

/** One job per ingest batch: the per-article stages run in the worker that takes it. */
export const INGEST_QUEUE = 'crosscheck-ingest';
/** The corpus stages over the whole store; `stately`: at most one queued and one running. */
export const CORPUS_QUEUE = 'crosscheck-corpus';

/** An ingest job: the inputs of one batch (exactly the batch `crosscheck ingest` would analyse together). */
export interface IngestPayload {
  /** Enqueue run and batch number, for logs. */
  run: number;
  batch: number;
  inputs: ArticleInput[];
  /** Store order keys, one per input (run × 2^32 + position in the run). */
  order: number[];
  config?: Partial<Config>;
  retrieved?: string | null;
}

/** Job data as stored: gzip + base64 of the JSON (a third of the size, and NUL-safe for jsonb). */
export interface IngestJobData {
  v: 1;
  run: number;
  batch: number;
  count: number;
  /** What the batch holds, by name (a file's base name or a redacted URL), so a failed job can say so. */
  names?: string[];
  z: string;
}

/** At most this many input names ride on a job, outside its compressed payload. */
export const JOB_NAMES_MAX = 50;

/** An input's name as the queue shows it: a URL without its password, a file's base name (never its folder). */
export function inputName(source: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return redactUrl(source);
  return path.basename(source.replace(/\\/g, '/'));
}

export function encodePayload(payload: IngestPayload): IngestJobData {
  return {
    v: 1,
    run: payload.run,
    batch: payload.batch,
    count: payload.inputs.length,
    names: payload.inputs.slice(0, JOB_NAMES_MAX).map((input) => inputName(input.source)),
    z: gzipSync(JSON.stringify(payload)).toString('base64'),
  };
}

export function decodePayload(data: IngestJobData): IngestPayload {
  return JSON.parse(gunzipSync(Buffer.from(data.z, 'base64')).toString('utf8')) as IngestPayload;
}

/** The queue's location: its connection string and pg-boss schema. */
export function queueLocation(queueUrl: string): { connectionString: string; schema: string } {
  if (!isPostgresUrl(queueUrl)) {
    throw new CrosscheckError('E_USAGE', {
      reason: `the queue needs PostgreSQL: give --db postgres://… (or --queue-url), not \`${queueUrl}\``,
      command: 'worker',
    });
  }
  const { connectionString, schema } = parsePostgresUrl(queueUrl);
  return { connectionString, schema: `${schema}_jobs` };
}

export interface BossOptions {
  /** Pool size of pg-boss's own connections. */
  max?: number;
  /** How often this instance expires stuck jobs and archives old ones (seconds, ≥ 1). */
  maintenanceIntervalSeconds?: number;
  /** Run maintenance (expiry of jobs of dead workers) in this instance. */
  supervise?: boolean;
}

/**
 * A corpus job not heard from for this long is expired by pg-boss's maintenance and run again (a SIGKILLed
 * worker's job no longer holds the stately queue for an hour); a live run keeps it with {@link heartbeat}.
 */
export const CORPUS_EXPIRE_SECONDS = 120;
/** How often a worker running a corpus job says it is alive: several beats fit in the expiry. */
export const CORPUS_HEARTBEAT_MS = 20_000;

/**
 * Keep an active job from expiring while its worker lives: pg-boss 10 expires a job at `started_on + expire_in`
 * and has no heartbeat of its own, so the start is moved to now.
 */
export async function heartbeat(boss: PgBoss, queueUrl: string, name: string, id: string): Promise<void> {
  const { schema } = queueLocation(queueUrl);
  await boss
    .getDb()
    .executeSql(`update ${schema}.job set started_on = now() where name = $1 and id = $2 and state = 'active'`, [
      name,
      id,
    ]);
}

/** Start pg-boss on the queue URL and make sure both queues exist. */
export async function startBoss(queueUrl: string, options: BossOptions = {}): Promise<PgBoss> {
  // Processes starting at once on a new database race to create pg-boss's schema and queues
  // (PostgreSQL reports a deadlock or a duplicate); the loser tries again and finds them made.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startBossOnce(queueUrl, options);
    } catch (err) {
      if (attempt >= 5 || !/deadlock|already exists|duplicate key/i.test(String((err as Error).message))) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt + Math.floor(Math.random() * 200)));
    }
  }
}

async function startBossOnce(queueUrl: string, options: BossOptions): Promise<PgBoss> {
  const { connectionString, schema } = queueLocation(queueUrl);
  const boss = new PgBoss({
    connectionString,
    schema,
    max: options.max ?? 4,
    application_name: 'crosscheck-queue',
    supervise: options.supervise ?? true,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    // Jobs carry article text: move finished ones out of the hot table within the hour, drop them after two days.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 2,
  });
  boss.on('error', () => {});
  try {
    await boss.start();
    await ensureQueue(boss, INGEST_QUEUE, {
      name: INGEST_QUEUE,
      policy: 'standard',
      retryLimit: 5,
      retryDelay: 2,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    await ensureQueue(boss, CORPUS_QUEUE, {
      name: CORPUS_QUEUE,
      policy: 'stately',
      retryLimit: 3,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: CORPUS_EXPIRE_SECONDS,
    });
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw new CrosscheckError('E_DB_CONNECT', {
      url: redactUrl(queueUrl),
      reason: String((err as Error).message || err),
    });
  }
  return boss;
}

async function ensureQueue(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  if (await boss.getQueue(name)) return;
  try {
    await boss.createQueue(name, options);
  } catch (err) {
    // Another process created it between the check and here.
    if (!(await boss.getQueue(name))) throw err;
  }
}

/** One structured log line. */
export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  msg: string;
  [field: string]: unknown;
}

export type Log = (line: LogLine) => void;

/** A logger writing JSON lines (`--log json`) or short text lines to a stream (stderr by default). */
export function createLogger(format: 'json' | 'text' = 'text', stream: NodeJS.WritableStream = process.stderr): Log {
  return (line) => {
    const at = new Date().toISOString();
    if (format === 'json') {
      stream.write(JSON.stringify({ time: at, ...line }) + '\n');
      return;
    }
    const { level, msg, ...fields } = line;
    const rest = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join(' ');
    stream.write(`${at} ${level.padEnd(5)} ${msg}${rest ? ' ' + rest : ''}\n`);
  };
}

export const silentLog: Log = () => {};
