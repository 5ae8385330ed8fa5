import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../../test/store/contract.js';
import { runCorpus } from '../corpus/index.js';
import type { Reconciliation } from '../corpus/types.js';
import { writeExport } from '../export/index.js';
import { buildReport, renderMarkdown } from '../report/index.js';
import { createApp } from '../server/app.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { addCorrection, reviewed, type CorrectionInput } from './index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-recompute-'));
let n = 0;

/** Invented wildfire reports: who says how many people were evacuated, on which day. */
const REPORTS = [
  {
    text: 'Firefighters said 1200 people were evacuated from the hill villages as the blaze spread overnight.',
    source: ['fire-service', 'the fire service'],
    outlet: 'Valley Post',
    published: '2025-08-04',
  },
  {
    text: 'The regional governor told reporters that 1800 residents had been evacuated from the burning district.',
    source: ['governor', 'the governor'],
    outlet: 'Coast Herald',
    published: '2025-08-04',
  },
  {
    text: 'About 1200 inhabitants left their homes under orders, the fire brigade spokesman confirmed at noon today.',
    source: ['fire-service', 'the fire service'],
    outlet: 'Mountain Daily',
    published: '2025-08-04',
  },
];

/** The three reports stored and the corpus stages run: one figure, the governor's 1,800 against 1,200. */
async function fireStore(): Promise<{ store: Store; claims: string[]; figure: string }> {
  const store = openSqliteStore(path.join(dir, `f${n++}.db`));
  const articles = REPORTS.map((r, i) => {
    const a = sampleArticle(i + 1, { text: r.text, outlet: r.outlet, published: r.published });
    const [entity, name] = r.source;
    a.claims[0]!.source = { entity: entity!, name: name!, by: 'test', certain: true };
    a.entities = [{ id: entity!, name: name!, type: 'organization', aliases: [], roles: [] }];
    a.quotes = [];
    // One story: the titles share the rare names of the place.
    a.meta.title = {
      value: `Blaze near Pine Ridge forces Carver Hollow evacuations (${i + 1})`,
      by: 'test',
      certain: true,
    };
    return a;
  });
  await store.putArticles(articles);
  await runCorpus(store, { now: () => '2025-08-06T00:00:00.000Z' });
  const claims = articles.map((a) => a.claims[0]!.id);
  const figures = (await store.listFigures({ limit: 10 })).items;
  const figure = figures.find((f) => claims.every((c) => f.claims.includes(c)))!;
  return { store, claims, figure: figure.id };
}

const fix = (store: Store, input: Omit<CorrectionInput, 'who'>) => addCorrection(store, { who: 'ana', ...input });
const rec = (f: { reconciliation: unknown } | null) => f!.reconciliation as Reconciliation;
const conflicts = (f: { relations?: Array<{ type: string }> } | null) =>
  (f!.relations ?? []).filter((r) => r.type === 'conflict').length;

