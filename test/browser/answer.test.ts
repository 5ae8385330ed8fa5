/**
 * The answer a reader comes for, in headless Chromium over a store the CLI
 * built from invented flood reports: an analyst's rejection changes the
 * figure's value and conflicts, and survives `crosscheck ingest` of new
 * articles run between page loads; a claims filter typed as a person's
 * name or alias, with suggestions; a number found in any spelling; every
 * chart point reached by keyboard. At 1366×900 and 390×844, with
 * screenshots under test-output/screenshots/.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeChromium, serveReports, SHOTS, type ServedReports, watchedPage } from './chromium.js';
import { run } from '../helpers/cli.js';
import type { RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';

const SIZES = [
  { name: '1366', width: 1366, height: 900 },
  { name: '390', width: 390, height: 844 },
];

/** Invented coverage of a river flood: two reports of one day that disagree, and a later one. */
const REPORTS: Record<'first' | 'later', Array<Record<string, string>>> = {
  first: [
    {
      url: 'https://courier.example/marn-flood',
      title: 'River Marn floods Dresk as thousands flee',
      outlet: 'Northern Courier',
      published: '2025-04-02',
      text:
        'The River Marn burst its banks in Dresk on Wednesday.\n\n' +
        'Civil defence chief Ilse Varga said 12,000 people were evacuated from the city on Wednesday.\n\n' +
        'Shelters opened in schools across the region, Varga said.',
    },
    {
      url: 'https://gazette.example/dresk-evacuation',
      title: 'Dresk mayor: flood forces evacuations',
      outlet: 'Plains Gazette',
      published: '2025-04-02',
      text:
        'Floodwater from the River Marn covered much of Dresk on Wednesday.\n\n' +
        'Mayor Tomas Reiner said 9,000 people were evacuated from the city on Wednesday.\n\n' +
        'Reiner asked residents to stay away from the river.',
    },
  ],
  later: [
    {
      url: 'https://tribune.example/marn-update',
      title: 'Marn flood: Dresk evacuations grow',
      outlet: 'Valley Tribune',
      published: '2025-04-04',
      text:
        'The flood in Dresk spread to the eastern districts on Friday.\n\n' +
        'Varga, the civil defence chief, said 15,000 people had been evacuated from the city by Friday.\n\n' +
        'The River Marn is expected to crest on Saturday.',
    },
  ],
};

