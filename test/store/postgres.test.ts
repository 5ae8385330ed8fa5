import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figureRecord } from '../helpers/corpus.js';
import { ingest } from '../../src/ingest/ingest.js';
import pg from 'pg';
import { storeContract, sampleArticle } from './contract.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openStore } from '../../src/store/open.js';
import { POSTGRES_SCHEMA_VERSION } from '../../src/store/postgres-schema.js';
import { testPostgres } from '../../bench/pg-server.js';

const server = await testPostgres();
afterAll(() => server.stop());

const opened: Array<{ close(): Promise<void> }> = [];
const open = async () => {
  const store = await openPostgresStore(server.url!, { schema: server.schema() });
  opened.push(store);
  return store;
};

storeContract('postgres', open, { skip: server.skip });

const d = server.skip ? describe.skip : describe;

d('postgres store specifics', () => {
  it('is opened by openStore for a postgres:// URL, in the schema the URL names', async () => {
    const schema = server.schema();
    const store = await openStore(server.urlFor(schema));
    expect(store.kind).toBe('postgres');
    await store.putArticles([sampleArticle(1)]);
    await store.close();
    const again = await openStore(server.urlFor(schema));
    expect((await again.stats()).documents).toBe(1);
    expect((await again.stats()).schemaVersion).toBe(POSTGRES_SCHEMA_VERSION);
    await again.close();
  });

  it('stores an article whose text and title hold NUL, where PostgreSQL text refuses NUL; records read back as in SQLite', async () => {
    const store = await open();
    const text = 'Officials said 140 people\u0000 were evacuated from the valley on Monday.';
    const article = sampleArticle(41, { text });
    article.meta.title = { value: 'Flood\u0000 toll', by: 'test', certain: true };
    const [outcome] = await store.putArticles([article]);
    expect(outcome!.status).toBe('stored');
    const doc = await store.getDocument(article.id);
    expect(doc!.title).toBe('Flood\u0000 toll');
    const claims = await store.listClaims({ document: article.id });
    expect(claims.items[0]!.evidence).toBe(text);
    // The searchable and raw text columns hold U+FFFD in its place: one UTF-16 unit, so offsets stay true.
    expect((await store.getArticle(article.id))!.raw).toBe(text.replace('\u0000', '\ufffd'));
  });

  it("refuses a schema that holds another program's tables", async () => {
    const schema = server.schema();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(`create schema ${schema}; create table ${schema}.contacts (name text)`);
    await client.end();
    await expect(openPostgresStore(server.url!, { schema })).rejects.toMatchObject({ code: 'E_DB_FOREIGN' });
  });

  it('refuses a store from a newer crosscheck', async () => {
    const schema = server.schema();
    const store = await openPostgresStore(server.url!, { schema });
    await store.pool.query("update meta set value = '99' where key = 'schema_version'");
    await store.close();
    await expect(openPostgresStore(server.url!, { schema })).rejects.toMatchObject({ code: 'E_DB_NEWER' });
  });

  it('says which database it cannot reach', async () => {
    await expect(openPostgresStore('postgres://nobody@127.0.0.1:1/none')).rejects.toMatchObject({
      code: 'E_DB_CONNECT',
    });
  });

  it('rolls back a whole batch when one article cannot be stored', async () => {
    const store = await open();
    await store.putArticles([sampleArticle(1)]);
    const bad = sampleArticle(2);
    (bad as unknown as { text: unknown }).text = null; // violates NOT NULL on documents.body
    await expect(store.putArticles([sampleArticle(3), bad])).rejects.toThrow();
    expect((await store.stats()).documents).toBe(1);
  });

  it('two writers storing overlapping batches at once store each article once', async () => {
    const schema = server.schema();
    const a = await openPostgresStore(server.url!, { schema });
    const b = await openPostgresStore(server.url!, { schema });
    opened.push(a, b);
    const batchA = Array.from({ length: 40 }, (_, i) => sampleArticle(i));
    const batchB = Array.from({ length: 40 }, (_, i) => sampleArticle(39 - i + 20)); // 20..59, reversed
    const [outA, outB] = await Promise.all([a.putArticles(batchA), b.putArticles(batchB)]);
    const stored = [...outA, ...outB].filter((o) => o.status === 'stored').length;
    expect(stored).toBe(60);
    expect([...outA, ...outB].filter((o) => o.status === 'unchanged')).toHaveLength(20);
    expect((await a.stats()).documents).toBe(60);
    expect((await a.stats()).claims).toBe(60);
  });

  it('lists in the order given by the writer, whatever order batches arrive in', async () => {
    const store = await open();
    const arts = [1, 2, 3, 4].map((n) => sampleArticle(n));
    // Written second half first, as two workers finishing out of order would.
    await store.putArticles(arts.slice(2), { order: [102, 103] });
    await store.putArticles(arts.slice(0, 2), { order: [100, 101] });
    expect((await store.listDocuments()).items.map((x) => x.title)).toEqual([
      'Sample 1',
      'Sample 2',
      'Sample 3',
      'Sample 4',
    ]);
    const claims: string[] = [];
    for await (const c of store.iterateClaims()) claims.push(c.document);
    expect(claims).toEqual(arts.map((x) => x.id));
  });

  it('replaces corpus results safely when two coordinators write at once', async () => {
    const store = await open();
    const out = await store.putArticles([sampleArticle(1), sampleArticle(2)]);
    const result = (tag: string) => ({
      entities: [
        { id: 'officials', name: tag, type: 'organization', aliases: [], roles: [], documents: out.map((o) => o.id) },
      ],
      duplicates: [{ document: out[1]!.id, of: out[0]!.id, kind: 'duplicate' as const, similarity: 0.9 }],
      figures: [figureRecord('f', [], { label: tag })],
      computedAt: tag,
    });
    await Promise.all([store.putCorpus(result('A')), store.putCorpus(result('B')), store.putCorpus(result('C'))]);
    expect((await store.listEntities()).total).toBe(1);
    expect(await store.listDuplicates()).toHaveLength(1);
    expect((await store.listFigures()).total).toBe(1);
  });
});

