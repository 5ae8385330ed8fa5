/**
 * A figure's timeline with uPlot: value against date, one colour per primary
 * source, asserted points filled and planned/possible/unconfirmed/denied
 * hollow, conflicts ringed in red. It says no more than the claims do: a date
 * known to the month or year is a span over that period, a range is a bar, a
 * one-sided bound an arrow from its value; values that span orders of
 * magnitude get a log scale. Every point is reachable: pointer or touch picks
 * the nearest point (all of those drawn at one spot), the arrow keys step
 * through them in order.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelinePoint } from './api.js';
import { PALETTE, sourceKey, sourceLabel } from './format.js';
import { DAY, plotPoints, timelineCsv, timelineSvg, wantsLog, type PlotPoint } from './chart-data.js';
import { MONTH_SHORT } from '../../src/vocabulary/calendar.js';

/** Whole days and up: claims are dated to the day at best. */
const DAY_INCRS = [DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY, 91 * DAY, 182 * DAY, 365 * DAY, 730 * DAY, 1825 * DAY];
/** Pixels within which the pointer picks a point; points closer than SAME_SPOT to it are picked with it. */
const PICK = 28;
const SAME_SPOT = 4;
const HEIGHT = 280;

function dateLabel(seconds: number, incr: number): string {
  const d = new Date(seconds * 1000);
  const y = d.getUTCFullYear();
  if (incr >= 365 * DAY) return String(y);
  if (incr >= 30 * DAY) return `${MONTH_SHORT[d.getUTCMonth()]} ${y}`;
  return `${d.getUTCDate()} ${MONTH_SHORT[d.getUTCMonth()]}`;
}

function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** An arrow head at (x, y) pointing up (dir -1) or down (dir 1) in canvas pixels. */
function arrowHead(ctx: CanvasRenderingContext2D, x: number, y: number, dir: number, size: number) {
  ctx.beginPath();
  ctx.moveTo(x - size, y - dir * size);
  ctx.lineTo(x, y);
  ctx.lineTo(x + size, y - dir * size);
  ctx.stroke();
}

