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
import { monthNumber, type Dateline } from './dateline.js';
import { leadStart } from './header.js';
import { urlDate } from './url.js';
import { CAPITAL_MONTH_PATTERN, WEEKDAY_NAMES, WEEKDAY_NUMBERS } from '../../vocabulary/calendar.js';
import { DATE_LABEL_WORDS, PUBLISHED_WORDS, UPDATED_WORDS } from '../../vocabulary/date-labels.js';

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
  // published/dotted-day-first: a date written with dots puts the day first where it is written (`11.11.2026 07:30`).
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/.exec(line);
  if (dotted) {
    const d = Number(dotted[1]);
    const mo = Number(dotted[2]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return day(Number(dotted[3]), mo, d);
  }
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
    // chrono reads any year (`0001-01-01T00:00:00Z`, a CMS's empty date); only the years parseIsoish takes are
    // publication dates.
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day') && plausibleYear(s.get('year')!))
      return day(s.get('year')!, s.get('month')!, s.get('day')!);
  }
  return null;
}

const MONTH_RE = `(${CAPITAL_MONTH_PATTERN})\\.?`;
// "Thursday (Jun 26)", "Thursday, June 26", "on Thursday June 26" — weekday then month-day, no year after.
const WEEKDAY_MONTHDAY = new RegExp(
  `\\b(${WEEKDAY_NAMES.join('|')})\\s*[,(]?\\s*${MONTH_RE}\\s+(\\d{1,2})\\b(?!\\s*,?\\s*(?:19|20)\\d{2})\\)?`,
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

// Time zones of countries that write the month first (the United States) and of those that write the day first.
const MONTH_FIRST_ZONE = /\b(?:E|C|M|P|AK|H)[SD]?T\b|\bET\b/;
const DAY_FIRST_ZONE =
  /\b(?:BST|IST|CES?T|WES?T|EES?T|MSK|PKT|SGT|HKT|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|SAST|EAT|WAT|CAT)\b/;

// A numeric date whose day and month could swap ("04/03/2023"): only another statement of the date settles it.
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d{2})\b/;

/** The two readings of a numeric date whose day and month could swap, or null when it reads one way only. */
export function swappableDate(line: string): [PartialDate, PartialDate] | null {
  const m = NUMERIC_DATE.exec(line);
  if (!m || /\d{4}[-/.]$/.test(line.slice(0, m.index))) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a === b || a > 12 || b > 12 || a < 1 || b < 1) return null;
  const y = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  return [day(y, a, b), day(y, b, a)];
}

// "Updated: X | Published: Y", "Last Updated: X First Published: Y": the part after the publication label wins.
const PUBLISHED_LABEL = new RegExp(
  `\\b(?:first\\s+|originally\\s+)?(?:${PUBLISHED_WORDS})\\b(?:\\s+(?:on|at))?\\s*:?\\s*`,
  'gi',
);
const UPDATED_LABEL = new RegExp(`\\b(?:last\\s+)?(?:${UPDATED_WORDS})\\b`, 'i');
const PUBLISHED_LABEL_ONE = new RegExp(`\\b(?:${PUBLISHED_WORDS})\\b`, 'i');
// A line that opens with a publication or update label ("Posted December 7, 2026").
const LABELLED = new RegExp(`^\\s*(?:first\\s+|last\\s+|originally\\s+)?(?:${DATE_LABEL_WORDS})\\b`, 'i');

/** The date part after a line's publication label when the line also carries an update label, or null. */
export function publishedPart(line: string): string | null {
  if (!UPDATED_LABEL.test(line)) return null;
  PUBLISHED_LABEL.lastIndex = 0;
  const m = PUBLISHED_LABEL.exec(line);
  if (!m) return null;
  const rest = line.slice(m.index + m[0].length);
  const next = UPDATED_LABEL.exec(rest);
  const part = (next ? rest.slice(0, next.index) : rest).replace(/[\s|/•·–—-]+$/, '');
  // "Published By : Jane Roe | Last Updated: …": a publication label before a name dates nothing.
  return /\d/.test(part) ? part : null;
}

