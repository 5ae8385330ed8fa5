/** The corpus state kept between runs ({@link CorpusStateStore}) in a SQLite store's tables (the 6 → 7 migration). */
import type { ClaimRecord, CorpusDelta, CorpusDocState, EntityRecord, FigureRecord } from '../records.js';
import { chunks, figureRow, json, parse } from './rows.js';
import { figureSortKey, storyBrief } from './figure-brief.js';
import { docEntityRecord, type SqliteStore } from './sqlite.js';
import { packJson, unpackJson } from './packed-row.js';
import type { CorpusStateStore, FigureKey } from './store.js';

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

  async claimSources(except: string[]): Promise<string[]> {
    const db = this.db;
    db.exec('create temp table if not exists corpus_except (id text primary key); delete from corpus_except;');
    const ins = db.prepare('insert or ignore into corpus_except (id) values (?)');
    db.transaction(() => {
      for (const id of except) ins.run(id);
    })();
    const rows = db
      .prepare(
        `select distinct source from claims
         where source is not null and document not in (select id from temp.corpus_except)`,
      )
      .all() as Row[];
    db.exec('delete from corpus_except');
    return rows.map((r) => String(r.source));
  }

  async figureKeys(): Promise<FigureKey[]> {
    const rows = this.db
      .prepare("select id, story, json_extract(brief, '$.label') label, claims, sort_key from figures")
      .all() as Row[];
    return rows.map((r) => ({
      id: String(r.id),
      story: (r.story as string) ?? null,
      label: String(r.label ?? ''),
      claims: Number(r.claims),
      key: (r.sort_key as string) ?? null,
    }));
  }

  async putCorpusDelta(delta: CorpusDelta): Promise<boolean> {
    const db = this.db;
    const write = db.transaction(() => {
      const { n } = db.prepare('select count(*) n from corpus_docs').get() as { n: number };
      if (n !== delta.storedStates) return false;
      db.exec('delete from entities; delete from corpus_entities; delete from stories;');
      const insE = db.prepare('insert into entities (id, record) values (?, ?)');
      for (const e of delta.entities) insE.run(e.id, packJson(json(e)));
      const insI = db.prepare('insert into corpus_entities (id, record) values (?, ?)');
      for (const e of delta.entityInput) insI.run(e.id, json(e));
      const insD = db.prepare('insert into duplicates (document, of, kind, similarity) values (?, ?, ?, ?)');
      for (const d of delta.addedDuplicates) insD.run(d.document, d.of, d.kind, d.similarity);
      const same = sameFigures(db, delta.replaceStories, delta.figures);
      const clear = db.prepare('update claims set figure = null where figure = ?');
      const drop = db.prepare('delete from figures where id = ?');
      const stale = db.prepare('select id from figures where story = ?');
      for (const story of delta.replaceStories) {
        for (const { id } of stale.all(story) as Array<{ id: string }>) {
          if (same.has(id)) continue;
          clear.run(id);
          drop.run(id);
        }
      }
      renameFigures(db, delta.renameFigures);
      const insF = db.prepare(
        'insert into figures (id, record, brief, story, part_of, claims, sort_key) values (?, ?, ?, ?, ?, ?, ?)',
      );
      const setF = db.prepare('update claims set figure = ? where id = ?');
      for (const f of delta.figures) {
        if (same.has(f.id)) continue;
        const [id, record, ...rest] = figureRow(f);
        insF.run(id, packJson(record), ...rest);
        for (const claim of f.claims) setF.run(f.id, claim);
      }
      const setS = db.prepare('update claims set canonical_source = ? where id = ? and canonical_source is not ?');
      for (const [claim, source] of Object.entries(delta.claimSource)) setS.run(source, claim, source);
      const insS = db.prepare('insert or replace into stories (id, record) values (?, ?)');
      for (const { story, figures } of delta.stories) insS.run(story.id, json(storyBrief(story, figures)));
      const insC = db.prepare('insert or replace into corpus_docs (id, story, state) values (?, ?, ?)');
      for (const s of delta.docStates) insC.run(s.id, s.story, s.state);
      const move = db.prepare('update corpus_docs set story = ? where id = ?');
      for (const [doc, story] of Object.entries(delta.restory)) move.run(story, doc);
      db.exec(`create temp table if not exists speaker_remap (from_id text primary key, to_id text not null);
        delete from speaker_remap;`);
      const insR = db.prepare('insert or replace into speaker_remap (from_id, to_id) values (?, ?)');
      for (const [from, to] of Object.entries(delta.entityRemap)) insR.run(from, to);
      db.exec(`update main.quotes set canonical_speaker = r.to_id
          from (select q.id, m.to_id from main.quotes q left join speaker_remap m on m.from_id = q.speaker) r
          where r.id = quotes.id and quotes.canonical_speaker is not r.to_id;
        delete from speaker_remap;`);
      db.prepare("insert or replace into meta (key, value) values ('corpus_computed_at', ?)").run(delta.computedAt);
      return true;
    });
    return write.immediate();
  }
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
 * Rename figures (old id → new id) in two steps through ids no figure has (a leading space), so that one
 * figure may take the id another gives up; their records, briefs, parts and claims follow.
 */
