/**
 * Regrouping figures from the UI and live counts, in headless Chromium over a
 * store the CLI built from invented wildfire reports: an analyst merges one
 * figure into another and moves a claim between figures, and both hold on
 * the figure pages after `crosscheck ingest` of new articles; the overview's
 * counts follow a finished queue job without a reload, over SQLite with a
 * stand-in queue and, when CROSSCHECK_TEST_PG is set, over a served
 * PostgreSQL store fed by `crosscheck ingest --queue` and a worker.
 * Screenshots under test-output/screenshots/.
 */
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeChromium, serveReports, SHOTS, type ServedReports, watchedPage } from './chromium.js';
import { run } from '../helpers/cli.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';
import type { QueueStatus } from '../../src/queue/status.js';

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The machine is shared and loaded: a view may take seconds to answer. */
// Generous: under the whole suite's load a recomputed figure page can take a while.
const WAIT = { timeout: 30_000 };

type Report = Record<'url' | 'title' | 'outlet' | 'published' | 'text', string>;

/** Invented coverage of a hill fire: the machine files homes and houses apart, and evacuees and the displaced. */
const REPORTS: Record<'first' | 'later' | 'more', Report[]> = {
  first: [
    {
      url: 'https://ridge.example/kessel-fire',
      title: 'Kessel wildfire forces thousands out',
      outlet: 'Ridge Post',
      published: '2025-08-11',
      text:
        'A wildfire spread through the hills above Kessel on Monday.\n\n' +
        'Fire chief Marta Olsen said 4,000 people were evacuated from the valley on Monday.\n\n' +
        'Olsen said 120 homes were destroyed by the fire on Monday.',
    },
    {
      url: 'https://basin.example/kessel-displaced',
      title: 'Kessel fire: residents displaced',
      outlet: 'Basin Herald',
      published: '2025-08-11',
      text:
        'Smoke covered Kessel on Monday as the fire grew.\n\n' +
        'Governor Paul Idris said 3,500 residents were displaced by the fire on Monday.\n\n' +
        'Idris said 40 firefighters were injured on Monday.',
    },
    {
      url: 'https://hill.example/kessel-houses',
      title: 'Kessel fire burns houses on the ridge',
      outlet: 'Hill Times',
      published: '2025-08-11',
      text:
        'The fire reached the ridge above Kessel on Monday.\n\n' +
        'Mayor Rina Vos said 135 houses were destroyed on Monday.\n\n' +
        'Vos asked residents to stay away from the hills.',
    },
  ],
  later: [
    {
      url: 'https://coast.example/kessel-update',
      title: 'Kessel fire: more evacuations',
      outlet: 'Coast Daily',
      published: '2025-08-13',
      text:
        'The Kessel wildfire reached the northern ridge on Wednesday.\n\n' +
        'Olsen, the fire chief, said 6,000 people had been evacuated from the valley by Wednesday.\n\n' +
        'Crews expect rain on Thursday.',
    },
  ],
  more: [
    {
      url: 'https://plain.example/kessel-shelters',
      title: 'Kessel shelters fill up',
      outlet: 'Plain Courier',
      published: '2025-08-14',
      text:
        'Schools in the lowlands opened their halls to evacuees on Thursday.\n\n' +
        'Red Cross coordinator Ines Moll said 900 people slept in shelters on Thursday.\n\n' +
        '"We need blankets and clean water before the weekend," Moll said.',
    },
  ],
};

/** A PostgreSQL server for the live test over a served PostgreSQL store; without one that test is skipped. */
const PG = process.env.CROSSCHECK_TEST_PG;
const PG_SKIP = 'set CROSSCHECK_TEST_PG, e.g. eval "$(scripts/pg-test-server.sh start)"';
if (!PG) console.warn(`PostgreSQL live-refresh browser test skipped: ${PG_SKIP}`);

interface Brief {
  id: string;
  label: string;
  claims: number;
}

