/**
 * Paths → inputs. Expands files, folders (recursive, symlink loops detected),
 * globs and `-` (stdin); reads each file with size limits; unzips `.gz`;
 * splits JSON and JSON Lines into records; decodes bytes. Yields an input or
 * a coded failure per item, so one bad file never stops the batch.
 */
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { glob, isDynamicPattern } from 'tinyglobby';
import { hash, type ArticleInput } from '../article.js';
import { errorText, type ErrorCode } from '../errors.js';
import { decode, sniffBinary, undecodable } from './decode.js';

export interface ReadOptions {
  /** Largest file read, in bytes (after gunzip). */
  maxBytes?: number;
  /** Read standard input for `-` from this stream (tests pass their own). */
  stdin?: NodeJS.ReadableStream;
  /**
   * HTML files that are plain UTF-8 (valid, no byte-order mark, no NUL, not
   * blank) are not decoded here: the input holds their bytes as its `raw`
   * ({@link ArticleInput.raw}). What decoding would say of
   * them is known without it: the same text, encoding `decode/utf8-valid`,
   * nothing replaced. Ingest sets this; other readers get the text.
   */
  keepUtf8?: boolean;
  /** Follow symbolic links in folders wherever they lead (default: only to places inside the folders given). */
  followSymlinks?: boolean;
}

const isBlank = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/** Bytes an HTML input can carry undecoded ({@link ReadOptions.keepUtf8}). */
function plainUtf8(bytes: Buffer): boolean {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  // Not blank: an ASCII character other than white space comes first (JavaScript's trim() knows more spaces, all
  // non-ASCII).
  let i = 0;
  while (i < bytes.length && isBlank(bytes[i]!)) i++;
  if (i === bytes.length || bytes[i]! >= 0x80) return false;
  return bytes.indexOf(0) < 0 && isUtf8(bytes);
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ReadFailure {
  file: string;
  code: ErrorCode;
  text: string;
}

export interface ReadWarning {
  file: string;
  code: ErrorCode;
  text: string;
}

export type ReadItem = { input: ArticleInput; warnings: ReadWarning[] } | { failure: ReadFailure };

const TEXT_EXT = new Set(['.txt', '.text']);
const MD_EXT = new Set(['.md', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const JSON_EXT = new Set(['.json']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

function failure(file: string, code: ErrorCode, values: Record<string, string | number> = {}): ReadItem {
  return { failure: { file, code, text: errorText(code, { file, ...values }) } };
}

/** Expand the given paths into files, in a stable order. Missing paths become failures. */
export async function expandPaths(
  paths: string[],
  options: Pick<ReadOptions, 'followSymlinks'> = {},
): Promise<{ files: string[]; failures: ReadFailure[] }> {
  const files: string[] = [];
  const failures: ReadFailure[] = [];
  const seen = new Set<string>();
  const push = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      push('-');
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') {
        failures.push({ file: p, code: 'E_SYMLINK_LOOP', text: errorText('E_SYMLINK_LOOP', { file: p }) });
        continue;
      }
      if (isDynamicPattern(p)) {
        const matched = (await glob(p, { onlyFiles: true, followSymbolicLinks: false, dot: false })).sort();
        if (!matched.length)
          failures.push({ file: p, code: 'E_NO_INPUT', text: errorText('E_NO_INPUT', { paths: p }) });
        matched.forEach(push);
        continue;
      }
      failures.push({ file: p, code: 'E_NOT_FOUND', text: errorText('E_NOT_FOUND', { file: p }) });
      continue;
    }
    if (stat.isDirectory()) {
      const root = await fs.realpath(p).catch(() => null);
      await walk(p, new Set(), push, failures, options.followSymlinks || root === null ? null : root);
    } else if (!stat.isFile()) {
      failures.push(notRegular(p, stat));
    } else {
      push(p);
    }
  }
  return { files, failures };
}

/** A FIFO, socket or device: reading one could block forever or never end. */
function notRegular(
  file: string,
  st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean },
): ReadFailure {
  const kind = st.isFIFO()
    ? 'a named pipe (FIFO)'
    : st.isSocket()
      ? 'a socket'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : null;
  if (kind === null)
    return { file, code: 'E_UNREADABLE', text: errorText('E_UNREADABLE', { file, reason: 'not a regular file' }) };
  return { file, code: 'E_NOT_REGULAR', text: errorText('E_NOT_REGULAR', { file, kind }) };
}

