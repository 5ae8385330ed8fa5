/** The corpus state kept between runs ({@link CorpusStateStore}) in a SQLite store's tables (the 6 → 7 migration). */
import type {
  ClaimRecord,
  CorpusDelta,
  CorpusResult,
  CorpusDocState,
  DeltaWritten,
  EntityRecord,
  FigureRecord,
} from '../records.js';
import { chunks, figureRow, json, parse, rowChanges, sameJson } from './rows.js';
import { figureSortKey, storyBrief } from './figure-brief.js';
import { docEntityRecord, type SqliteStore } from './sqlite.js';
import { packJson, packRecord, unpackJson } from './packed-row.js';
import type { CorpusStateStore, FigureKey, KeptIndexes } from './store.js';

/** Keys matched in one scan of the figures by {@link SqliteCorpusState.figureKeys}. */
const KEYS_PER_QUERY = 200;

type Row = Record<string, unknown>;

/** Ids bound per statement: well under SQLite's limit of 32,766 variables. */
const CHUNK = 500;

export class SqliteCorpusState implements CorpusStateStore {
  private readonly db: SqliteStore['db'];
  private readonly store: SqliteStore;

  constructor(store: SqliteStore) {
    this.store = store;
    this.db = store.db;
  }

  async *states(): AsyncIterable<{ id: string; state: CorpusDocState | null }> {
    let last = 0;
    const stmt = this.db.prepare(
      `select d.rowid, d.id, c.story, c.state from documents d left join corpus_docs c on c.id = d.id
       where d.rowid > ? order by d.rowid limit 2000`,
    );
    for (;;) {
      const rows = stmt.all(last) as Row[];
      if (!rows.length) return;
      for (const r of rows) {
        const id = String(r.id);
        yield {
          id,
          state: r.state == null ? null : { id, story: (r.story as string) ?? null, state: String(r.state) },
        };
      }
      last = Number(rows[rows.length - 1]!.rowid);
    }
  }

  async keptIndexes(): Promise<KeptIndexes | null> {
    const meta = this.db.prepare('select value from meta where key = ?').pluck();
    const packed = meta.get('corpus_indexes') as Uint8Array | undefined;
    // Kept by the run that wrote the states: a run of a build that keeps none leaves another time beside it.
    if (!(packed instanceof Uint8Array) || meta.get('corpus_indexes_at') !== meta.get('corpus_computed_at'))
      return null;
    const stmt = this.db.prepare(
      `select d.rowid, d.id, c.story, c.id is not null kept from documents d left join corpus_docs c on c.id = d.id
       where d.rowid > ? order by d.rowid limit 10000`,
    );
    async function* docs() {
      for (let last = 0; ;) {
        const rows = stmt.all(last) as Row[];
        if (!rows.length) return;
        for (const r of rows) yield { id: String(r.id), story: (r.story as string) ?? null, kept: r.kept === 1 };
        last = Number(rows[rows.length - 1]!.rowid);
      }
    }
    return { packed, docs: docs() };
  }

  async entityInput(): Promise<EntityRecord[]> {
    const rows = this.db.prepare('select record from corpus_entities order by rowid').all() as Row[];
    return rows.map((r) => parse<EntityRecord>(r.record));
  }

  async entitiesOf(documents: string[]): Promise<EntityRecord[]> {
    const out: Array<{ rowid: number; record: EntityRecord }> = [];
    for (const part of chunks(documents, CHUNK)) {
      const rows = this.db
        .prepare(
          `select rowid, document, entity, record from doc_entities where document in (${part.map(() => '?').join(',')})`,
        )
        .all(...part) as Row[];
      for (const r of rows) out.push({ rowid: Number(r.rowid), record: docEntityRecord(r) });
    }
    return out.sort((a, b) => a.rowid - b.rowid).map((r) => r.record);
  }

