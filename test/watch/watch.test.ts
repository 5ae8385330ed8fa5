/**
 * crosscheck watch against a local web site (127.0.0.1 only) whose feeds and
 * pages change between polls: new items picked up once, in-place edits
 * stored as versions, 304s honoured, robots.txt obeyed, a slow or failing
 * host not stalling the others, a malformed feed reported for its source
 * alone, and the events a revised toll gives.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { watchState } from '../../src/store/watch-state.js';
import { Fetcher } from '../../src/watch/fetcher.js';
import { pollOnce, deliverEvents, type WatchContext } from '../../src/watch/watch.js';
import { runCorpus } from '../../src/corpus/index.js';
import { analyse } from '../../src/analyse.js';
import { articlePage, rssRoute, serveFeed, startSite, type Site } from './site.js';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function setup(fetcherOptions: ConstructorParameters<typeof Fetcher>[0] = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-watch-'));
  const store = (await openSqliteStore(path.join(dir, 'w.db'))) as SqliteStore;
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanup.push(() => store.close());
  const state = await watchState(store);
  const fetcher = new Fetcher({
    contact: 'desk@example.org',
    hostIntervalMs: 0,
    backoffMs: 5,
    timeoutMs: 2000,
    ...fetcherOptions,
  });
  const ctx: WatchContext = { store, state, fetcher, corpus: (s) => runCorpus(s) };
  return { store, state, fetcher, ctx };
}

async function site(routes: Parameters<typeof startSite>[0] = {}): Promise<Site> {
  const s = await startSite({ '/robots.txt': { body: 'User-agent: *\nAllow: /\n', type: 'text/plain' }, ...routes });
  cleanup.push(() => s.close());
  return s;
}

const page = (n: number, extra = '') =>
  articlePage(`Harbour story ${n}`, `2026-05-0${n}T09:00:00Z`, [
    `Dock workers in the northern harbour began a strike on day ${n}, the union said.${extra}`,
    'Ferries to the islands were cancelled and cargo ships waited offshore.',
  ]);

describe('watch: feeds', () => {
  it('picks up new items once, honours 304s, and fetches only what is new when the feed changes', async () => {
    const s = await site();
    serveFeed(s, [
      { path: '/a1', title: 'Strike 1', body: page(1) },
      { path: '/a2', title: 'Strike 2', body: page(2) },
    ]);
    const { store, state, ctx } = await setup();
    await state.addSource({ url: s.url('/feed'), story: 'harbour strike', kind: 'auto', filter: null });

    const first = await pollOnce(ctx);
    expect(first.sources[0]).toMatchObject({
      status: 'ok',
      kind: 'feed',
      listed: 2,
      fetched: 2,
      stored: 2,
      error: null,
    });
    expect((await store.stats()).documents).toBe(2);
    expect((await state.listSources())[0]!.kind).toBe('feed');

    const second = await pollOnce(ctx);
    expect(second.sources[0]!.status).toBe('unchanged');
    expect(s.log.filter((l) => l.path === '/feed').map((l) => [l.conditional, l.status])).toEqual([
      [false, 200],
      [true, 304],
    ]);
    expect(s.hits('/a1')).toBe(1);

    serveFeed(s, [
      { path: '/a3', title: 'Strike 3', body: page(3) },
      { path: '/a1', title: 'Strike 1' },
      { path: '/a2', title: 'Strike 2' },
    ]);
    const third = await pollOnce(ctx);
    expect(third.sources[0]).toMatchObject({ listed: 3, fetched: 1, stored: 1 });
    expect([s.hits('/a1'), s.hits('/a2'), s.hits('/a3')]).toEqual([1, 1, 1]);
    expect((await store.stats()).documents).toBe(3);
    // robots.txt read once per run (one fetcher), and every request named crosscheck and the contact.
    expect(s.hits('/robots.txt')).toBe(1);
    expect(s.log.every((l) => /^crosscheck\/\S+ \(.*desk@example\.org\)$/.test(l.userAgent))).toBe(true);
  });

  it('fetches only the items a keyword filter lets through', async () => {
    const s = await site();
    serveFeed(s, [
      { path: '/strike', title: 'Dock strike enters second day', body: page(1) },
      { path: '/sport', title: 'Local team wins the cup', body: page(2) },
    ]);
    const { state, ctx } = await setup();
    await state.addSource({ url: s.url('/feed'), story: 'strike', kind: 'feed', filter: 'strike, walkout' });
    const r = await pollOnce(ctx);
    expect(r.sources[0]).toMatchObject({ listed: 1, fetched: 1, stored: 1 });
    expect(s.hits('/sport')).toBe(0);
  });

  it('reports a malformed feed as an error of its source alone', async () => {
    const s = await site();
    serveFeed(s, [{ path: '/a1', title: 'Strike', body: page(1) }], '/good');
    s.routes.set('/broken', { body: '<?xml version="1.0"?><rss><chan', type: 'application/rss+xml' });
    const { state, ctx } = await setup();
    await state.addSource({ url: s.url('/broken'), story: null, kind: 'auto', filter: null });
    await state.addSource({ url: s.url('/good'), story: null, kind: 'auto', filter: null });
    const r = await pollOnce(ctx);
    expect(r.sources[0]!.status).toBe('error');
    expect(r.sources[0]!.error).toMatch(/not a feed or sitemap crosscheck can read/);
    expect(r.sources[0]!.error).toContain('/broken');
    expect(r.sources[1]).toMatchObject({ status: 'ok', stored: 1 });
    expect((await state.listSources())[0]!.error).toMatch(/not a feed or sitemap/);
  });

  it('reads sitemaps, news sitemaps and sitemap indexes', async () => {
    const s = await site();
    s.routes.set('/n1', { body: page(1) });
    s.routes.set('/n2', { body: page(2) });
    s.routes.set('/news.xml', {
      type: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>${s.url('/n1')}</loc><news:news><news:publication_date>2026-05-01</news:publication_date><news:title>Dock strike</news:title></news:news></url>
<url><loc>${s.url('/n2')}</loc><lastmod>2026-05-02</lastmod></url></urlset>`,
    });
    s.routes.set('/index.xml', {
      type: 'application/xml',
      body: `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${s.url('/news.xml')}</loc></sitemap></sitemapindex>`,
    });
    const { state, ctx } = await setup();
    await state.addSource({ url: s.url('/index.xml'), story: null, kind: 'auto', filter: null });
    const r = await pollOnce(ctx);
    expect(r.sources[0]).toMatchObject({ kind: 'sitemap', listed: 2, stored: 2, error: null });
  });
});

describe('watch: pages and politeness', () => {
  it('stores an article edited in place as a new version and says so in an event', async () => {
    const s = await site();
    s.routes.set('/story', { body: page(1) });
    const { store, state, ctx } = await setup();
    await state.addSource({ url: s.url('/story'), story: null, kind: 'auto', filter: null });
    expect((await pollOnce(ctx)).sources[0]).toMatchObject({ kind: 'page', stored: 1 });
    expect((await pollOnce(ctx)).sources[0]!.status).toBe('unchanged');
    s.routes.set('/story', { body: page(1, ' Talks with the port authority resumed on Friday.') });
    const third = await pollOnce(ctx);
    expect(third.sources[0]).toMatchObject({ stored: 0, versions: 1 });
    const docs = (await store.listDocuments()).items;
    expect(docs).toHaveLength(2);
    expect(docs[1]!.previousVersion).toBe(docs[0]!.id);
    const updated = third.events.filter((e) => e.type === 'article.updated');
    expect(updated).toEqual([
      expect.objectContaining({ document: docs[1]!.id, previous: docs[0]!.id, url: s.url('/story') }),
    ]);
  });

  it('does not fetch what robots.txt disallows', async () => {
    const s = await site({
      '/robots.txt': {
        body: 'User-agent: crosscheck\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n',
        type: 'text/plain',
      },
    });
    s.routes.set('/private/story', { body: page(1) });
    s.routes.set('/feed', rssRoute([{ title: 'Strike', link: s.url('/private/story') }]));
    const { store, state, ctx } = await setup();
    await state.addSource({ url: s.url('/private/story'), story: null, kind: 'page', filter: null });
    await state.addSource({ url: s.url('/feed'), story: null, kind: 'feed', filter: null });
    const r = await pollOnce(ctx);
    expect(r.sources[0]!.error).toMatch(/disallowed for crosscheck by its site's robots\.txt/);
    expect(r.sources[1]!.failures[0]!.text).toMatch(/robots\.txt/);
    expect(s.hits('/private/story')).toBe(0);
    expect((await store.stats()).documents).toBe(0);
    // A disallowed item is reported once, not on every poll: the feed is taken as read and answers 304.
    const again = await pollOnce(ctx);
    expect(again.sources[1]).toMatchObject({ status: 'unchanged', error: null });
  });

  it('a slow host and a failing host do not stall the others', async () => {
    const fast = await site();
    const slow = await site();
    const failing = await site({ '/robots.txt': { body: 'down', status: 503 } });
    fast.routes.set('/a1', { body: page(1) });
    fast.routes.set('/feed', rssRoute([{ title: 'Strike', link: fast.url('/a1') }]));
    slow.routes.set('/story', { body: page(2), delay: 1500 });
    failing.routes.set('/feed', { body: 'x' });
    const { store, state, ctx } = await setup({ timeoutMs: 5000, retries: 1 });
    await state.addSource({ url: slow.url('/story'), story: null, kind: 'page', filter: null });
    await state.addSource({ url: failing.url('/feed'), story: null, kind: 'feed', filter: null });
    await state.addSource({ url: fast.url('/feed'), story: null, kind: 'feed', filter: null });
    const done: number[] = [];
    const started = Date.now();
    const poll = pollOnce({ ...ctx, onSource: (r) => done.push(r.source) });
    // The fast host's article is stored while the slow host is still answering.
    for (let i = 0; i < 100 && (await store.stats()).documents < 1; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await store.stats()).documents).toBe(1);
    expect(Date.now() - started).toBeLessThan(1500);
    const r = await poll;
    expect(done[done.length - 1]).toBe(1);
    expect(r.sources.map((x) => x.status)).toEqual(['ok', 'error', 'ok']);
    expect(r.sources[1]!.error).toMatch(/robots\.txt could not be read/);
    expect(failing.hits('/feed')).toBe(0);
    expect((await store.stats()).documents).toBe(2);
  });

  it('an item that fails is tried again next poll, and the feed is not taken as read until it is stored', async () => {
    const s = await site();
    s.routes.set('/a1', { body: page(1) });
    s.routes.set('/a2', { body: 'busy', status: 500 });
    s.routes.set(
      '/feed',
      rssRoute([
        { title: 'Strike 1', link: s.url('/a1') },
        { title: 'Strike 2', link: s.url('/a2') },
      ]),
    );
    const { store, state, ctx } = await setup({ retries: 0 });
    await state.addSource({ url: s.url('/feed'), story: null, kind: 'feed', filter: null });
    const first = await pollOnce(ctx);
    expect(first.sources[0]).toMatchObject({ stored: 1, status: 'ok' });
    expect(first.sources[0]!.error).toMatch(/1 of 2 article\(s\) not stored.*HTTP 500/);
    s.routes.set('/a2', { body: page(2) });
    const second = await pollOnce(ctx);
    expect(second.sources[0]).toMatchObject({ fetched: 1, stored: 1, error: null });
    expect(s.hits('/a1')).toBe(1);
    expect((await store.stats()).documents).toBe(2);
  });
});

describe('watch: events', () => {
  const floods = (title: string, date: string, sentence: string) =>
    articlePage(title, date, [
      sentence,
      'Rescue teams were searching villages along the river. Roads to the valley remained closed.',
    ]);

  it('a toll revised in a later article gives exactly one revision event, with both values and the evidence', async () => {
    const s = await site();
    s.routes.set('/floods-1', {
      body: floods(
        'Floods kill 12',
        '2026-03-02T08:00:00Z',
        'Floods killed 12 people in the north of the country, the interior ministry said on Monday.',
      ),
    });
    s.routes.set('/feed', rssRoute([{ title: 'Floods', link: s.url('/floods-1') }]));
    const { state, ctx } = await setup();
    await state.addSource({ url: s.url('/feed'), story: 'floods', kind: 'feed', filter: null });
    const sent: Array<Record<string, unknown>> = [];
    const send = async (e: Record<string, unknown>) => void sent.push(e);
    await deliverEvents(state, 'test', send);

    const first = await pollOnce(ctx);
    expect(first.events.filter((e) => e.type === 'figure.new')).toHaveLength(1);
    expect(first.events.filter((e) => e.type === 'figure.revised')).toHaveLength(0);

    s.routes.set('/floods-2', {
      body: floods(
        'Flood toll rises to 40',
        '2026-03-04T08:00:00Z',
        'The death toll from the floods in the north of the country rose to 40, the interior ministry said on Wednesday.',
      ),
    });
    s.routes.set(
      '/feed',
      rssRoute([
        { title: 'Floods toll', link: s.url('/floods-2') },
        { title: 'Floods', link: s.url('/floods-1') },
      ]),
    );
    const second = await pollOnce(ctx);
    const revised = second.events.filter((e) => e.type === 'figure.revised');
    expect(revised).toHaveLength(1);
    expect(revised[0]).toMatchObject({
      old: { value: 12 },
      new: { value: 40 },
      source: 'interior ministry',
      url: s.url('/floods-2'),
      asOf: '2026-03-04',
    });
    expect(revised[0]!.evidence).toContain('rose to 40');
    // Nothing new: no events at all.
    expect((await pollOnce(ctx)).events).toEqual([]);

    await deliverEvents(state, 'test', send);
    expect(sent.map((e) => e.seq)).toEqual([...first.events, ...second.events].map((e) => e.seq));
    await deliverEvents(state, 'test', send);
    expect(sent).toHaveLength(first.events.length + second.events.length);
  });
});

describe('watch: the first look is a baseline', () => {
  it('records the figures a store already holds without events; later events carry the news date', async () => {
    const s = await site();
    const { store, state, ctx } = await setup();
    const text =
      'Wildfire near Pine Hollow\n\nThe wildfire burned 3,000 hectares of forest near Pine Hollow, ' +
      'the forestry agency said on Tuesday. Crews cut firebreaks along the ridge.';
    await store.putArticles([
      analyse({
        source: 'fire.txt',
        raw: text,
        format: 'text',
        hints: { published: '2026-05-05', outlet: 'Ridge Post' },
      }),
    ]);
    await runCorpus(store);
    expect((await store.listFigures()).total).toBeGreaterThan(0);

    s.routes.set('/strike', {
      body: articlePage('Dock workers strike in Larkmouth', '2026-05-08T08:00:00Z', [
        'About 2,500 dock workers walked off the job at the port of Larkmouth, the union said on Friday.',
        'Ships waited outside the harbour as talks with the port authority stalled.',
      ]),
    });
    s.routes.set('/feed', rssRoute([{ title: 'Strike', link: s.url('/strike') }]));
    await state.addSource({ url: s.url('/feed'), story: 'strike', kind: 'feed', filter: null });
    const first = await pollOnce({ ...ctx, now: () => '2026-05-09T12:00:00.000Z' });
    const created = first.events.filter((e) => e.type === 'figure.new');
    // The wildfire's figures were there before the first poll: only the strike's are new.
    expect(created.length).toBeGreaterThan(0);
    expect(created.every((e) => /dock|worker/i.test(String(e.evidence)))).toBe(true);
    // Recorded now, about the day the article reports.
    expect(created[0]).toMatchObject({ at: '2026-05-09T12:00:00.000Z', asOf: '2026-05-08' });
    s.routes.set('/feed', rssRoute([]));
    expect((await pollOnce(ctx)).events).toEqual([]);
  });
});

describe('watch state', () => {
  it('adds, lists and removes sources, by number or URL', async () => {
    const { state } = await setup();
    const a = await state.addSource({ url: 'https://news.example.org/feed', story: 'x', kind: 'auto', filter: null });
    await state.addSource({
      url: 'https://other.example.org/sitemap.xml',
      story: 'x',
      kind: 'sitemap',
      filter: 'fire',
    });
    expect((await state.listSources()).map((s) => s.url)).toEqual([
      'https://news.example.org/feed',
      'https://other.example.org/sitemap.xml',
    ]);
    expect(await state.removeSource(String(a.id))).toBe(true);
    expect(await state.removeSource('https://other.example.org/sitemap.xml')).toBe(true);
    expect(await state.removeSource('7')).toBe(false);
    expect(await state.listSources()).toEqual([]);
  });
});