describeChromium('regrouping figures and live counts in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;
  let store: Store;
  let dir: string;
  let db: string;
  const problems: string[] = [];

  let served: ServedReports | undefined;

  beforeAll(async () => {
    served = await serveReports('fire', REPORTS, 'first');
    ({ browser, server, store, dir, db } = served);
  }, 120_000);

  afterAll(() => served?.close());

  async function open(url: string, hash: string, size = LAPTOP): Promise<Page> {
    const page = await watchedPage(browser, size, problems, hash);
    await page.goto(`${url}/${hash}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    return page;
  }

  const claimOf = async (value: number) =>
    (await store.listClaims({ limit: 100 })).items.find((c) => c.value === value)!;
  /** The figures as the API lists them, corrections laid over. */
  const briefs = async (): Promise<Brief[]> =>
    (await (await fetch(`${server.url}/api/figures?limit=100`)).json()).items;
  const rows = (page: Page) =>
    page.locator('table.claims tbody tr').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claim));

  /** Give name and token once in this tab, when the panel asks for them. */
  async function signIn(scope: ReturnType<Page['locator']>): Promise<void> {
    if (!(await scope.getByLabel('Server token').count())) return;
    await scope.getByLabel('Your name').fill('Ana');
    await scope.getByLabel('Server token').fill('ui-token');
    await scope.getByRole('button', { name: 'Start reviewing' }).click();
  }

  it(
    'merges a figure into another and moves a claim between figures; both survive `crosscheck ingest`',
    { timeout: 120_000 },
    async () => {
      const [homes, houses, evacuated, displaced] = await Promise.all([
        claimOf(120),
        claimOf(135),
        claimOf(4000),
        claimOf(3500),
      ]);
      // The machine filed each pair apart: the analyst's work is to bring them together.
      expect(new Set([homes.figure, houses.figure, evacuated.figure, displaced.figure]).size).toBe(4);

      // Merge: the houses figure into the homes figure, from the figure page's review panel.
      const page = await open(server.url, `#/figures/${houses.figure}`);
      const panel = page.locator('.review-figure');
      await panel.locator('summary').click();
      await signIn(panel);
      // The destination is offered by name as it is typed, and picked by its id.
      await panel.getByLabel('Into figure').fill('homes');
      const offered = page.locator(`datalist[id="review-figures-${houses.figure}"] option`);
      await expect
        .poll(() => offered.evaluateAll((els) => els.map((e) => [e.getAttribute('value'), e.textContent])), WAIT)
        .toContainEqual([homes.figure, 'Homes destroyed']);
      await panel.getByLabel('Into figure').fill(homes.figure!);
      await Promise.all([page.waitForEvent('load'), panel.getByRole('button', { name: 'Merge' }).click()]);
      // The old link now answers with the figure it went into, and says so.
      await page.locator('.merged-note').waitFor();
      expect(await page.locator('.merged-note').textContent()).toContain(houses.figure!);
      await expect.poll(() => rows(page), WAIT).toEqual(expect.arrayContaining([homes.id, houses.id]));
      expect(await page.locator('.review-summary').textContent()).toContain(`merged in: ${houses.figure}`);

      // Move: the displaced residents' claim into the evacuation figure, from its row on the figure page.
      await page.goto(`${server.url}/#/figures/${displaced.figure}`);
      const row = page.locator(`tr[data-claim="${displaced.id}"]`);
      await row.locator('summary', { hasText: 'Correct' }).click();
      await signIn(row);
      await row.getByLabel('To figure').fill(evacuated.figure!);
      await Promise.all([page.waitForEvent('load'), row.getByRole('button', { name: 'Move' }).click()]);
      // The reloaded page of the emptied figure settles first: a late answer of it must not follow the next link.
      await page.waitForLoadState('networkidle');
      await page.goto(`${server.url}/#/figures/${evacuated.figure}`);
      await expect.poll(() => rows(page), WAIT).toEqual(expect.arrayContaining([evacuated.id, displaced.id]));
      expect(await page.locator('.review-summary').textContent()).toContain('its claims changed');
      expect(await page.locator('.timeline').getAttribute('data-points')).toBe('2');
      // The overview lists neither the merged figure nor the emptied one.
      const listed = (await briefs()).map((b) => b.id);
      expect(listed).toEqual(expect.arrayContaining([homes.figure, evacuated.figure]));
      expect(listed).not.toContain(houses.figure);
      expect(listed).not.toContain(displaced.figure);
      expect((await store.listCorrections()).map((c) => [c.what, c.who])).toEqual([
        ['merge', 'Ana'],
        ['move', 'Ana'],
      ]);

      // New articles arrive and the corpus stages run again, in another process's store handle.
      expect((await run(['ingest', '--db', db, '--workers', '1', path.join(dir, 'later')])).code).toBe(0);
      expect(await claimOf(6000)).toBeDefined();
      // The corpus stages may renumber figures: the moved claim stays with the claim it joined, whatever its id now.
      const holding = async (claim: string) => {
        for (const b of await briefs()) {
          const detail = await (await fetch(`${server.url}/api/figures/${encodeURIComponent(b.id)}`)).json();
          if (detail.claims.some((c: { id: string }) => c.id === claim)) return b.id;
        }
        return null;
      };
      // The server reads the corrections again within a second of another process's write.
      const together = async () => {
        const [a, b] = [await holding(evacuated.id), await holding(displaced.id)];
        return !!a && a === b;
      };
      await expect.poll(together, WAIT).toBe(true);
      const now = (await holding(evacuated.id))!;
      await page.goto(`${server.url}/#/figures/${encodeURIComponent(now)}`);
      await page.locator('main h1').waitFor();
      await expect.poll(() => rows(page), WAIT).toEqual(expect.arrayContaining([evacuated.id, displaced.id]));
      expect(await page.locator('.review-summary').textContent()).toContain('its claims changed');
      await page.screenshot({ path: path.join(SHOTS, 'regroup-moved-after-ingest-1366.png'), fullPage: true });
      // The merge holds too, by the old id and by the new one.
      await page.goto(`${server.url}/#/figures/${houses.figure}`);
      await page.locator('.merged-note').waitFor();
      await expect.poll(() => rows(page), WAIT).toEqual(expect.arrayContaining([homes.id, houses.id]));
      expect(await page.locator('.review-summary').textContent()).toContain('merged in');
      expect((await briefs()).map((b) => b.id)).not.toContain(houses.figure);
      await page.setViewportSize(PHONE);
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(SHOTS, 'regroup-merged-after-ingest-390.png'), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(1);
      await page.close();
    },
    120_000,
  );

  it('refreshes the counts and figures in place when a queue job finishes (SQLite, stand-in queue)', async () => {
    let done = 1;
    const status = (): QueueStatus => ({
      ingest: { queued: 0, retry: 0, active: 1, completed: done, failed: 0, articlesQueued: 1, articlesDone: done },
      corpus: { queued: 0, retry: 0, active: 0, completed: done, failed: 0, lastCompletedOn: null },
      idle: false,
    });
    const live = await startServer({ store, webRoot: path.join(dir, 'web'), queueStatus: async () => status() });
    try {
      let loads = 0;
      const page = await browser.newPage({ viewport: LAPTOP });
      page.on('load', () => loads++);
      page.on('pageerror', (e) => problems.push(`live: ${e.message}`));
      await page.goto(`${live.url}/#/`);
      const counts = page.locator('.store-counts');
      await counts.waitFor();
      const documents = Number(/^(\d+) documents/.exec((await counts.textContent())!)?.[1]);
      expect(documents).toBeGreaterThan(0);
      const cards = await page.locator('.figure-card').count();
      // A worker stores a new article and runs the corpus stages; the queue says a job finished.
      expect((await run(['ingest', '--db', db, '--workers', '1', path.join(dir, 'more')])).code).toBe(0);
      done++;
      await expect.poll(() => counts.textContent(), { timeout: 20_000 }).toContain(`${documents + 1} documents`);
      await expect.poll(() => page.locator('.figure-card').count()).toBeGreaterThan(cards);
      expect(loads).toBe(1);
      await page.screenshot({ path: path.join(SHOTS, 'live-counts-1366.png'), fullPage: true });
      await page.setViewportSize(PHONE);
      await page.screenshot({ path: path.join(SHOTS, 'live-counts-390.png'), fullPage: true });
      await page.close();
    } finally {
      await live.close();
    }
  }, 60_000);

  it('links the original from article, claim and quote; never the server path; the briefing downloads and the overview prints', async () => {
    const moll = (await store.listClaims({ limit: 100 })).items.find((c) => c.value === 900)!;
    const page = await open(server.url, `#/documents/${moll.document}`, PHONE);
    const meta = page.locator('main article > p.muted').first();
    expect(await meta.locator('a').getAttribute('href')).toBe('https://plain.example/kessel-shelters');
    const file = await page.locator('table.meta tr', { hasText: 'File' }).locator('td').textContent();
    // A record that names its URL is known by it; a bare file by its name (src/server/app.test.ts).
    expect(file).toBe('https://plain.example/kessel-shelters');
    expect(await page.locator('main').textContent()).not.toContain(dir);
    await page.goto(`${server.url}/#/quotes`);
    const quote = page.locator('ul.quotes li', { hasText: 'blankets' });
    await quote.waitFor(WAIT);
    expect(await quote.locator('a.original-link').getAttribute('href')).toBe('https://plain.example/kessel-shelters');
    expect(await quote.locator('.speaker').first().textContent()).toContain('Moll');
    await page.goto(`${server.url}/#/figures/${encodeURIComponent(moll.figure!)}`);
    const row = page.locator(`tr[data-claim="${moll.id}"]`);
    await row.waitFor(WAIT);
    expect(await row.locator('a.original-link').getAttribute('href')).toBe('https://plain.example/kessel-shelters');
    await page.goto(`${server.url}/#/`);
    await page.locator('.figure-card').first().waitFor();
    // The Markdown briefing is one click from the overview.
    const [briefing] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download the briefing/ }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    expect((await readFile((await briefing.path())!, 'utf8')).startsWith('# ')).toBe(true);
    // Printed, the overview is the story's figures: no navigation, picker, queue or links to downloads.
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['header.top', '.report-link'])
      expect(await page.locator(hidden).first().isVisible(), `${hidden} printed`).toBe(false);
    expect(await page.locator('.figure-card').first().isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'overview-print-390.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it.skipIf(!PG)(
    `shows a new article's counts on a served PostgreSQL store without a reload${PG ? '' : ` (skipped: ${PG_SKIP})`}`,
    async () => {
      const [{ openPostgresStore }, { queueStatus }, { enqueue }, { runWorker }, pg] = await Promise.all([
        import('../../src/store/postgres.js'),
        import('../../src/queue/status.js'),
        import('../../src/queue/enqueue.js'),
        import('../../src/queue/worker.js'),
        import('pg'),
      ]);
      const schema = `ui_live_${process.pid.toString(36)}${Date.now().toString(36)}`;
      const url = new URL(PG!);
      url.searchParams.set('schema', schema);
      const pgUrl = url.toString();
      expect((await run(['ingest', '--db', pgUrl, '--workers', '1', path.join(dir, 'first')])).code).toBe(0);
      const pgStore = await openPostgresStore(pgUrl);
      const live = await startServer({
        store: pgStore,
        webRoot: path.join(dir, 'web'),
        queueStatus: () => queueStatus(pgUrl),
      });
      try {
        let loads = 0;
        const page = await browser.newPage({ viewport: LAPTOP });
        page.on('load', () => loads++);
        page.on('pageerror', (e) => problems.push(`pg: ${e.message}`));
        await page.goto(`${live.url}/#/`);
        const counts = page.locator('.store-counts');
        await counts.waitFor();
        await page.getByRole('region', { name: 'Ingest queue' }).waitFor();
        expect(await counts.textContent()).toContain('3 documents');
        const cards = await page.locator('.figure-card').count();
        // The real path: `crosscheck ingest --queue`, then a worker takes the job and runs the corpus stages.
        const queued = await enqueue([path.join(dir, 'more')], { db: pgUrl });
        expect(queued.queued).toBe(1);
        const worked = await runWorker({ db: pgUrl, corpusDelaySeconds: 0, exitWhenIdleMs: 1500 });
        expect(worked.articles.stored).toBe(1);
        await expect.poll(() => counts.textContent(), { timeout: 30_000 }).toContain('4 documents');
        await expect.poll(() => page.locator('.figure-card').count(), { timeout: 25_000 }).toBeGreaterThan(cards);
        expect(loads).toBe(1);
        await page.screenshot({ path: path.join(SHOTS, 'live-counts-postgres-1366.png'), fullPage: true });
        await page.close();
      } finally {
        await live.close();
        await pgStore.close();
        const client = new pg.default.Client({ connectionString: PG });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.query(`drop schema if exists ${schema}_jobs cascade`);
        await client.end();
      }
    },
    120_000,
  );

  it('ran without console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
