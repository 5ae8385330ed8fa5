/**
 * A fetched page as an ingest input: the same decoding and checks as a file
 * read from disk (src/ingest/read.ts), with the page's final address as its
 * URL, so a page fetched again with other bytes is stored as a new version
 * of the same article.
 */
import { createHash } from 'node:crypto';
import { errorText } from '../errors.js';
import { decode, sniffBinary } from '../ingest/decode.js';
import type { ReadItem, ReadWarning } from '../ingest/read.js';
import type { ArticleInput } from '../article.js';

/** The input format a response's Content-Type and first bytes say. */
function formatOf(contentType: string | null, text: string): ArticleInput['format'] {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/plain') return 'text';
  if (type === 'text/markdown') return 'markdown';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  return /^\s*</.test(text) ? 'html' : 'text';
}

/** The ingest input (or the coded failure) for bytes fetched from `url` at `retrieved`. */
export function pageItem(url: string, bytes: Buffer, contentType: string | null, retrieved: string): ReadItem {
  if (bytes.length === 0) return { failure: { file: url, code: 'E_EMPTY', text: errorText('E_EMPTY', { file: url }) } };
  const binary = sniffBinary(bytes);
  if (binary)
    return { failure: { file: url, code: 'E_BINARY', text: errorText('E_BINARY', { file: url, kind: binary }) } };
  const decoded = decode(bytes);
  if (!decoded.text.trim())
    return { failure: { file: url, code: 'E_EMPTY', text: errorText('E_EMPTY', { file: url }) } };
  const warnings: ReadWarning[] = [];
  if (decoded.replaced > 0)
    warnings.push({
      file: url,
      code: 'W_DECODE_REPLACED',
      text: errorText('W_DECODE_REPLACED', { file: url, count: decoded.replaced, encoding: decoded.encoding.value }),
    });
  // The address is part of the identity, as for JSON records: the same bytes at two addresses are two articles.
  const id = createHash('sha256').update(`${url}\u0000`).update(bytes).digest('hex');
  // A feed's dates and titles are not passed on: the page's own (in its local time zone) are better evidence.
  const pageHints: ArticleInput['hints'] = { url, retrieved };
  return {
    input: {
      source: url,
      raw: decoded.text,
      id,
      format: formatOf(contentType, decoded.text),
      encoding: decoded.encoding,
      url,
      hints: pageHints,
    },
    warnings,
  };
}
