/**
 * Flat records derived from articles and corpus stages: what stores persist,
 * what the API serves and what `crosscheck-export/1` writes. The field names
 * listed in docs/export-format.md are fixed; more fields may be added.
 */
import type { Article, Claim, Quote, Entity, Span } from './article.js';

export const EXPORT_FORMAT = 'crosscheck-export/1';

/** A stored article's metadata and cleaned body. */
export interface DocumentRecord {
  id: string;
  /** Path or URL as ingested. */
  source: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  wire: string[];
  byline: string | null;
  dateline: string | null;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or null. */
  published: string | null;
  language: string | null;
  body: string;
  /** Where each metadata value came from: field → rule id and certainty. */
  provenance: Record<string, { by: string; certain: boolean }>;
  /** Earlier version of the same URL, if this text replaced it. */
  previousVersion: string | null;
  /** Counts, for listings. */
  counts: { claims: number; quotes: number; entities: number; dropped: number };
  /** Problems recorded while processing (coded). */
  messages: Array<{ code: string; text: string; stage: string; fatal: boolean }>;
  ingestedAt: string;
}

/** The few document fields a listing or a report shows for an article. */
export interface DocBrief {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  wire: string[];
  url: string | null;
}

/** A document's {@link DocBrief}. */
export function docBrief(d: DocumentRecord): DocBrief {
  return { id: d.id, title: d.title, outlet: d.outlet, published: d.published, wire: d.wire, url: d.url };
}

/** One numeric claim (flattened {@link Claim}). */
export interface ClaimRecord {
  id: string;
  document: string;
  /** The evidence sentence. */
  evidence: string;
  /** Offsets of the evidence sentence and of the number in the document body. */
  evidenceStart: number;
  evidenceEnd: number;
  numberStart: number;
  numberEnd: number;
  /** The quantity's surface text ("more than 13,000 containers"). */
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: string;
  approximate: boolean;
  vague: boolean;
  incremental: boolean;
  measure: string | null;
  /** A currency code (`USD`), `percent` or a unit of measure (`acres`); null for a plain count. */
  unit: string | null;
  action: string | null;
  actor: string | null;
  target: string | null;
  status: string;
  /** Canonical entity id of the primary source, or null for the outlet's own voice. */
  source: string | null;
  sourceName: string | null;
  via: string[];
  /** When the claim is about (`2024-10`, `2023-08/`, `/2024-12`) or null. */
  when: string | null;
  /** When it was said (ISO date, may be partial) or null. */
  said: string | null;
  /** The place the count holds for, as a key ("ada-county"), when the sentence names one. */
  scope?: string | null;
  /** Figure id, after the corpus stages ran. */
  figure: string | null;
  /** Rule ids behind each value. */
  by: Record<string, string>;
  /** Analysts' corrections laid over the claim (src/review), when any. */
  review?: ClaimReview;
}

/** How analysts' corrections changed a claim: the verdict, the fields changed and what the machine said. */
export interface ClaimReview {
  verdict: 'verified' | 'rejected' | null;
  /** Fields a correction set (`value`, `status`, `source`, `figure`). */
  corrected: string[];
  /** The machine's values of those fields. */
  machine: Record<string, unknown>;
  notes: string[];
  /** Ids of the corrections applied, in order. */
  corrections: string[];
}

/** How analysts' corrections changed a figure. */
export interface FigureReview {
  /** The machine's label, when renamed. */
  machineLabel?: string;
  /** Claims moved in or out, merged or split: the stored reconciliation predates them. */
  membership: boolean;
  /** Figures merged into this one. */
  merged: string[];
  /** The figure this one was split from. */
  splitFrom?: string;
  /** Claims of it whose value, status or source an analyst set: the stored reconciliation predates them. */
  claimsCorrected?: number;
  /** true when the reconciliation and relations were recomputed from the corrected claims (src/review/recompute.ts). */
  recomputed?: boolean;
  notes: string[];
  corrections: string[];
}

export interface QuoteRecord {
  id: string;
  document: string;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerName: string | null;
  partial: boolean;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
  /** Documents that mention it. */
  documents: string[];
}

