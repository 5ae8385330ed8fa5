/**
 * The UI in real headless Chromium (Debian's chromium, driven by
 * playwright-core): every view over a hand-made store, a claim followed to its
 * article, hostile markup shown as text everywhere, no CSP violations, and
 * screenshots at laptop and phone widths under test-output/screenshots/.
 * Skips, saying why, when no chromium is installed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildWeb, describeChromium, launchChromium, SHOTS, watchedPage } from './chromium.js';
import { buildTestStore, HOSTILE_TITLE } from '../server/test-store.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';

describeChromium('web UI in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let store: Store;
  let ids: string[];
  let hostileId: string;
  let webDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-'));
    await buildWeb(webDir);
    const built = await buildTestStore({ hostile: true });
    store = built.store;
    ids = built.ids;
    hostileId = built.hostileId!;
    server = await startServer({ store, webRoot: webDir });
    browser = await launchChromium();
    console.log(`screenshots: ${SHOTS}`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function open(hash: string, width = 1280, height = 860): Promise<Page> {
    const page = await watchedPage(browser, { width, height }, problems, hash);
    await page.goto(`${server.url}/${hash}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  async function shots(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SHOTS, `${name}-laptop.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways on a phone`).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1280, height: 860 });
  }

  it('story overview: each figure card answers first, in one line, and pages with N of M', async () => {
    const page = await open('#/');
    const cards = page.locator('.figure-card');
    await expect.poll(() => cards.count()).toBe(2);
    const evac = page.locator('[data-figure="people-evacuated"]');
    const answer = evac.locator('[data-answer]');
    await expect.poll(() => answer.textContent()).toContain('Around 180');
    const line = (await answer.textContent())!;
    expect(line).toMatch(
      /Around 180 done · as of 3 March 2024 · per Red Cross · 1 independent source \(3 sources report/,
    );
    // One line at laptop width: the answer does not wrap under the value.
    expect(await evac.locator('.disagree').count()).toBe(1);
    expect(await evac.locator('svg.spark circle').count()).toBe(1);
    expect(await page.locator('[data-figure="homes-destroyed"] .disagree').count()).toBe(0);
    expect(await page.locator('.pager-count').textContent()).toBe('Figures 1–2 of 2');
    expect(await page.locator('main').textContent()).not.toMatch(/\b1 claims\b|reconciliation\)|compatible-bounds/);
    expect(await page.title()).toBe('The story in figures · crosscheck');
    await shots(page, 'overview');
    await page.close();
  });

  it('overview of a large store: stories picker, pages past 200 figures, Back returns to the page', async () => {
    const { openSqliteStore } = await import('../../src/store/sqlite.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-many-'));
    const big = openSqliteStore(path.join(dir, 'store.db'));
    const figure = (i: number) => ({
      id: `fig-${i}`,
      label: `Figure number ${i}`,
      measure: 'people',
      action: null,
      actor: null,
      target: null,
      claims: Array.from({ length: 1 + (i % 9) }, (_, k) => `c${i}-${k}`),
      story: i % 2 ? 'story-floods' : 'story-strike',
      reconciliation: {
        best: { value: 1000 + i, low: null, high: null, status: 'done', claims: [`c${i}-0`], reason: 'latest' },
        values: [
          { key: 'v', text: `around ${1000 + i}`, claims: [`c${i}-0`], sources: ['a'], sourceNames: ['Agency'] },
        ],
        timeline: [{ claim: `c${i}-0`, about: '2024-10', said: '2024-10-20', value: 1000 + i }],
        disagreements: [],
        sources: [{ key: 'a' }],
      },
    });
    const story = (id: string, label: string) => ({ id, label, documents: ['d'], figures: [], from: null, to: null });
    await big.putCorpus({
      entities: [],
      duplicates: [],
      figures: Array.from({ length: 230 }, (_, i) => figure(i)),
      stories: [story('story-floods', 'River floods'), story('story-strike', 'Dock strike')],
      computedAt: '2024-11-01T00:00:00Z',
    });
    const other = await startServer({ store: big, webRoot: webDir });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${other.url}/#/`);
      await page.locator('.figure-card').first().waitFor();
      expect(await page.locator('.pager-count').textContent()).toBe('Figures 1–48 of 230');
      expect(await page.locator('.figure-card').first().textContent()).toContain(
        'as of October 2024 (month only, from the sentence)',
      );
      for (let i = 0; i < 4; i++) await page.getByRole('link', { name: 'Next →' }).click();
      await expect.poll(() => page.locator('.pager-count').textContent()).toBe('Figures 193–230 of 230');
      await page.locator('.figure-card a').first().click();
      await page.waitForURL(/#\/figures\//);
      await page.goBack();
      await expect.poll(() => page.locator('.pager-count').textContent()).toBe('Figures 193–230 of 230');
      await page.selectOption('#story', 'story-floods');
      await expect.poll(() => page.locator('.pager-count').textContent()).toBe('Figures 1–48 of 115');
      expect(await page.locator('main h1').textContent()).toBe('River floods');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, 'overview-paged-phone.png'), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      await page.close();
    } finally {
      await other.close();
      await big.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('figure page: the timeline shows every dated point, and hovering one shows its evidence', async () => {
    const page = await open('#/figures/people-evacuated');
    // The answer first, then the timeline; the conflict below shows its two sentences, each linked.
    expect(await page.locator('main h1 + [data-answer]').textContent()).toContain('Around 180 done');
    const conflict = page.locator('li.conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('blockquote').count()).toBe(2);
    expect(await conflict.locator('a[href*="claim="]').count()).toBe(2);
    expect(await conflict.locator('.speaker').allTextContents()).toEqual(['officials', 'Red Cross']);
    expect(await page.title()).toBe('People evacuated · crosscheck');
    const chart = page.locator('.timeline');
    await chart.locator('canvas').waitFor();
    expect(await chart.getAttribute('data-points')).toBe('5');
    // one legend entry per source and kind (filled asserted, hollow planned)
    const legend = await page.locator('.u-legend .u-series').allTextContents();
    expect(legend.join('|')).toMatch(/Red Cross \(planned \/ possible\)/);
    expect(await page.locator('table.claims tbody tr').count()).toBe(5);
    expect(await page.locator('table.claims tr.disputed').count()).toBe(2);
    // Every point can be reached by the pointer: hovering each one's spot shows its claim among those there.
    const spots: Array<{ claim: string; x: number; y: number }> = JSON.parse((await chart.getAttribute('data-xy'))!);
    expect(spots).toHaveLength(5);
    expect(spots.every((s) => Number.isFinite(s.x) && Number.isFinite(s.y))).toBe(true);
    const over = (await page.locator('.u-over').boundingBox())!;
    for (const s of spots) {
      await page.mouse.move(over.x + s.x, over.y + s.y);
      await expect
        .poll(() => page.locator('.hovered .hovered-point').evaluateAll((els) => els.map((e) => e.dataset.claim)))
        .toContain(s.claim);
    }
    expect(await page.locator('.hovered mark.num').first().count()).toBe(1);
    // ... and by keyboard: the arrow keys step through all of them, in order.
    await chart.focus();
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowRight');
      seen.add((await page.locator('.hovered .hovered-point').first().getAttribute('data-claim'))!);
    }
    expect(seen.size).toBe(5);
    expect(await chart.getAttribute('data-scale')).toBe('linear');
    expect(await page.locator('.chart-subtitle').textContent()).toContain('Number of people');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('People-evacuated.csv');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('People-evacuated.svg');
    // keyboard: focusing a row's evidence link shows that claim's evidence too
    const row = page.locator('table.claims tbody tr').filter({ hasText: 'Daily Ledger' });
    await row.locator('a.evidence-link').focus();
    await expect.poll(() => page.locator('.hovered blockquote').textContent()).toContain('180 people');
    await shots(page, 'figure');
    await page.close();
  });

  it('claims table: filters by URL, and a click opens the article at that sentence', async () => {
    const page = await open('#/claims?outlet=daily%20ledger');
    await expect.poll(() => page.locator('table.claims tbody tr').count()).toBe(1);
    // A source by its name, with suggestions as it is typed, and a month as the date.
    await page.goto(`${server.url}/#/claims`);
    await page.getByLabel('Source').fill('red c');
    await expect.poll(() => page.locator('#source-names option').count()).toBeGreaterThan(0);
    expect(await page.locator('#source-names option').first().getAttribute('value')).toBe('Red Cross');
    await page.getByLabel('Source').fill('Red Cross');
    await page.getByLabel('From').fill('2024-03');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/source=Red/);
    await expect.poll(() => page.locator('table.claims tbody tr').count()).toBeGreaterThan(0);
    expect((await page.locator('table.claims tbody').textContent())!).toContain('Red Cross');
    await page.goto(`${server.url}/#/claims?sort=value&order=desc`);
    await expect.poll(() => page.locator('table.claims tbody tr').count()).toBe(6);
    const values = await page.locator('table.claims tbody td.num-cell').allTextContents();
    expect(values[0]).toBe('200–300');
    const row = page.locator('table.claims tbody tr').filter({ hasText: '180' });
    expect(await row.locator('mark.num').textContent()).toBe('180');
    await shots(page, 'claims');
    await row.locator('a.evidence-link').click();
    await page.waitForURL(/#\/documents\/[0-9a-f]+\?claim=/);
    const target = page.locator('#target');
    await target.waitFor();
    expect((await page.locator('.target').allTextContents()).join('')).toContain('said 180 people were evacuated');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('target');
    await page.close();
  });

  it('article view: highlights by offsets, dropped text on a toggle, metadata with where each value came from', async () => {
    const page = await open(`#/documents/${ids[0]}`);
    expect(await page.locator('.article-text .hl-num').first().textContent()).toBe('120');
    expect(await page.locator('.article-text .hl-quote').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text .hl-entity').count()).toBeGreaterThan(0);
    expect(await page.locator('table.meta').textContent()).toContain('from test, stated');
    expect(await page.locator('#dropped').count()).toBe(0);
    await page.getByRole('button', { name: /what cleaning dropped/ }).click();
    expect(await page.locator('#dropped').textContent()).toContain('Share this article on Facebook');
    expect(await page.locator('aside').textContent()).toMatch(/Copied \(syndicated\) by/);
    await shots(page, 'article');
    await page.close();
  });

  it('sources view: primary source → intermediary → wire → outlet, and which articles copy which', async () => {
    const page = await open('#/sources');
    const table = await page.locator('ul.chains').textContent();
    expect(table).toContain('Governor Lee');
    expect(table).toContain('Associated Press');
    expect(await page.locator('ul.copies').textContent()).toMatch(/is a syndicated of/);
    await shots(page, 'sources');
    await page.close();
  });

  it('search box: finds documents and claims, with the match marked', async () => {
    const page = await open('#/');
    await page.fill('#q', 'valley');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/search\?q=valley/);
    await expect.poll(() => page.locator('ol.hits li').count()).toBeGreaterThan(0);
    expect(await page.locator('ol.hits mark').first().textContent()).toMatch(/valley/i);
    await shots(page, 'search');
    // A number in another spelling finds the claim that states it, with its value, source, outlet and date.
    await page.fill('#q', '0.18k');
    await page.keyboard.press('Enter');
    const hit = page.locator('ol.hits li[data-kind="claim"]').first();
    await expect
      .poll(() => hit.locator('.hit-facts').textContent())
      .toBe('180 · Red Cross · Daily Ledger · 3 March 2024');
    expect(await hit.locator('mark').textContent()).toBe('180');
    expect(await page.title()).toBe('Search: 0.18k · crosscheck');
    await page.close();
  });

  it('is usable by keyboard: tab to a figure and open it with Enter', async () => {
    const page = await open('#/');
    await page.locator('.figure-card a').first().waitFor();
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => !!document.activeElement?.closest('.figure-card h3'));
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/figures\//);
    await page.locator('.timeline canvas').waitFor();
    await page.close();
  });

  it('shows hostile titles, bodies and links as text in every view', { timeout: 120_000 }, async () => {
    const views = [
      '#/',
      '#/figures/people-evacuated',
      '#/claims',
      '#/documents',
      `#/documents/${hostileId}`,
      '#/sources',
      '#/search?q=dam',
    ];
    for (const hash of views) {
      const page = await open(hash);
      await page.waitForTimeout(200);
      if (hash === `#/documents/${hostileId}`) {
        await page.getByRole('button', { name: /what cleaning dropped/ }).click();
        expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
        expect(await page.locator('.article-text').textContent()).toContain('<img src=x onerror=');
        expect(await page.locator('#dropped').textContent()).toContain('onerror');
        // the javascript: URL is text, not a link
        expect(await page.locator('.url-text').textContent()).toBe('javascript:__xss=6');
      }
      if (hash === '#/figures/people-evacuated') {
        await page.locator('table.claims tbody tr').filter({ hasText: 'Evil' }).locator('a').focus();
        await expect.poll(() => page.locator('.hovered').textContent()).toContain('<script>__xss=7</script>Rescuers');
        expect(await page.locator('.hovered').textContent()).toContain('<img src=x onerror=');
      }
      if (hash === '#/documents')
        expect(await page.locator('main').textContent()).toContain('<script>__xss=1</script>');
      const injected = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
        scripts: [...document.scripts].map((s) => s.src).filter((s) => !/\/assets\/index-[\w-]+\.js$/.test(s)),
        imgs: document.querySelectorAll('img').length,
        jsLinks: [...document.querySelectorAll('a[href]')]
          .filter((a) => !/^(https?:|#|\/api\/report)/.test(a.getAttribute('href')!))
          .map((a) => a.getAttribute('href')),
        markup: document.querySelectorAll('main b, main i').length,
      }));
      expect(injected, hash).toEqual({ xss: null, scripts: [], imgs: 0, jsLinks: [], markup: 0 });
      if (hash === `#/documents/${hostileId}`) await shots(page, 'hostile-article');
      await page.close();
    }
  });

  it('quotes by speaker name, names merged with their aliases, a not-found page with a way back', async () => {
    const page = await open('#/quotes?speaker=Officials');
    await expect.poll(() => page.locator('ul.quotes li').count()).toBeGreaterThan(0);
    expect(await page.locator('ul.quotes li .speaker').first().textContent()).toBe('officials');
    expect(await page.title()).toBe('Quotes of Officials · crosscheck');
    await shots(page, 'quotes');
    await page.goto(`${server.url}/#/entities?q=red`);
    await expect.poll(() => page.locator('ul.entities li').count()).toBe(1);
    expect(await page.locator('ul.entities li strong').textContent()).toBe('Red Cross');
    await page.locator('ul.entities li').getByRole('link', { name: 'figures they gave' }).click();
    await expect.poll(() => page.locator('table.claims tbody tr').count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/#/nowhere`);
    expect(await page.locator('main h1').textContent()).toBe('No such page');
    expect(await page.getByRole('link', { name: 'Go to the story overview' }).count()).toBe(1);
    await page.close();
  });

  it('search finds a word in its other forms: claims, the figure label and articles, marked', async () => {
    const page = await open('#/', 1366, 900);
    await page.getByLabel('Search articles, claims, quotes and figures').fill('evacuate');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/#\/search\?q=evacuate/);
    const hits = page.locator('ol.hits li');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    const kinds = new Set(await hits.evaluateAll((els) => els.map((e) => e.dataset.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(['claim', 'figure', 'document']));
    expect(await page.locator('ol.hits li[data-kind="figure"] a').first().textContent()).toBe('People evacuated');
    expect((await page.locator('ol.hits mark').allTextContents()).map((t) => t.toLowerCase())).toContain('evacuated');
    await shots(page, 'search-stems');
    await page.close();
  });

  it('quotes: the most quoted speakers with their counts, each opening their quotes', async () => {
    const page = await open('#/quotes', 1366, 900);
    const top = page.locator('.top-speakers li');
    await expect.poll(() => top.count()).toBeGreaterThan(0);
    const api = (await (await fetch(`${server.url}/api/quotes/speakers?limit=8`)).json()).items as Array<{
      speaker: string;
      name: string;
      quotes: number;
    }>;
    const want = api.map((s) => `${s.name} ${s.quotes} quote${s.quotes === 1 ? '' : 's'}`);
    expect((await top.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(want);
    await top.first().locator('a').click();
    await page.waitForURL(/speaker=/);
    await expect.poll(() => page.locator('ul.quotes li').count()).toBe(api[0]!.quotes);
    expect(await page.locator('.top-speakers a[aria-current]').textContent()).toBe(api[0]!.name);
    await shots(page, 'quotes-top-speakers');
    await page.close();
  });

  it('focus lands on each view heading once loaded, the clicked number is marked, Back returns to the same spot', async () => {
    const page = await open('#/figures/people-evacuated', 1366, 900);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const row = page.locator('table.claims tbody tr').filter({ hasText: 'Daily Ledger' });
    await row.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(0);
    await row.locator('a.evidence-link').click();
    await page.waitForURL(/#\/documents\/[0-9a-f]+\?claim=/);
    await page.locator('#target').waitFor();
    expect(await page.locator('.article-text .target-num').textContent()).toBe('180');
    await page.goBack();
    await page.waitForURL(/#\/figures\//);
    // Back to where the reader was (the click itself may scroll a little to bring the link into view).
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y - 80);
    await page.goto(`${server.url}/#/documents`);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator('table.stack tbody tr').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await page.locator('.pager-count').textContent()).toMatch(/^Documents 1–\d+ of \d+$/);
    await page.screenshot({ path: path.join(SHOTS, 'documents-phone.png'), fullPage: true });
    await page.close();
  });

  it('ran every view without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});

describeChromium('web UI on the seed corpus in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let store: Store;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-'));
    await buildWeb(webDir);
    const { seedStore } = await import('../server/test-store.js');
    store = await seedStore();
    server = await startServer({ store, webRoot: webDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  it('shows the seed figures, the largest one as a timeline, and its claims open their articles', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/#/`);
    await page.locator('.figure-card').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'seed-overview-laptop.png'), fullPage: true });
    const figs = await (await fetch(`${server.url}/api/figures?limit=500`)).json();
    // Most-reported first.
    const top = figs.items[0];
    await page.goto(`${server.url}/#/figures/${encodeURIComponent(top.id)}`);
    await page.locator('.timeline canvas').waitFor();
    const detail = await (await fetch(`${server.url}/api/figures/${encodeURIComponent(top.id)}`)).json();
    const dated = detail.points.filter(
      (p: { date: string | null; value: number | null; low: number | null; high: number | null }) =>
        p.date && (p.value ?? p.low ?? p.high) !== null,
    ).length;
    expect(dated).toBeGreaterThan(0);
    expect(await page.locator('.timeline').getAttribute('data-points')).toBe(String(dated));
    expect(await page.locator('table.claims tbody tr').count()).toBe(detail.points.length);
    await page.screenshot({ path: path.join(SHOTS, 'seed-figure-laptop.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS, 'seed-figure-phone.png'), fullPage: true });
    await page.locator('table.claims tbody a').first().click();
    await page.waitForURL(/#\/documents\/[0-9a-f]+\?claim=/);
    await page.locator('#target').waitFor();
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.screenshot({ path: path.join(SHOTS, 'seed-article-laptop.png'), fullPage: true });
    await page.goto(`${server.url}/#/sources`);
    await page.locator('ul.chains li').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'seed-sources-laptop.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
