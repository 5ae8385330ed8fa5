/**
 * A small hand-made store for the API and browser tests: a few articles built
 * with `sampleArticle()` (no NLP stages needed), one hostile article whose
 * title, body and URL carry markup and `javascript:` links, and corpus
 * results with two figures.
 */
import { sampleArticle } from '../store/contract.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Article } from '../../src/article.js';
import type { Store } from '../../src/store/store.js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus/demo');

/** The seed articles of corpus/demo, analysed by the pipeline and reconciled by the corpus stages, in a fresh store. */
export async function seedStore(file = ':memory:'): Promise<Store> {
  const [{ ingest }, { runCorpus }] = await Promise.all([
    import('../../src/ingest/ingest.js'),
    import('../../src/corpus/index.js'),
  ]);
  const store = openSqliteStore(file);
  const files = readdirSync(demo)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.join(demo, f));
  await ingest(files, store);
  await runCorpus(store);
  return store;
}

// Payloads set a global without a dot, so the evidence sentence runs to the real full stop.
export const HOSTILE_TITLE = '<script>__xss=1</script><img src=x onerror="__xss=2"> Flood <b>toll</b>';
export const HOSTILE_TEXT =
  'Rescuers said 75 people were evacuated near <script>__xss=3</script> the dam <img src=x onerror="__xss=4">. ' +
  'Read more at <a href="javascript:__xss=5">javascript:__xss=5</a> today.';

function setSource(article: Article, entity: string, name: string, via: string[] = []): Article {
  const claim = article.claims[0]!;
  claim.source = { entity, name, by: 'test', certain: true };
  claim.via = via.map((v) => ({ entity: v, name: v, by: 'test', certain: true }));
  if (!article.entities.some((e) => e.id === entity))
    article.entities.push({ id: entity, name, type: 'organization', aliases: [], roles: [] });
  article.mentions.push({
    start: 0,
    end: article.text.indexOf(' '),
    text: article.text.slice(0, article.text.indexOf(' ')),
    entity,
    type: 'organization',
    by: 'test',
    certain: true,
  });
  return article;
}

