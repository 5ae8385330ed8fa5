import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/program.js';
import { capture } from '../helpers/cli.js';
import { writeFiles } from '../helpers/files.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-cli-'));
const db = () => path.join(dir, `cli-${Math.random().toString(36).slice(2)}.db`);

describe('crosscheck CLI', () => {
  it.each(['ingest', 'report', 'export', 'eval', 'serve', 'demo', 'migrate', 'worker'])(
    'has --help for %s',
    async (cmd) => {
      const c = capture();
      expect(await main([cmd, '--help'], c.io)).toBe(0);
      expect(c.stdout).toContain(`Usage: crosscheck ${cmd}`);
    },
  );

  it('exits 2 on a usage error', async () => {
    const c = capture();
    expect(await main(['ingest', '--no-such-flag', 'x'], c.io)).toBe(2);
    expect(await main(['export', '--format', 'xml'], capture().io)).toBe(2);
    expect(await main(['ingest', '--batch-size', 'ten', 'x'], capture().io)).toBe(2);
  });

  it('ingests a folder, reports bad files by name, and exits 1 while storing the good ones', async () => {
    const folder = writeFiles(path.join(dir, 'mixed'), {
      'good.txt':
        'Flood waters forced 3,000 people from their homes on Monday, officials said.\n\nRescue teams reached the valley by Tuesday.',
      'empty.txt': '',
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    const file = db();
    const c = capture();
    expect(await main(['ingest', folder, '--db', file, '--json'], c.io)).toBe(1);
    const summary = JSON.parse(c.stdout);
    expect(summary.stored).toBe(1);
    expect(summary.failures.map((f: { code: string }) => f.code).sort()).toEqual(['E_BINARY', 'E_EMPTY']);
    expect(summary.failures.find((f: { code: string }) => f.code === 'E_BINARY').text).toContain('image.txt');
    // Again: nothing new, exit 0 for the good file alone.
    const again = capture();
    expect(await main(['ingest', path.join(folder, 'good.txt'), '--db', file, '--json'], again.io)).toBe(0);
    expect(JSON.parse(again.stdout).unchanged).toBe(1);
  });

  it('reads globs, JSON Lines records and standard input', async () => {
    const folder = writeFiles(path.join(dir, 'globbed'), {
      'a.txt': 'Storm damage closed 14 schools across the county on Friday, the district said.',
      'b.md': '# Dam repairs\n\nEngineers said repairs to the dam would cost about $40 million.',
      'records.jsonl':
        JSON.stringify({
          url: 'https://example.org/1',
          title: 'Turnout',
          text: 'Turnout reached 61 percent, election officials said.',
          published: '2024-11-05',
          outlet: 'Example Post',
        }) + '\n',
    });
    const file = db();
    const c = capture();
    expect(await main(['ingest', `${folder}/*.{txt,md,jsonl}`, '--db', file, '--json', '--no-corpus'], c.io)).toBe(0);
    expect(JSON.parse(c.stdout).stored).toBe(3);
    const { Readable } = await import('node:stream');
    const stdin = Readable.from([Buffer.from('Officials counted 212 homes without power after the storm on Sunday.')]);
    const { ingest } = await import('../../src/ingest/ingest.js');
    const { openSqliteStore } = await import('../../src/store/sqlite.js');
    const store = openSqliteStore(file);
    const summary = await ingest(['-'], store, { stdin });
    expect(summary.stored).toBe(1);
    const docs = await store.listDocuments({ limit: 10 });
    expect(docs.items.map((d) => d.source)).toContain('stdin');
    const rec = docs.items.find((d) => d.source === 'https://example.org/1')!;
    expect(rec.outlet).toBe('Example Post');
    expect(rec.published).toBe('2024-11-05');
    await store.close();
  });

  it("refuses a database file that is not crosscheck's, with a clear message, and leaves it alone", async () => {
    const file = path.join(dir, 'notes.db');
    writeFileSync(file, 'not a database');
    const c = capture();
    expect(await main(['report', '--db', file], c.io)).toBe(2);
    expect(c.stderr).toContain('E_DB_FOREIGN');
    expect(c.stderr).toContain('notes.db');
  });

  it('ingests the demo corpus and reports, exports and evaluates it', async () => {
    const file = db();
    const c = capture();
    expect(await main(['demo', '--db', file], c.io)).toBe(0);
    expect(c.stdout).toMatch(/Yonhap|Independent|Business Insider/);
    const json = capture();
    expect(await main(['export', '--format', 'json', '--db', file], json.io)).toBe(0);
    const exported = JSON.parse(json.stdout);
    expect(exported.format).toBe('crosscheck-export/1');
    expect(exported.documents).toHaveLength(5);
    for (const key of [
      'id',
      'source',
      'title',
      'outlet',
      'wire',
      'byline',
      'dateline',
      'published',
      'language',
      'body',
    ]) {
      expect(exported.documents[0]).toHaveProperty(key);
    }
    const csv = capture();
    expect(await main(['export', '--format', 'csv', '--db', file], csv.io)).toBe(0);
    expect(csv.stdout.split('\n')[0]).toContain('evidence');
    const md = capture();
    expect(await main(['report', '--format', 'md', '--db', file], md.io)).toBe(0);
    expect(md.stdout).toMatch(/^#/m);
  });
});

describe('store paths and ports that are wrong say so', () => {
  it('report and export on a store that does not exist: E_DB_MISSING, exit 2, nothing created', async () => {
    const typo = path.join(dir, 'typo.db');
    for (const cmd of ['report', 'export']) {
      const c = capture();
      expect(await main([cmd, '--db', typo], c.io)).toBe(2);
      expect(c.stderr).toContain('E_DB_MISSING');
      expect(c.stderr).toContain('typo.db');
    }
    expect(existsSync(typo)).toBe(false);
  });

  it('a store in a folder that does not exist: E_DB_NO_FOLDER, not "corrupt"', async () => {
    const c = capture();
    expect(
      await main(
        ['ingest', '--db', path.join(dir, 'no-such-folder', 'x.db'), '--no-corpus', path.join(dir, 'nothing.txt')],
        c.io,
      ),
    ).toBe(2);
    expect(c.stderr).toContain('E_DB_NO_FOLDER');
    expect(c.stderr).not.toContain('corrupt');
  });

  it('--db naming a folder: a coded error, no stack trace', async () => {
    const c = capture();
    expect(await main(['report', '--db', dir], c.io)).toBe(2);
    expect(c.stderr).toContain('it is a folder');
    expect(c.stderr).not.toMatch(/\n\s+at /);
  });

  it('serve on a port out of range is a usage error; on a port in use, E_LISTEN', async () => {
    const c = capture();
    expect(await main(['serve', '--port', '70000', '--db', db()], c.io)).toBe(2);
    expect(c.stderr).toContain('from 0 to 65535');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const d = capture();
      expect(await main(['serve', '--port', String(port), '--db', db()], d.io)).toBe(2);
      expect(d.stderr).toContain('E_LISTEN');
      expect(d.stderr).toContain('in use');
      expect(d.stderr).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
    }
  });
});
