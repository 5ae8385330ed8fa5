/** Small helpers both stores use to write and read JSON record columns and to bind ids in batches. */
import type { FigureRecord } from '../records.js';
import { figureBrief, figureSortKey, type FigureBrief } from './figure-brief.js';

export const json = (v: unknown): string => JSON.stringify(v);

export const parse = <T>(v: unknown): T => JSON.parse(String(v)) as T;

/** A value JSON writes: the members it leaves out (undefined, functions, symbols) are not compared. */
const written = (v: unknown) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/**
 * Whether `a` and `b` write the same JSON, without writing it: a row with a list of 100,000 document ids is
 * compared item by item (mostly the same strings), not turned into two megabytes of text twice.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return json(a) === json(b);
  if ('toJSON' in a || 'toJSON' in b) return json(a) === json(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) {
      // An array writes null for what an object member would leave out.
      const u = written(a[i]) ? a[i] : null;
      const v = written(y[i]) ? y[i] : null;
      if (!sameJson(u, v)) return false;
    }
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const kx = Object.keys(x).filter((k) => written(x[k]));
  const ky = Object.keys(y).filter((k) => written(y[k]));
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i] || !sameJson(x[kx[i]!], y[ky[i]!])) return false;
  return true;
}

/** `items` in consecutive slices of at most `size` (bound parameters per statement stay under a limit). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A figure's columns as both stores write them: id, record, brief, story, part of, claims, sort key. */
export function figureRow(f: FigureRecord) {
  return [f.id, json(f), storedBrief(f), f.story ?? null, f.partOf ?? null, f.claims.length, figureSortKey(f)] as const;
}

/**
 * How to bring a table holding `was` to `next` writing only what differs. `ordered`: the table is read in
 * insertion order, so rows before the first place where the ids part are rewritten where their text changed
 * and, from that place on, the old rows are dropped and the new ones appended. Otherwise (a table read in an
 * order of its own, {@link byDocumentsThenId}) rows gone are dropped and rows new or changed written.
 */
export function rowChanges<T>(
  was: readonly T[],
  next: readonly T[],
  id: (row: T) => string,
  same: (a: T, b: T) => boolean,
  ordered: boolean,
): { update: T[]; drop: string[]; append: T[] } {
  if (!ordered) {
    const before = new Map(was.map((row) => [id(row), row]));
    const kept = new Set(next.map(id));
    const update: T[] = [];
    const append: T[] = [];
    for (const row of next) {
      const old = before.get(id(row));
      if (!old) append.push(row);
      else if (!same(old, row)) update.push(row);
    }
    return { update, drop: [...before.keys()].filter((k) => !kept.has(k)), append };
  }
  let at = 0;
  while (at < was.length && at < next.length && id(was[at]!) === id(next[at]!)) at++;
  const update: T[] = [];
  for (let i = 0; i < at; i++) if (!same(was[i]!, next[i]!)) update.push(next[i]!);
  return { update, drop: was.slice(at).map(id), append: next.slice(at) };
}

/**
 * The order merged entities and stories are listed in, as the corpus stages make them (most documents first,
 * then by id): listings sort by it, so an incremental run rewrites only the rows that changed.
 */
export function byDocumentsThenId<T extends { id: string }>(documents: (row: T) => number): (a: T, b: T) => number {
  return (a, b) => documents(b) - documents(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A figure's brief as its column stores it: without the id, story, part and claim count, which the row's own
 * columns hold ({@link briefOfRow} puts them back). Older rows hold the whole brief; both read the same.
 */
function storedBrief(f: FigureRecord): string {
  const { id: _id, story: _story, partOf: _partOf, claims: _claims, ...rest } = figureBrief(f);
  return json(rest);
}

/** A figure row's brief ({@link storedBrief}) with its row's columns, in the brief's own key order. */
export function briefOfRow(r: Record<string, unknown>): FigureBrief {
  const b = parse<FigureBrief>(r.brief);
  const brief: FigureBrief = {
    id: String(r.id),
    label: b.label,
    measure: b.measure,
    story: r.story == null ? null : String(r.story),
    scope: b.scope,
    partOf: r.part_of == null ? null : String(r.part_of),
    claims: Number(r.claims),
    headline: b.headline,
    spark: b.spark,
  };
  return brief;
}
