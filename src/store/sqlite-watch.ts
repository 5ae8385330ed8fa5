/** The watch state ({@link WatchState}) in a SQLite store's tables (sqlite-schema.ts, the watch migration). */
import type { SqliteStore } from './sqlite.js';
import { eventRow, sourceRow } from './watch-state.js';
import type { SourceRow, StoredEvent, StoredValidators, WatchSource, WatchState } from './watch-state.js';

export class SqliteWatchState implements WatchState {
  private readonly db: SqliteStore['db'];

  constructor(store: SqliteStore) {
    this.db = store.db;
  }

  async addSource(s: Pick<WatchSource, 'url' | 'story' | 'kind' | 'filter'>): Promise<WatchSource> {
    this.db
      .prepare(
        `insert into watch_sources (url, story, kind, filter, added_at) values (?, ?, ?, ?, ?)
         on conflict (url) do update set story = excluded.story, kind = excluded.kind, filter = excluded.filter`,
      )
      .run(s.url, s.story, s.kind, s.filter, new Date().toISOString());
    return sourceRow(this.db.prepare('select * from watch_sources where url = ?').get(s.url) as SourceRow);
  }

  async listSources(): Promise<WatchSource[]> {
    return (this.db.prepare('select * from watch_sources order by id').all() as SourceRow[]).map(sourceRow);
  }

  async removeSource(idOrUrl: string): Promise<boolean> {
    const row = this.db
      .prepare('select id from watch_sources where url = ? or cast(id as text) = ?')
      .get(idOrUrl, idOrUrl) as { id: number } | undefined;
    if (!row) return false;
    this.db.transaction(() => {
      this.db.prepare('delete from watch_seen where source = ?').run(row.id);
      this.db.prepare('delete from watch_sources where id = ?').run(row.id);
    })();
    return true;
  }

  async setSourceStatus(id: number, status: { polledAt: string; error: string | null; kind?: WatchSource['kind'] }) {
    this.db
      .prepare('update watch_sources set polled_at = ?, error = ?, kind = coalesce(?, kind) where id = ?')
      .run(status.polledAt, status.error, status.kind ?? null, id);
  }

  async getValidators(url: string): Promise<StoredValidators | null> {
    const row = this.db.prepare('select etag, last_modified from watch_validators where url = ?').get(url) as
      { etag: string | null; last_modified: string | null } | undefined;
    return row ? { etag: row.etag, lastModified: row.last_modified } : null;
  }

  async setValidators(url: string, v: StoredValidators): Promise<void> {
    this.db
      .prepare(
        `insert into watch_validators (url, etag, last_modified, checked_at) values (?, ?, ?, ?)
         on conflict (url) do update set etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at`,
      )
      .run(url, v.etag, v.lastModified, new Date().toISOString());
  }

  async seenItems(sourceId: number, items: string[]): Promise<Set<string>> {
    const has = this.db.prepare('select 1 from watch_seen where source = ? and item = ?');
    return new Set(items.filter((item) => has.get(sourceId, item)));
  }

  async markSeen(sourceId: number, item: string): Promise<void> {
    this.db
      .prepare('insert or ignore into watch_seen (source, item, seen_at) values (?, ?, ?)')
      .run(sourceId, item, new Date().toISOString());
  }

  async getSnapshot(): Promise<Array<{ id: string; record: string }>> {
    return this.db.prepare('select id, record from figure_snapshot order by id').all() as Array<{
      id: string;
      record: string;
    }>;
  }

  async commitChanges(
    events: Array<{ at: string; type: string; record: string }>,
    snapshot: Array<{ id: string; record: string }>,
    meta: Record<string, string>,
  ): Promise<StoredEvent[]> {
    const insEvent = this.db.prepare('insert into watch_events (at, type, record) values (?, ?, ?)');
    const insSnap = this.db.prepare('insert into figure_snapshot (id, record) values (?, ?)');
    const setMeta = this.db.prepare(
      'insert into watch_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
    );
    const stored: StoredEvent[] = [];
    this.db
      .transaction(() => {
        for (const e of events) {
          const seq = Number(insEvent.run(e.at, e.type, e.record).lastInsertRowid);
          stored.push(eventRow({ seq, record: e.record }));
        }
        this.db.prepare('delete from figure_snapshot').run();
        for (const f of snapshot) insSnap.run(f.id, f.record);
        for (const [key, value] of Object.entries(meta)) setMeta.run(key, value);
      })
      .immediate();
    return stored;
  }

  async listEvents(since: number | string, limit: number): Promise<StoredEvent[]> {
    const rows =
      typeof since === 'number'
        ? this.db.prepare('select seq, record from watch_events where seq > ? order by seq limit ?').all(since, limit)
        : this.db.prepare('select seq, record from watch_events where at >= ? order by seq limit ?').all(since, limit);
    return (rows as Array<{ seq: number; record: string }>).map(eventRow);
  }

  async lastEventSeq(): Promise<number> {
    return Number((this.db.prepare('select coalesce(max(seq), 0) n from watch_events').get() as { n: number }).n);
  }

  async getMeta(key: string): Promise<string | null> {
    const row = this.db.prepare('select value from watch_meta where key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.db
      .prepare(
        'insert into watch_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
      )
      .run(key, value);
  }
}
