/**
 * Ingest: read inputs, analyse each through the per-article pipeline, store
 * them in transactional batches. One bad file is reported and skipped; a
 * failed batch write leaves everything stored before untouched.
 */
import type { Article, ArticleInput } from '../article.js';
import { readFileSync } from 'node:fs';
import { failed, hash, rawText } from '../article.js';
import { analyse } from '../analyse.js';
import { errorText } from '../errors.js';
import { createContext, defaultConfig, type Config, type Context } from '../pipeline.js';
import type { PutOutcome, Store } from '../store/store.js';
import { readInputs, type ReadFailure, type ReadItem, type ReadOptions, type ReadWarning } from './read.js';

/**
 * Analyses a batch of inputs; in-process by default, worker threads in ./workers.ts.
 * The articles it returns are stored as they are: an article that came from a
 * worker keeps the JSON it came as, which the store writes (`storedAnalysis`), so
 * a change made to it before storing would reach the records but not the stored
 * analysis.
 */
export interface Analyzer {
  analyse(inputs: ArticleInput[], ctx: Context): Promise<Article[]>;
  close?(): Promise<void>;
}

export const inProcessAnalyzer: Analyzer = {
  async analyse(inputs, ctx) {
    return inputs.map((input) =>
      analyse(input, { ...ctx, retrieved: input.hints?.retrieved ?? ctx.retrieved ?? null }),
    );
  },
};

export interface IngestProgress {
  read: number;
  stored: number;
  unchanged: number;
  versions: number;
  failed: number;
  current?: string;
}

export interface IngestOptions extends ReadOptions {
  /** Inputs per boilerplate-line statistics window, and most articles per transaction. */
  batchSize?: number;
  /** HTML pages sent for analysis together (default 8): they need no batch, so they go as soon as read. */
  htmlGroup?: number;
  config?: Partial<Config>;
  analyzer?: Analyzer;
  onProgress?: (p: IngestProgress) => void;
  /** Retrieval time for relative dates ("2 days ago"), when known. */
  retrieved?: string | null;
  /** Reading pauses while the inputs read and not yet stored hold this much text (default 256 MiB). */
  maxPendingBytes?: number;
}

/** Default byte budget of what waits to be stored: a few of the largest articles, not a whole folder. */
export const DEFAULT_PENDING_BYTES = 256 * 1024 * 1024;

export interface IngestSummary extends IngestProgress {
  outcomes: PutOutcome[];
  failures: ReadFailure[];
  warnings: ReadWarning[];
  /** Most text held at once by inputs read and not yet stored, in bytes (see {@link IngestOptions.maxPendingBytes}). */
  peakPendingBytes?: number;
  /** Non-fatal messages recorded on stored articles, by article source. */
  messages: Array<{ source: string; code: string; text: string }>;
}

/**
 * Count, for each trimmed line, how many articles of the batch carry it.
 * Lines only one article carries are left out: cleaning drops a line only
 * when at least two articles carry it (`repeatedLineMinArticles` is at least
 * 2), and the map is copied to every worker chunk, so the unique lines, most
 * of a batch, would be copied for nothing.
 */
