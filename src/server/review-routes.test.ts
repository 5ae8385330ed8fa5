import path from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp, routes } from './app.js';
import { buildTestStore } from '../../test/server/test-store.js';
import type { Store } from '../store/store.js';

let store: Store;
let app: Hono;
let open: Hono;
const noWeb = path.join(tmpdir(), 'crosscheck-no-such-web-root');
const auth = { Authorization: 'Bearer review-token', 'Content-Type': 'application/json' };

beforeAll(async () => {
  store = (await buildTestStore()).store;
  app = createApp(store, { webRoot: noWeb, token: 'review-token' });
  open = createApp(store, { webRoot: noWeb });
});
afterAll(() => store.close());

async function call(a: Hono, method: string, url: string, body?: unknown, headers: Record<string, string> = auth) {
  const res = await a.request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

describe('review routes', () => {
  it('refuses corrections without the token, with a wrong one, and when the server has none', async () => {
    const claim = (await store.listClaims({ limit: 1 })).items[0]!.id;
    const body = { target: claim, what: 'verify', who: 'ana' };
    const none = await call(app, 'POST', '/api/corrections', body, { 'Content-Type': 'application/json' });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('E_UNAUTHORIZED');
    const wrong = await call(app, 'POST', '/api/corrections', body, { ...auth, Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    const off = await call(open, 'POST', '/api/corrections', body);
    expect(off.status).toBe(403);
    expect(off.body.error.code).toBe('E_REVIEW_DISABLED');
    const imp = await call(app, 'POST', '/api/corrections/import', { corrections: [] }, {});
    expect(imp.status).toBe(401);
    expect((await store.listCorrections()).length).toBe(0);
  });

  it('records a correction with the token, and every read shows it', async () => {
    const claim = (await store.listClaims({ limit: 1 })).items[0]!;
    const r = await call(app, 'POST', '/api/corrections', {
      target: claim.id,
      what: 'value',
      value: '125',
      who: 'ana',
      note: 'the bulletin says 125',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ what: 'value', who: 'ana', new: { value: 125 }, old: { value: claim.value } });
    const claims = await call(app, 'GET', `/api/claims?document=${claim.document}`);
    expect(claims.body.items[0]).toMatchObject({ value: 125, review: { machine: { value: claim.value } } });
    const list = await call(open, 'GET', '/api/corrections');
    expect(list.body.format).toBe('crosscheck-corrections/1');
    expect(list.body.corrections.map((c: { id: string }) => c.id)).toEqual([r.body.id]);
    if (claim.figure) {
      const fig = await call(app, 'GET', `/api/figures/${claim.figure}`);
      expect(fig.status).toBe(200);
    }
  });

  it('renames a figure and answers 400 and 404 for what does not fit', async () => {
    const figure = (await store.listFigures({ limit: 1 })).items[0]!;
    const r = await call(app, 'POST', '/api/corrections', {
      target: figure.id,
      what: 'rename',
      value: 'Residents who left',
      who: 'bob',
    });
    expect(r.status).toBe(201);
    const detail = (await call(app, 'GET', `/api/figures/${figure.id}`)).body;
    expect(detail.figure).toMatchObject({ label: 'Residents who left', review: { machineLabel: figure.label } });
    const listed = await call(app, 'GET', '/api/figures');
    expect(listed.body.items.map((f: { label: string }) => f.label)).toContain('Residents who left');
    const bad = await call(app, 'POST', '/api/corrections', { target: figure.id, what: 'verify', who: 'bob' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('E_REVIEW');
    const missing = await call(app, 'POST', '/api/corrections', {
      target: 'no-such',
      what: 'rename',
      value: 'x',
      who: 'b',
    });
    expect(missing.status).toBe(404);
    const notJson = await app.request('/api/corrections', { method: 'POST', headers: auth, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('imports a corrections file once, and lists the routes in the OpenAPI description', async () => {
    const file = (await call(open, 'GET', '/api/corrections')).body;
    const again = await call(app, 'POST', '/api/corrections/import', file);
    expect(again.body).toEqual({ added: 0, skipped: file.corrections.length });
    const bad = await call(app, 'POST', '/api/corrections/import', { format: 'x/1', corrections: [] });
    expect(bad.status).toBe(400);
    const doc = (await call(open, 'GET', '/api/openapi.json')).body;
    for (const p of ['/api/corrections', '/api/corrections/import']) expect(doc.paths[p]).toBeDefined();
    expect(routes.some((r) => r.path === '/api/corrections' && r.method === 'post' && r.security)).toBe(true);
  });
});
