/** The corpus state kept between runs ({@link CorpusStateStore}) in a PostgreSQL store's tables (the 6 → 7 step). */
import type pg from 'pg';
import type { ClaimRecord, CorpusDelta, CorpusResult, CorpusDocState, DeltaWritten, EntityRecord } from '../records.js';
import { chunks, figureRow, json, parse, rowChanges, sameJson } from './rows.js';
import { storyBrief } from './figure-brief.js';
import type { PostgresStore } from './postgres.js';
import type { CorpusStateStore, FigureKey } from './store.js';

type Row = Record<string, unknown>;
type Tx = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;

/** Rows per set-based statement. */
const CHUNK = 5000;

const idOf = (row: { id: string }) => row.id;

/** Apply {@link rowChanges} to an `(id, record)` table ordered by `seq`; returns the rows written or deleted. */
async function writeRows<T extends { id: string }>(
  c: pg.PoolClient,
  table: 'entities' | 'corpus_entities' | 'stories',
  changes: ReturnType<typeof rowChanges<T>>,
  record: (row: T) => string,
): Promise<number> {
  if (changes.drop.length) await c.query(`delete from ${table} where id = any($1::text[])`, [changes.drop]);
  for (const part of chunks(changes.update, CHUNK)) {
    await c.query(
      `update ${table} t set record = v.r from unnest($1::text[], $2::text[]) as v(id, r) where t.id = v.id`,
      [part.map(idOf), part.map(record)],
    );
  }
  for (const part of chunks(changes.append, CHUNK)) {
    await c.query(
      `insert into ${table} (id, record) select id, record from unnest($1::text[], $2::text[])
       with ordinality as t(id, record, n) order by n`,
      [part.map(idOf), part.map(record)],
    );
  }
  return changes.drop.length + changes.update.length + changes.append.length;
}

/** The rows a statement changed. */
async function changes(c: pg.PoolClient, sql: string, args: unknown[]): Promise<number> {
  return (await c.query(sql, args)).rowCount ?? 0;
}

/**
 * Quotes' canonical speakers: those of the speakers whose merged id changed, and those of the new documents'
 * quotes (every other quote already has the one the remap gives). Returns the quotes changed.
 */
async function remapSpeakers(c: pg.PoolClient, delta: CorpusDelta): Promise<number> {
  const next = new Map(Object.entries(delta.entityRemap));
  const was = new Map(Object.entries(delta.was.entityRemap));
  const moved = [...new Set([...next.keys(), ...was.keys()])].filter(
    (k) => (next.get(k) ?? null) !== (was.get(k) ?? null),
  );
  let changed = 0;
  for (const part of chunks(moved, CHUNK)) {
    changed += await changes(
      c,
      `update quotes q set canonical_speaker = v.t from unnest($1::text[], $2::text[]) as v(f, t)
       where q.speaker = v.f and q.canonical_speaker is distinct from v.t`,
      [part, part.map((k) => next.get(k) ?? null)],
    );
  }
  const documents = delta.docStates.map((d) => d.id);
  const r = await c.query('select id, speaker, canonical_speaker from quotes where document = any($1::text[])', [
    documents,
  ]);
  const set = (r.rows as Row[])
    .map((q) => [String(q.id), q.speaker == null ? null : (next.get(String(q.speaker)) ?? null), q] as const)
    .filter(([, to, q]) => to !== (q.canonical_speaker ?? null));
  for (const part of chunks(set, CHUNK)) {
    changed += await changes(
      c,
      'update quotes q set canonical_speaker = v.t from unnest($1::text[], $2::text[]) as v(id, t) where q.id = v.id',
      [part.map((x) => x[0]), part.map((x) => x[1])],
    );
  }
  return changed;
}

export class PostgresCorpusState implements CorpusStateStore {
  private readonly pool: PostgresStore['pool'];

  /** `tx`: the store's transaction runner; `lock`: the advisory lock that keeps corpus writes one at a time. */
  constructor(
    store: PostgresStore,
    private readonly tx: Tx,
    private readonly lock: [number, number],
  ) {
    this.pool = store.pool;
  }

  async *states(): AsyncIterable<{ id: string; state: CorpusDocState | null }> {
    let ord = '-9223372036854775808';
    let seq = '0';
    for (;;) {
      const r = await this.pool.query(
        `select d.ord, d.seq, d.id, c.story, c.state from documents d left join corpus_docs c on c.id = d.id
         where (d.ord, d.seq) > ($1::bigint, $2::bigint) order by d.ord, d.seq limit 2000`,
        [ord, seq],
      );
      if (!r.rows.length) return;
      for (const row of r.rows as Row[]) {
        const id = String(row.id);
        yield {
          id,
          state: row.state == null ? null : { id, story: (row.story as string) ?? null, state: String(row.state) },
        };
      }
      const last = r.rows[r.rows.length - 1] as Row;
      ord = String(last.ord);
      seq = String(last.seq);
    }
  }