/**
 * The publication date a line states: its publication part when it names an update too; a numeric date whose day
 * and month could swap only when the URL's date is one of its readings.
 */
function lineDate(line: string, ref: Date | undefined, fromUrl: PartialDate | null): PartialDate | null {
  const part = publishedPart(line);
  const text = part ?? line;
  const swap = swappableDate(text);
  if (swap) {
    const settled = swap.find((d) => fromUrl?.precision === 'day' && d.iso === fromUrl.iso);
    if (settled) return settled;
    // `metadata/date-order-zone`: "12/04/2026 10:14 AM EST" is month first, "04/12/2026 10:14 AEDT" day first.
    if (MONTH_FIRST_ZONE.test(text)) return swap[0];
    if (DAY_FIRST_ZONE.test(text)) return swap[1];
    return null;
  }
  return parseIsoish(text) ?? explicitDate(text, ref);
}

// A capitalised publication label inside a header line, after the author: "Jane Roe, Daily Post Published 8:31 a.m.".
const INNER_LABEL = /\s(?:Published|Posted|Updated)(?:\s+(?:on|at))?:?\s+(?=\S*\d|[A-Z])/;

/** The date part after a publication label inside a header line, when a date follows it; or null. */
function labelledTail(text: string): string | null {
  const m = INNER_LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  return datePart(rest) ? rest : null;
}

/**
 * The date of a dropped header line ("Lyon | Updated: …", "March 3, 2024 Photo", "March 3, 20259:14 AM ET"), or null.
 */