/** Files in folders are read by extension (an unknown one is reported); extensionless ones are left alone. */
const hasExtension = (file: string): boolean => path.extname(file.replace(/\.gz$/i, '')) !== '';

const inside = (real: string, root: string): boolean =>
  real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/**
 * Walk a folder. Files found here are read only with a known extension (an extensionless file in a folder
 * may be anything, a key among them); symbolic links only while they stay inside `root` (null: anywhere).
 */
async function walk(
  dir: string,
  visited: Set<string>,
  push: (f: string) => void,
  failures: ReadFailure[],
  root: string | null,
): Promise<void> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'E_SYMLINK_LOOP' : 'E_UNREADABLE';
    failures.push({ file: dir, code, text: errorText(code, { file: dir, reason: String((err as Error).message) }) });
    return;
  }
  if (visited.has(real)) {
    failures.push({ file: dir, code: 'E_SYMLINK_LOOP', text: errorText('E_SYMLINK_LOOP', { file: dir }) });
    return;
  }
  visited.add(real);
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    failures.push({
      file: dir,
      code: 'E_UNREADABLE',
      text: errorText('E_UNREADABLE', { file: dir, reason: String((err as Error).message) }),
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, visited, push, failures, root);
    else if (entry.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        const target = await fs.realpath(full);
        if (root !== null && !inside(target, root)) {
          failures.push({
            file: full,
            code: 'E_SYMLINK_OUTSIDE',
            text: errorText('E_SYMLINK_OUTSIDE', { file: full }),
          });
        } else if (st.isDirectory()) await walk(full, visited, push, failures, root);
        else if (!st.isFile()) failures.push(notRegular(full, st));
        else if (hasExtension(full)) push(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'E_SYMLINK_LOOP' : 'E_UNREADABLE';
        failures.push({
          file: full,
          code,
          text: errorText(code, { file: full, reason: String((err as Error).message) }),
        });
      }
    } else if (entry.isFile()) {
      if (hasExtension(full)) push(full);
    } else failures.push(notRegular(full, await fs.lstat(full)));
  }
}

async function readStdin(stream: NodeJS.ReadableStream, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > max) throw Object.assign(new Error('too large'), { code: 'E_TOO_LARGE', size });
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** The format of a file by name, after stripping `.gz`. */
export function formatOf(file: string): 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | null {
  const lower = file.toLowerCase().replace(/\.gz$/, '');
  const ext = path.extname(lower);
  if (TEXT_EXT.has(ext)) return 'text';
  if (MD_EXT.has(ext)) return 'markdown';
  if (HTML_EXT.has(ext)) return 'html';
  if (JSON_EXT.has(ext)) return 'json';
  if (JSONL_EXT.has(ext)) return 'jsonl';
  return null;
}

/** Guess a format from content (stdin, files without an extension). */
function sniffFormat(text: string): 'text' | 'html' | 'json' | 'jsonl' {
  const head = text.trimStart().slice(0, 512);
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && text.trim().includes('\n') ? 'jsonl' : 'json';
  }
  if (/^<(!doctype|html|head|body|article|div|p|meta)\b/i.test(head)) return 'html';
  return 'text';
}

/** Read every input of the given paths; yields items in a stable order. */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { files, failures } = await expandPaths(paths, options);
  for (const f of failures) yield { failure: f };
  for (const file of files)
    for await (const item of readFile(file, max, options)) yield 'input' in item ? withoutNul(item, file) : item;
}

/**
 * NUL characters removed from an input's text and hints, with a warning: PostgreSQL cannot store them in text, and a
 * batch must be stored the same whichever store holds it. Undecoded UTF-8 never holds one (read checks).
 */
