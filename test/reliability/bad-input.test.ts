/**
 * Bad input, end to end through the CLI and the whole pipeline: every case
 * is a file in one batch (small ones committed under test/fixtures/ingest,
 * large ones generated here into a temp folder). For each: a coded message
 * naming the file and the reason, the rest of the batch stored, exit code 1,
 * and what was stored before left untouched.
 */
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { cli, fixtures, snapshot, tempDir } from './helpers.js';

interface Failure {
  file: string;
  code: string;
  text: string;
}
interface JsonSummary {
  stored: number;
  failed: number;
  failures: Failure[];
  warnings: Failure[];
  messages: Array<{ source: string; code: string; text: string }>;
  outcomes: Array<{ id: string; source: string; status: string }>;
}

const MB = 1024 * 1024;
let dir: string;
let batch: string;
let big: string;
let db: string;
let before: ReturnType<typeof snapshot>;
let result: { code: number; stdout: string; stderr: string };
let summary: JsonSummary;

/** A plain-text article of about `bytes` bytes, in paragraphs, varied so sentences differ. */
function bigText(bytes: number): string {
  const parts: string[] = ['Flood report\n\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const p = `Officials said ${i + 12} villages in district ${i % 97} were flooded on Monday, and ${(i * 37) % 1000} people moved to shelters. "We are doing what we can," the governor said.\n\n`;
    parts.push(p);
    size += p.length;
  }
  return parts.join('');
}

const failureFor = (file: string) =>
  summary.failures.filter((f) => path.basename(f.file) === file || f.file.endsWith(`/${file}`));
const storedSources = () =>
  summary.outcomes.filter((o) => o.status !== 'unchanged').map((o) => path.basename(o.source.split('#')[0]!));