/** A link between two documents found by the duplicates stage. */
export interface DuplicateLink {
  /** The copy. */
  document: string;
  /** The earlier/original document it copies or updates. */
  of: string;
  kind: 'duplicate' | 'syndicated' | 'version';
  /** Estimated Jaccard similarity of word shingles. */
  similarity: number;
}

/** A figure: claims about the same thing, grouped across articles, and what they add up to. */
export interface FigureRecord {
  id: string;
  label: string;
  measure: string | null;
  action: string | null;
  actor: string | null;
  target: string | null;
  claims: string[];
  /** Reconciliation as computed by src/corpus (timeline, increments, disagreements, best value). */
  reconciliation: unknown;
  /** The story the figure belongs to (src/corpus/stories.ts), when the corpus stages grouped stories. */
  story?: string | null;
  /** The scope that sets it apart from its story's whole figure ("ada-county", "passenger"), and that figure's id. */
  scope?: string | null;
  partOf?: string | null;
  /** Typed relations between claims whose `a` is in this figure (pairs not listed within a figure are `same`). */
  relations?: RelationRecord[];
  /** Analysts' corrections laid over the figure (src/review), when any. */
  review?: FigureReview;
}

/** How two claims relate (the gold README's types): ids of the two claims, and why in words. */
export interface RelationRecord {
  a: string;
  b: string;
  type: 'same' | 'conflict' | 'revision' | 'increment' | 'part' | 'different';
  /** The rule that typed the pair (`relations/later-value`). */
  by: string;
}

/** Articles grouped into one developing story. */
export interface StoryRecord {
  id: string;
  label: string;
  documents: string[];
  figures: string[];
  /** Earliest and latest publication dates of its documents. */
  from: string | null;
  to: string | null;
}

/** Everything the corpus stages produce, persisted in one go. */
/**
 * What the corpus stages write (Store.putCorpus), replacing the last run's.
 * `figures` may be a one-pass stream: the store writes each figure as it
 * comes, so a caller that reconciles lazily (runCorpus) never holds them all;
 * each claim a figure lists gets that figure's id.
 */
export interface CorpusResult {
  entities: EntityRecord[];
  duplicates: DuplicateLink[];
  figures: Iterable<FigureRecord>;
  /** claim id → canonical (corpus-level) source id, where resolution changed it. */
  claimSource?: Record<string, string | null>;
  /** Per-article entity id → the corpus entity it was merged into; stores lay it over quote speakers. */
  entityRemap?: Record<string, string>;
  /** The stories the articles were grouped into; stores keep their briefs for the overview's picker. */
  stories?: StoryRecord[];
  /** What the corpus stages keep of each document for a later incremental run (replaces all kept before). */
  docStates?: Iterable<CorpusDocState>;
  /** The per-document entities merged by id that entity resolution read, kept for a later incremental run. */
  entityInput?: EntityRecord[];
  /**
   * How the figures' ids were made (FIGURE_ID_SCHEME), asked once they are written; null when an incremental run
   * cannot keep them (two figures told apart by a suffix). Kept with the corpus state.
   */
  figureIds?: () => string | null;
  /**
   * The duplicate and story indexes of every document, packed (src/corpus/corpus-state.ts): a later incremental
   * run loads them whole in place of restoring each kept state. Stores that keep none drop it.
   */
  keptIndexes?: Uint8Array;
  computedAt: string;
}

/** What the corpus stages keep of one document between runs, so a later run need not read its text again. */
export interface CorpusDocState {
  id: string;
  /** The story the run put it in. */
  story: string | null;
  /** Opaque to the store: JSON the corpus stages wrote and read back (src/corpus/corpus-state.ts). */
  state: string;
}

