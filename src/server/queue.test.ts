import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { createApp } from './app.js';
import { buildTestStore } from '../../test/server/test-store.js';
import type { Store } from '../store/store.js';
import type { QueueStatus } from '../queue/status.js';
import { FAILED_JOB } from '../../test/server/queue-status.js';

const noWeb = path.join(tmpdir(), 'crosscheck-no-such-web-root');
let store: Store;

beforeAll(async () => {
  store = (await buildTestStore()).store;
});
afterAll(() => store.close());

const busy: QueueStatus = {
  ingest: { queued: 3, retry: 1, active: 2, completed: 7, failed: 1, articlesQueued: 120, articlesDone: 280 },
  corpus: { queued: 1, retry: 0, active: 0, completed: 2, failed: 0, lastCompletedOn: '2024-05-01T10:00:00.000Z' },
  idle: false,
  failedJobs: [FAILED_JOB],
};

async function get(app: ReturnType<typeof createApp>, url = '/api/queue') {
  const res = await app.request(url);
  return { status: res.status, body: (await res.json()) as any, res };
}

describe('GET /api/queue', () => {
  it('returns the status from the queueStatus option, uncached', async () => {
    let calls = 0;
    const app = createApp(store, { webRoot: noWeb, queueStatus: async () => (calls++, busy) });
    const r = await get(app);
    expect(r.status).toBe(200);
    expect(r.body).toEqual(busy);
    expect(r.res.headers.get('cache-control')).toBe('no-store');
    await get(app);
    expect(calls).toBe(2);
    expect((await get(app, '/api/stats')).body.queue).toBe(true);
  });

  it('is a coded 404 E_NO_QUEUE without a queue (SQLite stores)', async () => {
    expect((await get(createApp(store, { webRoot: noWeb }), '/api/stats')).body.queue).toBe(false);
    for (const app of [
      createApp(store, { webRoot: noWeb }),
      createApp(store, { webRoot: noWeb, queueStatus: async () => null }),
    ]) {
      const r = await get(app);
      expect(r.status).toBe(404);
      expect(r.body.error).toMatchObject({ code: 'E_NO_QUEUE', status: 404 });
      expect(r.body.error.message).toContain('PostgreSQL');
    }
  });

  it('maps a failing queue (database down) to a coded 503 that does not leak the connection string', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED postgres://user:secret@db:5432/x'), {
      code: 'ECONNREFUSED',
    });
    const app = createApp(store, { webRoot: noWeb, queueStatus: async () => Promise.reject(down) });
    const r = await get(app);
    expect(r.status).toBe(503);
    expect(r.body.error).toMatchObject({ code: 'E_QUEUE_UNAVAILABLE', status: 503 });
    expect(r.body.error.message).toContain('ECONNREFUSED');
    expect(JSON.stringify(r.body)).not.toContain('secret');
    const odd = createApp(store, { webRoot: noWeb, queueStatus: () => Promise.reject('weird <b>') });
    expect((await get(odd)).body.error).toMatchObject({ code: 'E_QUEUE_UNAVAILABLE', status: 503 });
  });

  it('rejects query parameters and is in the OpenAPI description', async () => {
    const app = createApp(store, { webRoot: noWeb, queueStatus: async () => busy });
    expect((await get(app, '/api/queue?x=1')).body.error.code).toBe('E_BAD_PARAM');
    const doc = (await get(app, '/api/openapi.json')).body;
    const op = doc.paths['/api/queue'].get;
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '404', '503']));
    expect(op.responses['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/QueueStatus');
    expect(Object.keys(doc.components.schemas.QueueStatus.properties.ingest.properties)).toEqual(
      expect.arrayContaining(['articlesQueued', 'articlesDone', 'failed']),
    );
    const failed = doc.components.schemas.QueueStatus.properties.failedJobs;
    expect(Object.keys(failed.items.properties)).toEqual(
      expect.arrayContaining(['id', 'queue', 'error', 'endedOn', 'attempts', 'names']),
    );
  });
});
