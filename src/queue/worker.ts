/**
 * `crosscheck worker`: take ingest jobs from the queue, run the per-article
 * stages on their inputs and store the batch; after each batch, ask for a
 * corpus run (one job at a time across all workers: the corpus queue is
 * pg-boss `stately`, so a burst of requests collapses to one queued run,
 * which reads the store when it starts and so sees every batch committed
 * before). Any number of workers on any number of machines.
 *
 * Safety: a batch is one store transaction and articles are keyed by
 * content hash, so a job retried after a crash (SIGKILL, lost machine:
 * pg-boss expires it and hands it out again) stores nothing twice. On
 * SIGTERM (the caller aborts `signal`) the worker stops taking jobs,
 * finishes the one it has, or after `stopTimeoutMs` gives it back.
 */
import { failed, type Article } from '../article.js';
import { countLines, inProcessAnalyzer, type Analyzer } from '../ingest/ingest.js';
import { createContext, defaultConfig, type Config } from '../pipeline.js';
import { openStore } from '../store/open.js';
import { PostgresStore } from '../store/postgres.js';
import type { PutOutcome, Store } from '../store/store.js';
import { runCorpus } from '../corpus/index.js';
import {
  CORPUS_EXPIRE_SECONDS,
  CORPUS_HEARTBEAT_MS,
  CORPUS_QUEUE,
  heartbeat,
  decodePayload,
  INGEST_QUEUE,
  silentLog,
  startBoss,
  type IngestJobData,
  type Log,
} from './common.js';
import { queueStatus } from './status.js';

export interface WorkerOptions {
  /** The store: a postgres:// URL (or, for one machine, a SQLite file). */
  db: string;
  /** Where the queue lives; default: `db`. */
  queueUrl?: string;
  /** Jobs this process works on at once (default 1; analysis is CPU-bound, so more processes beat more concurrency). */
  concurrency?: number;
  log?: Log;
  /** Abort to stop: no new jobs, the current one finished or given back. */
  signal?: AbortSignal;
  /** Analyse with this (default: in this thread; src/ingest/workers.ts gives worker threads). */
  analyzer?: Analyzer;
  /** Run corpus jobs in this worker (default true). */
  corpus?: boolean;
  /**
   * Wait this long after a batch before the corpus run it asks for starts, to gather more batches (default 15 s): each
   * run reads the whole store, so during a bulk ingest fewer runs leave more CPU to the articles.
   */
  corpusDelaySeconds?: number;
  /** Stop by itself once the queue has been idle this long (ms): for batch runs, tests and benches. */
  exitWhenIdleMs?: number;
  /** How long SIGTERM waits for the current job before giving it back (default 60 s). */
  stopTimeoutMs?: number;
  /** Expire jobs of dead workers this often (seconds, default 30). */
  maintenanceIntervalSeconds?: number;
  /** Polling interval for new jobs (seconds, ≥ 0.5; default 1). */
  pollingIntervalSeconds?: number;
  /** Called after each job, for progress displays. */
  onProgress?: (p: WorkerProgress) => void;
  /**
   * Runs each corpus run inside this (default: directly); the CLI gives it the corpus heap growth of
   * src/cli/v8-flags.ts, which a full run over a large store needs as `crosscheck ingest` does.
   */
  aroundCorpus?: <T>(run: () => Promise<T>) => Promise<T>;
}

export interface WorkerProgress {
  /** Ingest jobs done and failed (and thrown back for retry) by this worker. */
  jobsDone: number;
  jobsFailed: number;
  corpusRuns: number;
  articles: { stored: number; unchanged: number; versions: number; failed: number };
}

export type WorkerSummary = WorkerProgress;

/** Inputs analysed between two turns of the event loop when analysis runs on this thread. */
const CHUNK = 8;

/** Thrown when a stopping worker gives its batch back to the queue (pg-boss retries it elsewhere). */
export class GivenBack extends Error {
  constructor() {
    super('the worker is stopping and its stop timeout has passed: the batch was given back to the queue');
    this.name = 'GivenBack';
  }
}

/**
 * Analysis on this thread blocks the event loop, so it runs a chunk at a time: between chunks the stop
 * timeout's timer (and pg-boss's) can fire, and a batch is given back rather than finished past it.
 */
