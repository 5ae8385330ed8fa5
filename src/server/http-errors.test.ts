import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

const store = openSqliteStore(':memory:');

describe('HTTP answers say what went wrong', () => {
  it.each([
    ['POST', '/api/stats', 'GET, HEAD'],
    ['DELETE', '/api/figures/abc', 'GET, HEAD'],
    ['PUT', '/api/claims', 'GET, HEAD'],
    ['GET', '/api/ingest', 'POST'],
  ])('%s %s: 405 E_METHOD with Allow: %s', async (method, route, allow) => {
    const res = await createApp(store, { webRoot: '/nonexistent' }).request(route, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect((await res.json()).error.code).toBe('E_METHOD');
  });

  it('an unknown path is still a 404', async () => {
    const res = await createApp(store, { webRoot: '/nonexistent' }).request('/api/nothing', { method: 'POST' });
    expect(res.status).toBe(404);
  });

  it.each([
    ['2024-02-31', 400],
    ['2023-02-29', 400],
    ['2024-13', 400],
    ['2024-02-29', 200],
    ['2024-02', 200],
    ['2024', 200],
  ])('from=%s → %i', async (from, status) => {
    const res = await createApp(store, { webRoot: '/nonexistent' }).request(`/api/claims?from=${from}`);
    expect(res.status).toBe(status);
  });

  it('a 500 is logged for the operator and answered without details', async () => {
    const lines: string[] = [];
    const broken = {
      ...store,
      stats: async () => Promise.reject(new Error('disk on fire at /srv/secret')),
    } as unknown as Store;
    const res = await createApp(broken, { webRoot: '/nonexistent', log: (l) => lines.push(l) }).request('/api/stats');
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('/srv/secret');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('GET /api/stats');
    expect(lines[0]).toContain('disk on fire');
  });

  it('an upload where every file failed is a 422 with the reasons, not a 200', async () => {
    const failed = {
      read: 2,
      stored: 0,
      versions: 0,
      unchanged: 0,
      failed: 2,
      failures: [{ file: 'a.txt', code: 'E_EMPTY', text: 'empty' }],
    };
    const app = createApp(store, { webRoot: '/nonexistent', token: 't', ingest: async () => failed });
    const res = await app.request('/api/ingest', {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ text: '' }),
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('E_NOTHING_STORED');
    expect(body.failures).toHaveLength(1);
  });
});