  async claimsOf(documents: string[]): Promise<ClaimRecord[]> {
    const out: Array<{ rowid: number; record: ClaimRecord }> = [];
    for (const part of chunks(documents, CHUNK)) {
      const rows = this.db
        .prepare(
          `select rowid, id, document, record, evidence, figure, canonical_source from claims
           where document in (${part.map(() => '?').join(',')})`,
        )
        .all(...part) as Row[];
      for (const r of rows) out.push({ rowid: Number(r.rowid), record: this.store.claimRecord(r, true) });
    }
    return out.sort((a, b) => a.rowid - b.rowid).map((r) => r.record);
  }

  async sourcesOutside(sources: string[], except: string[]): Promise<string[]> {
    const inside = new Set(except);
    const read = this.db.prepare('select document from claims where source = ?').pluck();
    return sources.filter((source) => {
      for (const document of read.iterate(source) as Iterable<string>) if (!inside.has(document)) return true;
      return false;
    });
  }

  async figureKeys(naming?: readonly string[]): Promise<FigureKey[]> {
    const select = "select id, story, json_extract(brief, '$.label') label, claims, sort_key from figures";
    let rows: Row[];
    if (!naming) rows = this.db.prepare(select).all() as Row[];
    else {
      // The keys are matched inside SQLite, a few at a time: only the figures that may name one are read.
      const byId = new Map<string, Row>();
      for (let i = 0; i === 0 || i < naming.length; i += KEYS_PER_QUERY) {
        const some = naming.slice(i, i + KEYS_PER_QUERY);
        const where = ['sort_key is null', ...some.map(() => 'instr(sort_key, ?) > 0')].join(' or ');
        for (const r of this.db.prepare(`${select} where ${where}`).all(...some) as Row[]) byId.set(String(r.id), r);
      }
      rows = [...byId.values()];
    }
    return rows.map((r) => ({
      id: String(r.id),
      story: (r.story as string) ?? null,
      label: String(r.label ?? ''),
      claims: Number(r.claims),
      key: (r.sort_key as string) ?? null,
    }));
  }

  async figureIdsTaken(ids: string[], except: string[]): Promise<string[]> {
    const outside = new Set(except);
    const read = this.db.prepare('select story from figures where id = ?');
    return ids.filter((id) => {
      const r = read.get(id) as Row | undefined;
      return r !== undefined && (r.story == null || !outside.has(String(r.story)));
    });
  }

  async figureTotals(except: string[]): Promise<{ figures: number; claims: number }> {
    const all = this.db.prepare('select count(*) n, total(claims) c from figures').get() as Row;
    const one = this.db.prepare('select count(*) n, total(claims) c from figures where story = ?');
    let figures = Number(all.n);
    let claims = Number(all.c);
    for (const story of new Set(except)) {
      const r = one.get(story) as Row;
      figures -= Number(r.n);
      claims -= Number(r.c);
    }
    return { figures, claims };
  }

  async figureIdScheme(): Promise<string | null> {
    const r = this.db.prepare("select value from meta where key = 'figure_ids'").get() as Row | undefined;
    return r ? String(r.value) : null;
  }

