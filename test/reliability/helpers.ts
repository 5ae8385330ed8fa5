/**
 * Shared helpers for the reliability tests: temp folders, the CLI run
 * in-process with captured output, and a snapshot of what a store holds.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { main } from '../../src/cli/main.js';

export const fixtures = path.resolve(import.meta.dirname, '../fixtures/ingest');

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `crosscheck-${prefix}-`));
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Run the CLI in-process; returns the exit code and what it wrote. */
export async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = sink();
  const err = sink();
  const code = await main(argv, { stdout: out.stream, stderr: err.stream });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.text(), stderr: err.text() };
}

export interface StoredRow {
  id: string;
  source: string;
  raw: string;
  analysis: string;
}

/**
 * Every stored article (id, source, raw, analysis) and the row counts of the
 * derived tables, read straight from the SQLite file: what "the store"
 * means when comparing two runs. `ingested_at` is left out (a clock).
 */
export function snapshot(dbFile: string): { articles: StoredRow[]; counts: Record<string, number> } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const articles = db.prepare('select id, source, raw, analysis from articles order by id').all() as StoredRow[];
    const counts: Record<string, number> = {};
    for (const table of ['articles', 'documents', 'claims', 'quotes', 'doc_entities', 'documents_fts', 'claims_fts']) {
      counts[table] = (db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    }
    return { articles, counts };
  } finally {
    db.close();
  }
}
