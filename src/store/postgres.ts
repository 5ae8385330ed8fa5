/**
 * The team store: PostgreSQL through `pg`. Same {@link Store} contract and
 * same outcomes as the SQLite store (src/store/sqlite.ts is the reference),
 * with these differences, each for concurrency:
 *
 * - Any number of writers at once. A batch is one transaction; articles go
 *   in with `insert … on conflict do nothing`, so a retried queue job or a
 *   second ingest of the same files stores nothing twice. Articles of a
 *   batch are written in id order so two writers never deadlock on each
 *   other's unique-index entries; URL versions take a per-URL advisory lock.
 * - Order comes from an explicit key (`ord`, see postgres-schema.ts), not
 *   from insert order, so workers finishing out of order list like one
 *   process would.
 * - Full-text search is a `tsvector` (config `english`: word stems, like
 *   FTS5's porter tokenizer) with GIN indexes, ranked by `ts_rank_cd`.
 *
 * The location is a URL: `postgres://user:pass@host:port/db?schema=name`.
 * `schema` (default `crosscheck`) is stripped before connecting; every table
 * lives in it, so a database can hold several stores (tests use one each).
 */
import { redactUrl } from './redact.js';
import pg from 'pg';
import { rawText, type Article } from '../article.js';
import { storedAnalysisText } from '../ingest/packed.js';
import { CrosscheckError } from '../errors.js';
import {
  articleRecords,
  entityMerger,
  filterEntities,
  lastWins,
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
import { PostgresCorpusState } from './postgres-corpus-state.js';
import { POSTGRES_SCHEMA_VERSION, postgresMigrations, TS_CONFIG } from './postgres-schema.js';
import type { CorrectionRecord } from '../review/corrections.js';
import { briefOfRow, byDocumentsThenId, chunks, figureRow, json, parse } from './rows.js';
import { versionLinks, type StoredVersion, type VersionPlan } from './versions.js';
import type { WatchState } from './watch-state.js';

type Row = Record<string, unknown>;

const APP = 'crosscheck';
/** Advisory lock keys (pg_advisory_xact_lock(int, int)): namespace 0x63726f73 'cros'. */
const LOCK_NS = 0x63726f73;
const LOCK_MIGRATE = 1;
const LOCK_CORPUS = 2;
const LOCK_URL = 3;
/** Positions per enqueue run in `ord` (run × 2^32 + position). */
export const ORD_RUN = 2 ** 32;

function page<T>(items: T[], total: number, q: PageQuery): Page<T> {
  return { items, total, limit: q.limit ?? 50, offset: q.offset ?? 0 };
}

function limits(q: PageQuery): { limit: number; offset: number } {
  return { limit: Math.max(0, Math.min(q.limit ?? 50, 100_000)), offset: Math.max(0, q.offset ?? 0) };
}

export { redactUrl };

// PostgreSQL text cannot hold NUL: U+FFFD takes its place (one UTF-16 unit, so every span's offsets stay true).
const withoutNul = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.includes('\u0000')
      ? v.replace(/\u0000/g, '\ufffd')
      : v
    : Array.isArray(v)
      ? v.map(withoutNul)
      : v;

/** The client, its query parameters cleared of NUL (articles stored before read removed them, e.g. by migrate). */
function nulSafe(client: pg.PoolClient): pg.PoolClient {
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver);
      return (text: unknown, values?: unknown) =>
        Array.isArray(values)
          ? target.query(text as string, values.map(withoutNul))
          : target.query(text as string, values as undefined);
    },
  });
}

/** Split `?schema=` off a connection URL. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string } {
  let schema = APP;
  let connectionString = url;
  try {
    const u = new URL(url);
    const s = u.searchParams.get('schema');
    if (s) {
      schema = s;
      u.searchParams.delete('schema');
      connectionString = u.toString();
    }
  } catch {
    /* pg reports malformed URLs itself */
  }
  if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) {
    throw new CrosscheckError('E_DB_CONNECT', {
      url: redactUrl(url),
      reason: `schema name \`${schema}\` must be letters, digits and _`,
    });
  }
  return { connectionString, schema };
}

export interface PostgresOptions {
  /** Pool size (default 10). */
  max?: number;
  /** Override the URL's schema. */
  schema?: string;
}

