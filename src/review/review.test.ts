import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../../test/store/contract.js';
import { openSqliteStore } from '../store/sqlite.js';
import { migrateStore } from '../store/migrate.js';
import type { FigureRecord } from '../records.js';
import type { Store } from '../store/store.js';
import {
  CORRECTIONS_FORMAT,
  addCorrection,
  checkCorrection,
  makeCorrection,
  parseValue,
  readCorrectionsFile,
  reviewed,
  type CorrectionInput,
} from './index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-review-'));
let n = 0;

const figure = (id: string, claims: string[], label = id): FigureRecord => ({
  id,
  label,
  measure: 'people',
  action: 'evacuate',
  actor: null,
  target: null,
  claims,
  reconciliation: null,
});

/** Four invented flood articles; figures `evacuated` (claims 1, 2) and `sheltered` (claims 3, 4). */
async function floodStore(): Promise<{ store: Store; claims: string[] }> {
  const store = openSqliteStore(path.join(dir, `r${n++}.db`));
  const articles = [1, 2, 3, 4].map((i) => sampleArticle(i, { value: 100 * i }));
  await store.putArticles(articles);
  const claims = articles.map((a) => a.claims[0]!.id);
  await corpus(store, [figure('evacuated', claims.slice(0, 2)), figure('sheltered', claims.slice(2))]);
  return { store, claims };
}

const corpus = (store: Store, figures: FigureRecord[]) =>
  store.putCorpus({ entities: [], duplicates: [], figures, computedAt: new Date().toISOString() });

const fix = (store: Store, input: Omit<CorrectionInput, 'who'>) => addCorrection(store, { who: 'ana', ...input });

