/**
 * The default store: one SQLite file through better-sqlite3, in WAL mode so
 * that readers never block and two ingests can share a file (writes are
 * serialised by SQLite's lock with a busy timeout). Full-text search is FTS5.
 */
import Database from 'better-sqlite3';
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../article.js';
import { storedAnalysis } from '../ingest/packed.js';
import { CrosscheckError } from '../errors.js';
import {
  articleRecords,
  filterEntities,
  lastWins,
  mergeEntityRecords,
  storedClaim,
  type ClaimRecord,
  type CorpusResult,
  type DocumentRecord,
  type DuplicateLink,
  type EntityRecord,
  type FigureRecord,
  type QuoteRecord,
} from '../records.js';
import type {
  ClaimFilter,
  FigureBriefQuery,
  Page,
  PageQuery,
  PutOutcome,
  QuoteFilter,
  SearchHit,
  OutletCount,
  SpeakerCount,
  Store,
  StoreStats,
} from './store.js';
import { figureBrief, storyBrief, type FigureBrief, type StoryBrief } from './figure-brief.js';
import { SqliteCorpusState, writeFullState } from './sqlite-corpus-state.js';
import { SCHEMA_VERSION, sqliteMigrations } from './sqlite-schema.js';
import { packArticle, packJson, packRecord, unpackArticle, unpackJson } from './packed-row.js';
import type { CorrectionRecord } from '../review/corrections.js';
import { briefOfRow, byDocumentsThenId, figureRow, json, parse } from './rows.js';
import { versionLinks, type StoredVersion } from './versions.js';
import type { WatchState } from './watch-state.js';

const APP_ID = 0x63726f73; // 'cros': marks a crosscheck database in the SQLite header

type Row = Record<string, unknown>;

function page<T>(items: T[], total: number, q: PageQuery): Page<T> {
  return { items, total, limit: q.limit ?? 50, offset: q.offset ?? 0 };
}

function limits(q: PageQuery): { limit: number; offset: number } {
  return { limit: Math.max(0, Math.min(q.limit ?? 50, 100_000)), offset: Math.max(0, q.offset ?? 0) };
}

/** Check that `file` is absent, empty, or a crosscheck SQLite database; never touch anything else. */
function checkFile(file: string, mustExist: boolean): void {
  if (file === ':memory:') return;
  if (!existsSync(file)) {
    if (mustExist) throw new CrosscheckError('E_DB_MISSING', { file });
    const dir = path.dirname(path.resolve(file));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CrosscheckError('E_DB_NO_FOLDER', { file, dir });
    return;
  }
  const st = statSync(file);
  if (st.isDirectory())
    throw new CrosscheckError('E_DB_FOREIGN', {
      file,
      reason: 'it is a folder; give the path of a database file inside it',
    });
  const size = st.size;
  if (size === 0) return;
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(100);
  try {
    readSync(fd, head, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (head.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') {
    throw new CrosscheckError('E_DB_FOREIGN', { file, reason: 'it is not an SQLite file' });
  }
}

/**
 * Largest file checked with `quick_check` on open. The check reads every page (about a second per GB), so a
 * large store would pay seconds on every command; past this size corruption is found by the reads that meet it
 * (SQLite answers SQLITE_CORRUPT), and `crosscheck` never writes over a page it could not read.
 */
export const QUICK_CHECK_MAX_BYTES = 256 * 1024 * 1024;

export interface SqliteOpenOptions {
  readonly?: boolean;
  mustExist?: boolean;
  /** Run `quick_check` on open only for files up to this many bytes (default {@link QUICK_CHECK_MAX_BYTES}). */
  quickCheckMaxBytes?: number;
}

/** Open (creating or migrating) a SQLite store. */
export function openSqliteStore(file: string, options: SqliteOpenOptions = {}): SqliteStore {
  checkFile(file, options.mustExist ?? options.readonly ?? false);
  // Two processes setting up one new file at once: switching it to WAL can answer SQLITE_BUSY without waiting
  // on the busy timeout. That is a lock, not corruption: wait a little and open again.
  for (let attempt = 1; ; attempt++) {
    try {
      return openOnce(file, options);
    } catch (err) {
      const busy = err instanceof CrosscheckError && /database is locked|SQLITE_BUSY/i.test(err.message);
      if (!busy || attempt >= 40) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 + Math.floor(Math.random() * 200));
    }
  }
}

function openOnce(file: string, options: SqliteOpenOptions): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new CrosscheckError('E_DB_CORRUPT', { file, reason: String((err as Error).message) });
  }
  try {
    db.pragma('busy_timeout = 10000');
    // 64 MB of page cache (the default is 2 MB): a batch writes about 5 MB, and the claim and
    // entity indexes it updates are keyed by hashes, so their pages are touched at random.
    db.pragma('cache_size = -65536');
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = (db.prepare("select count(*) n from sqlite_master where type='table'").get() as { n: number }).n;
    if (tables > 0 && appId !== APP_ID) {
      db.close();
      throw new CrosscheckError('E_DB_FOREIGN', {
        file,
        reason: 'it is an SQLite database of another program (no crosscheck application id)',
      });
    }
    const size = file === ':memory:' || !existsSync(file) ? 0 : statSync(file).size;
    const check =
      size <= (options.quickCheckMaxBytes ?? QUICK_CHECK_MAX_BYTES) ? db.pragma('quick_check', { simple: true }) : 'ok';
    if (check !== 'ok') {
      db.close();
      throw new CrosscheckError('E_DB_CORRUPT', { file, reason: String(check) });
    }
    if (!options.readonly) {
      // 16 KB pages: a row carries its raw page and analysis (often 100 KB+), so fewer overflow pages and WAL frames.
      // Only settable before the first table; existing files keep theirs.
      if (tables === 0) db.pragma('page_size = 16384');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db, file);
    }
    db.pragma('foreign_keys = ON');
  } catch (err) {
    if (db.open) db.close();
    if (err instanceof CrosscheckError) throw err;
    throw new CrosscheckError('E_DB_CORRUPT', { file, reason: String((err as Error).message) });
  }
  return new SqliteStore(db);
}

