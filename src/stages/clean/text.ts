/**
 * Plain text (and markdown) scraped from pages → body paragraphs.
 *
 * 1. Split into lines with raw offsets; strip bullets.
 * 2. Judge each line alone (line-rules.ts) and against the batch
 *    (lines repeated across many articles are site boilerplate).
 * 3. Related-story blocks: after a teaser marker, drop the teasers.
 * 4. Regions: lines before the first prose line are the header (title,
 *    outlet, byline, date) and lines after the last prose line the footer;
 *    both leave the body, named for metadata to read.
 * 5. Emit kept lines as paragraphs with exact offsets; hard-wrapped lines of
 *    one paragraph are joined with a space.
 */
import type { Dropped } from '../../article.js';
import type { Context } from '../../pipeline.js';
import { TextBuilder } from './builder.js';
import { BULLET, classifyLine, isDateLine, isProse, type LineVerdict } from './line-rules.js';
import { markdownPieces } from './markdown.js';
import { markRegions, markTeasers } from './regions.js';

export interface Line {
  /** Text without bullet and outer white space. */
  text: string;
  rawStart: number;
  rawEnd: number;
  /** true when a blank line precedes it. */
  afterBlank: boolean;
  verdict: LineVerdict | null;
  heading: boolean;
  /** false when the raw range is only located approximately (HTML). */
  exact?: boolean;
  /** true when the line began with a list bullet. */
  bullet?: boolean;
  /** The whole raw line, trimmed (bullet included): the key of `ctx.lineCounts`. */
  key?: string;
  /** The headline, kept as a paragraph of its own; `slug` = length of a wire slug before it, which leaves. */
  headline?: { slug: number };
  /** Physical lines of a hard-wrapped paragraph, joined in `text` by single spaces. */
  parts?: Array<{ rawStart: number; length: number }>;
}

export interface CleanResult {
  text: string;
  offsets: TextBuilder['offsets'];
  dropped: Dropped[];
  /** Where the headline kept as the first paragraph is in `text`. */
  headline?: { start: number; end: number };
}

/** Split raw text into non-blank lines with offsets of their bare text. */
export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  let blank = true;
  while (pos <= raw.length) {
    let nl = raw.indexOf('\n', pos);
    if (nl < 0) nl = raw.length;
    const full = raw.slice(pos, nl);
    const lead = BULLET.exec(full)?.[0].length ?? /^[\s\u00a0]*/.exec(full)?.[0].length ?? 0;
    const body = full.slice(lead).trimEnd(); // not /\s+$/: quadratic on a long run of inner spaces
    if (body) {
      out.push({
        text: body,
        rawStart: pos + lead,
        rawEnd: pos + lead + body.length,
        afterBlank: blank,
        verdict: null,
        heading: false,
        key: full.trim(),
      });
      blank = false;
    } else blank = true;
    pos = nl + 1;
  }
  return out;
}

/**
 * Clean plain text or markdown. `markup`: the text is a page's markup saved as text (`<p>` lines); its tags leave
 * each line ({@link stripMarkup}) and the lines are judged as text.
 */
export function cleanText(raw: string, ctx: Context, markdown = false, markup = false): CleanResult {
  const lines = splitLines(raw);
  for (const l of lines) l.bullet = BULLET.test(raw.slice(lineStart(raw, l.rawStart), l.rawStart + 1));
  if (markdown) markHeadings(lines);
  if (markup) stripMarkup(lines);
  // A scrape capped in length stops mid-line, with no line break after its last words.
  const cutOff = /\S[ \t\u00a0]*$/.test(raw.slice(-64));
  return cleanLines(joinWrapped(lines), ctx, { markdown, cutOff });
}

/**
 * Hard-wrapped paragraphs: a line that runs on (no closing punctuation,
 * wrapped at a typical width) into a next line starting in lower case.
 */
function joinWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const runsOn =
      prev &&
      !line.afterBlank &&
      !line.heading &&
      !prev.heading &&
      !line.bullet &&
      prev.text.length >= 40 &&
      !/[.!?:;"”’)\]…]$/.test(prev.text) &&
      /^[\p{Ll}(\d]/u.test(line.text) &&
      // A line that is only a date ("3 March 2023, 09:14 IST") is a header line under a headline, not a wrap.
      !isDateLine(line.text) &&
      // Nor is a line of furniture on its own ("3 min read" under a date stamp).
      !classifyLine(line.text);
    if (!runsOn) {
      out.push(line);
      continue;
    }
    prev.parts ??= [{ rawStart: prev.rawStart, length: prev.text.length }];
    prev.parts.push(...(line.parts ?? [{ rawStart: line.rawStart, length: line.text.length }]));
    prev.text += ' ' + line.text;
    prev.rawEnd = line.rawEnd;
  }
  return out;
}

export interface CleanOptions {
  markdown?: boolean;
  /**
   * Drop everything before the first and after the last prose line (header
   * and footer). Right for scraped text, where nothing else marks them; off
   * for HTML, whose extractor already chose the content (on the extraction
   * benchmark the regions cost 2 points of recall: tables, lists, short
   * first lines).
   */
  regions?: boolean;
  /** Titles known from elsewhere (HTML meta): a line repeating one leaves the body. */
  titles?: string[];
  /**
   * Drop lines many articles of the batch repeat (`ctx.lineCounts`). On for
   * scraped text, which has nothing else to tell a site's boilerplate by;
   * off for HTML, whose structure does that, and whose lines are not counted
   * ({@link countLines} counts text inputs only). With it off an HTML
   * article's cleaning does not depend on the rest of its batch.
   */
  repeated?: boolean;
  /** The input stops mid-line (a length-capped scrape): its last line may be a cut-off paragraph. */
  cutOff?: boolean;
}

/** Judge lines (from text or from HTML blocks) and build the body. */
export function cleanLines(lines: Line[], ctx: Context, options: CleanOptions = {}): CleanResult {
  const markdown = options.markdown ?? false;
  const regions = options.regions ?? true;
  const drop = (line: Line, reason: string, by: string) => {
    if (!line.verdict) line.verdict = { reason, by };
  };

  // 2. standalone rules, then the batch.
  for (const line of lines) line.verdict ??= classifyLine(line.text);
  const minArticles = Math.max(2, ctx.config?.repeatedLineMinArticles ?? 3);
  if ((options.repeated ?? true) && ctx.lineCounts && (ctx.batchSize ?? 0) >= minArticles) {
    for (const line of lines) {
      const n = Math.max(ctx.lineCounts.get(line.text.trim()) ?? 0, line.key ? (ctx.lineCounts.get(line.key) ?? 0) : 0);
      // Syndicated copies repeat whole paragraphs: only short, non-prose lines count as site boilerplate.
      if (n >= minArticles && !isProse(line.text) && line.text.length < 120) drop(line, 'repeated', 'clean/repeated');
    }
  }

  // 3. related-story teasers after a marker; 4. header and footer regions.
  markTeasers(lines);
  markRegions(lines, regions, options.titles ?? [], options.cutOff ?? false);

  // 5. emit.
  const builder = new TextBuilder();
  const dropped: Dropped[] = [];
  let headline: CleanResult['headline'];
  for (const line of lines) {
    if (line.verdict) {
      dropped.push({
        rawStart: line.rawStart,
        rawEnd: line.rawEnd,
        text: line.text,
        reason: line.verdict.reason,
        by: line.verdict.by,
      });
      continue;
    }
    if (line.headline && !headline && !builder.length && !line.parts) {
      const start = emitHeadline(line, builder, dropped, markdown);
      if (builder.length > start) headline = { start, end: builder.length };
      continue;
    }
    builder.paragraph();
    const parts = line.parts ?? [{ rawStart: line.rawStart, length: line.text.length }];
    let at = 0;
    parts.forEach((part, k) => {
      if (k) {
        builder.glue(' ');
        at++;
      }
      const piece = line.text.slice(at, at + part.length);
      at += part.length;
      if (markdown) for (const p of markdownPieces(piece, part.rawStart)) builder.push(p.text, p.rawStart, p.rawLength);
      else if (line.exact === false) builder.push(piece, line.rawStart, line.rawEnd - line.rawStart);
      else builder.push(piece, part.rawStart);
    });
  }
  return headline
    ? { text: builder.text, offsets: builder.offsets, dropped, headline }
    : { text: builder.text, offsets: builder.offsets, dropped };
}

