/**
 * One table of `crosscheck-export/1` as CSV (RFC 4180): a header row, CRLF
 * line ends, fields quoted when they hold a comma, a quote mark or a line
 * break, quote marks doubled. Arrays are joined with `;`; null is an empty
 * field; booleans are `true`/`false`. Hand-written rather than a CSV
 * package: the rules fit in one function and the writer must stream.
 *
 * Text that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or carriage return, and not a plain number) is prefixed
 * with `'` (OWASP's advice against CSV injection); turn this off with
 * `formulaGuard: false` for tools that read CSV as data.
 */
import type { Writable } from 'node:stream';
import { CrosscheckError } from '../errors.js';
import type { Store } from '../store/store.js';
import { chunked, recordStreams, type StoryScope } from './stream.js';

export const CSV_TABLES = [
  'documents',
  'claims',
  'quotes',
  'entities',
  'figures',
  'duplicates',
  'relations',
  'stories',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** Columns of each table, in order: the record field each column reads. */
export const CSV_COLUMNS: Record<CsvTable, string[]> = {
  documents: [
    'id',
    'source',
    'url',
    'title',
    'outlet',
    'wire',
    'byline',
    'dateline',
    'published',
    'language',
    'previousVersion',
    'ingestedAt',
    'counts.claims',
    'counts.quotes',
    'counts.entities',
    'counts.dropped',
    'body',
  ],
  claims: [
    'id',
    'document',
    'evidence',
    'text',
    'value',
    'low',
    'high',
    'bound',
    'approximate',
    'vague',
    'incremental',
    'measure',
    'action',
    'actor',
    'target',
    'scope',
    'status',
    'source',
    'sourceName',
    'via',
    'when',
    'said',
    'figure',
    'evidenceStart',
    'evidenceEnd',
    'numberStart',
    'numberEnd',
    'unit',
  ],
  quotes: ['id', 'document', 'text', 'speaker', 'speakerName', 'partial', 'start', 'end'],
  entities: ['id', 'name', 'type', 'aliases', 'roles', 'documents'],
  figures: [
    'id',
    'label',
    'story',
    'measure',
    'action',
    'actor',
    'target',
    'claims',
    'reconciliation.best.value',
    'reconciliation.best.low',
    'reconciliation.best.high',
    'reconciliation.best.status',
    'reconciliation.best.reason',
    'reconciliation.articles',
  ],
  duplicates: ['document', 'of', 'kind', 'similarity'],
  relations: ['a', 'b', 'type', 'by'],
  stories: ['id', 'label', 'documents', 'figures', 'from', 'to'],
};

/** Quote one field by RFC 4180 when it needs it. */
export function csvField(value: unknown, formulaGuard = true): string {
  let s: string;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value))
    s = value
      .map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)))
      .join(';');
  else if (typeof value === 'object') s = JSON.stringify(value);
  else s = String(value);
  if (
    formulaGuard &&
    typeof value !== 'number' &&
    typeof value !== 'boolean' &&
    /^[=+\-@\t\r]/.test(s) &&
    !/^[+-]?\d+(\.\d+)?$/.test(s)
  )
    s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function get(record: unknown, column: string): unknown {
  let v: unknown = record;
  for (const part of column.split('.'))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** One CSV row (with its CRLF) of a record. */
export function csvRow(record: unknown, columns: string[], formulaGuard = true): string {
  return `${columns.map((c) => csvField(get(record, c), formulaGuard)).join(',')}\r\n`;
}

/** Write one table of the store as CSV. */
export async function writeCsv(
  store: Store,
  out: Writable,
  options: { table?: string; formulaGuard?: boolean; scope?: StoryScope | null } = {},
): Promise<void> {
  const table = (options.table ?? 'claims') as CsvTable;
  if (!CSV_TABLES.includes(table))
    throw new CrosscheckError('E_FORMAT', {
      format: `csv table ${String(options.table)}`,
      expected: CSV_TABLES.join(', '),
    });
  const columns = CSV_COLUMNS[table];
  const guard = options.formulaGuard ?? true;
  const sink = chunked(out);
  await sink.add(`${columns.join(',')}\r\n`);
  for await (const record of recordStreams(store, options.scope)[table]() as AsyncIterable<unknown>)
    await sink.add(csvRow(record, columns, guard));
  await sink.flush();
}
