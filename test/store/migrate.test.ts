import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCorpus } from '../../src/corpus/index.js';
import { writeJson } from '../../src/export/json.js';
import { sampleArticle } from './contract.js';
import { migrateStore } from '../../src/store/migrate.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { testPostgres } from '../../bench/pg-server.js';

const server = await testPostgres();
afterAll(() => server.stop());
const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-migrate-'));

async function exportOf(store: Store): Promise<string> {
  let out = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  await writeJson(store, sink, { generated: '2024-01-01T00:00:00Z' });
  return out;
}

/** A small store with versions, duplicates, several outlets and the corpus stages' results. */
async function seeded(file: string): Promise<Store> {
  const store = openSqliteStore(file);
  const articles = [];
  for (let n = 1; n <= 60; n++) {
    articles.push(
      sampleArticle(n, {
        value: 100 + (n % 7) * 10,
        outlet: ['Valley Times', 'Coast Herald', 'Daily Ledger'][n % 3],
        published: `2024-0${1 + (n % 9)}-0${1 + (n % 9)}`,
        url: `https://example.org/${n}`,
      }),
    );
  }
  await store.putArticles(articles.slice(0, 30));
  await store.putArticles(articles.slice(30));
  // A new text at a known URL: a version.
  await store.putArticles([sampleArticle(5, { url: 'https://example.org/5', value: 999, published: '2024-06-06' })]);
  // The same text under another name: a duplicate for the corpus stages.
  await store.putArticles([sampleArticle(7, { url: 'https://mirror.example.net/7', value: 100 + 7 * 10 })]);
  await runCorpus(store, { now: () => '2024-01-01T00:00:00Z' });
  return store;
}

const d = server.skip ? describe.skip : describe;

d('migrate between stores', () => {
  it('moves a SQLite store to PostgreSQL and the exports of both are equal', async () => {
    const from = await seeded(path.join(dir, 'a.db'));
    const to = await openPostgresStore(server.url!, { schema: server.schema('m') });
    const progress = await migrateStore(from, to, { batchSize: 25 });
    expect(progress).toMatchObject({ documents: 62, copied: 62, skipped: 0 });
    expect((await from.stats()).figures).toBeGreaterThan(0);
    const [a, b] = [await exportOf(from), await exportOf(to)];
    expect(JSON.parse(b).documents).toHaveLength(62);
    expect(JSON.parse(a).duplicates.length).toBeGreaterThan(0);
    expect(JSON.parse(a).claims.some((c: { figure: string | null }) => c.figure)).toBe(true);
    expect(b).toBe(a);
    // Run again (an interrupted migration resumed): nothing copied twice, exports still equal.
    expect(await migrateStore(from, to)).toMatchObject({ copied: 0, skipped: 62 });
    expect(await exportOf(to)).toBe(a);
    await from.close();
    await to.close();
  });

  it('moves it back to SQLite with the same answers (ingest times aside)', async () => {
    const origin = await seeded(path.join(dir, 'b.db'));
    const pgStore = await openPostgresStore(server.url!, { schema: server.schema('m') });
    await migrateStore(origin, pgStore);
    const back = openSqliteStore(path.join(dir, 'back.db'));
    await migrateStore(pgStore, back);
    const strip = (s: string) => s.replace(/"ingestedAt":"[^"]*"/g, '"ingestedAt":""');
    expect(strip(await exportOf(back))).toBe(strip(await exportOf(origin)));
    await Promise.all([origin.close(), pgStore.close(), back.close()]);
  });
});

describe('migrate between SQLite files', () => {
  it('carries quote speakers the corpus stages remapped', async () => {
    const from = openSqliteStore(path.join(dir, 'speakers-a.db'));
    await from.putArticles([sampleArticle(1), sampleArticle(2)]);
    await from.putCorpus({
      entities: [],
      duplicates: [],
      figures: [],
      entityRemap: { officials: 'officials-merged' },
      computedAt: '2024-01-01T00:00:00Z',
    });
    const to = openSqliteStore(path.join(dir, 'speakers-b.db'));
    await migrateStore(from, to);
    const speakers = async (s: Store) => (await s.listQuotes({})).items.map((q) => q.speaker);
    expect(await speakers(to)).toEqual(['officials-merged', 'officials-merged']);
    expect(await speakers(to)).toEqual(await speakers(from));
    await Promise.all([from.close(), to.close()]);
  });
});
