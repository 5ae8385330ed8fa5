/**
 * The overview of a 600-article store downloads summaries, not reconciliations:
 * the JSON of every request the overview makes stays under 200 KB. Its time to
 * first content is measured by `node dist/bench/overview.js`, not here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverviewStore } from '../../bench/overview-store.js';
import { createApp } from './app.js';
import type { Store } from '../store/store.js';

/** What the overview fetches for its first page (web/src/views/overview.tsx, and the nav badge of changes.tsx). */
const OVERVIEW = ['/api/stats', '/api/events?since=0&limit=99', '/api/stories?limit=500', '/api/figures?limit=48'];
const BUDGET = 200 * 1024;

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-overview-scale-'));
  store = await buildOverviewStore(path.join(dir, 'store.db'), 600);
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the overview of a 600-article store', () => {
  it('downloads under 200 KB of JSON, the first page of all figures or of one story', async () => {
    const app = createApp(store, { webRoot: path.join(dir, 'no-web') });
    const bytes = async (url: string) => {
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      return Buffer.byteLength(await res.text());
    };
    const stats = await (await app.request('/api/stats')).json();
    expect(stats).toMatchObject({ documents: 600, figures: 900 });
    for (const urls of [OVERVIEW, [...OVERVIEW.slice(0, 3), '/api/figures?story=story-3&limit=48']]) {
      const sizes = await Promise.all(urls.map(bytes));
      const total = sizes.reduce((a, b) => a + b, 0);
      expect(total, `${urls.join(' + ')}: ${sizes.join(' + ')} bytes`).toBeLessThan(BUDGET);
    }
  });
});
