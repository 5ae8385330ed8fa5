/**
 * Following sources: each poll fetches every watched URL (conditionally),
 * reads feeds and sitemaps for articles not yet stored, fetches those, and
 * stores them through the same ingest as files; then, when anything was
 * stored, reruns the corpus stages and records what changed as events.
 *
 * Order of writes, so a kill at any point loses nothing: an article is stored
 * (one transaction) before its item is marked seen, and a feed's validators
 * are saved only once every item it listed is stored; the events and the new
 * figure snapshot are written together, after the corpus run, and a snapshot
 * older than the stored articles is caught up on the next poll.
 */
import type { IngestOptions, IngestSummary } from '../ingest/ingest.js';
import { ingestItems } from '../ingest/ingest.js';
import type { ReadItem } from '../ingest/read.js';
import type { Store } from '../store/store.js';
import type { StoredEvent, WatchSource, WatchState } from '../store/watch-state.js';
import { errorText, type ErrorCode } from '../errors.js';
import { decode } from '../ingest/decode.js';
import type { Fetcher, Validators } from './fetcher.js';
import { itemFilter, readListing, type FeedItem } from './feeds.js';
import { pageItem } from './page-input.js';
import { recordChanges, snapshotStale, takeBaseline } from './events.js';

/** How one source's poll went. */
export interface SourceReport {
  source: number;
  url: string;
  kind: WatchSource['kind'];
  /** ok: fetched and read (`error` then lists articles that failed); unchanged: 304; error: the source failed. */
  status: 'ok' | 'unchanged' | 'error';
  error: string | null;
  /** Items listed (after the filter), and those fetched because they were new or changed. */
  listed: number;
  fetched: number;
  stored: number;
  versions: number;
  /** Per-item problems: an article that could not be fetched or stored (tried again next poll). */
  failures: Array<{ url: string; text: string }>;
}

export interface PollSummary {
  sources: SourceReport[];
  stored: number;
  versions: number;
  /** Events recorded by this poll, with their sequence numbers. */
  events: StoredEvent[];
  /** The poll was stopped (signal) before it ended. */
  stopped: boolean;
}

export interface WatchContext {
  store: Store;
  state: WatchState;
  fetcher: Fetcher;
  /** The corpus stages, run after a poll stored anything (CLI: runCorpus). */
  corpus: (store: Store) => Promise<unknown>;
  /** Stops the poll between steps; what is being stored is finished first. */
  signal?: AbortSignal;
  ingest?: IngestOptions;
  /** Articles fetched per source per poll, at most (default 50); the rest wait for the next poll. */
  maxItems?: number;
  /** Sources polled at once (default 4); hosts keep their own limits in the fetcher. */
  sourceConcurrency?: number;
  /** Called as each source's poll ends. */
  onSource?: (report: SourceReport) => void;
  now?: () => string;
}

/** Fetch failures that the next poll would meet again. */
const PERMANENT = new Set<ErrorCode>(['E_ROBOTS', 'E_FETCH_SCHEME', 'E_FETCH_TOO_LARGE']);

/** Child sitemaps of a sitemap index read per poll, at most. */
const MAX_CHILD_SITEMAPS = 10;

/** The key an item is remembered by: a changed listing stamp makes it new again, to catch in-place updates. */
const itemKey = (item: FeedItem) => `${item.url}#${item.stamp}`;

async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/** Poll every watched source once; then the corpus stages and events when anything was stored. */
export async function pollOnce(ctx: WatchContext): Promise<PollSummary> {
  const summary: PollSummary = { sources: [], stored: 0, versions: 0, events: [], stopped: false };
  // The figures a store holds before its first poll are the baseline, not news.
  await takeBaseline(ctx.store, ctx.state, ctx.now);
  const sources = await ctx.state.listSources();
  await pool(sources, ctx.sourceConcurrency ?? 4, async (source) => {
    if (ctx.signal?.aborted) return;
    const report = await pollSource(ctx, source);
    summary.sources.push(report);
    summary.stored += report.stored;
    summary.versions += report.versions;
    ctx.onSource?.(report);
  });
  summary.sources.sort((a, b) => a.source - b.source);
  if (ctx.signal?.aborted) {
    summary.stopped = true;
    return summary;
  }
  if (summary.stored + summary.versions > 0 || (await snapshotStale(ctx.store, ctx.state))) {
    await ctx.corpus(ctx.store);
    summary.events = await recordChanges(ctx.store, ctx.state, ctx.now);
  }
  return summary;
}