describeChromium('the answer, corrections and lookups in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let store: Store;
  let dir: string;
  let db: string;
  const problems: string[] = [];

  let served: ServedReports | undefined;

  beforeAll(async () => {
    served = await serveReports('flood', REPORTS, 'first');
    ({ browser, server, store, dir, db } = served);
  }, 120_000);

  afterAll(() => served?.close());

  async function open(hash: string, size = SIZES[0]!): Promise<Page> {
    const page = await watchedPage(browser, { width: size.width, height: size.height }, problems, hash);
    await page.goto(`${server.url}/${hash}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  const claimOf = async (value: number) =>
    (await store.listClaims({ limit: 100 })).items.find((c) => c.value === value)!;

  it('a rejection changes the answer and its conflicts, and survives `crosscheck ingest` of new articles', async () => {
    const figure = (await store.listFigures({ limit: 10 })).items[0]!;
    const mayor = await claimOf(9000);
    const page = await open(`#/figures/${figure.id}`);
    const answer = page.locator('main h1 + [data-answer]');
    expect(await answer.textContent()).toContain('12,000');
    expect(await answer.textContent()).toContain('sources disagree');
    // The as-of date says where it came from; the conflict is told once, with its two sentences linked.
    expect(await answer.locator('.answer-asof').textContent()).toBe('as of 2 April 2025 (from the sentence)');
    const conflict = page.locator('li.conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('p').first().textContent()).toMatch(/On 2 April 2025, .*Ilse Varga: 12,000/);
    expect(await conflict.locator('blockquote').count()).toBe(2);
    expect(await conflict.locator('a[href*="claim="]').count()).toBe(2);
    // The one line agrees with the reason under it, and no internal code shows anywhere on the page.
    expect(await answer.textContent()).toContain('1 independent source');
    expect(await page.locator('.reason-line').textContent()).toContain('rests on a single source (Ilse Varga)');
    expect(await page.locator('main').textContent()).not.toMatch(
      /compatible-bounds|as-of-date|\(reconciliation\)|dates\//,
    );
    await page.screenshot({ path: path.join(SHOTS, 'answer-conflict-1366.png'), fullPage: true });
    // Printed, the figure page is a briefing: no navigation, forms or review controls.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.top', 'details.review', '.chart-tools'])
      expect(await page.locator(hidden).first().isVisible(), `${hidden} printed`).toBe(false);
    expect(await answer.isVisible()).toBe(true);
    expect(await page.locator('li.conflict').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The analyst rejects the mayor's count from the claims table of the figure page.
    const row = page.locator(`tr[data-claim="${mayor.id}"]`);
    await row.locator('summary', { hasText: 'Correct' }).click();
    await row.getByLabel('Your name').fill('Ana');
    await row.getByLabel('Server token').fill('ui-token');
    await row.getByRole('button', { name: 'Start reviewing' }).click();
    await Promise.all([page.waitForEvent('load'), row.getByRole('button', { name: 'Reject' }).click()]);
    await page.locator(`tr[data-claim="${mayor.id}"] .review-rejected`).waitFor();
    await expect.poll(() => page.locator('li.conflict').count()).toBe(0);
    // The rejected claim stays in the table, marked, and is no point of the chart.
    expect(await page.locator('.timeline').getAttribute('data-points')).toBe('1');
    expect(await page.locator('.chart-subtitle').textContent()).toContain('1 rejected by analysts, not drawn');
    expect(await answer.textContent()).not.toContain('sources disagree');
    expect(await page.locator('.review-summary').textContent()).toContain('recomputed from the corrected claims');

    // New articles arrive and the corpus stages run again, in another process's store handle.
    expect((await run(['ingest', '--db', db, '--workers', '1', path.join(dir, 'later')])).code).toBe(0);
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.locator('table.claims tbody tr').count()).toBe(3);
    await page.locator(`tr[data-claim="${mayor.id}"] .review-rejected`).waitFor();
    expect(await page.locator('li.conflict').count()).toBe(0);
    expect(await answer.textContent()).toContain('15,000');
    expect(await page.locator('.timeline').getAttribute('data-points')).toBe('2');
    expect(await answer.textContent()).not.toContain('sources disagree');
    expect((await store.listCorrections()).map((c) => [c.what, c.who])).toEqual([['reject', 'Ana']]);
    await page.screenshot({ path: path.join(SHOTS, 'answer-corrected-after-ingest-1366.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS, 'answer-corrected-after-ingest-390.png'), fullPage: true });
    await page.close();
  }, 90_000);

  for (const size of SIZES) {
    it(`filters claims by a person's name or alias, with suggestions (${size.name})`, async () => {
      const page = await open('#/claims', size);
      await page.getByLabel('Source').fill('varg');
      await expect.poll(() => page.locator('#source-names option').count()).toBeGreaterThan(0);
      const offered = await page
        .locator('#source-names option')
        .evaluateAll((els) => els.map((e) => e.getAttribute('value')));
      expect(offered).toEqual(expect.arrayContaining(['Ilse Varga', 'Varga']));
      for (const name of ['Ilse Varga', 'Varga']) {
        await page.getByLabel('Source').fill(name);
        await page.getByRole('button', { name: 'Filter' }).click();
        await page.waitForURL(new RegExp(`source=${name.replace(' ', '(\\+|%20)')}`));
        await expect.poll(() => page.locator('table.claims tbody').textContent()).toContain('Ilse Varga');
        expect(await page.locator('table.claims tbody').textContent()).not.toContain('Tomas Reiner');
      }
      // Each claim links the original article by its site.
      const original = page.locator('table.claims tbody a.original-link').first();
      expect(await original.getAttribute('href')).toBe('https://courier.example/marn-flood');
      expect(await original.textContent()).toBe('courier.example ↗ (original article)');
      await page.screenshot({ path: path.join(SHOTS, `answer-name-filter-${size.name}.png`), fullPage: true });
      await page.close();
    });

    it(`finds a number in any spelling: 12000, 12,000, 12k (${size.name})`, async () => {
      const page = await open('#/', size);
      for (const q of ['12000', '12,000', '12k']) {
        await page.goto(`${server.url}/#/search?q=${encodeURIComponent(q)}`);
        const hit = page.locator('ol.hits li[data-kind="claim"]').first();
        await expect
          .poll(() => hit.locator('.hit-facts').textContent())
          .toBe('12,000 · Ilse Varga · Northern Courier · 2 April 2025');
        expect(await hit.locator('mark').first().textContent()).toBe('12,000');
      }
      await page.screenshot({ path: path.join(SHOTS, `answer-number-search-${size.name}.png`), fullPage: true });
      await page.close();
    });

    it(`reaches every chart point by keyboard (${size.name})`, async () => {
      const figure = (await store.listFigures({ limit: 10 })).items[0]!;
      const page = await open(`#/figures/${figure.id}`, size);
      const chart = page.locator('.timeline');
      await chart.locator('canvas').waitFor();
      const n = Number(await chart.getAttribute('data-points'));
      expect(n).toBeGreaterThan(1);
      await chart.focus();
      const seen = new Set<string>();
      for (let i = 0; i < n; i++) {
        await page.keyboard.press('ArrowRight');
        seen.add((await page.locator('.hovered .hovered-point').first().getAttribute('data-claim'))!);
      }
      const spots: Array<{ claim: string }> = JSON.parse((await chart.getAttribute('data-xy'))!);
      expect([...seen].sort()).toEqual(spots.map((s) => s.claim).sort());
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PNG' }).click(),
      ]);
      expect(png.suggestedFilename()).toBe('People-evacuated.png');
      await page.screenshot({ path: path.join(SHOTS, `answer-chart-keyboard-${size.name}.png`), fullPage: true });
      await page.close();
    });
  }

  it('splits a claim off into a new figure and notes why, from the figure page: each answers from its own claims', async () => {
    const figure = (await store.listFigures({ limit: 10 })).items[0]!;
    const later = await claimOf(15000);
    const page = await open(`#/figures/${figure.id}`, SIZES[1]);
    const panel = page.locator('.review-figure');
    await panel.locator('summary').click();
    if (await panel.getByLabel('Server token').count()) {
      await panel.getByLabel('Your name').fill('Bo');
      await panel.getByLabel('Server token').fill('ui-token');
      await panel.getByRole('button', { name: 'Start reviewing' }).click();
    }
    await panel.getByLabel('Claims').fill(later.id);
    await panel.getByLabel('Label of the new figure').fill('People evacuated by Friday');
    await Promise.all([page.waitForEvent('load'), panel.getByRole('button', { name: 'Split' }).click()]);
    await page.locator('.review-figure summary').click();
    await page.locator('.review-figure').getByLabel('Note').fill('the Friday count covers the eastern districts');
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('.review-figure').getByRole('button', { name: 'Add note' }).click(),
    ]);
    await expect.poll(() => page.locator('.review-summary').textContent()).toContain('eastern districts');
    // The figure answers from the claim it keeps; the new one from the claim it took.
    const answer = page.locator('main h1 + [data-answer]');
    await expect.poll(() => answer.textContent()).toContain('12,000');
    const split = (await (await fetch(`${server.url}/api/figures?limit=10`)).json()).items.find(
      (f: { label: string }) => f.label === 'People evacuated by Friday',
    );
    expect(split).toBeDefined();
    await page.goto(`${server.url}/#/figures/${encodeURIComponent(split.id)}`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('People evacuated by Friday');
    await expect.poll(() => answer.textContent()).toContain('15,000');
    expect(await page.locator('.review-summary').textContent()).toContain(`split from ${figure.id}`);
    await page.screenshot({ path: path.join(SHOTS, 'answer-split-390.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