d('postgres store: a server that ends its connections (a restart)', () => {
  /** End one backend from another connection, as a server restart or an administrator does. */
  async function terminate(pid: number): Promise<void> {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('select pg_terminate_backend($1)', [pid]);
    await admin.end();
  }
  const onePool = async () => {
    const store = await openPostgresStore(server.url!, { schema: server.schema(), max: 1 });
    opened.push(store);
    return store;
  };

  it("fails the work of a checked-out connection it ends, and no client 'error' event crashes the process", async () => {
    const store = await onePool();
    await store.putArticles([sampleArticle(1)]);
    const read = store.snapshot(async (view) => {
      const pid = (await (view as typeof store).pool.query<{ pid: number }>('select pg_backend_pid() pid')).rows[0]!
        .pid;
      await terminate(pid);
      // The client sits checked out between two queries while the server's notice of the end arrives.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (await view.stats()).documents;
    });
    await expect(read).rejects.toThrow();
    expect((await store.stats()).documents).toBe(1);
  });

  it('ingest tries a batch again once the connection it used was ended, and stores every article', async () => {
    const store = await onePool();
    const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-pg-restart-'));
    for (let i = 0; i < 3; i++)
      writeFileSync(
        path.join(folder, `${i}.txt`),
        `Strike day ${i}\n\nThe union said ${300 + i} workers walked out at the port on Tuesday.\n`,
      );
    const put = store.putArticles.bind(store);
    let ended = false;
    store.putArticles = async (articles) => {
      if (!ended) {
        ended = true;
        const pid = (await store.pool.query<{ pid: number }>('select pg_backend_pid() pid')).rows[0]!.pid;
        await terminate(pid);
        // What a transaction in flight meets when the server restarts under it.
        throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
      }
      return put(articles);
    };
    try {
      const summary = await ingest([folder], store, { batchSize: 1 });
      expect(summary.failures).toEqual([]);
      expect(summary.stored).toBe(3);
      expect((await store.stats()).documents).toBe(3);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

afterAll(async () => {
  for (const s of opened) await s.close().catch(() => {});
});
