/**
 * A date line kept in a scraped text's opening lines, optionally led by the
 * place it was filed from: `Lyon | Updated: March 3, 2024 09:10 AM CET`,
 * `Published: 12 May 2023`. Gives the line, the date part and the place.
 */
import type { Span } from '../../article.js';
import { isDateLine } from '../clean/line-rules.js';
import { DATE_LABEL_WORDS } from '../../vocabulary/date-labels.js';
import { CALENDAR_NAMES_PATTERN, CALENDAR_WORDS } from '../../vocabulary/calendar.js';

export interface PlaceDateLine {
  /** The whole line. */
  line: Span;
  /** The date part, after the place and the label. */
  date: string;
  /** The place before the bar, when the line names one. */
  place?: Span;
}

/** The longest line read as a date line: a date of 80 characters with its label, widget and credit. */
const MAX_DATE_LINE = 200;
// How far into the text a header line can be, in lines and characters.
const MAX_LINES = 8;
const MAX_CHARS = 1200;
// "Place | ", "Place • " before the date; a label ("Updated:", "Last updated on") after it.
const PLACE = /^([A-Z][\p{L}'.-]*(?:\s[A-Z][\p{L}'.-]*){0,3})\s*[|•·]\s*/u;
/** metadata/place-date-line: "Place, Monday, March 2, 2026", "Place, 2 March 2026": a comma before the date. */
const PLACE_COMMA = new RegExp(
  `^([A-Z][\\p{L}'.-]*(?:\\s[A-Z][\\p{L}'.-]*){0,3}),\\s+(?=(?:${CALENDAR_NAMES_PATTERN}|\\d{1,2}\\s+[A-Z]))`,
  'u',
);
/** Calendar words, full or short, that cannot be (part of) a place ("Fri, March 3"). */
const CALENDAR_SET: ReadonlySet<string> = new Set(CALENDAR_WORDS);
/** Widget words a scraped date line can carry after its date: "March 3, 2024 Photo", "… 09:10 AM 4 min read". */
export const DATE_TAIL = /\s+(?:photos?|video|share|print|comments?|listen|audio|\d{1,2}\s+min(?:ute)?s?\s+read)$/i;
// An outlet's credit in brackets after the date: "March 3, 2023 (Riverside Daily)".
const CREDIT_TAIL = /\s*\([A-Z][\p{L}'.&-]*(?:\s[A-Z][\p{L}'.&-]*){0,4}\)$/u;
// The author or the section after a labelled date: "Posted December 7, 2026 by Jane Roe", "… in World News".
const BY_TAIL = /\s+By\s+[A-Z][\p{L}'.-]*(?:\s+[A-Z][\p{L}'.-]*){0,3}$/u;
const BY_OR_SECTION_TAIL = /\s+(?:by|in)\s+[A-Z][\p{L}'.&-]*(?:\s+[A-Z&][\p{L}'.&-]*){0,3}$/u;
// "Story published:", "Originally posted on", "Created:", a release's "For release": the label before a page's date.
const PAGE_LABEL =
  '(?:(?:story|article|page|date)\\s+)?(?:first\\s+|last\\s+|originally\\s+)?' +
  `(?:${DATE_LABEL_WORDS}|issued|created)(?:\\s+(?:on|at))?`;
const RELEASE_LABEL = '(?:for\\s+(?:immediate\\s+)?release|embargoed\\s+until|release\\s+date)';
const LABEL = new RegExp(`^(?:${PAGE_LABEL}|${RELEASE_LABEL})\\s*:?\\s*`, 'i');
// A label glued to the date before it, as scrapes join a page's spans: "March 3, 20236:22 AMUpdated 2 hours ago".
const GLUED_LABEL = /(?<=[\da-z.])(?=(?:Updated|Published|Posted|Modified)\b)/g;
// A zone offset after a clock time ("10:12 AM GMT+1") and a year glued to its time ("20259:14 AM").
const ZONE_OFFSET = /\b(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?\b/g;
const GLUED_TIME = /\b((?:19|20)\d{2})(\d{1,2}:\d{2})/g;
// The parts of a line split by bars or slashes (and dashes, in a record): "March 3, 2025 / 9:14 AM / Daily Courier".
const PART_SEP = /\s+[|/•·]\s+/;
const PART_SEP_DASH = /\s+[|/•·—–-]\s+/;
// A name between the parts of a date line (an outlet, a section, a list of sections): capitalised words, no digits.
const NAME_PART = /^[A-Z][\p{L}'.&/-]*(?:,?\s[A-Z][\p{L}'.&/-]*){0,3}$/u;
// A credit between the parts ("Edited By: Jane Roe", "By Jane Roe"): the byline reads it, the date line passes it.
const CREDIT_PART =
  /^(?:(?:(?:edited|written|reported|compiled|produced|published|posted)\s+)?by\s*:?|author\s*:)\s+[A-Z][\p{L}'.-]*(?:\s[A-Z][\p{L}'.-]*){0,3}$/iu;
