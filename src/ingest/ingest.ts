/**
 * Ingest: read inputs, analyse each through the per-article pipeline, store
 * them in transactional batches. One bad file is reported and skipped; a
 * failed batch write leaves everything stored before untouched.
 */
import type { Article, ArticleInput } from '../article.js';
import { failed } from '../article.js';
import { analyse } from '../analyse.js';
import { errorText } from '../errors.js';
import { createContext, defaultConfig, type Config, type Context } from '../pipeline.js';
import type { PutOutcome, Store } from '../store/store.js';
import { readInputs, type ReadFailure, type ReadOptions, type ReadWarning } from './read.js';

/** Analyses a batch of inputs; in-process by default, worker threads in ./workers.ts. */
export interface Analyzer {
  analyse(inputs: ArticleInput[], ctx: Context): Promise<Article[]>;
  close?(): Promise<void>;
}

export const inProcessAnalyzer: Analyzer = {
  async analyse(inputs, ctx) {
    return inputs.map((input) => analyse(input, { ...ctx, retrieved: input.hints?.retrieved ?? ctx.retrieved ?? null }));
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
  /** Articles per transaction (and per boilerplate-line statistics window). */
  batchSize?: number;
  config?: Partial<Config>;
  analyzer?: Analyzer;
  onProgress?: (p: IngestProgress) => void;
  /** Retrieval time for relative dates ("2 days ago"), when known. */
  retrieved?: string | null;
}

export interface IngestSummary extends IngestProgress {
  outcomes: PutOutcome[];
  failures: ReadFailure[];
  warnings: ReadWarning[];
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
    for (const line of input.raw.split(/\r?\n/)) {
      const t = line.trim();
      if (t.length < 2 || t.length > 300 || seen.has(t)) continue;
      seen.add(t);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  for (const [line, n] of counts) if (n < 2) counts.delete(line);
  return counts;
}

/** Ingest paths into a store. */
export async function ingest(paths: string[], store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 200;
  const analyzer = options.analyzer ?? inProcessAnalyzer;
  const summary: IngestSummary = { read: 0, stored: 0, unchanged: 0, versions: 0, failed: 0, outcomes: [], failures: [], warnings: [], messages: [] };
  const report = () => options.onProgress?.({ read: summary.read, stored: summary.stored, unchanged: summary.unchanged, versions: summary.versions, failed: summary.failed });
  let batch: ArticleInput[] = [];
  const seenIds = new Set<string>();

  // Batches overlap: while batch k is stored (and batch k+2 read), batch k+1 is analysed, so worker
  // threads are not idle during reads and writes. Stores stay in batch order; at most two batches in flight.
  let inflight: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!batch.length) return;
    const inputs = batch;
    batch = [];
    const ctx = createContext({ config: options.config as Config | undefined, lineCounts: countLines(inputs), batchSize: inputs.length, retrieved: options.retrieved ?? null });
    const analysed = analyzer.analyse(inputs, ctx).then(
      (articles) => ({ articles, error: null }),
      (error: unknown) => ({ articles: [] as Article[], error }),
    );
    const previous = inflight;
    inflight = previous.then(() => analysed).then(({ articles, error }) => save(inputs, articles, error));
    await previous;
  };

  const save = async (inputs: ArticleInput[], articles: Article[], err: unknown) => {
    if (err) {
      for (const input of inputs) {
        summary.failures.push({ file: input.source, code: 'E_STAGE_CRASH', text: `${input.source}: ${String((err as Error).message)}` });
        summary.failed++;
      }
      report();
      return;
    }
    const good: Article[] = [];
    for (const article of articles) {
      // The stage's own words when it said why there is no text (E_HTML_NO_BODY), else the generic ones.
      const fatal = article.messages.find((m) => m.fatal) ?? (article.text.trim() ? undefined : article.messages.find((m) => m.code === 'E_HTML_NO_BODY'));
      if (fatal || failed(article) || !article.text.trim()) {
        const code = (fatal?.code ?? 'E_HTML_NO_BODY') as ReadFailure['code'];
        summary.failures.push({ file: article.source, code, text: fatal ? (fatal.text.includes(article.source) ? fatal.text : `${article.source}: ${fatal.text}`) : `\`${article.source}\` has no readable article text; nothing was stored for it.` });
        summary.failed++;
        continue;
      }
      for (const m of article.messages) summary.messages.push({ source: article.source, code: m.code, text: m.text });
      good.push(article);
    }
    let outcomes: PutOutcome[];
    try {
      outcomes = await store.putArticles(good);
    } catch (err) {
      // The batch transaction rolled back: nothing of it is stored, nothing before it is touched.
      for (const article of good) {
        summary.failures.push({ file: article.source, code: 'E_UNREADABLE', text: `${article.source}: could not be stored (${String((err as Error).message)}); nothing of its batch was written.` });
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

  for await (const item of readInputs(paths, options)) {
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
    const maxChars = options.config?.maxChars ?? defaultConfig.maxChars;
    if (item.input.raw.length > maxChars) {
      const raw = item.input.raw;
      const cut = raw.charCodeAt(maxChars - 1) >= 0xd800 && raw.charCodeAt(maxChars - 1) < 0xdc00 ? maxChars - 1 : maxChars;
      summary.warnings.push({ file: item.input.source, code: 'W_TRUNCATED', text: errorText('W_TRUNCATED', { file: item.input.source, size: raw.length, limit: maxChars }) });
      item.input = { ...item.input, raw: raw.slice(0, cut) };
    }
    // Same bytes again, in this run or stored before: nothing new to do.
    if (seenIds.has(id) || (await store.hasArticle(id))) {
      seenIds.add(id);
      summary.unchanged++;
      summary.outcomes.push({ id, source: item.input.source, status: 'unchanged' });
      report();
      continue;
    }
    seenIds.add(id);
    batch.push(item.input);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await inflight;
  await analyzer.close?.();
  return summary;
}
