/**
 * Crashes and concurrency, with real processes running the built CLI
 * (dist/; built here when missing or older than the sources):
 * - an ingest of thousands of articles killed with SIGKILL at random moments
 *   and restarted ends with exactly the store of a clean run: no half-stored
 *   article, no duplicate;
 * - two ingests at once against one database both finish, with the same store;
 * - the worker-thread analyzer stores exactly what the in-process one does.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { autoAnalyzer, workerAnalyzer } from '../../src/ingest/workers.js';
import { createContext } from '../../src/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ensureBuilt, snapshot, tempDir } from './helpers.js';
import { rng } from '../../bench/corpus-gen.js';

const root = path.resolve(import.meta.dirname, '../..');
const cliJs = path.join(root, 'dist/src/cli/main.js');
const N = Number(process.env.CRASH_ARTICLES ?? 2000);
let dir: string;
let articles: string;

const PLACES = [
  'Riverton',
  'Kalmar Bay',
  'North Ashby',
  'Port Elden',
  'San Teodoro',
  'Velmora',
  'Oakridge',
  'Lake Sund',
];
const WHO = ['the regional governor', 'the fire service', 'the health ministry', 'police', 'the mayor', 'aid agencies'];

function writeArticles(folder: string, n: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length]!;
    const who = WHO[(i * 7) % WHO.length]!;
    writeFileSync(
      path.join(folder, `${String(i).padStart(5, '0')}.txt`),
      `Storm hits ${place}, report ${i}\n\nAt least ${10 + (i % 90)} people were hurt and ${100 + i} homes damaged in ${place} on Monday, ${who} said.\n\n"We have moved ${20 + (i % 300)} families to shelters," ${who} told reporters.\n`,
    );
  }
}

/** Articles stored in a store file so far (0 while it does not exist yet or is being created). */
function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, timeout: 50 });
    try {
      return (d.prepare('select count(*) n from articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

/**
 * Run the CLI; with `kill`, SIGKILL it once the store holds at least
 * `kill.atStored` articles (after a further random delay of up to
 * `kill.jitterMs`), so the kill lands mid-ingest however loaded the machine is.
 */
function runCli(
  args: string[],
  kill?: { db: string; atStored: number; jitterMs: number },
): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliJs, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let poll: NodeJS.Timeout | null = null;
    if (kill) {
      poll = setInterval(() => {
        if (storedCount(kill.db) >= kill.atStored) {
          clearInterval(poll!);
          poll = null;
          setTimeout(() => child.kill('SIGKILL'), kill.jitterMs);
        }
      }, 20);
    }
    child.on('exit', (code, signal) => {
      if (poll) clearInterval(poll);
      resolve({ code, signal, stderr });
    });
  });
}

/** Integrity of a store file: SQLite's own check, every article has its document, no source twice. */
function integrity(db: string): { check: string; orphans: number; duplicates: number } {
  const d = new Database(db, { readonly: true });
  try {
    return {
      check: String(d.pragma('integrity_check', { simple: true })),
      orphans: (
        d
          .prepare('select count(*) n from articles a left join documents d on d.id = a.id where d.id is null')
          .get() as { n: number }
      ).n,
      duplicates: (
        d.prepare('select count(*) n from (select source from articles group by source having count(*) > 1)').get() as {
          n: number;
        }
      ).n,
    };
  } finally {
    d.close();
  }
}

