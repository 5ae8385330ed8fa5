/**
 * GET /api/sources pages the chains of a store larger than one page: every claim is counted (no cap), the
 * pages together hold every chain once, and a chain names a few of its articles while counting them all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverviewStore } from '../../bench/overview-store.js';
import { createApp } from './app.js';
import { CHAIN_DOCUMENTS, countChains, sourceChainPages } from './source-chains.js';
import type { Store } from '../store/store.js';
import { openSqliteStore } from '../store/sqlite.js';
import { openPostgresStore } from '../store/postgres.js';
import { sampleArticle } from '../../test/store/contract.js';
import { testPostgres } from '../../bench/pg-server.js';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-sources-paging-'));
  // 9 agencies × 6 outlets, taken in turn: 18 paths over 200 articles of 4 claims each.
  store = await buildOverviewStore(path.join(dir, 'store.db'), 200);
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Chain {
  source: string;
  outlet: string;
  claims: number;
  articles: number;
  documents: string[];
  titles: string[];
}

describe('GET /api/sources, paged', () => {
  it('pages every chain once, with the totals of the whole store', async () => {
    const app = createApp(store, { webRoot: path.join(dir, 'no-web') });
    const stats = await (await app.request('/api/stats')).json();
    const seen: Chain[] = [];
    let offset = 0;
    for (;;) {
      const res = await app.request(`/api/sources?limit=5&offset=${offset}`);
      expect(res.status).toBe(200);
      const page = await res.json();
      expect(page).toMatchObject({ total: 18, limit: 5, offset, claims: stats.claims });
      if (!page.items.length) break;
      seen.push(...page.items);
      offset += 5;
    }
    expect(seen).toHaveLength(18);
    expect(new Set(seen.map((c) => `${c.source} ${c.outlet}`)).size).toBe(18);
    expect(seen.reduce((n, c) => n + c.claims, 0)).toBe(stats.claims);
    expect(seen.reduce((n, c) => n + c.articles, 0)).toBe(stats.documents);
    // Most claims first, across pages.
    expect(seen.map((c) => c.claims)).toEqual([...seen.map((c) => c.claims)].sort((a, b) => b - a));
    for (const c of seen) {
      expect(c.documents).toHaveLength(Math.min(CHAIN_DOCUMENTS, c.articles));
      expect(c.titles).toHaveLength(c.documents.length);
      expect(c.claims).toBe(c.articles * 4);
    }
  });

  it('a page past the end is empty but keeps the totals; a bad limit is a 400', async () => {
    const app = createApp(store, { webRoot: path.join(dir, 'no-web') });
    const page = await (await app.request('/api/sources?offset=1000')).json();
    expect(page).toMatchObject({ items: [], total: 18, offset: 1000 });
    expect((await app.request('/api/sources?limit=0')).status).toBe(400);
  });

  it('counts every claim of the store in one pass', async () => {
    const { chains, claims } = await countChains(store);
    expect(claims).toBe((await store.stats()).claims);
    expect(chains.reduce((n, c) => n + c.claims, 0)).toBe(claims);
  });
});

describe('sourceChainPages while the store changes', () => {
  it('answers with the last count, marked counting, while a changed store is counted again', async () => {
    const claims = [{ id: 'd1:0', document: 'd1', source: 'a', sourceName: 'A', via: [], figure: null }];
    let slow = 0;
    const fake = {
      async *iterateClaims() {
        if (slow) await new Promise((r) => setTimeout(r, slow));
        yield* claims;
      },
      getDocument: async () => null,
      stats: async () => ({ claims: claims.length }),
      listCorrections: async () => [],
      listDuplicates: async () => [],
    } as unknown as Store;
    const pages = sourceChainPages(fake, { freshMs: 0, waitMs: 50 });
    expect(await pages({ limit: 10, offset: 0 })).toMatchObject({ total: 1, claims: 1, counting: false });
    claims.push({ id: 'd2:0', document: 'd2', source: 'b', sourceName: 'B', via: [], figure: null });
    slow = 300;
    const during = await pages({ limit: 10, offset: 0 });
    expect(during).toMatchObject({ total: 1, claims: 1, counting: true });
    await new Promise((r) => setTimeout(r, 400));
    expect(await pages({ limit: 10, offset: 0 })).toMatchObject({ total: 2, claims: 2, counting: false });
  });
});

describe('GET /api/sources over both stores', async () => {
  const pgServer = await testPostgres();
  afterAll(() => pgServer.stop());
  it.skipIf(!!pgServer.skip)('pages the same chains over PostgreSQL as over SQLite', async () => {
    const articles = () =>
      Array.from({ length: 30 }, (_, n) => sampleArticle(n, { outlet: `Outlet ${n % 12}`, published: '2024-05-01' }));
    const sqlite = openSqliteStore(':memory:');
    const postgres = await openPostgresStore(pgServer.url!, { schema: pgServer.schema() });
    const pages: unknown[][] = [];
    for (const s of [sqlite, postgres]) {
      await s.putArticles(articles());
      const app = createApp(s, { webRoot: path.join(dir, 'no-web') });
      const got: unknown[] = [];
      for (const offset of [0, 5, 10])
        got.push(await (await app.request(`/api/sources?limit=5&offset=${offset}`)).json());
      pages.push(got);
      await s.close();
    }
    expect(pages[1]).toEqual(pages[0]);
    expect(pages[0]![2]).toMatchObject({ total: 12, claims: 30, offset: 10 });
  });
});