/** What an incremental corpus run writes: the stories it touched replaced, the small corpus-wide tables whole. */
export interface CorpusDelta {
  entities: EntityRecord[];
  entityInput: EntityRecord[];
  /** The new articles' duplicate links, appended: the stored articles' links stay as they are. */
  addedDuplicates: DuplicateLink[];
  /** The touched and relabeled stories, each with its figure count: the briefs that may differ from `was.stories`. */
  stories: Array<{ story: StoryRecord; figures: number }>;
  /** Stories whose figures are deleted before `figures` are written (the touched ones, by their previous ids). */
  replaceStories: string[];
  /** Stories relabeled with the same articles (old id → new id): their figures move, ids unchanged. */
  restoryFigures: Record<string, string>;
  /**
   * The touched stories' new figures; a stored figure of a replaced story that
   * would be written again exactly as it is stays in place.
   */
  figures: FigureRecord[];
  /** Claims of the touched stories' documents, each with its canonical source (null: its own). */
  claimSource: Record<string, string | null>;
  entityRemap: Record<string, string>;
  /** Documents with a kept state when the run read them: another run that wrote meanwhile makes the delta void. */
  storedStates: number;
  /** States of the new documents. */
  docStates: CorpusDocState[];
  /** Stored documents whose story id changed: document id → story id. */
  restory: Record<string, string>;
  /**
   * The indexes with the new documents in them, packed (as CorpusResult's); `unchanged`: those the run loaded, with
   * no new document, stay the last run's.
   */
  keptIndexes?: Uint8Array | 'unchanged';
  computedAt: string;
  /**
   * What the corpus-wide tables held when the run read them (entities, their kept input, the stories' briefs,
   * the speaker remap): only the rows that differ from it are written.
   */
  was: {
    entities: readonly EntityRecord[];
    entityInput: readonly EntityRecord[];
    /** The briefs of the stories `stories` replace (the others are left as they are). */
    stories: ReadonlyArray<{ id: string }>;
    entityRemap: Readonly<Record<string, string>>;
  };
}

/** Rows an incremental run wrote, by kind: its work beyond reading, small beside the store when few articles come. */
export interface DeltaWritten {
  /** Figures inserted or moved to a relabeled story. */
  figures: number;
  /** Story briefs written or deleted. */
  stories: number;
  /** Merged entities and kept entity input rows written or deleted. */
  entities: number;
  /** Claims whose figure or canonical source was set. */
  claims: number;
  /** Quotes whose canonical speaker was set. */
  quotes: number;
}

/** What runCorpus returns once the figures are stored: counts, not the figures (read them back from the store). */
export interface CorpusSummary {
  entities: EntityRecord[];
  duplicates: DuplicateLink[];
  figures: number;
  /** Claims placed in a figure. */
  claims: number;
  /** Stories the articles were grouped into. */
  stories?: number;
  claimSource?: Record<string, string | null>;
  computedAt: string;
  /** `incremental`: only the stories new articles joined were recomputed; `full`: everything was. */
  mode?: 'full' | 'incremental';
  /** Why a run was full when an incremental one was asked for (null when it was incremental or never tried). */
  fullBecause?: string | null;
  /** New articles read by an incremental run, and the stories it recomputed. */
  added?: number;
  touched?: number;
  /** Stories an incremental run relabeled without recomputing them (the same articles, a new label). */
  relabeled?: number;
  /** Stored articles an incremental run compared a new one's text with (those sharing a band of its signature). */
  compared?: number;
  /** Rows an incremental run wrote. */
  written?: DeltaWritten;
  /**
   * What an incremental run read the stored documents from: the indexes the last run packed (`indexes`), or every
   * document's kept state (`states`: none were packed, or not of the kept documents).
   */
  read?: 'indexes' | 'states';
}

/** The whole export. */
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  generated: string;
  documents: DocumentRecord[];
  claims: ClaimRecord[];
  quotes: QuoteRecord[];
  entities: EntityRecord[];
  figures: FigureRecord[];
  /** Typed relations between claims (every figure's `relations`, flattened). */
  relations: RelationRecord[];
  duplicates: DuplicateLink[];
  /** Articles grouped into stories. */
  stories: StoryRecord[];
  /** Analysts' corrections (src/review/corrections.ts), already laid over the claims and figures above. */
  corrections?: unknown[];
}

function nameOf(article: Article, entity: string | null | undefined): string | null {
  if (!entity) return null;
  return article.entities.find((e) => e.id === entity)?.name ?? entity;
}

