/** GET /api/events: what changed, after an event number or from a time, paged. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { watchState } from '../../src/store/watch-state.js';
import { createApp } from '../../src/server/app.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-events-api-'));
const store = await openSqliteStore(path.join(dir, 'e.db'));
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const event = (type: string, at: string) => ({ at, type, record: JSON.stringify({ type, at, figure: 'evacuated' }) });

describe('GET /api/events', () => {
  it('lists events after a number or from a time, with the number to continue from', async () => {
    const state = await watchState(store);
    await state.commitChanges(
      [
        event('figure.new', '2026-04-01T10:00:00.000Z'),
        event('figure.revised', '2026-04-02T10:00:00.000Z'),
        event('figure.source', '2026-04-03T10:00:00.000Z'),
      ],
      [],
      {},
    );
    const app = createApp(store);
    const get = async (q: string) => {
      const r = await app.request(`http://localhost/api/events${q}`);
      return {
        status: r.status,
        body: (await r.json()) as { items: Array<{ seq: number; type: string }>; next: number },
      };
    };
    const all = await get('');
    expect(all.body.items.map((e) => e.type)).toEqual(['figure.new', 'figure.revised', 'figure.source']);
    const after = await get(`?since=${all.body.items[0]!.seq}&limit=1`);
    expect(after.body.items.map((e) => e.type)).toEqual(['figure.revised']);
    expect(after.body.next).toBe(all.body.items[1]!.seq);
    expect((await get('?since=2026-04-02')).body.items.map((e) => e.type)).toEqual(['figure.revised', 'figure.source']);
    const none = await get('?since=2026-05-01T00:00:00Z');
    expect(none.body).toEqual({ items: [], next: all.body.items[2]!.seq });
    expect((await get('?since=yesterday')).status).toBe(400);
  });

  it("names a file's article by the file's name, never the server's path; a web address stays", async () => {
    const state = await watchState(store);
    const at = '2026-04-04T10:00:00.000Z';
    await state.commitChanges(
      [
        {
          at,
          type: 'figure.new',
          record: JSON.stringify({ type: 'figure.new', at, url: '/srv/desk/in/report-7.txt' }),
        },
        { at, type: 'figure.new', record: JSON.stringify({ type: 'figure.new', at, url: 'https://news.example/a' }) },
      ],
      [],
      {},
    );
    const r = await createApp(store).request('http://localhost/api/events?since=2026-04-04');
    const urls = ((await r.json()) as { items: Array<{ url: string }> }).items.map((e) => e.url);
    expect(urls).toEqual(['report-7.txt', 'https://news.example/a']);
  });

  it('GET /api/watch lists the watched sources', async () => {
    const state = await watchState(store);
    await state.addSource({ url: 'https://news.example.org/rss', story: 'harbour fire', kind: 'feed', filter: 'fire' });
    const r = await createApp(store).request('http://localhost/api/watch');
    expect(await r.json()).toEqual({
      items: [expect.objectContaining({ url: 'https://news.example.org/rss', story: 'harbour fire', kind: 'feed' })],
    });
  });
});