async function analyseInChunks(
  analyzer: Analyzer,
  inputs: Parameters<Analyzer['analyse']>[0],
  ctx: ReturnType<typeof createContext>,
  giveBack?: AbortSignal,
): Promise<Article[]> {
  if (analyzer !== inProcessAnalyzer) return analyzer.analyse(inputs, ctx);
  const out: Article[] = [];
  for (let i = 0; i < inputs.length; i += CHUNK) {
    if (giveBack?.aborted) throw new GivenBack();
    out.push(...(await analyzer.analyse(inputs.slice(i, i + CHUNK), ctx)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (giveBack?.aborted) throw new GivenBack();
  return out;
}

/** Analyse and store one batch; what `ingest()` does per batch. Throws only when storing fails (retry). */
export async function processBatch(
  store: Store,
  inputs: Parameters<Analyzer['analyse']>[0],
  options: {
    order?: number[];
    config?: Partial<Config>;
    retrieved?: string | null;
    analyzer?: Analyzer;
    /** Aborted when the worker's stop timeout has passed: the batch is given back between two chunks. */
    giveBack?: AbortSignal;
  },
): Promise<{
  outcomes: PutOutcome[];
  failures: Array<{ file: string; code: string; text: string }>;
  analyseMs: number;
  storeMs: number;
  analyseCpuMs: number;
  storeCpuMs: number;
}> {
  const analyzer = options.analyzer ?? inProcessAnalyzer;
  // A full config: createContext spreads its argument last, so a partial (or undefined) config would replace the
  // defaults.
  const config: Config = { ...defaultConfig, ...(options.config ?? {}) };
  const ctx = createContext({
    config,
    lineCounts: countLines(inputs),
    batchSize: inputs.length,
    retrieved: options.retrieved ?? null,
  });
  const failures: Array<{ file: string; code: string; text: string }> = [];
  let articles: Article[];
  /** Input index of each article: all of them, unless some failed alone. */
  let index: number[] | null = null;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(since);
    return Math.round((d.user + d.system) / 1000);
  };
  try {
    articles = await analyseInChunks(analyzer, inputs, ctx, options.giveBack);
  } catch (err) {
    if (err instanceof GivenBack) throw err;
    // One input that fails its chunk (a worker out of memory) must not fail its neighbours: each again alone.
    // A failure is deterministic (a retry would crash again): recorded, as ingest() does, and the job completes.
    articles = [];
    index = [];
    for (let i = 0; i < inputs.length; i++) {
      if (options.giveBack?.aborted) throw new GivenBack();
      try {
        if (inputs.length === 1) throw err;
        articles.push(...(await analyzer.analyse([inputs[i]!], ctx)));
        index.push(i);
      } catch (one) {
        failures.push({
          file: inputs[i]!.source,
          code: 'E_STAGE_CRASH',
          text: `${inputs[i]!.source}: ${String((one as Error).message)}`,
        });
      }
    }
  }
  const analyseMs = Math.round(performance.now() - t0);
  const analyseCpuMs = cpuMs(cpu0);
  const good: Article[] = [];
  const order: number[] = [];
  articles.forEach((article, i) => {
    const fatal = article.messages.find((m) => m.fatal);
    if (fatal || failed(article) || !article.text.trim()) {
      failures.push({
        file: article.source,
        code: fatal?.code ?? 'E_HTML_NO_BODY',
        text: fatal
          ? `${article.source}: ${fatal.text}`
          : `\`${article.source}\` has no readable article text; nothing was stored for it.`,
      });
      return;
    }
    good.push(article);
    if (options.order) order.push(options.order[index ? index[i]! : i]!);
  });
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  const outcomes =
    store instanceof PostgresStore
      ? await store.putArticles(good, options.order ? { order } : {})
      : await store.putArticles(good);
  // CPU of this process while storing (with concurrency > 1 it includes other jobs' work).
  return {
    outcomes,
    failures,
    analyseMs,
    storeMs: Math.round(performance.now() - t1),
    analyseCpuMs,
    storeCpuMs: cpuMs(cpu1),
  };
}

/** Work on the queue until `signal` aborts (or the queue stays idle, with `exitWhenIdleMs`). */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const log = options.log ?? silentLog;
  const queueUrl = options.queueUrl ?? options.db;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const progress: WorkerProgress = {
    jobsDone: 0,
    jobsFailed: 0,
    corpusRuns: 0,
    articles: { stored: 0, unchanged: 0, versions: 0, failed: 0 },
  };
  const store = await openStore(options.db);
  let boss: Awaited<ReturnType<typeof startBoss>>;
  try {
    boss = await startBoss(queueUrl, {
      max: concurrency + 3,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  let busy = 0;
  // Past the stop timeout a batch in hand is given back between two chunks of its analysis.
  const giveBack = new AbortController();
  const stopTimeoutMs = options.stopTimeoutMs ?? 60_000;
  options.signal?.addEventListener('abort', () => setTimeout(() => giveBack.abort(), stopTimeoutMs).unref(), {
    once: true,
  });
  const polling = Math.max(0.5, options.pollingIntervalSeconds ?? 1);
  const requestCorpus = async () => {
    if (options.corpus === false) return;
    // stately queue: null when a run is already queued, which will see this batch too.
    const id = await boss
      // The expiry on the job itself: a queue made before keeps its own (an hour).
      .send(CORPUS_QUEUE, {}, { startAfter: options.corpusDelaySeconds ?? 15, expireInSeconds: CORPUS_EXPIRE_SECONDS })
      .catch((err: Error) => {
        log({ level: 'warn', msg: 'could not request a corpus run', error: err.message });
        return null;
      });
    if (id) log({ level: 'debug', msg: 'corpus run requested', job: id });
  };

  for (let i = 0; i < concurrency; i++) {
    await boss.work<IngestJobData>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: polling }, async ([job]) => {
      busy++;
      const started = Date.now();
      try {
        const payload = decodePayload(job!.data);
        log({
          level: 'info',
          msg: 'job started',
          job: job!.id,
          run: payload.run,
          batch: payload.batch,
          articles: payload.inputs.length,
        });
        let result;
        try {
          result = await processBatch(store, payload.inputs, {
            order: payload.order,
            config: payload.config,
            retrieved: payload.retrieved,
            analyzer: options.analyzer,
            giveBack: giveBack.signal,
          });
        } catch (err) {
          if (err instanceof GivenBack) {
            log({ level: 'info', msg: 'job given back at the stop timeout; it will be retried', job: job!.id });
            throw err;
          }
          progress.jobsFailed++;
          log({
            level: 'error',
            msg: 'job failed; it will be retried',
            job: job!.id,
            error: String((err as Error).message),
          });
          options.onProgress?.(structuredClone(progress));
          throw err;
        }
        const counts = { stored: 0, unchanged: 0, versions: 0, failed: result.failures.length };
        for (const o of result.outcomes) {
          if (o.status === 'stored') counts.stored++;
          else if (o.status === 'version') counts.versions++;
          else counts.unchanged++;
        }
        progress.jobsDone++;
        progress.articles.stored += counts.stored;
        progress.articles.unchanged += counts.unchanged;
        progress.articles.versions += counts.versions;
        progress.articles.failed += counts.failed;
        log({
          level: 'info',
          msg: 'job done',
          job: job!.id,
          run: payload.run,
          batch: payload.batch,
          ms: Date.now() - started,
          analyseMs: result.analyseMs,
          storeMs: result.storeMs,
          analyseCpuMs: result.analyseCpuMs,
          storeCpuMs: result.storeCpuMs,
          ...counts,
        });
        for (const f of result.failures.slice(0, 20))
          log({ level: 'warn', msg: 'article failed', job: job!.id, file: f.file, code: f.code });
        options.onProgress?.(structuredClone(progress));
        await requestCorpus();
        return { ...counts, failures: result.failures.slice(0, 100) };
      } finally {
        busy--;
      }
    });
  }
  if (options.corpus !== false) {
    await boss.work(CORPUS_QUEUE, { batchSize: 1, pollingIntervalSeconds: polling }, async ([job]) => {
      busy++;
      const started = Date.now();
      const beat = setInterval(() => {
        heartbeat(boss, queueUrl, CORPUS_QUEUE, job!.id).catch((err: Error) =>
          log({ level: 'warn', msg: 'corpus heartbeat failed', job: job!.id, error: err.message }),
        );
      }, CORPUS_HEARTBEAT_MS);
      try {
        log({ level: 'info', msg: 'corpus run started', job: job!.id });
        // Rerun on every batch: read the articles' own records, never the previous run's output.
        await (options.aroundCorpus ? options.aroundCorpus(() => runCorpus(store)) : runCorpus(store));
        progress.corpusRuns++;
        log({ level: 'info', msg: 'corpus run done', job: job!.id, ms: Date.now() - started });
        options.onProgress?.(structuredClone(progress));
        return { ms: Date.now() - started };
      } catch (err) {
        log({
          level: 'error',
          msg: 'corpus run failed; it will be retried',
          job: job!.id,
          error: String((err as Error).message),
        });
        throw err;
      } finally {
        clearInterval(beat);
        busy--;
      }
    });
  }
  log({ level: 'info', msg: 'worker started', pid: process.pid, concurrency, corpus: options.corpus !== false });

  await new Promise<void>((resolve) => {
    let idleSince: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    const done = () => {
      if (timer) clearInterval(timer);
      resolve();
    };
    if (options.signal?.aborted) return done();
    options.signal?.addEventListener('abort', done, { once: true });
    if (options.exitWhenIdleMs !== undefined) {
      const limit = options.exitWhenIdleMs;
      timer = setInterval(() => {
        queueStatus(queueUrl)
          .then((s) => {
            if (s.idle && busy === 0) {
              idleSince ??= Date.now();
              if (Date.now() - idleSince >= limit) done();
            } else idleSince = null;
          })
          .catch(() => {});
      }, 500);
    }
  });

  log({ level: 'info', msg: 'worker stopping', busy });
  // Graceful: stop fetching, wait for the job in hand; past the timeout pg-boss fails it (→ retry elsewhere).
  await boss
    .stop({ graceful: true, wait: true, close: true, timeout: stopTimeoutMs })
    .catch((err: Error) => log({ level: 'warn', msg: 'queue stop', error: err.message }));
  await store.close();
  log({ level: 'info', msg: 'worker stopped', ...progress });
  return progress;
}
