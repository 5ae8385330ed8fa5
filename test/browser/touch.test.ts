/**
 * On a phone (headless Chromium, 390×844): tapping each point of the figure
 * chart shows that point's claim and evidence, as the pointer and the
 * keyboard do (test/browser/ui.test.ts); a view whose data cannot be loaded
 * still has its heading and a way back. Screenshots under
 * test-output/screenshots/.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeChromium, serveTestStore, SHOTS } from './chromium.js';
import type { RunningServer } from '../../src/server/serve.js';

describeChromium('on a phone in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let served: Awaited<ReturnType<typeof serveTestStore>> | undefined;

  beforeAll(async () => {
    served = await serveTestStore('touch');
    ({ browser, server } = served);
  }, 120_000);

  afterAll(() => served?.close());

  it('a tap on each chart point shows its claim and evidence (390×844, touch)', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/#/figures/people-evacuated`);
    const chart = page.locator('.timeline');
    await chart.locator('canvas').waitFor();
    // The reason under the answer is one sentence with one full stop.
    expect(await page.locator('.reason-line').textContent()).toMatch(/[^.]\.$/);
    await chart.scrollIntoViewIfNeeded();
    const spots: Array<{ claim: string; x: number; y: number }> = JSON.parse((await chart.getAttribute('data-xy'))!);
    expect(spots).toHaveLength(Number(await chart.getAttribute('data-points')));
    expect(spots.length).toBeGreaterThan(1);
    const shown = () =>
      page.locator('.hovered .hovered-point').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claim));
    const seen = new Set<string>();
    for (const s of spots) {
      const over = (await page.locator('.u-over').boundingBox())!;
      // Every point lies inside the plot area, so a finger can land on it.
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x).toBeLessThanOrEqual(over.width);
      expect(s.y).toBeGreaterThanOrEqual(0);
      expect(s.y).toBeLessThanOrEqual(over.height);
      await page.touchscreen.tap(over.x + s.x, over.y + s.y);
      await expect.poll(shown).toContain(s.claim);
      for (const c of await shown()) seen.add(c!);
      // The details say what the point is and where it comes from.
      const detail = page.locator(`.hovered .hovered-point[data-claim="${s.claim}"]`);
      expect(await detail.locator('blockquote').textContent()).toMatch(/\d/);
      expect(await detail.getByRole('link', { name: 'Open the article at this sentence' }).count()).toBe(1);
    }
    expect([...seen].sort()).toEqual(spots.map((s) => s.claim).sort());
    // A tap does not scroll the page away from the chart or zoom it.
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'chart-touch-390.png'), fullPage: true });
    // Claims of a single day get an axis of a month either side, not years.
    await page.goto(`${server.url}/#/figures/homes-destroyed`);
    const one = page.locator('.timeline');
    await one.locator('canvas').waitFor();
    const dates = new Set(
      (await (await fetch(`${server.url}/api/figures/homes-destroyed`)).json()).points.map(
        (p: { date: string }) => p.date,
      ),
    );
    expect([...dates]).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    await expect.poll(() => one.getAttribute('data-days')).toMatch(/^(5\d|6\d)$/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('a figure of many claims shows its table 50 rows at a time, with N of M, and charts them all', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    // The seed figure's answer with its claims repeated: a figure as busy as a week of coverage.
    await page.route('**/api/figures/people-evacuated', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      const seed = json.points as Array<{ claim: string }>;
      json.points = Array.from({ length: 120 }, (_, i) => ({ ...seed[i % seed.length], claim: `${i}` }));
      await route.fulfill({ response, json });
    });
    await page.goto(`${server.url}/#/figures/people-evacuated`);
    const rows = page.locator('table.claims tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    const count = page.locator('.table-pager .pager-count');
    expect(await count.textContent()).toBe('Claims 1–50 of 120');
    expect(await page.locator('.timeline').getAttribute('data-points')).toBe('120');
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await expect.poll(() => rows.count()).toBe(100);
    await page.getByRole('button', { name: 'Show 20 more' }).click();
    await expect.poll(() => count.textContent()).toBe('Claims 1–120 of 120');
    expect(await rows.count()).toBe(120);
    expect(await page.getByRole('button', { name: /more$/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('a view that cannot load has its heading, the failure and a way back', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    // The server fails the view's request, as a store that went away would.
    const failing = { status: 500, contentType: 'application/json' };
    const body = (message: string) => JSON.stringify({ error: { code: 'E_INTERNAL', message } });
    await page.route(
      (u) => u.pathname === '/api/sources',
      (r) => r.fulfill({ ...failing, body: body('The store could not be read.') }),
    );
    await page.route('**/api/stats', (r) => r.fulfill({ ...failing, body: body('The store could not be read.') }));
    for (const [hash, heading] of [
      ['#/sources', 'Sources'],
      ['#/upload', 'Upload articles'],
      ['#/figures/no-such-figure', 'Figure not found'],
      ['#/documents/0000', 'Article not found'],
      ['#/nowhere', 'No such page'],
    ]) {
      await page.goto(`${server.url}/${hash}`);
      await expect.poll(() => page.locator('main h1').textContent()).toBe(heading);
      expect(await page.locator('main [role="alert"]').count(), hash).toBe(1);
      expect(await page.locator('main p a').count(), hash).toBeGreaterThan(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    }
    await page.screenshot({ path: path.join(SHOTS, 'error-page-390.png'), fullPage: true });
    await page.close();
  });
});
