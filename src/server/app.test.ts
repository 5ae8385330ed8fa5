import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp, routes } from './app.js';
import { buildTestStore, HOSTILE_TITLE } from '../../test/server/test-store.js';
import { tokenMatches, uploadName } from './upload.js';
import type { Store } from '../store/store.js';
import { startServer } from './serve.js';
import { publicSource } from './views.js';

let store: Store;
let ids: string[];
let hostileId: string;
let app: Hono;
const noWeb = path.join(tmpdir(), 'crosscheck-no-such-web-root');

beforeAll(async () => {
  const built = await buildTestStore({ hostile: true });
  store = built.store;
  ids = built.ids;
  hostileId = built.hostileId!;
  app = createApp(store, { webRoot: noWeb, now: () => new Date('2024-05-01T00:00:00Z') });
});
afterAll(() => store.close());

async function get(url: string, a: Hono = app) {
  const res = await a.request(url);
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { res, status: res.status, body };
}

function expectError(r: { status: number; body: any }, status: number, code: string, ...words: string[]) {
  expect(r.status).toBe(status);
  expect(r.body.error.code).toBe(code);
  expect(r.body.error.status).toBe(status);
  for (const w of words) expect(r.body.error.message).toContain(w);
}

describe('read routes', () => {
  it('GET /api/stats', async () => {
    const r = await get('/api/stats');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ documents: 6, claims: 6, figures: 2, upload: false });
    // With a token the UI offers its upload screen.
    expect((await get('/api/stats', createApp(store, { webRoot: noWeb, token: 't' }))).body).toMatchObject({
      upload: true,
    });
  });

  it('GET /api/documents pages without bodies', async () => {
    const r = await get('/api/documents?limit=2&offset=1');
    expect(r.body).toMatchObject({ total: 6, limit: 2, offset: 1 });
    expect(r.body.items).toHaveLength(2);
    expect(r.body.items[0].id).toBe(ids[1]);
    expect(r.body.items[0].body).toBeUndefined();
  });

  it('GET /api/documents/:id: metadata, text, spans, dropped, duplicates', async () => {
    const r = await get(`/api/documents/${ids[0]}`);
    expect(r.status).toBe(200);
    expect(r.body.document.provenance.title).toEqual({ by: 'test', certain: true });
    const c = r.body.spans.claims[0];
    expect(r.body.text.slice(c.numberStart, c.numberEnd)).toBe('120');
    expect(r.body.spans.quotes.length).toBe(1);
    expect(r.body.spans.mentions.length).toBe(1);
    expect(r.body.dropped).toEqual([{ text: 'Share this article on Facebook', reason: 'widget', by: 'clean/widget' }]);
    expect(r.body.duplicates[0]).toMatchObject({ document: ids[3], of: ids[0], kind: 'syndicated' });
    expect(r.body.duplicates[0].other.outlet).toBe('Metro Wire');
    expect(r.body.claims[0].figure).toBe('people-evacuated');
  });

  it('GET /api/documents/:id lists earlier versions', async () => {
    const s = (await buildTestStore()).store;
    const { sampleArticle } = await import('../../test/store/contract.js');
    const [a] = await s.putArticles([sampleArticle(9, { url: 'https://x.example/a' })]);
    const [b] = await s.putArticles([sampleArticle(9, { url: 'https://x.example/a', value: 999 })]);
    const r = await get(`/api/documents/${b!.id}`, createApp(s, { webRoot: noWeb }));
    expect(r.body.versions.map((v: { id: string }) => v.id)).toEqual([a!.id]);
    await s.close();
  });

  it('GET /api/documents/:id 404 for an unknown id', async () => {
    expectError(await get('/api/documents/nope'), 404, 'E_NOT_FOUND_ID', 'document', 'nope');
  });

  it('GET /api/claims with each filter', async () => {
    expect((await get('/api/claims')).body.total).toBe(6);
    expect((await get('/api/claims?figure=people-evacuated')).body.total).toBe(5);
    expect((await get('/api/claims?source=red-cross')).body.total).toBe(2);
    expect((await get('/api/claims?status=planned')).body.total).toBe(1);
    expect((await get('/api/claims?outlet=Valley%20Herald')).body.total).toBe(2);
    expect((await get('/api/claims?from=2024-03-04')).body.total).toBe(3);
    expect((await get('/api/claims?to=2024-03-02')).body.total).toBe(2);
    expect((await get('/api/claims?from=2024-03&to=2024-03-03')).body.total).toBe(3);
    expect((await get('/api/claims?text=homes')).body.total).toBe(1);
    expect((await get(`/api/claims?document=${ids[1]}`)).body.total).toBe(1);
    const sorted = await get('/api/claims?sort=value&order=desc&limit=2');
    // a range sorts by its low end
    expect(sorted.body.items.map((c: { value: number | null; low: number }) => c.value ?? c.low)).toEqual([200, 180]);
    expect(sorted.body.items[1].doc).toMatchObject({ outlet: 'Daily Ledger', published: '2024-03-03' });
  });

  it('GET /api/figures: briefs, the answer first, most-reported first', async () => {
    const r = await get('/api/figures');
    expect(r.body).toMatchObject({ total: 2, limit: 50, offset: 0 });
    const evac = r.body.items.find((f: { id: string }) => f.id === 'people-evacuated');
    expect(evac.headline).toMatchObject({
      text: 'around 180',
      value: 180,
      status: 'done',
      asOf: '2024-03-03',
      precision: 'day',
      sources: ['Red Cross'],
      independent: 1,
      reporting: 3,
      disagree: true,
    });
    expect(evac.spark).toEqual([{ date: '2024-03-03', value: 180 }]);
    expect(evac.reconciliation).toBeUndefined();
    expect(r.body.items[0].claims).toBeGreaterThanOrEqual(r.body.items[1].claims);
    const homes = r.body.items.find((f: { id: string }) => f.id === 'homes-destroyed');
    expect(homes.headline).toBeNull();
  });

  it('GET /api/figures pages with N of M', async () => {
    const r = await get('/api/figures?limit=1&offset=1');
    expect(r.body).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(r.body.items).toHaveLength(1);
    expect((await get('/api/figures?story=none')).body).toMatchObject({ total: 0, items: [] });
    expect((await get('/api/stories')).body).toMatchObject({ total: 0, items: [] });
  });

  it('GET /api/figures/:id leads with the headline; a conflict names one claim of each side', async () => {
    const r = await get('/api/figures/people-evacuated');
    expect(r.body.headline).toMatchObject({ text: 'around 180', status: 'done', asOf: '2024-03-03' });
    const [d] = r.body.disagreements;
    const values = d.sides.map((id: string) => r.body.points.find((p: { claim: string }) => p.claim === id).value);
    expect(values).toEqual([120, 180]);
    expect(r.body.parts).toEqual([]);
    const homes = await get('/api/figures/homes-destroyed');
    expect(homes.body.headline).toMatchObject({ text: '40', value: 40 });
  });

  it('GET /api/figures/:id: timeline points, reconciliation, disagreements, sources', async () => {
    const r = await get('/api/figures/people-evacuated');
    expect(r.body.points).toHaveLength(5);
    expect(r.body.points.map((p: { date: string }) => p.date)).toEqual([
      '2024-03-01',
      '2024-03-02',
      '2024-03-03',
      '2024-03-05',
      '2024-03-06',
    ]);
    const p = r.body.points[0];
    expect(p.evidence.slice(p.numberStart, p.numberEnd)).toBe('120');
    expect(r.body.points[1].copyOf).toBe(ids[0]);
    expect(r.body.points[3]).toMatchObject({ status: 'planned', low: 200, high: 300, value: null });
    expect(r.body.figure.reconciliation.method).toBe('test');
    expect(r.body.disagreements[0]).toMatchObject({
      by: 'reconciliation',
      note: 'Officials say 120; the Red Cross says 180.',
    });
    expect(r.body.disagreements[0].sources.sort()).toEqual(['officials', 'red-cross']);
    expect(r.body.sources.find((s: { source: string }) => s.source === 'red-cross').via).toEqual([['Governor Lee']]);
    expect(r.body.claims).toHaveLength(5);
  });

  it('GET /api/figures/:id finds a disagreement itself when the reconciliation has none', async () => {
    const r = await get('/api/figures/homes-destroyed');
    expect(r.body.disagreements).toEqual([]);
    expect(r.body.summary.current.by).toBe('server/claims');
  });

  it('GET /api/search finds a number in any spelling, with outlet, date and value', async () => {
    for (const q of ['180', '0.18k', '180 evacuated']) {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
      const hit = r.body.items.find((h: { kind: string; value: string }) => h.kind === 'claim' && h.value === '180');
      expect(hit, q).toMatchObject({ outlet: 'Daily Ledger', published: '2024-03-03', speaker: 'Red Cross' });
      expect(hit.snippet).toContain('[180]');
    }
    const words = await get('/api/search?q=evacuated');
    expect(words.body.items.some((h: { kind: string }) => h.kind === 'claim')).toBe(true);
    const figure = await get('/api/search?q=evacuated%20people');
    expect(figure.body.items.find((h: { kind: string }) => h.kind === 'figure')).toMatchObject({
      id: 'people-evacuated',
      value: 'around 180',
    });
  });

  it('GET /api/search finds words by their stems in claims, quotes, figure labels and documents', async () => {
    const kinds = async (q: string) =>
      new Set((await get(`/api/search?q=${q}`)).body.items.map((h: { kind: string }) => h.kind));
    // "evacuate" for "evacuated": sentences, articles and the label "People evacuated".
    expect([...(await kinds('evacuate'))].sort()).toEqual(['claim', 'document', 'figure']);
    expect(await kinds('evacuating%20peoples')).toContain('figure');
    // A quotation by a word's other form, its match marked to the end of the word.
    const quote = (await get('/api/search?q=officially')).body.items.find((h: { kind: string }) => h.kind === 'quote');
    expect(quote.snippet).toBe('[Officials]');
  });

  it('filters take names and aliases, outlets in any case', async () => {
    const byId = await get('/api/claims?source=red-cross');
    expect(byId.body.total).toBeGreaterThan(0);
    for (const name of ['Red Cross', 'red cross', 'RED CROSS'])
      expect((await get(`/api/claims?source=${encodeURIComponent(name)}`)).body.total, name).toBe(byId.body.total);
    expect((await get('/api/claims?outlet=daily%20ledger')).body.total).toBe(1);
    expect((await get('/api/quotes?speaker=Officials')).body.total).toBe(
      (await get('/api/quotes?speaker=officials')).body.total,
    );
  });

  it('GET /api/report: the story report as Markdown; an unknown story is a 404', async () => {
    const res = await app.request('/api/report');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/markdown');
    expect(await res.text()).toContain('People evacuated');
    expectError(await get('/api/report?story=no-such-story'), 404, 'E_NOT_FOUND_ID', 'story');
  });

  it('shows where a document came from by its file name, never the server path', () => {
    expect(publicSource('/srv/private/feeds/2024/flood-1.html')).toBe('flood-1.html');
    expect(publicSource('C:\\data\\in\\a.txt')).toBe('a.txt');
    expect(publicSource('https://news.example/a/b')).toBe('https://news.example/a/b');
    expect(publicSource('upload:report.pdf')).toBe('upload:report.pdf');
  });

  it('GET /api/figures/:id 404', async () => {
    expectError(await get('/api/figures/unknown'), 404, 'E_NOT_FOUND_ID', 'figure');
  });

  it('GET /api/quotes/speakers: the most quoted first, each with a name and a count', async () => {
    const all = (await get('/api/quotes/speakers?limit=500')).body.items as Array<{
      speaker: string;
      name: string | null;
      quotes: number;
    }>;
    expect(all.length).toBeGreaterThan(0);
    const counts = all.map((s) => s.quotes);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(all.every((s) => s.name)).toBe(true);
    // Every quote with a speaker is counted once.
    const quotes = (await get('/api/quotes?limit=500')).body.items as Array<{ speaker: string | null }>;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(quotes.filter((q) => q.speaker).length);
    expect((await get('/api/quotes/speakers?limit=1')).body.items).toHaveLength(1);
    expectError(await get('/api/quotes/speakers?limit=0'), 400, 'E_BAD_PARAM', '`limit`');
  });

  it('GET /api/outlets: the outlets with their article counts, most first', async () => {
    const items = (await get('/api/outlets')).body.items as Array<{ outlet: string; documents: number }>;
    expect(items[0]).toEqual({ outlet: 'Valley Herald', documents: 2 });
    expect(items.map((o) => o.outlet)).toEqual(expect.arrayContaining(['Coast Times', 'Metro Wire', 'Daily Ledger']));
    expect(items.reduce((n, o) => n + o.documents, 0)).toBeLessThanOrEqual((await get('/api/stats')).body.documents);
    expect((await get('/api/outlets?limit=1')).body.items).toHaveLength(1);
    expectError(await get('/api/outlets?limit=0'), 400, 'E_BAD_PARAM', '`limit`');
  });

  it('GET /api/quotes and /api/entities', async () => {
    expect((await get('/api/quotes')).body.total).toBe(6);
    expect((await get(`/api/quotes?document=${ids[0]}`)).body.total).toBe(1);
    expect((await get('/api/entities')).body.items.map((e: { name: string }) => e.name)).toContain('Red Cross');
    expect((await get('/api/entities?type=person')).body.total).toBe(0);
  });

  it('GET /api/sources: chains and copies', async () => {
    const r = await get('/api/sources');
    expect(r.body).toMatchObject({ offset: 0, limit: 50, claims: (await get('/api/stats')).body.claims });
    const chain = r.body.items.find((c: { source: string; via: string[] }) => c.source === 'red-cross' && c.via.length);
    expect(chain).toMatchObject({ via: ['Governor Lee'], outlet: 'Daily Ledger', claims: 1 });
    expect(r.body.items.find((c: { outlet: string }) => c.outlet === 'Valley Herald' && c.wire.length).wire).toEqual([
      'Associated Press',
    ]);
    expect(r.body.copies[0]).toMatchObject({
      kind: 'syndicated',
      documentOutlet: 'Metro Wire',
      ofOutlet: 'Valley Herald',
    });
  });

  it('GET /api/search finds words and treats syntax as words', async () => {
    const r = await get('/api/search?q=valley');
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.items[0].snippet).toMatch(/\[valley\]/i);
    expect((await get('/api/search?q=%22%20OR%20*%20NEAR(')).body.total).toBe(0);
  });

  it('GET /api/export in json, ndjson and csv', async () => {
    const json = await get('/api/export');
    expect(json.body.format).toBe('crosscheck-export/1');
    expect(json.body.generated).toBe('2024-05-01T00:00:00.000Z');
    expect(json.body.documents).toHaveLength(6);
    expect(json.body.figures).toHaveLength(2);
    expect(json.res.headers.get('content-disposition')).toContain('crosscheck-2024-05-01.json');
    const nd = await get('/api/export?format=ndjson');
    const lines = (nd.body as string)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0].type).toBe('header');
    expect(lines.filter((l) => l.type === 'claim')).toHaveLength(6);
    const csv = await get('/api/export?format=csv');
    expect(csv.res.headers.get('content-type')).toContain('text/csv');
    expect(csv.res.headers.get('content-disposition')).toContain('crosscheck-claims-2024-05-01.csv');
    const rows = (csv.body as string).trim().split('\r\n');
    expect(rows[0]!.startsWith('id,document,')).toBe(true);
    expect(rows).toHaveLength(7);
    const docs = await get('/api/export?format=csv&table=documents');
    expect((docs.body as string).trim().split('\r\n')).toHaveLength(7);
    expect(docs.res.headers.get('content-disposition')).toContain('crosscheck-documents-');
  });

  it('GET /api/openapi.json describes every route and its parameters', async () => {
    const r = await get('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    for (const route of routes) expect(r.body.paths[route.path]?.[route.method], route.path).toBeDefined();
    const params = r.body.paths['/api/claims'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        'figure',
        'source',
        'status',
        'outlet',
        'from',
        'to',
        'text',
        'limit',
        'offset',
        'sort',
        'order',
      ]),
    );
    const limit = r.body.paths['/api/claims'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    });
    const q = r.body.paths['/api/search'].get.parameters.find((p: { name: string }) => p.name === 'q');
    expect(q.required).toBe(true);
    expect(r.body.paths['/api/ingest'].post.security).toEqual([{ bearer: [] }]);
    // every $ref points at a schema that exists
    const refs = JSON.stringify(r.body).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(r.body.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    expect(
      r.body.paths['/api/claims'].get.responses['200'].content['application/json'].schema.allOf[1].properties.items
        .items.$ref,
    ).toBe('#/components/schemas/Claim');
  });
});

