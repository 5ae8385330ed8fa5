/**
 * What `crosscheck watch` keeps in the store beside the articles: the
 * sources followed, their poll state (validators, items already stored), the
 * figures as last seen and the events found by comparing them. Both stores
 * implement it (./sqlite-watch.ts, ./postgres-watch.ts), each store giving
 * its own ({@link Store.watchState}), loading only that store's code.
 */
import type { Store } from './store.js';

/** A watched URL. `kind` is `auto` until the first poll tells feed, sitemap and page apart. */
export interface WatchSource {
  id: number;
  url: string;
  story: string | null;
  kind: 'auto' | 'feed' | 'sitemap' | 'page';
  /** Comma-separated keywords; only items that mention one are fetched. */
  filter: string | null;
  addedAt: string;
  polledAt: string | null;
  /** The last poll's error in words, or null when it went well. */
  error: string | null;
}

export interface StoredValidators {
  etag: string | null;
  lastModified: string | null;
}

/** An event as stored: its sequence number, time and type, and the rest of its record. */
export interface StoredEvent {
  seq: number;
  at: string;
  type: string;
  [key: string]: unknown;
}

export interface WatchState {
  addSource(source: Pick<WatchSource, 'url' | 'story' | 'kind' | 'filter'>): Promise<WatchSource>;
  listSources(): Promise<WatchSource[]>;
  /** Remove by id or URL, with its poll state; false when there is none. */
  removeSource(idOrUrl: string): Promise<boolean>;
  setSourceStatus(
    id: number,
    status: { polledAt: string; error: string | null; kind?: WatchSource['kind'] },
  ): Promise<void>;
  getValidators(url: string): Promise<StoredValidators | null>;
  setValidators(url: string, validators: StoredValidators): Promise<void>;
  /** Which of `items` (keys) are already stored for this source. */
  seenItems(source: number, items: string[]): Promise<Set<string>>;
  markSeen(source: number, item: string): Promise<void>;
  /** The figures as last seen, by id (records of src/watch/events.ts). */
  getSnapshot(): Promise<Array<{ id: string; record: string }>>;
  /** In one transaction: append the events, replace the snapshot, set meta values. Returns the events stored. */
  commitChanges(
    events: Array<{ at: string; type: string; record: string }>,
    snapshot: Array<{ id: string; record: string }>,
    meta: Record<string, string>,
  ): Promise<StoredEvent[]>;
  /** Events after sequence number `since` (or at or after an ISO time), oldest first. */
  listEvents(since: number | string, limit: number): Promise<StoredEvent[]>;
  lastEventSeq(): Promise<number>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
}

/** A `watch_sources` row as either store returns it (PostgreSQL gives a bigint id as a string). */
export interface SourceRow {
  id: number | string;
  url: string;
  story: string | null;
  kind: WatchSource['kind'];
  filter: string | null;
  added_at: string;
  polled_at: string | null;
  error: string | null;
}

/** Parse a `watch_sources` row. */
export function sourceRow(r: SourceRow): WatchSource {
  return {
    id: Number(r.id),
    url: r.url,
    story: r.story,
    kind: r.kind,
    filter: r.filter,
    addedAt: r.added_at,
    polledAt: r.polled_at,
    error: r.error,
  };
}

/** Parse an event row. */
export function eventRow(row: { seq: number | string; record: string }): StoredEvent {
  return { seq: Number(row.seq), ...(JSON.parse(row.record) as { at: string; type: string }) };
}

/** The watch state of a store ({@link Store.watchState}): any store, a wrapping one too, gives its own. */
export function watchState(store: Store): Promise<WatchState> {
  return store.watchState();
}
