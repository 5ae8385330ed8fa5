/**
 * The API over the real seed corpus: corpus/demo ingested through the
 * pipeline, then the corpus stages. Checks that the routes hold together on
 * real output (not exact values: the NLP stages keep improving).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { seedStore } from '../../test/server/test-store.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus/demo');

describe('API over the seed corpus', () => {
  let store: Store;
  let app: Hono;
  beforeAll(async () => {
    store = await seedStore();
    app = createApp(store, { webRoot: path.join(demo, 'no-web') });
  });
  afterAll(() => store.close());

  it('lists the five seeds and their figures', async () => {
    const stats = await (await app.request('/api/stats')).json();
    expect(stats.documents).toBe(5);
    const figs = await (await app.request('/api/figures')).json();
    expect(figs.total).toBeGreaterThan(0);
    // Most-reported first, each with its answer: the best value as reported and its status.
    const top = figs.items[0];
    expect(top.claims).toBeGreaterThan(2);
    expect(top.spark.length).toBeGreaterThan(0);
    expect(top.headline.text).toMatch(/\d/);
    expect(top.headline.status).toMatch(/^(done|planned|possible|unconfirmed)$/);
    const stories = await (await app.request('/api/stories')).json();
    expect(stories.total).toBeGreaterThan(0);
    const first = stories.items[0];
    const inStory = await (await app.request(`/api/figures?story=${encodeURIComponent(first.id)}`)).json();
    expect(inStory.total).toBe(first.figures);
  });

  it('every figure page holds together: points are its claims, evidence marks the number', async () => {
    const figs = await (await app.request('/api/figures?limit=500')).json();
    for (const f of figs.items) {
      const d = await (await app.request(`/api/figures/${encodeURIComponent(f.id)}`)).json();
      expect(d.points.length).toBe(f.claims);
      expect(d.points.map((p: { claim: string }) => p.claim).sort()).toEqual([...d.figure.claims].sort());
      for (const p of d.points) {
        expect(p.numberStart).toBeGreaterThanOrEqual(0);
        expect(p.numberEnd).toBeLessThanOrEqual(p.evidence.length);
        expect(p.evidence.slice(p.numberStart, p.numberEnd)).toMatch(/\d|[a-z]/i);
      }
    }
  });

  it('every document view has spans inside its text', async () => {
    const docs = await (await app.request('/api/documents')).json();
    for (const doc of docs.items) {
      const d = await (await app.request(`/api/documents/${doc.id}`)).json();
      for (const s of [
        ...d.spans.claims.map((c: { numberStart: number; numberEnd: number }) => ({
          start: c.numberStart,
          end: c.numberEnd,
        })),
        ...d.spans.quotes,
        ...d.spans.mentions,
      ]) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(d.text.length);
      }
    }
  });

  it('sources and search work on real text', async () => {
    const src = await (await app.request('/api/sources')).json();
    expect(src.items.length).toBeGreaterThan(1);
    const hits = await (await app.request('/api/search?q=troops')).json();
    expect(hits.total).toBeGreaterThan(0);
  });

  it('POST /api/ingest with the default ingest stores the upload and recomputes the figures', async () => {
    const a = createApp(store, { webRoot: path.join(demo, 'no-web'), token: 't0ken' });
    const before = (await (await a.request('/api/stats')).json()).documents;
    const body = JSON.stringify([
      {
        title: 'Dam breach',
        url: 'https://example.org/dam',
        published: '2024-05-02',
        text: 'Officials said 120 people were evacuated from the valley on Monday after the dam failed.\n\nRescuers said 40 homes were destroyed.',
      },
    ]);
    const res = await a.request('/api/ingest', {
      method: 'POST',
      headers: { Authorization: 'Bearer t0ken', 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    const summary = await res.json();
    expect(summary.stored).toBe(1);
    expect(summary.corpus.figures).toBeGreaterThan(0);
    expect(JSON.stringify(summary)).not.toContain('crosscheck-upload-');
    expect((await (await a.request('/api/stats')).json()).documents).toBe(before + 1);
    const hits = await (await a.request('/api/search?q=dam')).json();
    const hit = hits.items.find((h: { title: string }) => h.title === 'Dam breach');
    expect(hit).toBeDefined();
    const doc = await (await a.request(`/api/documents/${hit.document}`)).json();
    expect(doc.document.source).toBe('https://example.org/dam');
    const form = new FormData();
    form.append(
      'files',
      new File(['Engineers said 75 people were evacuated after the levee broke on Tuesday.'], 'levee.txt'),
    );
    const up = await (
      await a.request('/api/ingest', { method: 'POST', headers: { Authorization: 'Bearer t0ken' }, body: form })
    ).json();
    expect(up.stored).toBe(1);
    const stored = await (await a.request(`/api/documents/${up.outcomes[0].id}`)).json();
    expect(stored.document.source).toBe('upload:0000-levee.txt');
  });
});
