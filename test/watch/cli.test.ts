/**
 * The watch commands end to end: add, list and remove; `ingest URL` through
 * the fetcher; events as NDJSON on stdout and POSTed to a webhook; a kill
 * mid-poll that the next run resumes from; SIGTERM ending a watch cleanly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { cli, ensureBuilt, tempDir } from '../reliability/helpers.js';
import { articlePage, rssRoute, serveFeed, startSite, type Site } from './site.js';

const root = path.resolve(import.meta.dirname, '../..');
const cliJs = path.join(root, 'dist/src/cli/main.js');

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function site(): Promise<Site> {
  const s = await startSite({ '/robots.txt': { body: 'User-agent: *\nAllow: /\n', type: 'text/plain' } });
  cleanup.push(() => s.close());
  return s;
}

function db(): string {
  const dir = tempDir('watch-cli');
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'w.db');
}

const page = (n: number) =>
  articlePage(`Wildfire update ${n}`, `2026-07-0${n}T10:00:00Z`, [
    `Firefighters contained part of the hill fire on day ${n}, the forestry agency said.`,
    'Residents of two villages were told to leave their homes.',
  ]);

const fast = ['--host-interval', '0', '--retries', '0', '--quiet'];

function count(file: string, sql: string): number {
  let d: Database.Database | undefined;
  try {
    d = new Database(file, { readonly: true, fileMustExist: true });
    return (d.prepare(sql).get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    d?.close();
  }
}

describe('crosscheck watch (CLI)', () => {
  it('adds, lists and removes sources', async () => {
    const file = db();
    expect(
      (await cli(['watch', 'add', 'https://news.example.org/rss', '--story', 'wildfire', '--db', file])).code,
    ).toBe(0);
    expect(
      (
        await cli([
          'watch',
          'add',
          'https://maps.example.org/news.xml',
          '--kind',
          'sitemap',
          '--filter',
          'fire,blaze',
          '--db',
          file,
        ])
      ).code,
    ).toBe(0);
    const list = await cli(['watch', 'list', '--json', '--db', file]);
    expect(JSON.parse(list.stdout)).toMatchObject([
      { id: 1, url: 'https://news.example.org/rss', story: 'wildfire', kind: 'auto' },
      { id: 2, kind: 'sitemap', filter: 'fire,blaze' },
    ]);
    expect((await cli(['watch', 'remove', '1', '--db', file])).code).toBe(0);
    const gone = await cli(['watch', 'remove', '1', '--db', file]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('E_WATCH_SOURCE');
    const bad = await cli(['watch', 'add', 'file:///etc/passwd', '--db', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('E_FETCH_SCHEME');
    expect((await cli(['watch', 'list', '--db', file])).stdout).toContain('https://maps.example.org/news.xml');
    const eager = await cli(['watch', '--interval', '5', '--db', file]);
    expect(eager.code).toBe(2);
    expect(eager.stderr).toContain('--interval must be at least 60 seconds');
  });

  it('ingests URLs through the fetcher', async () => {
    const s = await site();
    s.routes.set('/w1', { body: page(1) });
    const file = db();
    const r = await cli(['ingest', s.url('/w1'), s.url('/missing'), '--db', file, '--workers', '1', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.stored).toBe(1);
    expect(out.failures).toEqual([expect.objectContaining({ code: 'E_FETCH', file: s.url('/missing') })]);
    expect(r.code).toBe(1);
  });

  it('prints events as NDJSON with --once, and POSTs them to a webhook with --notify', async () => {
    const s = await site();
    serveFeed(s, [{ path: '/w1', title: 'Fire', body: page(1) }]);
    const file = db();
    await cli(['watch', 'add', s.url('/feed'), '--db', file]);
    const r = await cli(['watch', '--once', '--db', file, ...fast]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ seq: expect.any(Number), type: expect.any(String) });

    const received: unknown[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => new Promise<void>((resolve) => hook.close(() => resolve())));
    const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    // A webhook seen for the first time starts at the newest event; then it gets what follows.
    await cli(['watch', '--once', '--db', file, '--notify', hookUrl, ...fast]);
    expect(received).toEqual([]);
    s.routes.set('/w1', { body: page(2) });
    s.routes.set('/feed', rssRoute([{ title: 'Fire', link: s.url('/w1'), date: 'Fri, 03 Jul 2026 10:00:00 GMT' }]));
    const again = await cli(['watch', '--once', '--db', file, '--notify', hookUrl, ...fast]);
    expect(again.stdout).toBe('');
    expect(received).toContainEqual(expect.objectContaining({ type: 'article.updated', url: s.url('/w1') }));
  });

  it('resumes after a kill mid-poll: every article stored once, nothing half-stored', async () => {
    ensureBuilt();
    const s = await site();
    serveFeed(s, [
      { path: '/w1', title: 'Fire 1', body: page(1) },
      { path: '/w2', title: 'Fire 2', body: page(2) },
    ]);
    s.routes.set('/slow', { body: page(3), delay: 60_000 });
    const file = db();
    await cli(['watch', 'add', s.url('/feed'), '--db', file]);
    await cli(['watch', 'add', s.url('/slow'), '--kind', 'page', '--db', file]);
    const killed = await new Promise<string | null>((resolve) => {
      const child = spawn(process.execPath, [cliJs, 'watch', '--once', '--db', file, ...fast], { stdio: 'ignore' });
      const poll = setInterval(() => {
        if (count(file, 'select count(*) n from documents') >= 2) {
          clearInterval(poll);
          child.kill('SIGKILL');
        }
      }, 20);
      child.on('exit', (_code, signal) => {
        clearInterval(poll);
        resolve(signal);
      });
    });
    expect(killed).toBe('SIGKILL');
    expect(count(file, 'select count(*) n from documents')).toBe(2);
    s.routes.set('/slow', { body: page(3) });
    const r = await cli(['watch', '--once', '--db', file, ...fast]);
    expect(r.code).toBe(0);
    expect(count(file, 'select count(*) n from documents')).toBe(3);
    expect(count(file, 'select count(*) n from (select url from articles group by url having count(*) > 1)')).toBe(0);
    expect(count(file, 'select count(*) n from watch_seen')).toBe(2);
    // The figures of the killed run's articles were caught up: a snapshot exists and covers all three.
    expect(count(file, "select cast(value as integer) n from watch_meta where key = 'snapshotDocuments'")).toBe(3);
  });

  it('ends cleanly on SIGTERM', async () => {
    ensureBuilt();
    const s = await site();
    s.routes.set('/w1', { body: page(1) });
    const file = db();
    await cli(['watch', 'add', s.url('/w1'), '--db', file]);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [cliJs, 'watch', '--db', file, '--interval', '3600', '--host-interval', '0'],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
        if (/#1 .*1 new/.test(stderr)) setTimeout(() => child.kill('SIGTERM'), 200);
      });
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(0);
    expect(count(file, 'select count(*) n from documents')).toBe(1);
  });
});
