/** A tiny inline SVG line of a figure's values over time (no script, no inline style). */
import { toSeconds } from './format.js';

export function Sparkline({ points, label }: { points: Array<{ date: string; value: number }>; label: string }) {
  const pts = points
    .map((p) => ({ x: toSeconds(p.date), y: p.value }))
    .filter((p): p is { x: number; y: number } => p.x !== null);
  const w = 120;
  const h = 32;
  if (pts.length === 0) return <span class="muted spark-empty">no dated values</span>;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => (x1 === x0 ? w / 2 : 3 + ((x - x0) / (x1 - x0)) * (w - 6));
  const sy = (y: number) => (y1 === y0 ? h / 2 : h - 3 - ((y - y0) / (y1 - y0)) * (h - 6));
  const sorted = [...pts].sort((a, b) => a.x - b.x);
  return (
    <svg
      class="spark"
      viewBox={`0 0 ${w} ${h}`}
      width={w}
      height={h}
      role="img"
      aria-label={`${label}: ${pts.length} values from ${y0} to ${y1}`}
    >
      <polyline
        points={sorted.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}
        fill="none"
        stroke="#0072B2"
        stroke-width="1.5"
      />
      {sorted.map((p) => (
        <circle cx={sx(p.x).toFixed(1)} cy={sy(p.y).toFixed(1)} r="2" fill="#0072B2" />
      ))}
    </svg>
  );
}
