/**
 * The one small interface every store implements (SQLite by default,
 * PostgreSQL for teams). The core never imports a driver; CLI and server
 * open a store with {@link openStore} in ./open.ts.
 */
import type { Article } from '../article.js';
import type { CorrectionRecord } from '../review/corrections.js';
import type {
  ClaimRecord,
  CorpusDelta,
  DeltaWritten,
  CorpusDocState,
  CorpusResult,
  DocumentRecord,
  DuplicateLink,
  EntityRecord,
  FigureRecord,
  QuoteRecord,
} from '../records.js';
import type { FigureBrief, StoryBrief } from './figure-brief.js';
import type { WatchState } from './watch-state.js';

/** What happened to one article of a batch. */
export interface PutOutcome {
  id: string;
  source: string;
  /** stored: new; unchanged: same bytes already stored; version: same URL, new text, linked to `previous`. */
  status: 'stored' | 'unchanged' | 'version';
  previous?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
}

export interface ClaimFilter extends PageQuery {
  document?: string;
  figure?: string;
  source?: string;
  status?: string;
  outlet?: string;
  /** Inclusive ISO date bounds on the document's publication date. */
  from?: string;
  to?: string;
  /** Substring of the evidence sentence (case-insensitive). */
  text?: string;
  /** A number the claim states: its value, or either end of its range or bound. */
  value?: number;
  sort?: 'value' | 'published' | 'document' | 'status';
  order?: 'asc' | 'desc';
}

export interface FigureBriefQuery extends PageQuery {
  /** Only the figures of this story. */
  story?: string;
  /** Only the parts of this figure. */
  partOf?: string;
  /** Substring of the label (case-insensitive). */
  q?: string;
}

export interface QuoteFilter extends PageQuery {
  document?: string;
  speaker?: string;
  /** Substring of the quotation (case-insensitive). */
  text?: string;
}

/** A speaker with how many quotations are theirs, names merged (the corpus entity when there is one). */
export interface SpeakerCount {
  /** The entity id quotes are filed under (the corpus entity once names are merged). */
  speaker: string;
  /** The entity's name, else a name the quotes give. */
  name: string | null;
  quotes: number;
}

/** An outlet with how many stored documents it published. */
export interface OutletCount {
  outlet: string;
  documents: number;
}

export interface SearchHit {
  kind: 'document' | 'claim';
  id: string;
  document: string;
  title: string | null;
  snippet: string;
  score: number;
}

export interface StoreStats {
  documents: number;
  claims: number;
  quotes: number;
  entities: number;
  figures: number;
  schemaVersion: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Store a batch in one transaction: all or nothing. Same bytes twice store nothing new. */
  putArticles(articles: Article[]): Promise<PutOutcome[]>;
  /** true when an article with these raw bytes (sha256 id) is stored. */
  hasArticle(id: string): Promise<boolean>;
  /** The full analysed article, spans included. */
  getArticle(id: string): Promise<Article | null>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  listDocuments(query?: PageQuery): Promise<Page<DocumentRecord>>;
  /** Every document, in ingest order, without holding them all in memory. */
  iterateDocuments(): AsyncIterable<DocumentRecord>;
  /**
   * Every claim, in document order, streamed. With `extracted`, as the
   * per-article stages gave them (no figure, no corpus-level source): what
   * the corpus stages read, so a rerun never reads its own output.
   */
  iterateClaims(options?: { extracted?: boolean }): AsyncIterable<ClaimRecord>;
  listClaims(filter?: ClaimFilter): Promise<Page<ClaimRecord>>;
  listQuotes(filter?: QuoteFilter): Promise<Page<QuoteRecord>>;
  /** The most quoted speakers, most quotations first (ties by id), merged names counted once. */
  topSpeakers(limit: number): Promise<SpeakerCount[]>;
  /** The outlets of the stored documents, most documents first (ties by name): what an outlet filter suggests. */
  topOutlets(limit: number): Promise<OutletCount[]>;
  /**
   * Entities: the corpus-level list once the corpus stages ran; with `perDocument`, always the per-article ones merged
   * by id.
   */
  listEntities(query?: PageQuery & { type?: string; q?: string; perDocument?: boolean }): Promise<Page<EntityRecord>>;
  listFigures(query?: PageQuery): Promise<Page<FigureRecord>>;
  getFigure(id: string): Promise<FigureRecord | null>;
  /** Figures' briefs (stored with them), most-reported first: what listings read, never the reconciliations. */
  listFigureBriefs(query?: FigureBriefQuery): Promise<Page<FigureBrief>>;
  /** The stories of the last corpus run, most articles first (empty before it ran). */
  listStories(): Promise<StoryBrief[]>;
  listDuplicates(document?: string): Promise<DuplicateLink[]>;
  /** Replace the corpus stages' results (entities, duplicates, figures, claim → figure). */
  putCorpus(result: CorpusResult): Promise<void>;
  /** Store analysts' corrections; one already stored (same id) is skipped. Resolves to how many were new. */
  putCorrections(corrections: CorrectionRecord[]): Promise<number>;
  /** Every correction, in the order stored. Never changed by ingest or the corpus stages. */
  listCorrections(): Promise<CorrectionRecord[]>;
  /** Full-text search over documents and claims. */
  search(q: string, query?: PageQuery): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;
  /**
   * Run `fn` over a view of the store that reads from one snapshot (one read transaction on a connection of its
   * own): what other writers commit meanwhile is not seen, so an export is consistent however long it takes.
   */
  snapshot?<T>(fn: (view: Store) => Promise<T>): Promise<T>;
  /** What `crosscheck watch` keeps beside the articles, in this store's own tables (loads that code on first use). */
  watchState(): Promise<WatchState>;
  /** What an incremental corpus run reads and writes (src/corpus/incremental.ts); absent: every run is full. */
  readonly corpusState?: CorpusStateStore;
  close(): Promise<void>;
}

