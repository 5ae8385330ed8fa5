/**
 * Rules over the sequence of lines (after each line was judged alone):
 * related-story teaser blocks after a marker, and the header and footer
 * regions around the body of scraped text, whose lines are named (title,
 * outlet, byline, date, slug) for the metadata stage to read.
 */
import type { Line } from './text.js';
import {
  endsWithEllipsis,
  isBodyLine,
  isBylineLine,
  cutOffQuoteStart,
  isCutOffSentence,
  isDateLine,
  isProse,
  isTeaserMarker,
  slugPrefix,
} from './line-rules.js';
import { spaceSplitCount } from '../space.js';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Word-set overlap of two lines, 0..1 (a title repeated with small changes). */
export function similar(a: string, b: string): number {
  const wa = new Set(norm(a).split(' '));
  const wb = new Set(norm(b).split(' '));
  if (!wa.size || !wb.size) return 0;
  let inter = 0;
  for (const w of wa) if (wb.has(w)) inter++;
  return inter / Math.max(wa.size, wb.size);
}

/**
 * `clean/cut-off-tail`: the story's last paragraph, cut mid-sentence where the
 * input stops, is body, not footer, when only dropped lines stand between it
 * and the last body line. Returns the new last body line. A quotation cut a
 * few words after it opens leaves (`clean/cut-off-quote`).
 */
function cutOffTail(lines: Line[], last: number): number {
  const end = lines.length - 1;
  const line = lines[end]!;
  if (end <= last || line.verdict || line.heading || line.parts || !isCutOffSentence(line.text)) return last;
  for (let i = last + 1; i < end; i++) if (!lines[i]!.verdict) return last;
  const at = cutOffQuoteStart(line.text);
  if (at > 0) {
    const keep = line.text.slice(0, at).trimEnd();
    lines.push({
      ...line,
      text: line.text.slice(at),
      rawStart: line.rawStart + at,
      afterBlank: false,
      verdict: { reason: 'cut-off', by: 'clean/cut-off-quote' },
    });
    line.text = keep;
    line.rawEnd = line.rawStart + keep.length;
  }
  return end;
}

function drop(line: Line, reason: string, by: string): void {
  if (!line.verdict) line.verdict = { reason, by };
}

/**
 * After a teaser marker ("━ more like this", "Related", "Read more"): near
 * the end (little prose after it) everything after is teasers; otherwise
 * only headline-like lines and cut-off excerpts, up to the next sentence.
 * Linear: prose counts come from prefix sums, and each line is visited once.
 */
export function markTeasers(lines: Line[]): void {
  const prose = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    prose[i + 1] = prose[i]! + (!l.verdict && isProse(l.text) ? l.text.length : 0);
  }
  for (let i = 0; i < lines.length; i++) {
    if (!isTeaserMarker(lines[i]!.text)) continue;
    const before = prose[i]!;
    const after = prose[lines.length]! - prose[i + 1]!;
    const tail = after < before * 0.25;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.verdict) continue;
      const headlineLike = !/[.]["”’]?$/.test(line.text) || endsWithEllipsis(line.text);
      if (!tail && !headlineLike) break;
      line.verdict = { reason: 'teaser', by: 'clean/teaser' };
    }
    i = j - 1;
  }
}

/**
 * Lines before the first body line are the header (title, outlet, byline,
 * date, slug), lines after the last the footer. The first title-like header
 * line is the headline: it stays (marked `headline`, its wire slug cut off)
 * and its repeats leave. With `regions` off (HTML,
 * whose extractor chose the content) only repeats of known titles leave.
 * `cutOff`: the input stops mid-line (a length-capped scrape), so its last
 * line may be the story's last paragraph cut short (`clean/cut-off-tail`).
 */
export function markRegions(lines: Line[], regions: boolean, titles: string[], cutOff = false): void {
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.verdict || l.heading) continue;
    if (isBodyLine(l.text)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first >= 0 && regions && cutOff) last = cutOffTail(lines, last);
  if (first < 0 || !regions) {
    // No prose at all (a headline and a few lines), or regions off: keep what the rules left.
    first = 0;
    last = lines.length - 1;
  }
  for (const known of titles) {
    for (const l of lines.slice(0, 12)) {
      if (!l.verdict && !isProse(l.text) && similar(l.text, known) >= 0.8) drop(l, 'title', 'clean/title-repeat');
    }
  }
  let title: string | null = null;
  for (let i = 0; i < first; i++) {
    const l = lines[i]!;
    if (l.verdict) continue;
    const t = l.text;
    const slug = slugPrefix(t);
    const n = spaceSplitCount(t);
    if (title && similar(t.slice(slug.length), title) >= 0.8) drop(l, 'title', 'clean/title-repeat');
    // A slugged short line after the headline is a topic slug ("(2nd LD) N Korea-Ukraine war").
    else if (slug && title && spaceSplitCount(t.slice(slug.length)) <= 6) drop(l, 'slug', 'clean/slug');
    else if (isBylineLine(t)) drop(l, 'byline', 'clean/byline');
    else if (isDateLine(t)) drop(l, 'date', 'clean/date');
    else if (!title && l.bullet && n <= 5 && /^[\p{Lu}\d]/u.test(t)) drop(l, 'outlet', 'clean/outlet-line');
    else if (!title && n >= 3) {
      // The headline stays in the body as its first paragraph (claims are made in headlines); a wire slug before it
      // leaves.
      title = t.slice(slug.length);
      if (title.trim()) l.headline = { slug: slug.length };
      else drop(l, 'title', 'clean/title');
    } else drop(l, 'header', 'clean/header');
  }
  // A repeat of the title inside the body (a second headline) leaves too.
  for (let i = first; i <= last && title; i++) {
    const l = lines[i]!;
    if (!l.verdict && !l.headline && !isProse(l.text) && similar(l.text.slice(slugPrefix(l.text).length), title) >= 0.8)
      drop(l, 'title', 'clean/title-repeat');
  }
  for (let i = last + 1; i < lines.length; i++) drop(lines[i]!, 'footer', 'clean/footer');
}