beforeAll(() => {
  ensureBuilt('dist/src/ingest/workers.js');
  dir = tempDir('processes');
  articles = path.join(dir, 'articles');
  writeArticles(articles, N);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crashes', () => {
  it(`SIGKILL at random moments during an ingest of ${N} articles, then a restart, gives the store of a clean run`, async () => {
    const clean = path.join(dir, 'clean.db');
    const ok = await runCli(['ingest', articles, '--db', clean, '--no-corpus', '--batch-size', '50']);
    expect(ok.code, ok.stderr).toBe(0);
    const expected = snapshot(clean);
    expect(expected.counts.articles).toBe(N);

    const crashed = path.join(dir, 'crashed.db');
    const rand = rng(Number(process.env.CRASH_SEED ?? 7));
    // Kill moments are chosen by progress (articles stored), not by the clock: the test means the same on a loaded
    // machine.
    let kills = 0;
    let partial = 0;
    for (let round = 0; round < 6; round++) {
      // Each round kills once a random share more of the articles is stored, plus a random delay inside the next batch.
      const before = storedCount(crashed);
      const atStored = Math.min(N - 1, before + 1 + Math.floor(rand() * ((N - before) / 4)));
      const r = await runCli(['ingest', articles, '--db', crashed, '--no-corpus', '--batch-size', '50'], {
        db: crashed,
        atStored,
        jitterMs: Math.round(rand() * 150),
      });
      if (r.signal === 'SIGKILL') kills++;
      if (existsSync(crashed)) {
        const i = integrity(crashed);
        expect(i).toEqual({ check: 'ok', orphans: 0, duplicates: 0 });
        const n = snapshot(crashed).counts.articles!;
        if (n > 0 && n < N) partial++;
      }
    }
    expect(kills).toBeGreaterThan(0);
    // At least one kill landed mid-ingest, with part of the batch stored (else the test proves little).
    expect(partial).toBeGreaterThan(0);
    const last = await runCli(['ingest', articles, '--db', crashed, '--no-corpus', '--batch-size', '50']);
    expect(last.code, last.stderr).toBe(0);
    expect(integrity(crashed)).toEqual({ check: 'ok', orphans: 0, duplicates: 0 });
    const got = snapshot(crashed);
    expect(got.counts).toEqual(expected.counts);
    expect(got.articles.length).toBe(expected.articles.length);
    for (let i = 0; i < got.articles.length; i++) expect(got.articles[i]).toEqual(expected.articles[i]);
  }, 900_000);
});