async function pollSource(ctx: WatchContext, source: WatchSource): Promise<SourceReport> {
  const now = ctx.now ?? (() => new Date().toISOString());
  const report: SourceReport = {
    source: source.id,
    url: source.url,
    kind: source.kind,
    status: 'ok',
    error: null,
    listed: 0,
    fetched: 0,
    stored: 0,
    versions: 0,
    failures: [],
  };
  const polledAt = now();
  // `partial`: the source was read, only some of its articles failed (they are tried again next poll).
  const finish = async (error: string | null, kind?: WatchSource['kind'], partial = false) => {
    report.error = error;
    if (error && !partial) report.status = 'error';
    if (kind) report.kind = kind;
    await ctx.state.setSourceStatus(source.id, { polledAt, error, kind });
    return report;
  };
  const stored = await ctx.state.getValidators(source.url);
  const res = await ctx.fetcher.get(source.url, stored ?? {});
  if (!res.ok) return finish(res.text);
  if (res.status === 304) {
    report.status = 'unchanged';
    return finish(null);
  }
  const saveValidators = () =>
    ctx.state.setValidators(source.url, {
      etag: res.validators.etag ?? null,
      lastModified: res.validators.lastModified ?? null,
    });
  const listing =
    source.kind === 'page' ? { kind: 'page' as const } : readListing(decode(res.bytes).text, res.url, res.contentType);
  if (listing.kind === 'error') return finish(errorText('E_FEED', { url: source.url, reason: listing.reason }));
  if (listing.kind === 'page') {
    if (source.kind !== 'auto' && source.kind !== 'page')
      return finish(errorText('E_FEED', { url: source.url, reason: 'it answered with an HTML page' }));
    report.listed = report.fetched = 1;
    const result = await store(ctx, [pageItem(res.url, res.bytes, res.contentType, now())], report);
    if (!result.failed) await saveValidators();
    return finish(failureText(report), 'page', true);
  }
  if (source.kind === 'page')
    return finish(errorText('E_FEED', { url: source.url, reason: 'it is a feed or sitemap, not a page' }));
  // A sitemap index: its child sitemaps' articles, a bounded number of children per poll.
  const items = [...listing.items];
  for (const child of listing.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
    if (ctx.signal?.aborted) break;
    const sub = await ctx.fetcher.get(child);
    if (!sub.ok) {
      report.failures.push({ url: child, text: sub.text });
      continue;
    }
    if (sub.status !== 200) continue;
    const read = readListing(decode(sub.bytes).text, sub.url, sub.contentType);
    if (read.kind === 'sitemap' || read.kind === 'feed') items.push(...read.items);
    else report.failures.push({ url: child, text: errorText('E_FEED', { url: child, reason: 'not a sitemap' }) });
  }
  const keep = itemFilter(source.filter);
  const unique = new Map<string, FeedItem>();
  for (const item of items) if (keep(item) && !unique.has(itemKey(item))) unique.set(itemKey(item), item);
  report.listed = unique.size;
  const seen = await ctx.state.seenItems(source.id, [...unique.keys()]);
  const fresh = [...unique.entries()].filter(([key]) => !seen.has(key));
  const batch = fresh.slice(0, ctx.maxItems ?? 50);
  report.fetched = batch.length;
  // Fetched together (the fetcher spaces them per host), stored together through one ingest.
  const pages: ReadItem[] = [];
  const fetched = new Map<string, { keys: string[]; validators: Validators }>();
  let retry = 0;
  await Promise.all(
    batch.map(async ([key, item]) => {
      if (ctx.signal?.aborted) return;
      const validators = await ctx.state.getValidators(item.url);
      const page = await ctx.fetcher.get(item.url, validators ?? {});
      if (!page.ok) {
        report.failures.push({ url: item.url, text: page.text });
        // What no later poll can fetch either (robots, size, scheme) is reported once, not retried every poll.
        if (PERMANENT.has(page.code)) await ctx.state.markSeen(source.id, key);
        else retry++;
        return;
      }
      // Validators are kept only for stored pages (below), so a 304 means these bytes are stored.
      if (page.status === 304) {
        await ctx.state.markSeen(source.id, key);
        return;
      }
      pages.push(pageItem(page.url, page.bytes, page.contentType, now()));
      fetched.set(page.url, { keys: [...(fetched.get(page.url)?.keys ?? []), key], validators: page.validators });
    }),
  );
  const result = await store(ctx, pages, report);
  retry += result.failed;
  for (const o of result.outcomes) {
    const page = fetched.get(o.source);
    if (!page) continue;
    for (const key of page.keys) await ctx.state.markSeen(source.id, key);
    await ctx.state.setValidators(o.source, {
      etag: page.validators.etag ?? null,
      lastModified: page.validators.lastModified ?? null,
    });
  }
  // Only when every listed article is stored: otherwise a 304 next time would hide the ones still missing.
  if (!retry && fresh.length === batch.length && !ctx.signal?.aborted) await saveValidators();
  return finish(failureText(report), listing.kind, true);
}

