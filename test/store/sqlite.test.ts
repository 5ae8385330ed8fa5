import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { figureRecord } from '../helpers/corpus.js';
import { storeContract, sampleArticle } from './contract.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { CrosscheckError } from '../../src/errors.js';
import { SCHEMA_VERSION, sqliteMigrations } from '../../src/store/sqlite-schema.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-sqlite-'));
let n = 0;
storeContract('sqlite', async () => openSqliteStore(path.join(dir, `t${n++}.db`)));

describe('sqlite store files', () => {
  it('makes a new file with 16 KB pages, and keeps the page size of a file made before', async () => {
    const fresh = openSqliteStore(path.join(dir, 'pages-new.db'));
    expect(fresh.db.pragma('page_size', { simple: true })).toBe(16384);
    await fresh.close();
    // A store made with SQLite's 4 KB pages (as before) opens, takes articles and keeps its pages.
    const file = path.join(dir, 'pages-old.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec(sqliteMigrations.join('\n'));
    old.pragma(`user_version = ${SCHEMA_VERSION}`);
    old.pragma(`application_id = ${0x63726f73}`);
    old.close();
    const store = openSqliteStore(file);
    try {
      expect(store.db.pragma('page_size', { simple: true })).toBe(4096);
      store.putArticlesSync([sampleArticle(7)]);
      expect((await store.getArticle(sampleArticle(7).id))?.raw).toBe(sampleArticle(7).raw);
    } finally {
      await store.close();
    }
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const file = path.join(dir, 'notes.db');
    writeFileSync(file, 'my precious notes');
    expect(() => openSqliteStore(file)).toThrow(CrosscheckError);
    try {
      openSqliteStore(file);
    } catch (err) {
      expect((err as CrosscheckError).code).toBe('E_DB_FOREIGN');
    }
  });

  it("refuses another program's SQLite database", () => {
    const file = path.join(dir, 'other.db');
    const db = new Database(file);
    db.exec('create table contacts (name text)');
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/another program/);
  });

  it('refuses a corrupt database file', () => {
    const file = path.join(dir, 'corrupt.db');
    const store = openSqliteStore(file);
    store.putArticlesSync([sampleArticle(1)]);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.db.close();
    const buf = readFileSync(file);
    for (let i = 4096; i < buf.length; i += 7) buf[i] = 0xff;
    writeFileSync(file, buf);
    expect(() => openSqliteStore(file)).toThrow(CrosscheckError);
  });

  it('migrates a database of an older schema version on open, keeping its data', async () => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    old.exec(sqliteMigrations[0]!);
    old.pragma('user_version = 1');
    old.pragma(`application_id = ${0x63726f73}`);
    old.close();
    const store = openSqliteStore(file);
    await store.putArticles([sampleArticle(1)]);
    store.db.close();
    const reopened = openSqliteStore(file);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const indexes = reopened.db
      .prepare("select name from sqlite_master where type = 'index' and name = 'claims_status'")
      .all();
    expect(indexes).toHaveLength(1);
    expect((await reopened.stats()).documents).toBe(1);
    await reopened.close();
  });

  it('refuses a database from a newer crosscheck', () => {
    const file = path.join(dir, 'newer.db');
    const store = openSqliteStore(file);
    store.db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    store.db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer/);
  });

  it('rolls back a whole batch when one article cannot be stored', async () => {
    const store = openSqliteStore(path.join(dir, 'tx.db'));
    await store.putArticles([sampleArticle(1)]);
    const bad = sampleArticle(2);
    (bad as unknown as { text: unknown }).text = null; // violates NOT NULL on documents.body
    await expect(store.putArticles([sampleArticle(3), bad])).rejects.toThrow();
    expect((await store.stats()).documents).toBe(1);
    await store.close();
  });
});

describe('the corpus write and other writers', () => {
  it('holds no lock on the store while the figures are reconciled, so another process can write meanwhile', async () => {
    const file = path.join(dir, 'corpus-lock.db');
    const store = openSqliteStore(file);
    await store.putArticles([sampleArticle(1), sampleArticle(2)]);
    const claims = (await store.listClaims({})).items.map((c) => c.id);
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    const writes: string[] = [];
    function* figures() {
      for (let i = 0; i < 2; i++) {
        // Another process's ingest commits while this one reconciles: it must not meet a held lock.
        try {
          other.exec("begin immediate; insert or replace into meta (key, value) values ('other', 'x'); commit");
          writes.push('ok');
        } catch (err) {
          writes.push(String((err as Error).message));
          if (other.inTransaction) other.exec('rollback');
        }
        yield figureRecord(`f-${i}`, i ? claims.slice(1) : claims.slice(0, 1), {
          label: `Figure ${i}`,
          reconciliation: { n: i },
        });
      }
    }
    await store.putCorpus({ entities: [], duplicates: [], figures: figures(), computedAt: '2024-01-01T00:00:00Z' });
    expect(writes).toEqual(['ok', 'ok']);
    expect((await store.listFigures()).items.map((f) => f.id)).toEqual(['f-0', 'f-1']);
    expect((await store.listClaims({ figure: 'f-1' })).total).toBe(claims.length - 1);
    other.close();
    await store.close();
  });
});
