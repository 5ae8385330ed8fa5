/**
 * Datelines at the start of the story: `SEOUL, Oct. 18 (Yonhap) --`,
 * `SEOUL:`, `WASHINGTON —`, `NEW HAVEN, Conn. —`. Gives the place (as
 * written) and, when present, the month and day.
 */
import type { Span } from '../../article.js';

export interface Dateline {
  place: string;
  placeSpan: Span;
  /** Whole dateline prefix, including the separator. */
  span: Span;
  month?: number;
  day?: number;
  /** The year, when the dateline states one ("Jan. 5, 2025"). */
  year?: number;
  dateSpan?: Span;
  credit?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// Capitalised lead words that are labels, not places.
const NOT_PLACE =
  /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|ANALYSIS|OPINION|EDITORIAL|NOTE|PHOTO|VIDEO|CORRECTION|FILE|ALERT|URGENT|LEAD|NEW|FACT CHECK|Q|A|EDITOR'S NOTE|NEWS|REPORT|OP-ED|COMMENTARY|REVIEW|INTERVIEW)$/;

// PLACE[, Region] [, Mon. D[, YYYY]] [(Agency)] (-- | — | – | : | spaced -, or `(Agency) -U.S.` glued)  — every part bounded.
const DATELINE =
  /^([A-Z][A-Z'.-]{1,30}(?: [A-Z][A-Z'.-]{1,30}){0,3})((?:,\s[A-Z][a-zA-Z.]{1,20}(?: [A-Z][a-zA-Z.]{1,20})?)?)(?:,?\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?)\s+(\d{1,2})(?:,\s*((?:19|20)\d{2}))?)?(?:\s*\(([^()\n]{1,40})\))?\s*(--|—|–|:|(?<=\s)-)(?:\s+|(?<=\)\s?-)(?=[A-Z"“]))/;

// Mixed-case place with a credit: "Los Angeles (CNN) —", "Kyiv, Ukraine (AP) —".
const CREDITED =
  /^([A-Z][a-zA-Z.'-]{1,30}(?: [A-Z][a-zA-Z.'-]{1,30}){0,3})((?:, [A-Z][a-zA-Z.]{1,20}(?: [A-Z][a-zA-Z.]{1,20})?)?)\s*\(([A-Z][\w .&'-]{0,30})\)\s*(--|—|–|-)\s+/;

// Mixed-case place and region before a spaced dash, no credit: "Lyon, France - Rescuers said". The region is kept.
const PLACE_REGION_DASH =
  /^([A-Z][a-z'.-]{1,30}(?: [A-Z][a-z'.-]{1,30}){0,2}, [A-Z][a-z'.-]{1,20}(?: [A-Z][a-z'.-]{1,20})?) (?:-|–|—) (?=["“A-Z0-9])/;

/** The dateline at the start of the story (`text` from `from`: after a headline kept in the text), or null; spans are into `text`. */
export function findDateline(text: string, from = 0): Dateline | null {
  const dl = datelineAtStart(text.slice(from, from + 300));
  if (!dl || !from) return dl;
  const shift = (s: Span): Span => ({ start: s.start + from, end: s.end + from, text: s.text });
  return {
    ...dl,
    placeSpan: shift(dl.placeSpan),
    span: shift(dl.span),
    ...(dl.dateSpan ? { dateSpan: shift(dl.dateSpan) } : {}),
  };
}

function datelineAtStart(head: string): Dateline | null {
  const c = DATELINE.exec(head) ? null : CREDITED.exec(head);
  if (c) {
    const place = c[1]!;
    return {
      place,
      placeSpan: { start: 0, end: place.length, text: place },
      span: { start: 0, end: c[0].length, text: c[0] },
      credit: c[3]!,
    };
  }
  const m = DATELINE.exec(head);
  if (!m) {
    const d = PLACE_REGION_DASH.exec(head);
    if (!d) return null;
    const place = d[1]!;
    return {
      place,
      placeSpan: { start: 0, end: place.length, text: place },
      span: { start: 0, end: d[0].length, text: d[0] },
    };
  }
  const place = m[1]!;
  if (NOT_PLACE.test(place)) return null;
  // "SEOUL:" needs a sentence after it, not a label list ("NOTE: ...").
  if (m[7] === ':' && m[2] === '' && !m[3] && !m[6] && place.length < 3) return null;
  const dl: Dateline = {
    place,
    placeSpan: { start: 0, end: place.length, text: place },
    span: { start: 0, end: m[0].length, text: m[0] },
  };
  if (m[3] && m[4]) {
    const mon =
      MONTHS[
        m[3]
          .toLowerCase()
          .replace(/\./, '')
          .slice(0, m[3].toLowerCase().startsWith('sept') ? 4 : 3)
      ];
    const day = Number(m[4]);
    if (mon && day >= 1 && day <= 31) {
      dl.month = mon;
      dl.day = day;
      if (m[5]) dl.year = Number(m[5]);
      const s = m[0].indexOf(m[3]);
      const e = m[5] ? m[0].indexOf(m[5], s) + m[5].length : m[0].indexOf(m[4], s) + m[4].length;
      dl.dateSpan = { start: s, end: e, text: m[0].slice(s, e) };
    }
  }
  if (m[6]) dl.credit = m[6];
  return dl;
}