  async putCorpusDelta(delta: CorpusDelta): Promise<DeltaWritten | false> {
    const db = this.db;
    const write = db.transaction((): DeltaWritten | false => {
      const { n } = db.prepare('select count(*) n from corpus_docs').get() as { n: number };
      if (n !== delta.storedStates) return false;
      const written: DeltaWritten = { figures: 0, stories: 0, entities: 0, claims: 0, quotes: 0 };
      const entities = rowChanges(delta.was.entities, delta.entities, idOf, sameJson, false);
      written.entities += writeRows(db, 'entities', entities, (e) => packJson(json(e)));
      const input = rowChanges(delta.was.entityInput, delta.entityInput, idOf, sameJson, true);
      written.entities += writeRows(db, 'corpus_entities', input, json);
      const insD = db.prepare('insert into duplicates (document, of, kind, similarity) values (?, ?, ?, ?)');
      for (const d of delta.addedDuplicates) insD.run(d.document, d.of, d.kind, d.similarity);
      const same = sameFigures(db, delta.replaceStories, delta.figures);
      // Claims leave a replaced figure only when no new figure takes them: the others are set once, below.
      const placed = new Set(delta.figures.flatMap((f) => (same.has(f.id) ? [] : f.claims)));
      const held = db.prepare('select id from claims where figure = ?').pluck();
      const clear = db.prepare('update claims set figure = null where id = ?');
      const drop = db.prepare('delete from figures where id = ?');
      const stale = db.prepare('select id from figures where story = ?');
      for (const story of delta.replaceStories) {
        for (const { id } of stale.all(story) as Array<{ id: string }>) {
          if (same.has(id)) continue;
          for (const claim of held.all(id) as string[])
            if (!placed.has(claim)) written.claims += clear.run(claim).changes;
          drop.run(id);
        }
      }
      written.figures += restoryFigures(db, delta.restoryFigures);
      const insF = db.prepare(
        'insert into figures (id, record, brief, story, part_of, claims, sort_key) values (?, ?, ?, ?, ?, ?, ?)',
      );
      // A figure rewritten under its own id mostly holds claims that point at it already.
      const setF = db.prepare('update claims set figure = ? where id = ? and figure is not ?');
      for (const f of delta.figures) {
        if (same.has(f.id)) continue;
        const [id, record, ...rest] = figureRow(f);
        insF.run(id, packRecord(record), ...rest);
        written.figures++;
        for (const claim of f.claims) written.claims += setF.run(f.id, claim, f.id).changes;
      }
      const setS = db.prepare('update claims set canonical_source = ? where id = ? and canonical_source is not ?');
      for (const [claim, source] of Object.entries(delta.claimSource))
        written.claims += setS.run(source, claim, source).changes;
      const briefs = delta.stories.map(({ story, figures }) => storyBrief(story, figures));
      written.stories += writeRows(db, 'stories', rowChanges(delta.was.stories, briefs, idOf, sameJson, false), json);
      const insC = db.prepare('insert or replace into corpus_docs (id, story, state) values (?, ?, ?)');
      for (const s of delta.docStates) insC.run(s.id, s.story, s.state);
      const move = db.prepare('update corpus_docs set story = ? where id = ?');
      for (const [doc, story] of Object.entries(delta.restory)) move.run(story, doc);
      written.quotes += remapSpeakers(db, delta);
      db.prepare("insert or replace into meta (key, value) values ('corpus_computed_at', ?)").run(delta.computedAt);
      keepIndexes(db, delta.keptIndexes, delta.computedAt);
      return written;
    });
    return write.immediate();
  }
}

const idOf = (row: { id: string }) => row.id;

/** Apply {@link rowChanges} to an `(id, record)` table; returns the rows written or deleted. */
function writeRows<T extends { id: string }>(
  db: SqliteStore['db'],
  table: 'entities' | 'corpus_entities' | 'stories',
  changes: ReturnType<typeof rowChanges<T>>,
  record: (row: T) => unknown,
): number {
  const drop = db.prepare(`delete from ${table} where id = ?`);
  for (const id of changes.drop) drop.run(id);
  const set = db.prepare(`update ${table} set record = ? where id = ?`);
  for (const row of changes.update) set.run(record(row), row.id);
  const add = db.prepare(`insert into ${table} (id, record) values (?, ?)`);
  for (const row of changes.append) add.run(row.id, record(row));
  return changes.drop.length + changes.update.length + changes.append.length;
}

/**
 * Quotes' canonical speakers: those of the speakers whose merged id changed, and those of the new documents'
 * quotes (every other quote already has the one the remap gives). Returns the quotes changed.
 */
function remapSpeakers(db: SqliteStore['db'], delta: CorpusDelta): number {
  const next = new Map(Object.entries(delta.entityRemap));
  const was = new Map(Object.entries(delta.was.entityRemap));
  const set = db.prepare('update quotes set canonical_speaker = ? where speaker = ? and canonical_speaker is not ?');
  let changed = 0;
  for (const speaker of new Set([...next.keys(), ...was.keys()])) {
    const to = next.get(speaker) ?? null;
    if (to !== (was.get(speaker) ?? null)) changed += set.run(to, speaker, to).changes;
  }
  const read = db.prepare('select id, speaker, canonical_speaker from quotes where document = ?');
  const setOne = db.prepare('update quotes set canonical_speaker = ? where id = ?');
  for (const { id: document } of delta.docStates) {
    for (const q of read.all(document) as Row[]) {
      const to = q.speaker == null ? null : (next.get(String(q.speaker)) ?? null);
      if (to !== (q.canonical_speaker ?? null)) changed += setOne.run(to, q.id).changes;
    }
  }
  return changed;
}

