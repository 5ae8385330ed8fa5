/**
 * The day an article's figures are as of: its publication date when the
 * metadata stage found one, else a date in its URL (`/2025/01/09/`,
 * `/2024/oct/03/`, `-2025-06-14`), else a date written at the head of its
 * text ("Sunday, June 29 2025"). Each rule is a row; the first that gives a
 * full day wins, and the result says which rule it was (`by`).
 */
import { monthNumber } from '../stages/metadata/dateline.js';

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
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
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

/** Characters of the body read for a weekday or a month and day without a year. */
const CUE_HEAD = 2000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday that names the day of the report: not "Thursday's crash" (the event) nor "last/next Friday". */
const WEEKDAY = new RegExp(`(?<!\\b(?:last|next|previous|since|until)\\s)\\b(${WEEKDAYS.join('|')})\\b(?!['’]s)`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*(?:19|20)\\d{2})`, 'i');

/** What an undated article says of its day without a full date: a weekday, a month and day. */
export interface DateCues {
  /** 0 (Sunday) to 6. */
  weekday: number | null;
  month: number | null;
  day: number | null;
}

/** The first weekday and the first month-and-day without a year at the head of an article. */
export function dateCues(source: Pick<DateSource, 'body' | 'title'>): DateCues {
  const head = `${source.title ?? ''}\n${(source.body ?? '').slice(0, CUE_HEAD)}`;
  const w = WEEKDAY.exec(head);
  const md = MONTH_DAY.exec(head);
  const d = md ? Number(md[2]) : 0;
  const ok = md && d >= 1 && d <= 31;
  const weekday = w ? WEEKDAYS.indexOf(w[1]!.toLowerCase()) : null;
  return { weekday, month: ok ? month(md[1]!) : null, day: ok ? d : null };
}

/** What {@link storyDates} reads and fills in of a document. */
export interface StoryDated {
  id: string;
  asOf?: string | null;
  asOfBy?: string | null;
  cues?: DateCues | null;
}

const DAY_MS = 86_400_000;

/**
 * The undated articles of a story dated from its dated ones: a month and day take the year of the
 * story's earliest day (dates/month-day-story-year); a weekday, the first such day on or after it
 * (dates/weekday-story), the week a developing story is first reported in. Linear in the documents.
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
    const anchor = earliest.get(storyOf.get(d.id) ?? '');
    if (!anchor) continue;
    const { weekday, month: m, day } = d.cues;
    if (m !== null && day !== null) {
      const date = iso(Number(anchor.slice(0, 4)), m, day);
      if (date) {
        d.asOf = date;
        d.asOfBy = 'dates/month-day-story-year';
        continue;
      }
    }
    if (weekday !== null) {
      const t = Date.parse(anchor);
      const shift = (weekday - new Date(t).getUTCDay() + 7) % 7;
      d.asOf = new Date(t + shift * DAY_MS).toISOString().slice(0, 10);
      d.asOfBy = 'dates/weekday-story';
    }
  }
}
