/**
 * times: dates and periods in the text, resolved against the publication
 * date. chrono-node reads the expressions; the rules here add what news
 * needs and chrono does not give: the kind of reference (`since`, `by`,
 * `as early as`), `October last year`, weekdays resolved to the past,
 * `last week` as a period, bare years and year ranges.
 */
import * as chrono from './chrono.js';
import type { Article, TimeExpr } from '../article.js';
import { message, span } from '../article.js';
import type { Context, Stage } from '../pipeline.js';
import { errorText } from '../errors.js';
import { CLOCK_WORDS_PATTERN } from '../vocabulary/calendar.js';
import { COUNT_NOT_HOUR, countBeforeDay } from './times/count-not-hour.js';
import { EVENT_DAY, eventDayAt } from './times/event-day.js';
import { PAST_YEARLESS, pastYear } from './times/past-yearless.js';
import { compact, isoDay, isoOf, referenceOf, type Precision, type Reference } from './times/resolve.js';

/** Cue words right before a time expression and the kind they give. */
const KIND_CUES: Array<[RegExp, TimeExpr['kind']]> = [
  [/\bas early as\s+$/i, 'earliest'],
  [/\b(?:no|not) (?:earlier|sooner) than\s+$/i, 'earliest'],
  [/\b(?:ever )?since\s+$/i, 'since'],
  [/\b(?:starting|beginning|from)\s+(?:in\s+|on\s+)?$/i, 'since'],
  [/\b(?:by|before|no later than|as late as)\s+(?:the\s+)?(?:end of\s+|middle of\s+|mid-?)?$/i, 'by'],
  [/\b(?:until|till|through|up to)\s+$/i, 'until'],
];

/** A time zone or `hrs` right after a four-digit number: a time of day (`1840 GMT`). */
const CLOCK_AFTER = new RegExp(`^\\s?(?:${CLOCK_WORDS_PATTERN})\\b`);
const YEAR_RE = /\b(1[89]\d\d|20\d\d)(?:\s*[-–]\s*(1[89]\d\d|20\d\d))?\b(?![,.]\d)/g;

interface Raw {
  start: number;
  end: number;
  y: number;
  m: number | null;
  d: number | null;
  precision: Precision;
  certain: boolean;
  by: string;
  period?: { from: string; to: string };
}

/**
 * Longest piece handed to chrono at once: chrono's time grows faster than linearly with its input (2 s at 200k chars, 8
 * s at 400k).
 */
const CHUNK = 5_000;

/**
 * chrono over the text in pieces of at most {@link CHUNK} characters, cut at
 * a line break, else after sentence punctuation, else at a space (so no
 * expression is split in practice), with result offsets shifted back into
 * the whole text. Keeps the stage linear in the article's length.
 */
function parseChunked(text: string, ref: Parameters<typeof chrono.parse>[1]): chrono.ParsedResult[] {
  if (text.length <= CHUNK) return chrono.parse(text, ref);
  const out: chrono.ParsedResult[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      const window = text.slice(from + CHUNK / 2, to);
      const nl = window.lastIndexOf('\n');
      const stop =
        nl >= 0 ? nl : Math.max(window.lastIndexOf('. '), window.lastIndexOf('; '), window.lastIndexOf(', '));
      const cut = stop >= 0 ? stop : window.lastIndexOf(' ');
      if (cut >= 0) to = from + CHUNK / 2 + cut + 1;
    }
    for (const r of chrono.parse(text.slice(from, to), ref)) {
      (r as { index: number }).index += from;
      out.push(r);
    }
    from = to;
  }
  return out;
}

