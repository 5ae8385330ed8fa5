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
  isDeckLine,
  isMastheadLine,
  mastheadWithSubtitle,
  isMenuLine,
  isMottoLine,
  isProse,
  isRoleLine,
  isTaglineLine,
  isTeaserMarker,
  slugPrefix,
  WIDGET_CORE,
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

/** Prefix sums of the prose lines' lengths: entry i is the prose before line i. */
function proseSums(lines: Line[]): Float64Array {
  const prose = new Float64Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    prose[i + 1] = prose[i]! + (!l.verdict && isProse(l.text) ? l.text.length : 0);
  }
  return prose;
}

/**
 * After a teaser marker ("━ more like this", "Related", "Read more"): near
 * the end (little prose after it) everything after is teasers; otherwise
 * only headline-like lines and cut-off excerpts, up to the next sentence.
 * Linear: prose counts come from prefix sums, and each line is visited once.
 */
export function markTeasers(lines: Line[]): void {
  // Summed at the first marker (most texts have none), before any line is marked: the same sums as up front.
  let prose: Float64Array | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!isTeaserMarker(lines[i]!.text)) continue;
    prose ??= proseSums(lines);
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

/** How many header lines past a masthead its headline may come (menus, a tagline, a section label). */
const MASTHEAD_REACH = 8;

/** A headline-like line (three words or more; no byline, date, tagline, masthead or menu) soon after `from`. */
function headlineFollows(lines: Line[], from: number, first: number): boolean {
  const end = Math.min(first, from + MASTHEAD_REACH);
  for (let j = from; j < end; j++) {
    const l = lines[j]!;
    if (l.verdict) continue;
    const t = l.text;
    if (isBylineLine(t) || isDateLine(t) || isTaglineLine(t) || isMastheadLine(t) || isMenuLine(t, true)) continue;
    if (spaceSplitCount(t) >= 3) return true;
  }
  return false;
}

/** How far from the top of the page the headline above the byline may stand (a station name, a motto, a menu). */
const TOP_REACH = 5;

/**
 * `clean/top-line`: the first lines of a page above a headline that the byline or date line follows directly (a
 * station's name with its frequency and town, a site's motto, "KarachiBeat" then "The city, block by block") are the
 * site's header, not the headline. Returns the index of that headline, or -1. Only from the top of the page and only
 * past at least one other line, so a headline with its deck above the byline keeps its place.
 */
function headlineAboveByline(lines: Line[], i: number, first: number): number {
  if (i > 1) return -1;
  // A line the byline or date follows is the headline itself.
  let k = i + 1;
  while (k < first && !lines[k]!.text.trim()) k++;
  if (bylineOrDate(lines[k])) return -1;
  const end = Math.min(first, i + TOP_REACH);
  for (let j = i + 2; j < end; j++) {
    const l = lines[j]!;
    if (l.verdict || isMenuLine(l.text, true) || spaceSplitCount(l.text) < 3) continue;
    if (isBylineLine(l.text) || isDateLine(l.text)) return -1;
    return bylineOrDate(lines[j + 1]) ? j : -1;
  }
  return -1;
}

/**
 * `clean/motto` (over the headline): under a masthead, a short line without a full stop whose next line is the
 * headline, the byline or date under that, is the site's motto ("News for the southern valleys").
 */
function mottoOverHeadline(lines: Line[], i: number, first: number): boolean {
  const t = lines[i]!.text;
  const n = spaceSplitCount(t);
  if (n < 3 || n > 8 || /[.!?:]$/.test(t) || i + 2 >= first) return false;
  return spaceSplitCount(lines[i + 1]!.text) >= 3 && bylineOrDate(lines[i + 2]);
}

/** Whether a header line is a byline or a date line, read so already or by its words. */
function bylineOrDate(l: Line | undefined): boolean {
  if (!l) return false;
  const reason = l.verdict?.reason;
  return reason === 'byline' || reason === 'date' || isBylineLine(l.text) || isDateLine(l.text);
}

/** Widget words that also name a site's section or paper ("Comments", "Listen", "The Telegram"): no share bar alone. */
const SECTION_LIKE = new Set(['line', 'band', 'threads', 'comments', 'comment', 'listen', 'telegram', 'x', 'a+', 'a-']);
/** Words of a share bar, which may follow a headline, unlike a site's section menu: the widget words less those. */
const SHARE_MENU = new RegExp(
  `\\b(?:${[...WIDGET_CORE].filter((w) => !SECTION_LIKE.has(w)).join('|')}|copy link)\\b`,
  'i',
);

/**
 * `clean/tagline` (slogan): under a masthead, a short line that a section menu follows is the site's slogan
 * ("The Coast's Home of Local News"), not the headline: a menu stands above the headline.
 */
function sloganBeforeMenu(lines: Line[], i: number, first: number): boolean {
  if (i + 1 >= first || spaceSplitCount(lines[i]!.text) > 10 || /[.!?]$/.test(lines[i]!.text)) return false;
  const next = lines[i + 1]!;
  const menu = next.verdict ? next.verdict.reason === 'navigation' : isMenuLine(next.text, true);
  return menu && !SHARE_MENU.test(next.text);
}

