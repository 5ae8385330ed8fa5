/** Whether a figure's parts add up to it, in words, from the headlines the figure API gives. */
import type { FigureHeadline } from './api.js';

/** The value a headline stands for: its single value, else its lower bound. */
const headlineNumber = (h: FigureHeadline | null) => (h ? (h.value ?? h.low ?? null) : null);
const nf = (n: number) => n.toLocaleString('en-US');

/**
 * "The parts add up to the whole: 50.", "The parts come to 50 of 70: 20 not broken down.", or more than the
 * whole; null when the whole or a part has no value.
 */
export function addsUp(whole: FigureHeadline | null, parts: Array<{ headline: FigureHeadline | null }>): string | null {
  const total = headlineNumber(whole);
  const values = parts.map((p) => headlineNumber(p.headline));
  if (total === null || !values.length || values.some((v) => v === null)) return null;
  const sum = values.reduce<number>((n, v) => n + v!, 0);
  if (sum === total) return `The parts add up to the whole: ${nf(sum)}.`;
  if (sum < total) return `The parts come to ${nf(sum)} of ${nf(total)}: ${nf(total - sum)} not broken down.`;
  return `The parts come to ${nf(sum)}, more than the whole (${nf(total)}): they may overlap or be of later dates.`;
}
