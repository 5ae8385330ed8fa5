/**
 * The one object that flows through the per-article pipeline.
 *
 * Every finding is a {@link Span} into `article.text` (the cleaned text), and
 * every value records which rule produced it (`by`) and whether it was stated
 * in the text or inferred (`certain`). Stages only add to the article.
 */
import { createHash } from 'node:crypto';

/**
 * An input as it is held: its text, or its UTF-8 bytes. Ingest reads a plain UTF-8 HTML page as bytes
 * (read's `keepUtf8`), which cross to an analysis worker and back and are stored as they are; the clean stage
 * tokenizes them without decoding the page whole. {@link rawText} gives the text of either.
 */
export type Raw = string | Uint8Array;

/** A range of `article.text`: `text === article.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where a value came from: the rule that set it, and whether the text states it. */
export interface Origin {
  /** Rule id, `stage/rule`, e.g. `metadata/dateline`. */
  by: string;
  /** true when stated in the text, false when inferred. */
  certain: boolean;
}

/** A value with its origin, and optionally the span it was read from. */
export interface Valued<T> extends Origin {
  value: T;
  span?: Span;
}

/** A problem recorded on an article (vfile's messages). */
export interface Message {
  /** Coded, from src/errors.ts, e.g. `E_DECODE`. */
  code: string;
  /** Human text: what was expected, what was found, what to do. */
  text: string;
  /** Stage that recorded it. */
  stage: string;
  /** true when the article could not be processed further. */
  fatal: boolean;
  span?: Span;
}

/** One segment of the map from cleaned text back to the raw input. */
export interface OffsetSegment {
  /** Offset in `article.text`. */
  start: number;
  /** Length of the segment in `article.text`. */
  length: number;
  /** Offset in the raw text ({@link rawText}) where this segment's text came from. */
  rawStart: number;
  /** Length in the raw text (may differ for HTML entities / folded white space). */
  rawLength: number;
}

/** A block of the raw input that cleaning dropped, with the reason. */
export interface Dropped {
  /** Offsets into the raw text (or -1 when not locatable). */
  rawStart: number;
  rawEnd: number;
  text: string;
  /**
   * Why: `widget`, `signup`, `comment-form`, `teaser`, `copyright`, `editor-note`, `url`, `caption`, `repeated`,
   * `byline`, `dateline`, `date`, `title`, `navigation`, ...
   */
  reason: string;
  by: string;
}

/** A date that may be known only to the year or month. */
export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  iso: string;
  precision: 'year' | 'month' | 'day';
}

/** Article metadata; each field says where it came from. `null` = unknown. */
export interface Metadata {
  title: Valued<string> | null;
  outlet: Valued<string> | null;
  /** Wire agencies the story comes from or cites (canonical names, e.g. `Associated Press`). */
  wire: Valued<string>[];
  byline: Valued<string> | null;
  dateline: Valued<string> | null;
  language: Valued<string> | null;
  published: Valued<PartialDate> | null;
  /** Upper/lower bounds on publication from e.g. a copyright year. */
  publishedBounds?: { after?: string; before?: string; by: string };
}

/** A sentence of `article.text`. */
export interface Sentence extends Span {
  index: number;
  /** Paragraph number (blank-line separated blocks). */
  paragraph: number;
  /** true for a headline or heading line. */
  heading: boolean;
}

export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'other';

/** A canonical entity (within an article; the corpus stage merges across articles). */
export interface Entity {
  /** Stable key: slug of the canonical name, e.g. `north-korea`. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Titles and roles attached to a person, e.g. `NIS director`. */
  roles: string[];
}

/** A mention of an entity in the text. */
export interface Mention extends Span, Origin {
  entity: string;
  type: EntityType;
  /** A title or role attached here, e.g. `lawmaker`. */
  role?: string;
}

export type BoundKind = 'exact' | 'lower' | 'upper' | 'range' | 'vague';

