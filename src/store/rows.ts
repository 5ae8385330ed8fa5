/** Small helpers both stores use to write and read JSON record columns and to bind ids in batches. */

export const json = (v: unknown): string => JSON.stringify(v);

export const parse = <T>(v: unknown): T => JSON.parse(String(v)) as T;

/** `items` in consecutive slices of at most `size` (bound parameters per statement stay under a limit). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
