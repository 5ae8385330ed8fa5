/**
 * `crosscheck watch` and its subcommands: the CLI shell over src/watch.
 * Events go to stdout as NDJSON, or to a webhook (`--notify URL`, one JSON
 * POST per event); progress and per-source errors go to stderr.
 */
import type { Io } from './program.js';
import type { Store } from '../store/store.js';
import { watchState, type StoredEvent, type WatchSource, type WatchState } from '../store/watch-state.js';
import { plainText } from '../report/safe.js';
import { CrosscheckError, errorText } from '../errors.js';
import { Fetcher } from '../watch/fetcher.js';
import { deliverEvents, pollOnce, watchLoop, type PollSummary, type SourceReport } from '../watch/watch.js';
import { withCorpusHeap } from './v8-flags.js';

const KINDS = ['auto', 'feed', 'sitemap', 'page'] as const;
/** The shortest time between two polls: a feed polled more often than this gains little and costs its site. */
const MIN_INTERVAL = 60;

/** The options of `crosscheck watch` that shape the fetcher. */
export interface FetchFlags {
  contact?: string;
  userAgent?: string;
  timeout?: number;
  maxBytes?: number;
  hostInterval?: number;
  retries?: number;
}

/** The fetcher the CLI flags describe (shared by `watch` and `ingest URL`). */
export function fetcherFrom(flags: FetchFlags, signal?: AbortSignal): Fetcher {
  return new Fetcher({
    contact: flags.contact ?? process.env.CROSSCHECK_CONTACT ?? null,
    userAgent: flags.userAgent,
    timeoutMs: flags.timeout,
    maxBytes: flags.maxBytes,
    hostIntervalMs: flags.hostInterval,
    retries: flags.retries,
    signal,
  });
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CrosscheckError('E_FETCH_SCHEME', { url });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new CrosscheckError('E_FETCH_SCHEME', { url });
  return parsed.href;
}

export async function watchAdd(
  store: Store,
  url: string,
  opts: { story?: string; kind?: string; filter?: string },
  io: Io,
): Promise<number> {
  const kind = (opts.kind ?? 'auto') as WatchSource['kind'];
  if (!KINDS.includes(kind))
    throw new CrosscheckError('E_USAGE', { reason: `--kind must be one of ${KINDS.join(', ')}`, command: 'watch add' });
  const state = await watchState(store);
  const source = await state.addSource({
    url: checkUrl(url),
    story: opts.story ?? null,
    kind,
    filter: opts.filter ?? null,
  });
  io.stderr.write(`watching #${source.id} ${plainText(source.url)} (${source.kind})\n`);
  return 0;
}

export async function watchList(store: Store, json: boolean, io: Io): Promise<number> {
  const sources = await (await watchState(store)).listSources();
  if (json) {
    io.stdout.write(JSON.stringify(sources, null, 2) + '\n');
    return 0;
  }
  if (!sources.length) io.stderr.write('no sources watched: add one with `crosscheck watch add URL --story NAME`\n');
  for (const s of sources) {
    const status = s.error ? `error: ${s.error}` : s.polledAt ? `ok ${s.polledAt}` : 'not polled yet';
    io.stdout.write(
      `#${s.id}\t${s.kind}\t${plainText(s.url)}\t${plainText(s.story ?? '-')}\t${plainText(s.filter ?? '-')}\t${plainText(status)}\n`,
    );
  }
  return 0;
}

export async function watchRemove(store: Store, idOrUrl: string, io: Io): Promise<number> {
  if (!(await (await watchState(store)).removeSource(idOrUrl)))
    throw new CrosscheckError('E_WATCH_SOURCE', { id: idOrUrl });
  io.stderr.write(`no longer watching ${plainText(idOrUrl)}\n`);
  return 0;
}