beforeAll(async () => {
  dir = tempDir('bad-input');
  batch = path.join(dir, 'batch');
  mkdirSync(batch);
  for (const f of readdirSync(fixtures)) copyFileSync(path.join(fixtures, f), path.join(batch, f));
  // Large cases are generated, never committed (in their own folder: see 'large files').
  big = path.join(dir, 'big');
  mkdirSync(big);
  writeFileSync(path.join(big, 'fifty-mb.txt'), bigText(50 * MB));
  writeFileSync(
    path.join(big, 'one-line.txt'),
    'Officials said 12 villages were flooded, '.repeat(Math.ceil((5 * MB) / 41)).slice(0, 5 * MB),
  );
  const depth = 100_000;
  writeFileSync(
    path.join(batch, 'deep.html'),
    `<html><body>${'<div>'.repeat(depth)}<p>Rescuers found 14 survivors in the rubble on Friday, the fire service said.</p>${'</div>'.repeat(depth)}</body></html>`,
  );
  // A folder with symbolic-link loops: one back to its parent, one to itself.
  mkdirSync(path.join(batch, 'loops', 'inner'), { recursive: true });
  writeFileSync(
    path.join(batch, 'loops', 'inner', 'loop-article.txt'),
    'Loop article\n\nThe agency said 77 roads were closed by the snow on Tuesday.\n',
  );
  symlinkSync('..', path.join(batch, 'loops', 'inner', 'up'));
  symlinkSync('self', path.join(batch, 'loops', 'self'));

  db = path.join(dir, 'store.db');
  // Something stored before the bad batch, which must stay untouched.
  const pre = path.join(dir, 'pre');
  mkdirSync(pre);
  writeFileSync(
    path.join(pre, 'earlier.txt'),
    'Earlier story\n\nThe port authority said 230 ships were waiting outside the harbour on Sunday.\n',
  );
  const first = await cli(['ingest', pre, '--db', db, '--no-corpus', '--json']);
  expect(first.code, first.stderr).toBe(0);
  before = snapshot(db);

  result = await cli(['ingest', batch, '--db', db, '--no-corpus', '--json']);
  summary = JSON.parse(result.stdout) as JsonSummary;
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a batch full of bad input', () => {
  it('exits 1 because some inputs failed', () => {
    expect(result.code).toBe(1);
  });

  it('refuses an empty file, naming it', () => {
    const [f] = failureFor('empty.txt');
    expect(f?.code).toBe('E_EMPTY');
    expect(f?.text).toContain('empty.txt');
    expect(f?.text).toMatch(/0 bytes/);
  });

  it.each([
    ['photo.txt', /PNG/],
    ['report.html', /PDF/],
    ['notes.md', /ZIP/],
  ])('refuses the binary %s with a text-like name, saying what it is', (file, kind) => {
    const [f] = failureFor(file);
    expect(f?.code).toBe('E_BINARY');
    expect(f?.text).toContain(file);
    expect(f?.text).toMatch(kind);
  });

  it('stores invalid UTF-8 as UTF-8 with replacements, and says how many bytes were replaced', async () => {
    const w = summary.warnings.find((x) => x.file.endsWith('invalid-utf8.txt'));
    expect(w?.code).toBe('W_DECODE_REPLACED');
    expect(w?.text).toMatch(/3 bytes/);
    const store = openSqliteStore(db, { readonly: true });
    try {
      const o = summary.outcomes.find((x) => x.source.endsWith('invalid-utf8.txt'))!;
      const article = (await store.getArticle(o.id))!;
      expect(article.encoding.value).toBe('utf-8');
      expect(article.raw).toContain('\u201cRescue teams');
      expect(article.raw).toContain('S\u00e3o Jos\u00e9');
    } finally {
      await store.close();
    }
  });

  it.each([
    ['utf16le-nobom.txt', 'utf-16le', 'evacuated from the coast'],
    ['utf16be-nobom.txt', 'utf-16be', 'evacuated from the coast'],
    [
      'windows-1252.txt',
      'windows-1252',
      '\u201cWe have counted 412 damaged buildings,\u201d said Andr\u00e9 Lef\u00e8vre',
    ],
    ['euc-kr.txt', 'euc-kr', '\uad6d\uac00\uc815\ubcf4\uc6d0\uc740'],
  ])('decodes %s as %s and stores the right text', async (file, encoding, expected) => {
    const o = summary.outcomes.find((x) => x.source.endsWith(file));
    expect(o?.status).toBe('stored');
    const store = openSqliteStore(db, { readonly: true });
    try {
      const article = (await store.getArticle(o!.id))!;
      expect(article.encoding.value).toBe(encoding);
      expect(article.text).toContain(expected);
    } finally {
      await store.close();
    }
  });

  it('refuses HTML with no body, naming it', () => {
    const [f] = failureFor('no-body.html');
    expect(f?.code).toBe('E_HTML_NO_BODY');
    expect(f?.text).toContain('no-body.html');
  });

  it('stores a 100,000-deep HTML page without overflowing the stack, and says it was flattened', async () => {
    const o = summary.outcomes.find((x) => x.source.endsWith('deep.html'));
    expect(o?.status).toBe('stored');
    const store = openSqliteStore(db, { readonly: true });
    try {
      const article = (await store.getArticle(o!.id))!;
      expect(article.text).toContain('Rescuers found 14 survivors');
      expect(article.messages.some((m) => m.code === 'W_HTML_DEEP')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('skips broken JSON Lines and records of the wrong shape, line by line, and stores the good records', () => {
    const lines = summary.failures.filter((f) => f.file.endsWith('records.jsonl'));
    expect(lines.every((f) => f.code === 'E_JSONL_LINE')).toBe(true);
    const numbers = lines.map((f) => Number(/line (\d+)/.exec(f.text)?.[1])).sort((a, b) => a - b);
    // 2: unterminated string, 3: an array, 4: no text, 5: text not a string, 6: a number, 7: null, 10: '}{'
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 10]);
    const stored = summary.outcomes
      .filter((o) => o.source.startsWith('https://example.org/'))
      .map((o) => o.source)
      .sort();
    expect(stored).toEqual(['https://example.org/a', 'https://example.org/b']);
  });

  it('reports symbolic-link loops and still ingests the files inside the folder once', () => {
    const loops = summary.failures.filter((f) => f.code === 'E_SYMLINK_LOOP');
    expect(loops.map((f) => path.basename(f.file)).sort()).toEqual(['self', 'up']);
    expect(storedSources().filter((s) => s === 'loop-article.txt')).toHaveLength(1);
  });

  it('stores every good file of the batch', () => {
    const stored = storedSources();
    for (const f of [
      'good-1.txt',
      'good-2.txt',
      'invalid-utf8.txt',
      'windows-1252.txt',
      'euc-kr.txt',
      'utf16le-nobom.txt',
      'utf16be-nobom.txt',
      'deep.html',
    ]) {
      expect(stored, f).toContain(f);
    }
    expect(summary.failed).toBe(summary.failures.length);
  });

  it('prints every failure with its code and file on stderr without --json', async () => {
    const again = await cli([
      'ingest',
      path.join(batch, 'empty.txt'),
      path.join(batch, 'photo.txt'),
      path.join(fixtures, 'good-1.txt'),
      '--db',
      path.join(dir, 'plain.db'),
      '--no-corpus',
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/error E_EMPTY: .*empty\.txt/);
    expect(again.stderr).toMatch(/error E_BINARY: .*photo\.txt.*PNG/);
  });

  it('left what was stored before untouched', () => {
    const after = snapshot(db);
    const earlier = before.articles[0]!;
    expect(after.articles.find((a) => a.id === earlier.id)).toEqual(earlier);
  });
});

// The whole pipeline on a 2,000,000-character article takes tens of seconds on a loaded 2-core machine,
// so the large files run with a smaller character limit: what is tested is that the limit bites, says
// so and names the file, and that the rest is stored.
describe('large files', () => {
  it('reads a 50 MB text file and a 5 MB single line, truncates them at the configured character limit, and says so', async () => {
    const store = openSqliteStore(path.join(dir, 'big.db'));
    try {
      const s = await ingest([big, path.join(fixtures, 'good-1.txt')], store, { config: { maxChars: 200_000 } });
      expect(s.failures).toEqual([]);
      expect(s.stored).toBe(3);
      for (const file of ['fifty-mb.txt', 'one-line.txt']) {
        const w = s.warnings.find((x) => x.file.endsWith(file));
        expect(w?.code, file).toBe('W_TRUNCATED');
        expect(w?.text).toContain(file);
        expect(w?.text).toMatch(/over the limit of 200000/);
        const o = s.outcomes.find((x) => x.source.endsWith(file))!;
        const article = (await store.getArticle(o.id))!;
        expect(article.raw.length).toBe(200_000);
        expect(article.text.length).toBeGreaterThan(100_000);
      }
    } finally {
      await store.close();
    }
  });

  it('refuses a file over --max-bytes, naming the file, the size and the option, and stores the rest', async () => {
    const r = await cli([
      'ingest',
      path.join(big, 'one-line.txt'),
      path.join(fixtures, 'good-2.txt'),
      '--db',
      path.join(dir, 'limits.db'),
      '--no-corpus',
      '--max-bytes',
      String(MB),
      '--json',
    ]);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout) as JsonSummary;
    expect(s.failures).toHaveLength(1);
    expect(s.failures[0]!.code).toBe('E_TOO_LARGE');
    expect(s.failures[0]!.text).toContain('one-line.txt');
    expect(s.failures[0]!.text).toContain(String(5 * MB));
    expect(s.failures[0]!.text).toContain('--max-bytes');
    expect(s.stored).toBe(1);
  });
});

describe('files that change under a running batch', () => {
  it('reports a file that disappears and one that turns into a folder mid-batch, and stores the rest', async () => {
    const folder = path.join(dir, 'vanishing');
    mkdirSync(folder);
    for (let i = 0; i < 6; i++)
      writeFileSync(
        path.join(folder, `a${i}.txt`),
        `Report ${i}\n\nThe council said ${100 + i} homes lost power on Monday.\n`,
      );
    const store = openSqliteStore(path.join(dir, 'vanish.db'));
    let done = false;
    try {
      const s = await ingest([folder], store, {
        batchSize: 1,
        onProgress: (p) => {
          // After the first file is stored (the folder was listed already; a3 and a4 not yet read), pull two files
          // away.
          if (!done && p.read >= 1) {
            done = true;
            unlinkSync(path.join(folder, 'a3.txt'));
            renameSync(path.join(folder, 'a4.txt'), path.join(folder, 'moved.tmp'));
            mkdirSync(path.join(folder, 'a4.txt'));
          }
        },
      });
      expect(s.failures.map((f) => [path.basename(f.file), f.code])).toEqual([
        ['a3.txt', 'E_NOT_FOUND'],
        ['a4.txt', 'E_UNREADABLE'],
      ]);
      expect(s.failures[1]!.text).toMatch(/not a regular file/);
      expect(s.stored).toBe(4);
    } finally {
      await store.close();
    }
  });
});
