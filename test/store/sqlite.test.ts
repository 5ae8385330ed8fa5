import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { figureRecord } from '../helpers/corpus.js';
import { storeContract, sampleArticle } from './contract.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { unpackArticle, unpackJson } from '../../src/store/packed-row.js';
import { ingest } from '../../src/ingest/ingest.js';
import { runCorpus } from '../../src/corpus/index.js';
import { defaultConfig } from '../../src/pipeline.js';
import { CrosscheckError } from '../../src/errors.js';
import { SCHEMA_VERSION, sqliteMigrations } from '../../src/store/sqlite-schema.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-sqlite-'));
let n = 0;
type Row = Record<string, unknown>;
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

describe('the corpus write in chunks', () => {
  it('writes a chunk per short transaction, and swaps the whole corpus in for readers at once', async () => {
    const file = path.join(dir, 'corpus-chunks.db');
    const store = openSqliteStore(file);
    await store.putArticles([sampleArticle(1), sampleArticle(2)]);
    const claims = (await store.listClaims({})).items.map((c) => c.id);
    const computedAt = '2024-01-01T00:00:00Z';
    await store.putCorpus({ entities: [], duplicates: [], figures: [figureRecord('old', claims)], computedAt });
    const reader = new Database(file, { readonly: true });
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    const count = () => (reader.prepare('select count(*) n from figures').get() as { n: number }).n;
    const seen: number[] = [];
    const writes: string[] = [];
    function* figures() {
      for (let i = 0; i < 10; i++) {
        // Between chunks of three: readers still see the last corpus, and another process can write.
        if (i % 3 === 0) {
          seen.push(count());
          try {
            other.exec("begin immediate; insert or replace into meta (key, value) values ('other', 'x'); commit");
            writes.push('ok');
          } catch (err) {
            writes.push(String((err as Error).message));
            if (other.inTransaction) other.exec('rollback');
          }
        }
        yield figureRecord(`f-${i}`, i === 0 ? claims : [], { label: `Figure ${i}` });
      }
    }
    await store.putCorpus({ entities: [], duplicates: [], figures: figures(), computedAt }, { chunkRows: 3 });
    expect(seen).toEqual([1, 1, 1, 1]);
    expect(writes).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(count()).toBe(10);
    expect((await store.listClaims({ figure: 'f-0' })).total).toBe(claims.length);
    expect((await store.listClaims({ figure: 'old' })).total).toBe(0);
    // The swapped-in tables keep the live ones' indexes; no staging table is left.
    const names = (sql: string) => (store.db.prepare(sql).all() as Array<{ name: string }>).map((r) => r.name);
    expect(names("select name from sqlite_master where tbl_name = 'figures' and type = 'index' order by name")).toEqual(
      ['figures_claims', 'figures_part_of', 'figures_story', 'sqlite_autoindex_figures_1'],
    );
    expect(names("select name from sqlite_master where name like '%_next'")).toEqual([]);
    expect(() => store.db.prepare("insert into figures (id, record) values ('f-1', '{}')").run()).toThrow(/UNIQUE/);
    reader.close();
    other.close();
    await store.close();
  });
});

