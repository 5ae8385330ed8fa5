/** A watch poll into a PostgreSQL store: the same articles, versions and events as with SQLite. */
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.js';
import { watchState } from '../../src/store/watch-state.js';
import { Fetcher } from '../../src/watch/fetcher.js';
import { pollOnce } from '../../src/watch/watch.js';
import { runCorpus } from '../../src/corpus/index.js';
import { testPostgres } from '../../bench/pg-server.js';
import { articlePage, rssRoute, startSite } from './site.js';

const server = await testPostgres();
const site = await startSite({ '/robots.txt': { body: 'User-agent: *\nAllow: /\n', type: 'text/plain' } });
afterAll(async () => {
  await site.close();
  await server.stop();
});

const page = (sentence: string) =>
  articlePage('Landslide', '2026-08-01T07:00:00Z', [sentence, 'Rescuers dug through mud with their hands overnight.']);

(server.skip ? describe.skip : describe)('watch on PostgreSQL', () => {
  it('stores new items once, a page edited in place as a version, and records the events', async () => {
    const store = await openPostgresStore(server.url!, { schema: server.schema('watch') });
    try {
      const state = await watchState(store);
      site.routes.set('/l1', {
        body: page('A landslide buried 9 homes in the mountain village, the mayor said on Saturday.'),
      });
      site.routes.set('/feed', rssRoute([{ title: 'Landslide', link: site.url('/l1') }]));
      await state.addSource({ url: site.url('/feed'), story: 'landslide', kind: 'auto', filter: null });
      await state.addSource({ url: site.url('/l1'), story: 'landslide', kind: 'page', filter: null });
      const ctx = {
        store,
        state,
        fetcher: new Fetcher({ hostIntervalMs: 0, backoffMs: 5 }),
        corpus: (s: typeof store) => runCorpus(s),
      };
      const first = await pollOnce(ctx);
      expect(first.stored).toBe(1);
      expect((await store.stats()).documents).toBe(1);
      expect(first.events.some((e) => e.type === 'figure.new')).toBe(true);
      site.routes.set('/l1', {
        body: page('A landslide buried 14 homes in the mountain village, the mayor said on Saturday.'),
      });
      const second = await pollOnce(ctx);
      expect(second.versions).toBe(1);
      expect(second.events.map((e) => e.type)).toContain('article.updated');
      expect((await state.listEvents(0, 100)).length).toBe(first.events.length + second.events.length);
    } finally {
      await store.close();
    }
  });
});
