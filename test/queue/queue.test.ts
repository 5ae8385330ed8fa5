/**
 * Distributed ingest against a real PostgreSQL: the same answers from three
 * worker processes as from one process; a worker killed mid-job loses
 * nothing and stores nothing twice; a second enqueuer started by mistake
 * corrupts nothing; SIGTERM finishes the job in hand.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { defaultConfig } from '../../src/pipeline.js';
import { enqueue } from '../../src/queue/enqueue.js';
import { queueStatus } from '../../src/queue/status.js';
import { runCorpus } from '../../src/corpus/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { dumpStore, fakeAnalyzer, writeCorpus } from '../../bench/queue-fixtures.js';
import { testPostgres } from '../../bench/pg-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const viteNode = path.join(root, 'node_modules/.bin/vite-node');
const entry = path.join(root, 'test/queue/worker-entry.ts');

const server = await testPostgres();
afterAll(() => server.stop());
const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-queue-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

interface Worker {
  child: ChildProcess;
  lines: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
  /** Resolves on the first log line with this message. */
  waitFor(msg: string): Promise<Record<string, unknown>>;
}

function startWorker(db: string, env: Record<string, string> = {}): Worker {
  const child = spawn(viteNode, [entry], {
    cwd: root,
    env: { ...process.env, CROSSCHECK_DB: db, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: Array<Record<string, unknown>> = [];
  const waiters: Array<{ msg: string; resolve: (l: Record<string, unknown>) => void }> = [];
  let buf = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buf += chunk.toString();
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const text = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        const line = JSON.parse(text) as Record<string, unknown>;
        lines.push(line);
        for (const w of waiters.filter((w) => w.msg === line.msg)) w.resolve(line);
      } catch {
        /* not a log line */
      }
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      if (code) console.error(`worker ${child.pid} exited ${code}: ${err.slice(-2000)}`);
      resolve(code);
    }),
  );
  return {
    child,
    lines,
    exited,
    waitFor: (msg) => {
      const had = lines.find((l) => l.msg === msg);
      return had ? Promise.resolve(had) : new Promise((resolve) => waiters.push({ msg, resolve }));
    },
  };
}

/** The one-process answer: `ingest` into SQLite, then the corpus stages. */
async function reference(files: string[], name: string, batchSize = 200, real = false): Promise<string> {
  const store = openSqliteStore(path.join(tmp, `${name}.db`));
  // A full config: createContext (src/pipeline.ts) lets a partial or undefined `config` replace the defaults.
  const summary = await ingest(files, store, {
    analyzer: real ? undefined : fakeAnalyzer,
    config: { ...defaultConfig },
    batchSize,
  });
  expect(summary.failed).toBe(0);
  expect(summary.stored).toBeGreaterThan(100);
  await runCorpus(store);
  const dump = await dumpStore(store);
  await store.close();
  return dump;
}

async function dumpOf(url: string): Promise<string> {
  const store = await openPostgresStore(url);
  try {
    return await dumpStore(store);
  } finally {
    await store.close();
  }
}

const d = server.skip ? describe.skip : describe;
const N = Number(process.env.CROSSCHECK_QUEUE_N ?? 2000);

