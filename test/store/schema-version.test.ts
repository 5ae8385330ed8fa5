import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CrosscheckError } from '../../src/errors.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { postgresMigrations } from '../../src/store/postgres-schema.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { sqliteMigrations } from '../../src/store/sqlite-schema.js';
import { testPostgres } from '../../bench/pg-server.js';
import { sampleArticle } from './contract.js';

const server = await testPostgres();
const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-schema-'));
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the store schema version', () => {
  it('is the same step count in both stores (a change one store needs gets a no-op step in the other)', () => {
    expect(postgresMigrations.length, 'add the matching step to the other migration list').toBe(
      sqliteMigrations.length,
    );
  });

  it.skipIf(server.skip)('is reported the same by SQLite and PostgreSQL for the same data', async () => {
    const lite = openSqliteStore(':memory:');
    const pg = await openPostgresStore(server.url!, { schema: server.schema() });
    try {
      await lite.putArticles([sampleArticle(1)]);
      await pg.putArticles([sampleArticle(1)]);
      const [a, b] = [await lite.stats(), await pg.stats()];
      expect(a.documents).toBe(b.documents);
      expect(b.schemaVersion).toBe(a.schemaVersion);
    } finally {
      await lite.close();
      await pg.close();
    }
  });
});

describe('quick_check on open', () => {
  /** A store whose data page (not its schema page) is damaged: only a full read of the pages finds it. */
  function damagedStore(name: string): string {
    const file = path.join(dir, name);
    const store = openSqliteStore(file);
    store.putArticlesSync(Array.from({ length: 20 }, (_, i) => sampleArticle(i + 1)));
    // The articles table's root page: a b-tree page that opening the store never reads, but quick_check does.
    const root = (
      store.db.prepare("select rootpage from sqlite_master where name = 'articles'").get() as { rootpage: number }
    ).rootpage;
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.db.close();
    const buf = readFileSync(file);
    const pageSize = buf.readUInt16BE(16);
    const page = root - 1;
    for (let i = page * pageSize + 100; i < (page + 1) * pageSize; i += 7) buf[i] = 0xff;
    writeFileSync(file, buf);
    return file;
  }

  it('runs on a store up to the size limit, and refuses a damaged one', () => {
    const file = damagedStore('small.db');
    expect(() => openSqliteStore(file)).toThrow(CrosscheckError);
  });

  it('is skipped past the size limit, so a large store opens without reading every page', () => {
    const file = damagedStore('large.db');
    const store = openSqliteStore(file, { quickCheckMaxBytes: 1024 });
    expect(store.db.pragma('user_version', { simple: true })).toBe(sqliteMigrations.length);
    store.db.close();
    // Plain SQLite confirms the damage the open did not look for.
    const db = new Database(file, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).not.toBe('ok');
    db.close();
  });
});

describe('the word-stem step (5 → 6)', () => {
  it('re-indexes the full text of a store written before it, so old articles are found by stems', async () => {
    const file = path.join(dir, 'unstemmed.db');
    const store = openSqliteStore(file);
    store.putArticlesSync([sampleArticle(1)]);
    store.db.close();
    // The store as version 5 left it: full text without stems.
    const db = new Database(file);
    db.exec(`
      drop table documents_fts; drop table claims_fts;
      create virtual table documents_fts using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
      create virtual table claims_fts using fts5(evidence, tokenize = 'unicode61 remove_diacritics 2');
      insert into documents_fts (rowid, title, body) select rowid, title, body from documents;
      insert into claims_fts (rowid, evidence) select rowid, evidence from claims;
      drop table corpus_docs; drop table corpus_entities; alter table figures drop column sort_key;
    `);
    db.pragma('user_version = 5');
    expect(db.prepare("select count(*) n from claims_fts where claims_fts match 'evacuate'").get()).toEqual({ n: 0 });
    db.close();
    const again = openSqliteStore(file);
    try {
      const hits = await again.search('evacuate');
      expect(hits.items.map((h) => h.kind).sort()).toEqual(['claim', 'document']);
    } finally {
      await again.close();
    }
  });
});
