/**
 * A date line kept in a scraped text's opening lines, optionally led by the
 * place it was filed from: `Lyon | Updated: March 3, 2024 09:10 AM CET`,
 * `Published: 12 May 2023`. Gives the line, the date part and the place.
 */
import type { Span } from '../../article.js';
import { isDateLine } from '../clean/line-rules.js';

export interface PlaceDateLine {
  /** The whole line. */
  line: Span;
  /** The date part, after the place and the label. */
  date: string;
  /** The place before the bar, when the line names one. */
  place?: Span;
}

// How far into the text a header line can be, in lines and characters.
const MAX_LINES = 8;
const MAX_CHARS = 1200;
// "Place | ", "Place • " before the date; a label ("Updated:", "Last updated on") after it.
const PLACE = /^([A-Z][\p{L}'.-]*(?:\s[A-Z][\p{L}'.-]*){0,3})\s*[|•·]\s*/u;
/** Widget words a scraped date line can carry after its date: "March 3, 2024 Photo", "… 09:10 AM 4 min read". */
export const DATE_TAIL = /\s+(?:photos?|video|share|print|comments?|listen|audio|\d{1,2}\s+min(?:ute)?s?\s+read)$/i;
const LABEL = /^(?:(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?\s*)/i;

/** Read one line as a date line led by a place or a label: its date part and place, or null. */
export function readDateLine(line: string): { date: string; place?: string } | null {
  if (line.length > 100) return null;
  const p = PLACE.exec(line);
  const rest = p ? line.slice(p[0].length) : line;
  const labelled = LABEL.exec(rest);
  // Any zone abbreviation after a clock time ("11:02 AM WEST"): cleaning's list of zones is short.
  const date = (labelled ? rest.slice(labelled[0].length) : rest)
    .replace(DATE_TAIL, '')
    .replace(/(\d|[AP]\.?M\.?)\s+[A-Z]{2,5}$/, '$1');
  // A bare date line is cleaning's to drop; here a place or a label leads the date.
  if (!(p || labelled) || !isDateLine(date)) return null;
  return p ? { date, place: p[1]! } : { date };
}

/** The first date line among the opening lines of `text`, or null. */
export function findPlaceDateLine(text: string): PlaceDateLine | null {
  let start = 0;
  for (let n = 0; n < MAX_LINES && start < text.length && start < MAX_CHARS; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = end - start <= 100 ? text.slice(start, end) : '';
    const read = line ? readDateLine(line) : null;
    if (read) {
      const found: PlaceDateLine = { line: { start, end, text: line }, date: read.date };
      if (read.place) found.place = { start, end: start + read.place.length, text: read.place };
      return found;
    }
    start = end + 1;
  }
  return null;
}
