/**
 * In headless Chromium: the Sources view of a store with more paths than a page shows them a page at a time,
 * "N–M of T" with every claim counted, each page a bookmark (`#/sources?offset=50`); a figure page printed
 * (print media) lists every claim of the figure, not only the rows the screen had shown; the answer and the table
 * say a value as its sources did; the documents table reads on a phone; the outlet filter suggests the outlets.
 * Screenshots under test-output/screenshots/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeChromium, serveTestStore, SHOTS } from './chromium.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { sampleArticle } from '../store/contract.js';

/** Outlets the articles are spread over: as many paths (one source each), more than a page of 50. */
const OUTLETS = 64;

describeChromium('paging of the Sources view and printing a figure, in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let big: RunningServer;
  let bigStore: Store;
  let dir: string;
  let served: Awaited<ReturnType<typeof serveTestStore>> | undefined;

  beforeAll(async () => {
    served = await serveTestStore('paging-print');
    ({ browser, server } = served);
    dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-sources-'));
    bigStore = openSqliteStore(path.join(dir, 'store.db'));
    // Two articles per outlet, the first half of the outlets one more: paths of 3 claims, then of 2.
    await bigStore.putArticles(
      Array.from({ length: OUTLETS * 2 + OUTLETS / 2 }, (_, n) =>
        sampleArticle(n, { outlet: `Outlet ${n % OUTLETS}`, published: '2024-05-01' }),
      ),
    );
    big = await startServer({ store: bigStore, webRoot: served.dir });
  }, 180_000);

  afterAll(async () => {
    await big?.close();
    await bigStore?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await served?.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ])
    it(`Sources: every path, a page at a time, each page bookmarkable (${viewport.width}×${viewport.height})`, async () => {
      const stats = await (await fetch(`${big.url}/api/stats`)).json();
      const all = await (await fetch(`${big.url}/api/sources?limit=500`)).json();
      expect(all.total).toBe(OUTLETS);
      const page = await browser.newPage({ viewport });
      await page.goto(`${big.url}/#/sources`);
      const lines = page.locator('ul.chains > li');
      await expect.poll(() => lines.count()).toBe(50);
      const count = page.locator('.pager .pager-count');
      expect(await count.textContent()).toBe(`Paths 1–50 of ${all.total}`);
      expect(await page.locator('.sources-total').textContent()).toContain(
        `${all.total} paths for ${stats.claims.toLocaleString('en-US')} claims`,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(1);
      await page.getByRole('link', { name: 'Next →' }).click();
      await expect.poll(() => count.textContent()).toBe(`Paths 51–${all.total} of ${all.total}`);
      expect(page.url()).toMatch(/#\/sources\?offset=50$/);
      expect(await lines.count()).toBe(all.total - 50);
      // The second page shows the paths after the first 50, most claims first.
      const first = await lines.first().textContent();
      expect(first).toContain(all.items[50].outlet);
      // A bookmark of the page opens it again; Previous goes back to the first.
      await page.goto('about:blank');
      await page.goto(`${big.url}/#/sources?offset=50`);
      await expect.poll(() => count.textContent()).toBe(`Paths 51–${all.total} of ${all.total}`);
      await page.getByRole('link', { name: '← Previous' }).click();
      await expect.poll(() => count.textContent()).toBe(`Paths 1–50 of ${all.total}`);
      await page.screenshot({
        path: path.join(SHOTS, `sources-paged-${viewport.width}.png`),
        fullPage: viewport.width > 1000,
      });
      await page.close();
    });

  it('a printed figure page lists every claim of the figure, not only the rows shown', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The seed figure's answer with its claims repeated: more rows than the screen shows at first.
    await page.route('**/api/figures/people-evacuated', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      const seed = json.points as Array<{ claim: string }>;
      json.points = Array.from({ length: 130 }, (_, i) => ({ ...seed[i % seed.length], claim: `${i}` }));
      await route.fulfill({ response, json });
    });
    await page.goto(`${server.url}/#/figures/people-evacuated`);
    const rows = page.locator('table.claims tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => rows.count()).toBe(130);
    expect(await rows.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(
      130,
    );
    // The screen's "Show more" is no part of a printout.
    expect(await page.locator('.table-pager').isVisible()).toBe(false);
    await page.pdf({ path: path.join(SHOTS, 'figure-print.pdf') });
    // Back on screen, the table is as the reader left it.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => rows.count()).toBe(50);
    await page.close();
  });

  it('says a bound in its own words and an undated value as such', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.route('**/api/figures/people-evacuated', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.headline = { ...json.headline, asOf: null, asOfBy: null, precision: null, reported: null };
      const [first, second, ...rest] = json.points;
      json.points = [
        { ...first, value: null, low: 600, high: null, bound: 'lower', text: 'over 600 people' },
        { ...second, value: null, low: 700, high: null, bound: 'lower', text: 'exceeded 700 people' },
        ...rest,
      ];
      await route.fulfill({ response, json });
    });
    await page.goto(`${server.url}/#/figures/people-evacuated`);
    const answer = page.locator('[data-answer]').first();
    await answer.waitFor();
    expect(await answer.textContent()).toContain('date unknown');
    expect(await answer.textContent()).not.toContain('undated');
    const cells = await page.locator('table.claims tbody td.num-cell').allTextContents();
    // The source's own "over"; a cue the UI does not print as such reads as the safe "at least", never "more than".
    expect(cells).toContain('over 600');
    expect(cells).toContain('at least 700');
    await page.close();
  });

  it('the documents table on a phone names its counts ("4 claims"), without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/#/documents`);
    const row = page.locator('table.stack tbody tr').first();
    await row.waitFor();
    // Each bare count is followed by its name, drawn after it (a stacked row has no column heading above it).
    const labels = await row
      .locator('td[data-label]')
      .evaluateAll((tds) => tds.map((td) => `${td.textContent}${getComputedStyle(td, '::after').content}`));
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^\d+" " attr\(data-label\)$|^\d+" claims?"$/);
    expect(await row.locator('td[data-label]').evaluateAll((tds) => tds.map((td) => td.dataset.label))).toEqual([
      expect.stringMatching(/^claims?$/),
      expect.stringMatching(/^quotes?$/),
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: path.join(SHOTS, 'documents-390.png') });
    await page.close();
  });

  it('the outlet filter suggests the stored outlets, and filters by one picked', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/#/claims`);
    const options = page.locator('#outlet-names option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const outlets = await options.evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(outlets[0]).toBe('Valley Herald');
    await page.getByLabel('Outlet').fill(outlets[0]!);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.url()).toContain('outlet=Valley+Herald');
    await page.close();
  });
});
