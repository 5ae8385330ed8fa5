/**
 * Every error and warning text, in one place. Each says what was expected,
 * what was found, and what to do. Codes are stable: tests and API clients
 * match on them.
 */

const texts = {
  // pipeline
  E_PIPELINE_ORDER:
    'Stage `{stage}` needs `{field}`, but no earlier stage gives it. Reorder src/stages/index.ts so that the stage giving `{field}` runs first.',
  E_STAGE_CRASH:
    'Stage `{stage}` failed on this article ({reason}). The article was kept with what earlier stages found; please report this input.',

  // ingest
  E_NOT_FOUND: 'Cannot read `{file}`: no such file or folder. Check the path.',
  E_UNREADABLE: 'Cannot read `{file}`: {reason}. Check the file still exists and is readable.',
  E_EMPTY: '`{file}` is empty: expected article text or HTML, found 0 bytes. Nothing was stored for it.',
  E_BINARY:
    '`{file}` looks like {kind}, not text or HTML. Only .txt, .md, .html, .htm, .html.gz, .json and .jsonl are ingested; nothing was stored for it.',
  E_TOO_LARGE:
    '`{file}` is {size} bytes, over the limit of {limit} bytes. Raise it with --max-bytes if this file really is one article.',
  E_TOO_LONG:
    '`{file}` ({size} bytes) is too long to read as one text ({reason}). Split it into smaller files; nothing was stored for it.',
  E_DECODE:
    '`{file}` could not be decoded as {encoding}: {reason}. Save it as UTF-8 or name its encoding in a <meta charset>.',
  W_DECODE_REPLACED: '`{file}` has {count} bytes that are not valid {encoding}; they were replaced with U+FFFD.',
  W_TRUNCATED:
    '`{file}` has {size} characters, over the limit of {limit}; only the first {limit} were processed. Raise it with --max-chars.',
  W_NUL: '`{file}` holds {count} NUL character(s); they were removed (no store keeps them, and PostgreSQL cannot).',
  E_GZIP: '`{file}` ends in .gz but is not valid gzip data ({reason}).',
  E_JSON: '`{file}` is not valid JSON ({reason}). Expected an object or an array of objects with `text` or `html`.',
  E_JSONL_LINE:
    '`{file}` line {line}: {reason}. Expected one JSON object per line with `text` or `html`; this line was skipped and the others ingested.',
  E_RECORD_SHAPE:
    '`{file}` record {record}: expected an object with a string `text` or `html` field, found {found}. The record was skipped.',
  E_UNSUPPORTED:
    '`{file}` has an extension crosscheck does not read ({ext}). Expected .txt, .md, .html, .htm, .html.gz, .json or .jsonl.',
  E_NOT_REGULAR:
    '`{file}` is {kind}, not a file: crosscheck reads only regular files (and - for standard input). Nothing was read from it.',
  E_SYMLINK_OUTSIDE:
    '`{file}` is a symbolic link to a place outside the folders given; it was skipped. Name its target, or pass --follow-symlinks to follow such links.',
  E_SYMLINK_LOOP: '`{file}` is a symbolic link loop; it was skipped.',
  E_NO_INPUT: 'No input files found under {paths}. Give files, folders, globs or - for standard input.',
  E_HTML_NO_BODY: '`{file}` is HTML without any readable text; nothing was stored for it.',
  W_HTML_DEEP: '`{file}` nests HTML more than {depth} levels deep; deeper content was flattened to text.',

  // fetching (crosscheck watch, ingest of URLs)
  E_FETCH: 'Cannot fetch `{url}`: {reason}. It will be tried again on the next poll.',
  E_FETCH_SCHEME: '`{url}` is not an http(s) URL: crosscheck fetches only http:// and https:// addresses.',
  E_ROBOTS: "`{url}` is disallowed for crosscheck by its site's robots.txt; it was not fetched.",
  E_FETCH_TOO_LARGE: '`{url}` is over the limit of {limit} bytes; it was not read. Raise it with --max-bytes.',
  E_FEED: '`{url}` is not a feed or sitemap crosscheck can read ({reason}). Check the address, or add it as a page.',
  E_WATCH_SOURCE: 'No watched source `{id}`. `crosscheck watch list` shows them.',

  // per-article stages (recoverable)
  W_TIMES:
    'Time expressions could not be read ({reason}); the claims of this article carry no dates. Please report this input.',

  // store
  E_DB_FOREIGN: '`{file}` is not a crosscheck database ({reason}). It was left untouched; give another --db path.',
  E_DB_CORRUPT: '`{file}` is corrupt ({reason}). It was left untouched; restore a backup or give another --db path.',
  E_DB_NEWER:
    '`{file}` has schema version {found}, newer than this crosscheck understands ({expected}). Upgrade crosscheck.',
  E_DB_MISSING:
    'There is no store at `{file}`. Check the --db path, or create it with `crosscheck ingest --db {file} PATH...`.',
  E_DB_NO_FOLDER:
    'Cannot create the store `{file}`: the folder `{dir}` does not exist. Create it, or give another --db path.',
  E_CORPUS:
    'The corpus stages (duplicates, figures, reconciliation) failed ({reason}). The articles are stored; run the same `crosscheck ingest` again (stored files are skipped) to redo them.',
  E_DB_CONNECT: 'Cannot connect to the database `{url}`: {reason}.',
  E_JOB_FAILED:
    'Queued job {job} (run {run}: {names}) failed its last retry: {reason}. Its articles are not stored; see the worker logs, fix the cause and run the same `crosscheck ingest --queue` again (stored files are skipped).',

  // cli / usage
  E_USAGE: '{reason}. Run `crosscheck {command} --help` for usage.',
  E_GOLD:
    'Cannot read the gold file `{file}`: {reason}. Expected the crosscheck-gold/1 format described in docs/gold-format.md.',
  E_FORMAT: 'Unknown format `{format}`: expected one of {expected}.',

  // server
  E_NOTHING_STORED: 'None of the {failed} uploaded file(s) could be stored; `failures` says why for each.',
  E_METHOD: 'Route `{path}` does not take {method}: it takes {allowed}.',
  E_LISTEN: 'Cannot serve on {address}: {reason}.',
  E_BAD_PARAM: 'Query parameter `{name}` {reason}.',
  E_NOT_FOUND_ID: 'No {kind} with id `{id}`.',
  E_UNAUTHORIZED: 'This route needs the ingest token: send `Authorization: Bearer <token>`.',
  E_INGEST_DISABLED: 'Uploads are off: start `crosscheck serve` with --token (or CROSSCHECK_TOKEN) to allow them.',
  E_BODY_TOO_LARGE: 'Request body is over the limit of {limit} bytes.',
  E_BAD_HOST:
    'Host `{host}` is not one this server answers to (a guard against DNS rebinding). Use its address, or start `crosscheck serve` with --allow-host {host}.',
  E_ROUTE_NOT_FOUND: 'No route `{method} {path}`. The routes are listed at /api/openapi.json.',
  E_BAD_BODY:
    'Request body {reason}. Send multipart/form-data files, or a JSON or NDJSON body of records with a string `text` or `html`.',
  E_MEDIA_TYPE: 'Content-Type `{found}` is not accepted here: expected {expected}.',
  E_INTERNAL: 'The server failed on this request ({reason}). Nothing was changed; please report it.',
  E_NO_QUEUE: 'This store has no job queue: the queue exists only with a PostgreSQL store (--db postgres://…).',
  E_QUEUE_UNAVAILABLE: 'The job queue cannot be read now ({reason}). Try again shortly; nothing was changed.',

  // review (analysts' corrections)
  E_REVIEW: 'Cannot record this correction: {reason}. See docs/review.md.',
  E_REVIEW_DISABLED: 'Corrections are off: start `crosscheck serve` with --token (or CROSSCHECK_TOKEN) to allow them.',
} as const;

export type ErrorCode = keyof typeof texts;

/** The text for `code`, with `{name}` placeholders filled from `values`. */
export function errorText(code: ErrorCode, values: Record<string, string | number> = {}): string {
  return texts[code].replace(/\{(\w+)\}/g, (_, key: string) => (key in values ? String(values[key]) : `{${key}}`));
}

/** An error with a stable code, for the CLI and server to map in one place. */
export class CrosscheckError extends Error {
  readonly code: ErrorCode;
  readonly values: Record<string, string | number>;
  constructor(code: ErrorCode, values: Record<string, string | number> = {}) {
    super(errorText(code, values));
    this.code = code;
    this.values = values;
    this.name = 'CrosscheckError';
  }
}

/** All codes, for tests that check every code has a text. */
export const errorCodes = Object.keys(texts) as ErrorCode[];
