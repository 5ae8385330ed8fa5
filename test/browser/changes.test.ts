/**
 * The "What changed" view, the upload screen and live refresh in headless
 * Chromium, at 1366×900 and 390×844: events in words with their links, the
 * nav badge and "mark all as seen"; the watch list; the upload screen only
 * with a token, its per-file results and refreshed counts; the overview
 * refetching when a queue job finishes, without a reload. Screenshots under
 * test-output/screenshots/. Skips, saying why, when no chromium is installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildWeb, describeChromium, launchChromium, SHOTS, watchedPage } from './chromium.js';
import { buildTestStore } from '../server/test-store.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { watchState } from '../../src/store/watch-state.js';
import type { Store } from '../../src/store/store.js';
import type { QueueStatus } from '../../src/queue/status.js';

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

const ARTICLE =
  'Wildfire forces 3,200 from homes\n\nBy Staff Reporter\n\nFirefighters said on Tuesday that 3,200 residents ' +
  'of the valley had been evacuated as the wildfire spread east, the regional fire service said.\n\n' +
  'The fire service said 14 homes had burned.\n';

describeChromium('what changed, upload and live refresh in Chromium', () => {
  let browser: Browser;
  let store: Store;
  let webDir: string;
  let plain: RunningServer;
  let withToken: RunningServer;
  let withQueue: RunningServer;
  let figure: string;
  let calls = 0;
  const problems: string[] = [];

  // Every answer after the first: one more job done.
  const status = (): QueueStatus => {
    const done = 4 + calls++;
    return {
      ingest: {
        queued: 3,
        retry: 0,
        active: 1,
        completed: done,
        failed: 0,
        articlesQueued: 30,
        articlesDone: done * 10,
      },
      corpus: { queued: 0, retry: 0, active: 0, completed: 1, failed: 0, lastCompletedOn: null },
      idle: false,
    };
  };

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-changes-'));
    await buildWeb(webDir);
    store = (await buildTestStore()).store;
    figure = (await store.listFigures({ limit: 1 })).items[0]!.id;
    const state = await watchState(store);
    const ev = (at: string, e: Record<string, unknown>) => ({
      at,
      type: e.type as string,
      record: JSON.stringify({ at, ...e }),
    });
    const evidence = { claim: null, document: null, url: 'https://news.example.org/2026/03/03/fire' };
    await state.commitChanges(
      [
        ev('2026-03-02T08:00:00.000Z', {
          type: 'figure.new',
          figure,
          label: 'Evacuated',
          value: { value: 1200, low: 1200, high: 1200, status: 'done' },
          source: 'the fire service',
          evidence: 'The fire service said 1,200 people had left.',
          ...evidence,
        }),
        ev('2026-03-03T09:15:00.000Z', {
          type: 'figure.revised',
          figure,
          label: 'Evacuated',
          old: { value: 1200, low: 1200, high: 1200, status: 'done' },
          new: { value: 3200, low: 1200, high: 3200, status: 'done' },
          source: 'the county sheriff',
          evidence: 'The county sheriff said 3,200 residents had been moved.',
          ...evidence,
        }),
        ev('2026-03-03T10:00:00.000Z', {
          type: 'figure.conflict',
          figure,
          label: '<script>__xss=1</script>Burned homes',
          values: ['14', '40'],
          note: 'two sources, same date',
        }),
        ev('2026-03-03T11:00:00.000Z', {
          type: 'figure.source',
          figure,
          label: 'Evacuated',
          sourceKey: 'org:red-cross',
          source: 'the Red Cross',
          evidence: 'About 3,000 people were in shelters, the Red Cross said.',
          claim: null,
          document: null,
          url: 'javascript:__xss=2',
        }),
        ev('2026-03-03T12:00:00.000Z', {
          type: 'article.updated',
          document: 'doc-new',
          previous: 'doc-old',
          url: 'https://news.example.org/2026/03/03/fire',
          title: 'Wildfire forces thousands from homes',
        }),
      ],
      [],
      {},
    );
    await state.addSource({
      url: 'https://news.example.org/rss.xml',
      story: 'valley fire',
      kind: 'feed',
      filter: 'fire',
    });
    const src = await state.addSource({
      url: 'https://wire.example.com/fire-live',
      story: 'valley fire',
      kind: 'page',
      filter: null,
    });
    await state.setSourceStatus(src.id, {
      polledAt: '2026-03-03T12:00:00.000Z',
      error: 'E_ROBOTS: robots.txt disallows it',
    });
    plain = await startServer({ store, webRoot: webDir });
    withToken = await startServer({ store, webRoot: webDir, token: 'desk-token' });
    withQueue = await startServer({ store, webRoot: webDir, queueStatus: async () => status() });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([plain?.close(), withToken?.close(), withQueue?.close()]);
    await store?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function open(server: RunningServer, hash: string, viewport = LAPTOP): Promise<Page> {
    const page = await watchedPage(browser, viewport, problems);
    await page.goto(`${server.url}/${hash}`);
    return page;
  }

  // axe-core is not installed here: at least every control and link in the view has an accessible name.
  const unnamed = (page: Page) =>
    page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('a, button, input, select, textarea')]
        .filter((el) => {
          const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
          return !(el.getAttribute('aria-label') || el.textContent?.trim() || label.trim());
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );

  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('lists the changes in words with their links, counts them in the nav, and marks them seen', async () => {
    const page = await open(plain, '#/changes');
    const items = page.locator('.changes > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(5);
    const lines = await page.locator('.change-line').allTextContents();
    expect(lines[0]).toContain('New figure: Evacuated, 1,200, according to the fire service');
    expect(lines[1]).toContain('Evacuated revised 1,200 → 3,200 by the county sheriff, 3 Mar');
    expect(lines[2]).toContain('Sources now disagree on <script>__xss=1</script>Burned homes: 14 against 40');
    expect(lines[3]).toContain('New source for Evacuated: the Red Cross');
    expect(lines[4]).toContain('Article updated in place: Wildfire forces thousands from homes');
    const revised = items.nth(1);
    expect(await revised.getByRole('link', { name: 'Open the figure' }).getAttribute('href')).toBe(
      `#/figures/${figure}`,
    );
    expect(await revised.getByRole('link', { name: /news\.example\.org/ }).getAttribute('href')).toBe(
      'https://news.example.org/2026/03/03/fire',
    );
    expect(await revised.locator('blockquote').textContent()).toContain('3,200 residents');
    // A javascript: address is shown as text, never a link; markup in labels stays text.
    expect(await items.nth(3).locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await items.nth(4).getByRole('link', { name: 'the earlier version' }).getAttribute('href')).toBe(
      '#/documents/doc-old',
    );
    // The watch list, with each source's last poll and error.
    const watch = page.locator('table.watch-list tbody tr');
    expect(await watch.count()).toBe(2);
    expect(await page.locator('table.watch-list').textContent()).toContain('E_ROBOTS');
    expect(await page.locator('nav[aria-label="Views"] .badge').textContent()).toContain('5');
    expect(await unnamed(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'changes-laptop.png'), fullPage: true });
    await page.getByRole('button', { name: 'Mark all as seen' }).click();
    await page.getByText('Nothing new since you last looked.').waitFor();
    await expect.poll(() => page.locator('nav[aria-label="Views"] .badge').count()).toBe(0);
    // The seen mark survives a reload; every change stays reachable.
    await page.reload();
    await page.getByText('Nothing new since you last looked.').waitFor();
    await page.getByRole('link', { name: 'All changes' }).click();
    await expect.poll(() => items.count()).toBe(5);
    expect(await page.locator('.change-fresh').count()).toBe(0);
    await page.close();
  });

  it('reads at phone width without sideways scrolling', async () => {
    const page = await open(plain, '#/changes?since=0', PHONE);
    await page.locator('.changes > li').first().waitFor();
    await page.locator('table.watch-list').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('What changed');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.screenshot({ path: path.join(SHOTS, 'changes-phone.png'), fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('offers no upload screen without a token', async () => {
    const page = await open(plain, '#/');
    await page.locator('.figure-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('nav[aria-label="Views"] a', { hasText: 'Upload' }).count()).toBe(0);
    await page.goto(`${plain.url}/#/upload`);
    await page.getByText('Uploads are off on this server').waitFor();
    await page.close();
  });

  it('uploads files with the token asked once, says what became of each, and refreshes the counts', async () => {
    const page = await open(withToken, '#/', LAPTOP);
    await page.locator('nav[aria-label="Views"] a', { hasText: 'Upload' }).click();
    await page.locator('main h1', { hasText: 'Upload articles' }).waitFor();
    const counts = page.locator('.upload-counts');
    await counts.waitFor();
    const before = await counts.textContent();
    const chooser = page.locator('input[type="file"]');
    await chooser.setInputFiles([
      { name: 'wildfire.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    ]);
    // A wrong token first: refused, and asked again.
    await page.getByLabel('Server token').fill('wrong');
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Server token').fill('desk-token');
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    const results = page.locator('.upload-results li');
    await results.first().waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-outcome="stored"]').textContent()).toContain('wildfire.txt: stored');
    expect(await page.locator('[data-outcome="failed"]').textContent()).toContain('scan.pdf: failed');
    await expect.poll(() => counts.textContent(), { timeout: 10_000 }).not.toBe(before);
    await page.screenshot({ path: path.join(SHOTS, 'upload-laptop.png'), fullPage: true });
    // Same bytes again, token not asked a second time in this tab: a duplicate.
    await page.setViewportSize(PHONE);
    expect(await page.getByLabel('Server token').count()).toBe(0);
    // Dropped this time, not chosen.
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'wildfire-again.txt', { type: 'text/plain' }));
      return dt;
    }, ARTICLE);
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    expect(await page.getByRole('list', { name: 'Files to upload' }).textContent()).toContain('wildfire-again.txt');
    expect(await unnamed(page)).toEqual([]);
    await page.getByRole('button', { name: 'Upload 1 file' }).click();
    await page.locator('[data-outcome="duplicate"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-outcome="duplicate"]').textContent()).toContain('duplicate');
    await page.screenshot({ path: path.join(SHOTS, 'upload-phone.png'), fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    await page.close();
  }, 90_000);

  it('refetches the counts and figures when a queue job finishes, without reloading', async () => {
    const asked: string[] = [];
    let loads = 0;
    const page = await browser.newPage({ viewport: LAPTOP });
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    page.on('load', () => loads++);
    await page.goto(`${withQueue.url}/#/`);
    await page.locator('.figure-card').first().waitFor();
    await page.locator('.queue-panel').waitFor();
    const n = (p: string) => asked.filter((a) => a === p).length;
    await expect.poll(() => n('/api/figures'), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(n('/api/stats')).toBeGreaterThan(1);
    expect(loads).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'live-refresh-laptop.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: path.join(SHOTS, 'live-refresh-phone.png'), fullPage: true });
    await page.close();
  }, 30_000);

  it('pages through many changes, 50 at a time', async () => {
    const state = await watchState(store);
    const at = '2026-03-04T08:00:00.000Z';
    const more = Array.from({ length: 55 }, (_, i) => ({
      at,
      type: 'figure.conflict',
      record: JSON.stringify({
        at,
        type: 'figure.conflict',
        figure,
        label: `Shelters ${i}`,
        values: ['2', '3'],
        note: null,
      }),
    }));
    await state.commitChanges(more, [], {});
    const total = await state.lastEventSeq();
    const page = await open(plain, '#/changes?since=0');
    const items = page.locator('.changes > li');
    await items.first().waitFor();
    expect(await items.count()).toBe(50);
    await page.getByRole('link', { name: 'Later changes →' }).click();
    await expect.poll(() => items.first().getAttribute('data-seq')).toBe('51');
    expect(await items.count()).toBe(total - 50);
    expect(await page.getByRole('link', { name: 'Later changes →' }).count()).toBe(0);
    await page.close();
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems.filter((p) => !/401|Unauthorized/.test(p))).toEqual([]);
  });
});
