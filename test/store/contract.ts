/**
 * The one contract every Store implementation passes (hono's shared router
 * tests). Each implementation's test file calls {@link storeContract} with a
 * function that opens a fresh, empty store.
 */
import { describe, expect, it } from 'vitest';
import { exactQuantity } from '../../bench/hand-made.js';
import { figureRecord } from '../helpers/corpus.js';
import { createArticle, rawText, span, type Article, type Claim } from '../../src/article.js';
import type { Store } from '../../src/store/store.js';
import { addCorrection, reviewed } from '../../src/review/index.js';

/** A small analysed article built by hand, independent of the stages. */
export function sampleArticle(
  n: number,
  options: { url?: string; text?: string; value?: number; outlet?: string; published?: string } = {},
): Article {
  const text =
    options.text ??
    `Officials said ${options.value ?? 100 + n} people were evacuated from the valley on Monday. Article ${n}.`;
  const article = createArticle({ source: `sample-${n}.txt`, raw: text, format: 'text', url: options.url ?? null });
  article.text = text;
  article.offsets = [{ start: 0, length: text.length, rawStart: 0, rawLength: text.length }];
  article.meta.title = { value: `Sample ${n}`, by: 'test', certain: true };
  article.meta.outlet = { value: options.outlet ?? 'Example News', by: 'test', certain: true };
  if (options.published)
    article.meta.published = { value: { iso: options.published, precision: 'day' }, by: 'test', certain: true };
  const m = /\d+/.exec(text);
  if (m) {
    const q = exactQuantity(text, m.index, m.index + m[0].length, 'people', 'test');
    const sentenceEnd = text.indexOf('.', m.index) + 1;
    const claim: Claim = {
      id: `${article.id}:${q.start}`,
      quantity: q,
      evidence: span(text, 0, sentenceEnd),
      actor: null,
      target: null,
      action: { value: 'evacuate', by: 'test', certain: true },
      status: { value: 'asserted', by: 'test', certain: true },
      source: { entity: 'officials', name: 'officials', by: 'test', certain: true },
      via: [],
      when: null,
      said: options.published ?? null,
    };
    article.claims.push(claim);
  }
  article.quotes.push({
    ...span(text, 0, 9),
    by: 'test',
    certain: true,
    speaker: 'officials',
    speakerName: 'officials',
    partial: true,
  });
  article.entities.push({ id: 'officials', name: 'officials', type: 'organization', aliases: [], roles: [] });
  return article;
}