/** Where events go: stdout as NDJSON lines, or POSTed to a webhook. */
function eventSink(
  notify: string | undefined,
  io: Io,
  userAgent: string,
): { consumer: string; send: (e: StoredEvent) => Promise<void> } {
  if (!notify)
    return {
      consumer: 'stdout',
      send: async (e) => {
        io.stdout.write(JSON.stringify(e) + '\n');
      },
    };
  const url = checkUrl(notify);
  return {
    consumer: `webhook:${url}`,
    send: async (e) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': userAgent },
        body: JSON.stringify(e),
        signal: AbortSignal.timeout(10_000),
      });
      await res.body?.cancel().catch(() => {});
      if (!res.ok) throw new Error(`the webhook answered HTTP ${res.status}`);
    },
  };
}

export interface WatchFlags extends FetchFlags {
  once?: boolean;
  interval?: number;
  notify?: string;
  maxItems?: number;
  quiet?: boolean;
}

/**
 * Run `crosscheck watch`: poll until SIGINT/SIGTERM (or once with --once); exit code 1 when a source failed (--once).
 */
export async function watchRun(
  store: Store,
  flags: WatchFlags,
  io: Io,
  options: { signal?: AbortSignal } = {},
): Promise<number> {
  if (!flags.once && flags.interval !== undefined && flags.interval < MIN_INTERVAL)
    throw new CrosscheckError('E_USAGE', {
      reason: `--interval must be at least ${MIN_INTERVAL} seconds (sites are polled again no sooner), got ${flags.interval}`,
      command: 'watch',
    });
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  const signals = options.signal ? [] : (['SIGINT', 'SIGTERM'] as const);
  for (const s of signals) process.once(s, stop);
  try {
    const state = await watchState(store);
    const fetcher = fetcherFrom(flags, controller.signal);
    if (!flags.contact && !process.env.CROSSCHECK_CONTACT && !flags.userAgent)
      io.stderr.write(
        'note: no --contact given; sites are asked to tolerate a crawler they cannot reach (set CROSSCHECK_CONTACT)\n',
      );
    const sink = eventSink(flags.notify, io, fetcher.userAgent);
    // A first run starts this consumer's cursor at the newest event; a later one sends what it missed.
    await deliver(state, sink, io);
    const { runCorpus } = await import('../corpus/index.js');
    const onSource = (r: SourceReport) => {
      if (flags.quiet) return;
      const what =
        r.status === 'unchanged' ? 'not modified' : `${r.stored} new, ${r.versions} updated of ${r.fetched} fetched`;
      io.stderr.write(`#${r.source} ${plainText(r.url)}: ${r.error ? `error ${plainText(r.error)}` : what}\n`);
    };
    let failed = false;
    const onPoll = async (summary: PollSummary) => {
      failed ||= summary.sources.some((s) => s.status === 'error');
      await deliver(state, sink, io);
    };
    const ctx = {
      store,
      state,
      fetcher,
      corpus: (s: Store) => withCorpusHeap(() => runCorpus(s)),
      signal: controller.signal,
      maxItems: flags.maxItems,
      onSource,
    };
    if (flags.once) await onPoll(await pollOnce(ctx));
    else await watchLoop({ ...ctx, intervalMs: (flags.interval ?? 900) * 1000, onPoll });
    return flags.once && failed ? 1 : 0;
  } finally {
    for (const s of signals) process.removeListener(s, stop);
  }
}

async function deliver(state: WatchState, sink: ReturnType<typeof eventSink>, io: Io): Promise<void> {
  try {
    await deliverEvents(state, sink.consumer, sink.send);
  } catch (err) {
    io.stderr.write(
      `${errorText('E_FETCH', { url: sink.consumer, reason: plainText(String((err as Error).message)) })}\n`,
    );
  }
}

/** Ingest inputs for URLs: each fetched through the polite fetcher, then read as a page. */
export async function* urlItems(
  urls: string[],
  fetcher: Fetcher,
): AsyncGenerator<import('../ingest/read.js').ReadItem> {
  const { pageItem } = await import('../watch/page-input.js');
  for (const url of urls) {
    const res = await fetcher.get(url);
    if (!res.ok) yield { failure: { file: url, code: res.code, text: res.text } };
    else if (res.status === 200) yield pageItem(res.url, res.bytes, res.contentType, new Date().toISOString());
  }
}