d('distributed ingest (pg-boss workers)', () => {
  it(`gives the same answers from three worker processes as from one process (${N} articles)`, async () => {
    const files = writeCorpus(path.join(tmp, 'a'), N);
    const expected = await reference(files, 'a');
    const url = server.urlFor(server.schema('q'));
    const summary = await enqueue(files, { db: url });
    expect(summary.jobs).toBeGreaterThanOrEqual(Math.floor(N / 200));
    const workers = [0, 1, 2].map(() => startWorker(url, { CROSSCHECK_IDLE_MS: '2500' }));
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes).toEqual([0, 0, 0]);
    // Every worker took part, and each job was done exactly once.
    const done = workers.map((w) => w.lines.filter((l) => l.msg === 'job done').length);
    expect(done.reduce((a, b) => a + b, 0)).toBe(summary.jobs);
    expect(done.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    const status = await queueStatus(url);
    expect(status).toMatchObject({
      idle: true,
      ingest: { completed: summary.jobs, failed: 0, articlesDone: summary.queued },
    });
    expect(status.corpus.completed).toBeGreaterThanOrEqual(1);
    expect(await dumpOf(url)).toBe(expected);
  }, 300_000);

  it('gives the same answers with the real per-article stages (400 articles, three workers)', async () => {
    const files = writeCorpus(path.join(tmp, 'r'), 400, 5);
    const expected = await reference(files, 'r', 100, true);
    const url = server.urlFor(server.schema('q'));
    const summary = await enqueue(files, { db: url, batchSize: 100 });
    const workers = [0, 1, 2].map(() => startWorker(url, { CROSSCHECK_IDLE_MS: '2500', CROSSCHECK_ANALYZER: 'real' }));
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0, 0]);
    expect((await queueStatus(url)).ingest).toMatchObject({ completed: summary.jobs, failed: 0 });
    const dump = await dumpOf(url);
    expect(JSON.parse(dump).claims.length).toBeGreaterThan(100);
    expect(dump).toBe(expected);
  }, 300_000);

  it('loses nothing and stores nothing twice when a worker is killed mid-job, or a second enqueuer runs the same inputs', async () => {
    const files = writeCorpus(path.join(tmp, 'b'), 700, 11);
    const expected = await reference(files, 'b', 100);
    const url = server.urlFor(server.schema('q'));
    // Two coordinators at once, by mistake: every batch is queued twice.
    const [one, two] = await Promise.all([
      enqueue(files, { db: url, jobTimeoutSeconds: 10, batchSize: 100 }),
      enqueue(files, { db: url, jobTimeoutSeconds: 10, batchSize: 100 }),
    ]);
    expect(one.jobs).toBe(two.jobs);
    const doomed = startWorker(url, { CROSSCHECK_SLOW_MS: '60000' });
    await doomed.waitFor('job started');
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    expect((await queueStatus(url)).ingest.active).toBe(1); // the killed worker's job, not yet expired
    const rescuers = [0, 1].map(() => startWorker(url, { CROSSCHECK_IDLE_MS: '2500', CROSSCHECK_MAINTENANCE_S: '1' }));
    expect(await Promise.all(rescuers.map((w) => w.exited))).toEqual([0, 0]);
    const status = await queueStatus(url);
    expect(status.ingest).toMatchObject({ completed: one.jobs + two.jobs, failed: 0, queued: 0, active: 0 });
    const outcomes = rescuers.flatMap((w) => w.lines.filter((l) => l.msg === 'job done'));
    expect(outcomes.reduce((n, l) => n + Number(l.stored), 0)).toBe(one.queued);
    expect(await dumpOf(url)).toBe(expected);
  }, 300_000);

  it('finishes the job in hand on SIGTERM, then stops', async () => {
    const files = writeCorpus(path.join(tmp, 'c'), 300, 3);
    const url = server.urlFor(server.schema('q'));
    const summary = await enqueue(files, { db: url, batchSize: 100 });
    const worker = startWorker(url, { CROSSCHECK_SLOW_MS: '1500' });
    await worker.waitFor('job started');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    const msgs = worker.lines.map((l) => l.msg);
    expect(msgs.indexOf('job done')).toBeGreaterThan(msgs.indexOf('worker stopping'));
    expect(msgs).toContain('worker stopped');
    const status = await queueStatus(url);
    expect(status.ingest.completed).toBe(1);
    expect(status.ingest.queued).toBe(summary.jobs - 1);
    expect(status.ingest.active).toBe(0);
  }, 120_000);
});

describe('queue without PostgreSQL', () => {
  it('refuses to enqueue into a SQLite store, saying what to give instead', async () => {
    await expect(enqueue(['corpus/demo'], { db: path.join(tmp, 'x.db') })).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/postgres:\/\//),
    });
  });
});

d('queue status', () => {
  it('reports an empty, idle queue before anything was enqueued', async () => {
    const status = await queueStatus(server.urlFor(server.schema('q')));
    expect(status).toMatchObject({
      idle: true,
      ingest: { queued: 0, active: 0, completed: 0, failed: 0 },
      corpus: { lastCompletedOn: null },
    });
  });
});
