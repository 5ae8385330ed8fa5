/** The corpus state kept between runs ({@link CorpusStateStore}) in a PostgreSQL store's tables (the 6 → 7 step). */
import type pg from 'pg';
import type { ClaimRecord, CorpusDelta, CorpusDocState, EntityRecord } from '../records.js';
import { chunks, figureRow, json, parse } from './rows.js';
import { storyBrief } from './figure-brief.js';
import type { PostgresStore } from './postgres.js';
import type { CorpusStateStore, FigureKey } from './store.js';

type Row = Record<string, unknown>;
type Tx = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;

/** Rows per set-based statement. */
const CHUNK = 5000;

/**
 * Rename figures (old id → new id) in two steps through ids no figure has (a leading space), so that one
 * figure may take the id another gives up; their records, briefs, parts and claims follow.
 */
async function renameFigures(c: pg.PoolClient, rename: Record<string, string>): Promise<void> {
  const pairs = Object.entries(rename);
  if (!pairs.length) return;
  const args = [pairs.map((p) => p[0]), pairs.map((p) => ' ' + p[1])];
  const map = 'unnest($1::text[], $2::text[]) as v(old, new)';
  await c.query(`update claims c set figure = v.new from ${map} where c.figure = v.old`, args);
  await c.query(`update figures f set part_of = v.new from ${map} where f.part_of = v.old`, args);
  await c.query(`update figures f set id = v.new from ${map} where f.id = v.old`, args);
  await c.query("update claims set figure = substr(figure, 2) where figure like ' %'");
  await c.query("update figures set part_of = substr(part_of, 2) where part_of like ' %'");
  await c.query("update figures set id = substr(id, 2) where id like ' %'");
  // jsonb_set with a SQL null gives null: a missing part is JSON null.
  const part = "coalesce(to_jsonb(part_of), 'null'::jsonb)";
  const relabel = (column: string) =>
    `case when ${column}::jsonb ? 'partOf' then jsonb_set(jsonb_set(${column}::jsonb, '{id}', to_jsonb(id)), '{partOf}', ${part})
     else jsonb_set(${column}::jsonb, '{id}', to_jsonb(id)) end::text`;
  await c.query(
    `update figures set record = ${relabel('record')}, brief = ${relabel('brief')}
     where id = any($1::text[]) or part_of = any($1::text[])`,
    [pairs.map((p) => p[1])],
  );
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

  async claimSources(except: string[]): Promise<string[]> {
    const r = await this.pool.query(
      'select distinct source from claims where source is not null and not (document = any($1::text[]))',
      [except],
    );
    return r.rows.map((row: Row) => String(row.source));
  }

  async figureKeys(): Promise<FigureKey[]> {
    const r = await this.pool.query("select id, story, brief::json->>'label' as label, claims, sort_key from figures");
    return r.rows.map((row: Row) => ({
      id: String(row.id),
      story: (row.story as string) ?? null,
      label: String(row.label ?? ''),
      claims: Number(row.claims),
      key: (row.sort_key as string) ?? null,
    }));
  }

  async putCorpusDelta(delta: CorpusDelta): Promise<boolean> {
    return this.tx(async (c) => {
      await c.query('select pg_advisory_xact_lock($1, $2)', this.lock);
      const count = await c.query('select count(*)::int as n from corpus_docs');
      if (Number((count.rows[0] as Row).n) !== delta.storedStates) return false;
      await c.query('delete from entities');
      await c.query('delete from corpus_entities');
      await c.query('delete from stories');
      for (const [table, list] of [
        ['entities', delta.entities],
        ['corpus_entities', delta.entityInput],
      ] as const) {
        for (const part of chunks(list, CHUNK)) {
          await c.query(
            `insert into ${table} (id, record) select id, record from unnest($1::text[], $2::text[])
             with ordinality as t(id, record, n) order by n`,
            [part.map((e) => e.id), part.map((e) => json(e))],
          );
        }
      }
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
      await c.query('update claims set figure = null where figure = any($1::text[])', [stale]);
      await c.query('delete from figures where id = any($1::text[])', [stale]);
      await renameFigures(c, delta.renameFigures);
      const fresh = delta.figures.filter((f) => !same.has(f.id));
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
        await c.query(
          'update claims c set figure = v.f from unnest($1::text[], $2::text[]) as v(id, f) where c.id = v.id',
          [part.map((x) => x[0]), part.map((x) => x[1])],
        );
      }
      for (const part of chunks(Object.entries(delta.claimSource), CHUNK)) {
        await c.query(
          `update claims c set canonical_source = v.s from unnest($1::text[], $2::text[]) as v(id, s)
           where c.id = v.id and c.canonical_source is distinct from v.s`,
          [part.map((x) => x[0]), part.map((x) => x[1])],
        );
      }
      for (const part of chunks(delta.stories, CHUNK)) {
        await c.query(
          `insert into stories (id, record) select id, record from unnest($1::text[], $2::text[])
           with ordinality as t(id, record, n) order by n on conflict (id) do nothing`,
          [part.map((s) => s.story.id), part.map((s) => json(storyBrief(s.story, s.figures)))],
        );
      }
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
      const remap = Object.entries(delta.entityRemap);
      const from = remap.map((x) => x[0]);
      await c.query(
        'update quotes set canonical_speaker = null where canonical_speaker is not null and not (speaker = any($1::text[]))',
        [from],
      );
      if (remap.length)
        await c.query(
          `update quotes q set canonical_speaker = v.t from unnest($1::text[], $2::text[]) as v(f, t)
           where q.speaker = v.f and q.canonical_speaker is distinct from v.t`,
          [from, remap.map((x) => x[1])],
        );
      await c.query(
        "insert into meta (key, value) values ('corpus_computed_at', $1) on conflict (key) do update set value = excluded.value",
        [delta.computedAt],
      );
      return true;
    });
  }

  /** The corpus state a full run writes, inside its transaction (PostgresStore.putCorpus). */
  static async writeFull(
    c: pg.PoolClient,
    docStates: Iterable<CorpusDocState> | undefined,
    entityInput: EntityRecord[] | undefined,
  ): Promise<void> {
    await c.query('delete from corpus_docs');
    await c.query('delete from corpus_entities');
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
