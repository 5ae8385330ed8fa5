/**
 * Two ingests at once against one store, from two processes, with
 * overlapping inputs in opposite orders: both finish, every article is
 * stored exactly once, and the outcomes add up.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import { testPostgres } from '../../bench/pg-server.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const viteNode = path.join(root, 'node_modules/.bin/vite-node');
const writer = path.join(root, 'test/store/concurrent-writer.ts');
const server = await testPostgres();
afterAll(() => server.stop());

async function twoWriters(location: string) {
  // 0..199 ascending and 100..299 descending: 100 articles wanted by both.
  const [a, b] = await Promise.all([
    run(viteNode, [writer, '--', location, '0', '200', '0'], { cwd: root }),
    run(viteNode, [writer, '--', location, '100', '300', '1'], { cwd: root }),
  ]);
  const ca = JSON.parse(a.stdout.trim().split('\n').pop()!) as Record<string, number>;
  const cb = JSON.parse(b.stdout.trim().split('\n').pop()!) as Record<string, number>;
  expect(ca.stored! + cb.stored!).toBe(300);
  expect(ca.unchanged! + cb.unchanged!).toBe(100);
  const store = await openStore(location);
  const stats = await store.stats();
  await store.close();
  expect(stats).toMatchObject({ documents: 300, claims: 300 });
}

describe('two writer processes at once', () => {
  it('SQLite: both finish and each article is stored once', async () => {
    await twoWriters(path.join(mkdtempSync(path.join(tmpdir(), 'crosscheck-conc-')), 'shared.db'));
  }, 120_000);

  (server.skip ? it.skip : it)(
    'PostgreSQL: both finish and each article is stored once',
    async () => {
      await twoWriters(server.urlFor(server.schema('c')));
    },
    120_000,
  );
});