/** The instant chrono resolves against when the article has no reference date; nothing it decides is kept. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Extract time expressions from text, given the reference date (or null). Never throws. */
export function extractTimes(text: string, ref: Reference | null): TimeExpr[] {
  const out: TimeExpr[] = [];
  const raws: Raw[] = [];
  let results: chrono.ParsedResult[] = [];
  const instant = ref ? ref.date : NO_REFERENCE;
  try {
    // With no reference chrono must not fall back to the wall clock: a fixed instant keeps the
    // stage pure, and fromChrono drops whatever that instant would have decided (relative and yearless times).
    results = parseChunked(text, { instant, timezone: 0 });
  } catch {
    results = [];
  }
  for (const r of results) {
    const day = countBeforeDay(text, r.index, r.text);
    if (day < 0) {
      const raw = fromChrono(text, r, ref);
      if (raw) raws.push(raw);
      continue;
    }
    // times/count-not-hour: the number is a count; the time is the day after it, read alone.
    for (const d of chrono.parse(text.slice(day, r.index + r.text.length), { instant, timezone: 0 })) {
      (d as { index: number }).index += day;
      const raw = fromChrono(text, d, ref);
      if (raw) raws.push({ ...raw, by: `${raw.by}+${COUNT_NOT_HOUR}` });
    }
  }
  // Bare years and year ranges chrono leaves alone: `in 2000`, `1950-1953`.
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m !== null; m = YEAR_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (raws.some((x) => x.start < end && start < x.end)) continue;
    const before = text.slice(Math.max(0, start - 2), start);
    const after = text.slice(end, end + 2);
    if (/[\d$£€.,/:-]$/.test(before) || /^[%\d]|^,\d/.test(after) || /^-\w/.test(after)) continue;
    // times/clock-not-year: `(1840 GMT)`, `2040 hrs` are times of day, not years.
    if (CLOCK_AFTER.test(text.slice(end, end + 6))) continue;
    const y = Number(m[1]);
    if (m[2]) {
      const y2 = Number(m[2]);
      if (y2 <= y) continue;
      raws.push({
        start,
        end,
        y,
        m: null,
        d: null,
        precision: 'year',
        certain: true,
        by: 'times/year-range',
        period: { from: String(y), to: String(y2) },
      });
    } else {
      raws.push({ start, end, y, m: null, d: null, precision: 'year', certain: true, by: 'times/year' });
    }
  }
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const raw of raws) {
    // Overlaps (`October last year` read whole, then `last year` again): keep the first, longest.
    if (raw.start < lastEnd) continue;
    lastEnd = raw.end;
    const before = text.slice(Math.max(0, raw.start - 40), raw.start);
    let kind: TimeExpr['kind'] = raw.period ? 'period' : 'point';
    let cueStart = raw.start;
    let eventDay = eventDayAt(text, raw.start, raw.end, raw.precision);
    for (const [re, k] of KIND_CUES) {
      const hit = re.exec(before);
      // `the toll from Saturday's crush`: `from` belongs to the noun, the day to the event.
      if (hit && eventDay && /^\s*from\b/i.test(hit[0])) break;
      // `since Thursday's riot`: the verb's own time, counted from the event.
      if (hit) eventDay = false;
      // `from X to Y` is a period: `from` starts it, it is not `since`.
      if (hit && !(raw.period && k === 'since')) {
        kind = k;
        cueStart = raw.start - (before.length - hit.index) + (hit[0].match(/^\s*/)?.[0].length ?? 0);
        break;
      }
    }
    const iso = isoOf(raw.y, raw.m, raw.d, raw.precision);
    let from: string | null = raw.period ? raw.period.from : iso;
    let to: string | null = raw.period ? raw.period.to : null;
    if (kind === 'by' || kind === 'until') {
      to = raw.period ? raw.period.to : iso;
      from = null;
    }
    const when = compact(kind, from, to);
    out.push({
      ...span(text, cueStart, raw.end),
      by: eventDay ? `${raw.by}+${EVENT_DAY}` : raw.by,
      certain: raw.certain,
      from,
      to,
      kind,
      precision: raw.precision,
      when,
    });
  }
  return out;
}

