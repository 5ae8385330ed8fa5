/**
 * The time of an earlier level named against another time of the sentence:
 * `412 on Thursday, up from 380 a day earlier`, `down from 5.4 percent a year
 * earlier`, `up from 2,600 the week before`. The earlier level is its own
 * claim, as of the earlier time (the times stage leaves such expressions
 * alone: they are relative to an event, not to the publication date).
 */
import type { Article, Quantity, Sentence, TimeExpr } from '../../article.js';
import { span } from '../../article.js';
import { UNITS } from '../quantities/lexicon.js';
import { compact, isoOf, type Precision } from '../times/resolve.js';

/** `a day earlier`, `two weeks before`, `the previous year`, `the month before`, right after the quantity. */
const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})';
const EARLIER_RE = new RegExp(
  `^[\\s,]+(?:${COUNT}\\s+(day|week|month|year)s?\\s+(?:earlier|before)` +
    '|the\\s+(?:previous|prior|preceding)\\s+(day|week|month|year)|the\\s+(day|week|month|year)\\s+before)\\b',
  'i',
);

type Unit = 'day' | 'week' | 'month' | 'year';

/** A date and how precisely it is known. */
interface Dated {
  iso: string;
  precision: Precision;
}

/** The anchor's date shifted back by n units, at the precision both support; null when the anchor is too coarse. */
function shiftBack(iso: string, precision: Precision, n: number, unit: Unit): Dated | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (unit === 'year') return { iso: isoOf(y - n, m ?? null, d ?? null, precision), precision };
  if (unit === 'month') {
    if (m === undefined) return null;
    const date = new Date(Date.UTC(y, m - 1 - n, 1));
    const p: Precision = precision === 'day' ? 'month' : precision;
    return { iso: isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, null, p), precision: p };
  }
  if (precision !== 'day' || m === undefined || d === undefined) return null;
  const date = new Date(Date.UTC(y, m - 1, d - n * (unit === 'week' ? 7 : 1)));
  return { iso: isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), 'day'), precision: 'day' };
}

/**
 * The earlier time a quantity is stated as of, or null. `anchor` is the time of the sentence the
 * earlier one counts back from (the latest level's time); without one, the publication date.
 */
export function earlierTime(
  article: Article,
  sentence: Sentence,
  q: Quantity,
  anchor: TimeExpr | null,
): TimeExpr | null {
  if (q.end >= sentence.end) return null;
  const m = EARLIER_RE.exec(article.text.slice(q.end, Math.min(sentence.end, q.end + 40)));
  if (!m) return null;
  const count = m[1] ? (UNITS[m[1].toLowerCase()] ?? (/^an?$/i.test(m[1]) ? 1 : Number(m[1]))) : 1;
  const unit = (m[2] ?? m[3] ?? m[4])!.toLowerCase() as Unit;
  const base =
    anchor && anchor.kind === 'point' && anchor.from
      ? { iso: anchor.from, precision: anchor.precision }
      : article.meta.published
        ? { iso: article.meta.published.value.iso, precision: article.meta.published.value.precision }
        : null;
  if (!base || !Number.isFinite(count)) return null;
  const shifted = shiftBack(base.iso, base.precision, count, unit);
  if (!shifted) return null;
  const lead = m[0].length - m[0].trimStart().length;
  const at = span(article.text, q.end + lead, q.end + m[0].length);
  return {
    ...at,
    by: 'claims/earlier-time',
    certain: false,
    from: shifted.iso,
    to: null,
    kind: 'point',
    precision: shifted.precision,
    when: compact('point', shifted.iso, null),
  };
}