/**
 * The replaced stories' stored figures that would be written again exactly as they are (every column the
 * same): they stay in place, and so do their claims' links to them.
 */
function sameFigures(db: SqliteStore['db'], stories: readonly string[], figures: readonly FigureRecord[]): Set<string> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const same = new Set<string>();
  const read = db.prepare('select id, record, brief, story, part_of, claims, sort_key from figures where story = ?');
  for (const story of stories) {
    // One stored row at a time, each new row made only when the cheap columns agree: a large story's figures
    // are not held twice.
    for (const r of read.iterate(story) as Iterable<Row>) {
      const f = byId.get(String(r.id));
      if (!f || f.claims.length !== Number(r.claims) || (f.story ?? null) !== (r.story ?? null)) continue;
      if ((f.partOf ?? null) !== (r.part_of ?? null) || figureSortKey(f) !== r.sort_key) continue;
      const row = figureRow(f);
      if (row[2] === r.brief && row[1] === unpackJson(r.record)) same.add(f.id);
    }
  }
  return same;
}

/**
 * Move the figures of relabeled stories (old story id → new) to their new story: its id leads their sort key and
 * is in briefs written before they left it out (briefOfRow reads the column); records keep the old one (figureOfRow
 * reads the column). The rows are read before any is written, so one story may take the id another gives up.
 */
function restoryFigures(db: SqliteStore['db'], restory: Record<string, string>): number {
  const read = db.prepare('select rowid, story, sort_key from figures where story = ?');
  const rows = Object.keys(restory).flatMap((story) => read.all(story) as Row[]);
  const set = db.prepare(
    "update figures set story = ?, brief = json_replace(brief, '$.story', ?), sort_key = ? where rowid = ?",
  );
  for (const r of rows) {
    const to = restory[String(r.story)]!;
    set.run(to, to, to + String(r.sort_key).slice(String(r.story).length), r.rowid);
  }
  return rows.length;
}

/**
 * The packed indexes of the run that wrote at `computedAt` (none: those kept before are dropped; `unchanged`: those
 * kept before are this run's too).
 */
function keepIndexes(db: SqliteStore['db'], packed: Uint8Array | 'unchanged' | undefined, computedAt: string): void {
  if (packed === 'unchanged') {
    db.prepare("update meta set value = ? where key = 'corpus_indexes_at'").run(computedAt);
    return;
  }
  db.prepare("delete from meta where key in ('corpus_indexes', 'corpus_indexes_at')").run();
  if (!packed) return;
  const put = db.prepare('insert into meta (key, value) values (?, ?)');
  put.run('corpus_indexes', packed);
  put.run('corpus_indexes_at', computedAt);
}

/** Rows of the corpus state a full run writes (inside {@link SqliteStore.putCorpus}'s swap). */
export function writeFullState(
  db: SqliteStore['db'],
  {
    docStates,
    entityInput,
    figureIds,
    keptIndexes,
    computedAt,
  }: Pick<CorpusResult, 'docStates' | 'entityInput' | 'figureIds' | 'keptIndexes' | 'computedAt'>,
): void {
  db.exec('delete from corpus_docs; delete from corpus_entities;');
  db.prepare("insert or replace into meta (key, value) values ('figure_ids', ?)").run(figureIds?.() ?? 'none');
  keepIndexes(db, docStates && entityInput ? keptIndexes : undefined, computedAt);
  if (!docStates || !entityInput) return;
  const insC = db.prepare('insert into corpus_docs (id, story, state) values (?, ?, ?)');
  for (const s of docStates) insC.run(s.id, s.story, s.state);
  const insI = db.prepare('insert into corpus_entities (id, record) values (?, ?)');
  for (const e of entityInput) insI.run(e.id, json(e));
}
