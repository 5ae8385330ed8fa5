/**
 * An incremental corpus run gives what a full recompute gives: invented articles about several stories,
 * ingested in several batches into two stores, one running the corpus stages incrementally and the other
 * in full after each batch; figures, relations, duplicates, stories, entities and claims' figures compared.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { packIndexes, restore, unpackIndexes } from '../../src/corpus/corpus-state.js';
import { DuplicateIndex } from '../../src/corpus/duplicates.js';
import { runCorpus } from '../../src/corpus/index.js';
import { StoryIndex, storiesOf } from '../../src/corpus/stories.js';
import type { CorpusSummary, StoryRecord } from '../../src/records.js';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { testPostgres } from '../../bench/pg-server.js';

interface Item {
  title: string;
  outlet: string;
  published: string;
  url: string;
  body: string;
}

const flood = (n: number, day: string, outlet: string, extra = ''): Item => ({
  title: `Floods swamp Harlow Vale as the Brenn river bursts its banks`,
  outlet,
  published: day,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/harlow-vale-floods-${n}`,
  body:
    `The Brenn river burst its banks above Harlow Vale overnight, sending water through the old mill district. ` +
    `Regional governor Mirela Dantsova said ${n} people were killed and 40 were missing after the flood. ` +
    `Rescue teams from Ostrava Point evacuated 1,200 residents to the Harlow Vale stadium. ${extra}`,
});

const fire = (n: number, day: string, outlet: string): Item => ({
  title: 'Fire guts the Kestrel Mills textile plant in Dunmore',
  outlet,
  published: day,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/kestrel-mills-fire-${n}`,
  body:
    `A fire swept through the Kestrel Mills textile plant in Dunmore on Sunday night. ` +
    `Fire chief Tomas Ebberly said ${n} workers were injured and 3 were killed in the blaze. ` +
    `Kestrel Mills said the damage would cost $${n * 2} million to repair.`,
});

const strike = (n: number, day: string, outlet: string, extra = ''): Item => ({
  title: 'Tram drivers strike across Veldhaven',
  outlet,
  published: day,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/veldhaven-tram-strike-${n}`,
  body:
    `Tram drivers in Veldhaven walked out on Monday in a dispute over pay with the Veldhaven Transit Authority. ` +
    `Union leader Agnes Moravec said ${n * 100} drivers had joined the strike. ` +
    `The authority said 45 of its 60 routes were closed. ${extra}`,
});

const outbreak = (n: number, day: string, outlet: string): Item => ({
  title: 'Cholera cases rise in Port Sable camps',
  outlet,
  published: day,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/port-sable-cholera-${n}`,
  body:
    `Health officials in Port Sable reported a rise in cholera cases in the Lantern Bay camps. ` +
    `Health minister Idris Okonkwo-Hale said ${n * 10} cases had been confirmed and ${n} people had died. ` +
    `The Lantern Bay clinic treated 300 patients on Thursday.`,
});

/** The same text carried by a wire service, with its credit line. */
function copy(it: Item): Item {
  return {
    ...it,
    outlet: 'Riverside Wire',
    url: 'https://riversidewire.example/copy',
    body: `${it.body} (Riverside Wire)`,
  };
}

/** One article about the strike and the outbreak at once. */
function bridge(n = 7, outlet = 'Coast Record'): Item {
  const a = strike(33, '2025-06-04', outlet);
  const b = outbreak(n, '2025-06-04', outlet);
  return {
    ...a,
    url: `https://coastrecord.example/roundup-${n}`,
    title: `${a.title}; ${b.title}`,
    body: `${a.body} ${b.body}`,
  };
}

