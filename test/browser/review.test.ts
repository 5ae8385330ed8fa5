/**
 * An analyst's correction made in the UI (headless Chromium): sign in with
 * name and token, verify a claim and fix its value, and see both marked
 * after the view reloads; the correction is stored as its own record.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeChromium, serveTestStore, SHOTS } from './chromium.js';
import type { RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';

describeChromium('analyst review in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let store: Store;
  let served: Awaited<ReturnType<typeof serveTestStore>> | undefined;

  beforeAll(async () => {
    served = await serveTestStore('review', { token: 'ui-token' });
    ({ browser, server, store } = served);
  }, 120_000);

  afterAll(() => served?.close());

  it('verifies a claim and fixes its value from the claims table', async () => {
    const claim = (await store.listClaims({ limit: 1 })).items[0]!;
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/#/claims`);
    const row = page.locator(`tr[data-claim="${claim.id}"]`);
    await row.locator('summary', { hasText: 'Correct' }).click();
    await row.getByLabel('Your name').fill('Ana');
    await row.getByLabel('Server token').fill('ui-token');
    await row.getByRole('button', { name: 'Start reviewing' }).click();
    await row.getByLabel('Value').fill('130');
    await Promise.all([page.waitForEvent('load'), row.getByRole('button', { name: 'Fix value' }).click()]);
    const again = page.locator(`tr[data-claim="${claim.id}"]`);
    await again.locator('.review-badge').waitFor();
    expect(await again.locator('.review-badge').textContent()).toContain('value corrected');
    expect(await again.locator('.num-cell').textContent()).toContain('130');
    // The token stays for the tab: a second correction needs no sign-in.
    await again.locator('summary', { hasText: 'Correct' }).click();
    await Promise.all([page.waitForEvent('load'), again.getByRole('button', { name: 'Verify' }).click()]);
    await page.locator(`tr[data-claim="${claim.id}"] .review-verified`).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'review-claims-1366.png'), fullPage: true });
    const stored = await store.listCorrections();
    expect(stored.map((c) => [c.what, c.who])).toEqual([
      ['value', 'Ana'],
      ['verify', 'Ana'],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('renames a figure from its page, and the page says what analysts changed (phone width)', async () => {
    const figure = (await store.listFigures({ limit: 1 })).items[0]!;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/#/figures/${figure.id}`);
    const panel = page.locator('.review-figure');
    await panel.locator('summary').click();
    // The name and token were typed in another tab: the token is asked again, the name is not kept across contexts.
    if (await panel.getByLabel('Server token').count()) {
      await panel.getByLabel('Your name').fill('Bo');
      await panel.getByLabel('Server token').fill('ui-token');
      await panel.getByRole('button', { name: 'Start reviewing' }).click();
    }
    await panel.getByLabel('New label').fill('Residents moved out');
    await Promise.all([page.waitForEvent('load'), panel.getByRole('button', { name: 'Rename' }).click()]);
    await page.locator('h1', { hasText: 'Residents moved out' }).waitFor();
    expect(await page.locator('.review-summary').textContent()).toContain(`the machine called it “${figure.label}”`);
    await page.screenshot({ path: path.join(SHOTS, 'review-figure-390.png'), fullPage: true });
    await page.close();
  }, 60_000);
});