/** Open (creating or migrating) a PostgreSQL store. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const parsed = parsePostgresUrl(url);
  const schema = options.schema ?? parsed.schema;
  const pool = new pg.Pool({
    connectionString: parsed.connectionString,
    max: options.max ?? 10,
    options: `-c search_path=${schema}`,
    application_name: 'crosscheck',
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => {});
  // Nor a checked-out one's (a transaction's client between two queries): pg-pool listens only while idle.
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    await migrate(pool, schema, url);
  } catch (err) {
    await pool.end().catch(() => {});
    if (err instanceof CrosscheckError) throw err;
    throw new CrosscheckError('E_DB_CONNECT', { url: redactUrl(url), reason: String((err as Error).message || err) });
  }
  return new PostgresStore(pool, schema);
}

/** Run `fn` on one client of `pool` inside a transaction opened with `begin`; rolled back when `fn` throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  begin: string,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const out = await fn(client);
    await client.query('commit');
    return out;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

async function migrate(pool: pg.Pool, schema: string, url: string): Promise<void> {
  await inTransaction(pool, 'begin', async (client) => {
    // Two processes opening a new database at once must not both migrate.
    await client.query('select pg_advisory_xact_lock($1, $2)', [LOCK_NS, LOCK_MIGRATE]);
    await client.query(`create schema if not exists ${schema}`);
    const tables = await client.query<{ name: string }>(
      'select table_name as name from information_schema.tables where table_schema = $1',
      [schema],
    );
    const names = new Set(tables.rows.map((r) => r.name));
    let version = 0;
    if (names.size > 0) {
      const marked = names.has('meta')
        ? await client
            .query<{ value: string }>("select value from meta where key = 'app'")
            .catch(() => ({ rows: [] as Array<{ value: string }> }))
        : { rows: [] };
      if (marked.rows[0]?.value !== APP) {
        throw new CrosscheckError('E_DB_FOREIGN', {
          file: `${redactUrl(url)} (schema ${schema})`,
          reason: 'the schema holds tables of another program',
        });
      }
      const v = await client.query<{ value: string }>("select value from meta where key = 'schema_version'");
      version = Number(v.rows[0]?.value ?? 0);
    } else {
      await client.query('create table meta (key text primary key, value text)');
      await client.query("insert into meta (key, value) values ('app', $1)", [APP]);
    }
    if (version > POSTGRES_SCHEMA_VERSION) {
      throw new CrosscheckError('E_DB_NEWER', {
        file: redactUrl(url),
        found: version,
        expected: POSTGRES_SCHEMA_VERSION,
      });
    }
    for (let v = version; v < POSTGRES_SCHEMA_VERSION; v++) await client.query(postgresMigrations[v]!);
    if (version !== POSTGRES_SCHEMA_VERSION) {
      await client.query(
        "insert into meta (key, value) values ('schema_version', $1) on conflict (key) do update set value = excluded.value",
        [String(POSTGRES_SCHEMA_VERSION)],
      );
    }
  });
}

/** Options of {@link PostgresStore.putArticles} beyond the Store contract. */
export interface PutOptions {
  /** Sort keys, one per article (see postgres-schema.ts); default: a new run, in batch order. */
  order?: number[];
  /** Ingest times, one per article (migration keeps the original ones); default: now. */
  ingestedAt?: string[];
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string;

  constructor(pool: pg.Pool, schema: string) {
    this.pool = pool;
    this.schema = schema;
  }

