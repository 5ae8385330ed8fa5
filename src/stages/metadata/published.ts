/**
 * Publication date with its precision. In order of trust: hints; explicit
 * dates in header lines (byline `name / 2024-10-18`, date lines, HTML
 * meta); relative dates (`2 days ago`) only against the retrieval time;
 * the dateline's month and day, or a weekday with a month-day
 * (`Thursday (Jun 26)`), whose year is the one year in a plausible window
 * where that date falls on that weekday; last a copyright year (year
 * precision). Nothing is ever guessed: ambiguity gives null.
 */
import * as chrono from '../chrono.js';
import type { Article, Dropped, PartialDate, Valued } from '../../article.js';
import { datePart, readDateLine, type PlaceDateLine } from './date-line.js';
import type { Dateline } from './dateline.js';
import { leadStart } from './header.js';
import { urlDate } from './url.js';

/**
 * Latest year considered when nothing (retrieval time, copyright year)
 * bounds the year of a weekday-dated story: the horizon this release is
 * built for. The window is the 12 years up to it (a 28-year weekday cycle
 * repeats a date on the same weekday at most twice in 12 years).
 */
export const DEFAULT_LATEST_YEAR = 2030;
const WINDOW = 12;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): PartialDate => ({ iso: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' });

/** A year a news story can be published in: the same 1900-2099 that {@link parseIsoish} reads. */
const plausibleYear = (y: number): boolean => y >= 1900 && y <= 2099;

/** Parse an ISO-like date string: `2024`, `2024-10`, `2024-10-18`, `2024-10-18T…`, `2024/10/18 18:35`. */
export function parseIsoish(s: string): PartialDate | null {
  const m = /^\s*((?:19|20)\d{2})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { iso: `${y}`, precision: 'year' };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (!m[3]) return { iso: `${y}-${pad(mo)}`, precision: 'month' };
  const d = Number(m[3]);
  if (d < 1 || d > 31) return null;
  return day(y, mo, d);
}

const RELATIVE = /\bago\b|yesterday|today|\bnow\b/i;

/** A full date (year, month and day all stated) in a short line, via chrono. */
function explicitDate(line: string, ref?: Date): PartialDate | null {
  const iso = /\b((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\b/.exec(line);
  if (iso) return parseIsoish(iso[1]!);
  // Only a certain year (digits) or a relative word can give a date below: other lines skip chrono.
  if (!/\d/.test(line) && !RELATIVE.test(line)) return null;
  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(line.slice(0, 200), ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    const s = r.start;
    const relative = RELATIVE.test(r.text);
    if (relative) {
      if (!ref) continue;
      const dt = s.date();
      return day(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
    }
    // chrono reads any year (`0001-01-01T00:00:00Z`, a CMS's empty date); only the years parseIsoish takes are publication dates.
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day') && plausibleYear(s.get('year')!))
      return day(s.get('year')!, s.get('month')!, s.get('day')!);
  }
  return null;
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
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
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_RE =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
// "Thursday (Jun 26)", "Thursday, June 26", "on Thursday June 26" — weekday then month-day, no year after.
const WEEKDAY_MONTHDAY = new RegExp(
  `\\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\s*[,(]?\\s*${MONTH_RE}\\s+(\\d{1,2})\\b(?!\\s*,?\\s*(?:19|20)\\d{2})\\)?`,
  'g',
);
// A weekday naming the day itself, not "Sunday's election" (an earlier day).
const WEEKDAY_WORD = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!['’]s)/g;

/** Years in [lo, hi] in which month/day falls on `weekday` (0 = Sunday). */
export function yearsForWeekday(month: number, dayOfMonth: number, weekday: number, lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let y = lo; y <= hi; y++) {
    const d = new Date(Date.UTC(y, month - 1, dayOfMonth));
    if (d.getUTCMonth() === month - 1 && d.getUTCDay() === weekday) out.push(y);
  }
  return out;
}

function copyrightYear(dropped: Dropped[]): number | null {
  for (const d of dropped) {
    if (d.reason !== 'copyright') continue;
    const m = /(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\S+\s+){0,1}?((?:19|20)\d{2})\b/.exec(d.text);
    if (m) return Number(m[1]);
  }
  return null;
}

export interface PublishedResult {
  published: Valued<PartialDate> | null;
  bounds?: { after?: string; before?: string; by: string };
}

/** The date of a dropped header line ("Lyon | Updated: …", "March 3, 2024 Photo", "March 3, 20259:14 AM ET"), or null. */
function headerLineDate(text: string, html: boolean): PartialDate | null {
  const labelled = readDateLine(text, !html);
  // A numeric date and time that cleaning joined to the line before it ("Rescuers search on 2024-01-02 10:15").
  const tail =
    labelled || html ? null : /\s((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (tail) return parseIsoish(tail[1]!);
  const read = labelled ?? datePart(text);
  // A bare date in a page's header region may be a teaser's: there only a date with its widget word counts.
  if (!read || (html && !labelled && read.date === text.trim())) return null;
  return explicitDate(read.date);
}

/** The last day a partial date covers: the day itself, or a month's last day. */
function lastDay(p: PartialDate): string {
  if (p.precision === 'day') return p.iso;
  const [y, m] = p.iso.split('-').map(Number) as [number, number];
  return `${p.iso}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

export function findPublished(
  article: Article,
  dateline: Dateline | null,
  retrieved: string | null,
  dateLine: PlaceDateLine | null = null,
): PublishedResult {
  const ref = retrieved && !Number.isNaN(Date.parse(retrieved)) ? new Date(retrieved) : undefined;
  const cYear = copyrightYear(article.dropped);
  const url = article.url ?? article.hints.url;
  const fromUrl = url ? urlDate(url) : null;
  // The URL's date bounds the publication without stating it: the gold counts only what the text says.
  const bounds = fromUrl
    ? { after: fromUrl.value.iso, before: lastDay(fromUrl.value), by: fromUrl.by }
    : cYear
      ? { after: `${cYear}-01-01`, before: `${cYear}-12-31`, by: 'metadata/copyright-year' }
      : undefined;
  const done = (v: PartialDate, by: string, certain: boolean, span?: Valued<PartialDate>['span']): PublishedResult => ({
    published: { value: v, by, certain, ...(span ? { span } : {}) },
    ...(bounds ? { bounds } : {}),
  });

  const hint = article.hints.published?.trim();
  if (hint) {
    const p = parseIsoish(hint) ?? explicitDate(hint);
    if (p) return done(p, 'metadata/hint', true);
  }
  // Header lines (byline with date, date lines, HTML meta), in page order.
  for (const d of article.dropped) {
    if (d.reason !== 'date' && d.reason !== 'byline') continue;
    const p = parseIsoish(d.text) ?? explicitDate(d.text, ref);
    if (!p) continue;
    const by =
      d.by.startsWith('clean/html') || d.by === 'clean/json-ld'
        ? 'metadata/html-date'
        : d.reason === 'byline'
          ? 'metadata/byline-date'
          : /\bago\b|yesterday|today/i.test(d.text)
            ? 'metadata/relative-date'
            : 'metadata/date-line';
    return done(p, by, !/\bago\b|yesterday|today/i.test(d.text));
  }

  // A header line whose date is followed by a widget word ("March 3, 2024 Photo").
  for (const d of article.dropped) {
    if (d.reason !== 'header') continue;
    const p = headerLineDate(d.text, d.by.startsWith('clean/html'));
    if (p) return done(p, 'metadata/header-date', true);
  }
  // A date line left in the text's opening lines ("Lyon | Updated: March 3, 2024 09:10 AM").
  if (dateLine) {
    const p = explicitDate(dateLine.date, ref);
    if (p) return done(p, 'metadata/text-date-line', true, dateLine.line);
  }

  const text = article.text;
  const upper = ref ? ref.getUTCFullYear() : (cYear ?? DEFAULT_LATEST_YEAR);
  // Years the text mentions (up to the upper bound) bound the window from below.
  let lower = upper - WINDOW;
  for (const m of text.matchAll(/\b((?:19|20)\d{2})\b/g)) {
    // Targets ("by 2027", "until 2030") are not past years and bound nothing.
    if (
      /\b(?:by|until|till|through|before|to|from|plans? for|in the year)\s+$/i.test(
        text.slice(Math.max(0, m.index! - 16), m.index),
      )
    )
      continue;
    const y = Number(m[1]);
    if (y <= upper && y > lower) lower = y;
  }
  // The lead: the first paragraph after a headline kept in the text.
  const lead = leadStart(article);
  const paraEnd = text.indexOf('\n\n', lead);
  const firstPara = text.slice(lead, paraEnd > lead ? paraEnd : lead + 600);

  // Dateline month-day: the year from the copyright, or a weekday in the lead.
  // `metadata/dateline-year`: a dateline that states its year ("MEXICO CITY, Jan. 5, 2025 (AP) —").
  if (dateline?.month && dateline.day && dateline.year)
    return done(day(dateline.year, dateline.month, dateline.day), 'metadata/dateline-year', true, dateline.dateSpan);
  if (dateline?.month && dateline.day) {
    if (cYear)
      return done(day(cYear, dateline.month, dateline.day), 'metadata/dateline-date', false, dateline.dateSpan);
    // Every weekday the lead names must agree on one year; a lead's weekday may be the dateline's day or the day
    // before it ("TOKYO, Jan 2 — … struck on Monday"), so both readings count and any ambiguity gives no date.
    const years = new Set<number>();
    for (const wd of firstPara.matchAll(WEEKDAY_WORD)) {
      const w = WEEKDAYS[wd[1]!.toLowerCase()]!;
      for (const weekday of [w, (w + 1) % 7])
        for (const y of yearsForWeekday(dateline.month, dateline.day, weekday, lower, upper)) years.add(y);
    }
    if (years.size === 1)
      return done(
        day([...years][0]!, dateline.month, dateline.day),
        'metadata/dateline-weekday',
        false,
        dateline.dateSpan,
      );
  }
  // A weekday with a month-day early in the story.
  const early = text.slice(0, lead + 1500);
  WEEKDAY_MONTHDAY.lastIndex = 0;
  const m = WEEKDAY_MONTHDAY.exec(early);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()]!;
    const d = Number(m[3]);
    const ys = yearsForWeekday(month, d, WEEKDAYS[m[1]!.toLowerCase()]!, lower, upper);
    if (ys.length === 1)
      return done(day(ys[0]!, month, d), 'metadata/weekday-date', false, {
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
  }
  if (cYear) return done({ iso: String(cYear), precision: 'year' }, 'metadata/copyright-year', false);
  return { published: null, ...(bounds ? { bounds } : {}) };
}