function migrate(db: Database.Database, file: string): void {
  const run = db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION)
      throw new CrosscheckError('E_DB_NEWER', { file, found: version, expected: SCHEMA_VERSION });
    for (let v = version; v < SCHEMA_VERSION; v++) db.exec(sqliteMigrations[v]!);
    if (version !== SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.pragma(`application_id = ${APP_ID}`);
  });
  // IMMEDIATE: two processes opening a new file at once must not both migrate.
  run.immediate();
}

/** The tables a corpus run replaces whole: staged beside the live ones, then swapped in by renaming. */
const CORPUS_TABLES = ['entities', 'duplicates', 'figures', 'stories'] as const;
/** Rows of the corpus written per transaction: each holds the store's lock for tens of milliseconds. */
export const CORPUS_CHUNK_ROWS = 2000;
/** Bytes of records a chunk holds at most: rows of large figures are written sooner, not held 2,000 at once. */
const CORPUS_CHUNK_BYTES = 4 << 20;
/** A record column that may hold a deflated BLOB ({@link packJson}). */
const unpack = <T>(v: unknown): T => JSON.parse(unpackJson(v)) as T;

/**
 * A figure record read with its row's id, part and story: an incremental run that moves a relabeled story's
 * figures to its new id writes only these columns (inflating and deflating every record was most of its writing).
 */
function figureOfRow(r: { id?: unknown; part_of?: unknown; story?: unknown; record?: unknown }): FigureRecord {
  const f = unpack<FigureRecord>(r.record ?? '{}');
  if (r.id != null) f.id = String(r.id);
  if (r.story != null) f.story = String(r.story);
  if ('partOf' in f) f.partOf = r.part_of == null ? null : String(r.part_of);
  return f;
}

/** A per-document entity with its id and document from its row's columns (the record stores them empty). */
export function docEntityRecord(row: Row): EntityRecord {
  const e = unpack<EntityRecord>(row.record);
  e.id = String(row.entity);
  if (!e.documents.length) e.documents = [String(row.document)];
  return e;
}

