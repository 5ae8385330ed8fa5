import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { FigureRecord } from '../records.js';
import type { Store } from '../store/store.js';

/** Figures with reconciliations as large as a busy story's (a long timeline each), made at run time. */
const FIGURES = 3000;
const TIMELINE = 60;

function* figures(): Generator<FigureRecord> {
  for (let i = 0; i < FIGURES; i++) {
    const timeline = Array.from({ length: TIMELINE }, (_, k) => ({
      claim: `c-${i}-${k}`,
      document: `d-${k}`,
      text: `${1000 + k}`,
      value: 1000 + k,
      about: null,
      said: `2024-${String(1 + (k % 12)).padStart(2, '0')}-10`,
      sourceName: `Agency ${k % 7}`,
      evidence: 'A sentence of evidence long enough to weigh on a listing that read it. '.repeat(3),
    }));
    yield {
      id: `fig-${i}`,
      label: `Figure ${i}`,
      measure: 'people',
      action: null,
      actor: null,
      target: null,
      claims: timeline.map((t) => t.claim).slice(0, 1 + (i % 40)),
      story: `story-${i % 30}`,
      reconciliation: {
        timeline,
        values: [{ key: 'v', text: 'about 1,059', claims: [`c-${i}-59`], sources: ['a'], sourceNames: ['Agency 0'] }],
        best: { value: 1059, low: null, high: null, status: 'done', claims: [`c-${i}-59`], reason: 'latest' },
        disagreements: [],
        sources: [{ key: 'a' }],
      },
    };
  }
}

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-figures-scale-'));
  store = openSqliteStore(path.join(dir, 'store.db'));
  const stories = Array.from({ length: 30 }, (_, i) => ({
    id: `story-${i}`,
    label: `Story ${i}`,
    documents: [],
    figures: [],
    from: null,
    to: null,
  }));
  await store.putCorpus({ entities: [], duplicates: [], figures: figures(), stories, computedAt: '2024-01-01' });
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/figures at scale', () => {
  it('pages briefs without reading claims, records or duplicates', async () => {
    // Any read of the full figures would fail the request: the listing must answer from briefs alone.
    const guarded = new Proxy(store, {
      get(target, key, receiver) {
        if (['listFigures', 'getFigure', 'listClaims', 'listDuplicates', 'iterateClaims'].includes(String(key)))
          throw new Error(`the figure listing read ${String(key)}`);
        const v = Reflect.get(target, key, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const app = createApp(guarded, { webRoot: path.join(dir, 'no-web') });
    const started = performance.now();
    const res = await app.request('/api/figures?limit=50&offset=2950');
    const ms = performance.now() - started;
    const text = await res.text();
    expect(res.status).toBe(200);
    const body = JSON.parse(text);
    expect(body).toMatchObject({ total: FIGURES, limit: 50, offset: 2950 });
    expect(body.items).toHaveLength(50);
    expect(body.items[0].headline).toMatchObject({ text: 'about 1,059', status: 'done' });
    expect(body.items[0].spark.length).toBeLessThanOrEqual(40);
    // A page of 50 briefs stays small however long the timelines are.
    expect(text.length).toBeLessThan(200_000);
    expect(ms).toBeLessThan(1500);
    const story = await (await app.request('/api/figures?story=story-3&limit=5')).json();
    expect(story.total).toBe(FIGURES / 30);
    expect(story.items[0].claims).toBeGreaterThanOrEqual(story.items[4].claims);
    const stories = await (await app.request('/api/stories?limit=10&offset=25')).json();
    expect(stories).toMatchObject({ total: 30, offset: 25 });
    // Stories are listed most documents first, then by id: here all have none, so by id.
    const byId = Array.from({ length: 30 }, (_, i) => `story-${i}`).sort();
    expect(stories.items[0]).toMatchObject({ id: byId[25], figures: FIGURES / 30 });
  });
});