// A blog's "@" between the date and the clock time: "March 4, 2026 @ 9:15am".
const AT_TIME = /(\d)\s+@\s+(?=\d)/;

/** The date part of a line without its label and tail, or null when it is not a date line. */
export function datePart(text: string): { date: string; labelled: boolean } | null {
  // A date line is short (its date at most 80 characters): a long line is prose; skipping it keeps the tails linear.
  if (text.length > MAX_DATE_LINE) return null;
  const labelled = LABEL.exec(text);
  // Any zone abbreviation after a clock time ("11:02 AM WEST"): cleaning's list of zones is short.
  const unlabelled = labelled ? text.slice(labelled[0].length) : text;
  const date = (labelled ? unlabelled.replace(BY_OR_SECTION_TAIL, '') : unlabelled.replace(BY_TAIL, ''))
    .replace(GLUED_LABEL, ' ')
    .replace(DATE_TAIL, '')
    .replace(CREDIT_TAIL, '')
    .replace(ZONE_OFFSET, '')
    .replace(GLUED_TIME, '$1 $2')
    .replace(AT_TIME, '$1 ')
    .trim()
    .replace(/(\d|[AP]\.?M\.?),?\s+[A-Z]{2,5}$/, '$1');
  return isDateLine(date) ? { date, labelled: !!labelled } : null;
}

/** A place before a comma holds no calendar word ("Fri", "Monday") and is no label ("Published Friday"). */
function commaPlace(place: string): boolean {
  if (LABEL.test(place)) return false;
  for (const w of place.split(' ')) if (CALENDAR_SET.has(w.toLowerCase().replace(/\.$/, ''))) return false;
  return true;
}

/** Read one line as a date line led by a place or a label: its date part and place, or null. */
export function readDateLine(line: string, dashes = false): { date: string; place?: string } | null {
  if (line.length > 100) return null;
  const bar = PLACE.exec(line);
  const c = bar ? null : PLACE_COMMA.exec(line);
  const p = c && commaPlace(c[1]!) ? c : bar;
  const rest = p ? line.slice(p[0].length) : line;
  const read = datePart(rest);
  // A bare date line is cleaning's to drop; here a place or a label leads the date.
  if (read && (p || read.labelled)) return p ? { date: read.date, place: p[1]! } : { date: read.date };
  return readPartedLine(line, dashes);
}

/**
 * A line of parts split by bars or slashes, each a date part or a name ("March 3, 2025 / 9:14 AM / Daily
 * Courier"): the date parts joined. The names are not taken as a place: an outlet or a section reads the same.
 */
function readPartedLine(line: string, dashes: boolean): { date: string } | null {
  const parts = line.split(dashes ? PART_SEP_DASH : PART_SEP);
  if (parts.length < 2 || parts.length > 4) return null;
  const dates: string[] = [];
  for (const part of parts) {
    const read = datePart(part.trim());
    if (read) dates.push(read.date);
    else if (!NAME_PART.test(part.trim()) && !CREDIT_PART.test(part.trim())) return null;
  }
  return dates.length ? { date: dates.join(' ') } : null;
}

/**
 * The first date line among the opening lines of `text` (`bare`, in a record: also an unlabelled one, or parts split by
 * dashes), or null.
 */
export function findPlaceDateLine(text: string, bare = false): PlaceDateLine | null {
  let start = 0;
  for (let n = 0; n < MAX_LINES && start < text.length && start < MAX_CHARS; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = end - start <= 100 ? text.slice(start, end) : '';
    // A bare date line is cleaning's to drop; one it kept (an unknown zone, "GMT+9") may open the text.
    const read: { date: string; place?: string } | null = line
      ? (readDateLine(line, bare) ?? (bare && n < 3 && line.trim() ? datePart(line.trim()) : null))
      : null;
    if (read) {
      const found: PlaceDateLine = { line: { start, end, text: line }, date: read.date };
      if (read.place) found.place = { start, end: start + read.place.length, text: read.place };
      return found;
    }
    start = end + 1;
  }
  return null;
}
