/**
 * The polite fetcher against a local site: validators, redirects, limits,
 * retries, robots.txt, and the spacing of requests to one host.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Fetcher, userAgent } from '../../src/watch/fetcher.js';
import { startSite, type Site } from './site.js';

const sites: Site[] = [];
afterEach(async () => {
  for (const s of sites.splice(0)) await s.close();
});

async function site(robots = 'User-agent: *\nAllow: /\n'): Promise<Site> {
  const s = await startSite({ '/robots.txt': { body: robots, type: 'text/plain' } });
  sites.push(s);
  return s;
}

const quick = { hostIntervalMs: 0, backoffMs: 5, timeoutMs: 1000 };

describe('fetcher', () => {
  it('sends validators back and reads a 304 as not modified', async () => {
    const s = await site();
    s.routes.set('/p', { body: 'hello' });
    const f = new Fetcher(quick);
    const first = await f.get(s.url('/p'));
    expect(first).toMatchObject({ ok: true, status: 200 });
    if (!first.ok || first.status !== 200) throw new Error('expected a page');
    expect(first.bytes.toString()).toBe('hello');
    expect(first.validators.etag).toMatch(/^"/);
    expect(await f.get(s.url('/p'), first.validators)).toMatchObject({ ok: true, status: 304 });
  });

  it('follows redirects up to the limit, and only to http(s)', async () => {
    const s = await site();
    s.routes.set('/a', { body: '', status: 301, headers: { location: '/b' } });
    s.routes.set('/b', { body: 'landed' });
    s.routes.set('/loop', { body: '', status: 302, headers: { location: '/loop' } });
    s.routes.set('/away', { body: '', status: 302, headers: { location: 'ftp://files.example.org/x' } });
    const f = new Fetcher({ ...quick, maxRedirects: 3 });
    expect(await f.get(s.url('/a'))).toMatchObject({ ok: true, status: 200, url: s.url('/b') });
    expect(await f.get(s.url('/loop'))).toMatchObject({
      ok: false,
      code: 'E_FETCH',
      text: expect.stringContaining('more than 3 redirects'),
    });
    expect(await f.get(s.url('/away'))).toMatchObject({ ok: false, code: 'E_FETCH_SCHEME' });
    expect(await f.get('file:///etc/hostname')).toMatchObject({ ok: false, code: 'E_FETCH_SCHEME' });
  });

  it('stops reading a body over the size limit', async () => {
    const s = await site();
    s.routes.set('/big', { body: 'x'.repeat(5000) });
    const f = new Fetcher({ ...quick, maxBytes: 1000 });
    expect(await f.get(s.url('/big'))).toMatchObject({ ok: false, code: 'E_FETCH_TOO_LARGE' });
  });

  it('retries a 503 with backoff, honouring Retry-After, and gives up after the retries', async () => {
    const s = await site();
    s.routes.set('/busy', { body: 'busy', status: 503, headers: { 'retry-after': '0' } });
    const f = new Fetcher({ ...quick, retries: 2 });
    expect(await f.get(s.url('/busy'))).toMatchObject({
      ok: false,
      status: 503,
      text: expect.stringContaining('HTTP 503'),
    });
    expect(s.hits('/busy')).toBe(3);
    s.routes.set('/gone', { body: 'no', status: 404 });
    expect(await f.get(s.url('/gone'))).toMatchObject({ ok: false, status: 404 });
    expect(s.hits('/gone')).toBe(1);
  });

  it('times out a host that does not answer', async () => {
    const s = await site();
    s.routes.set('/hang', { body: 'late', delay: 3000 });
    const f = new Fetcher({ ...quick, timeoutMs: 200, retries: 0 });
    const r = await f.get(s.url('/hang'));
    expect(r).toMatchObject({ ok: false, code: 'E_FETCH', text: expect.stringContaining('no answer within 200 ms') });
  });

  it('obeys robots.txt groups for its own token, and treats an unreachable robots.txt as a disallow', async () => {
    const s = await site('User-agent: crosscheck\nDisallow: /news/drafts\n\nUser-agent: *\nDisallow: /\n');
    s.routes.set('/news/today', { body: 'ok' });
    s.routes.set('/news/drafts/1', { body: 'no' });
    const f = new Fetcher(quick);
    expect(await f.get(s.url('/news/today'))).toMatchObject({ ok: true });
    expect(await f.get(s.url('/news/drafts/1'))).toMatchObject({ ok: false, code: 'E_ROBOTS' });
    expect(s.hits('/news/drafts/1')).toBe(0);

    const none = await startSite({ '/p': { body: 'ok' } });
    sites.push(none);
    expect(await f.get(none.url('/p'))).toMatchObject({ ok: true });
    const down = await startSite({ '/robots.txt': { body: 'x', status: 500 }, '/p': { body: 'ok' } });
    sites.push(down);
    expect(await f.get(down.url('/p'))).toMatchObject({
      ok: false,
      text: expect.stringContaining('robots.txt could not be read'),
    });
    expect(down.hits('/p')).toBe(0);
  });

  it('spaces requests to one host, and to the Crawl-delay when it asks for more', async () => {
    const s = await site('User-agent: *\nCrawl-delay: 0.3\n');
    for (const p of ['/1', '/2', '/3']) s.routes.set(p, { body: p });
    const f = new Fetcher({ ...quick, hostIntervalMs: 50 });
    const started = Date.now();
    await Promise.all(['/1', '/2', '/3'].map((p) => f.get(s.url(p))));
    // robots.txt, then three pages 300 ms apart.
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  it('names itself and its contact', () => {
    expect(userAgent('desk@example.org')).toMatch(/^crosscheck\/[\d.]+ \(.*\+desk@example\.org\)$/);
    expect(userAgent(null)).toContain('no contact given');
  });
});
