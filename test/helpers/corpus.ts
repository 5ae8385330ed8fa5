/**
 * Builders of constructed corpus records for tests and benchmarks (not the seeds).
 */
import type { ClaimInput, DocMeta } from '../../src/corpus/types.js';

let counter = 0;

/** A claim with defaults; `value` sets value/low/high unless they are given. */
export function claim(over: Partial<ClaimInput> & { document: string }): ClaimInput {
  const value = over.value ?? null;
  return {
    id: over.id ?? `${over.document}:c${counter++}`,
    value,
    low: over.low !== undefined ? over.low : value,
    high: over.high !== undefined ? over.high : value,
    bound: over.bound ?? 'exact',
    approximate: false,
    vague: false,
    incremental: false,
    measure: 'troops',
    action: 'deploy',
    actor: null,
    target: null,
    status: 'asserted',
    source: null,
    sourceName: null,
    via: [],
    when: null,
    said: null,
    ...over,
  };
}

export function doc(id: string, over: Partial<DocMeta> = {}): DocMeta {
  return { id, outlet: null, wire: [], published: null, url: null, previousVersion: null, title: null, source: null, order: 0, ...over };
}

export function docMap(docs: DocMeta[]): Map<string, DocMeta> {
  return new Map(docs.map((d, i) => [d.id, { ...d, order: i }]));
}