/** Batches: the first fills the store; later ones grow stories, add copies, revisions and a new story. */
const batches: Item[][] = [
  [
    flood(12, '2025-03-03', 'Vale Courier'),
    flood(14, '2025-03-04', 'North Ledger'),
    fire(20, '2025-02-10', 'Dunmore Post'),
    fire(22, '2025-02-11', 'Mill Town Daily'),
    strike(30, '2025-04-07', 'Veldhaven Gazette'),
  ],
  [flood(17, '2025-03-05', 'Vale Courier'), strike(32, '2025-04-08', 'Harbour Times')],
  // A verbatim copy at another outlet, and a new story of its own.
  [
    copy(flood(17, '2025-03-05', 'Vale Courier')),
    outbreak(4, '2025-06-02', 'Sable Herald'),
    outbreak(6, '2025-06-03', 'Coast Record'),
  ],
  // An article updated in place (same address, new text), and a revised toll.
  [
    fire(25, '2025-02-12', 'Dunmore Post'),
    { ...flood(19, '2025-03-05', 'North Ledger'), url: flood(14, '', 'North Ledger').url },
  ],
  [flood(21, '2025-03-06', 'North Ledger', 'The toll had earlier been put at 17.')],
  // The outbreak's deaths overtake the fire's: the fire's figures keep their content under new numbers.
  [
    outbreak(8, '2025-06-05', 'Sable Herald'),
    outbreak(9, '2025-06-06', 'Coast Record'),
    outbreak(11, '2025-06-07', 'Bay Star'),
  ],
  // An article about two stories joins one of them, or merges them: what it joins is recomputed.
  [bridge()],
  // Its deaths overtake another story's: that story's figures keep their content under new numbers.
  [
    bridge(12, 'Bay Star'),
    bridge(13, 'Ridge Post'),
    bridge(14, 'Harbour Times'),
    bridge(15, 'Plains Courier'),
    bridge(16, 'Metro Wire'),
  ],
  [strike(35, '2025-04-09', 'Veldhaven Gazette')],
  // A name the flood story's label shows is now named by a strike article too: the flood story is relabeled.
  [strike(36, '2025-04-10', 'Harbour Times', 'Buses from Harlow Vale carried the commuters.')],
  [],
];

function articles(items: Item[]) {
  return items.map((it, i) =>
    analyse({
      source: `${it.url}#${i}`,
      raw: `${it.title}\n\n${it.body}`,
      format: 'text',
      url: it.url,
      hints: { title: it.title, published: it.published, outlet: it.outlet, url: it.url },
    }),
  );
}

/** What the corpus stages wrote, in a form two stores can be compared by. */
async function corpusOf(store: Store) {
  const figures = (await store.listFigures({ limit: 10_000 })).items;
  const claims = (await store.listClaims({ limit: 10_000 })).items.map((c) => [c.id, c.figure, c.source]);
  return {
    figures,
    relations: figures.flatMap((f) => f.relations ?? []),
    duplicates: await store.listDuplicates(),
    stories: await store.listStories(),
    entities: (await store.listEntities({ limit: 10_000 })).items,
    claims: claims.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
  };
}

async function compare(open: () => Promise<Store>): Promise<CorpusSummary[]> {
  const incremental = await open();
  const full = await open();
  const summaries: CorpusSummary[] = [];
  try {
    for (const [i, batch] of batches.entries()) {
      await incremental.putArticles(articles(batch));
      await full.putArticles(articles(batch));
      const now = () => `2025-07-0${i + 1}T00:00:00Z`;
      summaries.push(await runCorpus(incremental, { now }));
      await runCorpus(full, { now, full: true });
      expect(await corpusOf(incremental), `after batch ${i + 1}`).toEqual(await corpusOf(full));
    }
  } finally {
    await incremental.close();
    await full.close();
  }
  return summaries;
}

/** Invented place names: syllables combined, a different name for each story. */
function place(k: number): string {
  const a = ['Mar', 'Tol', 'Ves', 'Quin', 'Bar', 'Hal', 'Dor', 'Pen'];
  const b = ['wick', 'ford', 'holm', 'bury', 'mere', 'stead', 'wyn', 'dale'];
  return `${a[k % 8]}${b[Math.floor(k / 8) % 8]}`;
}

