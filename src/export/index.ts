/**
 * Writers for `crosscheck-export/1` (docs/export-format.md): JSON (one
 * object), NDJSON (one line per record) and CSV (one table). All stream
 * from a {@link Store} to a Node writable, page by page, respecting
 * backpressure; none ends the stream (the caller owns it: stdout must stay
 * open).
 */
import type { Writable } from 'node:stream';
import { CrosscheckError } from '../errors.js';
import type { Store } from '../store/store.js';
import { writeCsv } from './csv.js';
import { writeJson } from './json.js';
import { writeNdjson } from './ndjson.js';
import { storyScope } from './stream.js';

export { writeCsv, csvField, csvRow, CSV_COLUMNS, CSV_TABLES, type CsvTable } from './csv.js';
export { writeJson } from './json.js';
export { writeNdjson } from './ndjson.js';
export { storyScope, type StoryScope } from './stream.js';

export const EXPORT_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format?: ExportFormat | string;
  /** With csv: documents, claims (default), quotes, entities, figures or duplicates. */
  table?: string;
  /** The `generated` timestamp (default: now). */
  generated?: string;
  /** With csv: prefix text cells that a spreadsheet would run as formulas with `'` (default true). */
  formulaGuard?: boolean;
  /** Only this story (its id, or its label): its documents and what they hold, its figures and relations. */
  story?: string;
}

/** Write the store's contents in the chosen format. */
export async function writeExport(store: Store, out: Writable, options: ExportOptions = {}): Promise<void> {
  const format = options.format ?? 'json';
  const generated = options.generated ?? new Date().toISOString();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new CrosscheckError('E_FORMAT', { format: String(format), expected: EXPORT_FORMATS.join(', ') });
  // One read snapshot: an ingest running meanwhile never leaves claims pointing at documents the export lacks.
  if (store.snapshot) return store.snapshot((view) => exportFrom(view, out, format, generated, options));
  return exportFrom(store, out, format, generated, options);
}

async function exportFrom(
  store: Store,
  out: Writable,
  format: string,
  generated: string,
  options: ExportOptions,
): Promise<void> {
  const scope = options.story ? await storyScope(store, options.story) : null;
  switch (format) {
    case 'json':
      return writeJson(store, out, { generated, scope });
    case 'ndjson':
      return writeNdjson(store, out, { generated, scope });
    case 'csv':
      return writeCsv(store, out, { table: options.table, formulaGuard: options.formulaGuard, scope });
    default:
      throw new CrosscheckError('E_FORMAT', { format: String(format), expected: EXPORT_FORMATS.join(', ') });
  }
}
