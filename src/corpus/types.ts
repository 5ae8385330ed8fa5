/**
 * Shapes produced by the corpus stages (duplicates → provenance → figures →
 * reconcile). `FigureRecord.reconciliation` in src/records.ts is a
 * {@link Reconciliation}.
 */
import type { ClaimRecord, DocumentRecord } from '../records.js';
import type { DateCues } from './dates.js';

/** What the duplicates stage needs of a document (the body only while hashing). */
export type DocInput = Pick<DocumentRecord, 'id' | 'body'> &
  Partial<Pick<DocumentRecord, 'outlet' | 'wire' | 'published' | 'url' | 'previousVersion' | 'title' | 'source'>>;

/** A document without its body: what the later stages keep in memory. */
export interface DocMeta {
  id: string;
  outlet: string | null;
  wire: string[];
  published: string | null;
  url: string | null;
  previousVersion: string | null;
  title: string | null;
  source: string | null;
  /** Ingest order (stable tie-break). */
  order: number;
  /** The day its figures are as of (src/corpus/dates.ts), and the rule that read it. */
  asOf?: string | null;
  asOfBy?: string | null;
  /** An undated article's weekday and month-day cues, dated later by its story (storyDates). */
  cues?: DateCues | null;
}

/** The fields of a claim the corpus stages use (no evidence text: claims stay small). */
export type ClaimInput = Pick<
  ClaimRecord,
  | 'id'
  | 'document'
  | 'value'
  | 'low'
  | 'high'
  | 'bound'
  | 'approximate'
  | 'vague'
  | 'incremental'
  | 'measure'
  | 'action'
  | 'actor'
  | 'target'
  | 'status'
  | 'source'
  | 'sourceName'
  | 'via'
  | 'when'
  | 'said'
> &
  Partial<Pick<ClaimRecord, 'text' | 'evidence' | 'unit'>> & {
    /** Scope qualifier read from the quantity text ("construction" in "6,000 construction troops"). */
    scope?: string | null;
    /** Its actor is the holder a construction names (claims/holder/*): whose count it is, not a role. */
    holder?: boolean;
    /** The words before the number mark it as an earlier value ("had earlier put the toll at", "up from"). */
    earlier?: boolean;
    /** The number is an amount of money (a currency unit or sign). */
    money?: boolean;
    /** The words next to the number make it a part of a count in its sentence ("including 4", "3 of them"). */
    partCue?: boolean;
    /** The words before the number make it a total: of parts ("a total of"), or so far ("has now reached"). */
    totalCue?: 'sum' | 'so-far';
    /** A sum of money named insured or economic losses by the words before it ("insured losses of $4 billion"). */
    lossKind?: 'insured' | 'economic';
    /** Where its sentence says the event happened ("the fire in Port Vell": `port-vell`; src/corpus/event-site.ts). */
    site?: string | null;
    /** The words right after the number name jobs ("… staff would lose their jobs"; figures/job-losses). */
    jobsAfter?: boolean;
    /** Where its evidence sentence starts in the document (claims of one sentence share it). */
    sentence?: number;
    /** Where its number starts in the document (orders the claims of one sentence). */
    at?: number;
    /** The words before it make it the sum just before it in another currency ("€9m, or about $10m"). */
    converts?: boolean;
    /** Its sentence sets it against another source's value ("disputed the figure, saying", "its own count"). */
    disputes?: boolean;
    /** ", not eight": the value its sentence names only to reject it (corpus/rejected-value). */
    rejected?: boolean;
    /** The words before it make it what something is made for, a capacity ("a jail built for 1,450"). */
    capacity?: boolean;
    /** The number's own clause dates it from a year on ("310 have died in the range since 2012"). */
    since?: boolean;
  };

/** Where a claim's attribution chain ends, and which articles are not independent of each other. */
export interface ClaimProvenance {
  claim: string;
  /** Key of the primary source: an entity id, or `outlet:<name>` / `wire:<name>` for an outlet's own reporting. */
  primary: string;
  primaryName: string;
  /** The chain from the article to the primary source: outlet, intermediaries (nearest to the outlet first), source. */
  chain: string[];
  /** Independence group of the article: articles that copy each other or carry the same wire share one. */
  group: string;
}