/** The headline as the first paragraph, without its wire slug (dropped with reason `slug`). */
function emitHeadline(line: Line, builder: TextBuilder, dropped: Dropped[], markdown: boolean): number {
  const cut = line.headline?.slug ?? 0;
  const exact = line.exact !== false;
  if (cut) {
    const slug = line.text.slice(0, cut).trimEnd();
    dropped.push({
      rawStart: line.rawStart,
      rawEnd: exact ? line.rawStart + slug.length : line.rawEnd,
      text: slug,
      reason: 'slug',
      by: 'clean/title-slug',
    });
  }
  const piece = line.text.slice(cut);
  builder.paragraph();
  const start = builder.length;
  if (markdown)
    for (const p of markdownPieces(piece, line.rawStart + cut)) builder.push(p.text, p.rawStart, p.rawLength);
  else if (!exact) builder.push(piece, line.rawStart, line.rawEnd - line.rawStart);
  else builder.push(piece, line.rawStart + cut);
  return start;
}

function lineStart(raw: string, at: number): number {
  const i = raw.lastIndexOf('\n', at - 1);
  return i < 0 ? 0 : i + 1;
}

/** A tag of a page's markup: `<p class="x">`, `</div>`, `<br/>`. */
const TAG = /<\/?[a-z][a-z0-9]*\b[^<>]{0,300}>/gi;

/**
 * clean/markup-line: a page's markup saved as text (a scrape that kept `<p>`, `<h1>`, `<div class="share">`). Each
 * line keeps the text between its tags, as parts joined by a space with exact offsets; a line of tags alone leaves
 * the body. The HTML extractors are not used: they need a page's structure, and a fragment of paragraphs with no
 * container loses its body there.
 */
function stripMarkup(lines: Line[]): void {
  for (const line of lines) {
    if (!line.text.includes('<')) continue;
    const parts: Array<{ rawStart: number; length: number }> = [];
    const texts: string[] = [];
    let at = 0;
    const keep = (from: number, to: number) => {
      const piece = line.text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const bare = piece.trim();
      if (!bare) return;
      parts.push({ rawStart: line.rawStart + from + lead, length: bare.length });
      texts.push(bare);
    };
    for (const m of line.text.matchAll(TAG)) {
      keep(at, m.index);
      at = m.index + m[0].length;
    }
    if (at === 0) continue;
    keep(at, line.text.length);
    if (!parts.length) {
      line.verdict = { reason: 'markup', by: 'clean/markup-line' };
      continue;
    }
    line.text = texts.join(' ');
    line.rawStart = parts[0]!.rawStart;
    line.rawEnd = parts[parts.length - 1]!.rawStart + parts[parts.length - 1]!.length;
    if (parts.length > 1) line.parts = parts;
  }
}

/** Markdown `#` headings: kept as their own paragraphs, never joined, not prose. */
function markHeadings(lines: Line[]): void {
  for (const l of lines) {
    const m = /^#{1,6}\s+/.exec(l.text);
    if (m) {
      l.heading = true;
      l.text = l.text.slice(m[0].length);
      l.rawStart += m[0].length;
    }
  }
}
