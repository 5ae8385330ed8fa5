/**
 * A figure's timeline with uPlot: value against date, one colour per primary
 * source, asserted points filled and planned/possible/unconfirmed/denied
 * hollow, bounds drawn as bars, disagreements ringed in red. Hovering a point
 * (or focusing its row in the table) shows its evidence sentence.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Disagreement, TimelinePoint } from './api.js';
import { PALETTE, sourceKey, sourceLabel, toSeconds } from './format.js';

const DAY = 86400;
/** Whole days and up: claims are dated to the day at best. */
const DAY_INCRS = [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1825 * DAY];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateLabel(seconds: number, incr: number): string {
  const d = new Date(seconds * 1000);
  const y = d.getUTCFullYear();
  if (incr >= 365 * DAY) return String(y);
  if (incr >= 30 * DAY) return `${MONTHS[d.getUTCMonth()]} ${y}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

export interface PlotPoint {
  p: TimelinePoint;
  x: number;
  y: number;
}

/** Points with a date and a number, one x each (same-day points nudged an hour apart). */
export function plotPoints(points: TimelinePoint[]): PlotPoint[] {
  const out: PlotPoint[] = [];
  for (const p of points) {
    const x = toSeconds(p.date);
    const y = p.value ?? (p.low !== null && p.high !== null ? (p.low + p.high) / 2 : (p.low ?? p.high));
    if (x === null || y === null) continue;
    out.push({ p, x, y });
  }
  out.sort((a, b) => a.x - b.x);
  for (let i = 1; i < out.length; i++) if (out[i]!.x <= out[i - 1]!.x) out[i]!.x = out[i - 1]!.x + 3600;
  return out;
}

export function Timeline({
  points,
  disagreements,
  onHover,
  focus,
}: {
  points: TimelinePoint[];
  disagreements: Disagreement[];
  onHover: (p: TimelinePoint | null) => void;
  focus: string | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const pp = useRef<PlotPoint[]>([]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const pts = plotPoints(points);
    pp.current = pts;
    const sources = [...new Set(pts.map((q) => sourceKey(q.p)))];
    const colour = new Map(sources.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));
    const label = new Map(pts.map((q) => [sourceKey(q.p), sourceLabel(q.p)]));
    const xs = pts.map((q) => q.x);
    const series: uPlot.Series[] = [{ label: 'date' }];
    const data: Array<Array<number | null>> = [xs];
    for (const s of sources) {
      for (const asserted of [true, false]) {
        const ys = pts.map((q) => (sourceKey(q.p) === s && (q.p.status === 'asserted') === asserted ? q.y : null));
        if (ys.every((y) => y === null)) continue;
        const c = colour.get(s)!;
        series.push({
          label: `${label.get(s)}${asserted ? '' : ' (planned / possible)'}`,
          stroke: c,
          paths: () => null,
          points: { show: true, size: 11, width: 2, stroke: c, fill: asserted ? c : '#ffffff' },
          spanGaps: false,
        });
        data.push(ys);
      }
    }
    const disputed = new Set(disagreements.flatMap((d) => d.claims));
    const width = () => Math.max(260, el.clientWidth);
    const opts: uPlot.Options = {
      width: width(),
      height: 280,
      series,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      // Pad the dates so points at either end are not cut in half by the plot's edge.
      scales: {
        x: {
          time: true,
          range: (_u, lo, hi) => {
            const pad = Math.max(DAY, (hi - lo) * 0.04);
            return [lo - pad, hi + pad];
          },
        },
        y: { range: (_u, lo, hi) => [Math.min(0, lo), hi * 1.15 || 1] },
      },
      axes: [
        {
          incrs: DAY_INCRS,
          space: 70,
          values: (_u, splits, _ai, _space, incr) => splits.map((v) => dateLabel(v, incr)),
        },
        {
          size: 60,
          values: (_u, vals) =>
            vals.map((v) => (v === null ? '' : new Intl.NumberFormat('en-US', { notation: 'compact' }).format(v))),
        },
      ],
      legend: { show: true, live: false },
      cursor: { points: { show: false }, drag: { x: false, y: false } },
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx;
            ctx.save();
            for (const q of pts) {
              const cx = u.valToPos(q.x, 'x', true);
              const c = colour.get(sourceKey(q.p))!;
              // Bounds as bars: a range, or a one-sided bound running to the edge with an open end.
              if (q.p.low !== null || q.p.high !== null) {
                const lo = q.p.low ?? u.scales.y.min!;
                const hi = q.p.high ?? u.scales.y.max!;
                if (lo !== hi) {
                  ctx.strokeStyle = c;
                  ctx.lineWidth = 3 * devicePixelRatio;
                  ctx.globalAlpha = 0.45;
                  ctx.beginPath();
                  ctx.moveTo(cx, u.valToPos(lo, 'y', true));
                  ctx.lineTo(cx, u.valToPos(hi, 'y', true));
                  ctx.stroke();
                  ctx.globalAlpha = 1;
                }
              }
              if (disputed.has(q.p.claim)) {
                ctx.strokeStyle = '#C00000';
                ctx.lineWidth = 2 * devicePixelRatio;
                ctx.beginPath();
                ctx.arc(cx, u.valToPos(q.y, 'y', true), 10 * devicePixelRatio, 0, Math.PI * 2);
                ctx.stroke();
              }
            }
            ctx.restore();
          },
        ],
        setCursor: [
          (u) => {
            const i = u.cursor.idx;
            onHover(i === null || i === undefined ? null : (pts[i]?.p ?? null));
          },
        ],
      },
    };
    const u = new uPlot(opts, data as uPlot.AlignedData, el);
    plot.current = u;
    const ro = new ResizeObserver(() => u.setSize({ width: width(), height: 280 }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [points, disagreements]);

  // Keyboard: focusing a claim row moves the chart's cursor to its point.
  useEffect(() => {
    const u = plot.current;
    if (!u || !focus) return;
    const q = pp.current.find((x) => x.p.claim === focus);
    if (q) u.setCursor({ left: u.valToPos(q.x, 'x'), top: u.valToPos(q.y, 'y') });
  }, [focus]);

  return <div class="timeline" ref={box} data-points={plotPoints(points).length} />;
}
