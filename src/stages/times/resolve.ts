/**
 * Small date helpers for the times stage: ISO strings at year, month or day
 * precision, the reference date, and the compact gold form (`2024-10`,
 * `2023-08/`, `/2024-12`).
 */
import type { Article, TimeExpr } from '../../article.js';

export type Precision = TimeExpr['precision'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO text for a date at a precision. */
export function isoOf(y: number, m: number | null, d: number | null, precision: Precision): string {
  if (precision === 'year' || m === null) return String(y);
  if (precision === 'month' || d === null) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A UTC Date's ISO day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The reference date and how precisely it is known, from `article.meta.published`. */
export interface Reference {
  date: Date;
  precision: Precision;
}

/** The article's reference date: its publication date, or the retrieval time, or null. */
export function referenceOf(article: Article, retrieved?: string | null): Reference | null {
  const pub = article.meta.published?.value;
  if (pub && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(pub.iso)) {
    const [y, m, d] = pub.iso.split('-').map(Number) as [number, number | undefined, number | undefined];
    return { date: new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1, 12)), precision: pub.precision };
  }
  if (retrieved && !Number.isNaN(Date.parse(retrieved))) {
    const t = new Date(Date.parse(retrieved));
    return { date: new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), 12)), precision: 'day' };
  }
  return null;
}

/** The compact `when` form for a kind and its ends. */
export function compact(kind: TimeExpr['kind'], from: string | null, to: string | null): string {
  switch (kind) {
    case 'since':
    case 'earliest':
      return `${from ?? ''}/`;
    case 'by':
    case 'until':
      return `/${to ?? from ?? ''}`;
    case 'period':
      return `${from ?? ''}/${to ?? ''}`;
    default:
      return from ?? '';
  }
}