/** The write statements of {@link SqliteStore.putArticlesSync}, prepared once per store. */
function prepareWrites(db: Database.Database) {
  return {
    versionsOfUrl: db.prepare(
      'select a.id, d.published, a.previous_version previous from articles a left join documents d on d.id = a.id where a.url = ?',
    ),
    relink: db.prepare('update articles set previous_version = ? where id = ?'),
    docRecord: db.prepare('select record from documents where id = ?').pluck(),
    setDocRecord: db.prepare('update documents set record = ? where id = ?'),
    // A stored article linked again is taken in anew by the next corpus run (its kept state read the old link).
    forgetState: db.prepare('delete from corpus_docs where id = ?'),
    // Raw text and analysis in one deflated BLOB in `analysis` (packArticle); `raw` is left empty.
    insArticle: db.prepare(
      "insert into articles (id, source, url, raw, analysis, ingested_at, previous_version) values (?, ?, ?, '', ?, ?, ?)",
    ),
    supersede: db.prepare('update articles set superseded_by = ? where id = ?'),
    insDoc: db.prepare(
      'insert into documents (id, source, url, title, outlet, published, language, body, record) values (@id, @source, @url, @title, @outlet, @published, @language, @body, @record)',
    ),
    // Plain inserts: the article row was just inserted (its id was not stored), so none of its claims,
    // quotes or entities can be; repeats within the article are reduced first (lastWins), as REPLACE would.
    insClaim: db.prepare(
      'insert into claims (id, document, value, low, high, status, source, measure, action, evidence, record) values (@id, @document, @value, @low, @high, @status, @source, @measure, @action, @evidence, @record)',
    ),
    insQuote: db.prepare(
      'insert into quotes (id, document, speaker, text, record) values (@id, @document, @speaker, @text, @record)',
    ),
    insEntity: db.prepare('insert into doc_entities (document, entity, record) values (?, ?, ?)'),
    insDocFts: db.prepare(
      'insert into documents_fts (rowid, title, body) values ((select rowid from documents where id = ?), ?, ?)',
    ),
    insClaimFts: db.prepare(
      'insert into claims_fts (rowid, evidence) values ((select rowid from claims where id = ?), ?)',
    ),
  };
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
  }

  async putArticles(articles: Article[]): Promise<PutOutcome[]> {
    return this.putArticlesSync(articles);
  }

  /** {@link Store.snapshot}: a read-only connection of its own, in one read transaction (WAL keeps its snapshot). */
  async snapshot<T>(fn: (view: Store) => Promise<T>): Promise<T> {
    if (this.db.memory) return fn(this);
    const db = new Database(this.db.name, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 10000');
      db.exec('begin');
      // The snapshot starts at the first read, not at BEGIN.
      db.prepare('select count(*) from meta').get();
      return await fn(new SqliteStore(db));
    } finally {
      if (db.inTransaction) db.exec('commit');
      db.close();
    }
  }

  /** The write statements, prepared on first use and kept for the store's life (not once per batch). */
  private writes?: ReturnType<typeof prepareWrites>;
  private hasStatement?: Database.Statement;

  /** Synchronous core of {@link putArticles}: one IMMEDIATE transaction per batch. */
  putArticlesSync(articles: Article[]): PutOutcome[] {
    const db = this.db;
    const w = (this.writes ??= prepareWrites(db));
    const { insArticle, insDoc, insClaim, insQuote, insEntity, insDocFts, insClaimFts } = w;
    const now = new Date().toISOString();
    const tx = db.transaction((batch: Article[]) => {
      const out: PutOutcome[] = [];
      // The first of each id not stored yet is stored; versions at a URL link by date, whatever the batch order.
      const seen = new Set<string>();
      const fresh = new Set<number>();
      for (const [i, a] of batch.entries()) {
        if (seen.has(a.id) || this.has(a.id)) continue;
        seen.add(a.id);
        fresh.add(i);
      }
      const plan = versionLinks(batch, fresh, (url) => w.versionsOfUrl.all(url) as StoredVersion[]);
      const links = plan.links;
      for (const [i, article] of batch.entries()) {
        if (!fresh.has(i)) {
          out.push({ id: article.id, source: article.source, status: 'unchanged' });
          continue;
        }
        const previous = links.get(i) ?? null;
        // Text held as UTF-8 bytes is packed as they are: no decoding here.
        insArticle.run(
          article.id,
          article.source,
          article.url,
          packArticle(article.raw, storedAnalysis(article)),
          now,
          previous,
        );
        const rec = articleRecords(article, now, previous);
        const d = rec.document;
        insDoc.run({
          id: d.id,
          source: d.source,
          url: d.url,
          title: d.title,
          outlet: d.outlet,
          published: d.published,
          language: d.language,
          body: d.body,
          // Values in columns of their own (the body is also the full-text index's content) are not repeated.
          record: packJson(json({ ...d, id: '', body: '' })),
        });
        insDocFts.run(d.id, d.title ?? '', d.body);
        for (const c of lastWins(rec.claims, (x) => x.id)) {
          insClaim.run({
            id: c.id,
            document: c.document,
            value: c.value,
            low: c.low,
            high: c.high,
            status: c.status,
            source: c.source,
            measure: c.measure,
            action: c.action,
            evidence: c.evidence,
            record: packJson(json({ ...c, id: '', document: '', evidence: '' })),
          });
          insClaimFts.run(c.id, c.evidence);
        }
        for (const q of lastWins(rec.quotes, (x) => x.id))
          insQuote.run({
            id: q.id,
            document: q.document,
            speaker: q.speaker,
            text: q.text,
            // Plain JSON: topSpeakers reads its speakerName in SQL.
            record: json({ ...q, id: '', document: '', text: '' }),
          });
        // A per-document entity's id and documents are its row's entity and document, read back from the columns.
        // Plain JSON: a dozen an article, each too small for deflating to pay for its time.
        for (const e of lastWins(rec.entities, (x) => x.id))
          insEntity.run(article.id, e.id, json({ ...e, id: '', documents: [] }));
        out.push(
          previous
            ? { id: article.id, source: article.source, status: 'version', previous }
            : { id: article.id, source: article.source, status: 'stored' },
        );
      }
      for (const { id, previous } of plan.relinks) {
        w.relink.run(previous, id);
        const record = w.docRecord.get(id);
        if (record != null)
          w.setDocRecord.run(packJson(json({ ...unpack<DocumentRecord>(record), previousVersion: previous })), id);
        w.forgetState.run(id);
      }
      for (const { id, next } of plan.next) w.supersede.run(next, id);
      return out;
    });
    return tx.immediate(articles);
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.has(id);
  }

  /** Whether an article is stored: asked once per input read and once per article written, so prepared once. */
  private has(id: string): boolean {
    return !!(this.hasStatement ??= this.db.prepare('select 1 from articles where id = ?')).get(id);
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.db.prepare('select raw, analysis from articles where id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const { raw, analysis } =
      row.analysis instanceof Uint8Array
        ? unpackArticle(row.analysis)
        : { raw: String(row.raw), analysis: String(row.analysis) };
    return { ...parse<Omit<Article, 'raw'>>(analysis), raw } as Article;
  }

  /** A document's record with its id and body from their columns (a record stores them empty). */
  private docRecord(row: Row): DocumentRecord {
    const rec = unpack<DocumentRecord>(row.record);
    rec.id = String(row.id);
    rec.body = String(row.body);
    return rec;
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const row = this.db.prepare('select id, record, body from documents where id = ?').get(id) as Row | undefined;
    return row ? this.docRecord(row) : null;
  }

  async listDocuments(query: PageQuery = {}): Promise<Page<DocumentRecord>> {
    const { limit, offset } = limits(query);
    const rows = this.db
      .prepare('select id, record, body from documents order by rowid limit ? offset ?')
      .all(limit, offset) as Row[];
    const total = (this.db.prepare('select count(*) n from documents').get() as { n: number }).n;
    return page(
      rows.map((r) => this.docRecord(r)),
      total,
      { limit, offset },
    );
  }

  async *iterateDocuments(): AsyncIterable<DocumentRecord> {
    // Keyset pagination: constant memory, and no open statement across awaits.
    let last = 0;
    const stmt = this.db.prepare(
      'select rowid, id, record, body from documents where rowid > ? order by rowid limit 500',
    );
    for (;;) {
      const rows = stmt.all(last) as Row[];
      if (!rows.length) return;
      for (const row of rows) yield this.docRecord(row);
      last = Number(rows[rows.length - 1]!.rowid);
    }
  }

  /**
   * A claim's record with its id, document and evidence from their columns (a record stores them empty).
   * The row needs `id, document, record, evidence, figure, canonical_source`.
   */
  claimRecord(row: Row, extracted = false): ClaimRecord {
    const rec = unpack<ClaimRecord>(row.record);
    rec.id = String(row.id);
    rec.document = String(row.document);
    rec.evidence = String(row.evidence);
    return storedClaim(rec, row, extracted);
  }

  async *iterateClaims(options: { extracted?: boolean } = {}): AsyncIterable<ClaimRecord> {
    let last = 0;
    const stmt = this.db.prepare(
      'select rowid, id, document, record, evidence, figure, canonical_source from claims where rowid > ? order by rowid limit 1000',
    );
    for (;;) {
      const rows = stmt.all(last) as Row[];
      if (!rows.length) return;
      for (const row of rows) yield this.claimRecord(row, options.extracted);
      last = Number(rows[rows.length - 1]!.rowid);
    }
  }

  async listClaims(filter: ClaimFilter = {}): Promise<Page<ClaimRecord>> {
    const { limit, offset } = limits(filter);
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.document) {
      where.push('c.document = ?');
      args.push(filter.document);
    }
    if (filter.figure) {
      where.push('c.figure = ?');
      args.push(filter.figure);
    }
    if (filter.source) {
      where.push('(coalesce(c.canonical_source, c.source) = ? or c.source = ?)');
      args.push(filter.source, filter.source);
    }
    if (filter.status) {
      where.push('c.status = ?');
      args.push(filter.status);
    }
    if (filter.outlet) {
      where.push('d.outlet = ? collate nocase');
      args.push(filter.outlet);
    }
    if (filter.value !== undefined) {
      where.push('(c.value = ? or c.low = ? or c.high = ?)');
      args.push(filter.value, filter.value, filter.value);
    }
    if (filter.from) {
      where.push('d.published >= ?');
      args.push(filter.from);
    }
    if (filter.to) {
      where.push("d.published <= ? || '~'");
      args.push(filter.to);
    }
    if (filter.text) {
      where.push("c.evidence like ? escape '\\'");
      args.push(`%${filter.text.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
    }
    const sortCol = {
      value: 'coalesce(c.value, c.low, c.high)',
      published: 'd.published',
      document: 'd.rowid',
      status: 'c.status',
    }[filter.sort ?? 'document'];
    const order = filter.order === 'desc' ? 'desc' : 'asc';
    const w = where.length ? `where ${where.join(' and ')}` : '';
    const rows = this.db
      .prepare(
        `select c.id, c.document, c.record, c.evidence, c.figure, c.canonical_source from claims c join documents d on d.id = c.document ${w} order by ${sortCol} ${order}, c.rowid limit ? offset ?`,
      )
      .all(...args, limit, offset) as Row[];
    const total = (
      this.db.prepare(`select count(*) n from claims c join documents d on d.id = c.document ${w}`).get(...args) as {
        n: number;
      }
    ).n;
    return page(
      rows.map((r) => this.claimRecord(r)),
      total,
      { limit, offset },
    );
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<Page<QuoteRecord>> {
    const { limit, offset } = limits(filter);
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.document) {
      where.push('document = ?');
      args.push(filter.document);
    }
    if (filter.speaker) {
      where.push('(coalesce(canonical_speaker, speaker) = ? or speaker = ?)');
      args.push(filter.speaker, filter.speaker);
    }
    if (filter.text) {
      where.push("text like ? escape '\\'");
      args.push(`%${filter.text.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
    }
    const w = where.length ? `where ${where.join(' and ')}` : '';
    const rows = this.db
      .prepare(`select id, document, record, text, canonical_speaker from quotes ${w} order by rowid limit ? offset ?`)
      .all(...args, limit, offset) as Row[];
    const total = (this.db.prepare(`select count(*) n from quotes ${w}`).get(...args) as { n: number }).n;
    const items = rows.map((r) => {
      const q = parse<QuoteRecord>(r.record);
      q.id = String(r.id);
      q.document = String(r.document);
      q.text = String(r.text);
      if (r.canonical_speaker) q.speaker = String(r.canonical_speaker);
      return q;
    });
    return page(items, total, { limit, offset });
  }

  async topSpeakers(limit: number): Promise<SpeakerCount[]> {
    const rows = this.db
      .prepare(
        `select g.s speaker, e.record, g.name, g.n quotes
         from (select coalesce(canonical_speaker, speaker) s, count(*) n, max(json_extract(record, '$.speakerName')) name
               from quotes where coalesce(canonical_speaker, speaker) is not null group by s) g
         left join entities e on e.id = g.s
         order by g.n desc, g.s limit ?`,
      )
      .all(limit) as Array<{ speaker: string; record: unknown; name: string | null; quotes: number }>;
    // The corpus entity's name (its record may be deflated, so read here, not in SQL), else the quotes' name.
    return rows.map((r) => ({
      speaker: r.speaker,
      name: (r.record == null ? null : unpack<EntityRecord>(r.record).name) ?? r.name ?? null,
      quotes: Number(r.quotes),
    }));
  }

  async topOutlets(limit: number): Promise<OutletCount[]> {
    const rows = this.db
      .prepare(
        `select outlet, count(*) n from documents where outlet is not null and outlet <> ''
         group by outlet order by n desc, outlet limit ?`,
      )
      .all(limit) as Array<{ outlet: string; n: number }>;
    return rows.map((r) => ({ outlet: r.outlet, documents: Number(r.n) }));
  }

  async listEntities(
    query: PageQuery & { type?: string; q?: string; perDocument?: boolean } = {},
  ): Promise<Page<EntityRecord>> {
    const { limit, offset } = limits(query);
    const corpus = query.perDocument
      ? 0
      : (this.db.prepare('select count(*) n from entities').get() as { n: number }).n;
    let all: EntityRecord[];
    if (corpus > 0) {
      all = filterEntities(
        (this.db.prepare('select record from entities').all() as Row[])
          .map((r) => unpack<EntityRecord>(r.record))
          .sort(byDocumentsThenId((e) => e.documents.length)),
        query,
      );
    } else {
      // Before the corpus stages ran: the per-document entities, merged by id.
      // Streamed, one row at a time: 100,000 articles have over a million per-document records.
      const stmt = this.db.prepare('select document, entity, record from doc_entities order by rowid');
      all = mergeEntityRecords(
        (function* () {
          for (const r of stmt.iterate() as IterableIterator<Row>) yield docEntityRecord(r);
        })(),
        query,
      );
    }
    return page(all.slice(offset, offset + limit), all.length, { limit, offset });
  }

  async listFigures(query: PageQuery = {}): Promise<Page<FigureRecord>> {
    const { limit, offset } = limits(query);
    const rows = this.db
      .prepare('select id, part_of, story, record from figures order by claims desc, sort_key, rowid limit ? offset ?')
      .all(limit, offset) as Row[];
    const total = (this.db.prepare('select count(*) n from figures').get() as { n: number }).n;
    return page(rows.map(figureOfRow), total, { limit, offset });
  }

  async getFigure(id: string): Promise<FigureRecord | null> {
    const row = this.db.prepare('select id, part_of, story, record from figures where id = ?').get(id) as
      Row | undefined;
    return row ? figureOfRow(row) : null;
  }

  async listFigureBriefs(query: FigureBriefQuery = {}): Promise<Page<FigureBrief>> {
    const { limit, offset } = limits(query);
    const where: string[] = [];
    const args: string[] = [];
    for (const [column, v] of [
      ['story', query.story],
      ['part_of', query.partOf],
    ] as const) {
      if (!v) continue;
      where.push(`${column} = ?`);
      args.push(v);
    }
    if (query.q) {
      where.push("json_extract(brief, '$.label') like ? escape '\\'");
      args.push(`%${query.q.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
    }
    const w = where.length ? `where ${where.join(' and ')}` : '';
    const rows = this.db
      .prepare(
        `select id, part_of, story, claims, brief, case when brief is null then record end record from figures ${w} order by claims desc, sort_key, rowid limit ? offset ?`,
      )
      .all(...args, limit, offset) as Array<{
      id: string;
      part_of: string | null;
      story: string | null;
      claims: number;
      brief: string | null;
      record: unknown;
    }>;
    const total = (this.db.prepare(`select count(*) n from figures ${w}`).get(...args) as { n: number }).n;
    // A figure written before briefs were stored has none: computed from its record once, here.
    const items = rows.map((r) => (r.brief ? briefOfRow(r) : figureBrief(figureOfRow(r))));
    return page(items, total, { limit, offset });
  }

  async listStories(): Promise<StoryBrief[]> {
    const rows = this.db.prepare('select record from stories').all() as Row[];
    return rows.map((r) => parse<StoryBrief>(r.record)).sort(byDocumentsThenId((s) => s.documents));
  }

  async listDuplicates(document?: string): Promise<DuplicateLink[]> {
    const rows = (
      document
        ? this.db
            .prepare(
              'select document, of, kind, similarity from duplicates where document = ? or of = ? order by rowid',
            )
            .all(document, document)
        : this.db.prepare('select document, of, kind, similarity from duplicates order by rowid').all()
    ) as DuplicateLink[];
    return rows;
  }

  /**
   * The corpus is written into staging tables beside the live ones (`figures_next`, made with the live table's
   * own definition), a chunk of rows per short IMMEDIATE transaction, while the figures are reconciled; one
   * short transaction then swaps them in by renaming and sets the claims' and quotes' corpus columns. So no write
   * holds the store's lock for longer than a chunk or the swap (at 30,000 articles one copy of the corpus under
   * the lock took longer than the busy timeout), and readers see the whole last corpus or the whole new one.
   */
  async putCorpus(result: CorpusResult, options: { chunkRows?: number } = {}): Promise<void> {
    const db = this.db;
    const chunkRows = options.chunkRows ?? CORPUS_CHUNK_ROWS;
    db.exec(`
      create temp table if not exists claim_figure (claim text primary key, figure text not null);
      create temp table if not exists claim_source (claim text primary key, source text);
      create temp table if not exists speaker_remap (from_id text primary key, to_id text not null);
      delete from claim_figure; delete from claim_source; delete from speaker_remap;`);
    // Empty staging tables, made with each live table's definition (its constraints and added columns included).
    const tableSql = (name: string) =>
      (db.prepare("select sql from main.sqlite_master where type = 'table' and name = ?").get(name) as { sql: string })
        .sql;
    db.transaction(() => {
      for (const t of CORPUS_TABLES) {
        db.exec(`drop table if exists main.${t}_next`);
        db.exec(tableSql(t).replace(new RegExp(`^CREATE TABLE\\s+"?${t}"?`, 'i'), `CREATE TABLE main.${t}_next`));
      }
    }).immediate();
    const ins = {
      entities: db.prepare('insert into main.entities_next (id, record) values (?, ?)'),
      duplicates: db.prepare('insert into main.duplicates_next (document, of, kind, similarity) values (?, ?, ?, ?)'),
      figures: db.prepare(
        'insert into main.figures_next (id, record, brief, story, part_of, claims, sort_key) values (?, ?, ?, ?, ?, ?, ?)',
      ),
      stories: db.prepare('insert or replace into main.stories_next (id, record) values (?, ?)'),
    };
    const setF = db.prepare('insert or replace into temp.claim_figure (claim, figure) values (?, ?)');
    // Rows are gathered outside any transaction (the figures' stream reconciles as it is read), then written.
    let pending: Array<() => void> = [];
    let pendingBytes = 0;
    const writeChunk = db.transaction(() => {
      for (const write of pending) write();
    });
    const add = (write: () => void, bytes = 0) => {
      pending.push(write);
      pendingBytes += bytes;
      if (pending.length >= chunkRows || pendingBytes >= CORPUS_CHUNK_BYTES) flush();
    };
    const flush = () => {
      if (pending.length) writeChunk.immediate();
      pending = [];
      pendingBytes = 0;
    };
    for (const e of result.entities) {
      const record = packJson(json(e));
      add(() => ins.entities.run(e.id, record), record.length);
    }
    for (const d of result.duplicates) add(() => ins.duplicates.run(d.document, d.of, d.kind, d.similarity));
    const perStory = new Map<string, number>();
    for (const f of result.figures) {
      // A large record (its claims' ids, thousands for a large figure) deflated: listings read the brief.
      const [id, text, brief, ...rest] = figureRow(f);
      const record = packRecord(text);
      const claims = f.claims;
      // A claim id is about 70 characters; a string's length counts its bytes closely enough here.
      const bytes = record.length + brief.length + 70 * claims.length;
      add(() => {
        ins.figures.run(id, record, brief, ...rest);
        for (const claim of claims) setF.run(claim, id);
      }, bytes);
      if (f.story) perStory.set(f.story, (perStory.get(f.story) ?? 0) + 1);
    }
    for (const st of result.stories ?? []) {
      const record = json(storyBrief(st, perStory.get(st.id) ?? 0));
      add(() => ins.stories.run(st.id, record));
    }
    flush();
    // Temporary tables only: no lock on the store.
    db.transaction(() => {
      if (result.claimSource) {
        const setS = db.prepare('insert or replace into temp.claim_source (claim, source) values (?, ?)');
        for (const [claim, source] of Object.entries(result.claimSource)) setS.run(claim, source);
      }
      if (result.entityRemap) {
        const insR = db.prepare('insert or replace into temp.speaker_remap (from_id, to_id) values (?, ?)');
        for (const [from, to] of Object.entries(result.entityRemap)) insR.run(from, to);
      }
    }).deferred();
    const swap = db.transaction(() => {
      for (const t of CORPUS_TABLES) {
        // The live table's own indexes (not its primary key's, which moves with it), made again on the new one.
        const indexes = db
          .prepare("select sql from main.sqlite_master where type = 'index' and tbl_name = ? and sql is not null")
          .all(t) as Array<{ sql: string }>;
        db.exec(`drop table main.${t}; alter table main.${t}_next rename to ${t};`);
        for (const { sql } of indexes) db.exec(sql);
      }
      db.exec(`
        -- Only rows whose value changes are written: a rerun over a grown store rewrites few claims.
        update main.claims set figure = n.figure, canonical_source = n.source
          from (select c.rowid rid, f.figure, s.source from main.claims c
                left join temp.claim_figure f on f.claim = c.id left join temp.claim_source s on s.claim = c.id
                where c.figure is not f.figure or c.canonical_source is not s.source) n
          where claims.rowid = n.rid;
        update main.quotes set canonical_speaker = r.to_id
          from (select q.rowid rid, m.to_id from main.quotes q left join temp.speaker_remap m on m.from_id = q.speaker
                where q.canonical_speaker is not m.to_id) r
          where quotes.rowid = r.rid;`);
      db.prepare("insert or replace into meta (key, value) values ('corpus_computed_at', ?)").run(result.computedAt);
      writeFullState(db, result);
    });
    try {
      swap.immediate();
    } finally {
      db.exec(`delete from claim_figure; delete from claim_source; delete from speaker_remap;`);
    }
  }

  private state?: SqliteCorpusState;

  /** The corpus state kept between runs (src/corpus/incremental.ts). */
  get corpusState(): SqliteCorpusState {
    return (this.state ??= new SqliteCorpusState(this));
  }

  async putCorrections(corrections: CorrectionRecord[]): Promise<number> {
    const ins = this.db.prepare(
      'insert or ignore into corrections (id, target_kind, target_id, what, who, created, record) values (?, ?, ?, ?, ?, ?, ?)',
    );
    const tx = this.db.transaction((list: CorrectionRecord[]) => {
      let added = 0;
      for (const c of list) added += ins.run(c.id, c.target.kind, c.target.id, c.what, c.who, c.when, json(c)).changes;
      return added;
    });
    return tx.immediate(corrections);
  }

  async listCorrections(): Promise<CorrectionRecord[]> {
    const rows = this.db.prepare('select record from corrections order by rowid').all() as Row[];
    return rows.map((r) => parse<CorrectionRecord>(r.record));
  }

  async search(q: string, query: PageQuery = {}): Promise<Page<SearchHit>> {
    const { limit, offset } = limits(query);
    // Quote every term: user text is never FTS5 syntax.
    const terms = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    if (!terms.length) return page([], 0, { limit, offset });
    const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
    const docs = this.db
      .prepare(
        `select d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12) snip, bm25(documents_fts) score from documents_fts join documents d on d.rowid = documents_fts.rowid where documents_fts match ? order by score limit 200`,
      )
      .all(match) as Row[];
    const claims = this.db
      .prepare(
        `select c.id, c.document, d.title, snippet(claims_fts, 0, '[', ']', '…', 16) snip, bm25(claims_fts) score from claims_fts join claims c on c.rowid = claims_fts.rowid join documents d on d.id = c.document where claims_fts match ? order by score limit 200`,
      )
      .all(match) as Row[];
    const hits: SearchHit[] = [
      ...docs.map((r) => ({
        kind: 'document' as const,
        id: String(r.id),
        document: String(r.id),
        title: (r.title as string) ?? null,
        snippet: String(r.snip),
        score: -Number(r.score),
      })),
      ...claims.map((r) => ({
        kind: 'claim' as const,
        id: String(r.id),
        document: String(r.document),
        title: (r.title as string) ?? null,
        snippet: String(r.snip),
        score: -Number(r.score),
      })),
    ].sort((a, b) => b.score - a.score);
    return page(hits.slice(offset, offset + limit), hits.length, { limit, offset });
  }

  async stats(): Promise<StoreStats> {
    const n = (table: string) => (this.db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    const entities =
      n('entities') || (this.db.prepare('select count(distinct entity) n from doc_entities').get() as { n: number }).n;
    return {
      documents: n('documents'),
      claims: n('claims'),
      quotes: n('quotes'),
      entities,
      figures: n('figures'),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
    };
  }

  async watchState(): Promise<WatchState> {
    const { SqliteWatchState } = await import('./sqlite-watch.js');
    return new SqliteWatchState(this);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
