import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite.js';
import { createApp } from './app.js';
import { parseRange } from './static-range.js';

describe('parseRange', () => {
  it.each([
    ['bytes=0-9', 100, [0, 9]],
    ['bytes=90-', 100, [90, 99]],
    ['bytes=90-500', 100, [90, 99]],
    ['bytes=-10', 100, [90, 99]],
    ['bytes=-500', 100, [0, 99]],
    ['bytes=100-', 100, 'unsatisfiable'],
    ['bytes=999999999-', 100, 'unsatisfiable'],
    ['bytes=-0', 100, 'unsatisfiable'],
    ['bytes=9-3', 100, null],
    ['bytes=0-1,5-6', 100, null],
    ['items=0-9', 100, null],
    ['bytes=-', 100, null],
  ] as const)('%s of %i bytes → %j', (header, size, out) => expect(parseRange(header, size)).toEqual(out));
});

describe('the UI files answer byte ranges', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>crosscheck</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'x'.repeat(1000));
  const app = createApp(openSqliteStore(':memory:'), { webRoot: root });
  const get = (p: string, range?: string) => app.request(p, { headers: range ? { range } : {} });

  it('past the end: 416 with the size', async () => {
    const res = await get('/assets/app.js', 'bytes=999999999-');
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe('bytes */1000');
  });
  it('a suffix range: the last bytes', async () => {
    const res = await get('/assets/app.js', 'bytes=-500');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 500-999/1000');
    expect((await res.text()).length).toBe(500);
  });
  it('several ranges: the whole file, 200', async () => {
    const res = await get('/assets/app.js', 'bytes=0-1,5-6');
    expect(res.status).toBe(200);
    expect((await res.text()).length).toBe(1000);
  });
  it('no range, or no such file: as before', async () => {
    expect((await get('/assets/app.js')).status).toBe(200);
    expect((await get('/', 'bytes=0-4')).status).toBe(206);
    expect((await get('/assets/none.js', 'bytes=0-4')).status).toBe(404);
    expect((await get('/../../etc/passwd', 'bytes=0-4')).status).toBe(404);
  });
});