describe('bad requests get clear 4xx errors', () => {
  const cases: Array<[string, number, string, string[]]> = [
    ['/api/claims?limit=abc', 400, 'E_BAD_PARAM', ['`limit`', 'whole number']],
    ['/api/claims?limit=0', 400, 'E_BAD_PARAM', ['`limit`', 'at least 1']],
    ['/api/claims?limit=501', 400, 'E_BAD_PARAM', ['at most 500']],
    ['/api/claims?limit=1.5', 400, 'E_BAD_PARAM', ['whole number']],
    ['/api/claims?offset=-1', 400, 'E_BAD_PARAM', ['`offset`']],
    ['/api/claims?status=rumoured', 400, 'E_BAD_PARAM', ['`status`', 'asserted, planned']],
    ['/api/claims?sort=colour', 400, 'E_BAD_PARAM', ['`sort`']],
    ['/api/claims?order=up', 400, 'E_BAD_PARAM', ['`order`']],
    ['/api/claims?from=yesterday', 400, 'E_BAD_PARAM', ['`from`', 'YYYY-MM-DD']],
    ['/api/claims?to=2024-13-01', 400, 'E_BAD_PARAM', ['`to`']],
    ['/api/claims?figure=', 400, 'E_BAD_PARAM', ['`figure`', 'empty']],
    ['/api/claims?colour=red', 400, 'E_BAD_PARAM', ['`colour`', 'not known']],
    ['/api/claims?limit=1&limit=2', 400, 'E_BAD_PARAM', ['more than once']],
    [`/api/claims?text=${'x'.repeat(201)}`, 400, 'E_BAD_PARAM', ['at most 200']],
    ['/api/documents?offset=x', 400, 'E_BAD_PARAM', ['`offset`']],
    ['/api/documents/abc?x=1', 400, 'E_BAD_PARAM', ['`x`']],
    ['/api/figures?limit=-5', 400, 'E_BAD_PARAM', ['`limit`']],
    ['/api/figures/people-evacuated?verbose=1', 400, 'E_BAD_PARAM', ['`verbose`']],
    ['/api/quotes?speaker=', 400, 'E_BAD_PARAM', ['`speaker`']],
    ['/api/entities?type=animal', 400, 'E_BAD_PARAM', ['`type`']],
    ['/api/search', 400, 'E_BAD_PARAM', ['`q`', 'required']],
    ['/api/search?q=', 400, 'E_BAD_PARAM', ['`q`']],
    ['/api/export?format=xml', 400, 'E_BAD_PARAM', ['`format`', 'json, csv, ndjson']],
    ['/api/export?format=csv&table=people', 400, 'E_BAD_PARAM', ['`table`']],
    ['/api/export?table=claims', 400, 'E_BAD_PARAM', ['`table`', 'format=csv']],
    ['/api/stats?x=1', 400, 'E_BAD_PARAM', ['`x`']],
    ['/api/sources?all=1', 400, 'E_BAD_PARAM', ['`all`']],
    ['/api/openapi.json?v=2', 400, 'E_BAD_PARAM', ['`v`']],
    ['/api/nothing-here', 404, 'E_ROUTE_NOT_FOUND', ['GET /api/nothing-here', 'openapi.json']],
  ];
  for (const [url, status, code, words] of cases) {
    it(`${url.slice(0, 60)} → ${status} ${code}`, async () => expectError(await get(url), status, code, ...words));
  }

  it('unknown errors are 500 E_INTERNAL without leaking their text', async () => {
    const broken = { ...store, stats: async () => Promise.reject(new Error('secret path /etc/x')) } as Store;
    const r = await get('/api/stats', createApp(broken, { webRoot: noWeb }));
    expectError(r, 500, 'E_INTERNAL');
    expect(JSON.stringify(r.body)).not.toContain('secret');
  });
});