/** A number found in the text, with bounds and what it counts. */
export interface Quantity extends Span, Origin {
  /** The stated number; null for a pure bound ("more than 13,000") or a vague magnitude. */
  value: number | null;
  low: number | null;
  high: number | null;
  bound: BoundKind;
  approximate: boolean;
  vague: boolean;
  incremental: boolean;
  /** The span of just the number (digits or words). */
  number: Span;
  /** The bound/vague/increment cue word, if any ("more than", "another"). */
  cue?: Span;
  /** What is counted, normalised (`troops`), and the noun as written. */
  measure: string | null;
  unit?: Span;
  /**
   * What the number is in, when it is not a plain count: a currency code
   * (`USD`, `EUR`, `INR`), `percent`, or a unit of measure (`acres`, `mph`,
   * `magnitude`). Exported as the claim's `unit`.
   */
  unitCode?: string | null;
}

/** A time expression resolved against the article's reference date. */
export interface TimeExpr extends Span, Origin {
  /**
   * ISO start of the time meant (date, month or year precision), or null when open. (Not `start`: that is the span
   * offset.)
   */
  from: string | null;
  /** ISO end for periods; null when open or a point. */
  to: string | null;
  kind: 'point' | 'period' | 'by' | 'since' | 'until' | 'earliest';
  precision: 'year' | 'month' | 'day';
  /** The compact form used in gold files: `2024-10`, `2023-08/`, `/2024-12`. */
  when: string;
}

/** A direct quotation. `span` covers the text between the quote marks. */
export interface Quote extends Span, Origin {
  /** Canonical entity id of the speaker, or null if unknown. */
  speaker: string | null;
  speakerName: string | null;
  speakerSpan?: Span;
  /** The speech verb, e.g. `said`. */
  cue?: Span;
  /** true for a phrase quoted inside a sentence of reported speech. */
  partial: boolean;
}

export type ClaimStatus = 'asserted' | 'planned' | 'possible' | 'unconfirmed' | 'denied';

/** One link of an attribution chain. */
export interface Attribution extends Origin {
  entity: string | null;
  name: string;
  span?: Span;
  cue?: Span;
  /** For a person speaking for an organisation ("NIS director Cho Tae-yong"): the organisation's entity id and name. */
  for?: { entity: string; name: string };
}

/**
 * Reported speech in one sentence: who says the `content`, through whom.
 * "Park cited Cho as saying that X": source Cho (then NIS if Cho speaks for it), via [Park].
 */
export interface AttributionSpan extends Origin {
  sentence: number;
  /** The attributed content (a span of the sentence, or the whole sentence). */
  content: Span;
  /** The primary source. */
  source: Attribution;
  /** Intermediaries, nearest to the primary source first (lawmakers, an agency cited). */
  via: Attribution[];
  /** The cue: said, told, according to, citing, added, estimated, believes. */
  cue: Span;
  /** true when carried over from a neighbouring sentence (paragraph-level attribution). */
  carried: boolean;
}

/** A numeric claim: a quantity the story asserts, with who says so and how sure. */
export interface Claim {
  /** `${article.id}:${quantity.start}`. */
  id: string;
  /** The rule that made the quantity a claim (`claims/measured`, `claims/level`, ...). */
  by?: string;
  /** The quantity it rests on. */
  quantity: Quantity;
  /** The evidence sentence. */
  evidence: Span;
  /** Who does it (North Korea) and to whom/where (Russia). */
  actor: Attribution | null;
  target: Attribution | null;
  /** Normalised action: deploy, supply, kill, wound, ... */
  action: Valued<string> | null;
  status: Valued<ClaimStatus>;
  /** The primary source; null = the outlet in its own voice. */
  source: Attribution | null;
  /** Intermediaries, nearest to the primary source first. */
  via: Attribution[];
  /** When the claim is about. */
  when: TimeExpr | null;
  /** When it was said (the publication date or a day named with the speech verb). */
  said: string | null;
  /** The place the count holds for ("Ada County"), as a key and as written, and the rule that read it. */
  scope?: { key: string; text: string; by: string } | null;
}

