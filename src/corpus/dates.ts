/**
 * The day an article's figures are as of: its publication date when the
 * metadata stage found one, else a date in its URL (`/2025/01/09/`,
 * `/2024/oct/03/`, `-2025-06-14`), else a date written at the head of its
 * text ("Sunday, June 29 2025"). Each rule is a row; the first that gives a
 * full day wins, and the result says which rule it was (`by`).
 */
import { monthNumber } from '../stages/metadata/dateline.js';
import { CAPITAL_MONTH_PATTERN, MONTH_PATTERN } from '../vocabulary/calendar.js';

/** The as-of date of a document and the rule that found it. */
export interface AsOf {
  date: string | null;
  by: string | null;
}

interface DateSource {
  published?: string | null;
  url?: string | null;
  body?: string;
  title?: string | null;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const month = (name: string) => monthNumber(name) ?? 0;
const MONTH_NAME = `(${MONTH_PATTERN})`;
/** `March 3, 2024` and `3 March 2024` near the top of an article (no `g` flag: exec keeps no state). */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\.?,?\\s+((?:19|20)\\d{2})\\b`, 'i');

/** Ordered rules: each reads one construction and returns an ISO day or null. */
const RULES: Array<{ by: string; read: (s: DateSource) => string | null }> = [
  { by: 'dates/published', read: (s) => (s.published && /^\d{4}-\d{2}-\d{2}$/.test(s.published) ? s.published : null) },
  {
    by: 'dates/url-path',
    read: (s) => {
      const m = /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?:\/|$)/i.exec(s.url ?? '');
      if (!m) return null;
      const mo = /^\d+$/.test(m[2]!) ? Number(m[2]) : month(m[2]!);
      return iso(Number(m[1]), mo, Number(m[3]));
    },
  },
  {
    by: 'dates/url-slug',
    read: (s) => {
      const m = /[-_/]((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d])/.exec(s.url ?? '');
      return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    },
  },
  {
    by: 'dates/text-head',
    read: (s) => {
      const head = `${s.title ?? ''}\n${(s.body ?? '').slice(0, 400)}`;
      const md = MONTH_DAY_YEAR.exec(head);
      if (md) return iso(Number(md[3]), month(md[1]!), Number(md[2]));
      const dm = DAY_MONTH_YEAR.exec(head);
      return dm ? iso(Number(dm[3]), month(dm[2]!), Number(dm[1])) : null;
    },
  },
  {
    by: 'dates/url-epoch',
    read: (s) => {
      // A ten-digit Unix time in a URL slug (seconds since 1970: 2001 to 2033).
      const m = /[-_/](1[0-9]{9})(?:\.html?|[/?#]|$)/.exec(s.url ?? '');
      return m ? new Date(Number(m[1]) * 1000).toISOString().slice(0, 10) : null;
    },
  },
  { by: 'dates/published-partial', read: (s) => s.published ?? null },
];

/** The as-of date of a document: the first rule that reads one. */
export function asOfDate(source: DateSource): AsOf {
  for (const rule of RULES) {
    const date = rule.read(source);
    if (date) return { date, by: rule.by };
  }
  return { date: null, by: null };
}

/** Characters of the body read for a weekday, a month and day without a year, or a full date. */
const CUE_HEAD = 2000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday that names the day of the report: not "Thursday's crash" (the event) nor "last/next Friday". */
const WEEKDAY = new RegExp(`(?<!\\b(?:last|next|previous|since|until)\\s)\\b(${WEEKDAYS.join('|')})\\b(?!['’]s)`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})`, 'i');
/** {@link MONTH_NAME} with each name capitalised (the same names, one list). */
const CAPITAL_MONTH_NAME = `(${CAPITAL_MONTH_PATTERN})`;
/** `2 March` without a year; capitalised, so that "10 may be" is no date. */
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${CAPITAL_MONTH_NAME}\\b(?!\\.?,?\\s*(?:19|20)\\d{2})`,
);
/** Every full date of the head, for the latest one (global: matchAll reads a copy, these keep no state). */
const MONTH_DAY_YEAR_ALL = new RegExp(MONTH_DAY_YEAR.source, 'gi');
const DAY_MONTH_YEAR_ALL = new RegExp(DAY_MONTH_YEAR.source, 'gi');

/** What an undated article says of its day without a full date at its head: a weekday, a month and day. */
export interface DateCues {
  /** 0 (Sunday) to 6. */
  weekday: number | null;
  month: number | null;
  day: number | null;
  /** The latest full date written in its own text (ISO day), a day its weekday and month-day are read against. */
  anchor?: string | null;
}

/** The latest full date among the head's `March 1, 2025` and `1 March 2025`, or null. */
function latestFullDate(head: string): string | null {
  let latest: string | null = null;
  for (const m of head.matchAll(MONTH_DAY_YEAR_ALL)) {
    const d = iso(Number(m[3]), month(m[1]!), Number(m[2]));
    if (d && (!latest || d > latest)) latest = d;
  }
  for (const m of head.matchAll(DAY_MONTH_YEAR_ALL)) {
    const d = iso(Number(m[3]), month(m[2]!), Number(m[1]));
    if (d && (!latest || d > latest)) latest = d;
  }
  return latest;
}

/**
 * The first weekday, the first month-and-day without a year (`March 2` or `2 March`) and the latest full
 * date at the head of an article.
 */
export function dateCues(source: Pick<DateSource, 'body' | 'title'>): DateCues {
  const head = `${source.title ?? ''}\n${(source.body ?? '').slice(0, CUE_HEAD)}`;
  const w = WEEKDAY.exec(head);
  const md = MONTH_DAY.exec(head);
  const dm = DAY_MONTH.exec(head);
  // Whichever of the two orders comes first in the text.
  const useDm = dm && (!md || dm.index < md.index);
  const d = useDm ? Number(dm[1]) : md ? Number(md[2]) : 0;
  const ok = d >= 1 && d <= 31;
  const weekday = w ? WEEKDAYS.indexOf(w[1]!.toLowerCase()) : null;
  const m = !ok ? null : useDm ? month(dm[2]!) : month(md![1]!);
  return { weekday, month: m, day: ok ? d : null, anchor: latestFullDate(head) };
}

/** What {@link storyDates} reads and fills in of a document. */
export interface StoryDated {
  id: string;
  asOf?: string | null;
  asOfBy?: string | null;
  cues?: DateCues | null;
}

const DAY_MS = 86_400_000;

/** The first day of `weekday` on or after the ISO day `from`. */
function weekdayFrom(from: string, weekday: number): string {
  const t = Date.parse(from);
  const shift = (weekday - new Date(t).getUTCDay() + 7) % 7;
  return new Date(t + shift * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Ordered rules that date an undated article from its own cues; `storyDay` is its story's earliest dated day.
 * A weekday is read only against a date of the article's own: another article's day would put an early report
 * ("on Sunday") in a later week, and its value would pass for the current one.
 */
const CUE_RULES: Array<{ by: string; read: (c: DateCues, storyDay: string | null) => string | null }> = [
  {
    by: 'dates/month-day-own-year',
    read: (c) =>
      c.anchor && c.month !== null && c.day !== null ? iso(Number(c.anchor.slice(0, 4)), c.month, c.day) : null,
  },
  {
    by: 'dates/month-day-story-year',
    read: (c, storyDay) =>
      storyDay && c.month !== null && c.day !== null ? iso(Number(storyDay.slice(0, 4)), c.month, c.day) : null,
  },
  {
    by: 'dates/weekday-own-date',
    read: (c) => (c.anchor && c.weekday !== null ? weekdayFrom(c.anchor, c.weekday) : null),
  },
];

/**
 * The undated articles of a story dated from their own cues (CUE_RULES): a month and day take the year of a
 * full date in their own text, else of the story's earliest day; a weekday, the first such day on or after a
 * full date in their own text. An article with no such date of its own stays undated. Linear in the documents.
 */
export function storyDates(docs: StoryDated[], storyOf: Map<string, string>): void {
  const earliest = new Map<string, string>();
  for (const d of docs) {
    const story = storyOf.get(d.id);
    if (!story || !d.asOf || d.asOf.length !== 10) continue;
    const cur = earliest.get(story);
    if (!cur || d.asOf < cur) earliest.set(story, d.asOf);
  }
  for (const d of docs) {
    if (d.asOf || !d.cues) continue;
    const story = storyOf.get(d.id);
    const storyDay = story ? (earliest.get(story) ?? null) : null;
    for (const rule of CUE_RULES) {
      const date = rule.read(d.cues, storyDay);
      if (!date) continue;
      d.asOf = date;
      d.asOfBy = rule.by;
      break;
    }
  }
}
