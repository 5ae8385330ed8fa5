/**
 * An {@link Analyzer} that runs the per-article stages in worker threads, so
 * that ingest uses every core. The stages are pure (everything comes from the
 * article and the context), so a batch can be split into chunks, analysed in
 * any worker, and put back in order.
 *
 * This one file is both sides: imported normally it exports
 * {@link workerAnalyzer}; started as a worker (with `workerData.crosscheck`)
 * it serves analyse requests. Node 20 cannot start a `.ts` worker, so the
 * worker always runs the compiled `dist/src/ingest/workers.js` (and imports
 * the compiled pipeline beside it). Running from source (vitest, vite-node),
 * build first with `npx tsc -p tsconfig.json`; a missing build is a clear
 * error, never a silent fallback.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Article, ArticleInput, Raw } from '../article.js';
import { articleFromPacked, packAnalysis, type PackedAnalysis } from './packed.js';
import type { Context } from '../pipeline.js';
import type { Analyzer } from './ingest.js';

interface Request {
  id: number;
  inputs: ArticleInput[];
  ctx: Context;
}

/**
 * `analyses[i]`: article i's analysis as UTF-8 bytes, packed field by field
 * ({@link packAnalysis}): one buffer, moved rather than copied, instead of
 * thousands of objects to clone or one large string to copy twice.
 * `raw[i]`: its raw input when the main thread no longer holds it (UTF-8
 * bytes moved here, moved back) or a stage replaced it; null: the main
 * thread's input holds it.
 */
type Reply = { id: number; analyses: PackedAnalysis[]; raw: Array<Raw | null> } | { id: number; error: string };

/**
 * The memory of bytes that can move to another thread without a copy: a
 * whole ArrayBuffer of their own (not a slice of Node's pool, nor shared).
 */
function movable(bytes: Uint8Array | null | undefined): ArrayBuffer | null {
  if (!bytes || !(bytes.buffer instanceof ArrayBuffer)) return null;
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : null;
}

/** The transfer list of a message carrying these bytes: each movable buffer once. */
function transferList(views: Array<Raw | null>): ArrayBuffer[] {
  const buffers = views.map((v) => (typeof v === 'string' ? null : movable(v)));
  return [...new Set(buffers.filter((b): b is ArrayBuffer => b !== null))];
}

const here = fileURLToPath(import.meta.url);

/** The compiled worker script: this file when running from dist, else the build beside the sources. */
export function workerScript(): string {
  if (here.endsWith('.js')) return here;
  // src/ingest/workers.ts → <root>/dist/src/ingest/workers.js
  const root = path.resolve(path.dirname(here), '../..');
  return path.join(root, 'dist/src/ingest/workers.js');
}

export interface WorkerAnalyzerOptions {
  /** Script to run in each worker (defaults to {@link workerScript}). */
  script?: string;
  /** Chunks per worker per batch: more evens out uneven articles, fewer saves copying. */
  chunksPerWorker?: number;
}

interface Job {
  id: number;
  inputs: ArticleInput[];
  /** Characters (or UTF-8 bytes) of raw text: the load it puts on its worker. */
  cost: number;
  resolve: (a: Article[]) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Posted and not answered, in the worker's own message queue or being analysed. */
  jobs: Map<number, Job>;
  load: number;
}

/** Per-input overhead, in characters of raw text, of a job's cost. */
const INPUT_COST = 2000;

/**
 * An analyzer over `n` worker threads (default: one per core). Call
 * `close()` when done; it terminates the workers.
 *
 * Each chunk is posted at once to the worker with the least work posted and
 * not answered (counted in characters), so a worker's own message queue
 * holds its next chunks: a main thread busy for a while (a long store
 * transaction, reading) never leaves a worker waiting for work.
 *
 * An input's raw UTF-8 bytes, when they own their memory, are moved to the
 * worker rather than copied: after `analyse()` the input's view is empty and
 * the article holds the bytes as its `raw`. Do not analyse the same input
 * object twice.
 */