/** The whole article as it moves through the stages. */
export interface Article {
  /** sha256 of the raw bytes, hex. */
  id: string;
  /** Path or URL as ingested. */
  source: string;
  url: string | null;
  format: 'text' | 'markdown' | 'html' | 'record';
  /** The raw input as held ({@link Raw}): read its text with {@link rawText}. */
  raw: Raw;
  /** Encoding that decoded the bytes, and how it was chosen. */
  encoding: Valued<string>;
  /** Values given alongside the input (JSON records), trusted over inference. */
  hints: { title?: string; published?: string; outlet?: string; url?: string; retrieved?: string };
  /** The cleaned text; every span points into it. */
  text: string;
  offsets: OffsetSegment[];
  dropped: Dropped[];
  /**
   * The headline, when cleaning kept it as the first paragraph of `text` (set by clean; absent when the input has no
   * headline line).
   */
  headline?: Span;
  meta: Metadata;
  sentences: Sentence[];
  entities: Entity[];
  mentions: Mention[];
  attributions: AttributionSpan[];
  quantities: Quantity[];
  times: TimeExpr[];
  quotes: Quote[];
  claims: Claim[];
  messages: Message[];
}

/** Inputs to {@link createArticle}. */
export interface ArticleInput {
  source: string;
  raw: Raw;
  /** sha256 over the raw bytes; computed from `raw` when absent. */
  id?: string;
  format: Article['format'];
  encoding?: Valued<string>;
  url?: string | null;
  hints?: Article['hints'];
}

/** sha256 hex of bytes or a string. */
export function hash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An article's analysis as the stores keep it: everything but its raw input, as JSON. */
export function analysisJson(article: Article): string {
  const { raw: _raw, ...analysis } = article;
  return JSON.stringify(analysis);
}

/** The text of a raw input, whichever way it is held. */
export function rawText(held: { raw: Raw }): string {
  const { raw } = held;
  return typeof raw === 'string' ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
}

/** A fresh article with empty findings, holding its input as it came (bytes are decoded by the clean stage only). */
export function createArticle(input: ArticleInput): Article {
  return {
    id: input.id ?? hash(input.raw),
    source: input.source,
    url: input.url ?? input.hints?.url ?? null,
    format: input.format,
    raw: input.raw,
    encoding: input.encoding ?? { value: 'utf-8', by: 'ingest/default', certain: false },
    hints: input.hints ?? {},
    text: '',
    offsets: [],
    dropped: [],
    meta: { title: null, outlet: null, wire: [], byline: null, dateline: null, language: null, published: null },
    sentences: [],
    entities: [],
    mentions: [],
    attributions: [],
    quantities: [],
    times: [],
    quotes: [],
    claims: [],
    messages: [],
  };
}

/** A span of `article.text` from offsets. */
export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Record a recoverable problem on the article. */
export function message(article: Article, stage: string, code: string, text: string, at?: Span): Message {
  const msg: Message = { code, text, stage, fatal: false, ...(at ? { span: at } : {}) };
  article.messages.push(msg);
  return msg;
}

/** Record a problem that stops processing of this article. */
export function fail(article: Article, stage: string, code: string, text: string): Message {
  const msg: Message = { code, text, stage, fatal: true };
  article.messages.push(msg);
  return msg;
}

/** true when a fatal message was recorded. */
export function failed(article: Article): boolean {
  return article.messages.some((m) => m.fatal);
}

/** Map an offset in `article.text` back to the raw text (approximate inside folded segments). */
export function rawOffset(article: Article, offset: number): number | null {
  const segs = article.offsets;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segs[mid]!;
    if (offset < seg.start) hi = mid - 1;
    else if (offset > seg.start + seg.length) lo = mid + 1;
    else {
      if (seg.length === seg.rawLength) return seg.rawStart + (offset - seg.start);
      return seg.rawStart + Math.round(((offset - seg.start) / Math.max(1, seg.length)) * seg.rawLength);
    }
  }
  return null;
}