function failureText(report: SourceReport): string | null {
  if (!report.failures.length) return null;
  return `${report.failures.length} of ${report.fetched} article(s) not stored; first: ${report.failures[0]!.text}`;
}

/** Ingest fetched pages; counts and per-item failures go on the report. */
async function store(ctx: WatchContext, items: ReadItem[], report: SourceReport): Promise<IngestSummary> {
  async function* each() {
    yield* items;
  }
  const result = await ingestItems(each(), ctx.store, { ...ctx.ingest });
  report.stored += result.stored;
  report.versions += result.versions;
  for (const f of result.failures) report.failures.push({ url: f.file, text: f.text });
  return result;
}

/** Poll until the signal stops it, `intervalMs` between the starts of polls. */
export async function watchLoop(
  ctx: WatchContext & { intervalMs: number; onPoll?: (summary: PollSummary) => Promise<void> | void },
): Promise<void> {
  while (!ctx.signal?.aborted) {
    const started = Date.now();
    const summary = await pollOnce(ctx);
    await ctx.onPoll?.(summary);
    const wait = ctx.intervalMs - (Date.now() - started);
    if (wait > 0 && !ctx.signal?.aborted)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        function done() {
          clearTimeout(timer);
          ctx.signal?.removeEventListener('abort', done);
          resolve();
        }
        ctx.signal?.addEventListener('abort', done, { once: true });
      });
  }
}

/**
 * Hand the events after a consumer's cursor to `send`, oldest first, moving the cursor after each one sent;
 * a failed send keeps it, so the next call sends that event again. A consumer seen for the first time starts
 * at the newest event (it is not sent the store's history).
 */
export async function deliverEvents(
  state: WatchState,
  consumer: string,
  send: (event: StoredEvent) => Promise<void>,
): Promise<number> {
  const key = `cursor:${consumer}`;
  const at = await state.getMeta(key);
  if (at === null) {
    await state.setMeta(key, String(await state.lastEventSeq()));
    return 0;
  }
  let cursor = Number(at);
  let sent = 0;
  for (;;) {
    const events = await state.listEvents(cursor, 100);
    if (!events.length) return sent;
    for (const event of events) {
      await send(event);
      cursor = event.seq;
      sent++;
      await state.setMeta(key, String(cursor));
    }
  }
}