export function countLines(inputs: ArticleInput[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    if (input.format === 'html') continue;
    const seen = new Set<string>();
    for (const line of rawText(input).split(/\r?\n/)) {
      const t = line.trim();
      if (t.length < 2 || t.length > 300 || seen.has(t)) continue;
      seen.add(t);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  for (const [line, n] of counts) if (n < 2) counts.delete(line);
  return counts;
}

/** A store error that any article would meet (locked, full, gone): trying each article alone would only wait longer. */
const storeWide = (err: unknown): boolean =>
  /\b(?:locked|busy|SQLITE_FULL|SQLITE_IOERR|disk|readonly|ECONNRESET|ECONNREFUSED|terminat|connection)/i.test(
    `${(err as { code?: string })?.code ?? ''} ${String((err as Error)?.message ?? err)}`,
  );

/**
 * A store that may answer if asked again: locked by another writer (SQLite's busy timeout ran out), or a
 * PostgreSQL connection lost or refused while the server restarts (57P01-57P03, 08xxx).
 */
const TRANSIENT = new RegExp(
  [
    'SQLITE_BUSY|database is locked',
    '^57P0[1-3]|^08\\d{3}|ECONNRESET|ECONNREFUSED|EPIPE',
    'Connection terminated|terminating connection|the database system is (?:starting|shutting) up',
  ].join('|'),
  'i',
);
const transient = (err: unknown): boolean =>
  TRANSIENT.test(`${(err as { code?: string })?.code ?? ''} ${String((err as Error)?.message)}`);
/** Tries of a store call that met a transient error, each after a doubled wait (0.25 s … 4 s: a restart fits). */
const TRANSIENT_ATTEMPTS = 6;

/** `fn` again after a doubled wait while it meets a {@link transient} error. */
async function retrying<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= TRANSIENT_ATTEMPTS || !transient(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** (attempt - 1)));
    }
  }
}

/**
 * A page's UTF-8 bytes read again from its file when they were moved to a worker that died with them (a moved
 * buffer is left empty), so that it can be analysed again alone; only when the file still holds the same bytes.
 */
function restoreBytes(input: ArticleInput): void {
  if (typeof input.raw === 'string' || input.raw.byteLength > 0 || !input.id) return;
  try {
    const bytes = readFileSync(input.source);
    if (hash(bytes) === input.id) input.raw = bytes;
  } catch {
    // Gone or changed: it fails alone, with an empty text.
  }
}

/** An input read and not yet stored, with its analysis (or why there is none) once that is done. */
interface Pending {
  input: ArticleInput;
  /** Memory its text takes while it waits: UTF-8 bytes as they are, a string at two bytes a character. */
  bytes: number;
  article?: Article;
  error?: unknown;
}

const analysed = (p: Pending) => p.article !== undefined || p.error !== undefined;

/**
 * Ingest paths into a store.
 *
 * Reading, analysis and storage overlap, and the analyzer is kept fed:
 * - an HTML page is sent for analysis with the next few pages read
 *   (`htmlGroup`), since its analysis depends on nothing else in its batch;
 * - the other inputs of a batch wait for the batch (`batchSize` inputs), whose
 *   repeated lines their cleaning reads ({@link countLines});
 * - whatever is analysed at the head of the read order is stored as soon as the
 *   store is free, in one transaction of at most `batchSize` articles, so the
 *   store works while later inputs are analysed and the last ones are not all
 *   stored after every analysis has ended;
 * - reading pauses while `2 × batchSize` inputs are read and not yet stored.
 * Articles are stored in the order they were read.
 */
export async function ingest(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestItems(readInputs(paths, { ...options, keepUtf8: true }), store, options);
}

/**
 * Ingest inputs however they were read (files by {@link readInputs}, pages fetched by src/watch): the same
 * limits, analysis, batching and versions as {@link ingest}.
 */