const WEEKDAY_ONLY =
  /^(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?(?:\s+(?:morning|afternoon|evening|night))?$/i;

function fromChrono(text: string, r: chrono.ParsedResult, ref: Reference | null): Raw | null {
  const known = r.start;
  let start = r.index;
  let end = r.index + r.text.length;
  // Drop a leading preposition chrono includes (`on Friday`): the span is the time itself.
  const lead = /^(?:on|in|at)\s+/i.exec(r.text);
  if (lead) start += lead[0].length;
  // Trailing punctuation chrono sometimes keeps (`June,`).
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  // `a week after X`, `two days before`: relative to an event, not to the publication date.
  if (/\b(?:after|before|later|earlier|prior)\s*$/i.test(r.text)) return null;
  const has = (c: chrono.Component): boolean => known.isCertain(c);
  const body = text.slice(start, end);
  // `from 3` of `from 3,900`: a piece of a larger number, not an hour.
  if (/\d$/.test(body) && /^[,.]\d/.test(text.slice(end, end + 2))) return null;
  if (/^\d{1,2}$/.test(body) || /^(?:now|today|tonight|may|march|sat|sun|second)$/i.test(body)) return null;
  // Weekdays: the most recent such day on or before the reference (news reports the past).
  const weekdayOnly = WEEKDAY_ONLY.test(text.slice(r.index, end).trim());
  // times/weekday-hour: `at 9 on Monday morning`: an hour on a weekday is that day, as the weekday alone is.
  const hourOnWeekday =
    !weekdayOnly && has('weekday') && has('hour') && !has('day') && !/\b(?:last|next|this|coming|past)\b/i.test(r.text);
  if (weekdayOnly || hourOnWeekday) {
    if (!ref || ref.precision !== 'day') return null;
    const wd = known.get('weekday') ?? 0;
    const back = (ref.date.getUTCDay() - wd + 7) % 7;
    const d = new Date(ref.date.getTime() - back * 86_400_000);
    return {
      start,
      end,
      y: d.getUTCFullYear(),
      m: d.getUTCMonth() + 1,
      d: d.getUTCDate(),
      precision: 'day',
      certain: false,
      by: hourOnWeekday ? 'times/weekday-hour' : 'times/weekday',
    };
  }
  const tags = known.tags();
  // `for two hours`, `for a week`: a duration, not a time (chrono reads it as that long after the reference).
  if (tags.has('result/relativeDate') && /^for\b/i.test(r.text)) return null;
  // Relative by its words, or by what chrono did (`in 2 weeks`, `within a year`, `tonight`: counted from the
  // reference).
  const relative =
    /\b(?:ago|last|next|this|yesterday|tomorrow|today|past|coming|earlier|later)\b/i.test(r.text) ||
    tags.has('result/relativeDate') ||
    [...tags].some((t) => t.startsWith('casualReference/'));
  // A relative expression needs a reference at least as precise as itself (`this month` needs the month).
  if (
    relative &&
    (!ref ||
      (ref.precision !== 'day' && /\b(?:days?|weeks?|ago|yesterday|tomorrow|today|tonight)\b/i.test(r.text)) ||
      (ref.precision === 'year' && /\bmonths?\b/i.test(r.text)))
  )
    return null;
  const week = /\b(last|this|next)\s+week\b/i.exec(r.text);
  if (week && ref) {
    // A period: Monday to Sunday of the week before, of, or after the reference.
    const shift = { last: -7, this: 0, next: 7 }[week[1]!.toLowerCase() as 'last' | 'this' | 'next'];
    const dow = (ref.date.getUTCDay() + 6) % 7;
    const mon = new Date(ref.date.getTime() + (shift - dow) * 86_400_000);
    const sun = new Date(mon.getTime() + 6 * 86_400_000);
    return {
      start,
      end,
      y: mon.getUTCFullYear(),
      m: mon.getUTCMonth() + 1,
      d: mon.getUTCDate(),
      precision: 'day',
      certain: false,
      by: 'times/week',
      period: { from: isoDay(mon), to: isoDay(sun) },
    };
  }
  let y = known.get('year');
  const m = has('month') || /\bmonth\b/i.test(r.text) ? known.get('month') : null;
  const d =
    has('day') || (relative && /\b(?:day|ago|yesterday|tomorrow|today|week)\b/i.test(r.text)) ? known.get('day') : null;
  let certain = has('year') || !relative;
  let by = 'times/chrono';
  // `October last year`: a month followed by `last year` / `this year` / `next year`.
  const tail = /^\s*(last|this|next)\s+year\b/i.exec(text.slice(end, end + 20));
  if (m !== null && !has('year') && tail && ref) {
    y =
      ref.date.getUTCFullYear() + (tail[1]!.toLowerCase() === 'last' ? -1 : tail[1]!.toLowerCase() === 'next' ? 1 : 0);
    end += tail[0].length;
    by = 'times/month-relative-year';
  } else if (!has('year')) {
    if (!ref) return null;
    certain = false;
    // Known only to the year: a month without a year is in that year (chrono would take the nearest one to 1 January).
    if (ref.precision === 'year') y = ref.date.getUTCFullYear();
    else if (!relative && !r.end && m !== null && m !== undefined && y !== null && y !== undefined) {
      const past = pastYear(text, start, y, m, d ?? null, ref);
      if (past !== y) [y, by] = [past, PAST_YEARLESS];
    }
  }
  if (y === null || y === undefined) return null;
  const precision: Precision = d !== null && d !== undefined ? 'day' : m !== null && m !== undefined ? 'month' : 'year';
  // A range chrono read whole (`from Dec. 22, 2018 to Jan. 25, 2019`): a period.
  if (r.end) {
    const e = r.end;
    const ey = e.get('year');
    const em = e.isCertain('month') ? e.get('month') : null;
    const ed = e.isCertain('day') ? e.get('day') : null;
    if (ey !== null && ey !== undefined) {
      const ep: Precision =
        ed !== null && ed !== undefined ? 'day' : em !== null && em !== undefined ? 'month' : 'year';
      const from = isoOf(y, m ?? null, d ?? null, precision);
      const to = isoOf(ey, em ?? null, ed ?? null, ep);
      return {
        start,
        end,
        y,
        m: m ?? null,
        d: d ?? null,
        precision,
        certain,
        by: 'times/chrono-range',
        period: { from, to },
      };
    }
  }
  return { start, end, y, m: m ?? null, d: d ?? null, precision, certain, by };
}

export const timesStage: Stage = {
  name: 'times',
  needs: ['text', 'meta', 'sentences'],
  gives: ['times'],
  run(article: Article, ctx: Context) {
    const ref = referenceOf(article, ctx.retrieved);
    try {
      article.times = extractTimes(article.text, ref);
    } catch (err) {
      // chrono is third-party code: a failure on odd input is recorded, not thrown.
      article.times = [];
      message(article, 'times', 'W_TIMES', errorText('W_TIMES', { reason: String((err as Error)?.message ?? err) }));
    }
  },
};
