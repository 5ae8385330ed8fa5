import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../../test/store/contract.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Reconciliation } from './types.js';
import { PART_LEAD, SHARE_WITH, runCorpus } from './index.js';

const dir = join(import.meta.dirname, '../../test/fixtures/corpus/duplicates');

describe('runCorpus over a store', () => {
  it('streams documents and claims, links copies, builds and persists figures', async () => {
    const store = openSqliteStore(':memory:');
    const origin = readFileSync(join(dir, 'origin.txt'), 'utf8');
    const rewrite = readFileSync(join(dir, 'rewrite.txt'), 'utf8');
    // Three articles: an origin, its light rewrite elsewhere, and an unrelated one; each with one claim.
    const a = sampleArticle(1, {
      text: `Officials said 120 people were evacuated. ${origin}`,
      outlet: 'Wire Agency',
      published: '2023-01-09',
    });
    const b = sampleArticle(2, {
      text: `Officials said 120 people were evacuated. ${rewrite}`,
      outlet: 'City Herald',
      published: '2023-01-09',
    });
    const c = sampleArticle(3, {
      text: 'Officials said 300 people were evacuated from the valley on Monday after the dam burst in the north of the country.',
      outlet: 'Valley News',
      published: '2023-01-10',
    });
    await store.putArticles([a, b, c]);
    const result = await runCorpus(store, { now: () => '2023-01-11T00:00:00Z' });
    expect(result.duplicates).toEqual([expect.objectContaining({ document: b.id, of: a.id, kind: 'syndicated' })]);
    // The unrelated article is another story: its evacuations are another figure.
    expect(result.stories).toBe(2);
    expect(result.figures).toBe(2);
    expect(result.claims).toBe(3);
    const figures = (await store.listFigures()).items;
    expect(figures).toHaveLength(2);
    const fig = figures[0]!;
    expect(fig.label).toBe('People evacuated');
    expect(figures[1]!.story).not.toBe(fig.story);
    const rec = fig.reconciliation as Reconciliation;
    const v120 = rec.values.find((v) => v.value === 120)!;
    expect(v120.corroboration).toBe('120 — 1 source (officials), 2 articles (1 independent)');
    expect(fig.relations).toEqual([]);
    // Persisted.
    expect((await store.listDuplicates()).length).toBe(1);
    expect((await store.listClaims({ figure: fig.id })).total).toBe(2);
    await store.close();
  });

  it('counts one speaker spelled two ways as one source, through the cross-article entity merge', async () => {
    const store = openSqliteStore(':memory:');
    const spellings = ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'];
    const articles = spellings.map((name, i) => {
      const a = sampleArticle(10 + i, {
        text: `The president said 10,000 soldiers were being prepared, in a speech number ${i}.`,
        published: '2024-10-18',
        outlet: `Paper ${i}`,
      });
      const id = name.toLowerCase().replace(/\s+/g, '-');
      a.entities = [{ id, name, type: 'person', aliases: [], roles: ['president'] }];
      a.claims[0]!.source = { entity: id, name, by: 'test', certain: true };
      a.claims[0]!.quantity.value = 10000;
      return a;
    });
    await store.putArticles(articles);
    const result = await runCorpus(store, { now: () => '2024-10-19T00:00:00Z' });
    const rec = (await store.listFigures()).items[0]!.reconciliation as Reconciliation;
    expect(rec.sources).toHaveLength(1);
    expect(Object.keys(result.claimSource ?? {})).toHaveLength(1);
    await store.close();
  });
});

describe('corpus/share-with-part: "X accounted for the largest share of Y, with N" makes N a part', () => {
  const rows: Array<[string, boolean]> = [
    ['The capital accounted for the biggest share of new hires, with about ', true],
    ['Coastal districts made up most of the damage, with ', true],
    ['Harlow had the largest number of cases, with ', true],
    ['The north saw the greatest share of the arrivals, with nearly ', true],
    ['Retail led the gains, with ', true],
    ['Manufacturing accounted for the bulk of the losses, with some ', true],
    ['The storm hit overnight, with ', false],
    ['The council met on Tuesday, with ', false],
    ['Flights resumed at noon, with about ', false],
    ['Police arrested the suspects, with ', false],
    ['It was the highest toll since 2010, with ', false],
    ['The largest quake in decades struck at dawn, with ', false],
  ];
  for (const [before, part] of rows)
    it(`“${before}N” → ${part ? 'part' : 'not a part'}`, () => expect(SHARE_WITH.test(before)).toBe(part));
});

describe('corpus/of-the-whole-lead: a clause opening with a counted whole makes the next number a part', () => {
  const rows: Array<[string, boolean]> = [
    ['Of the 23 people arrested, ', true],
    ['Of those 40 dead, at least ', true],
    ['Of the twelve miners rescued, ', true],
    ['Of the thirty-five patients admitted, only ', true],
    ['Of the dozens injured, ', true],
    ['After the collapse of the dam, ', false],
    ['Because of the heat, ', false],
    ['On the eve of the vote, about ', false],
    ['Most of the evacuees, ', false],
    ['In the north of the county, ', false],
    ['Residents of the city, some ', false],
    // corpus/of-that-lead: the whole named by a pronoun in the sentence before
    ['Of that, about ', true],
    ['Of those, at least ', true],
    ['Of them, ', true],
    ['Because of that, ', false],
    ['Instead of those, some ', false],
    ['Two ferries sank, and of the 40 passengers aboard, ', true],
  ];
  for (const [before, part] of rows)
    it(`“${before}N” → ${part ? 'part' : 'not a part'}`, () => expect(PART_LEAD.test(before)).toBe(part));
});
