/**
 * Corrections flow into the answer: a figure whose claims analysts corrected
 * (a value, status or source fixed, a claim rejected, moved, merged or split)
 * is reconciled again from its corrected claims with the corpus stages' own
 * code (src/corpus/figures.ts `reconcileFigure`), so its best value, timeline,
 * relations, conflicts, source count and reason follow the corrections. The
 * stored machine output is never changed: this runs at read time.
 */
import { asOfDate } from '../corpus/dates.js';
import { reconcileFigure } from '../corpus/figures.js';
import { claimInput } from '../corpus/index.js';
import { provenanceIndex } from '../corpus/provenance.js';
import type { DocMeta, Reconciliation } from '../corpus/types.js';
import type { ClaimRecord, DocumentRecord, DuplicateLink, FigureRecord } from '../records.js';

/** What recomputing a figure reads from a store. */
export interface RecomputeSource {
  getDocument(id: string): Promise<DocumentRecord | null>;
  listDuplicates(): Promise<DuplicateLink[]>;
}

/** The machine's said date and its rule for each document of a stored timeline (undated articles dated by story). */
function machineDates(rec: unknown): Map<string, { said: string; by: string | null }> {
  const out = new Map<string, { said: string; by: string | null }>();
  const timeline = (rec as Partial<Reconciliation> | null)?.timeline;
  if (!Array.isArray(timeline)) return out;
  for (const e of timeline)
    if (e && typeof e.said === 'string' && !out.has(e.document))
      out.set(e.document, { said: e.said, by: e.saidBy ?? null });
  return out;
}

/** A document as the corpus stages keep it; `order` is its place among the figure's documents by ingest time. */
function docMeta(d: DocumentRecord, order: number, fallback?: { said: string; by: string | null }): DocMeta {
  const asOf = asOfDate(d);
  return {
    id: d.id,
    outlet: d.outlet,
    wire: d.wire,
    published: d.published,
    url: d.url,
    previousVersion: d.previousVersion,
    title: d.title,
    source: d.source,
    order,
    // An article the corpus stages dated by its story keeps that date (its story is not read again here).
    asOf: asOf.date ?? fallback?.said ?? null,
    asOfBy: asOf.date ? asOf.by : (fallback?.by ?? null),
  };
}

/**
 * `figure` (corrections laid over) reconciled again from `claims`, its corrected claims: rejected ones left out,
 * the machine's part relations to its whole kept for the claims still in it. The machine's timeline, still on
 * `figure`, dates the articles the corpus stages dated by their story.
 */
export async function recomputeFigure(
  source: RecomputeSource,
  figure: FigureRecord,
  claims: ClaimRecord[],
  duplicates?: DuplicateLink[],
): Promise<FigureRecord> {
  const kept = claims.filter((c) => c.review?.verdict !== 'rejected');
  const dates = machineDates(figure.reconciliation);
  const records = (await Promise.all([...new Set(kept.map((c) => c.document))].map((id) => source.getDocument(id))))
    .filter((d): d is DocumentRecord => !!d)
    .sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt) || a.id.localeCompare(b.id));
  const docs = new Map(records.map((d, i) => [d.id, docMeta(d, i, dates.get(d.id))]));
  const prov = provenanceIndex(docs.values(), duplicates ?? (await source.listDuplicates()));
  const { relations, reconciliation } = reconcileFigure(kept.map(claimInput), docs, prov, figure.measure ?? '');
  const ids = new Set(kept.map((c) => c.id));
  const parts = (figure.relations ?? []).filter((r) => r.type === 'part' && (ids.has(r.a) || ids.has(r.b)));
  const review = figure.review ?? { membership: false, merged: [], notes: [], corrections: [] };
  return { ...figure, reconciliation, relations: [...relations, ...parts], review: { ...review, recomputed: true } };
}