export function withoutNul(
  item: { input: ArticleInput; warnings: ReadWarning[] },
  file: string,
): { input: ArticleInput; warnings: ReadWarning[] } {
  const { input } = item;
  let count = 0;
  const strip = (v: string): string => {
    if (!v.includes('\u0000')) return v;
    const out = v.replace(/\u0000/g, '');
    count += v.length - out.length;
    return out;
  };
  const raw = typeof input.raw === 'string' ? strip(input.raw) : input.raw;
  const url = typeof input.url === 'string' ? strip(input.url) : input.url;
  let hints = input.hints;
  if (hints) {
    const h: Record<string, unknown> = { ...hints };
    for (const [k, v] of Object.entries(h)) if (typeof v === 'string') h[k] = strip(v);
    hints = h as typeof hints;
  }
  if (count === 0) return item;
  const warning: ReadWarning = { file, code: 'W_NUL', text: errorText('W_NUL', { file, count }) };
  return { input: { ...input, raw, url, hints }, warnings: [...item.warnings, warning] };
}

/** Read one file (or `-`) into zero or more inputs. */
export async function* readFile(file: string, max: number, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  let bytes: Buffer;
  try {
    if (file === '-') {
      bytes = await readStdin(options.stdin ?? process.stdin, max);
    } else {
      // O_NONBLOCK: opening a FIFO that slipped past the checks above must not wait for a writer.
      const handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
      try {
        const st = await handle.stat();
        if (!st.isFile()) {
          yield { failure: notRegular(file, st) };
          return;
        }
        if (st.size > max) {
          yield failure(file, 'E_TOO_LARGE', { size: st.size, limit: max });
          return;
        }
        bytes = await handle.readFile();
      } finally {
        await handle.close();
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { size?: number };
    if (e.code === 'E_TOO_LARGE') yield failure(file, 'E_TOO_LARGE', { size: `more than ${max}`, limit: max });
    else if (e.code === 'ENOENT') yield failure(file, 'E_NOT_FOUND');
    else if (e.code === 'ELOOP') yield failure(file, 'E_SYMLINK_LOOP');
    else yield failure(file, 'E_UNREADABLE', { reason: e.message });
    return;
  }
  try {
    yield* fromBytes(file, bytes, max, options);
  } catch (err) {
    // Past V8's longest string (about 512 Mi characters) decoding throws: this file fails, never the run.
    yield failure(file, 'E_TOO_LONG', { size: bytes.length, reason: String((err as Error)?.message ?? err) });
  }
}

/** The inputs of one file's bytes; throws only when they cannot become a string at all. */
function* fromBytes(file: string, bytes: Buffer, max: number, options: ReadOptions): Generator<ReadItem> {
  if (bytes.length === 0) {
    yield failure(file, 'E_EMPTY');
    return;
  }
  if (file.toLowerCase().endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: max });
    } catch (err) {
      const reason = String((err as Error).message);
      if (/maxOutputLength|Cannot create a Buffer larger/i.test(reason))
        yield failure(file, 'E_TOO_LARGE', { size: `more than ${max} (unzipped)`, limit: max });
      else yield failure(file, 'E_GZIP', { reason });
      return;
    }
    if (bytes.length === 0) {
      yield failure(file, 'E_EMPTY');
      return;
    }
  }
  const binary = sniffBinary(bytes);
  if (binary) {
    yield failure(file, 'E_BINARY', { kind: binary });
    return;
  }
  const byName = file === '-' ? null : formatOf(file);
  if (options.keepUtf8 && byName === 'html' && plainUtf8(bytes)) {
    yield {
      input: {
        source: file,
        raw: bytes,
        id: hash(bytes),
        format: 'html',
        encoding: { value: 'utf-8', by: 'decode/utf8-valid', certain: true },
      },
      warnings: [],
    };
    return;
  }
  const decoded = decode(bytes);
  if (undecodable(bytes, decoded, byName === 'html')) {
    yield failure(file, 'E_BINARY', {
      kind: 'bytes no text encoding reads as text (random, compressed or encrypted data)',
    });
    return;
  }
  const warnings: ReadWarning[] = [];
  if (decoded.replaced > 0) {
    warnings.push({
      file,
      code: 'W_DECODE_REPLACED',
      text: errorText('W_DECODE_REPLACED', { file, count: decoded.replaced, encoding: decoded.encoding.value }),
    });
  }
  const text = decoded.text;
  if (!text.trim()) {
    yield failure(file, 'E_EMPTY');
    return;
  }
  if (byName === null && file !== '-' && path.extname(file.replace(/\.gz$/i, '')) !== '') {
    yield failure(file, 'E_UNSUPPORTED', { ext: path.extname(file) });
    return;
  }
  const format = byName ?? sniffFormat(text);
  const id = hash(bytes);
  if (format === 'json' || format === 'jsonl') {
    yield* readRecords(file, text, format, decoded.encoding, warnings);
    return;
  }
  yield {
    input: { source: file === '-' ? 'stdin' : file, raw: text, id, format, encoding: decoded.encoding },
    warnings,
  };
}

