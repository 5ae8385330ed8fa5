/**
 * Storage size and open cost of a store `crosscheck ingest` filled: generated
 * text articles ingested and their corpus stages run (each in a fresh
 * process), then the SQLite files' size against the input's bytes, and the
 * time `openSqliteStore` takes in a fresh process (the median of three), as
 * every command pays it; and the longest the corpus write held the store's
 * write lock, as another process trying to write saw it (it waits at most the
 * busy timeout, 10 s). Part of `npm run bench`; alone:
 *
 *   node dist/bench/storage.js [--articles 3000] [--workers 2] [--seed 7]
 *
 * The default size is scaled down from the target's 30,000 articles;
 * `CROSSCHECK_BENCH_STORE_ARTICLES=30000` (or `--articles`) measures the full size.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSqliteStore } from '../src/store/sqlite.js';
import { childJson } from './child.js';
import { htmlPages, htmlParagraphs, makeCorpus, seedTexts } from './corpus-gen.js';
import { ingestFiles, storeCorpus } from './ingest-run.js';

/** The targets: store bytes at most 10× the input's, and an open under 0.5 s, at 30,000 articles. */
export const STORAGE_TARGETS = { maxRatio: 10, openMs: 500, atArticles: 30_000 };

/** Articles in the store measured by default; the environment variable sets the full size. */
export const STORAGE_DEFAULT_ARTICLES = 3_000;

export interface StorageResult {
  articles: number;
  inputMb: number;
  storeMb: number;
  /** Store bytes (database, WAL and shared-memory files) over input bytes. */
  ratio: number;
  /** Median of three opens, each in a fresh process. */
  openMs: number;
  /** The longest another process could not take the write lock while the corpus stages ran and wrote. */
  corpusLockMs: number;
}

interface LockWatch {
  /** Longest stretch of refused write attempts, in ms. */
  maxMs: number;
  probes: number;
}

/**
 * What the `--lock-child` runs: try to take the store's write lock (no busy wait) every 2 ms until stdin
 * ends, and report the longest stretch with refusals in it, from the last success before to the first after
 * (a stretch with no refusal is this process not being scheduled, not a lock).
 */
async function watchLockHere(db: string): Promise<LockWatch> {
  const conn = new Database(db, { fileMustExist: true });
  conn.pragma('busy_timeout = 0');
  let stop = false;
  process.stdin.on('end', () => (stop = true)).resume();
  let lastFree = performance.now();
  let refused = false;
  let maxMs = 0;
  let probes = 0;
  while (!stop) {
    probes++;
    try {
      conn.exec('begin immediate; rollback');
      const now = performance.now();
      if (refused) maxMs = Math.max(maxMs, now - lastFree);
      refused = false;
      lastFree = now;
    } catch {
      refused = true;
      if (conn.inTransaction) conn.exec('rollback');
    }
    await new Promise((r) => setTimeout(r, 2));
  }
  if (refused) maxMs = Math.max(maxMs, performance.now() - lastFree);
  conn.close();
  return { maxMs: Math.round(maxMs), probes };
}

/** Start a lock watcher on `db` in a child process; `stop()` ends it and gives its report. */
function watchLock(db: string): { stop(): Promise<LockWatch> } {
  const child = spawn(process.execPath, [here, '--lock-child', db], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const done = new Promise<LockWatch>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as LockWatch)
        : reject(new Error(`lock watcher: ${code}`)),
    ),
  );
  return {
    stop() {
      child.stdin.end();
      return done;
    },
  };
}

const here = fileURLToPath(import.meta.url);
const mb = (bytes: number) => Number((bytes / 1048576).toFixed(1));

/** The size in bytes of a SQLite store's files. */
function storeBytes(db: string): number {
  let n = 0;
  for (const f of [db, `${db}-wal`, `${db}-shm`]) if (existsSync(f)) n += statSync(f).size;
  return n;
}

/** Open (and close) the store in this process: what the `--open-child` runs. */
async function openHere(db: string): Promise<{ ms: number }> {
  const t0 = performance.now();
  const store = openSqliteStore(db, { mustExist: true });
  const ms = performance.now() - t0;
  await store.close();
  return { ms };
}

/** Ingest `articles` generated text articles into a new store under `tmp`, run its corpus stages, and measure it. */
export async function storageBench(
  root: string,
  tmp: string,
  articles: number,
  workers: number,
  seed: number,
  log: (line: string) => void = () => {},
): Promise<StorageResult> {
  const extra = htmlPages(root)
    .flatMap((p) => htmlParagraphs(p.html))
    .slice(0, 5000);
  const article = makeCorpus(seedTexts(root), extra, seed);
  const folder = path.join(tmp, `storage-${articles}`);
  mkdirSync(folder);
  let input = 0;
  for (let i = 0; i < articles; i++) {
    const a = article(i);
    input += Buffer.byteLength(a.text);
    writeFileSync(path.join(folder, a.name), a.text);
  }
  const db = path.join(tmp, `storage-${articles}.db`);
  try {
    log(`  ingest of ${articles} articles and their corpus stages...`);
    await ingestFiles(folder, db, workers);
    rmSync(folder, { recursive: true, force: true });
    const lock = watchLock(db);
    await storeCorpus(db);
    const { maxMs: corpusLockMs } = await lock.stop();
    const bytes = storeBytes(db);
    const opens: number[] = [];
    for (let k = 0; k < 3; k++) opens.push((await childJson<{ ms: number }>(here, ['--open-child', db])).ms);
    const openMs = Math.round(opens.sort((a, b) => a - b)[1]!);
    return {
      articles,
      inputMb: mb(input),
      storeMb: mb(bytes),
      ratio: Number((bytes / Math.max(1, input)).toFixed(2)),
      openMs,
      corpusLockMs,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  }
}

/** The store size to measure: `CROSSCHECK_BENCH_STORE_ARTICLES`, else the scaled-down default. */
export function storageArticles(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.CROSSCHECK_BENCH_STORE_ARTICLES;
  if (raw === undefined || raw === '') return STORAGE_DEFAULT_ARTICLES;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** One line in words, for the bench's log and report. */
export function storageLine(r: StorageResult): string {
  const scaled =
    r.articles < STORAGE_TARGETS.atArticles
      ? ` (scaled down: CROSSCHECK_BENCH_STORE_ARTICLES=${STORAGE_TARGETS.atArticles} measures the target's size)`
      : '';
  return (
    `storage at ${r.articles} articles: ${r.storeMb} MB for ${r.inputMb} MB of input (${r.ratio}×); ` +
    `open ${r.openMs} ms; the corpus write held the write lock at most ${r.corpusLockMs} ms${scaled}`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === here && process.argv[2] === '--lock-child') {
  watchLockHere(process.argv[3]!).then((r) => process.stdout.write(JSON.stringify(r) + '\n'));
} else if (process.argv[1] && path.resolve(process.argv[1]) === here && process.argv[2] === '--open-child') {
  openHere(process.argv[3]!).then((r) => process.stdout.write(JSON.stringify(r) + '\n'));
} else if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const articles = Number(arg('--articles') ?? storageArticles());
  const root = path.resolve(path.dirname(here), here.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
  const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-storage-'));
  storageBench(
    root,
    tmp,
    articles,
    Number(arg('--workers') ?? availableParallelism()),
    Number(arg('--seed') ?? 7),
    (l) => process.stdout.write(l + '\n'),
  )
    .then((r) => process.stdout.write(storageLine(r) + '\n' + JSON.stringify(r) + '\n'))
    .finally(() => rmSync(tmp, { recursive: true, force: true }));
}
