import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../corpus/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import { sampleArticle } from '../../test/store/contract.js';
import { createApp } from './app.js';

const noWeb = path.join(tmpdir(), 'crosscheck-no-such-web-root');

describe('GET /api/figures/:id: conflicts and dates as the report tells them', () => {
  it('tells a conflict once, by who said what, and says where each date came from', async () => {
    const store = openSqliteStore(':memory:');
    const strike = (n: number, outlet: string, count: string, who: string) => {
      const a = sampleArticle(n, {
        text: `${who} said ${count} people were arrested at the Halden Harbour gates on Tuesday. Dockers walked out.`,
        outlet,
        published: '2024-05-03',
      });
      a.claims[0]!.source = { entity: null, name: who.replace(/^The /, 'the '), by: 'test', certain: true };
      a.claims[0]!.action = { value: 'arrest', by: 'test', certain: true };
      return a;
    };
    await store.putArticles([
      strike(1, 'Harbour Times', '35', 'The police chief'),
      strike(2, 'Coast Radio', '20', 'The mayor'),
      strike(3, 'Bay Courier', '35', 'The police chief'),
    ]);
    await runCorpus(store, { now: () => '2024-05-04T00:00:00Z' });
    const app = createApp(store, { webRoot: noWeb, now: () => new Date('2024-05-04T00:00:00Z') });
    const briefs = (await (await app.request('/api/figures')).json()) as { items: Array<{ id: string }> };
    const bodies = await Promise.all(
      briefs.items.map(async (f) => (await app.request(`/api/figures/${f.id}`)).json() as Promise<any>),
    );
    const arrests = bodies.find((b) => b.conflicts.length)!;
    expect(arrests.conflicts).toHaveLength(1);
    expect(arrests.conflicts[0].text).toMatch(
      /^on 2024-05-03, the (police chief|mayor): (35|20); the (mayor|police chief): (20|35)$/,
    );
    expect(arrests.conflicts[0].sides).toHaveLength(2);
    expect(arrests.points.length).toBeGreaterThan(1);
    for (const p of arrests.points) expect(p.dateBy).toBe('dates/published');
    await store.close();
  });
});