interface RawRecord {
  url?: unknown;
  title?: unknown;
  html?: unknown;
  text?: unknown;
  published?: unknown;
  outlet?: unknown;
  retrieved?: unknown;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const keys = Object.keys(value as object).slice(0, 6);
    return `an object with fields ${keys.length ? keys.join(', ') : '(none)'}`;
  }
  return `a ${typeof value}`;
}

function recordInput(
  file: string,
  rec: unknown,
  index: number,
  encoding: ArticleInput['encoding'],
): ArticleInput | ReadFailure {
  const r = rec as RawRecord;
  const body =
    r && typeof r === 'object' && !Array.isArray(r)
      ? typeof r.html === 'string' && r.html.trim()
        ? r.html
        : typeof r.text === 'string'
          ? r.text
          : null
      : null;
  if (body === null || !body.trim()) {
    return {
      file,
      code: 'E_RECORD_SHAPE',
      text: errorText('E_RECORD_SHAPE', { file, record: index + 1, found: describe(rec) }),
    };
  }
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const hints: ArticleInput['hints'] = {};
  const url = str(r.url);
  if (url) hints.url = url;
  const title = str(r.title);
  if (title) hints.title = title;
  const published = str(r.published);
  if (published) hints.published = published;
  const outlet = str(r.outlet);
  if (outlet) hints.outlet = outlet;
  const retrieved = str(r.retrieved);
  if (retrieved) hints.retrieved = retrieved;
  const isHtml = typeof r.html === 'string' && r.html.trim() !== '';
  return {
    source: url ?? `${file}#${index + 1}`,
    url: url ?? null,
    raw: body,
    // Records are identified by their content and URL: the same record twice stores nothing new.
    id: hash(`${url ?? ''}\u0000${body}`),
    format: isHtml ? 'html' : 'record',
    encoding,
    hints,
  };
}

/** true for crosscheck's own JSON files (gold keys, exports), which ingest passes over. */
function isCrosscheckFile(parsed: unknown): boolean {
  const format =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as { format?: unknown }).format
      : undefined;
  return typeof format === 'string' && /^crosscheck-(gold|export|eval)\//.test(format);
}

function* readRecords(
  file: string,
  text: string,
  format: 'json' | 'jsonl',
  encoding: ArticleInput['encoding'],
  warnings: ReadWarning[],
): Generator<ReadItem> {
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      yield failure(file, 'E_JSON', { reason: String((err as Error).message) });
      return;
    }
    // An answer key or an export lying beside the articles (as in corpus/demo) is not an article.
    if (isCrosscheckFile(parsed)) return;
    const records = Array.isArray(parsed) ? parsed : [parsed];
    let first = true;
    for (let i = 0; i < records.length; i++) {
      const out = recordInput(file, records[i], i, encoding);
      if ('code' in out) yield { failure: out };
      else {
        yield { input: out, warnings: first ? warnings : [] };
        first = false;
      }
    }
    return;
  }
  const lines = text.split(/\r?\n/);
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (err) {
      yield {
        failure: {
          file,
          code: 'E_JSONL_LINE',
          text: errorText('E_JSONL_LINE', { file, line: i + 1, reason: `not valid JSON (${(err as Error).message})` }),
        },
      };
      continue;
    }
    const out = recordInput(file, rec, i, encoding);
    if ('code' in out) {
      yield {
        failure: {
          file,
          code: 'E_JSONL_LINE',
          text: errorText('E_JSONL_LINE', {
            file,
            line: i + 1,
            reason: `expected an object with \`text\` or \`html\`, found ${describe(rec)}`,
          }),
        },
      };
      continue;
    }
    out.source = out.url ?? `${file}#${i + 1}`;
    yield { input: out, warnings: first ? warnings : [] };
    first = false;
  }
}
