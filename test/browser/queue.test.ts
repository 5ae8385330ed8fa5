/**
 * The "Ingest queue" panel of the story overview in headless Chromium: shown
 * with a job queue (a fake queueStatus, no PostgreSQL needed), refreshed while
 * the workers are busy, absent over a plain SQLite store. Screenshot under
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
import type { Store } from '../../src/store/store.js';
import type { QueueStatus } from '../../src/queue/status.js';
import { FAILED_JOB } from '../server/queue-status.js';

describeChromium('ingest queue panel in Chromium', () => {
  let browser: Browser;
  let store: Store;
  let webDir: string;
  let withQueue: RunningServer;
  let withoutQueue: RunningServer;
  let calls = 0;
  const problems: string[] = [];

  // The first answer: workers busy; every later one: one more batch done.
  const status = (): QueueStatus => {
    const later = calls++ > 0;
    return {
      ingest: {
        queued: later ? 2 : 3,
        retry: 1,
        active: 2,
        completed: later ? 8 : 7,
        failed: 1,
        articlesQueued: later ? 80 : 120,
        articlesDone: later ? 320 : 280,
      },
      corpus: { queued: 1, retry: 0, active: 0, completed: 2, failed: 0, lastCompletedOn: '2024-05-01T10:00:00.000Z' },
      idle: false,
      failedJobs: [FAILED_JOB],
    };
  };

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-'));
    await buildWeb(webDir);
    store = (await buildTestStore()).store;
    withQueue = await startServer({ store, webRoot: webDir, queueStatus: async () => status() });
    withoutQueue = await startServer({ store, webRoot: webDir });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await withQueue?.close();
    await withoutQueue?.close();
    await store?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function open(server: RunningServer, width = 1280): Promise<Page> {
    const page = await watchedPage(browser, { width, height: 860 }, problems);
    await page.goto(`${server.url}/#/`);
    await page.locator('.figure-card').first().waitFor();
    return page;
  }

  it(
    'shows queued, running, retrying, done and failed jobs and articles done, as a polite live region, and refreshes while busy',
    { timeout: 30_000 },
    async () => {
      const page = await open(withQueue);
      const panel = page.getByRole('region', { name: 'Ingest queue' });
      await panel.waitFor();
      expect(await panel.getAttribute('aria-live')).toBe('polite');
      const count = (name: string) => panel.locator(`[data-count="${name}"]`).textContent();
      expect(await count('queued')).toBe('3');
      expect(await count('running')).toBe('2');
      expect(await count('retrying')).toBe('1');
      expect(await count('done')).toBe('7');
      expect(await count('failed')).toBe('1');
      expect(await panel.locator('.queue-summary').textContent()).toContain('280 of 400 articles done');
      expect(await panel.textContent()).toContain('1 job failed');
      // Which batch failed and why, by file name: the enqueuer's E_JOB_FAILED line, seen from the UI.
      await panel.getByText('Failed jobs').click();
      const job = panel.locator(`[data-job="${FAILED_JOB.id}"]`);
      expect(await job.textContent()).toContain(
        'storm-update.html, https://news.example/flood and 1 more: the analysis worker ran out of memory',
      );
      expect(await job.textContent()).toContain('6 attempts');
      await page.screenshot({ path: path.join(SHOTS, 'queue-overview-laptop.png'), fullPage: true });
      // Not idle: asked again a few seconds later.
      await expect.poll(() => count('done'), { timeout: 15_000 }).toBe('8');
      expect(await panel.locator('.queue-summary').textContent()).toContain('320 of 400 articles done');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, 'queue-overview-phone.png'), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        1,
      );
      await page.close();
    },
  );

  it('is absent over a SQLite store (no queue), without asking for it', async () => {
    const asked: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${withoutQueue.url}/#/`);
    await page.locator('.figure-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked).toContain('/api/stats');
    expect(asked).not.toContain('/api/queue');
    expect(await page.locator('.queue-panel').count()).toBe(0);
    expect(await page.getByText('Ingest queue').count()).toBe(0);
    await page.close();
  });

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