/** Documents, claims and two figures; `hostile` adds the markup article. */
export async function buildTestStore(
  options: { file?: string; hostile?: boolean } = {},
): Promise<{ store: Store; ids: string[]; hostileId: string | null }> {
  const store = openSqliteStore(options.file ?? ':memory:');
  const arts: Article[] = [
    setSource(
      sampleArticle(1, {
        value: 120,
        outlet: 'Valley Herald',
        published: '2024-03-01',
        url: 'https://valley.example/flood-1',
      }),
      'officials',
      'Officials',
    ),
    setSource(
      sampleArticle(2, {
        value: 180,
        outlet: 'Daily Ledger',
        published: '2024-03-03',
        url: 'https://ledger.example/evac',
      }),
      'red-cross',
      'Red Cross',
      ['Governor Lee'],
    ),
    setSource(
      sampleArticle(3, { value: 300, outlet: 'Coast Times', published: '2024-03-05' }),
      'red-cross',
      'Red Cross',
    ),
    setSource(
      sampleArticle(4, { value: 120, outlet: 'Metro Wire', published: '2024-03-02' }),
      'officials',
      'Officials',
    ),
    setSource(
      sampleArticle(5, {
        text: 'Engineers said 40 homes were destroyed and 60 more could be lost. Article 5.',
        outlet: 'Valley Herald',
        published: '2024-03-04',
      }),
      'engineers',
      'Engineers',
    ),
  ];
  arts[0]!.meta.wire.push({ value: 'Associated Press', by: 'test', certain: true });
  arts[3]!.meta.wire.push({ value: 'Associated Press', by: 'test', certain: true });
  // Article 3: a planned, bounded claim ("up to 300").
  const c3 = arts[2]!.claims[0]!;
  c3.status = { value: 'planned', by: 'test', certain: true };
  c3.quantity = { ...c3.quantity, value: null, low: 200, high: 300, bound: 'range' };
  arts[0]!.dropped.push({
    rawStart: -1,
    rawEnd: -1,
    text: 'Share this article on Facebook',
    reason: 'widget',
    by: 'clean/widget',
  });
  let hostileId: string | null = null;
  if (options.hostile) {
    const h = sampleArticle(6, {
      text: HOSTILE_TEXT,
      outlet: '<i>Evil</i> Outlet',
      published: '2024-03-06',
      url: 'javascript:__xss=6',
    });
    h.meta.title = { value: HOSTILE_TITLE, by: 'test', certain: true };
    setSource(h, 'rescuers', '<script>__xss=7</script>Rescuers');
    h.dropped.push({
      rawStart: -1,
      rawEnd: -1,
      text: '<img src=x onerror="__xss=8">',
      reason: 'widget',
      by: 'clean/widget',
    });
    arts.push(h);
  }
  const out = await store.putArticles(arts);
  const ids = out.map((o) => o.id);
  if (options.hostile) hostileId = ids[5]!;
  const claims = (await store.listClaims({ limit: 100 })).items;
  const evac = claims.filter((c) => c.action === 'evacuate' && !c.document.startsWith(ids[4]!));
  const homes = claims.filter((c) => c.document === ids[4]);
  const at = (value: number) => evac.find((c) => c.value === value)?.id ?? '';
  const docOf = (value: number) => evac.find((c) => c.value === value)?.document ?? '';
  const group = (key: string, text: string, value: number, source: string, name: string) => ({
    key,
    text,
    status: 'done',
    value,
    low: null,
    high: null,
    incremental: false,
    scope: null,
    claims: [at(value)],
    documents: [docOf(value)],
    sources: [source],
    sourceNames: [name],
    independentArticles: 1,
    said: null,
    about: null,
    corroboration: `${text} — 1 source (${name})`,
  });
  await store.putCorpus({
    entities: [
      {
        id: 'officials',
        name: 'Officials',
        type: 'organization',
        aliases: ['officials'],
        roles: [],
        documents: [ids[0]!, ids[3]!],
      },
      {
        id: 'red-cross',
        name: 'Red Cross',
        type: 'organization',
        aliases: [],
        roles: [],
        documents: [ids[1]!, ids[2]!],
      },
    ],
    duplicates: [{ document: ids[3]!, of: ids[0]!, kind: 'syndicated', similarity: 0.93 }],
    figures: [
      {
        id: 'people-evacuated',
        label: 'People evacuated',
        measure: 'people',
        action: 'evacuate',
        actor: null,
        target: null,
        claims: evac.map((c) => c.id),
        reconciliation: {
          best: {
            value: 180,
            low: 120,
            high: 300,
            status: 'done',
            claims: [at(180)],
            reason: 'Around 180 is the latest done figure.',
            singleSource: true,
          },
          values: [
            group('v120', '120', 120, 'officials', 'Officials'),
            group('v180', 'around 180', 180, 'red-cross', 'Red Cross'),
          ],
          timeline: [
            {
              claim: at(180),
              document: docOf(180),
              text: 'around 180',
              about: null,
              said: '2024-03-03',
              value: 180,
              low: null,
              high: null,
              status: 'done',
              incremental: false,
              source: 'red-cross',
              sourceName: 'Red Cross',
              via: [],
              scope: null,
            },
          ],
          increments: [],
          revisions: [],
          agreements: [],
          disagreements: [
            {
              kind: 'conflict',
              a: 'v120',
              b: 'v180',
              claims: [evac[0]!.id, evac[1]!.id],
              note: 'Officials say 120; the Red Cross says 180.',
            },
          ],
          sources: [
            { key: 'officials', name: 'Officials', claims: 2, articles: 1 },
            { key: 'red-cross', name: 'Red Cross', claims: 2, articles: 2 },
            { key: 'rescuers', name: 'Rescuers', claims: 1, articles: 1 },
          ],
          articles: 4,
          method: 'test',
        },
      },
      {
        id: 'homes-destroyed',
        label: 'Homes destroyed',
        measure: 'homes',
        action: 'destroy',
        actor: null,
        target: null,
        claims: homes.map((c) => c.id),
        reconciliation: null,
      },
    ],
    computedAt: '2024-03-07T00:00:00Z',
  });
  return { store, ids, hostileId };
}