describe('corrections flow into the answer', () => {
  it('the machine sees a conflict between the two values', async () => {
    const { store, figure } = await fireStore();
    const f = await store.getFigure(figure);
    expect(conflicts(f)).toBeGreaterThan(0);
    expect(rec(f).disagreements.some((d) => d.kind === 'conflict')).toBe(true);
    // The card tells the conflict once, in words, and where its as-of date came from.
    const brief = (await store.listFigureBriefs({ limit: 10 })).items.find((b) => b.id === figure)!;
    expect(brief.headline).toMatchObject({ disagree: true, asOf: '2025-08-04', asOfBy: 'dates/published' });
    expect(brief.headline!.conflict).toMatch(/^on 2025-08-04, .*the governor: 1,800/);
    await store.close();
  });

  it('rejecting the only claim that made a conflict removes the conflict', async () => {
    const { store, claims, figure } = await fireStore();
    await fix(store, { target: claims[1]!, what: 'reject', note: 'the governor counted the whole district' });
    const view = reviewed(store);
    const f = await view.getFigure(figure);
    expect(conflicts(f)).toBe(0);
    expect(rec(f).disagreements.filter((d) => d.kind === 'conflict')).toEqual([]);
    expect(rec(f).best.value).toBe(1200);
    expect(rec(f).timeline.map((e) => e.claim)).not.toContain(claims[1]);
    expect(rec(f).sources.map((s) => s.name)).toEqual(['the fire service']);
    expect(f!.review).toMatchObject({ recomputed: true });
    // The overview's brief, the report and the export say the same.
    const brief = (await view.listFigureBriefs({ limit: 10 })).items.find((b) => b.id === figure)!;
    expect(brief.headline).toMatchObject({ value: 1200, disagree: false, conflict: null, independent: 1 });
    const report = await buildReport(view);
    const line = report.figures.find((x) => x.id === figure)!;
    expect(line.disagreements).toEqual([]);
    expect(line.current.text).toContain('1,200');
    expect(renderMarkdown(report)).toContain('recomputed from the corrected claims');
    const listed = (await view.listFigures({ limit: 10 })).items.find((x) => x.id === figure);
    expect(rec(listed!).best.value).toBe(1200);
    // The figure API answers from the corrected claims, and so does the export.
    const app = createApp(store, { webRoot: path.join(dir, 'no-web') });
    const api = (await (await app.request(`/api/figures/${figure}`)).json()) as {
      conflicts: unknown[];
      headline: { value: number; disagree: boolean; reason: string };
    };
    expect(api.conflicts).toEqual([]);
    expect(api.headline).toMatchObject({ value: 1200, disagree: false, reason: rec(f).best.reason });
    const chunks: Buffer[] = [];
    const out = new PassThrough().on('data', (b: Buffer) => chunks.push(b));
    await writeExport(view, out, { format: 'json' });
    const exported = JSON.parse(Buffer.concat(chunks).toString()) as { figures: Array<{ id: string }> };
    expect(rec(exported.figures.find((x) => x.id === figure) as never).best.value).toBe(1200);
    // What the machine stored is unchanged.
    expect(conflicts(await store.getFigure(figure))).toBeGreaterThan(0);
    await store.close();
  });

  it('fixing a value changes the best value, its reason and its independent sources', async () => {
    const { store, claims, figure } = await fireStore();
    const before = rec(await reviewed(store).getFigure(figure)).best;
    await fix(store, { target: claims[0]!, what: 'value', value: '1800' });
    await fix(store, { target: claims[2]!, what: 'value', value: '1800' });
    const f = await reviewed(store).getFigure(figure);
    const best = rec(f).best;
    expect(best.value).toBe(1800);
    expect(best.reason).not.toBe(before.reason);
    expect(best.singleSource).toBe(false);
    expect(conflicts(f)).toBe(0);
    expect(rec(f).timeline.find((e) => e.claim === claims[0])!.text).toBe('1,800');
    await store.close();
  });

  it('a status fixed to planned keeps the plan apart from what was done', async () => {
    const { store, claims, figure } = await fireStore();
    await fix(store, { target: claims[1]!, what: 'status', value: 'planned' });
    const f = await reviewed(store).getFigure(figure);
    expect(rec(f).timeline.find((e) => e.claim === claims[1])!.status).toBe('planned');
    expect(rec(f).best).toMatchObject({ value: 1200, status: 'done' });
    expect(conflicts(f)).toBe(0);
    await store.close();
  });

  it('a source fixed to the same source makes one source of two', async () => {
    const { store, claims, figure } = await fireStore();
    await fix(store, { target: claims[1]!, what: 'source', value: 'fire-service' });
    const f = await reviewed(store).getFigure(figure);
    expect(rec(f).sources).toHaveLength(1);
    await store.close();
  });

  it('a claim split off into a new figure leaves this one and answers in the new one', async () => {
    const { store, claims, figure } = await fireStore();
    await fix(store, {
      target: figure,
      what: 'split',
      value: { claims: [claims[1]!], label: 'People evacuated from the district' },
    });
    const view = reviewed(store);
    const f = await view.getFigure(figure);
    expect(conflicts(f)).toBe(0);
    expect(
      rec(f)
        .timeline.map((e) => e.claim)
        .sort(),
    ).toEqual([claims[0], claims[2]].sort());
    const split = (await view.listFigures({ limit: 10 })).items.find((x) => x.review?.splitFrom === figure)!;
    expect(rec(split).best.value).toBe(1800);
    expect(rec(split).timeline.map((e) => e.claim)).toEqual([claims[1]]);
    // The overview lists the new figure after the machine's, with its own answer.
    const briefs = await view.listFigureBriefs({ limit: 10 });
    expect(briefs.total).toBe(briefs.items.length);
    expect(briefs.items.find((b) => b.id === split.id)!.headline).toMatchObject({ value: 1800, disagree: false });
    expect(briefs.items.find((b) => b.id === figure)!.headline).toMatchObject({ value: 1200, disagree: false });
    await store.close();
  });
});
