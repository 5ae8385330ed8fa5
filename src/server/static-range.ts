/**
 * Byte ranges of the UI's static files, answered as RFC 9110 says: one range
 * (`bytes=a-b`, `bytes=a-`, `bytes=-n`) is a 206 with Content-Range; a range
 * past the end is a 416 with `bytes * /size`; anything else (several ranges,
 * malformed) is ignored and the whole file sent. @hono/node-server's
 * serveStatic answered `bytes=999999999-` with a 500 and `bytes=-500` with the
 * first 501 bytes, so requests with a Range header are answered here.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';

/**
 * The byte range `header` asks of a file of `size` bytes: [start, end] inclusive, 'unsatisfiable', or null to ignore
 * it.
 */
export function parseRange(header: string, size: number): [number, number] | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return [start, end];
}

/** Answer a GET with a Range header for a file under `root`; null when there is no such file (the caller goes on). */
export async function rangeResponse(c: Context, root: string, header: string): Promise<Response | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(c.req.path);
  } catch {
    return null;
  }
  const base = path.resolve(root);
  let file = path.resolve(base, `.${rel}`);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  let st = await stat(file).catch(() => null);
  if (st?.isDirectory()) {
    file = path.join(file, 'index.html');
    st = await stat(file).catch(() => null);
  }
  if (!st?.isFile() || st.size === 0) return null;
  const size = st.size;
  const type = getMimeType(file) ?? 'application/octet-stream';
  const range = parseRange(header, size);
  c.header('Accept-Ranges', 'bytes');
  c.header('Content-Type', type);
  if (range === 'unsatisfiable') {
    c.header('Content-Range', `bytes */${size}`);
    return c.body(null, 416);
  }
  const [start, end] = range ?? [0, size - 1];
  c.header('Content-Length', String(end - start + 1));
  const body = Readable.toWeb(createReadStream(file, { start, end })) as unknown as ReadableStream;
  if (!range) return c.body(body, 200);
  c.header('Content-Range', `bytes ${start}-${end}/${size}`);
  return c.body(body, 206);
}