describe('concurrency', () => {
  it('two ingests at once against the same database both finish, storing each article once', async () => {
    const clean = path.join(dir, 'clean-small.db');
    const half = path.join(dir, 'half');
    writeArticles(half, Math.min(N, 400));
    const ok = await runCli(['ingest', half, '--db', clean, '--no-corpus', '--batch-size', '25']);
    expect(ok.code, ok.stderr).toBe(0);
    const shared = path.join(dir, 'shared.db');
    const [a, b] = await Promise.all([
      runCli(['ingest', half, '--db', shared, '--no-corpus', '--batch-size', '25']),
      runCli(['ingest', half, '--db', shared, '--no-corpus', '--batch-size', '25']),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(integrity(shared)).toEqual({ check: 'ok', orphans: 0, duplicates: 0 });
    const want = snapshot(clean);
    const got = snapshot(shared);
    expect(got.counts).toEqual(want.counts);
    expect(got.articles).toEqual(want.articles);
  }, 600_000);
});

describe('worker threads', () => {
  it('store exactly what the in-process analyzer stores', async () => {
    const folder = path.join(dir, 'workers');
    writeArticles(folder, 120);
    const one = openSqliteStore(path.join(dir, 'inproc.db'));
    await ingest([folder], one, { batchSize: 40 });
    await one.close();
    const analyzer = workerAnalyzer(2);
    const two = openSqliteStore(path.join(dir, 'workers.db'));
    try {
      const s = await ingest([folder], two, { batchSize: 40, analyzer });
      expect(s.failures).toEqual([]);
      expect(s.stored).toBe(120);
    } finally {
      await analyzer.close();
      await two.close();
    }
    expect(snapshot(path.join(dir, 'workers.db'))).toEqual(snapshot(path.join(dir, 'inproc.db')));
  }, 300_000);

  /** An analyzer over a stand-in worker script (`body` runs on each request `req`), closed after `use`. */
  async function withWorkerScript<A extends { close(): Promise<void> }>(
    name: string,
    body: string,
    make: (script: string) => A,
    use: (analyzer: A) => Promise<void>,
  ): Promise<void> {
    const script = path.join(dir, name);
    // `pack` is the real workers' packing of an analysis (packAnalysis), for stand-ins that reply with one.
    const packed = pathToFileURL(path.join(root, 'dist/src/ingest/packed.js')).href;
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads'; import { packAnalysis as pack } from '${packed}'; parentPort.on('message', (req) => { ${body} });\n`,
    );
    const analyzer = make(script);
    try {
      await use(analyzer);
    } finally {
      await analyzer.close();
    }
  }
  const ctx = { config: { repeatedLineMinArticles: 3, gazetteer: [], maxChars: 1000 } };

  it('a worker failure fails only its batch, with the reason, and the analyzer keeps working', async () => {
    const body =
      "if (req.inputs[0].raw.includes('CRASH')) process.exit(3); parentPort.postMessage({ id: req.id, analyses: [], raw: [] });";
    await withWorkerScript(
      'bad-worker.mjs',
      body,
      (script) => workerAnalyzer(1, { script }),
      async (analyzer) => {
        await expect(analyzer.analyse([{ source: 'a', raw: 'CRASH', format: 'text' }], ctx)).rejects.toThrow(
          /exit code 3/,
        );
        await expect(analyzer.analyse([{ source: 'b', raw: 'fine', format: 'text' }], ctx)).resolves.toEqual([]);
      },
    );
  });

  it('the default analyzer keeps a small run in this thread and starts workers for a larger one', async () => {
    const body =
      'parentPort.postMessage({ id: req.id, analyses: req.inputs.map((i) => pack({ source: i.source, byWorker: true })), raw: req.inputs.map(() => null) });';
    await withWorkerScript(
      'marker-worker.mjs',
      body,
      (script) => autoAnalyzer(2, { script, threshold: 3 }),
      async (analyzer) => {
        const full = createContext();
        const small = await analyzer.analyse(
          [
            { source: 'a.txt', raw: 'The council said 200 homes were flooded.', format: 'text' },
            { source: 'b.txt', raw: 'Another 50 homes were flooded.', format: 'text' },
          ],
          full,
        );
        expect(small.map((a) => (a as unknown as { byWorker?: boolean }).byWorker ?? a.text)).toEqual([
          'The council said 200 homes were flooded.',
          'Another 50 homes were flooded.',
        ]);
        const later = await analyzer.analyse(
          [
            { source: 'c.txt', raw: 'Officials said 10 roads were closed.', format: 'text' },
            { source: 'd.txt', raw: 'x', format: 'text' },
          ],
          full,
        );
        expect(later.map((a) => (a as unknown as { byWorker?: boolean }).byWorker)).toEqual([true, true]);
        expect(later[0]!.raw).toBe('Officials said 10 roads were closed.');
      },
    );
    // A first call that brings the run to the threshold (ingest's first group of HTML pages) goes to the workers at
    // once.
    await withWorkerScript(
      'marker-worker-2.mjs',
      body,
      (script) => autoAnalyzer(2, { script, threshold: 3 }),
      async (analyzer) => {
        const inputs = ['a', 'b', 'c'].map((x) => ({
          source: `${x}.txt`,
          raw: `Officials said 10 roads were closed in ${x}.`,
          format: 'text' as const,
        }));
        const first = await analyzer.analyse(inputs, createContext());
        expect(first.map((a) => (a as unknown as { byWorker?: boolean }).byWorker)).toEqual([true, true, true]);
      },
    );
  });

  it('a reply that cannot be read fails its chunk with the reason, and the analyzer keeps working', async () => {
    const body =
      "parentPort.postMessage(req.inputs[0].raw === 'GARBLED' ? { id: req.id, analyses: [{ bytes: Buffer.from('{\"id\":{not json}'), keys: ['id'], at: [6, 16] }], raw: [null] } : { id: req.id, analyses: [], raw: [] });";
    await withWorkerScript(
      'garbled-worker.mjs',
      body,
      (script) => workerAnalyzer(1, { script }),
      async (analyzer) => {
        await expect(analyzer.analyse([{ source: 'a', raw: 'GARBLED', format: 'text' }], ctx)).rejects.toThrow(
          /reply could not be read: .*JSON/,
        );
        await expect(analyzer.analyse([{ source: 'b', raw: 'fine', format: 'text' }], ctx)).resolves.toEqual([]);
      },
    );
  });

  it('chunks are posted at once; a worker that dies fails the ones it held, and a fresh worker takes the next', async () => {
    const body =
      "const end = Date.now() + 50; while (Date.now() < end); if (req.inputs[0].raw.includes('CRASH')) process.exit(3); parentPort.postMessage({ id: req.id, analyses: [], raw: [] });";
    await withWorkerScript(
      'slow-bad-worker.mjs',
      body,
      (script) => workerAnalyzer(1, { script }),
      async (analyzer) => {
        // Both are in the one worker's queue before it reads the first: the crash takes both.
        const first = analyzer.analyse([{ source: 'a', raw: 'CRASH', format: 'text' }], ctx);
        const second = analyzer.analyse([{ source: 'b', raw: 'fine', format: 'text' }], ctx);
        await expect(first).rejects.toThrow(/exit code 3/);
        await expect(second).rejects.toThrow(/exit code 3/);
        await expect(analyzer.analyse([{ source: 'c', raw: 'fine', format: 'text' }], ctx)).resolves.toEqual([]);
      },
    );
  });
});