export function Timeline({
  points,
  disagreements,
  onHover,
  focus,
  title,
  subtitle,
}: {
  points: TimelinePoint[];
  /** The real conflicts: their claims are ringed. */
  disagreements: Array<{ claims: string[] }>;
  /** The points under the pointer (all of those drawn at one spot), or the one stepped to by keyboard. */
  onHover: (p: TimelinePoint[]) => void;
  focus: string | null;
  /** The figure's label: the SVG's title and the downloads' file name. */
  title: string;
  /** Unit and as-of date, under the SVG's title. */
  subtitle: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const pp = useRef<PlotPoint[]>([]);
  const selected = useRef<string | null>(null);
  const [step, setStep] = useState(-1);
  const [log, setLog] = useState(false);
  const [xy, setXy] = useState('');
  /** Days the date axis spans, published like `xy` so tests can check the axis fits the points. */
  const [days, setDays] = useState(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const pts = plotPoints(points);
    pp.current = pts;
    const logScale = wantsLog(pts);
    setLog(logScale);
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
    const lo = pts.length ? Math.min(...pts.map((q) => q.from)) : 0;
    const hi = pts.length ? Math.max(...pts.map((q) => q.to)) : DAY;
    const positions = (u: uPlot) => pts.map((q) => ({ q, x: u.valToPos(q.x, 'x'), y: u.valToPos(q.y, 'y') }));
    // Where each point is drawn (CSS pixels in the plot area), published once uPlot has laid out its scales.
    const publish = (u: uPlot) => {
      setXy(JSON.stringify(positions(u).map((s) => ({ claim: s.q.p.claim, x: Math.round(s.x), y: Math.round(s.y) }))));
      setDays(Math.round(((u.scales.x.max ?? 0) - (u.scales.x.min ?? 0)) / DAY));
    };
    const opts: uPlot.Options = {
      width: width(),
      height: HEIGHT,
      series,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: {
        x: {
          time: true,
          // The periods of all points, padded; one point (or one day) gets a month either side, not years.
          range: () => {
            const pad = Math.max(hi - lo < 7 * DAY ? 30 * DAY : DAY, (hi - lo) * 0.04);
            return [lo - pad, hi + pad];
          },
        },
        y: logScale
          ? { distr: 3, log: 10 }
          : {
              range: (_u, ymin, ymax) => {
                const top = Math.max(ymax, ...pts.map((q) => q.p.high ?? q.y));
                return [Math.min(0, ymin), top * 1.15 || 1];
              },
            },
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
      cursor: { show: false, points: { show: false }, drag: { x: false, y: false } },
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx;
            const px = devicePixelRatio;
            ctx.save();
            for (const q of pts) {
              const cx = u.valToPos(q.x, 'x', true);
              const cy = u.valToPos(q.y, 'y', true);
              const c = colour.get(sourceKey(q.p))!;
              ctx.strokeStyle = c;
              ctx.globalAlpha = 0.5;
              ctx.lineWidth = 3 * px;
              // A month or a year: a span over the whole period, not a point on its first day.
              if (q.to - q.from > DAY) {
                ctx.beginPath();
                ctx.moveTo(u.valToPos(q.from, 'x', true), cy);
                ctx.lineTo(u.valToPos(q.to, 'x', true), cy);
                ctx.stroke();
              }
              const { low, high } = q.p;
              if (low !== null && high !== null && low !== high) {
                ctx.beginPath();
                ctx.moveTo(cx, u.valToPos(low, 'y', true));
                ctx.lineTo(cx, u.valToPos(high, 'y', true));
                ctx.stroke();
              } else if ((low === null) !== (high === null) && q.p.value === null) {
                // One-sided: an arrow from the bound the way the value may lie ("more than 40" points up).
                const dir = low !== null ? -1 : 1;
                const end = cy + dir * 26 * px;
                ctx.globalAlpha = 0.9;
                ctx.lineWidth = 2 * px;
                ctx.beginPath();
                ctx.moveTo(cx, cy);
                ctx.lineTo(cx, end);
                ctx.stroke();
                arrowHead(ctx, cx, end, dir, 5 * px);
              }
              ctx.globalAlpha = 1;
              if (disputed.has(q.p.claim)) {
                ctx.strokeStyle = '#C00000';
                ctx.lineWidth = 2 * px;
                ctx.beginPath();
                ctx.arc(cx, cy, 10 * px, 0, Math.PI * 2);
                ctx.stroke();
              }
              if (selected.current === q.p.claim) {
                ctx.strokeStyle = '#1b1f24';
                ctx.lineWidth = 2 * px;
                ctx.beginPath();
                ctx.arc(cx, cy, 14 * px, 0, Math.PI * 2);
                ctx.stroke();
              }
            }
            ctx.restore();
          },
          publish,
        ],
      },
    };
    const u = new uPlot(opts, data as uPlot.AlignedData, el);
    plot.current = u;
    // The nearest point to the pointer, with every point drawn at the same spot.
    const pick = (e: PointerEvent) => {
      const r = u.over.getBoundingClientRect();
      const mx = e.clientX - r.left;
      const my = e.clientY - r.top;
      let best: { d: number; x: number; y: number } | null = null;
      const all = positions(u);
      for (const s of all) {
        const d = Math.hypot(s.x - mx, s.y - my);
        if (d <= PICK && (!best || d < best.d)) best = { d, x: s.x, y: s.y };
      }
      if (!best) return;
      const here = all.filter((s) => Math.hypot(s.x - best!.x, s.y - best!.y) <= SAME_SPOT).map((s) => s.q.p);
      selected.current = here[0]!.claim;
      u.redraw(false);
      onHover(here);
    };
    u.over.addEventListener('pointermove', pick);
    u.over.addEventListener('pointerdown', pick);
    const ro = new ResizeObserver(() => u.setSize({ width: width(), height: HEIGHT }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.over.removeEventListener('pointermove', pick);
      u.over.removeEventListener('pointerdown', pick);
      u.destroy();
      plot.current = null;
    };
  }, [points, disagreements]);

  // A focused claim row (or an arrow key) rings its point on the chart.
  useEffect(() => {
    selected.current = focus;
    plot.current?.redraw(false);
  }, [focus]);

  const go = (i: number) => {
    const pts = pp.current;
    if (!pts.length) return;
    const next = (i + pts.length) % pts.length;
    setStep(next);
    selected.current = pts[next]!.p.claim;
    plot.current?.redraw(false);
    onHover([pts[next]!.p]);
  };
  const onKey = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => go(step + 1),
      ArrowDown: () => go(step + 1),
      ArrowLeft: () => go(step < 0 ? -1 : step - 1),
      ArrowUp: () => go(step < 0 ? -1 : step - 1),
      Home: () => go(0),
      End: () => go(-1),
    };
    const k = keys[e.key];
    if (!k) return;
    e.preventDefault();
    k();
  };
  const n = plotPoints(points).length;
  const stem = title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'figure';
  return (
    <>
      <div
        class="timeline"
        ref={box}
        data-points={n}
        data-scale={log ? 'log' : 'linear'}
        data-xy={xy}
        data-days={days}
        tabIndex={0}
        role="group"
        aria-label={`Timeline chart of ${n} dated ${n === 1 ? 'value' : 'values'}${log ? ', log scale' : ''}: use the arrow keys to step through them`}
        onKeyDown={onKey}
      />
      <p class="chart-tools small">
        {log && <span class="muted">Log scale: the values span orders of magnitude. </span>}
        Download{' '}
        <button
          type="button"
          class="linkish"
          onClick={() => download(`${stem}.csv`, new Blob([timelineCsv(points)], { type: 'text/csv;charset=utf-8' }))}
        >
          CSV
        </button>{' '}
        <button
          type="button"
          class="linkish"
          onClick={() =>
            download(`${stem}.svg`, new Blob([timelineSvg(points, title, subtitle)], { type: 'image/svg+xml' }))
          }
        >
          SVG
        </button>{' '}
        <button
          type="button"
          class="linkish"
          onClick={() => plot.current?.ctx.canvas.toBlob((b) => b && download(`${stem}.png`, b), 'image/png')}
        >
          PNG
        </button>
      </p>
    </>
  );
}