/** The document record of an article. */
export function documentRecord(
  article: Article,
  ingestedAt: string,
  previousVersion: string | null = null,
): DocumentRecord {
  const m = article.meta;
  const provenance: DocumentRecord['provenance'] = {};
  for (const [key, v] of Object.entries(m)) {
    if (v && typeof v === 'object' && 'by' in v)
      provenance[key] = { by: (v as { by: string }).by, certain: (v as { certain: boolean }).certain };
  }
  if (m.wire.length)
    provenance.wire = { by: m.wire.map((w) => w.by).join(','), certain: m.wire.every((w) => w.certain) };
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    title: m.title?.value ?? null,
    outlet: m.outlet?.value ?? null,
    wire: [...new Set(m.wire.map((w) => w.value))],
    byline: m.byline?.value ?? null,
    dateline: m.dateline?.value ?? null,
    published: m.published?.value.iso ?? null,
    language: m.language?.value ?? null,
    body: article.text,
    provenance,
    previousVersion,
    counts: {
      claims: article.claims.length,
      quotes: article.quotes.length,
      entities: article.entities.length,
      dropped: article.dropped.length,
    },
    messages: article.messages.map(({ code, text, stage, fatal }) => ({ code, text, stage, fatal })),
    ingestedAt,
  };
}

/** The claim record of a claim. */
export function claimRecord(article: Article, claim: Claim): ClaimRecord {
  const q = claim.quantity;
  const by: Record<string, string> = { quantity: q.by, status: claim.status.by };
  if (claim.action) by.action = claim.action.by;
  if (claim.actor) by.actor = claim.actor.by;
  if (claim.source) by.source = claim.source.by;
  if (claim.when) by.when = claim.when.by;
  if (claim.scope) by.scope = claim.scope.by;
  return {
    id: claim.id,
    document: article.id,
    evidence: claim.evidence.text,
    evidenceStart: claim.evidence.start,
    evidenceEnd: claim.evidence.end,
    numberStart: q.number.start,
    numberEnd: q.number.end,
    text: q.text,
    value: q.value,
    low: q.low,
    high: q.high,
    bound: q.bound,
    approximate: q.approximate,
    vague: q.vague,
    incremental: q.incremental,
    measure: q.measure,
    unit: q.unitCode ?? null,
    action: claim.action?.value ?? null,
    actor: claim.actor?.entity ?? claim.actor?.name ?? null,
    target: claim.target?.entity ?? claim.target?.name ?? null,
    status: claim.status.value,
    source: claim.source ? (claim.source.entity ?? claim.source.name) : null,
    sourceName: claim.source ? (nameOf(article, claim.source.entity) ?? claim.source.name) : null,
    via: claim.via.map((v) => nameOf(article, v.entity) ?? v.name),
    when: claim.when?.when ?? null,
    said: claim.said,
    scope: claim.scope?.key ?? null,
    figure: null,
    by,
  };
}

/** A claim's reading with nothing known: an exact number stated in the outlet's own voice. A fresh object each call. */
export function claimDefaults(): Pick<
  ClaimRecord,
  | 'bound'
  | 'approximate'
  | 'vague'
  | 'incremental'
  | 'measure'
  | 'unit'
  | 'action'
  | 'actor'
  | 'target'
  | 'status'
  | 'source'
  | 'sourceName'
  | 'via'
  | 'when'
  | 'said'
> {
  return {
    bound: 'exact',
    approximate: false,
    vague: false,
    incremental: false,
    measure: null,
    unit: null,
    action: null,
    actor: null,
    target: null,
    status: 'asserted',
    source: null,
    sourceName: null,
    via: [],
    when: null,
    said: null,
  };
}

/**
 * A claim record with neutral defaults: an exact number stated in the
 * outlet's own voice, with nothing else known. For baselines and tests.
 */
export function plainClaimRecord(
  fields: Pick<ClaimRecord, 'id' | 'document' | 'evidence' | 'value'> & Partial<ClaimRecord>,
): ClaimRecord {
  const { value } = fields;
  return {
    evidenceStart: 0,
    evidenceEnd: fields.evidence.length,
    numberStart: 0,
    numberEnd: 0,
    text: String(value),
    low: value,
    high: value,
    ...claimDefaults(),
    figure: null,
    by: {},
    ...fields,
  };
}

export function quoteRecord(article: Article, quote: Quote, index: number): QuoteRecord {
  return {
    id: `${article.id}:q${index}`,
    document: article.id,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    speaker: quote.speaker,
    speakerName: quote.speakerName ?? nameOf(article, quote.speaker),
    partial: quote.partial,
  };
}

