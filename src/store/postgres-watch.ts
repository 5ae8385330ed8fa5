/** The watch state ({@link WatchState}) in a PostgreSQL store's tables (postgres-schema.ts, the watch migration). */
import { inTransaction, type PostgresStore } from './postgres.js';
import { eventRow, sourceRow } from './watch-state.js';
import type { SourceRow, StoredEvent, StoredValidators, WatchSource, WatchState } from './watch-state.js';

export class PostgresWatchState implements WatchState {
  private readonly pool: PostgresStore['pool'];

  constructor(store: PostgresStore) {
    this.pool = store.pool;
  }

  async addSource(s: Pick<WatchSource, 'url' | 'story' | 'kind' | 'filter'>): Promise<WatchSource> {
    const r = await this.pool.query<SourceRow>(
      `insert into watch_sources (url, story, kind, filter, added_at) values ($1, $2, $3, $4, $5)
       on conflict (url) do update set story = excluded.story, kind = excluded.kind, filter = excluded.filter
       returning *`,
      [s.url, s.story, s.kind, s.filter, new Date().toISOString()],
    );
    return sourceRow(r.rows[0]!);
  }

  async listSources(): Promise<WatchSource[]> {
    return (await this.pool.query<SourceRow>('select * from watch_sources order by id')).rows.map(sourceRow);
  }

  async removeSource(idOrUrl: string): Promise<boolean> {
    return inTransaction(this.pool, 'begin', async (client) => {
      const r = await client.query<{ id: string }>(
        'delete from watch_sources where url = $1 or id::text = $1 returning id',
        [idOrUrl],
      );
      if (r.rows[0]) await client.query('delete from watch_seen where source = $1', [r.rows[0].id]);
      return r.rows.length > 0;
    });
  }

  async setSourceStatus(id: number, status: { polledAt: string; error: string | null; kind?: WatchSource['kind'] }) {
    await this.pool.query(
      'update watch_sources set polled_at = $1, error = $2, kind = coalesce($3, kind) where id = $4',
      [status.polledAt, status.error, status.kind ?? null, id],
    );
  }

  async getValidators(url: string): Promise<StoredValidators | null> {
    const r = await this.pool.query<{ etag: string | null; last_modified: string | null }>(
      'select etag, last_modified from watch_validators where url = $1',
      [url],
    );
    const row = r.rows[0];
    return row ? { etag: row.etag, lastModified: row.last_modified } : null;
  }

  async setValidators(url: string, v: StoredValidators): Promise<void> {
    await this.pool.query(
      `insert into watch_validators (url, etag, last_modified, checked_at) values ($1, $2, $3, $4)
       on conflict (url) do update set etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at`,
      [url, v.etag, v.lastModified, new Date().toISOString()],
    );
  }

  async seenItems(sourceId: number, items: string[]): Promise<Set<string>> {
    if (!items.length) return new Set();
    const r = await this.pool.query<{ item: string }>(
      'select item from watch_seen where source = $1 and item = any($2::text[])',
      [sourceId, items],
    );
    return new Set(r.rows.map((row) => row.item));
  }

  async markSeen(sourceId: number, item: string): Promise<void> {
    await this.pool.query('insert into watch_seen (source, item, seen_at) values ($1, $2, $3) on conflict do nothing', [
      sourceId,
      item,
      new Date().toISOString(),
    ]);
  }

  async getSnapshot(): Promise<Array<{ id: string; record: string }>> {
    return (await this.pool.query<{ id: string; record: string }>('select id, record from figure_snapshot order by id'))
      .rows;
  }

  async commitChanges(
    events: Array<{ at: string; type: string; record: string }>,
    snapshot: Array<{ id: string; record: string }>,
    meta: Record<string, string>,
  ): Promise<StoredEvent[]> {
    return inTransaction(this.pool, 'begin', async (client) => {
      const stored: StoredEvent[] = [];
      for (const e of events) {
        const r = await client.query<{ seq: string }>(
          'insert into watch_events (at, type, record) values ($1, $2, $3) returning seq',
          [e.at, e.type, e.record],
        );
        stored.push(eventRow({ seq: r.rows[0]!.seq, record: e.record }));
      }
      await client.query('delete from figure_snapshot');
      for (let i = 0; i < snapshot.length; i += 500) {
        const part = snapshot.slice(i, i + 500);
        await client.query('insert into figure_snapshot (id, record) select * from unnest($1::text[], $2::text[])', [
          part.map((f) => f.id),
          part.map((f) => f.record),
        ]);
      }
      for (const [key, value] of Object.entries(meta))
        await client.query(
          'insert into watch_meta (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value',
          [key, value],
        );
      return stored;
    });
  }

  async listEvents(since: number | string, limit: number): Promise<StoredEvent[]> {
    const r =
      typeof since === 'number'
        ? await this.pool.query<{ seq: string; record: string }>(
            'select seq, record from watch_events where seq > $1 order by seq limit $2',
            [since, limit],
          )
        : await this.pool.query<{ seq: string; record: string }>(
            'select seq, record from watch_events where at >= $1 order by seq limit $2',
            [since, limit],
          );
    return r.rows.map(eventRow);
  }

  async lastEventSeq(): Promise<number> {
    return Number(
      (await this.pool.query<{ n: string }>('select coalesce(max(seq), 0) n from watch_events')).rows[0]!.n,
    );
  }

  async getMeta(key: string): Promise<string | null> {
    return (
      (await this.pool.query<{ value: string }>('select value from watch_meta where key = $1', [key])).rows[0]?.value ??
      null
    );
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.pool.query(
      'insert into watch_meta (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value',
      [key, value],
    );
  }
}
