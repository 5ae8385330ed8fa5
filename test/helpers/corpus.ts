/**
 * Builders of constructed corpus records for tests (not the seeds).
 */
import type { ClaimInput, DocMeta } from '../../src/corpus/types.js';
import type { FigureRecord } from '../../src/records.js';
import { claimDefaults } from '../../src/records.js';

let counter = 0;

/** A claim with defaults; `value` sets value/low/high unless they are given. */
export function claim(over: Partial<ClaimInput> & { document: string }): ClaimInput {
  const value = over.value ?? null;
  return {
    id: over.id ?? `${over.document}:c${counter++}`,
    value,
    low: over.low !== undefined ? over.low : value,
    high: over.high !== undefined ? over.high : value,
    ...claimDefaults(),
    measure: 'troops',
    action: 'deploy',
    ...over,
  };
}

export function doc(id: string, over: Partial<DocMeta> = {}): DocMeta {
  return {
    id,
    outlet: null,
    wire: [],
    published: null,
    url: null,
    previousVersion: null,
    title: null,
    source: null,
    order: 0,
    ...over,
  };
}

export function docMap(docs: DocMeta[]): Map<string, DocMeta> {
  return new Map(docs.map((d, i) => [d.id, { ...d, order: i }]));
}

/** A stored figure of `claims`, with no measure, action, actor, target or reconciliation unless given. */
export function figureRecord(id: string, claims: string[], over: Partial<FigureRecord> = {}): FigureRecord {
  return {
    id,
    label: id,
    measure: null,
    action: null,
    actor: null,
    target: null,
    claims,
    reconciliation: null,
    ...over,
  };
}