export function workerAnalyzer(
  n: number = availableParallelism(),
  options: WorkerAnalyzerOptions = {},
): Analyzer & { close(): Promise<void>; size: number } {
  const script = options.script ?? workerScript();
  if (!existsSync(script)) {
    throw new Error(
      `Worker threads need the compiled pipeline at ${script}, which is missing. Run \`npx tsc -p tsconfig.json\` (or \`npm run build\`) first, or ingest without --workers.`,
    );
  }
  const size = Math.max(1, Math.floor(n));
  const chunksPerWorker = Math.max(1, options.chunksPerWorker ?? 4);
  let nextId = 1;
  let closed = false;
  let deaths = 0;

  const spawn = (): Slot => {
    const worker = new Worker(script, { workerData: { crosscheck: 'analyzer' } });
    const slot: Slot = { worker, jobs: new Map(), load: 0 };
    const finish = (id: number): Job | undefined => {
      const job = slot.jobs.get(id);
      if (!job) return undefined;
      slot.jobs.delete(id);
      slot.load -= job.cost;
      if (!slot.jobs.size) worker.unref();
      return job;
    };
    worker.on('message', (reply: Reply) => {
      const job = finish(reply.id);
      if (!job) return;
      if ('error' in reply) job.reject(new Error(reply.error));
      else {
        try {
          // The raw input as it was sent (a string, or UTF-8 bytes this thread never decodes), unless it came back.
          const articles = reply.analyses.map((packed, i) =>
            articleFromPacked(packed, reply.raw[i] ?? job.inputs[i]!.raw),
          );
          job.resolve(articles);
        } catch (err) {
          // A reply this thread cannot read fails its chunk, with the reason, rather than this thread.
          job.reject(
            new Error(`an analysis worker's reply could not be read: ${String((err as Error)?.message ?? err)}`),
          );
        }
      }
    });
    const die = (err: Error) => {
      // A worker that dies (out of memory, a native crash) fails only the chunks posted to it; a fresh one takes its
      // place.
      for (const id of [...slot.jobs.keys()]) finish(id)!.reject(err);
      const i = slots.indexOf(slot);
      deaths++;
      // Workers that keep dying are not replaced: what is posted later fails.
      if (deaths > size * 10) closed = true;
      if (i >= 0 && !closed) slots[i] = spawn();
    };
    worker.on('error', (err) => die(err instanceof Error ? err : new Error(String(err))));
    worker.on('exit', (code) => {
      if (!closed && slots.includes(slot)) die(new Error(`analysis worker stopped with exit code ${code}`));
    });
    worker.unref();
    return slot;
  };

  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) slots.push(spawn());

  const run = (inputs: ArticleInput[], ctx: Context): Promise<Article[]> =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error('the worker analyzer is closed'));
      const slot = slots.reduce((best, s) => (s.load < best.load ? s : best));
      const job: Job = {
        id: nextId++,
        inputs,
        cost: inputs.reduce((sum, input) => sum + input.raw.length + INPUT_COST, 0),
        resolve,
        reject,
      };
      slot.jobs.set(job.id, job);
      slot.load += job.cost;
      // Keep the process alive only while work is outstanding.
      slot.worker.ref();
      // A page's bytes move to the worker and back rather than being copied twice (the input's own view is then empty).
      slot.worker.postMessage(
        { id: job.id, inputs, ctx } satisfies Request,
        transferList(inputs.map((input) => input.raw)),
      );
    });

  return {
    size,
    async analyse(inputs, ctx) {
      if (!inputs.length) return [];
      const chunkSize = Math.max(1, Math.ceil(inputs.length / (size * chunksPerWorker)));
      const parts: Promise<Article[]>[] = [];
      for (let i = 0; i < inputs.length; i += chunkSize) parts.push(run(inputs.slice(i, i + chunkSize), ctx));
      return (await Promise.all(parts)).flat();
    },
    async close() {
      if (closed) return;
      closed = true;
      const err = new Error('the worker analyzer was closed');
      for (const slot of slots) for (const job of slot.jobs.values()) job.reject(err);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Worker side: analyse each request with the default pipeline, exactly as the in-process analyzer does. */
async function serve(): Promise<void> {
  let analyse: typeof import('../analyse.js').analyse;
  try {
    ({ analyse } = await import('../analyse.js'));
  } catch (err) {
    // A pipeline that cannot load fails every request with the reason, rather than crash-looping the worker.
    const reason = `the analysis pipeline could not be loaded in a worker: ${String((err as Error)?.message ?? err)}`;
    parentPort!.on('message', (req: Request) => parentPort!.postMessage({ id: req.id, error: reason } satisfies Reply));
    return;
  }
  parentPort!.on('message', (req: Request) => {
    try {
      const analyses: PackedAnalysis[] = [];
      // The raw input (170 KB for a typical HTML page) goes back only if the main thread no longer holds it.
      const raw: Array<Raw | null> = [];
      for (const input of req.inputs) {
        // Packed as soon as it is analysed: the chunk's earlier articles wait as bytes, not as objects.
        const article = analyse(input, { ...req.ctx, retrieved: input.hints?.retrieved ?? req.ctx.retrieved ?? null });
        analyses.push(packAnalysis(article));
        // Bytes that moved here move back, moved rather than copied, for the main thread to store.
        const moved = typeof input.raw !== 'string' && movable(input.raw) !== null;
        raw.push(article.raw !== input.raw || moved ? article.raw : null);
      }
      parentPort!.postMessage(
        { id: req.id, analyses, raw } satisfies Reply,
        transferList([...raw, ...analyses.map((a) => a.bytes)]),
      );
    } catch (err) {
      parentPort!.postMessage({ id: req.id, error: String((err as Error)?.stack ?? err) } satisfies Reply);
    }
  });
}

if (!isMainThread && parentPort && (workerData as { crosscheck?: string } | null)?.crosscheck === 'analyzer') {
  void serve();
}

/**
 * The default for a run of unknown size: a run of fewer than `threshold`
 * inputs (8) is analysed in this thread; the call that brings the run to
 * `threshold` starts `n` workers, and they take it and every later input. A
 * handful of articles never pays for starting threads (about 100 ms of CPU
 * each, loading the pipeline); a large run uses every core from its first
 * inputs. Ingest sends HTML pages in groups of 8, so the first group of a
 * larger run goes to the workers rather than being analysed cold in this
 * thread before they start. Worker and in-process analyses are identical, so
 * where an input was analysed changes nothing stored.
 */
export function autoAnalyzer(
  n: number = availableParallelism(),
  options: WorkerAnalyzerOptions & { threshold?: number } = {},
): Analyzer & { close(): Promise<void> } {
  const threshold = options.threshold ?? 8;
  let seen = 0;
  let workers: ReturnType<typeof workerAnalyzer> | null = null;
  return {
    async analyse(inputs, ctx) {
      seen += inputs.length;
      // Imported here, not at the top: a worker thread runs this file and must not load ingest's reading code.
      if (!workers && (n <= 1 || seen < threshold))
        return (await import('./ingest.js')).inProcessAnalyzer.analyse(inputs, ctx);
      workers ??= workerAnalyzer(n, options);
      return workers.analyse(inputs, ctx);
    },
    async close() {
      await workers?.close();
    },
  };
}