function headerLineDate(text: string, html: boolean, fromUrl: PartialDate | null): PartialDate | null {
  const part = publishedPart(text);
  if (part) return lineDate(part, undefined, fromUrl);
  const inner = labelledTail(text);
  const innerDate = inner ? lineDate(inner, undefined, fromUrl) : null;
  if (innerDate) return innerDate;
  const labelled = readDateLine(text, !html);
  // A numeric date and time that cleaning joined to the line before it ("Rescuers search on 2024-01-02 10:15").
  const tail =
    labelled || html ? null : /\s((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (tail) return parseIsoish(tail[1]!);
  const read = labelled ?? datePart(text);
  // A bare date in a page's header region may be a teaser's: there only a date with its widget word counts.
  if (!read || (html && !labelled && read.date === text.trim())) return null;
  return lineDate(read.date, undefined, fromUrl);
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
  const urlDay = fromUrl?.value ?? null;
  // Header lines (byline with date, date lines, HTML meta), in page order; a publication line before an update line.
  let updated: PublishedResult | null = null;
  for (const d of article.dropped) {
    if (d.reason !== 'date' && d.reason !== 'byline') continue;
    const p = lineDate(d.text, ref, urlDay);
    if (!p) continue;
    const by =
      d.by.startsWith('clean/html') || d.by === 'clean/json-ld'
        ? 'metadata/html-date'
        : d.reason === 'byline'
          ? 'metadata/byline-date'
          : /\bago\b|yesterday|today/i.test(d.text)
            ? 'metadata/relative-date'
            : 'metadata/date-line';
    const found = done(p, by, !/\bago\b|yesterday|today/i.test(d.text));
    // `metadata/date-line` prefers "Published Fri 3 Mar" to an "Updated Sat 4 Mar" line above it.
    if (!UPDATED_LABEL.test(d.text) || PUBLISHED_LABEL_ONE.test(d.text)) return found;
    updated ??= found;
  }
  if (updated) return updated;

  // A header line whose date is followed by a widget word ("March 3, 2024 Photo").
  for (const d of article.dropped) {
    if (d.reason !== 'header') continue;
    const p = headerLineDate(d.text, d.by.startsWith('clean/html'), urlDay);
    if (p) return done(p, 'metadata/header-date', true);
  }
  // A date line left in the text's opening lines ("Lyon | Updated: March 3, 2024 09:10 AM").
  if (dateLine) {
    const p = lineDate(dateLine.date, ref, urlDay);
    if (p) return done(p, 'metadata/text-date-line', true, dateLine.line);
  }
  // `metadata/footer-date`: a labelled date line closing the story ("Posted December 7, 2026 in World News").
  for (const d of article.dropped) {
    if (d.reason !== 'footer' || d.by.startsWith('clean/html')) continue;
    const read = readDateLine(d.text, true);
    const p = read && LABELLED.test(d.text) ? lineDate(read.date, undefined, urlDay) : null;
    if (p) return done(p, 'metadata/footer-date', true);
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
  // `metadata/lead-date`: a lead that opens with a full date and a dash ("Dec 4, 2026 — Floodwaters forced …").
  const leadDate = LEAD_DATE.exec(text.slice(lead, lead + 60));
  if (leadDate) {
    const [mon, d, y] = leadDate[1]
      ? [leadDate[1], leadDate[2]!, leadDate[3]!]
      : [leadDate[5]!, leadDate[4]!, leadDate[6]!];
    const month = monthNumber(mon);
    if (month && Number(d) >= 1 && Number(d) <= 31)
      return done(day(Number(y), month, Number(d)), 'metadata/lead-date', true);
  }
  // `metadata/credit-date`: a lead that opens with its month, day and credit but no place ("Jan 4 (Reuters) -").
  const dated = dateline?.month && dateline.day ? dateline : creditDate(text, lead);
  if (dated?.month && dated.day) {
    const { month, day: dom } = dated;
    if (cYear) return done(day(cYear, month, dom), 'metadata/dateline-date', false, dated.dateSpan);
    // Every weekday the lead names must agree on one year; a lead's weekday may be the dateline's day or the day
    // before it ("TOKYO, Jan 2 — … struck on Monday"), so both readings count and any ambiguity gives no date.
    const years = new Set<number>();
    for (const wd of firstPara.matchAll(WEEKDAY_WORD)) {
      const w = WEEKDAY_NUMBERS[wd[1]!.toLowerCase()]!;
      for (const weekday of [w, (w + 1) % 7])
        for (const y of yearsForWeekday(month, dom, weekday, lower, upper)) years.add(y);
    }
    if (years.size === 1)
      return done(day([...years][0]!, month, dom), 'metadata/dateline-weekday', false, dated.dateSpan);
    const recent = recentYear(text, month, dom);
    if (recent) return done(day(recent, month, dom), 'metadata/dateline-recent-date', false, dated.dateSpan);
    // `metadata/dateline-url-year`: the text states the day; the URL's date, a few weeks off at most, only its year.
    const near = fromUrl ? nearYear(fromUrl.value, month, dom) : null;
    if (near) return done(day(near, month, dom), 'metadata/dateline-url-year', false, dated.dateSpan);
  }
  // A weekday with a month-day early in the story.
  const early = text.slice(0, lead + 1500);
  WEEKDAY_MONTHDAY.lastIndex = 0;
  const m = WEEKDAY_MONTHDAY.exec(early);
  if (m) {
    const month = monthNumber(m[2]!)!;
    const d = Number(m[3]);
    const ys = yearsForWeekday(month, d, WEEKDAY_NUMBERS[m[1]!.toLowerCase()]!, lower, upper);
    if (ys.length === 1)
      return done(day(ys[0]!, month, d), 'metadata/weekday-date', false, {
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
  }
  const note = firstPublishedNote(text, article.dropped);
  if (note) return done(note, 'metadata/first-published-note', true);
  if (cYear) return done({ iso: String(cYear), precision: 'year' }, 'metadata/copyright-year', false);
  return { published: null, ...(bounds ? { bounds } : {}) };
}

// "Jan 4 (Reuters) -", "Aug. 1 (AP) —": a month, a day and a credit opening the lead.
const CREDIT_DATE = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})\\s*\\([^()\\n]{2,40}\\)\\s*(?:--|—|–|-)\\s*(?=[A-Z"“])`);

// "Dec 4, 2026 —", "4 December 2026 -": a full date opening the lead before a dash.
const YEAR_RE = '((?:19|20)\\d{2})';
const MONTH_DAY_YEAR = `${MONTH_RE}\\s+(\\d{1,2}),?\\s+${YEAR_RE}`;
const DAY_MONTH_YEAR = `(\\d{1,2})\\s+${MONTH_RE}\\s+${YEAR_RE}`;
const LEAD_DATE = new RegExp(`^(?:${MONTH_DAY_YEAR}|${DAY_MONTH_YEAR})\\s*(?:--|—|–|-)\\s*(?=[A-Z"“])`);

/** The month and day of a lead that opens with them and a credit, without a place, or null. */
function creditDate(text: string, lead: number): Pick<Dateline, 'month' | 'day' | 'dateSpan'> | null {
  const m = CREDIT_DATE.exec(text.slice(lead, lead + 80));
  if (!m) return null;
  const dom = Number(m[2]);
  if (dom < 1 || dom > 31) return null;
  const end = lead + m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
  return {
    month: monthNumber(m[1]!)!,
    day: dom,
    dateSpan: { start: lead, end, text: text.slice(lead, end) },
  };
}

/** How far (days) a URL's date may be from a month-day stated in the text and still give it its year. */
const URL_NEAR_DAYS = 31;

/** The one year in which `month`/`dayOfMonth` lies within {@link URL_NEAR_DAYS} of a URL's date, or null. */
function nearYear(url: PartialDate, month: number, dayOfMonth: number): number | null {
  const [uy, um, ud] = url.iso.split('-').map(Number) as [number, number, number | undefined];
  const at = Date.UTC(uy, um - 1, ud ?? 15);
  const slack = ud ? URL_NEAR_DAYS : URL_NEAR_DAYS + 15;
  const years = [uy - 1, uy, uy + 1].filter(
    (y) => Math.abs(Date.UTC(y, month - 1, dayOfMonth) - at) <= slack * 86_400_000,
  );
  return years.length === 1 ? years[0]! : null;
}

/** How many days before a dateline's day a full date in the story may fall and still give the dateline its year. */
const RECENT_DAYS = 60;
const FULL_DATES = [
  // "March 1, 2023", "Mar. 1 2023"
  new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'g'),
  // "1 March 2023", "1st March, 2023"
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+((?:19|20)\\d{2})\\b`, 'g'),
];

/**
 * `metadata/dateline-recent-date`: the year of a dateline's month and day ("QUITO, March 3 (Reuters) -") from the full
 * dates the story states in the {@link RECENT_DAYS} days up to it ("the March 1, 2023 flood"); every such date must
 * give the same year.
 */
function recentYear(text: string, month: number, dayOfMonth: number): number | null {
  const years = new Set<number>();
  for (const [k, re] of FULL_DATES.entries()) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const [mon, d] = k === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
      const y = Number(m[3]);
      const stated = Date.UTC(y, monthNumber(mon)! - 1, Number(d));
      for (const year of [y, y + 1]) {
        const days = (Date.UTC(year, month - 1, dayOfMonth) - stated) / 86_400_000;
        if (days >= 0 && days <= RECENT_DAYS) years.add(year);
      }
    }
  }
  return years.size === 1 ? [...years][0]! : null;
}

// "First published on …" opening a line, or "This article was originally published on …": the story's own note.
const FIRST_PUBLISHED =
  /(?:^|\n|\b(?:[Tt]his|[Tt]he)\s+(?:article|story|piece|post|column|report)\s+was\s+)(?:[Ff]irst|[Oo]riginally)\s+published\s+(?:on\s+)?/g;
/** How far from the end of the text a "first published on" note may stand. */
const NOTE_CHARS = 400;

/** `metadata/first-published-note`: "This article was first published on March 3, 2023." closing the story. */
function firstPublishedNote(text: string, dropped: Dropped[]): PartialDate | null {
  // A cut tail starts mid-line: the mark before it keeps "^" from reading that cut as a line's start.
  const tail = text.length <= NOTE_CHARS ? text : `…${text.slice(-NOTE_CHARS)}`;
  const places = [tail, ...dropped.filter((d) => d.reason === 'editor-note').map((d) => d.text)];
  for (const place of places) {
    FIRST_PUBLISHED.lastIndex = 0;
    for (const m of place.matchAll(FIRST_PUBLISHED)) {
      const after = place.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!/^(?:\w{3,9},?\s+)?(?:\d|[A-Z])/.test(after)) continue;
      const p = explicitDate(after);
      if (p) return p;
    }
  }
  return null;
}