function renameFigures(db: SqliteStore['db'], rename: Record<string, string>): void {
  const pairs = Object.entries(rename);
  if (!pairs.length) return;
  db.exec(
    'create temp table if not exists figure_rename (old text primary key, new text not null); delete from figure_rename;',
  );
  const ins = db.prepare('insert into figure_rename (old, new) values (?, ?)');
  for (const [from, to] of pairs) ins.run(from, to);
  db.exec(`
    update claims set figure = ' ' || (select new from figure_rename where old = claims.figure)
      where figure in (select old from figure_rename);
    update figures set part_of = ' ' || (select new from figure_rename where old = figures.part_of)
      where part_of in (select old from figure_rename);
    update figures set id = ' ' || (select new from figure_rename where old = figures.id)
      where id in (select old from figure_rename);
    update claims set figure = substr(figure, 2) where figure like ' %';
    update figures set part_of = substr(part_of, 2) where part_of like ' %';
    update figures set id = substr(id, 2) where id like ' %';
    update figures set brief = json_replace(json_set(brief, '$.id', id), '$.partOf', part_of)
      where id in (select new from figure_rename) or part_of in (select new from figure_rename);`);
  // Records may be deflated (packed-row.ts), so their id and partOf are set here rather than in SQL.
  const touched = db
    .prepare(
      `select rowid, id, part_of, record from figures
       where id in (select new from figure_rename) or part_of in (select new from figure_rename)`,
    )
    .all() as Row[];
  const setRecord = db.prepare('update figures set record = ? where rowid = ?');
  for (const r of touched) {
    const rec = JSON.parse(unpackJson(r.record)) as Record<string, unknown>;
    rec.id = r.id;
    if ('partOf' in rec) rec.partOf = r.part_of ?? null;
    setRecord.run(packJson(json(rec)), r.rowid);
  }
  db.exec('delete from figure_rename;');
}

/** Rows of the corpus state a full run writes (inside {@link SqliteStore.putCorpus}'s swap). */
export function writeFullState(
  db: SqliteStore['db'],
  docStates: Iterable<CorpusDocState> | undefined,
  entityInput: EntityRecord[] | undefined,
): void {
  db.exec('delete from corpus_docs; delete from corpus_entities;');
  if (!docStates || !entityInput) return;
  const insC = db.prepare('insert into corpus_docs (id, story, state) values (?, ?, ?)');
  for (const s of docStates) insC.run(s.id, s.story, s.state);
  const insI = db.prepare('insert into corpus_entities (id, record) values (?, ?)');
  for (const e of entityInput) insI.run(e.id, json(e));
}