/** Article `j` of story `k`: a flood, a fire or a strike in its own town, told in words of its own. */
function townArticle(k: number, j: number, outlet = `Outlet ${place(k + j + 1)}`): Item {
  const town = place(k);
  const kind = ['floods', 'a fire', 'a strike'][k % 3]!;
  const day = `2025-05-${String(1 + (j % 27)).padStart(2, '0')}`;
  const words = ['river', 'bridge', 'market', 'school', 'harbour', 'depot', 'clinic', 'station', 'orchard', 'quarry'];
  const filler = Array.from(
    { length: 40 },
    (_, w) => `${words[(k * 7 + j * 3 + w * w) % words.length]} ${k * 31 + j * 7 + w}`,
  ).join(' ');
  return {
    title: `${town} counts the cost of ${kind} as Mayor ${place(k + 40)} Aldane asks for help`,
    outlet,
    published: day,
    url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${town.toLowerCase()}-${j}`,
    body:
      `Residents of ${town} spent the day near the ${filler}. ` +
      `Mayor ${place(k + 40)} Aldane said ${10 + j} people were hurt and ${j + k} homes were damaged in ${town}. ` +
      `The ${town} council met on the ${words[j % 10]} road after report number ${k * 100 + j}.`,
  };
}

const server = await testPostgres();
afterAll(() => server.stop());

/** A packed index's head (parsed) and its arrays (src/corpus/corpus-state.ts). */
function parts(packed: Uint8Array): [unknown, Buffer] {
  const buf = Buffer.from(packed);
  const n = buf.readUInt32LE(0);
  return [JSON.parse(buf.toString('utf8', 4, 4 + n)), buf.subarray(4 + n + ((4 - (n % 4)) % 4))];
}

/** The runs' modes: the first is full (nothing kept yet), every later one incremental. */
function checkModes(summaries: CorpusSummary[], read: CorpusSummary['read']): void {
  expect(summaries[0]!.mode).toBe('full');
  expect(summaries[0]!.fullBecause).toBe('no corpus state is stored yet');
  const runs = summaries.slice(1).map((s) => `${s.mode}: ${s.fullBecause ?? `${s.added} new, ${s.touched} touched`}`);
  expect(
    runs.every((r) => r.startsWith('incremental')),
    runs.join('\n'),
  ).toBe(true);
  // A relabeled story's figures moved to its new id, their ids unchanged.
  expect(summaries.at(-2)).toMatchObject({ relabeled: 1, touched: 1 });
  // The empty batch touches nothing and writes nothing.
  expect(summaries.at(-1)).toMatchObject({ mode: 'incremental', added: 0, touched: 0 });
  expect(summaries.at(-1)!.written).toEqual({ figures: 0, stories: 0, entities: 0, claims: 0, quotes: 0 });
  // SQLite keeps the indexes packed: every increment loads them instead of each document's kept state.
  expect(summaries.slice(1).map((s) => s.read)).toEqual(summaries.slice(1).map(() => read));
}

describe('the incremental corpus run', () => {
  it('equals a full recompute after every batch, on SQLite', async () => {
    checkModes(await compare(async () => openSqliteStore(':memory:')), 'indexes');
  });

  it.skipIf(server.skip)('equals a full recompute after every batch, on PostgreSQL', async () => {
    checkModes(await compare(() => openPostgresStore(server.url!, { schema: server.schema() })), 'states');
  });

  it.skipIf(server.skip)('runs in full when a stored article moved in store order (a second enqueuer)', async () => {
    const store = await openPostgresStore(server.url!, { schema: server.schema() });
    try {
      await store.putArticles(articles(batches[0]!));
      await store.putArticles(articles(batches[1]!));
      await runCorpus(store);
      // An article another enqueuer gave an earlier place keeps it: it moves before the ones kept before it.
      await store.pool.query(
        'update documents set ord = (select min(ord) - 1 from documents) where seq = (select max(seq) from documents)',
      );
      expect(await runCorpus(store)).toMatchObject({ mode: 'full', fullBecause: 'stored articles were reordered' });
    } finally {
      await store.close();
    }
  });

  it('compares the new articles only with stored ones that share a band of their signature', async () => {
    const stored = Array.from({ length: 240 }, (_, i) => townArticle(i % 60, Math.floor(i / 60)));
    // Two more of known stories, one verbatim copy of a stored article at another outlet, one new story.
    const added = [
      townArticle(3, 9),
      townArticle(17, 9),
      {
        ...stored[5]!,
        outlet: 'Ridge Post',
        url: 'https://ridge.example/a',
        published: '2025-06-30',
        body: `${stored[5]!.body} (Ridge Post)`,
      },
      townArticle(61, 0),
    ];
    const incremental = openSqliteStore(':memory:');
    const full = openSqliteStore(':memory:');
    try {
      for (const store of [incremental, full]) await store.putArticles(articles(stored));
      await runCorpus(incremental);
      const links = (await incremental.listDuplicates()).length;
      for (const store of [incremental, full]) await store.putArticles(articles(added));
      const run = await runCorpus(incremental, { now: () => '2025-07-01T00:00:00Z' });
      await runCorpus(full, { now: () => '2025-07-01T00:00:00Z', full: true });
      expect(run, run.fullBecause ?? '').toMatchObject({ mode: 'incremental', added: 4 });
      expect(await corpusOf(incremental)).toEqual(await corpusOf(full));
      // A run that compared with every stored article would say 240.
      expect(run.compared).toBeGreaterThan(0);
      expect(run.compared).toBeLessThan(60);
      expect((await incremental.listDuplicates()).length).toBeGreaterThan(links);
      // It wrote what the new articles touched, not the store again: a tenth of any table at most (a fifth of the
      // entities, kept in two tables).
      const size = {
        stories: (await incremental.listStories()).length,
        figures: (await incremental.listFigures()).total,
        entities: (await incremental.listEntities()).total,
        claims: (await incremental.listClaims()).total,
      };
      expect(run.touched).toBeLessThan(size.stories / 10);
      for (const k of ['stories', 'figures', 'claims'] as const) expect(run.written![k], k).toBeLessThan(size[k] / 10);
      expect(run.written!.entities).toBeLessThan(size.entities / 5);
    } finally {
      await incremental.close();
      await full.close();
    }
  });

  it('packs the same indexes as every kept state restored gives, and keeps them packed', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const stored = Array.from({ length: 60 }, (_, i) => townArticle(i % 20, Math.floor(i / 20)));
      await store.putArticles(articles(stored));
      // A run with no new article keeps the packed indexes as they are, and the next one loads them.
      let added = 0;
      for (const step of ['full', 'incremental', 'nothing new', 'incremental'] as const) {
        if (step === 'incremental') {
          await store.putArticles(articles([townArticle(4, 7 + added), townArticle(33 + added, 0)]));
          added += 2;
        }
        const run = await runCorpus(store);
        expect(run.mode).toBe(step === 'full' ? 'full' : 'incremental');
        if (step !== 'full') expect(run.read).toBe('indexes');
        const kept = await store.corpusState.keptIndexes();
        expect(kept).not.toBeNull();
        const duplicates = new DuplicateIndex(0.5);
        const stories = new StoryIndex();
        for await (const { state } of store.corpusState.states())
          expect(restore(duplicates, stories, state!)).toBeNull();
        // The same documents and metadata (its fields in another order), and byte for byte the same signatures,
        // word ids, counts and wording.
        const [keptHead, keptArrays] = parts(kept!.packed);
        const [head, arrays] = parts(packIndexes(duplicates, stories));
        expect(head).toEqual(keptHead);
        expect(Buffer.compare(arrays, keptArrays)).toBe(0);
        const loaded = unpackIndexes(kept!.packed, 0.5)!;
        expect(Buffer.compare(packIndexes(loaded.duplicates, loaded.stories), Buffer.from(kept!.packed))).toBe(0);
        expect(loaded.ids).toHaveLength(stored.length + added);
      }
    } finally {
      await store.close();
    }
  });

  it('joins, starts and copies stories from the packed indexes as a full run does', async () => {
    const stored = Array.from({ length: 120 }, (_, i) => townArticle(i % 30, Math.floor(i / 30)));
    const [five, six] = [townArticle(5, 8), townArticle(6, 8)];
    const added = [
      // One article about two stored stories' towns at once: it joins them.
      {
        ...five,
        title: `${five.title}; ${six.title}`,
        body:
          `Residents of ${place(5)} and ${place(6)} spent the day clearing roads. ` +
          `Mayor ${place(45)} Aldane said 18 people were hurt in ${place(5)}, ` +
          `and Mayor ${place(46)} Aldane said 14 homes were damaged in ${place(6)}. ` +
          `The ${place(5)} council and the ${place(6)} council met after report numbers 508 and 608.`,
      },
      // A town no stored article names: a story of its own.
      townArticle(47, 0),
      // A stored article again at another outlet: a copy of it.
      {
        ...stored[9]!,
        outlet: 'Fenmoor Wire',
        url: 'https://fenmoor.example/b',
        body: `${stored[9]!.body} (Fenmoor Wire)`,
      },
    ];
    const storedIds = articles(stored).map((a) => a.id);
    const addedIds = articles(added).map((a) => a.id);
    const incremental = openSqliteStore(':memory:');
    const full = openSqliteStore(':memory:');
    try {
      for (const store of [incremental, full]) await store.putArticles(articles(stored));
      await runCorpus(incremental);
      const storyOf = (stories: StoryRecord[], id: string) => stories.find((s) => s.documents.includes(id))!.id;
      const before = (await storiesOf(incremental)).stories;
      expect(storyOf(before, storedIds[5]!)).not.toBe(storyOf(before, storedIds[6]!));
      for (const store of [incremental, full]) await store.putArticles(articles(added));
      const run = await runCorpus(incremental, { now: () => '2025-07-01T00:00:00Z' });
      await runCorpus(full, { now: () => '2025-07-01T00:00:00Z', full: true });
      expect(run, run.fullBecause ?? '').toMatchObject({ mode: 'incremental', added: 3, read: 'indexes' });
      expect(await corpusOf(incremental)).toEqual(await corpusOf(full));
      const after = (await storiesOf(incremental)).stories;
      const joined = storyOf(after, addedIds[0]!);
      expect([storyOf(after, storedIds[5]!), storyOf(after, storedIds[6]!)]).toEqual([joined, joined]);
      expect(after.find((s) => s.id === storyOf(after, addedIds[1]!))!.documents).toEqual([addedIds[1]]);
      expect(await incremental.listDuplicates()).toContainEqual(
        expect.objectContaining({ document: addedIds[2], of: storedIds[9] }),
      );
    } finally {
      await incremental.close();
      await full.close();
    }
  });

  it("reads every kept state when the packed indexes are not the last run's (an older build wrote since)", async () => {
    const incremental = openSqliteStore(':memory:');
    const full = openSqliteStore(':memory:');
    try {
      for (const store of [incremental, full]) await store.putArticles(articles(batches[0]!));
      await runCorpus(incremental);
      // An older build's run writes the kept states and its own time, and leaves the packed indexes as they were.
      incremental.db.prepare("update meta set value = 'older' where key = 'corpus_computed_at'").run();
      for (const store of [incremental, full]) await store.putArticles(articles(batches[1]!));
      const run = await runCorpus(incremental, { now: () => '2025-07-02T00:00:00Z' });
      await runCorpus(full, { now: () => '2025-07-02T00:00:00Z', full: true });
      expect(run).toMatchObject({ mode: 'incremental', read: 'states' });
      expect(await corpusOf(incremental)).toEqual(await corpusOf(full));
      // That run packed them again: the next one loads them.
      await incremental.putArticles(articles(batches[2]!));
      expect(await runCorpus(incremental)).toMatchObject({ mode: 'incremental', read: 'indexes' });
      // Packed indexes of other documents than the kept states are not used.
      const packed = (await incremental.corpusState.keptIndexes())!.packed;
      const fewer = new DuplicateIndex(0.5);
      const stories = new StoryIndex();
      expect(unpackIndexes(packed, 0.5)).not.toBeNull();
      let first = true;
      for await (const { state } of incremental.corpusState.states()) {
        if (first) restore(fewer, stories, state!);
        first = false;
      }
      incremental.db.prepare("update meta set value = ? where key = 'corpus_indexes'").run(packIndexes(fewer, stories));
      await incremental.putArticles(articles(batches[3]!));
      expect(await runCorpus(incremental)).toMatchObject({ mode: 'incremental', read: 'states' });
    } finally {
      await incremental.close();
      await full.close();
    }
  });

  it('keeps the ids of the figures of every story an increment does not recompute, relabeled ones too', async () => {
    const store = openSqliteStore(':memory:');
    try {
      for (const batch of batches.slice(0, -2)) await store.putArticles(articles(batch));
      await runCorpus(store);
      const before = (await store.listFigures({ limit: 10_000 })).items;
      // A strike article that names the flood's town: the strike story is recomputed, the flood story relabeled.
      await store.putArticles(articles(batches.at(-2)!));
      const run = await runCorpus(store);
      expect(run).toMatchObject({ mode: 'incremental', touched: 1, relabeled: 1 });
      const after = (await store.listFigures({ limit: 10_000 })).items;
      // The strike story's figures are recomputed with the same keys, and the flood story's move to its new id:
      // no figure is renamed.
      expect(after.map((f) => f.id).sort()).toEqual(before.map((f) => f.id).sort());
      const moved = after.filter((f) => before.find((g) => g.id === f.id)!.story !== f.story);
      expect(moved.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('says why it runs in full when it cannot run incrementally', async () => {
    const store = openSqliteStore(':memory:');
    try {
      await store.putArticles(articles(batches[0]!));
      await runCorpus(store);
      await store.putArticles(articles(batches[1]!));
      expect(await runCorpus(store, { threshold: 0.7 })).toMatchObject({
        mode: 'full',
        fullBecause: 'a custom duplicate threshold',
      });
      expect(await runCorpus(store, { full: true })).toMatchObject({ mode: 'full', fullBecause: null });
      // A delta read before another run wrote is refused, and nothing is written.
      const figures = (await store.listFigures()).total;
      const stale = {
        entities: [],
        entityInput: [],
        addedDuplicates: [],
        stories: [],
        replaceStories: [],
        restoryFigures: {},
        figures: [],
        claimSource: {},
        entityRemap: {},
        storedStates: 1,
        docStates: [],
        restory: {},
        computedAt: '2025-07-09T00:00:00Z',
        was: { entities: [], entityInput: [], stories: [], entityRemap: {} },
      };
      expect(await store.corpusState.putCorpusDelta(stale)).toBe(false);
      expect((await store.listFigures()).total).toBe(figures);
    } finally {
      await store.close();
    }
  });
  it.each([
    ['SQLite', false],
    ['PostgreSQL', true],
  ])('reads only the figure keys that may name an entity, on %s', async (_name, pg) => {
    if (pg && server.skip) return;
    const store = pg
      ? await openPostgresStore(server.url!, { schema: server.schema() })
      : await openSqliteStore(':memory:');
    try {
      await store.putArticles(articles(batches[0]!));
      await runCorpus(store);
      const all = await store.corpusState!.figureKeys();
      const parts = [...new Set(all.flatMap((f) => (f.key ?? '').split('|').filter(Boolean)))];
      expect(parts.length).toBeGreaterThan(1);
      for (const naming of [[parts[0]!], parts.slice(1, 3), ['no such key']]) {
        // A superset of the exact matches is allowed by the contract; these stores give exactly the substring matches.
        const want = all.filter((f) => f.key === null || naming.some((k) => f.key!.includes(k)));
        const got = await store.corpusState!.figureKeys(naming);
        expect(got.map((f) => f.id).sort()).toEqual(want.map((f) => f.id).sort());
      }
    } finally {
      await store.close();
    }
  });
});