/**
 * How the stored figures' ids were made: `story-hash`, a slug and a hash of the figure's story and key
 * (src/corpus/figures.ts figureId). An incremental run keeps stored ids only when the last full run made them so.
 */
export const FIGURE_ID_SCHEME = 'story-hash';

/** A stored figure's key, without its reconciliation. */
export interface FigureKey {
  id: string;
  story: string | null;
  label: string;
  claims: number;
  /** The figure's grouping key (figureSortKey in ./figure-brief.ts), null for a figure stored before it was kept. */
  key: string | null;
}

/** The packed indexes a corpus run kept, with every document in order ({@link CorpusStateStore.keptIndexes}). */
export interface KeptIndexes {
  packed: Uint8Array;
  docs: AsyncIterable<{ id: string; story: string | null; kept: boolean }>;
}

/** The corpus state kept between runs, so adding articles recomputes only what they touch. */
export interface CorpusStateStore {
  /** Every document id in document order, with what the last corpus run kept of it (null: none yet). */
  states(): AsyncIterable<{ id: string; state: CorpusDocState | null }>;
  /**
   * The packed indexes the last run kept (CorpusResult.keptIndexes), when that run also wrote the kept states
   * (null otherwise), with every document id in document order, its story and whether a state of it is kept:
   * what an incremental run reads in place of {@link CorpusStateStore.states}. Stores without it have no method.
   */
  keptIndexes?(): Promise<KeptIndexes | null>;
  /** The per-document entities merged by id that the last run read (empty before one kept them). */
  entityInput(): Promise<EntityRecord[]>;
  /** The per-document entity records of these documents, in document order. */
  entitiesOf(documents: string[]): Promise<EntityRecord[]>;
  /** The extracted claims of these documents, in document order (as `iterateClaims({ extracted: true })`). */
  claimsOf(documents: string[]): Promise<ClaimRecord[]>;
  /** Those of `sources` that a claim names outside the documents in `except` (looked up by source). */
  sourcesOutside(sources: string[], except: string[]): Promise<string[]>;
  /**
   * Every stored figure's key, in no particular order; with `naming`, only those whose key holds one of these
   * strings, and those with no key.
   */
  figureKeys(naming?: readonly string[]): Promise<FigureKey[]>;
  /** Those of `ids` that a figure outside the stories `except` has. */
  figureIdsTaken(ids: string[], except: string[]): Promise<string[]>;
  /** Figures outside the stories `except`, and the claims they hold. */
  figureTotals(except: string[]): Promise<{ figures: number; claims: number }>;
  /** How the last full run made figure ids ({@link FIGURE_ID_SCHEME} when an incremental run may keep them). */
  figureIdScheme(): Promise<string | null>;
  /**
   * Replace the touched stories' figures and the corpus-wide tables, in one transaction. Resolves to false,
   * writing nothing, when the store no longer keeps `delta.storedStates` document states (another run wrote).
   */
  putCorpusDelta(delta: CorpusDelta): Promise<DeltaWritten | false>;
}