export function storeContract(name: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  const d = opts.skip ? describe.skip : describe;
  d(`Store contract: ${name}${opts.skip ? ` (skipped: ${opts.skip})` : ''}`, () => {
    it('stores a batch and reads it back', async () => {
      const store = await open();
      const out = await store.putArticles([sampleArticle(1), sampleArticle(2)]);
      expect(out.map((o) => o.status)).toEqual(['stored', 'stored']);
      const docs = await store.listDocuments({ limit: 10 });
      expect(docs.total).toBe(2);
      expect(docs.items[0]!.title).toBe('Sample 1');
      const art = await store.getArticle(out[0]!.id);
      expect(art?.claims[0]?.quantity.value).toBe(101);
      expect(art?.raw).toContain('101 people');
      const claims = await store.listClaims({});
      expect(claims.total).toBe(2);
      expect(claims.items[0]!.evidence).toContain('evacuated');
      await store.close();
    });

    it('stores a raw text held as UTF-8 bytes as that text, and never the bytes in the analysis', async () => {
      const store = await open();
      const article = sampleArticle(3, {
        text: 'Officials said 300 people were evacuated from Saint-Étienne — “all of them” — on Monday.',
      });
      const raw = rawText(article);
      const [out] = await store.putArticles([{ ...article, raw: Buffer.from(raw, 'utf8') }]);
      const back = await store.getArticle(out!.id);
      expect(back?.raw).toBe(raw);
      expect(back?.claims[0]?.quantity.value).toBe(300);
      await store.close();
    });

    it('stores nothing new for the same bytes twice', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1)]);
      const again = await store.putArticles([sampleArticle(1)]);
      expect(again[0]!.status).toBe('unchanged');
      expect((await store.stats()).documents).toBe(1);
      await store.close();
    });

    it('links a changed text at the same URL as a new version', async () => {
      const store = await open();
      const [first] = await store.putArticles([sampleArticle(1, { url: 'https://example.com/a' })]);
      const [second] = await store.putArticles([sampleArticle(1, { url: 'https://example.com/a', value: 250 })]);
      expect(second!.status).toBe('version');
      expect(second!.previous).toBe(first!.id);
      expect((await store.getDocument(second!.id))!.previousVersion).toBe(first!.id);
      await store.close();
    });

    it('links versions of a URL by their own dates, whatever order a batch gives them', async () => {
      const v = [1, 2, 3].map((n) => sampleArticle(n, { url: 'https://example.com/b', published: `2024-05-0${n}` }));
      for (const order of [
        [2, 0, 1],
        [0, 1, 2],
        [1, 2, 0],
      ]) {
        const store = await open();
        const out = await store.putArticles(order.map((k) => v[k]!));
        expect(out.map((o) => o.previous ?? null)).toEqual(order.map((k) => (k ? v[k - 1]!.id : null)));
        for (const k of [0, 1, 2])
          expect((await store.getDocument(v[k]!.id))!.previousVersion).toBe(k ? v[k - 1]!.id : null);
        await store.close();
      }
    });

    it('links versions of a URL by their own dates, whatever order separate batches bring them in', async () => {
      const url = 'https://example.com/c';
      const v = [1, 2, 3].map((n) => sampleArticle(n, { url, published: `2024-06-0${n}` }));
      for (const order of [
        [0, 1],
        [1, 0],
        [2, 0, 1],
        [1, 2, 0],
      ]) {
        const store = await open();
        for (const k of order) {
          const [out] = await store.putArticles([v[k]!]);
          // A batch's own article follows the newest stored version dated before it.
          const before = order.slice(0, order.indexOf(k)).filter((j) => j < k);
          expect(out!.previous ?? null).toBe(before.length ? v[Math.max(...before)]!.id : null);
        }
        const kept = [...order].sort();
        for (const [n, k] of kept.entries()) {
          const doc = await store.getDocument(v[k]!.id);
          expect(doc!.previousVersion).toBe(n ? v[kept[n - 1]!]!.id : null);
        }
        await store.close();
      }
    });

    it('filters claims and pages through them', async () => {
      const store = await open();
      await store.putArticles(
        [1, 2, 3, 4, 5].map((n) =>
          sampleArticle(n, { published: `2024-0${n}-01`, outlet: n % 2 ? 'Odd Times' : 'Even Post' }),
        ),
      );
      expect((await store.listClaims({ outlet: 'Odd Times' })).total).toBe(3);
      expect((await store.listClaims({ from: '2024-03-01' })).total).toBe(3);
      expect((await store.listClaims({ to: '2024-02-01' })).total).toBe(2);
      expect((await store.listClaims({ text: '103 people' })).total).toBe(1);
      const p = await store.listClaims({ limit: 2, offset: 2, sort: 'value', order: 'desc' });
      expect(p.items.map((c) => c.value)).toEqual([103, 102]);
      expect(p.total).toBe(5);
      await store.close();
    });

    it('iterates documents and claims in ingest order', async () => {
      const store = await open();
      await store.putArticles([1, 2, 3].map((n) => sampleArticle(n)));
      const ids: string[] = [];
      for await (const d of store.iterateDocuments()) ids.push(d.title!);
      expect(ids).toEqual(['Sample 1', 'Sample 2', 'Sample 3']);
      let claims = 0;
      for await (const _ of store.iterateClaims()) claims++;
      expect(claims).toBe(3);
      await store.close();
    });

    it('reads from one snapshot inside snapshot(): what is stored meanwhile is not seen', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1)]);
      const claims = (await store.stats()).claims;
      const seen = await store.snapshot!(async (view) => {
        const before = (await view.stats()).documents;
        await store.putArticles([sampleArticle(2), sampleArticle(3)]);
        const docs: string[] = [];
        for await (const d of view.iterateDocuments()) docs.push(d.id);
        return { before, docs: docs.length, claims: (await view.listClaims({})).total };
      });
      expect(seen).toEqual({ before: 1, docs: 1, claims });
      expect((await store.stats()).documents).toBe(3);
      await store.close();
    });

    it('persists corpus results and applies them to claims', async () => {
      const store = await open();
      const out = await store.putArticles([sampleArticle(1), sampleArticle(2)]);
      const claims = (await store.listClaims({})).items;
      await store.putCorpus({
        entities: [
          {
            id: 'officials',
            name: 'Officials',
            type: 'organization',
            aliases: ['officials'],
            roles: [],
            documents: out.map((o) => o.id),
          },
        ],
        duplicates: [{ document: out[1]!.id, of: out[0]!.id, kind: 'duplicate', similarity: 0.9 }],
        figures: [
          {
            id: 'people-evacuated',
            label: 'People evacuated',
            measure: 'people',
            action: 'evacuate',
            actor: null,
            target: null,
            claims: claims.map((c) => c.id),
            reconciliation: { best: 101 },
          },
        ],
        computedAt: '2024-01-01T00:00:00Z',
      });
      expect((await store.listFigures()).items[0]!.label).toBe('People evacuated');
      expect((await store.getFigure('people-evacuated'))!.reconciliation).toEqual({ best: 101 });
      expect((await store.listClaims({ figure: 'people-evacuated' })).total).toBe(2);
      expect(await store.listDuplicates(out[0]!.id)).toHaveLength(1);
      expect((await store.listEntities({})).items[0]!.name).toBe('Officials');
      // Recomputing replaces, never accumulates.
      await store.putCorpus({ entities: [], duplicates: [], figures: [], computedAt: '2024-01-02T00:00:00Z' });
      expect((await store.listFigures()).total).toBe(0);
      expect((await store.listClaims({ figure: 'people-evacuated' })).total).toBe(0);
      await store.close();
    });

    it('writes figures from a one-pass stream, each claim getting the figure that lists it', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1), sampleArticle(2), sampleArticle(3)]);
      const claims = (await store.listClaims({})).items.map((c) => c.id);
      let asked = 0;
      function* figures() {
        for (const [i, id] of ['f-a', 'f-b'].entries()) {
          asked++;
          yield figureRecord(id, i ? claims.slice(1) : claims.slice(0, 1), { reconciliation: { n: i } });
        }
      }
      await store.putCorpus({ entities: [], duplicates: [], figures: figures(), computedAt: '2024-01-01T00:00:00Z' });
      expect(asked).toBe(2);
      expect((await store.listFigures()).items.map((f) => f.id).sort()).toEqual(['f-a', 'f-b']);
      expect((await store.listClaims({ figure: 'f-a' })).items.map((c) => c.id)).toEqual(claims.slice(0, 1));
      expect((await store.listClaims({ figure: 'f-b' })).total).toBe(2);
      await store.close();
    });

    it('keeps figure briefs and story briefs beside the records, most-reported first, by story and part', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1), sampleArticle(2), sampleArticle(3)]);
      const claims = (await store.listClaims({})).items.map((c) => c.id);
      const fig = (id: string, n: number, story: string | null, partOf: string | null = null) =>
        figureRecord(id, claims.slice(0, n), {
          story,
          partOf,
          reconciliation: {
            best: { value: null, low: 40, high: null, status: 'done', claims: claims.slice(0, 1), reason: 'r' },
            values: [
              { key: 'k', text: 'more than 40', claims: claims.slice(0, 1), sources: ['a'], sourceNames: ['A'] },
            ],
            timeline: [{ claim: claims[0], about: '2024-10', said: '2024-10-20', value: null, low: 40 }],
            disagreements: [{ kind: 'rounding', a: 'k', b: 'k', claims: [], note: '' }],
            sources: [{ key: 'a' }, { key: 'b' }],
          },
        });
      const story = (id: string, docs: number) => ({
        id,
        label: `Story ${id}`,
        documents: Array.from({ length: docs }, (_, i) => `d${i}`),
        figures: [],
        from: '2024-10-01',
        to: '2024-10-30',
      });
      await store.putCorpus({
        entities: [],
        duplicates: [],
        figures: [fig('small', 1, 's1'), fig('big', 3, 's1'), fig('part', 2, 's2', 'big')],
        stories: [story('s1', 3), story('s2', 1)],
        computedAt: '2024-01-01T00:00:00Z',
      });
      const all = await store.listFigureBriefs({ limit: 2 });
      expect(all.total).toBe(3);
      expect(all.items.map((f) => f.id)).toEqual(['big', 'part']);
      expect(all.items[0]).toMatchObject({ claims: 3, story: 's1', partOf: null });
      expect(all.items[0]!.headline).toMatchObject({
        text: 'more than 40',
        low: 40,
        status: 'done',
        asOf: '2024-10',
        precision: 'month',
        sources: ['A'],
        independent: 1,
        reporting: 2,
        disagree: false,
      });
      expect(all.items[0]).not.toHaveProperty('reconciliation');
      expect((await store.listFigureBriefs({ offset: 2 })).items.map((f) => f.id)).toEqual(['small']);
      expect((await store.listFigureBriefs({ story: 's1' })).items.map((f) => f.id)).toEqual(['big', 'small']);
      expect((await store.listFigureBriefs({ partOf: 'big' })).items.map((f) => f.id)).toEqual(['part']);
      expect((await store.listFigureBriefs({ q: 'SMA' })).items.map((f) => f.id)).toEqual(['small']);
      // The search filters: a claim by the number it states, a quotation by its words.
      const [first] = (await store.listClaims({})).items;
      const n = first!.value ?? first!.low!;
      expect((await store.listClaims({ value: n })).items.map((c) => c.id)).toContain(first!.id);
      expect((await store.listClaims({ value: n + 0.5 })).total).toBe(0);
      const [quote] = (await store.listQuotes({})).items;
      const words = quote!.text.slice(1, 6).toUpperCase();
      expect((await store.listQuotes({ text: words })).items.map((x) => x.id)).toContain(quote!.id);
      expect((await store.listQuotes({ text: 'no such words here' })).total).toBe(0);
      expect(await store.listStories()).toEqual([
        { id: 's1', label: 'Story s1', from: '2024-10-01', to: '2024-10-30', documents: 3, figures: 2 },
        { id: 's2', label: 'Story s2', from: '2024-10-01', to: '2024-10-30', documents: 1, figures: 1 },
      ]);
      await store.putCorpus({ entities: [], duplicates: [], figures: [], computedAt: '2024-01-02T00:00:00Z' });
      expect(await store.listStories()).toEqual([]);
      expect((await store.listFigureBriefs()).total).toBe(0);
      await store.close();
    });

    it('keeps the last corpus results when the figure stream fails part-way', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1)]);
      const [claim] = (await store.listClaims({})).items;
      await store.putCorpus({
        entities: [],
        duplicates: [],
        figures: [figureRecord('kept', [claim!.id], { label: 'Kept' })],
        computedAt: '2024-01-01T00:00:00Z',
      });
      function* failing() {
        yield figureRecord('new', [claim!.id], { label: 'New' });
        throw new Error('reconciliation failed');
      }
      await expect(
        store.putCorpus({ entities: [], duplicates: [], figures: failing(), computedAt: '2024-01-02T00:00:00Z' }),
      ).rejects.toThrow('reconciliation failed');
      expect((await store.listFigures()).items.map((f) => f.id)).toEqual(['kept']);
      expect((await store.listClaims({ figure: 'kept' })).total).toBe(1);
      await store.close();
    });

    it('gives the corpus stages the claims and entities as extracted, never their own last output', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1)]);
      const [claim] = (await store.listClaims({})).items;
      await store.putCorpus({
        entities: [
          {
            id: 'officials-merged',
            name: 'Officials (merged)',
            type: 'organization',
            aliases: [],
            roles: [],
            documents: [],
          },
        ],
        duplicates: [],
        figures: [figureRecord('f', [claim!.id], { label: 'F' })],
        claimSource: { [claim!.id]: 'officials-merged' },
        computedAt: '2024-01-01T00:00:00Z',
      });
      const after: string[] = [];
      for await (const c of store.iterateClaims()) after.push(`${c.source}/${c.figure}`);
      expect(after).toEqual(['officials-merged/f']);
      const extracted: string[] = [];
      for await (const c of store.iterateClaims({ extracted: true })) extracted.push(`${c.source}/${c.figure}`);
      expect(extracted).toEqual(['officials/null']);
      expect((await store.listEntities({})).items.map((e) => e.id)).toEqual(['officials-merged']);
      expect((await store.listEntities({ perDocument: true })).items.map((e) => e.id)).toEqual(['officials']);
      await store.close();
    });

    it('lists the outlets, most documents first, ties by name', async () => {
      const store = await open();
      await store.putArticles([
        sampleArticle(1, { outlet: 'Valley Herald' }),
        sampleArticle(2, { outlet: 'Coast Times' }),
        sampleArticle(3, { outlet: 'Valley Herald' }),
        sampleArticle(4, { outlet: 'Bay Courier' }),
      ]);
      expect(await store.topOutlets(10)).toEqual([
        { outlet: 'Valley Herald', documents: 2 },
        { outlet: 'Bay Courier', documents: 1 },
        { outlet: 'Coast Times', documents: 1 },
      ]);
      expect(await store.topOutlets(1)).toEqual([{ outlet: 'Valley Herald', documents: 2 }]);
      await store.close();
    });

    it('counts the most quoted speakers, merged names once, under the corpus entity name', async () => {
      const store = await open();
      const mayor = sampleArticle(3);
      mayor.quotes[0] = { ...mayor.quotes[0]!, speaker: 'mayor', speakerName: 'the mayor' };
      await store.putArticles([sampleArticle(1), sampleArticle(2), mayor]);
      expect(await store.topSpeakers(10)).toEqual([
        { speaker: 'officials', name: 'officials', quotes: 2 },
        { speaker: 'mayor', name: 'the mayor', quotes: 1 },
      ]);
      expect(await store.topSpeakers(1)).toHaveLength(1);
      const council = { id: 'council', name: 'City Council', type: 'organization', aliases: [], roles: [] };
      await store.putCorpus({
        entities: [{ ...council, documents: [] }],
        duplicates: [],
        figures: [],
        entityRemap: { officials: 'council', mayor: 'council' },
        computedAt: '2024-01-01T00:00:00Z',
      });
      expect(await store.topSpeakers(10)).toEqual([{ speaker: 'council', name: 'City Council', quotes: 3 }]);
      await store.close();
    });

    it('lays the corpus entity remap over quote speakers, found by either id, until recomputed', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1)]);
      const corpus = { entities: [], duplicates: [], figures: [], computedAt: '2024-01-01T00:00:00Z' };
      await store.putCorpus({ ...corpus, entityRemap: { officials: 'officials-merged', other: 'elsewhere' } });
      const merged = await store.listQuotes({ speaker: 'officials-merged' });
      expect(merged.items.map((q) => q.speaker)).toEqual(['officials-merged']);
      expect((await store.listQuotes({ speaker: 'officials' })).total).toBe(1);
      await store.putCorpus(corpus);
      expect((await store.listQuotes({})).items.map((q) => q.speaker)).toEqual(['officials']);
      expect((await store.listQuotes({ speaker: 'officials-merged' })).total).toBe(0);
      await store.close();
    });

    it('searches documents and claims by words, treating user text as words only', async () => {
      const store = await open();
      await store.putArticles([
        sampleArticle(1),
        sampleArticle(2, { text: 'The harbour flooded after 40 centimetres of rain fell overnight.' }),
      ]);
      const hits = await store.search('harbour');
      expect(hits.items.some((h) => h.kind === 'document')).toBe(true);
      expect((await store.search('evacuated')).total).toBeGreaterThanOrEqual(2);
      expect((await store.search('" OR * NEAR(')).total).toBe(0);
      await store.close();
    });

    it('searches by word stems, the same in both stores', async () => {
      const store = await open();
      await store.putArticles([
        sampleArticle(1),
        sampleArticle(2, { text: 'The harbour flooded after 40 centimetres of rain fell overnight.' }),
      ]);
      // "evacuate" finds the "evacuated" of both articles' sentences and claims; "floods" finds "flooded".
      const evac = await store.search('evacuate');
      expect(evac.items.filter((h) => h.kind === 'document')).toHaveLength(1);
      expect(evac.items.some((h) => h.kind === 'claim')).toBe(true);
      expect((await store.search('floods')).items.map((h) => h.document)).toContain(
        (await store.listDocuments({})).items[1]!.id,
      );
      await store.close();
    });

    it('stores one claim and one entity where an article repeats an id: the last one', async () => {
      const store = await open();
      const a = sampleArticle(1);
      a.claims.push({ ...a.claims[0]!, quantity: { ...a.claims[0]!.quantity, value: 999 } });
      a.entities.push({ ...a.entities[0]!, name: 'the officials' });
      await store.putArticles([a, sampleArticle(2)]);
      const claims = (await store.listClaims({})).items;
      expect(claims.map((c) => c.value)).toEqual([999, 102]);
      expect((await store.listEntities({ perDocument: true })).items.map((e) => e.name)).toEqual(['the officials']);
      expect(await store.stats()).toMatchObject({ documents: 2, claims: 2 });
      await store.close();
    });

    it('merges the per-document entities of many articles, past any page of rows a store reads at a time', async () => {
      const store = await open();
      // 13 articles naming the same 500 entities: 6,500 per-document records, 500 entities.
      const articles = Array.from({ length: 13 }, (_, n) => {
        const a = sampleArticle(n + 1);
        for (let k = 0; k < 500; k++)
          a.entities.push({
            id: `e-${k}`,
            name: `Entity ${k}`,
            type: 'person',
            aliases: n % 2 ? [`E${k}`] : [],
            roles: [],
          });
        return a;
      });
      await store.putArticles(articles);
      const page = await store.listEntities({ perDocument: true, limit: 1000 });
      expect(page.total).toBe(501);
      expect(page.items[0]!.id).toBe('officials');
      const e7 = page.items.find((e) => e.id === 'e-7')!;
      expect(e7.documents).toEqual(articles.map((a) => a.id));
      expect(e7.aliases).toEqual(['E7']);
      await store.close();
    });

    it("keeps analysts' corrections apart: stored once each, untouched by ingest and corpus runs", async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1), sampleArticle(2)]);
      const claims = (await store.listClaims({})).items.map((c) => c.id);
      const figures = (ids: string[]) => [
        {
          id: ids[0]!,
          label: 'People evacuated',
          measure: 'people',
          action: 'evacuate',
          actor: null,
          target: null,
          claims: [claims[0]!],
          reconciliation: null,
        },
        {
          ...{ id: ids[1]!, label: 'People sheltered', measure: 'people', action: 'shelter' },
          actor: null,
          target: null,
          claims: [claims[1]!],
          reconciliation: null,
        },
      ];
      await store.putCorpus({ entities: [], duplicates: [], figures: figures(['evac', 'shelter']), computedAt: 't1' });
      const value = await addCorrection(store, { target: claims[0]!, what: 'value', value: '150', who: 'ana' });
      await addCorrection(store, { target: claims[1]!, what: 'move', value: 'evac', who: 'ana', note: 'same count' });
      expect(await store.putCorrections([value])).toBe(0);
      expect((await store.listCorrections()).map((c) => c.what)).toEqual(['value', 'move']);
      // New articles and a corpus run that renumbers the figures change neither the records nor their effect.
      await store.putArticles([sampleArticle(3), sampleArticle(1)]);
      await store.putCorpus({
        entities: [],
        duplicates: [],
        figures: figures(['evac-2', 'shelter-2']),
        computedAt: 't2',
      });
      expect(await store.listCorrections()).toHaveLength(2);
      expect((await store.listClaims({ document: claims[0]!.split(':')[0] })).items[0]!.value).toBe(101);
      const view = reviewed(store);
      expect((await view.listClaims({ figure: 'evac-2' })).items.map((c) => [c.id, c.value])).toEqual([
        [claims[0], 150],
        [claims[1], 102],
      ]);
      expect((await view.listFigures()).items.map((f) => f.claims.length)).toEqual([2]);
      expect((await view.stats()).schemaVersion).toBe((await store.stats()).schemaVersion);
      await store.close();
    });

    it('lists quotes and entities', async () => {
      const store = await open();
      await store.putArticles([sampleArticle(1)]);
      expect((await store.listQuotes({})).items[0]!.speaker).toBe('officials');
      expect((await store.listEntities({})).total).toBe(1);
      const stats = await store.stats();
      expect(stats).toMatchObject({ documents: 1, claims: 1, quotes: 1 });
      await store.close();
    });
  });
}
