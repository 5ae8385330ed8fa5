/** The answer first: one line with the best value as reported, its status, as-of date, sources and support. */
import type { FigureHeadline } from './api.js';
import { MONTH_NAMES } from '../../src/vocabulary/calendar.js';

/** "18 October 2024", "October 2024", "2024": a date as exact as it was reported, never more. */
export function fmtDate(date: string | null): string {
  if (!date) return 'undated';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** "1 claim", "2 claims". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** A note as a sentence: one full stop at its end, not two ("… done figure." stays as it is). */
export const asSentence = (s: string) => (/[.!?…]$/.test(s.trimEnd()) ? s.trimEnd() : `${s.trimEnd()}.`);

const PRECISION: Record<string, string> = { month: 'month only', year: 'year only' };

/** Where a date came from, in words, by the rule that read it (src/corpus/dates.ts, the claims stage). */
const DATE_BY: Record<string, string> = {
  'claims/when': 'the sentence',
  'claims/said': 'the sentence',
  'dates/published': 'the article’s date',
  'dates/published-partial': 'the article’s date',
  'dates/text-head': 'its dateline',
  'dates/weekday-story': 'a weekday in the text',
  'dates/weekday-own-date': 'a weekday after a date in the text',
  'dates/month-day-own-year': 'a month and day in the text',
  'dates/month-day-story-year': 'a month and day in the text',
  'dates/url-path': 'the URL',
  'dates/url-slug': 'the URL',
  'dates/url-epoch': 'the URL',
};

/** "the article’s date", "its dateline", "a weekday in the text", "the URL"; null for an unknown rule. */
export function dateSource(by: string | null | undefined): string | null {
  return by ? (DATE_BY[by] ?? null) : null;
}

/** The value with its qualifier, capitalised for the start of a line: "More than 13,000". */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function Headline({ h, level = 'card' }: { h: FigureHeadline | null; level?: 'card' | 'page' }) {
  if (!h) return <p class="answer muted">No reported value yet.</p>;
  const precision = h.precision ? PRECISION[h.precision] : undefined;
  const from = dateSource(h.asOfBy);
  const note = [precision, from && `from ${from}`].filter(Boolean).join(', ');
  return (
    <p class={`answer answer-${level}`} data-answer>
      <strong class="answer-value">{cap(h.text)}</strong>{' '}
      <span class={`status status-${h.status ?? 'other'}`}>{h.status ?? 'unknown'}</span>
      {' · '}
      <span class="answer-asof">
        {/* "as of undated" says nothing: a value no source dated says so. */}
        {h.asOf ? <>as of {fmtDate(h.asOf)}</> : 'date unknown'}
        {h.asOf && note && <span class="muted answer-asof-by"> ({note})</span>}
        {h.reported && <>, reported {fmtDate(h.reported)}</>}
      </span>
      {h.sources.length > 0 && (
        <>
          {' · '}
          <span class="answer-sources">per {h.sources.join(', ')}</span>
        </>
      )}
      {' · '}
      <span class="answer-support">
        {plural(h.independent, 'independent source')}
        {h.reporting > h.independent && (
          <span class="muted"> ({plural(h.reporting, 'source reports', 'sources report')} on this figure)</span>
        )}
      </span>
      {h.disagree && (
        <>
          {' · '}
          <span class="disagree">⚠ sources disagree</span>
        </>
      )}
    </p>
  );
}

const DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;
const INTERVAL = new RegExp(String.raw`(?:about )?(${DATE})?/(${DATE})?|(${DATE})`, 'g');

/** A note of the corpus stages with its ISO dates and intervals in words ("/2024-12" → "by December 2024"). */
export function humanNote(note: string): string {
  return note.replace(INTERVAL, (whole, from?: string, to?: string, date?: string) => {
    if (date) return fmtDate(date);
    if (from && to) return `${fmtDate(from)} to ${fmtDate(to)}`;
    if (to) return `by ${fmtDate(to)}`;
    if (from) return `since ${fmtDate(from)}`;
    return whole;
  });
}