export async function ingestItems(
  items: AsyncIterable<ReadItem>,
  store: Store,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const htmlGroup = Math.max(1, Math.min(batchSize, options.htmlGroup ?? 8));
  const maxPending = 2 * batchSize;
  const maxPendingBytes = Math.max(1, options.maxPendingBytes ?? DEFAULT_PENDING_BYTES);
  let pendingBytes = 0;
  const analyzer = options.analyzer ?? inProcessAnalyzer;
  const config = options.config as Config | undefined;
  const retrieved = options.retrieved ?? null;
  const summary: IngestSummary = {
    read: 0,
    stored: 0,
    unchanged: 0,
    versions: 0,
    failed: 0,
    outcomes: [],
    failures: [],
    warnings: [],
    messages: [],
  };
  const report = () =>
    options.onProgress?.({
      read: summary.read,
      stored: summary.stored,
      unchanged: summary.unchanged,
      versions: summary.versions,
      failed: summary.failed,
    });

  /** Read and not yet stored, in read order. */
  const pending: Pending[] = [];
  /** The current batch: every input read since the last batch was closed. */
  let batch: Pending[] = [];
  /** HTML inputs not yet sent for analysis. */
  let html: Pending[] = [];
  let readingDone = false;

  // One waiter each: the writer waits for an analysis to end, the reader for the writer to store.
  const waiting: { writer?: () => void; reader?: () => void } = {};
  const wake = (who: 'writer' | 'reader') => {
    const resolve = waiting[who];
    delete waiting[who];
    resolve?.();
  };

  const dispatch = (items: Pending[], ctx: Context) => {
    if (!items.length) return;
    const settle = (articles: Article[] | null, error: unknown) => {
      items.forEach((p, i) => {
        p.article = articles?.[i];
        p.error = error ?? (p.article ? undefined : new Error('the analyzer returned no article for it'));
      });
      wake('writer');
    };
    analyzer
      .analyse(
        items.map((p) => p.input),
        ctx,
      )
      .then(
        (articles) => settle(articles, null),
        // A chunk fails whole (a worker out of memory on one huge article): each input is tried again alone.
        (error: unknown) =>
          items.length > 1
            ? items.forEach((p) => {
                restoreBytes(p.input);
                dispatch([p], ctx);
              })
            : settle(null, error),
      );
  };
  // HTML cleaning reads no line counts (countLines skips HTML), so the pages need no batch: one context serves them
  // all.
  const htmlCtx = createContext({ config, retrieved });
  const sendHtml = () => {
    dispatch(html, htmlCtx);
    html = [];
  };
  const closeBatch = () => {
    sendHtml();
    const others = batch.filter((p) => p.input.format !== 'html');
    const inputs = batch.map((p) => p.input);
    batch = [];
    dispatch(others, createContext({ config, lineCounts: countLines(inputs), batchSize: inputs.length, retrieved }));
  };

  const save = async (items: Pending[]) => {
    const good: Article[] = [];
    for (const { input, article, error } of items) {
      if (!article) {
        summary.failures.push({
          file: input.source,
          code: 'E_STAGE_CRASH',
          text: `${input.source}: ${String((error as Error)?.message ?? error)}`,
        });
        summary.failed++;
        continue;
      }
      // The stage's own words when it said why there is no text (E_HTML_NO_BODY), else the generic ones.
      const fatal =
        article.messages.find((m) => m.fatal) ??
        (article.text.trim() ? undefined : article.messages.find((m) => m.code === 'E_HTML_NO_BODY'));
      if (fatal || failed(article) || !article.text.trim()) {
        const code = (fatal?.code ?? 'E_HTML_NO_BODY') as ReadFailure['code'];
        summary.failures.push({
          file: article.source,
          code,
          text: fatal
            ? fatal.text.includes(article.source)
              ? fatal.text
              : `${article.source}: ${fatal.text}`
            : `\`${article.source}\` has no readable article text; nothing was stored for it.`,
        });
        summary.failed++;
        continue;
      }
      for (const m of article.messages) summary.messages.push({ source: article.source, code: m.code, text: m.text });
      good.push(article);
    }
    await saveArticles(good);
  };

  /** Store analysed articles in one transaction; when it fails, each again alone. */
  const saveArticles = async (good: Article[]): Promise<void> => {
    let outcomes: PutOutcome[];
    try {
      // A batch that met a locked or restarting store rolled back whole, so it is tried again.
      outcomes = await retrying(() => store.putArticles(good));
    } catch (err) {
      // One article the store refuses must not take its neighbours with it: each is stored again on its own.
      if (good.length > 1 && !storeWide(err)) {
        for (const article of good) await saveArticles([article]);
        return;
      }
      // The transaction rolled back: nothing of it is stored, nothing before it is touched.
      for (const article of good) {
        summary.failures.push({
          file: article.source,
          code: 'E_UNREADABLE',
          text: `${article.source}: could not be stored (${String((err as Error).message)}); nothing of it was written.`,
        });
        summary.failed++;
      }
      report();
      return;
    }
    for (const o of outcomes) {
      summary.outcomes.push(o);
      if (o.status === 'stored') summary.stored++;
      else if (o.status === 'version') summary.versions++;
      else summary.unchanged++;
    }
    report();
  };

  /** Store the analysed head of the read order, a transaction at a time, until everything read is stored. */
  const write = async () => {
    for (;;) {
      let n = 0;
      while (n < pending.length && n < batchSize && analysed(pending[n]!)) n++;
      if (n > 0) {
        const saved = pending.splice(0, n);
        for (const p of saved) pendingBytes -= p.bytes;
        await save(saved);
        wake('reader');
        continue;
      }
      if (readingDone && !pending.length) return;
      await new Promise<void>((resolve) => (waiting.writer = resolve));
    }
  };
  const writer = write();

  const seenIds = new Set<string>();
  const maxChars = options.config?.maxChars ?? defaultConfig.maxChars;
  try {
    for await (const item of items) {
      if ('failure' in item) {
        summary.failures.push(item.failure);
        summary.failed++;
        report();
        continue;
      }
      summary.read++;
      summary.warnings.push(...item.warnings);
      const id = item.input.id!;
      // The character limit bites here, once, and says so; the id stays the hash of the whole input.
      // Bytes at most the limit decode to at most as many characters; longer ones are decoded to be measured.
      const bytes = typeof item.input.raw === 'string' ? 0 : item.input.raw.length;
      if (bytes > maxChars) {
        try {
          item.input = { ...item.input, raw: rawText(item.input) };
        } catch (err) {
          // Past V8's longest string: this file fails, never the run.
          const failure: ReadFailure = {
            file: item.input.source,
            code: 'E_TOO_LONG',
            text: errorText('E_TOO_LONG', {
              file: item.input.source,
              size: bytes,
              reason: String((err as Error)?.message ?? err),
            }),
          };
          summary.failures.push(failure);
          summary.failed++;
          summary.read--;
          report();
          continue;
        }
      }
      const raw = item.input.raw;
      if (typeof raw === 'string' && raw.length > maxChars) {
        const cut =
          raw.charCodeAt(maxChars - 1) >= 0xd800 && raw.charCodeAt(maxChars - 1) < 0xdc00 ? maxChars - 1 : maxChars;
        summary.warnings.push({
          file: item.input.source,
          code: 'W_TRUNCATED',
          text: errorText('W_TRUNCATED', { file: item.input.source, size: raw.length, limit: maxChars }),
        });
        // A copy, not a slice: V8's slice of a long string keeps the whole string alive while the input waits.
        item.input = { ...item.input, raw: Buffer.from(raw.slice(0, cut), 'utf16le').toString('utf16le') };
      }
      // Same bytes again, in this run or stored before: nothing new to do.
      if (seenIds.has(id) || (await retrying(() => store.hasArticle(id)))) {
        seenIds.add(id);
        summary.unchanged++;
        summary.outcomes.push({ id, source: item.input.source, status: 'unchanged' });
        report();
        continue;
      }
      seenIds.add(id);
      const held = item.input.raw;
      const p: Pending = { input: item.input, bytes: typeof held === 'string' ? 2 * held.length : held.length };
      pending.push(p);
      pendingBytes += p.bytes;
      summary.peakPendingBytes = Math.max(summary.peakPendingBytes ?? 0, pendingBytes);
      batch.push(p);
      if (p.input.format === 'html') {
        html.push(p);
        if (html.length >= htmlGroup) sendHtml();
      }
      if (batch.length >= batchSize) closeBatch();
      // Over the byte budget the batch is sent as it is (its text would otherwise wait for more inputs to be read).
      if (pendingBytes >= maxPendingBytes && batch.length) closeBatch();
      while (pending.length >= maxPending || (pendingBytes >= maxPendingBytes && pending.length))
        await new Promise<void>((resolve) => (waiting.reader = resolve));
    }
  } finally {
    // The last batch; and a read that throws still stores what was read before it.
    closeBatch();
    readingDone = true;
    wake('writer');
    await writer;
    await analyzer.close?.();
  }
  return summary;
}