describe('compact storage', () => {
  const texts = [
    'Floods on the river left 1,200 homes without power on Tuesday, the utility said. "We expect to restore 800 of them by Friday," said Maria Olsen, a spokeswoman for the utility.',
    'About 1,250 homes lost power in the floods, according to the county. Emergency crews rescued 45 people from rooftops, fire chief Tom Reyes said.',
    'Wildfires have burned 12,000 hectares since Sunday, officials said. "The wind is our enemy now," said Ana Ruiz, the regional fire commander. At least 3 villages were evacuated.',
    'The fires destroyed 40 houses, Ana Ruiz said on Wednesday, and 300 firefighters remain on the lines.',
  ];

  /** A store of the four articles above, analysed by the real pipeline, with its corpus stages run. */
  async function filledStore(name: string) {
    const folder = path.join(dir, `${name}-in`);
    mkdirSync(folder);
    texts.forEach((t, i) => writeFileSync(path.join(folder, `a${i}.txt`), t));
    const store = openSqliteStore(path.join(dir, `${name}.db`));
    const summary = await ingest([folder], store, { config: { ...defaultConfig } });
    expect(summary.stored).toBe(texts.length);
    await runCorpus(store);
    return store;
  }

  /** Every answer the store gives, as JSON (key order included: exports must not change). */
  async function answers(store: SqliteStore): Promise<string> {
    const all = { limit: 1000 };
    const iterated = [];
    for await (const c of store.iterateClaims({ extracted: true })) iterated.push(c);
    const documents = [];
    for await (const d of store.iterateDocuments()) documents.push(d);
    const docs = await store.listDocuments(all);
    return JSON.stringify({
      docs,
      one: await store.getDocument(docs.items[0]!.id),
      articles: await Promise.all(docs.items.map((d) => store.getArticle(d.id))),
      claims: await store.listClaims(all),
      iterated,
      documents,
      quotes: await store.listQuotes(all),
      entities: await store.listEntities(all),
      perDocument: await store.listEntities({ ...all, perDocument: true }),
      figures: await store.listFigures(all),
      briefs: await store.listFigureBriefs(all),
      speakers: await store.topSpeakers(10),
      search: await store.search('homes fires'),
      stats: await store.stats(),
    });
  }

  it('keeps each value once: raw text and analysis deflated together, records without their columns', async () => {
    const store = await filledStore('compact');
    const db = store.db;
    const article = db.prepare('select raw, analysis from articles limit 1').get() as Row;
    expect(article.raw).toBe('');
    expect(article.analysis).toBeInstanceOf(Buffer);
    const doc = db.prepare('select id, body, record from documents limit 1').get() as Row;
    expect(doc.record).toBeInstanceOf(Buffer);
    expect(unpackJson(doc.record)).not.toContain(String(doc.id));
    expect(unpackJson(doc.record)).not.toContain(String(doc.body).slice(0, 40));
    const claim = db.prepare('select evidence, record from claims limit 1').get() as Row;
    expect(unpackJson(claim.record)).not.toContain(String(claim.evidence));
    const figure = db.prepare('select id, story, brief from figures limit 1').get() as Row;
    expect(figure.story).toBeTruthy();
    expect(String(figure.brief)).not.toContain(String(figure.id));
    expect(String(figure.brief)).not.toContain(String(figure.story));
    expect((await store.listFigureBriefs({ limit: 1 })).items[0]).toMatchObject({ id: figure.id, story: figure.story });
    // The full-text indexes read their text from the tables (external content): no copy of it.
    const shadow = db.prepare("select name from sqlite_master where name like '%_fts_content'").all();
    expect(shadow).toEqual([]);
    expect((await store.search('evacuated')).items.length).toBeGreaterThan(0);
    await store.close();
  });

  it('reads a store written before it (plain rows, full-text copies) the same, once migrated', async () => {
    const store = await filledStore('before');
    const expected = await answers(store);
    const got = JSON.parse(expected) as Record<string, { total?: number; length?: number }>;
    for (const key of ['claims', 'quotes', 'entities', 'figures', 'search']) expect(got[key]!.total).toBeGreaterThan(0);
    expect(got.speakers!.length).toBeGreaterThan(0);
    const file = store.db.name;
    await store.close();
    // The store as version 6 wrote it: every value as JSON text, the full-text indexes holding their own copy.
    const db = new Database(file);
    const rewrite = (table: string, fill: (rec: Record<string, unknown>, row: Row) => void) => {
      const update = db.prepare(`update ${table} set record = ? where rowid = ?`);
      for (const row of db.prepare(`select rowid, * from ${table}`).all() as Row[]) {
        const rec = JSON.parse(unpackJson(row.record)) as Record<string, unknown>;
        fill(rec, row);
        update.run(JSON.stringify(rec), row.rowid);
      }
    };
    db.transaction(() => {
      const update = db.prepare('update articles set raw = ?, analysis = ? where seq = ?');
      for (const row of db.prepare('select seq, analysis from articles').all() as Row[]) {
        const { raw, analysis } = unpackArticle(row.analysis as Buffer);
        update.run(raw, analysis, row.seq);
      }
      rewrite('documents', (rec, row) => Object.assign(rec, { id: row.id, body: row.body }));
      rewrite('claims', (rec, row) =>
        Object.assign(rec, { id: row.id, document: row.document, evidence: row.evidence }),
      );
      rewrite('quotes', (rec, row) => Object.assign(rec, { id: row.id, document: row.document, text: row.text }));
      rewrite('doc_entities', (rec, row) => Object.assign(rec, { id: row.entity, documents: [row.document] }));
      rewrite('entities', () => {});
      rewrite('figures', () => {});
      // Briefs as a store wrote them before they left out what the row's columns hold.
      const setBrief = db.prepare('update figures set brief = ? where rowid = ?');
      for (const row of db.prepare('select rowid, id, story, part_of, claims, brief from figures').all() as Row[]) {
        const b = JSON.parse(String(row.brief)) as Record<string, unknown>;
        const whole = { id: row.id, label: b.label, measure: b.measure, story: row.story, scope: b.scope };
        setBrief.run(JSON.stringify({ ...whole, partOf: row.part_of, claims: row.claims, ...b }), row.rowid);
      }
      db.exec(`
        drop table documents_fts; drop table claims_fts;
        create virtual table documents_fts using fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2');
        create virtual table claims_fts using fts5(evidence, tokenize = 'porter unicode61 remove_diacritics 2');
        insert into documents_fts (rowid, title, body) select rowid, title, body from documents;
        insert into claims_fts (rowid, evidence) select rowid, evidence from claims;
        drop table corpus_docs; drop table corpus_entities; alter table figures drop column sort_key;`);
      db.pragma('user_version = 6');
    })();
    expect(typeof (db.prepare('select analysis from articles limit 1').get() as Row).analysis).toBe('string');
    db.close();
    const reopened = openSqliteStore(file);
    try {
      expect(reopened.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(await answers(reopened)).toBe(expected);
    } finally {
      await reopened.close();
    }
  });
});

describe('versions across batches', () => {
  it('links an earlier version that comes later before the stored one, and redoes the corpus run in full', async () => {
    const url = 'https://example.com/storm';
    const [older, newer] = [1, 2].map((n) => sampleArticle(n, { url, published: `2024-07-0${n}` }));
    const store = openSqliteStore(path.join(dir, 'versions-late.db'));
    try {
      await store.putArticles([newer!]);
      await runCorpus(store);
      await store.putArticles([older!]);
      const links = store.db
        .prepare('select id, previous_version p, superseded_by s from articles order by id')
        .all() as Array<{ id: string; p: string | null; s: string | null }>;
      expect(Object.fromEntries(links.map((r) => [r.id, [r.p, r.s]]))).toEqual({
        [older!.id]: [null, newer!.id],
        [newer!.id]: [older!.id, null],
      });
      // The newer article's kept corpus state read its old link: the next run takes it in anew, in full.
      expect((await runCorpus(store)).mode).toBe('full');
    } finally {
      await store.close();
    }
  });
});
