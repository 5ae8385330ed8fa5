/**
 * POST /api/ingest: the request's files (multipart) or records (a JSON or
 * NDJSON body) are written to a fresh temporary folder under names we make,
 * then handed to the `ingest` function as paths of that folder only. A path
 * named by the request is never read.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context } from 'hono';
import { apiError } from './errors.js';

export type IngestFn = (files: string[]) => Promise<unknown>;

const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.html.gz', '.json', '.jsonl'];
const MAX_FILES = 1000;

/** Constant-time token check: both sides hashed to 32 bytes first, so lengths never leak either. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  const a = createHash('sha256')
    .update(given ?? '')
    .digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && given !== undefined;
}

/** A safe file name for upload number `i`: our prefix, the name's safe characters, a known extension. */
export function uploadName(i: number, name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).toLowerCase();
  const ext = EXTENSIONS.find((e) => base.endsWith(e));
  if (!ext)
    throw apiError('E_BAD_BODY', {
      reason: `has a file named \`${name.slice(0, 80)}\` with an extension crosscheck does not read (expected ${EXTENSIONS.join(', ')})`,
    });
  const stem =
    base
      .slice(0, -ext.length)
      .replace(/[^a-z0-9_]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'upload';
  return `${String(i).padStart(4, '0')}-${stem}${ext}`;
}

/** Drop the temporary folder from any text the ingest summary carries. */
function scrub(value: unknown, dir: string): unknown {
  const json = JSON.stringify(value ?? null);
  return JSON.parse(
    json
      .split(JSON.stringify(dir + path.sep).slice(1, -1))
      .join('')
      .split(JSON.stringify(dir).slice(1, -1))
      .join(''),
  );
}

export async function handleUpload(c: Context, ingest: IngestFn): Promise<Response> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-upload-'));
  try {
    const files: string[] = [];
    if (type === 'multipart/form-data') {
      let form: Record<string, unknown>;
      try {
        form = await c.req.parseBody({ all: true });
      } catch {
        throw apiError('E_BAD_BODY', { reason: 'is not valid multipart/form-data' });
      }
      const uploads = Object.values(form)
        .flat()
        .filter((v): v is File => typeof v === 'object' && v !== null && 'arrayBuffer' in v);
      if (!uploads.length) throw apiError('E_BAD_BODY', { reason: 'has no files' });
      if (uploads.length > MAX_FILES)
        throw apiError('E_BAD_BODY', { reason: `has ${uploads.length} files, over the limit of ${MAX_FILES}` });
      for (const [i, file] of uploads.entries()) {
        const name = path.join(dir, uploadName(i, file.name || 'upload.txt'));
        await writeFile(name, new Uint8Array(await file.arrayBuffer()), { flag: 'wx' });
        files.push(name);
      }
    } else if (
      type === 'application/json' ||
      type === 'application/x-ndjson' ||
      type === 'application/jsonl' ||
      type === 'application/json-lines'
    ) {
      const text = await c.req.text();
      if (!text.trim()) throw apiError('E_BAD_BODY', { reason: 'is empty' });
      const ndjson = type !== 'application/json';
      if (!ndjson) {
        try {
          JSON.parse(text);
        } catch (err) {
          throw apiError('E_BAD_BODY', { reason: `is not valid JSON (${(err as Error).message.slice(0, 120)})` });
        }
      }
      const name = path.join(dir, ndjson ? 'records.jsonl' : 'records.json');
      await writeFile(name, text, { flag: 'wx' });
      files.push(name);
    } else {
      throw apiError('E_MEDIA_TYPE', {
        found: type || '(none)',
        expected: 'multipart/form-data, application/json or application/x-ndjson',
      });
    }
    const summary = scrub(await ingest(files), dir) as {
      stored?: number;
      versions?: number;
      unchanged?: number;
      failed?: number;
    };
    // Every file failed: the upload did nothing, so it is not a success (the summary says why, file by file).
    if ((summary.failed ?? 0) > 0 && !summary.stored && !summary.versions && !summary.unchanged) {
      const error = apiError('E_NOTHING_STORED', { failed: summary.failed ?? 0 });
      return c.json({ ...summary, error: { code: 'E_NOTHING_STORED', message: error.message, status: 422 } }, 422);
    }
    return c.json(summary as object);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
