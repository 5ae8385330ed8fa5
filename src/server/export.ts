/**
 * GET /api/export, built from the Store. Temporary until the export writers
 * of src/export land; the formats follow crosscheck-export/1.
 */
import { EXPORT_FORMAT, type ClaimRecord, type ExportDocument } from '../records.js';
import type { Store } from '../store/store.js';

async function all<T>(list: (q: { limit: number; offset: number }) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await list({ limit: 1000, offset });
    out.push(...page.items);
    if (!page.items.length || out.length >= page.total) return out;
  }
}

export async function exportDocument(store: Store, generated: string): Promise<ExportDocument> {
  const documents = [];
  for await (const d of store.iterateDocuments()) documents.push(d);
  const claims: ClaimRecord[] = [];
  for await (const c of store.iterateClaims()) claims.push(c);
  return {
    format: EXPORT_FORMAT,
    generated,
    documents,
    claims,
    quotes: await all((q) => store.listQuotes(q)),
    entities: await all((q) => store.listEntities(q)),
    figures: await all((q) => store.listFigures(q)),
    duplicates: await store.listDuplicates(),
  };
}

export function toNdjson(doc: ExportDocument): string {
  const lines = [JSON.stringify({ type: 'header', format: doc.format, generated: doc.generated })];
  const kinds = [['document', doc.documents], ['claim', doc.claims], ['quote', doc.quotes], ['entity', doc.entities], ['figure', doc.figures], ['duplicate', doc.duplicates]] as const;
  for (const [type, items] of kinds) for (const item of items) lines.push(JSON.stringify({ type, ...item }));
  return lines.join('\n') + '\n';
}

const CLAIM_COLUMNS = ['id', 'document', 'figure', 'text', 'value', 'low', 'high', 'bound', 'approximate', 'vague', 'incremental', 'measure', 'action', 'actor', 'target', 'status', 'source', 'sourceName', 'via', 'when', 'said', 'evidence'] as const;

/** RFC 4180 field; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
function field(v: unknown): string {
  let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimsCsv(doc: ExportDocument): string {
  const rows = [CLAIM_COLUMNS.join(',')];
  for (const c of doc.claims) rows.push(CLAIM_COLUMNS.map((k) => field(c[k])).join(','));
  return rows.join('\r\n') + '\r\n';
}
