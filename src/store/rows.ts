/** Small helpers both stores use to write and read JSON record columns and to bind ids in batches. */
import type { FigureRecord } from '../records.js';
import { figureBrief, figureSortKey } from './figure-brief.js';

export const json = (v: unknown): string => JSON.stringify(v);

export const parse = <T>(v: unknown): T => JSON.parse(String(v)) as T;

/** `items` in consecutive slices of at most `size` (bound parameters per statement stay under a limit). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A figure's columns as both stores write them: id, record, brief, story, part of, claims, sort key. */
export function figureRow(f: FigureRecord) {
  return [
    f.id,
    json(f),
    json(figureBrief(f)),
    f.story ?? null,
    f.partOf ?? null,
    f.claims.length,
    figureSortKey(f),
  ] as const;
}
