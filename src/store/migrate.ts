/**
 * `crosscheck migrate --from A --to B`: copy a store into another (SQLite →
 * PostgreSQL for a team, or back). Articles stream across in the source's
 * order, in transactional batches (`getArticle` + `putArticles`), so the
 * target recomputes nothing per article and links URL versions the same way;
 * then the corpus results are copied as they are (not recomputed), so both
 * stores answer, and export, the same. Re-running after an interruption
 * skips what was copied (articles are keyed by content hash).
 */
import { articleRecords, type CorpusResult, type EntityRecord, type FigureRecord } from '../records.js';
import type { Article } from '../article.js';
import type { Page, PageQuery, Store } from './store.js';
import { PostgresStore } from './postgres.js';

export interface MigrateProgress {
  documents: number;
  copied: number;
  skipped: number;
}

export interface MigrateOptions {
  /** Articles per transaction (default 200). */
  batchSize?: number;
  onProgress?: (p: MigrateProgress) => void;
}

async function* pages<T>(list: (q: PageQuery) => Promise<Page<T>>, size = 1000): AsyncGenerator<T> {
  for (let offset = 0; ;) {
    const page = await list({ limit: size, offset });
    yield* page.items;
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return;
  }
}

/** Copy every article and the corpus results of `from` into `to`. */
export async function migrateStore(from: Store, to: Store, options: MigrateOptions = {}): Promise<MigrateProgress> {
  const batchSize = options.batchSize ?? 200;
  const progress: MigrateProgress = { documents: 0, copied: 0, skipped: 0 };
  // The article's own claim sources, to tell which ones the corpus stages changed.
  const rawSource = new Map<string, string | null>();
  const rawSpeaker = new Map<string, string | null>();
  let batch: Article[] = [];
  let times: string[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const outcomes =
      to instanceof PostgresStore ? await to.putArticles(batch, { ingestedAt: times }) : await to.putArticles(batch);
    for (const o of outcomes) {
      if (o.status === 'unchanged') progress.skipped++;
      else progress.copied++;
    }
    batch = [];
    times = [];
    options.onProgress?.({ ...progress });
  };
  for await (const doc of from.iterateDocuments()) {
    progress.documents++;
    const article = await from.getArticle(doc.id);
    if (!article) continue;
    const records = articleRecords(article, doc.ingestedAt);
    for (const c of records.claims) rawSource.set(c.id, c.source);
    for (const q of records.quotes) rawSpeaker.set(q.id, q.speaker);
    batch.push(article);
    times.push(doc.ingestedAt);
    if (batch.length >= batchSize) await flush();
  }
  await flush();

  // Claims in a figure: each figure record lists its claims, and putCorpus sets their figure from it.
  let placed = 0;
  const claimSource: Record<string, string | null> = {};
  for await (const c of from.iterateClaims()) {
    if (c.figure) placed++;
    if (rawSource.has(c.id) && rawSource.get(c.id) !== c.source) claimSource[c.id] = c.source;
  }
  // Quote speakers the corpus stages remapped to merged entities.
  const entityRemap: Record<string, string> = {};
  for await (const q of pages((p) => from.listQuotes(p))) {
    const raw = rawSpeaker.get(q.id);
    if (raw && q.speaker && raw !== q.speaker) entityRemap[raw] = q.speaker;
  }
  const figures: FigureRecord[] = [];
  for await (const f of pages((q) => from.listFigures(q))) figures.push(f);
  const duplicates = await from.listDuplicates();
  // Corpus entities exist only once the corpus stages ran; before that listEntities merges the articles' own.
  const stats = await from.stats();
  const entities: EntityRecord[] = [];
  if (figures.length || duplicates.length || placed || stats.figures) {
    for await (const e of pages((q) => from.listEntities(q))) entities.push(e);
  }
  const remapped = Object.keys(entityRemap).length > 0;
  if (figures.length || duplicates.length || entities.length || placed || Object.keys(claimSource).length || remapped) {
    const result: CorpusResult = { entities, duplicates, figures, computedAt: new Date().toISOString() };
    if (Object.keys(claimSource).length) result.claimSource = claimSource;
    if (remapped) result.entityRemap = entityRemap;
    await to.putCorpus(result);
  }
  // Analysts' corrections travel too: they are keyed by content, so a second run adds none twice.
  await to.putCorrections(await from.listCorrections());
  return progress;
}