/** Status classes kept apart in reconciliation. */
export type StatusClass = 'done' | 'planned' | 'possible' | 'unconfirmed' | 'denied';

/** One claim on a figure's timeline. */
export interface TimelineEntry {
  claim: string;
  document: string;
  /** The quantity as reported ("more than 13,000"). */
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  bound: string;
  status: StatusClass;
  incremental: boolean;
  scope: string | null;
  /** When the claim is about (`2024-10`, `2023-08/`, `/2024-12`), or null. */
  about: string | null;
  /** When it was said (claim's `said`, else the article's publication date), or null. */
  said: string | null;
  /** Where `said` came from: `claims/said`, or the date rule that dated its article (`dates/url-path` …). */
  saidBy?: string | null;
  source: string;
  sourceName: string;
  via: string[];
}

/** Distinct reported values (same status, bounds, scope, increment), with how independent their support is. */
export interface ValueGroup {
  key: string;
  text: string;
  status: StatusClass;
  value: number | null;
  low: number | null;
  high: number | null;
  incremental: boolean;
  scope: string | null;
  claims: string[];
  documents: string[];
  /** Distinct primary sources (keys) and their names. */
  sources: string[];
  sourceNames: string[];
  /** Independent article groups among the documents. */
  independentArticles: number;
  /** Earliest and latest said / about dates among the claims. */
  said: string | null;
  about: string | null;
  /** "12,000 — 1 source (NIS), 4 articles". */
  corroboration: string;
}

export type DisagreementKind = 'conflict' | 'compatible-bounds' | 'rounding' | 'scope' | 'as-of-date';

export interface Disagreement {
  kind: DisagreementKind;
  /** Value group keys. */
  a: string;
  b: string;
  /** Up to five claims of each side, for citations (the value groups `a` and `b` list them all). */
  claims: string[];
  /**
   * In words: "10,000 (Zelenskyy, planned, 2024-10-18) against 12,000 (NIS, planned, 2024-10-18): same deployment, same
   * week".
   */
  note: string;
}

/** Increments summed onto a base figure: 1,500 then "another 1,500" = 3,000 so far. */
export interface IncrementChain {
  base: { value: number; claims: string[] };
  increments: Array<{ value: number; claims: string[] }>;
  cumulative: number;
  note: string;
}

/** A done figure shown as revising an earlier plan. */
export interface Revision {
  planned: { value: number; claims: string[]; sources: string[] };
  done: { value: number; claims: string[]; sources: string[] };
  change: number;
  note: string;
}

export interface Reconciliation {
  /** Chronological: by the date the claim is about, then the date it was said. */
  timeline: TimelineEntry[];
  values: ValueGroup[];
  increments: IncrementChain[];
  revisions: Revision[];
  disagreements: Disagreement[];
  /** Pairs of values that agree (same value or a bound and a value inside it, same sources or not). */
  agreements: Array<{ a: string; b: string; note: string }>;
  best: {
    value: number | null;
    low: number | null;
    high: number | null;
    status: StatusClass | null;
    /** The reason in words. */
    reason: string;
    claims: string[];
    /** true when the best value rests on one primary source. */
    singleSource: boolean;
    /** The currency or unit of the best value (`USD`), when it has one. */
    unit?: string | null;
  };
  /** Distinct primary sources and articles behind the whole figure. */
  sources: Array<{ key: string; name: string; claims: number; articles: number }>;
  articles: number;
}

export interface CorpusOptions {
  /** Estimated Jaccard similarity above which two articles are linked (default 0.5). */
  threshold?: number;
  /** The clock, for `computedAt` (ISO). */
  now?: () => string;
  /** Recompute everything, even when the store keeps the state an incremental run needs. */
  full?: boolean;
}
