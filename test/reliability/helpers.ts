/**
 * Shared helpers for the reliability tests: temp folders, the CLI run
 * in-process with captured output, and a snapshot of what a store holds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { main } from '../../src/cli/program.js';

export const fixtures = path.resolve(import.meta.dirname, '../fixtures/ingest');

const root = path.resolve(import.meta.dirname, '../..');

function newestSource(d: string): number {
  let newest = 0;
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * For tests that run the built files in real processes: build dist/ when one
 * of `files` (paths under the package root) is missing or the CLI is older
 * than src/ (tsc emits even when other files have type errors).
 */
export function ensureBuilt(...files: string[]): void {
  const cliJs = path.join(root, 'dist/src/cli/main.js');
  const needed = [cliJs, ...files.map((f) => path.join(root, f))];
  const fresh = needed.every((f) => existsSync(f)) && statSync(cliJs).mtimeMs >= newestSource(path.join(root, 'src'));
  if (fresh) return;
  try {
    execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'pipe' });
  } catch {
    // Type errors elsewhere still emit JavaScript; the existence check below is what matters.
  }
  const missing = needed.find((f) => !existsSync(f));
  if (missing) throw new Error(`build failed: ${missing} is missing`);
}

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