  /** A new enqueue run number: positions of one run sort after every earlier run's. */
  async nextRun(): Promise<number> {
    const r = await this.pool.query<{ n: string }>("select nextval('ingest_run') as n");
    return Number(r.rows[0]!.n);
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, 'begin', (client) => fn(nulSafe(client)));
  }

  /**
   * Stored versions linked again (a version dated before them came later): their article and document links set,
   * and their kept corpus state dropped, so the next corpus run takes them in anew.
   */
  private async relinkVersions(c: pg.PoolClient, relinks: VersionPlan['relinks']): Promise<void> {
    // The kept corpus state is what a corpus write rewrites: wait for one rather than deadlock.
    await c.query('select pg_advisory_xact_lock($1, $2)', [LOCK_NS, LOCK_CORPUS]);
    const ids = relinks.map((v) => v.id);
    const link = new Map(relinks.map((v) => [v.id, v.previous]));
    await c.query(
      'update articles a set previous_version = v.prev from unnest($1::text[], $2::text[]) as v(id, prev) where a.id = v.id',
      [ids, relinks.map((v) => v.previous)],
    );
    const r = await c.query<{ id: string; record: string }>(
      'select id, record from documents where id = any($1::text[])',
      [ids],
    );
    await c.query(
      'update documents d set record = v.record from unnest($1::text[], $2::text[]) as v(id, record) where d.id = v.id',
      [
        r.rows.map((row) => row.id),
        r.rows.map((row) => json({ ...parse<DocumentRecord>(row.record), previousVersion: link.get(row.id) ?? null })),
      ],
    );
    await c.query('delete from corpus_docs where id = any($1::text[])', [ids]);
  }

  async putArticles(articles: Article[], options: PutOptions = {}): Promise<PutOutcome[]> {
    if (!articles.length) return [];
    let order = options.order;
    if (!order || order.length !== articles.length) {
      const run = await this.nextRun();
      order = articles.map((_, i) => run * ORD_RUN + i);
    }
    const keys = order;
    const now = new Date().toISOString();
    const at = (i: number) => options.ingestedAt?.[i] ?? now;
    // Set-based: a handful of statements per batch, whatever its size (round trips, not rows, cost most).
    return this.tx(async (c) => {
      // Versions: one writer at a time per URL, so two never both take the same "latest".
      const urls = [...new Set(articles.map((a) => a.url).filter((u): u is string => !!u))].sort();
      for (const u of urls) await c.query('select pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NS + LOCK_URL, u]);
      const versions = new Map<string, StoredVersion[]>();
      if (urls.length) {
        const r = await c.query<StoredVersion & { url: string }>(
          `select a.url, a.id, d.published, a.previous_version as previous
           from articles a left join documents d on d.id = a.id where a.url = any($1::text[])`,
          [urls],
        );
        for (const { url, ...v } of r.rows) (versions.get(url) ?? versions.set(url, []).get(url)!).push(v);
      }
      // Articles in id order: two writers with overlapping batches take unique-index locks in the same order.
      // The first of a repeated id in the batch is the one stored (as SQLite's check-then-insert).
      const first = new Map<string, number>();
      articles.forEach((a, i) => first.has(a.id) || first.set(a.id, i));
      const candidates = [...first.values()].sort((a, b) => (articles[a]!.id < articles[b]!.id ? -1 : 1));
      const inserted = new Set<number>();
      if (candidates.length) {
        const r = await c.query<{ id: string }>(
          `insert into articles (id, ord, source, url, raw, analysis, ingested_at)
           select id, ord, source, url, raw, analysis, at from unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             with ordinality as t(id, ord, source, url, raw, analysis, at, n)
           order by n
           on conflict (id) do nothing returning id`,
          [
            candidates.map((i) => articles[i]!.id),
            candidates.map((i) => keys[i]!),
            candidates.map((i) => articles[i]!.source),
            candidates.map((i) => articles[i]!.url),
            candidates.map((i) => rawText(articles[i]!)),
            candidates.map((i) => storedAnalysisText(articles[i]!)),
            candidates.map((i) => at(i)),
          ],
        );
        const ids = new Set(r.rows.map((x) => x.id));
        for (const i of candidates) if (ids.has(articles[i]!.id)) inserted.add(i);
      }
      // Each new text at a URL takes its place by date in the chain of the stored ones, whatever the batch order.
      const out: PutOutcome[] = new Array(articles.length);
      const plan = versionLinks(articles, inserted, (url) => versions.get(url) ?? []);
      const previous = plan.links;
      articles.forEach((article, i) => {
        if (!inserted.has(i)) {
          out[i] = { id: article.id, source: article.source, status: 'unchanged' };
          return;
        }
        const prev = previous.get(i);
        out[i] = prev
          ? { id: article.id, source: article.source, status: 'version', previous: prev }
          : { id: article.id, source: article.source, status: 'stored' };
      });
      if (previous.size) {
        const list = [...previous];
        await c.query(
          'update articles a set previous_version = v.prev from unnest($1::text[], $2::text[]) as v(id, prev) where a.id = v.id',
          [list.map(([i]) => articles[i]!.id), list.map(([, p]) => p)],
        );
      }
      if (plan.relinks.length) await this.relinkVersions(c, plan.relinks);
      if (plan.next.length)
        await c.query(
          'update articles a set superseded_by = v.next from unnest($1::text[], $2::text[]) as v(id, next) where a.id = v.id',
          [plan.next.map((v) => v.id), plan.next.map((v) => v.next)],
        );
      // Already stored, queued again by a second enqueuer: its place is the earliest any enqueuer gave it.
      if (options.order) {
        const again = candidates.filter((i) => !inserted.has(i));
        if (again.length) {
          // Moving stored rows' places touches the rows a corpus write rewrites: wait for it rather than deadlock.
          await c.query('select pg_advisory_xact_lock($1, $2)', [LOCK_NS, LOCK_CORPUS]);
          const moved = await c.query<{ id: string; ord: string }>(
            'update articles a set ord = v.ord from unnest($1::text[], $2::bigint[]) as v(id, ord) where a.id = v.id and a.ord > v.ord returning a.id, a.ord',
            [again.map((i) => articles[i]!.id), again.map((i) => keys[i]!)],
          );
          if (moved.rowCount) {
            const ids = moved.rows.map((x) => x.id);
            const ords = moved.rows.map((x) => x.ord);
            for (const table of ['documents', 'claims', 'quotes', 'doc_entities']) {
              const col = table === 'documents' ? 'id' : 'document';
              await c.query(
                `update ${table} t set ord = v.ord from unnest($1::text[], $2::bigint[]) as v(id, ord) where t.${col} = v.id`,
                [ids, ords],
              );
            }
          }
        }
      }
      const stored = articles.map((_, i) => i).filter((i) => inserted.has(i));
      if (!stored.length) return out;
      const docs: Array<{ ord: number; d: DocumentRecord }> = [];
      const allClaims: Array<{ ord: number; c: ClaimRecord }> = [];
      const allQuotes: Array<{ ord: number; q: QuoteRecord }> = [];
      const allEnts: Array<{ ord: number; document: string; e: EntityRecord }> = [];
      for (const i of stored) {
        const rec = articleRecords(articles[i]!, at(i), previous.get(i) ?? null);
        const ord = keys[i]!;
        docs.push({ ord, d: rec.document });
        for (const c of rec.claims) allClaims.push({ ord, c });
        for (const q of rec.quotes) allQuotes.push({ ord, q });
        for (const e of rec.entities) allEnts.push({ ord, document: rec.document.id, e });
      }
      // A repeated id: the last one wins, as in the SQLite store.
      const claims = lastWins(allClaims, (x) => x.c.id);
      const quotes = lastWins(allQuotes, (x) => x.q.id);
      const ents = lastWins(allEnts, (x) => `${x.document}\u0000${x.e.id}`);
      await c.query(
        `insert into documents (id, ord, source, url, title, outlet, published, language, body, record, tsv)
         select id, ord, source, url, title, outlet, published, language, body, record,
                setweight(to_tsvector('${TS_CONFIG}', coalesce(title, '')), 'A') || to_tsvector('${TS_CONFIG}', body)
         from unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
           with ordinality as t(id, ord, source, url, title, outlet, published, language, body, record, n)
         order by n`,
        [
          docs.map((x) => x.d.id),
          docs.map((x) => x.ord),
          docs.map((x) => x.d.source),
          docs.map((x) => x.d.url),
          docs.map((x) => x.d.title),
          docs.map((x) => x.d.outlet),
          docs.map((x) => x.d.published),
          docs.map((x) => x.d.language),
          docs.map((x) => x.d.body),
          docs.map((x) => json(x.d)),
        ],
      );
      if (claims.length) {
        const cl = claims;
        await c.query(
          `insert into claims (id, document, ord, value, low, high, status, source, measure, action, evidence, record, tsv)
           select id, document, ord, value, low, high, status, source, measure, action, evidence, record, to_tsvector('${TS_CONFIG}', evidence)
           from unnest($1::text[], $2::text[], $3::bigint[], $4::float8[], $5::float8[], $6::float8[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
             with ordinality as t(id, document, ord, value, low, high, status, source, measure, action, evidence, record, n)
           order by n
           on conflict (id) do update set document = excluded.document, ord = excluded.ord, value = excluded.value, low = excluded.low, high = excluded.high,
             status = excluded.status, source = excluded.source, measure = excluded.measure, action = excluded.action, evidence = excluded.evidence,
             record = excluded.record, tsv = excluded.tsv`,
          [
            cl.map((x) => x.c.id),
            cl.map((x) => x.c.document),
            cl.map((x) => x.ord),
            cl.map((x) => x.c.value),
            cl.map((x) => x.c.low),
            cl.map((x) => x.c.high),
            cl.map((x) => x.c.status),
            cl.map((x) => x.c.source),
            cl.map((x) => x.c.measure),
            cl.map((x) => x.c.action),
            cl.map((x) => x.c.evidence),
            cl.map((x) => json(x.c)),
          ],
        );
      }
      if (quotes.length) {
        const qs = quotes;
        await c.query(
          `insert into quotes (id, document, ord, speaker, text, record)
           select id, document, ord, speaker, text, record from unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[])
             with ordinality as t(id, document, ord, speaker, text, record, n)
           order by n
           on conflict (id) do update set document = excluded.document, ord = excluded.ord, speaker = excluded.speaker, text = excluded.text, record = excluded.record`,
          [
            qs.map((x) => x.q.id),
            qs.map((x) => x.q.document),
            qs.map((x) => x.ord),
            qs.map((x) => x.q.speaker),
            qs.map((x) => x.q.text),
            qs.map((x) => json(x.q)),
          ],
        );
      }
      if (ents.length) {
        const es = ents;
        await c.query(
          `insert into doc_entities (document, ord, entity, record)
           select document, ord, entity, record from unnest($1::text[], $2::bigint[], $3::text[], $4::text[]) with ordinality as t(document, ord, entity, record, n) order by n`,
          [es.map((x) => x.document), es.map((x) => x.ord), es.map((x) => x.e.id), es.map((x) => json(x.e))],
        );
      }
      return out;
    });
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.pool.query('select 1 from articles where id = $1', [id])).rowCount! > 0;
  }

  /** Which of `ids` are stored (one round trip, for the enqueuer). */
  async knownIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const r = await this.pool.query<{ id: string }>('select id from articles where id = any($1::text[])', [ids]);
    return new Set(r.rows.map((x) => x.id));
  }

  async getArticle(id: string): Promise<Article | null> {
    const r = await this.pool.query('select raw, analysis from articles where id = $1', [id]);
    const row = r.rows[0] as Row | undefined;
    if (!row) return null;
    return { ...parse<Omit<Article, 'raw'>>(row.analysis), raw: String(row.raw) } as Article;
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const r = await this.pool.query('select record from documents where id = $1', [id]);
    return r.rows[0] ? parse<DocumentRecord>(r.rows[0].record) : null;
  }

  async listDocuments(query: PageQuery = {}): Promise<Page<DocumentRecord>> {
    const { limit, offset } = limits(query);
    const rows = await this.pool.query('select record from documents order by ord, seq limit $1 offset $2', [
      limit,
      offset,
    ]);
    const total = await this.count('documents');
    return page(
      rows.rows.map((r: Row) => parse<DocumentRecord>(r.record)),
      total,
      { limit, offset },
    );
  }

  /**
   * The rows of a table in insertion order, in pages on (ord, seq) (keyset
   * pagination): constant memory, no cursor held across yields. `table` and
   * `columns` are this class's own constants, never user text.
   */
  private async *inOrder(
    table: 'documents' | 'claims' | 'doc_entities',
    columns: string,
    pageSize: number,
  ): AsyncIterable<Row> {
    let ord = '-9223372036854775808';
    let seq = '0';
    for (;;) {
      const r = await this.pool.query(
        `select ord, seq, ${columns} from ${table} where (ord, seq) > ($1::bigint, $2::bigint) order by ord, seq limit ${pageSize}`,
        [ord, seq],
      );
      if (!r.rows.length) return;
      yield* r.rows as Row[];
      const last = r.rows[r.rows.length - 1] as Row;
      ord = String(last.ord);
      seq = String(last.seq);
    }
  }

  async *iterateDocuments(): AsyncIterable<DocumentRecord> {
    for await (const row of this.inOrder('documents', 'record', 500)) yield parse<DocumentRecord>(row.record);
  }

  protected claimRecord(row: Row, extracted = false): ClaimRecord {
    return storedClaim(parse<ClaimRecord>(row.record), row, extracted);
  }

  async *iterateClaims(options: { extracted?: boolean } = {}): AsyncIterable<ClaimRecord> {
    for await (const row of this.inOrder('claims', 'record, figure, canonical_source', 1000))
      yield this.claimRecord(row, options.extracted);
  }

  async listClaims(filter: ClaimFilter = {}): Promise<Page<ClaimRecord>> {
    const { limit, offset } = limits(filter);
    const where: string[] = [];
    const args: unknown[] = [];
    const arg = (v: unknown) => (args.push(v), `$${args.length}`);
    if (filter.document) where.push(`c.document = ${arg(filter.document)}`);
    if (filter.figure) where.push(`c.figure = ${arg(filter.figure)}`);
    if (filter.source) {
      const p = arg(filter.source);
      where.push(`(coalesce(c.canonical_source, c.source) = ${p} or c.source = ${p})`);
    }
    if (filter.status) where.push(`c.status = ${arg(filter.status)}`);
    if (filter.outlet) where.push(`lower(d.outlet) = lower(${arg(filter.outlet)})`);
    if (filter.value !== undefined) {
      const p = arg(filter.value);
      where.push(`(c.value = ${p} or c.low = ${p} or c.high = ${p})`);
    }
    if (filter.from) where.push(`d.published >= ${arg(filter.from)}`);
    if (filter.to) where.push(`d.published <= ${arg(filter.to)} || '~'`);
    // SQLite's LIKE is case-insensitive: ILIKE here.
    if (filter.text)
      where.push(`c.evidence ilike ${arg(`%${filter.text.replace(/[\\%_]/g, (m) => '\\' + m)}%`)} escape '\\'`);
    const sortCols = {
      value: ['coalesce(c.value, c.low, c.high)'],
      published: ['d.published'],
      document: ['d.ord', 'd.seq'],
      status: ['c.status'],
    }[filter.sort ?? 'document'];
    // SQLite puts NULL first ascending and last descending; say so explicitly here.
    const order = filter.order === 'desc' ? 'desc nulls last' : 'asc nulls first';
    const sort = sortCols.map((col) => `${col} ${order}`).join(', ');
    const w = where.length ? `where ${where.join(' and ')}` : '';
    const rows = await this.pool.query(
      `select c.record, c.figure, c.canonical_source from claims c join documents d on d.id = c.document ${w} order by ${sort}, c.ord, c.seq limit ${arg(limit)} offset ${arg(offset)}`,
      args,
    );
    const total = await this.pool.query<{ n: string }>(
      `select count(*) n from claims c join documents d on d.id = c.document ${w}`,
      args.slice(0, -2),
    );
    return page(
      rows.rows.map((r: Row) => this.claimRecord(r)),
      Number(total.rows[0]!.n),
      { limit, offset },
    );
  }

  async listQuotes(filter: QuoteFilter = {}): Promise<Page<QuoteRecord>> {
    const { limit, offset } = limits(filter);
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.document) {
      args.push(filter.document);
      where.push(`document = $${args.length}`);
    }
    if (filter.speaker) {
      args.push(filter.speaker);
      where.push(`(coalesce(canonical_speaker, speaker) = $${args.length} or speaker = $${args.length})`);
    }
    if (filter.text) {
      args.push(`%${filter.text.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
      where.push(`text ilike $${args.length} escape '\\'`);
    }
    const w = where.length ? `where ${where.join(' and ')}` : '';
    const rows = await this.pool.query(
      `select record, canonical_speaker from quotes ${w} order by ord, seq limit $${args.length + 1} offset $${args.length + 2}`,
      [...args, limit, offset],
    );
    const total = await this.pool.query<{ n: string }>(`select count(*) n from quotes ${w}`, args);
    const items = rows.rows.map((r: Row) => {
      const q = parse<QuoteRecord>(r.record);
      if (r.canonical_speaker) q.speaker = String(r.canonical_speaker);
      return q;
    });
    return page(items, Number(total.rows[0]!.n), { limit, offset });
  }

  async topSpeakers(limit: number): Promise<SpeakerCount[]> {
    // Bytewise order and max, as in SQLite.
    const r = await this.pool.query(
      `select g.s speaker, coalesce(e.record::json->>'name', g.name) name, g.n quotes
       from (select coalesce(canonical_speaker, speaker) s, count(*)::int n,
                    max((record::json->>'speakerName') collate "C") name
             from quotes where coalesce(canonical_speaker, speaker) is not null group by 1) g
       left join entities e on e.id = g.s
       order by g.n desc, g.s collate "C" limit $1`,
      [limit],
    );
    return r.rows.map((row: Row) => ({
      speaker: String(row.speaker),
      name: (row.name as string | null) ?? null,
      quotes: Number(row.quotes),
    }));
  }

  async topOutlets(limit: number): Promise<OutletCount[]> {
    // Bytewise order, as in SQLite.
    const r = await this.pool.query(
      `select outlet, count(*)::int n from documents where outlet is not null and outlet <> ''
       group by outlet order by n desc, outlet collate "C" limit $1`,
      [limit],
    );
    return r.rows.map((row: Row) => ({ outlet: String(row.outlet), documents: Number(row.n) }));
  }

  async listEntities(
    query: PageQuery & { type?: string; q?: string; perDocument?: boolean } = {},
  ): Promise<Page<EntityRecord>> {
    return this.listEntitiesFrom(query.perDocument ? 'documents' : 'auto', query);
  }

  private async listEntitiesFrom(
    from: 'auto' | 'documents',
    query: PageQuery & { type?: string; q?: string },
  ): Promise<Page<EntityRecord>> {
    const { limit, offset } = limits(query);
    const corpus = from === 'documents' ? 0 : await this.count('entities');
    let all: EntityRecord[];
    if (corpus > 0) {
      all = filterEntities(
        (await this.pool.query('select record from entities')).rows
          .map((r: Row) => parse<EntityRecord>(r.record))
          .sort(byDocumentsThenId((e) => e.documents.length)),
        query,
      );
    } else {
      // Before the corpus stages ran: the per-document entities, merged by id (as SQLite does).
      // In pages on (ord, seq), merged as they come: 100,000 articles have over a million per-document records.
      const merger = entityMerger();
      for await (const row of this.inOrder('doc_entities', 'record', 5000)) merger.add(parse<EntityRecord>(row.record));
      all = filterEntities(merger.result(), query);
    }
    return page(all.slice(offset, offset + limit), all.length, { limit, offset });
  }

  async listFigures(query: PageQuery = {}): Promise<Page<FigureRecord>> {
    const { limit, offset } = limits(query);
    const rows = await this.pool.query(
      'select record from figures order by claims desc, sort_key, seq limit $1 offset $2',
      [limit, offset],
    );
    return page(
      rows.rows.map((r: Row) => parse<FigureRecord>(r.record)),
      await this.count('figures'),
      { limit, offset },
    );
  }

  async getFigure(id: string): Promise<FigureRecord | null> {
    const r = await this.pool.query('select record from figures where id = $1', [id]);
    return r.rows[0] ? parse<FigureRecord>(r.rows[0].record) : null;
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
      args.push(v);
      where.push(`${column} = $${args.length}`);
    }
    if (query.q) {
      args.push(`%${query.q.replace(/[\\%_]/g, (m) => '\\' + m)}%`);
      where.push(`(brief::json->>'label') ilike $${args.length} escape '\\'`);
    }
    const w = where.length ? `where ${where.join(' and ')}` : '';
    const rows = await this.pool.query(
      `select id, story, part_of, claims, brief, case when brief is null then record end record from figures ${w} order by claims desc, sort_key, seq limit $${args.length + 1} offset $${args.length + 2}`,
      [...args, limit, offset],
    );
    const total = await this.pool.query<{ n: string }>(`select count(*) n from figures ${w}`, args);
    // A figure written before briefs were stored has none: computed from its record once, here.
    const items = rows.rows.map((r: Row) =>
      r.brief ? briefOfRow(r) : figureBrief(parse<FigureRecord>(String(r.record))),
    );
    return page(items, Number(total.rows[0]!.n), { limit, offset });
  }

  async listStories(): Promise<StoryBrief[]> {
    const r = await this.pool.query('select record from stories');
    return r.rows.map((x: Row) => parse<StoryBrief>(String(x.record))).sort(byDocumentsThenId((s) => s.documents));
  }

  async listDuplicates(document?: string): Promise<DuplicateLink[]> {
    const r = document
      ? await this.pool.query(
          'select document, "of", kind, similarity from duplicates where document = $1 or "of" = $1 order by seq',
          [document],
        )
      : await this.pool.query('select document, "of", kind, similarity from duplicates order by seq');
    return r.rows.map((x: Row) => ({
      document: String(x.document),
      of: String(x.of),
      kind: x.kind as DuplicateLink['kind'],
      similarity: Number(x.similarity),
    }));
  }

  async putCorpus(result: CorpusResult): Promise<void> {
    const CHUNK = 5000;
    await this.tx(async (c) => {
      // One corpus write at a time: two coordinators replacing at once would interleave deletes and inserts.
      await c.query('select pg_advisory_xact_lock($1, $2)', [LOCK_NS, LOCK_CORPUS]);
      await c.query('delete from entities');
      await c.query('delete from figures');
      await c.query('delete from duplicates');
      await c.query('delete from stories');
      await c.query(
        'update claims set figure = null, canonical_source = null where figure is not null or canonical_source is not null',
      );
      await c.query('update quotes set canonical_speaker = null where canonical_speaker is not null');
      for (const part of chunks(result.entities, CHUNK)) {
        await c.query(
          'insert into entities (id, record) select id, record from unnest($1::text[], $2::text[]) with ordinality as t(id, record, n) order by n',
          [part.map((e) => e.id), part.map((e) => json(e))],
        );
      }
      for (const part of chunks(result.duplicates, CHUNK)) {
        await c.query(
          'insert into duplicates (document, "of", kind, similarity) select d, o, k, s from unnest($1::text[], $2::text[], $3::text[], $4::float8[]) with ordinality as t(d, o, k, s, n) order by n',
          [part.map((d) => d.document), part.map((d) => d.of), part.map((d) => d.kind), part.map((d) => d.similarity)],
        );
      }
      // Figures may be a lazy stream (runCorpus reconciles each as it is asked for): written in batches of
      // at most CHUNK figures or FIGURE_BYTES of JSON, so only one batch is held.
      const FIGURE_BYTES = 8 << 20;
      let ids: string[] = [];
      let records: string[] = [];
      let briefs: string[] = [];
      let storyIds: Array<string | null> = [];
      let parts: Array<string | null> = [];
      let counts: number[] = [];
      let sortKeys: string[] = [];
      let bytes = 0;
      const perStory = new Map<string, number>();
      let claimIds: string[] = [];
      let claimFigures: string[] = [];
      const flushFigures = async () => {
        if (ids.length) {
          await c.query(
            'insert into figures (id, record, brief, story, part_of, claims, sort_key) select id, record, brief, story, part_of, claims, sort_key from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) with ordinality as t(id, record, brief, story, part_of, claims, sort_key, n) order by n',
            [ids, records, briefs, storyIds, parts, counts, sortKeys],
          );
        }
        ids = [];
        records = [];
        briefs = [];
        storyIds = [];
        parts = [];
        counts = [];
        sortKeys = [];
        bytes = 0;
      };
      const flushClaims = async () => {
        if (claimIds.length)
          await c.query(
            'update claims c set figure = v.f from unnest($1::text[], $2::text[]) as v(id, f) where c.id = v.id',
            [claimIds, claimFigures],
          );
        claimIds = [];
        claimFigures = [];
      };
      for (const f of result.figures) {
        const [id, record, brief, story, part, count, sortKey] = figureRow(f);
        ids.push(id);
        records.push(record);
        briefs.push(brief);
        storyIds.push(story);
        parts.push(part);
        counts.push(count);
        sortKeys.push(sortKey);
        if (f.story) perStory.set(f.story, (perStory.get(f.story) ?? 0) + 1);
        bytes += record.length + brief.length;
        if (ids.length >= CHUNK || bytes >= FIGURE_BYTES) await flushFigures();
        for (const claim of f.claims) {
          claimIds.push(claim);
          claimFigures.push(f.id);
          if (claimIds.length >= CHUNK) await flushClaims();
        }
      }
      await flushFigures();
      await flushClaims();
      for (const part of chunks(result.stories ?? [], CHUNK)) {
        await c.query(
          'insert into stories (id, record) select id, record from unnest($1::text[], $2::text[]) with ordinality as t(id, record, n) order by n on conflict (id) do nothing',
          [part.map((st) => st.id), part.map((st) => json(storyBrief(st, perStory.get(st.id) ?? 0)))],
        );
      }
      if (result.claimSource) {
        for (const part of chunks(Object.entries(result.claimSource), CHUNK)) {
          await c.query(
            'update claims c set canonical_source = v.s from unnest($1::text[], $2::text[]) as v(id, s) where c.id = v.id',
            [part.map((x) => x[0]), part.map((x) => x[1])],
          );
        }
      }
      if (result.entityRemap) {
        const pairs = Object.entries(result.entityRemap);
        const from = pairs.map((x) => x[0]);
        const to = pairs.map((x) => x[1]);
        const sql =
          'update quotes q set canonical_speaker = v.t from unnest($1::text[], $2::text[]) as v(f, t) where q.speaker = v.f';
        if (pairs.length) await c.query(sql, [from, to]);
      }
      await c.query(
        "insert into meta (key, value) values ('corpus_computed_at', $1) on conflict (key) do update set value = excluded.value",
        [result.computedAt],
      );
      await PostgresCorpusState.writeFull(c, result);
    });
  }

  private state?: PostgresCorpusState;

  /** The corpus state kept between runs (src/corpus/incremental.ts). */
  get corpusState(): PostgresCorpusState {
    return (this.state ??= new PostgresCorpusState(this, (fn) => this.tx(fn), [LOCK_NS, LOCK_CORPUS]));
  }

  async putCorrections(corrections: CorrectionRecord[]): Promise<number> {
    if (!corrections.length) return 0;
    return this.tx(async (c) => {
      let added = 0;
      for (const r of corrections) {
        const res = await c.query(
          'insert into corrections (id, target_kind, target_id, what, who, created, record) values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do nothing',
          [r.id, r.target.kind, r.target.id, r.what, r.who, r.when, json(r)],
        );
        added += res.rowCount ?? 0;
      }
      return added;
    });
  }

  async listCorrections(): Promise<CorrectionRecord[]> {
    const r = await this.pool.query('select record from corrections order by seq');
    return r.rows.map((row: Row) => parse<CorrectionRecord>(row.record));
  }

  async search(q: string, query: PageQuery = {}): Promise<Page<SearchHit>> {
    const { limit, offset } = limits(query);
    // The same word extraction as SQLite; plainto_tsquery treats what is left as words only.
    const terms = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    if (!terms.length) return page([], 0, { limit, offset });
    const text = terms.join(' ');
    const headline = (words: number) =>
      `StartSel=[, StopSel=], MaxWords=${words}, MinWords=${Math.min(5, words)}, ShortWord=0, MaxFragments=1, FragmentDelimiter=…`;
    const docs = await this.pool.query(
      `with q as (select plainto_tsquery('${TS_CONFIG}', $1) as q)
       select d.id, d.title, ts_headline('${TS_CONFIG}', d.body, q.q, $2) snip, ts_rank_cd(d.tsv, q.q) score
       from documents d, q where d.tsv @@ q.q order by score desc, d.ord, d.seq limit 200`,
      [text, headline(12)],
    );
    const claims = await this.pool.query(
      `with q as (select plainto_tsquery('${TS_CONFIG}', $1) as q)
       select c.id, c.document, d.title, ts_headline('${TS_CONFIG}', c.evidence, q.q, $2) snip, ts_rank_cd(c.tsv, q.q) score
       from claims c join documents d on d.id = c.document, q where c.tsv @@ q.q order by score desc, c.ord, c.seq limit 200`,
      [text, headline(16)],
    );
    const hits: SearchHit[] = [
      ...docs.rows.map((r: Row) => ({
        kind: 'document' as const,
        id: String(r.id),
        document: String(r.id),
        title: (r.title as string) ?? null,
        snippet: String(r.snip),
        score: Number(r.score),
      })),
      ...claims.rows.map((r: Row) => ({
        kind: 'claim' as const,
        id: String(r.id),
        document: String(r.document),
        title: (r.title as string) ?? null,
        snippet: String(r.snip),
        score: Number(r.score),
      })),
    ].sort((a, b) => b.score - a.score);
    return page(hits.slice(offset, offset + limit), hits.length, { limit, offset });
  }

  private async count(table: string): Promise<number> {
    const r = await this.pool.query<{ n: string }>(`select count(*) n from ${table}`);
    return Number(r.rows[0]!.n);
  }

  async stats(): Promise<StoreStats> {
    const entities =
      (await this.count('entities')) ||
      Number((await this.pool.query<{ n: string }>('select count(distinct entity) n from doc_entities')).rows[0]!.n);
    const v = await this.pool.query<{ value: string }>("select value from meta where key = 'schema_version'");
    return {
      documents: await this.count('documents'),
      claims: await this.count('claims'),
      quotes: await this.count('quotes'),
      entities,
      figures: await this.count('figures'),
      schemaVersion: Number(v.rows[0]?.value ?? 0),
    };
  }

  /** {@link Store.snapshot}: one client in a REPEATABLE READ, READ ONLY transaction serves every read of `fn`. */
  async snapshot<T>(fn: (view: Store) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, 'begin isolation level repeatable read read only', (client) => {
      const one = { query: client.query.bind(client), end: async () => {} } as unknown as pg.Pool;
      return fn(new PostgresStore(one, this.schema));
    });
  }

  async watchState(): Promise<WatchState> {
    const { PostgresWatchState } = await import('./postgres-watch.js');
    return new PostgresWatchState(this);
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