describe('analysts’ corrections laid over the machine’s output', () => {
  it('verifies, rejects and fixes claims; the corpus stages still read what was extracted', async () => {
    const { store, claims } = await floodStore();
    await fix(store, { target: claims[0]!, what: 'verify', note: 'matches the agency bulletin' });
    await fix(store, { target: claims[0]!, what: 'value', value: '1,250' });
    await fix(store, { target: claims[1]!, what: 'reject' });
    await fix(store, { target: claims[2]!, what: 'status', value: 'estimated' });
    await fix(store, { target: claims[3]!, what: 'source', value: 'Red Cross' });
    const view = reviewed(store);
    const list = (await view.listClaims({ limit: 10 })).items;
    expect(list[0]!.value).toBe(1250);
    expect(list[0]!.review).toMatchObject({ verdict: 'verified', machine: { value: 100 } });
    expect(list[0]!.review!.notes).toEqual(['matches the agency bulletin']);
    expect(list[1]!.review!.verdict).toBe('rejected');
    expect(list[2]!.status).toBe('estimated');
    expect(list[3]!).toMatchObject({ source: 'Red Cross', sourceName: 'Red Cross' });
    // Figures say how many of their claims analysts corrected (a verdict alone changes no value).
    expect((await view.listFigures()).items.map((f) => f.review?.claimsCorrected)).toEqual([1, 2]);
    // Filters read the corrected status and source.
    expect((await view.listClaims({ status: 'estimated' })).items.map((c) => c.id)).toEqual([claims[2]]);
    expect((await view.listClaims({ status: 'asserted' })).total).toBe(3);
    expect((await view.listClaims({ source: 'Red Cross' })).items.map((c) => c.id)).toEqual([claims[3]]);
    const extracted = [];
    for await (const c of view.iterateClaims({ extracted: true })) extracted.push(c);
    expect(extracted.map((c) => c.value)).toEqual([100, 200, 300, 400]);
    expect(extracted.every((c) => !c.review)).toBe(true);
    // Read twice (a reused plan): the machine's value is still the machine's.
    expect((await view.listClaims({ limit: 1 })).items[0]!.review!.machine.value).toBe(100);
    await store.close();
  });

  it('moves a claim, merges, splits and renames figures', async () => {
    const { store, claims } = await floodStore();
    await fix(store, { target: claims[1]!, what: 'move', value: 'sheltered' });
    const view = reviewed(store);
    expect((await view.listClaims({ figure: 'evacuated' })).items.map((c) => c.id)).toEqual([claims[0]]);
    expect((await view.listClaims({ figure: 'sheltered' })).items.map((c) => c.id).sort()).toEqual(
      [claims[1], claims[2], claims[3]].sort(),
    );
    await fix(store, { target: 'sheltered', what: 'rename', value: 'People in shelters' });
    await fix(store, { target: 'sheltered', what: 'split', value: { claims: [claims[3]], label: 'People in hotels' } });
    await fix(store, { target: 'evacuated', what: 'merge', value: 'sheltered' });
    // Written to the store underneath: a new view reads them at once (a kept one within a second).
    const after = reviewed(store);
    const figures = (await after.listFigures()).items;
    expect(figures.map((f) => f.label)).toEqual(['People in shelters', 'People in hotels']);
    expect(figures[0]!.claims.sort()).toEqual([claims[0], claims[1], claims[2]].sort());
    expect(figures[0]!.review).toMatchObject({ machineLabel: 'sheltered', merged: ['evacuated'], membership: true });
    expect(figures[1]!.claims).toEqual([claims[3]]);
    expect(figures[1]!.review!.splitFrom).toBe('sheltered');
    // An old link to the merged figure leads to the one it went into.
    expect((await after.getFigure('evacuated'))!.label).toBe('People in shelters');
    expect((await after.getFigure(figures[1]!.id))!.label).toBe('People in hotels');
    expect((await after.listClaims({ figure: figures[1]!.id })).items.map((c) => c.id)).toEqual([claims[3]]);
    await store.close();
  });

  it('leaves a figure emptied by moves out of the listings and the counts; a link to it still answers', async () => {
    const { store, claims } = await floodStore();
    await fix(store, { target: claims[2]!, what: 'move', value: 'evacuated' });
    await fix(store, { target: claims[3]!, what: 'move', value: 'evacuated' });
    const view = reviewed(store);
    expect((await view.listFigureBriefs()).items.map((b) => [b.id, b.claims])).toEqual([['evacuated', 4]]);
    expect((await view.listFigures()).items.map((f) => f.id)).toEqual(['evacuated']);
    expect((await view.stats()).figures).toBe(1);
    expect((await store.stats()).figures).toBe(2);
    expect(await view.getFigure('sheltered')).not.toBeNull();
    await store.close();
  });

  it('takes a destination figure by its label when one figure alone carries it', async () => {
    const { store, claims } = await floodStore();
    await fix(store, { target: 'sheltered', what: 'rename', value: 'People in shelters' });
    await fix(store, { target: claims[0]!, what: 'move', value: 'people in shelters' });
    expect((await reviewed(store).listClaims({ figure: 'sheltered' })).total).toBe(3);
    // Looked up by label, a renamed figure answers to its new name, not the machine's.
    expect((await reviewed(store).listFigureBriefs({ q: 'shelters' })).items.map((b) => b.id)).toEqual(['sheltered']);
    expect((await reviewed(store).listFigureBriefs({ q: 'sheltered' })).items).toEqual([]);
    await fix(store, { target: 'evacuated', what: 'rename', value: 'People in Shelters' });
    await expect(fix(store, { target: claims[1]!, what: 'move', value: 'People in shelters' })).rejects.toThrow(
      /2 figures are called `People in shelters`: give the id/,
    );
    await expect(fix(store, { target: 'evacuated', what: 'merge', value: 'nowhere' })).rejects.toThrow(/nowhere/);
    await fix(store, { target: 'evacuated', what: 'merge', value: 'sheltered' });
    expect((await reviewed(store).listFigures()).items.map((f) => f.claims.length)).toEqual([4]);
    await store.close();
  });

  it('survives a corpus re-run that renumbers figures, and a claim found again by its span', async () => {
    const { store, claims } = await floodStore();
    await fix(store, { target: 'evacuated', what: 'rename', value: 'Residents evacuated' });
    await fix(store, { target: claims[3]!, what: 'move', value: 'evacuated' });
    // The stages ran again: same groups, new ids.
    await corpus(store, [figure('evacuated-2', claims.slice(0, 2)), figure('sheltered-2', claims.slice(2))]);
    const view = reviewed(store);
    const figures = (await view.listFigures()).items;
    expect(figures.map((f) => [f.id, f.label])).toEqual([
      ['evacuated-2', 'Residents evacuated'],
      ['sheltered-2', 'sheltered-2'],
    ]);
    expect(figures[0]!.claims).toEqual([claims[0], claims[1], claims[3]]);
    // A correction made when the claim's id was different: its document and number span still name it.
    const stored = (await store.listClaims({ document: claims[2]!.split(':')[0] })).items[0]!;
    const stale = makeCorrection({
      target: {
        kind: 'claim',
        id: `${stored.document}:0`,
        document: stored.document,
        start: stored.numberStart,
        end: stored.numberEnd,
      },
      what: 'verify',
      old: null,
      new: null,
      note: null,
      who: 'bob',
      when: '2026-01-02T00:00:00.000Z',
    });
    await store.putCorrections([stale]);
    const c = (await reviewed(store).listClaims({ document: stored.document })).items[0]!;
    expect(c.review!.verdict).toBe('verified');
    const plan = await reviewed(store).plan();
    expect(plan.unresolved).toEqual([]);
    await store.close();
  });

  it('exports and imports corrections idempotently, and checks what it imports', async () => {
    const { store, claims } = await floodStore();
    await fix(store, { target: claims[0]!, what: 'value', value: '90-110', note: 'range in the update' });
    await fix(store, { target: 'sheltered', what: 'note', note: 'ask the county' });
    const file = JSON.parse(
      JSON.stringify({ format: CORRECTIONS_FORMAT, generated: 'now', corrections: await store.listCorrections() }),
    );
    const other = (await floodStore()).store;
    expect(await other.putCorrections(readCorrectionsFile(file))).toBe(2);
    expect(await other.putCorrections(readCorrectionsFile(file))).toBe(0);
    expect(await other.listCorrections()).toEqual(await store.listCorrections());
    const c = (await reviewed(other).listClaims({ limit: 1 })).items[0]!;
    expect([c.value, c.low, c.high]).toEqual([null, 90, 110]);
    expect(() => readCorrectionsFile({ format: 'other/1', corrections: [] })).toThrow(/format/);
    expect(() => checkCorrection({ ...file.corrections[0], what: 'merge' })).toThrow(/does not apply to a claim/);
    expect(() => checkCorrection({ ...file.corrections[0], who: '' })).toThrow(/who/);
    await store.close();
    await other.close();
  });

  it('travels with `crosscheck migrate`, once however often it runs', async () => {
    const { store, claims } = await floodStore();
    await fix(store, { target: claims[2]!, what: 'reject', note: 'a forecast, not a count' });
    const copy = openSqliteStore(path.join(dir, `r${n++}.db`));
    await migrateStore(store, copy);
    await migrateStore(store, copy);
    expect(await copy.listCorrections()).toEqual(await store.listCorrections());
    expect((await reviewed(copy).listClaims({ figure: 'sheltered' })).items[0]!.review!.verdict).toBe('rejected');
    await store.close();
    await copy.close();
  });

  it.each([
    ['1200', { value: 1200, low: 1200, high: 1200 }],
    ['12,500', { value: 12500, low: 12500, high: 12500 }],
    ['3.5', { value: 3.5, low: 3.5, high: 3.5 }],
    ['40-60', { value: null, low: 40, high: 60 }],
    ['1,000 to 2,000', { value: null, low: 1000, high: 2000 }],
    ['>300', { value: null, low: 300, high: null }],
    ['<25', { value: null, low: null, high: 25 }],
  ])('reads the value %s', (text, expected) => {
    expect(parseValue(text)).toEqual(expected);
  });

  it.each(['many', '12 people', ''])('refuses the value %j', (text) => {
    expect(() => parseValue(text)).toThrow(/not a value/);
  });

  it('refuses a figure action on a claim, an unknown target and a missing analyst', async () => {
    const { store, claims } = await floodStore();
    await expect(fix(store, { target: claims[0]!, what: 'rename', value: 'x' })).rejects.toThrow(/applies to a figure/);
    await expect(fix(store, { target: 'no-such-figure', what: 'rename', value: 'x' })).rejects.toThrow(/No figure/);
    await expect(addCorrection(store, { target: claims[0]!, what: 'verify', who: ' ' })).rejects.toThrow(/analyst/);
    await expect(fix(store, { target: claims[0]!, what: 'note', note: 'x'.repeat(2001) })).rejects.toThrow(/2000/);
    await expect(fix(store, { target: 'sheltered', what: 'rename', value: 'y'.repeat(301) })).rejects.toThrow(/300/);
    await store.close();
  });
});
