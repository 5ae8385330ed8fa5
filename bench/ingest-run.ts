/**
 * End-to-end ingest for the benchmark, in a fresh process of its own, as
 * `crosscheck ingest` runs: its peak memory is its own (not the heap that the
 * benchmark's per-stage passes leave behind), and nothing in it is warm from
 * those passes. This file is both sides: `ingestFiles()` starts it with
 * `--ingest-child` and reads the one line of JSON it prints.
 */
import { hugepagesEnv } from '../src/cli/hugepages.js';
import { withCorpusHeap } from '../src/cli/v8-flags.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCorpus } from '../src/corpus/index.js';
import { ingest } from '../src/ingest/ingest.js';
import { autoAnalyzer } from '../src/ingest/workers.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { DeltaWritten } from '../src/records.js';
import { childJson } from './child.js';

export interface IngestRun {
  stored: number;
  failed: number;
  ms: number;
  peakMb: number;
  cpuMs: number;
}

/** End-to-end ingest of a folder in this process: what the child runs. */
async function ingestHere(folder: string, db: string, workers: number): Promise<IngestRun> {
  // The analyzer `crosscheck ingest` uses (src/cli/program.ts): workers once the run reaches 8 inputs.
  const analyzer = workers > 1 ? autoAnalyzer(workers) : undefined;
  const store = openSqliteStore(db);
  try {
    // CPU time of the whole process (main thread, workers, GC threads): steadier than wall time on a shared machine.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await ingest([folder], store, { analyzer, batchSize: 200 });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // The kernel's high-water mark of the process's memory (KB).
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    return { stored: r.stored + r.versions, failed: r.failed, ms, peakMb, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    await analyzer?.close();
    await store.close();
  }
}

/** The corpus stages over a store, as `crosscheck ingest` runs them once its articles are stored. */
export interface StoreCorpusRun {
  ms: number;
  cpuMs: number;
  /**
   * Time the main thread was ready to run but waited for a core (Linux schedstat; null elsewhere): on a shared
   * machine most of the wall time beyond the CPU time.
   */
  waitMs?: number | null;
  peakMb: number;
  figures: number;
  claims: number;
  entities: number;
  /** Whether the run was incremental, why not, and what it read and recomputed (CorpusSummary). */
  mode?: string;
  fullBecause?: string | null;
  added?: number;
  touched?: number;
  stories?: number;
  /** Stored articles the incremental run compared a new one's text with. */
  compared?: number;
  /** Stories it relabeled without recomputing them, and the rows it wrote. */
  relabeled?: number;
  written?: DeltaWritten;
  /** Whether an incremental run loaded the packed indexes or read every kept state. */
  read?: string;
}

/** The main thread's time waiting on a run queue so far (ms), from /proc; null where there is none. */
function runQueueMs(): number | null {
  try {
    const wait = Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[1]);
    return Number.isFinite(wait) ? wait / 1e6 : null;
  } catch {
    return null;
  }
}

/** `runCorpus` over the store `db` in this process: what the `--store-corpus-child` runs. */
async function storeCorpusHere(db: string): Promise<StoreCorpusRun> {
  const store = openSqliteStore(db);
  try {
    const wait0 = runQueueMs();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const r = await withCorpusHeap(() => runCorpus(store));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const wait1 = runQueueMs();
    return {
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      waitMs: wait0 === null || wait1 === null ? null : wait1 - wait0,
      peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
      figures: r.figures,
      claims: r.claims,
      entities: r.entities.length,
      mode: r.mode,
      fullBecause: r.fullBecause ?? null,
      added: r.added,
      touched: r.touched,
      stories: r.stories,
      compared: r.compared,
      relabeled: r.relabeled,
      written: r.written,
      read: r.read,
    };
  } finally {
    await store.close();
  }
}

const here = fileURLToPath(import.meta.url);

let env: NodeJS.ProcessEnv | null | undefined;
/**
 * The environment `crosscheck ingest` would run in (glibc's malloc on huge
 * pages when `CROSSCHECK_HUGEPAGES=1`: src/cli/hugepages.ts), null when it
 * changes nothing; worked out once, by the benchmark's side only.
 */
export function ingestEnv(): NodeJS.ProcessEnv | null {
  if (env === undefined) env = hugepagesEnv(process.env);
  return env;
}

/** End-to-end ingest of a folder in a fresh process (this file, with `--ingest-child`), in that environment. */
export function ingestFiles(folder: string, db: string, workers: number): Promise<IngestRun> {
  return childJson<IngestRun>(here, ['--ingest-child', folder, db, String(workers)], ingestEnv() ?? process.env);
}

/**
 * The corpus stages (duplicates, entities, figures, reconciliation, and their
 * writing) over a store an ingest filled, in a fresh process, in the
 * environment `crosscheck ingest` runs them in: the command's own path, where
 * `bench/corpus.ts` measures the algorithms on synthetic claims.
 */
export function storeCorpus(db: string): Promise<StoreCorpusRun> {
  return childJson<StoreCorpusRun>(here, ['--store-corpus-child', db], ingestEnv() ?? process.env);
}

if (process.argv[1] && path.resolve(process.argv[1]) === here && process.argv[2] === '--store-corpus-child') {
  storeCorpusHere(process.argv[3]!).then((r) => process.stdout.write(JSON.stringify(r) + '\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === here && process.argv[2] === '--ingest-child') {
  const [, , , folder, db, workers] = process.argv;
  ingestHere(folder!, db!, Number(workers)).then((r) => process.stdout.write(JSON.stringify(r) + '\n'));
}