describe('headers', () => {
  it('security headers and a CSP without inline script on every response, API and errors alike', async () => {
    for (const url of ['/api/stats', '/api/nothing', '/']) {
      const { res } = await get(url);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('CORS is off unless configured, then only for the listed origins', async () => {
    const off = await app.request('/api/stats', { headers: { Origin: 'https://evil.example' } });
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const on = createApp(store, { webRoot: noWeb, cors: ['https://ok.example'] });
    const ok = await on.request('/api/stats', { headers: { Origin: 'https://ok.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://ok.example');
    const bad = await on.request('/api/stats', { headers: { Origin: 'https://evil.example' } });
    expect(bad.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await on.request('/api/ingest', {
      method: 'OPTIONS',
      headers: { Origin: 'https://ok.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(pre.status).toBe(204);
  });

  it('API responses are not cached', async () => {
    expect((await get('/api/stats')).res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('POST /api/ingest', () => {
  const calls: string[][] = [];
  const fake = async (files: string[]) => {
    calls.push(files);
    return {
      stored: files.length,
      files: files.map((f) => ({ path: f, bytes: readFileSync(f, 'utf8').length, exists: existsSync(f) })),
    };
  };
  const auth = { Authorization: 'Bearer s3cret-token' };
  const withToken = () => createApp(store, { webRoot: noWeb, token: 's3cret-token', ingest: fake, maxBodyBytes: 2000 });

  it('is off without a token', async () => {
    const a = createApp(store, { webRoot: noWeb, ingest: fake });
    const res = await a.request('/api/ingest', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{"text":"x"}',
    });
    expectError({ status: res.status, body: await res.json() }, 403, 'E_INGEST_DISABLED', '--token');
  });

  it('needs the token, and only that token', async () => {
    for (const headers of [
      {},
      { Authorization: 'Bearer wrong' },
      { Authorization: 'Bearer s3cret-token-longer' },
      { Authorization: 's3cret-token' },
      { Authorization: 'Basic s3cret-token' },
    ]) {
      const res = await withToken().request('/api/ingest', {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: '{"text":"x"}',
      });
      expectError({ status: res.status, body: await res.json() }, 401, 'E_UNAUTHORIZED');
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect(tokenMatches('a', 'a')).toBe(true);
    expect(tokenMatches(undefined, '')).toBe(false);
  });

  it('takes a JSON body of records', async () => {
    const res = await withToken().request('/api/ingest', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify([{ text: 'Officials said 12 people left.' }]),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stored).toBe(1);
    // the temp folder is scrubbed from the reply, and removed afterwards
    expect(body.files[0].path).toBe('records.json');
    expect(existsSync(calls.at(-1)![0]!)).toBe(false);
  });

  it('takes an NDJSON body', async () => {
    const res = await withToken().request('/api/ingest', {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/x-ndjson' },
      body: '{"text":"a 1"}\n{"text":"b 2"}\n',
    });
    expect(res.status).toBe(200);
    expect(calls.at(-1)![0]!.endsWith('records.jsonl')).toBe(true);
  });

  it('takes multipart files under safe names, never a path from the request', async () => {
    const form = new FormData();
    form.append('files', new File(['Officials said 5 people left.'], '../../etc/passwd.txt'));
    form.append('files', new File(['<p>9 boats</p>'], 'C:\\x\\page.HTML'));
    const res = await withToken().request('/api/ingest', { method: 'POST', headers: auth, body: form });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.files.map((f: { path: string }) => f.path)).toEqual(['0000-passwd.txt', '0001-page.html']);
    const dir = path.dirname(calls.at(-1)![0]!);
    expect(dir.startsWith(tmpdir())).toBe(true);
    expect(uploadName(3, '/abs/évil name!.md')).toBe('0003-vil-name.md');
  });

  it('rejects bad bodies with clear errors', async () => {
    const post = async (body: BodyInit, type?: string) => {
      const res = await withToken().request('/api/ingest', {
        method: 'POST',
        headers: { ...auth, ...(type ? { 'Content-Type': type } : {}) },
        body,
      });
      return { status: res.status, body: await res.json() };
    };
    expectError(await post('{not json', 'application/json'), 400, 'E_BAD_BODY', 'not valid JSON');
    expectError(await post('', 'application/json'), 400, 'E_BAD_BODY', 'empty');
    expectError(await post('hello', 'text/plain'), 415, 'E_MEDIA_TYPE', 'text/plain');
    const exe = new FormData();
    exe.append('f', new File(['MZ'], 'tool.exe'));
    expectError(await post(exe), 400, 'E_BAD_BODY', 'tool.exe');
    const none = new FormData();
    none.append('note', 'just a field');
    expectError(await post(none), 400, 'E_BAD_BODY', 'no files');
    expectError(await post('x'.repeat(5000), 'application/json'), 413, 'E_BODY_TOO_LARGE', '2000');
  });
});

describe('the UI', () => {
  it('is served from webRoot with the same headers, and /api stays JSON', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-webroot-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>ui</title>');
    writeFileSync(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)');
    const a = createApp(store, { webRoot: dir });
    const index = await a.request('/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>ui</title>');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const js = await a.request('/assets/app-1.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await a.request('/assets/../../etc/passwd')).status).toBe(404);
    expect((await a.request('/api/nope')).headers.get('content-type')).toContain('application/json');
  });

  it('says how to build it when it is missing', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('npm run build:web');
  });
});

describe('startServer', () => {
  it('listens on loopback by default and closes', async () => {
    const server = await startServer({ store, port: 0, webRoot: noWeb });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/api/stats`);
    expect((await res.json()).documents).toBe(6);
    await server.close();
    await expect(fetch(`${server.url}/api/stats`)).rejects.toThrow();
  });

  it('hostile text comes back as data, byte for byte', async () => {
    const r = await get(`/api/documents/${hostileId}`);
    expect(r.body.document.title).toBe(HOSTILE_TITLE);
    expect(r.res.headers.get('content-type')).toContain('application/json');
  });
});