export function entityRecord(article: Article, entity: Entity): EntityRecord {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    roles: entity.roles,
    documents: [article.id],
  };
}

/**
 * Per-document entity records merged by id (aliases, roles and documents
 * united), then filtered by type and by a name/alias substring: how both
 * stores list entities before the corpus stages have merged them.
 */
export function mergeEntityRecords(
  records: Iterable<EntityRecord>,
  filter: { type?: string; q?: string } = {},
): EntityRecord[] {
  const merger = entityMerger();
  for (const e of records) merger.add(e);
  return filterEntities(merger.result(), filter);
}

/**
 * Per-document entity records merged by id as they come: each id's aliases,
 * roles and documents are kept as sets (first occurrence first) and made
 * arrays once, at the end. Linear in the records: an entity named in most of
 * 100,000 articles is not copied again for each of them (it was, and merging
 * the 1.2 million per-document records of 100,000 articles never ended).
 */
export function entityMerger(): { add(e: EntityRecord): void; result(): EntityRecord[] } {
  const byId = new Map<
    string,
    { first: EntityRecord; aliases: Set<string>; roles: Set<string>; documents: Set<string> }
  >();
  // One string per document id: each per-document record reads its id afresh, a dozen copies of each in all.
  const docIds = new Map<string, string>();
  const docId = (d: string): string => {
    const had = docIds.get(d);
    if (had !== undefined) return had;
    docIds.set(d, d);
    return d;
  };
  return {
    add(e) {
      const had = byId.get(e.id);
      if (!had) {
        const documents = new Set<string>();
        for (const d of e.documents) documents.add(docId(d));
        byId.set(e.id, { first: e, aliases: new Set(e.aliases), roles: new Set(e.roles), documents });
        return;
      }
      for (const a of e.aliases) had.aliases.add(a);
      for (const r of e.roles) had.roles.add(r);
      for (const d of e.documents) had.documents.add(docId(d));
    },
    result() {
      return [...byId.values()].map(({ first, aliases, roles, documents }) => ({
        ...first,
        aliases: [...aliases],
        roles: [...roles],
        documents: [...documents],
      }));
    },
  };
}

/** Entities of a type and/or whose name or an alias contains `q` (case-insensitive). */
export function filterEntities(all: EntityRecord[], filter: { type?: string; q?: string }): EntityRecord[] {
  let out = all;
  if (filter.type) out = out.filter((e) => e.type === filter.type);
  if (filter.q) {
    const q = filter.q.toLowerCase();
    out = out.filter((e) => e.name.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q)));
  }
  return out;
}

/**
 * A stored claim as stores return it: the record the article gave, with the
 * corpus stages' figure and canonical source laid over it unless `extracted`.
 */
export function storedClaim(
  record: ClaimRecord,
  corpus: { figure?: unknown; canonical_source?: unknown },
  extracted = false,
): ClaimRecord {
  if (extracted) return record;
  record.figure = (corpus.figure as string | null | undefined) ?? null;
  if (corpus.canonical_source !== undefined && corpus.canonical_source !== null)
    record.source = String(corpus.canonical_source);
  return record;
}

/** Everything one article contributes, flattened. */
export function articleRecords(article: Article, ingestedAt: string, previousVersion: string | null = null) {
  return {
    document: documentRecord(article, ingestedAt, previousVersion),
    claims: article.claims.map((c) => claimRecord(article, c)),
    quotes: article.quotes.map((q, i) => quoteRecord(article, q, i)),
    entities: article.entities.map((e) => entityRecord(article, e)),
  };
}

/** Helper for spans stored as JSON. */
export type StoredSpan = Pick<Span, 'start' | 'end'>;

/**
 * The items with a repeated key reduced to the last of them, in the order of
 * their last occurrence: what `insert or replace` leaves, without paying for
 * it (SQLite's REPLACE costs several times a plain insert here).
 */
export function lastWins<T>(items: readonly T[], key: (item: T) => string): T[] {
  if (items.length < 2) return items.slice();
  const last = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    last.delete(k);
    last.set(k, item);
  }
  return last.size === items.length ? items.slice() : [...last.values()];
}
