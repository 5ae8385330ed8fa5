/**
 * What the timeline draws, as plain data (no DOM, no uPlot), so it is tested on its own: each
 * point at the middle of the period its date covers, whether values want a log scale, the CSV.
 */
import type { TimelinePoint } from './api.js';
import { isCurrencyCode } from '../../src/vocabulary/currency.js';

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

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const SVG_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999933'];

/**
 * The timeline as a standalone SVG for a report or a slide: the same marks as the screen (spans for a
 * month or a year, bars for ranges, arrows for one-sided bounds), a title and subtitle, and the sources.
 */
export function timelineSvg(points: TimelinePoint[], title: string, subtitle: string): string {
  const W = 800;
  const H = 360;
  const L = 70;
  const R = 20;
  const T = 56;
  const B = 70;
  const pts = plotPoints(points);
  const log = wantsLog(pts);
  const ys = pts.flatMap((q) => [q.y, q.p.low, q.p.high]).filter((v): v is number => v !== null);
  const y0 = log ? Math.min(...ys) / 1.5 : Math.min(0, ...ys);
  const y1 = (log ? Math.max(...ys) * 1.5 : Math.max(...ys) * 1.15) || 1;
  const x0 = pts.length ? Math.min(...pts.map((q) => q.from)) - 15 * DAY : 0;
  const x1 = pts.length ? Math.max(...pts.map((q) => q.to)) + 15 * DAY : DAY;
  const sx = (x: number) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const f = (y: number) => (log ? Math.log10(Math.max(y, 1e-9)) : y);
  const sy = (y: number) => T + (1 - (f(y) - f(y0)) / (f(y1) - f(y0) || 1)) * (H - T - B);
  const sources = [...new Set(pts.map((q) => sourceLabel(q.p)))];
  const colour = (p: TimelinePoint) => SVG_PALETTE[sources.indexOf(sourceLabel(p)) % SVG_PALETTE.length]!;
  const n = (v: number) => v.toFixed(1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${L}" y="22" font-size="16" font-weight="bold">${esc(title)}</text>`,
    `<text x="${L}" y="42" font-size="12" fill="#5b6470">${esc(subtitle)}${log ? ' (log scale)' : ''}</text>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#999"/>`,
    `<line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#999"/>`,
  ];
  for (const v of [y0, (y0 + y1) / 2, y1].map((v) => (log ? v : Math.round(v))))
    out.push(
      `<text x="${L - 6}" y="${n(sy(v) + 4)}" font-size="11" text-anchor="end">${esc(v.toLocaleString('en-US', { maximumFractionDigits: 0 }))}</text>`,
    );
  for (const x of [x0 + 15 * DAY, x1 - 15 * DAY]) {
    const d = new Date(x * 1000).toISOString().slice(0, 10);
    out.push(`<text x="${n(sx(x))}" y="${H - B + 16}" font-size="11" text-anchor="middle">${d}</text>`);
  }
  for (const q of pts) {
    const c = colour(q.p);
    const cx = sx(q.x);
    const cy = sy(q.y);
    if (q.to - q.from > DAY)
      out.push(
        `<line x1="${n(sx(q.from))}" y1="${n(cy)}" x2="${n(sx(q.to))}" y2="${n(cy)}" stroke="${c}" stroke-width="3" opacity="0.5"/>`,
      );
    const { low, high } = q.p;
    if (low !== null && high !== null && low !== high)
      out.push(
        `<line x1="${n(cx)}" y1="${n(sy(low))}" x2="${n(cx)}" y2="${n(sy(high))}" stroke="${c}" stroke-width="3" opacity="0.5"/>`,
      );
    else if ((low === null) !== (high === null) && q.p.value === null) {
      const dir = low !== null ? -1 : 1;
      const end = cy + dir * 26;
      out.push(
        `<path d="M${n(cx)} ${n(cy)}V${n(end)}M${n(cx - 5)} ${n(end - dir * 5)}L${n(cx)} ${n(end)}L${n(cx + 5)} ${n(end - dir * 5)}" stroke="${c}" stroke-width="2" fill="none"/>`,
      );
    }
    const fill = q.p.status === 'asserted' ? c : '#fff';
    out.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="5" fill="${fill}" stroke="${c}" stroke-width="2"/>`);
  }
  sources.forEach((s, i) => {
    const x = L + (i % 4) * 180;
    const y = H - B + 36 + Math.floor(i / 4) * 16;
    out.push(`<circle cx="${x}" cy="${y - 4}" r="5" fill="${SVG_PALETTE[i % SVG_PALETTE.length]}"/>`);
    out.push(`<text x="${x + 10}" y="${y}" font-size="11">${esc(s.length > 28 ? `${s.slice(0, 27)}…` : s)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/**
 * What the chart's values are, for its subtitle: "Number of deaths" for a count, "Amount in USD" for money,
 * "Percent", "In acres"; `units` are the claims' units (the most common one names the figure's).
 */
export function chartSubject(measure: string | null, units: ReadonlyArray<string | null | undefined>): string {
  const counts = new Map<string, number>();
  for (const u of units) if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  if (unit === 'percent' || (!unit && measure === 'percent')) return 'Percent';
  if (isCurrencyCode(unit)) return `Amount in ${unit}`;
  if (unit) return `In ${unit}`;
  if (measure === 'dollars') return 'Amount in dollars';
  return measure ? `Number of ${measure}` : 'Reported values';
}
