/**
 * A store the size of a busy story desk, made at run time for the overview's
 * payload test and its timing bench: articles with claims and quotes, and the
 * corpus results of that many articles (figures with long timelines, many
 * sources and some conflicts, grouped in stories), and a watch's unseen
 * events (the nav badge counts them on every view), so the overview's JSON
 * and first paint are measured where they would grow.
 */
import { createArticle, span, type Article, type Claim } from '../src/article.js';
import { exactQuantity } from './hand-made.js';
import type { FigureRecord } from '../src/records.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/store.js';
import { watchState } from '../src/store/watch-state.js';

/** Figures per article in a real crawl's corpus run: news repeats a few figures many times. */
const FIGURES_PER_ARTICLE = 1.5;
const STORIES = 12;
const OUTLETS = ['Harbour Times', 'Plains Courier', 'Metro Wire', 'Coast Gazette', 'Valley Herald', 'Daily Ledger'];
const MEASURES = ['people', 'homes', 'hectares', 'dollars'];

/** One article with a claim per measure and a quotation, like an analysed report. */
function article(n: number): Article {
  const day = 1 + (n % 28);
  const text =
    MEASURES.map(
      (m, k) => `The agency said ${100 + n * 3 + k} ${m} were counted in district ${n % 40} on day ${day}.`,
    ).join(' ') + ` "We are still counting," said spokesperson ${n % 25}.`;
  const a = createArticle({ source: `desk-${n}.txt`, raw: text, format: 'text', url: `https://news.example/${n}` });
  a.text = text;
  a.offsets = [{ start: 0, length: text.length, rawStart: 0, rawLength: text.length }];
  a.meta.title = { value: `Report ${n} on the river floods`, by: 'bench', certain: true };
  a.meta.outlet = { value: OUTLETS[n % OUTLETS.length]!, by: 'bench', certain: true };
  const published = `2024-10-${String(day).padStart(2, '0')}`;
  a.meta.published = { value: { iso: published, precision: 'day' }, by: 'bench', certain: true };
  let from = 0;
  for (const measure of MEASURES) {
    const end = text.indexOf('.', from) + 1;
    const m = /\d+/.exec(text.slice(from, end))!;
    const quantity = exactQuantity(text, from + m.index, from + m.index + m[0].length, measure, 'bench');
    const claim: Claim = {
      id: `${a.id}:${quantity.start}`,
      quantity,
      evidence: span(text, from, end),
      actor: null,
      target: null,
      action: null,
      status: { value: 'asserted', by: 'bench', certain: true },
      source: { entity: `agency-${n % 9}`, name: `Agency ${n % 9}`, by: 'bench', certain: true },
      via: [],
      when: null,
      said: published,
    };
    a.claims.push(claim);
    from = end + 1;
  }
  const q = text.indexOf('"');
  a.quotes.push({
    ...span(text, q + 1, text.indexOf('"', q + 1)),
    by: 'bench',
    certain: true,
    speaker: `spokesperson-${n % 25}`,
    speakerName: `Spokesperson ${n % 25}`,
    partial: false,
  });
  return a;
}

/** Figure i: a timeline of up to 120 claims from many sources, a conflict in every fifth. */
function figure(i: number, claimIds: string[]): FigureRecord {
  const points = 1 + ((i * 37) % 120);
  const timeline = Array.from({ length: points }, (_, k) => {
    const claim = claimIds[(i * 13 + k * 7) % claimIds.length]!;
    return {
      claim,
      document: claim.split(':')[0],
      text: `${1000 + k * 10}`,
      value: 1000 + k * 10,
      about: null,
      said: `2024-10-${String(1 + (k % 28)).padStart(2, '0')}`,
      sourceName: `Agency ${k % 9}`,
      evidence: `The agency said ${1000 + k * 10} people were counted in the district on that day.`,
    };
  });
  const last = timeline[timeline.length - 1]!;
  const sources = Array.from({ length: 1 + (i % 9) }, (_, k) => ({ key: `agency-${k}`, name: `Agency ${k}` }));
  return {
    id: `figure-${i}`,
    label: `${MEASURES[i % MEASURES.length]} counted in district ${i % 40} (${i})`,
    measure: MEASURES[i % MEASURES.length]!,
    action: null,
    actor: null,
    target: null,
    claims: timeline.map((t) => t.claim),
    story: `story-${i % STORIES}`,
    reconciliation: {
      best: { value: last.value, low: null, high: null, status: 'done', claims: [last.claim], reason: 'latest' },
      values: sources.map((s, k) => ({
        key: `v${k}`,
        text: `around ${1000 + k * 10}`,
        claims: [timeline[k % timeline.length]!.claim],
        sources: [s.key],
        sourceNames: [s.name],
      })),
      timeline,
      disagreements:
        i % 5 === 0 && timeline.length > 1
          ? [{ kind: 'conflict', a: timeline[0]!.claim, b: last.claim, note: 'two sources, same day' }]
          : [],
      sources,
    },
  };
}

/** A SQLite store at `file` with `articles` analysed articles and the figures and stories of a corpus run. */
export async function buildOverviewStore(file: string, articles = 600): Promise<Store> {
  const store = openSqliteStore(file);
  const claimIds: string[] = [];
  for (let start = 0; start < articles; start += 200) {
    const batch = Array.from({ length: Math.min(200, articles - start) }, (_, k) => article(start + k));
    for (const a of batch) for (const c of a.claims) claimIds.push(c.id);
    await store.putArticles(batch);
  }
  const count = Math.round(articles * FIGURES_PER_ARTICLE);
  const stories = Array.from({ length: STORIES }, (_, s) => ({
    id: `story-${s}`,
    label: `River floods, part ${s + 1}`,
    documents: [],
    figures: [],
    from: '2024-10-01',
    to: '2024-10-28',
  }));
  await store.putCorpus({
    entities: [],
    duplicates: [],
    figures: Array.from({ length: count }, (_, i) => figure(i, claimIds)),
    stories,
    computedAt: '2024-11-01T00:00:00Z',
  });
  // A watch that revised a figure per article, none of it seen yet.
  const event = (i: number) => {
    const at = new Date(Date.UTC(2024, 9, 1) + i * 60_000).toISOString();
    const record = {
      at,
      type: 'figure.revised',
      figure: `figure-${i % count}`,
      label: `people counted in district ${i % 40}`,
      old: { value: 1000 + i, low: 1000 + i, high: 1000 + i, status: 'done' },
      new: { value: 1010 + i, low: 1000 + i, high: 1010 + i, status: 'done' },
      source: `Agency ${i % 9}`,
      evidence: `The agency said ${1010 + i} people were counted in district ${i % 40} on that day.`,
      claim: claimIds[i % claimIds.length],
      document: null,
      url: `https://news.example/${i}`,
    };
    return { at, type: record.type, record: JSON.stringify(record) };
  };
  await (
    await watchState(store)
  ).commitChanges(
    Array.from({ length: articles }, (_, i) => event(i)),
    [],
    {},
  );
  return store;
}