/**
 * `clean/masthead` (by name): a short line of capitalised words that the page prints again below the header (a
 * copyright, a photo credit, "told The Valley Chronicle") is the site's name even without a publication word.
 */
function namedBelow(line: string, below: () => string): boolean {
  const t = line.trim();
  if (t.length > 40 || /[.!?:,;"“”]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|de|&)$/.test(w))) return false;
  return below().includes(t.replace(/^the\s+/i, '').toLowerCase());
}

/** Capitalised words that head sections, menus and labels, never a reporter's name. */
const NOT_NAME_WORDS = new Set(
  (
    'news live updates update video watch listen photos photo gallery opinion analysis explainer exclusive breaking ' +
    'business politics world sport sports weather home menu search share related topics local national international ' +
    'latest more advertisement sponsored staff desk reporter editor press agency media newsroom'
  ).split(' '),
);

/**
 * `clean/name-byline`: a reporter's name on a line of its own next to the date line, bare ("Ana Reyes") or with a
 * role after a comma ("Ana Reyes, Health Correspondent"): two to four capitalised words, no section or label word.
 */
function isNameLine(line: string): boolean {
  const m =
    /^([\p{Lu}][\p{L}'’.-]+(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|da|del|der|le|la|di)){1,3})(?:,\s+[\p{L}&'’ -]{3,50})?$/u.exec(
      line.trim(),
    );
  if (!m) return false;
  return !m[1]!.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w.toLowerCase()));
}

/** A name line's neighbour is the date line, or its role line is ("Ana Reyes" / "Business Correspondent" / date). */
function nextToDate(lines: Line[], i: number): boolean {
  const next = lines[i + 1]?.text ?? '';
  if (placedDate(lines[i - 1]?.text ?? '') || placedDate(next)) return true;
  return isRoleLine(next) && placedDate(lines[i + 2]?.text ?? '');
}

/** The place a date line may open with: "Karlstad, Monday, March 2, 2026" (metadata/place-date-line reads it). */
const PLACE_LEAD = /^[A-Z][\p{L}'.-]*(?:\s[A-Z][\p{L}'.-]*){0,3},\s+/u;

/** A date line, bare or after its place. */
function placedDate(text: string): boolean {
  return isDateLine(text) || (PLACE_LEAD.test(text) && isDateLine(text.replace(PLACE_LEAD, '')));
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
  let masthead = false;
  let deck = false;
  // Lines above this one are the site's header (`clean/top-line`).
  let topUntil = -1;
  // The lines below the header in lower case, joined once for every candidate masthead (a name has no line break).
  let lowerBelow: string | null = null;
  const below = (): string =>
    (lowerBelow ??= lines
      .slice(first)
      .map((l) => l.text)
      .join('\n')
      .toLowerCase());
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
    else if (
      !title &&
      !masthead &&
      (isMastheadLine(t) || mastheadWithSubtitle(t) !== null || namedBelow(t, below)) &&
      headlineFollows(lines, i + 1, first)
    ) {
      drop(l, 'outlet', 'clean/masthead');
      masthead = true;
    } else if (masthead && !title && (isTaglineLine(t) || sloganBeforeMenu(lines, i, first)))
      drop(l, 'header', 'clean/tagline');
    else if (
      masthead &&
      !title &&
      (isMottoLine(t) || mottoOverHeadline(lines, i, first)) &&
      headlineFollows(lines, i + 1, first)
    )
      drop(l, 'header', 'clean/motto');
    else if (!title && isMenuLine(t, true)) drop(l, 'navigation', 'clean/menu');
    else if (!title && i < topUntil) drop(l, 'header', 'clean/top-line');
    else if (!title && n >= 3 && (topUntil = headlineAboveByline(lines, i, first)) > i)
      drop(l, 'header', 'clean/top-line');
    else if (!title && n >= 3) {
      // The headline stays in the body as its first paragraph (headlines make claims); a wire slug before it leaves.
      title = t.slice(slug.length);
      if (title.trim()) l.headline = { slug: slug.length };
      else drop(l, 'title', 'clean/title');
    } else if (title && !deck && isDeckLine(t)) {
      // The deck stays in the body after the headline: it sums the story up in figures (kept, no verdict).
      deck = true;
    } else if (title && isNameLine(t) && nextToDate(lines, i)) drop(l, 'byline', 'clean/name-byline');
    else drop(l, 'header', 'clean/header');
  }
  // A repeat of the title inside the body (a second headline) leaves too.
  for (let i = first; i <= last && title; i++) {
    const l = lines[i]!;
    if (!l.verdict && !l.headline && !isProse(l.text) && similar(l.text.slice(slugPrefix(l.text).length), title) >= 0.8)
      drop(l, 'title', 'clean/title-repeat');
  }
  for (let i = last + 1; i < lines.length; i++) drop(lines[i]!, 'footer', 'clean/footer');
}
