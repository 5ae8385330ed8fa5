/**
 * What the timeline draws, as plain data (no DOM, no uPlot), so it is tested on its own: each
 * point at the middle of the period its date covers, whether values want a log scale, the CSV.
 */
import type { TimelinePoint } from './api.js';

export const DAY = 86400;

/** ISO partial date → epoch seconds (start of the period). */
function toSeconds(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 1000;
}

const sourceLabel = (p: TimelinePoint) => p.sourceName ?? p.source ?? `${p.outlet ?? 'outlet'} (own voice)`;

export interface PlotPoint {
  p: TimelinePoint;
  /** Where the point is drawn: the middle of its date's period. */
  x: number;
  y: number;
  /** The period its date covers: a day, a month or a year (seconds, end exclusive). */
  from: number;
  to: number;
}

/** The period a partial ISO date covers, in epoch seconds. */
export function period(date: string | null): { from: number; to: number } | null {
  const from = toSeconds(date);
  if (from === null || !date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date)!;
  const y = Number(m[1]);
  let to: number;
  if (m[3]) to = from + DAY;
  // Date.UTC carries month 12 into January of the next year.
  else if (m[2]) to = Date.UTC(y, Number(m[2]), 1) / 1000;
  else to = Date.UTC(y + 1, 0, 1) / 1000;
  return { from, to };
}

/** Points with a date and a number, placed at the middle of their period; never moved off each other. */
export function plotPoints(points: TimelinePoint[]): PlotPoint[] {
  const out: PlotPoint[] = [];
  for (const p of points) {
    const span = period(p.date);
    const y = p.value ?? (p.low !== null && p.high !== null ? (p.low + p.high) / 2 : (p.low ?? p.high));
    if (!span || y === null) continue;
    const x = span.to - span.from > DAY ? (span.from + span.to) / 2 : span.from;
    out.push({ p, x, y, ...span });
  }
  return out.sort((a, b) => a.x - b.x || a.y - b.y);
}

/** A log scale when positive values span two orders of magnitude or more. */
export function wantsLog(pts: PlotPoint[]): boolean {
  const ys = pts.flatMap((q) => [q.y, q.p.low, q.p.high]).filter((v): v is number => v !== null);
  if (!ys.length || ys.some((v) => v <= 0)) return false;
  return Math.max(...ys) / Math.min(...ys) >= 100;
}

/** The points as CSV, one row per claim, for a spreadsheet. */
export function timelineCsv(points: TimelinePoint[]): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    // A leading = + - @ would run as a formula in a spreadsheet.
    const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const head = ['date', 'value', 'low', 'high', 'status', 'source', 'outlet', 'evidence', 'document', 'claim'];
  const rows = points.map((p) =>
    [p.date, p.value, p.low, p.high, p.status, sourceLabel(p), p.outlet, p.evidence, p.document, p.claim]
      .map(cell)
      .join(','),
  );
  return [head.join(','), ...rows].join('\r\n') + '\r\n';
}
