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
import type { Article, ArticleInput } from '../article.js';
import type { Context } from '../pipeline.js';
import type { Analyzer } from './ingest.js';

interface Request {
  id: number;
  inputs: ArticleInput[];
  ctx: Context;
}

/** `sameRaw[i]`: article i's raw text is its input's, so it was not sent back (the main thread has it). */
type Reply = { id: number; articles: Article[]; sameRaw: boolean[] } | { id: number; error: string };

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

interface Slot {
  worker: Worker;
  busy: boolean;
  /** The request it is working on, to fail it if the worker dies. */
  current: { id: number; reject: (err: Error) => void } | null;
}

/**
 * An analyzer over `n` worker threads (default: one per core). Call
 * `close()` when done; it terminates the workers.
 */
export function workerAnalyzer(n: number = availableParallelism(), options: WorkerAnalyzerOptions = {}): Analyzer & { close(): Promise<void>; size: number } {
  const script = options.script ?? workerScript();
  if (!existsSync(script)) {
    throw new Error(`Worker threads need the compiled pipeline at ${script}, which is missing. Run \`npx tsc -p tsconfig.json\` (or \`npm run build\`) first, or ingest without --workers.`);
  }
  const size = Math.max(1, Math.floor(n));
  const chunksPerWorker = Math.max(1, options.chunksPerWorker ?? 4);
  const pending = new Map<number, { inputs: ArticleInput[]; resolve: (a: Article[]) => void; reject: (err: Error) => void }>();
  const queue: Array<{ req: Request; resolve: (a: Article[]) => void; reject: (err: Error) => void }> = [];
  let nextId = 1;
  let closed = false;
  let deaths = 0;

  const spawn = (): Slot => {
    const worker = new Worker(script, { workerData: { crosscheck: 'analyzer' } });
    const slot: Slot = { worker, busy: false, current: null };
    worker.on('message', (reply: Reply) => {
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      slot.busy = false;
      slot.current = null;
      if (p) {
        if ('error' in reply) p.reject(new Error(reply.error));
        else {
          reply.articles.forEach((a, i) => {
            if (reply.sameRaw[i]) a.raw = p.inputs[i]!.raw;
          });
          p.resolve(reply.articles);
        }
      }
      pump();
    });
    const die = (err: Error) => {
      // A worker that dies (out of memory, a native crash) fails only its chunk; a fresh one takes its place.
      const cur = slot.current;
      slot.current = null;
      if (cur) {
        pending.delete(cur.id);
        cur.reject(err);
      }
      const i = slots.indexOf(slot);
      deaths++;
      if (deaths > size * 10) {
        // Workers keep dying: stop replacing them and fail what is queued.
        closed = true;
        for (const job of queue.splice(0)) job.reject(err);
        return;
      }
      if (i >= 0 && !closed) {
        slots[i] = spawn();
        pump();
      }
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

  function pump(): void {
    for (const slot of slots) {
      if (!queue.length) break;
      if (slot.busy) continue;
      const job = queue.shift()!;
      slot.busy = true;
      slot.current = { id: job.req.id, reject: job.reject };
      pending.set(job.req.id, { inputs: job.req.inputs, resolve: job.resolve, reject: job.reject });
      slot.worker.postMessage(job.req);
    }
    // Keep the process alive only while work is outstanding.
    for (const slot of slots) {
      if (slot.busy) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  const run = (inputs: ArticleInput[], ctx: Context): Promise<Article[]> =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error('the worker analyzer is closed'));
      queue.push({ req: { id: nextId++, inputs, ctx }, resolve, reject });
      pump();
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
      for (const job of queue.splice(0)) job.reject(new Error('the worker analyzer was closed'));
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
      const articles = req.inputs.map((input) => analyse(input, { ...req.ctx, retrieved: input.hints?.retrieved ?? req.ctx.retrieved ?? null }));
      // The raw input (170 KB for a typical HTML page) goes back only if a stage changed it: the main thread holds it.
      const sameRaw = articles.map((a, i) => a.raw === req.inputs[i]!.raw);
      for (let i = 0; i < articles.length; i++) if (sameRaw[i]) articles[i]!.raw = '';
      parentPort!.postMessage({ id: req.id, articles, sameRaw } satisfies Reply);
    } catch (err) {
      parentPort!.postMessage({ id: req.id, error: String((err as Error)?.stack ?? err) } satisfies Reply);
    }
  });
}

if (!isMainThread && parentPort && (workerData as { crosscheck?: string } | null)?.crosscheck === 'analyzer') {
  void serve();
}
