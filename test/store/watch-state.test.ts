/**
 * The watch state contract, run on both stores: sources, validators, items
 * seen, the figure snapshot and events written together, event listing and
 * consumer cursors.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';
import { watchState } from '../../src/store/watch-state.js';
import { ReviewedStore } from '../../src/review/reviewed-store.js';
import { testPostgres } from '../../bench/pg-server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-watch-state-'));
const server = await testPostgres();
const opened: Store[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const kinds: Array<[string, () => Promise<Store>, string | false]> = [
  ['sqlite', async () => openSqliteStore(path.join(dir, `w${n++}.db`)), false],
  ['postgres', async () => openPostgresStore(server.url!, { schema: server.schema('watch') }), server.skip],
];

for (const [name, open, skip] of kinds) {
  (skip ? describe.skip : describe)(`watch state (${name})`, () => {
    const fresh = async () => {
      const store = await open();
      opened.push(store);
      return watchState(store);
    };

    it('is the same state through a store wrapped for review', async () => {
      const store = await open();
      opened.push(store);
      const url = 'https://b.example.org/sitemap.xml';
      await (
        await watchState(new ReviewedStore(store))
      ).addSource({ url, story: 'strike', kind: 'auto', filter: null });
      expect((await (await store.watchState()).listSources()).map((s) => s.url)).toEqual([url]);
    });

    it('keeps sources, with their status, and removes them with what they saw', async () => {
      const state = await fresh();
      const a = await state.addSource({ url: 'https://a.example.org/rss', story: 'storm', kind: 'auto', filter: null });
      const again = await state.addSource({
        url: 'https://a.example.org/rss',
        story: 'storm',
        kind: 'feed',
        filter: 'gale',
      });
      expect(again.id).toBe(a.id);
      expect(again).toMatchObject({ kind: 'feed', filter: 'gale' });
      await state.setSourceStatus(a.id, { polledAt: '2026-01-01T00:00:00Z', error: 'HTTP 500', kind: 'feed' });
      expect((await state.listSources())[0]).toMatchObject({ polledAt: '2026-01-01T00:00:00Z', error: 'HTTP 500' });
      await state.markSeen(a.id, 'https://a.example.org/1#x');
      await state.markSeen(a.id, 'https://a.example.org/1#x');
      expect(await state.seenItems(a.id, ['https://a.example.org/1#x', 'https://a.example.org/2#'])).toEqual(
        new Set(['https://a.example.org/1#x']),
      );
      expect(await state.removeSource(a.url)).toBe(true);
      expect(await state.listSources()).toEqual([]);
      const b = await state.addSource({ url: 'https://a.example.org/rss', story: null, kind: 'auto', filter: null });
      expect(await state.seenItems(b.id, ['https://a.example.org/1#x'])).toEqual(new Set());
    });

    it('keeps validators by URL', async () => {
      const state = await fresh();
      expect(await state.getValidators('https://a.example.org/p')).toBeNull();
      await state.setValidators('https://a.example.org/p', { etag: '"1"', lastModified: null });
      await state.setValidators('https://a.example.org/p', {
        etag: '"2"',
        lastModified: 'Tue, 02 Jun 2026 10:00:00 GMT',
      });
      expect(await state.getValidators('https://a.example.org/p')).toEqual({
        etag: '"2"',
        lastModified: 'Tue, 02 Jun 2026 10:00:00 GMT',
      });
    });

    it('writes events with the snapshot and lists them by number or time', async () => {
      const state = await fresh();
      const stored = await state.commitChanges(
        [
          {
            at: '2026-01-01T00:00:00Z',
            type: 'figure.new',
            record: JSON.stringify({ type: 'figure.new', at: '2026-01-01T00:00:00Z', figure: 'deaths' }),
          },
          {
            at: '2026-01-02T00:00:00Z',
            type: 'figure.revised',
            record: JSON.stringify({ type: 'figure.revised', at: '2026-01-02T00:00:00Z', figure: 'deaths' }),
          },
        ],
        [{ id: 'deaths', record: '{"id":"deaths"}' }],
        { snapshotDocuments: '2' },
      );
      expect(stored.map((e) => e.type)).toEqual(['figure.new', 'figure.revised']);
      expect(stored[1]!.seq).toBeGreaterThan(stored[0]!.seq);
      expect(await state.getSnapshot()).toEqual([{ id: 'deaths', record: '{"id":"deaths"}' }]);
      await state.commitChanges([], [{ id: 'missing', record: '{}' }], {});
      expect((await state.getSnapshot()).map((r) => r.id)).toEqual(['missing']);
      expect(await state.getMeta('snapshotDocuments')).toBe('2');
      expect((await state.listEvents(stored[0]!.seq, 10)).map((e) => e.seq)).toEqual([stored[1]!.seq]);
      expect((await state.listEvents('2026-01-02', 10)).map((e) => e.figure)).toEqual(['deaths']);
      expect(await state.lastEventSeq()).toBe(stored[1]!.seq);
    });
  });
}