  async entityInput(): Promise<EntityRecord[]> {
    const r = await this.pool.query('select record from corpus_entities order by seq');
    return r.rows.map((row: Row) => parse<EntityRecord>(row.record));
  }

  async entitiesOf(documents: string[]): Promise<EntityRecord[]> {
    const r = await this.pool.query(
      'select record from doc_entities where document = any($1::text[]) order by ord, seq',
      [documents],
    );
    return r.rows.map((row: Row) => parse<EntityRecord>(row.record));
  }

  async claimsOf(documents: string[]): Promise<ClaimRecord[]> {
    const r = await this.pool.query('select record from claims where document = any($1::text[]) order by ord, seq', [
      documents,
    ]);
    return r.rows.map((row: Row) => parse<ClaimRecord>(row.record));
  }

  async sourcesOutside(sources: string[], except: string[]): Promise<string[]> {
    const r = await this.pool.query(
      'select distinct source from claims where source = any($1::text[]) and not (document = any($2::text[]))',
      [sources, except],
    );
    return r.rows.map((row: Row) => String(row.source));
  }

  async figureKeys(naming?: readonly string[]): Promise<FigureKey[]> {
    const select = "select id, story, brief::json->>'label' as label, claims, sort_key from figures";
    const r = naming
      ? await this.pool.query(
          `${select} where sort_key is null or exists (select 1 from unnest($1::text[]) k where strpos(sort_key, k) > 0)`,
          [naming],
        )
      : await this.pool.query(select);
    return r.rows.map((row: Row) => ({
      id: String(row.id),
      story: (row.story as string) ?? null,
      label: String(row.label ?? ''),
      claims: Number(row.claims),
      key: (row.sort_key as string) ?? null,
    }));
  }

  async figureIdsTaken(ids: string[], except: string[]): Promise<string[]> {
    const r = await this.pool.query(
      'select id from figures where id = any($1::text[]) and (story is null or not (story = any($2::text[])))',
      [ids, except],
    );
    return r.rows.map((row: Row) => String(row.id));
  }

  async figureTotals(except: string[]): Promise<{ figures: number; claims: number }> {
    const r = await this.pool.query(
      `select count(*)::int as n, coalesce(sum(claims), 0)::int as c from figures
       where story is null or not (story = any($1::text[]))`,
      [except],
    );
    const row = r.rows[0] as Row;
    return { figures: Number(row.n), claims: Number(row.c) };
  }

  async figureIdScheme(): Promise<string | null> {
    const r = await this.pool.query("select value from meta where key = 'figure_ids'");
    return r.rows.length ? String((r.rows[0] as Row).value) : null;
  }

