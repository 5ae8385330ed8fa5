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

const DIMENSION_WORDS: Record<string, string> = {
  place: 'By place',
  group: 'By group of people',
  nationality: 'By nationality',
};

/**
 * {@link addsUp} within each dimension the parts divide the whole by (places, groups of people, nationalities):
 * those overlap, so they are summed apart; parts of no one dimension ("firefighters in one county") are not summed.
 */
export function addsUpByDimension(
  whole: FigureHeadline | null,
  parts: Array<{ headline: FigureHeadline | null; dimension?: string }>,
): string | null {
  const by = new Map<string, Array<{ headline: FigureHeadline | null }>>();
  for (const p of parts) {
    const d = p.dimension ?? 'place';
    if (d === 'other') continue;
    (by.get(d) ?? by.set(d, []).get(d)!).push(p);
  }
  const lines = Object.keys(DIMENSION_WORDS)
    .filter((d) => by.has(d))
    .map((d) => [d, addsUp(whole, by.get(d)!)] as const)
    .filter((x): x is readonly [string, string] => x[1] !== null);
  if (lines.length <= 1) return lines[0]?.[1] ?? null;
  return lines.map(([d, text]) => `${DIMENSION_WORDS[d]}: ${text[0]!.toLowerCase()}${text.slice(1)}`).join(' ');
}