  async putCorpusDelta(delta: CorpusDelta): Promise<DeltaWritten | false> {
    return this.tx(async (c) => {
      await c.query('select pg_advisory_xact_lock($1, $2)', this.lock);
      const count = await c.query('select count(*)::int as n from corpus_docs');
      if (Number((count.rows[0] as Row).n) !== delta.storedStates) return false;
      const written: DeltaWritten = { figures: 0, stories: 0, entities: 0, claims: 0, quotes: 0 };
      const entities = rowChanges(delta.was.entities, delta.entities, idOf, sameJson, false);
      written.entities += await writeRows(c, 'entities', entities, json);
      const input = rowChanges(delta.was.entityInput, delta.entityInput, idOf, sameJson, true);
      written.entities += await writeRows(c, 'corpus_entities', input, json);
      for (const part of chunks(delta.addedDuplicates, CHUNK)) {
        await c.query(
          `insert into duplicates (document, "of", kind, similarity) select d, o, k, s
           from unnest($1::text[], $2::text[], $3::text[], $4::float8[]) with ordinality as t(d, o, k, s, n) order by n`,
          [part.map((d) => d.document), part.map((d) => d.of), part.map((d) => d.kind), part.map((d) => d.similarity)],
        );
      }
      // A stored figure of a replaced story written again exactly as it is stays, with its claims' links.
      const byId = new Map(delta.figures.map((f) => [f.id, f]));
      const stored = await c.query(
        'select id, record, brief, story, part_of, claims, sort_key from figures where story = any($1::text[])',
        [delta.replaceStories],
      );
      const same = new Set<string>();
      const stale: string[] = [];
      for (const r of stored.rows as Row[]) {
        const f = byId.get(String(r.id));
        const row = f ? figureRow(f) : null;
        const kept =
          row &&
          row[1] === r.record &&
          row[2] === r.brief &&
          row[3] === (r.story ?? null) &&
          row[4] === (r.part_of ?? null) &&
          row[5] === Number(r.claims) &&
          row[6] === r.sort_key;
        if (kept) same.add(row[0]);
        else stale.push(String(r.id));
      }
      // Claims leave a replaced figure only when no new figure takes them: the others are set once, below.
      const placed = delta.figures.flatMap((f) => (same.has(f.id) ? [] : f.claims));
      written.claims += await changes(
        c,
        'update claims set figure = null where figure = any($1::text[]) and not (id = any($2::text[]))',
        [stale, placed],
      );
      await c.query('delete from figures where id = any($1::text[])', [stale]);
      const restory = Object.entries(delta.restoryFigures);
      // One statement reads every row before writing any: one story may take the id another gives up.
      if (restory.length)
        written.figures += await changes(
          c,
          `update figures f set story = v.new, sort_key = v.new || substr(f.sort_key, length(v.old) + 1),
             record = jsonb_set(f.record::jsonb, '{story}', to_jsonb(v.new))::text,
             brief = jsonb_set(f.brief::jsonb, '{story}', to_jsonb(v.new), false)::text
           from unnest($1::text[], $2::text[]) as v(old, new) where f.story = v.old`,
          [restory.map((x) => x[0]), restory.map((x) => x[1])],
        );
      const fresh = delta.figures.filter((f) => !same.has(f.id));
      written.figures += fresh.length;
      for (const figures of chunks(fresh, CHUNK)) {
        const part = figures.map(figureRow);
        await c.query(
          `insert into figures (id, record, brief, story, part_of, claims, sort_key)
           select id, record, brief, story, part_of, claims, sort_key
           from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])
           with ordinality as t(id, record, brief, story, part_of, claims, sort_key, n) order by n`,
          [0, 1, 2, 3, 4, 5, 6].map((k) => part.map((row) => row[k])),
        );
      }
      const pairs = fresh.flatMap((f) => f.claims.map((claim) => [claim, f.id] as const));
      for (const part of chunks(pairs, CHUNK)) {
        written.claims += await changes(
          c,
          `update claims c set figure = v.f from unnest($1::text[], $2::text[]) as v(id, f)
           where c.id = v.id and c.figure is distinct from v.f`,
          [part.map((x) => x[0]), part.map((x) => x[1])],
        );
      }
      for (const part of chunks(Object.entries(delta.claimSource), CHUNK)) {
        written.claims += await changes(
          c,
          `update claims c set canonical_source = v.s from unnest($1::text[], $2::text[]) as v(id, s)
           where c.id = v.id and c.canonical_source is distinct from v.s`,
          [part.map((x) => x[0]), part.map((x) => x[1])],
        );
      }
      const briefs = delta.stories.map(({ story, figures }) => storyBrief(story, figures));
      written.stories += await writeRows(
        c,
        'stories',
        rowChanges(delta.was.stories, briefs, idOf, sameJson, false),
        json,
      );
      for (const part of chunks(delta.docStates, CHUNK)) {
        await c.query(
          `insert into corpus_docs (id, story, state) select * from unnest($1::text[], $2::text[], $3::text[])
           on conflict (id) do update set story = excluded.story, state = excluded.state`,
          [part.map((s) => s.id), part.map((s) => s.story), part.map((s) => s.state)],
        );
      }
      for (const part of chunks(Object.entries(delta.restory), CHUNK)) {
        await c.query(
          'update corpus_docs c set story = v.s from unnest($1::text[], $2::text[]) as v(id, s) where c.id = v.id',
          [part.map((x) => x[0]), part.map((x) => x[1])],
        );
      }
      written.quotes += await remapSpeakers(c, delta);
      await c.query(
        "insert into meta (key, value) values ('corpus_computed_at', $1) on conflict (key) do update set value = excluded.value",
        [delta.computedAt],
      );
      return written;
    });
  }

  /** The corpus state a full run writes, inside its transaction (PostgresStore.putCorpus). */
  static async writeFull(
    c: pg.PoolClient,
    { docStates, entityInput, figureIds }: Pick<CorpusResult, 'docStates' | 'entityInput' | 'figureIds'>,
  ): Promise<void> {
    await c.query('delete from corpus_docs');
    await c.query('delete from corpus_entities');
    await c.query(
      "insert into meta (key, value) values ('figure_ids', $1) on conflict (key) do update set value = excluded.value",
      [figureIds?.() ?? 'none'],
    );
    if (!docStates || !entityInput) return;
    let batch: CorpusDocState[] = [];
    const flush = async () => {
      if (batch.length)
        await c.query(
          'insert into corpus_docs (id, story, state) select * from unnest($1::text[], $2::text[], $3::text[])',
          [batch.map((s) => s.id), batch.map((s) => s.story), batch.map((s) => s.state)],
        );
      batch = [];
    };
    for (const s of docStates) {
      batch.push(s);
      if (batch.length >= CHUNK) await flush();
    }
    await flush();
    for (const part of chunks(entityInput, CHUNK)) {
      await c.query(
        `insert into corpus_entities (id, record) select id, record from unnest($1::text[], $2::text[])
         with ordinality as t(id, record, n) order by n`,
        [part.map((e) => e.id), part.map((e) => json(e))],
      );
    }
  }
}
