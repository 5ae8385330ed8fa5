/**
 * Accessibility of every view in headless Chromium: axe-core runs over each
 * view of the seed corpus at 1366×900 and 390×844 (overview, story picker,
 * figure, claims, quotes, names, documents, article, sources, search,
 * changes, upload with and without a token, review controls open, error page)
 * and must find no violation. Screenshots under test-output/screenshots/.
 * Skips, saying why, when no chromium is installed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const SHOTS = path.join(root, 'test-output/screenshots');
const skip = existsSync(CHROMIUM)
  ? false
  : `no chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)`;
const d = skip ? describe.skip : describe;
const SIZES = [
  { name: 'laptop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** One line per violation and element: what axe found, where, and what the rule asks. */
function describeViolations(view: string, size: string, found: Violation[]): string {
  return found
    .flatMap((v) => v.nodes.map((n) => `${view} @${size}: ${v.id} at ${JSON.stringify(n.target)}: ${v.help}`))
    .join('\n');
}

d(`accessibility (axe-core) of every view in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let browser: Browser;
  let store: Store;
  let webDir: string;
  let plain: RunningServer;
  let withToken: RunningServer;
  let axeSource: string;
  const ids = { figure: '', document: '', story: '' };

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'crosscheck-web-a11y-'));
    const { build } = await import('vite');
    await build({
      configFile: path.join(root, 'web/vite.config.ts'),
      root: path.join(root, 'web'),
      logLevel: 'warn',
      build: { outDir: webDir, emptyOutDir: true },
    });
    // The served UI forbids inline scripts, so axe goes in through the debugger protocol (evaluate), not a tag.
    axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { seedStore } = await import('../server/test-store.js');
    store = await seedStore();
    ids.figure = (await store.listFigures({ limit: 1 })).items[0]!.id;
    ids.document = (await store.listDocuments({ limit: 1 })).items[0]!.id;
    plain = await startServer({ store, webRoot: webDir });
    withToken = await startServer({ store, webRoot: webDir, token: 'a11y-token' });
    const stories = await (await fetch(`${plain.url}/api/stories`)).json();
    ids.story = stories.items?.[0]?.id ?? '';
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await withToken?.close();
    await store?.close();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** axe-core's violations on the page as it is, and how many rules passed (none: axe did not run). */
  async function runAxe(page: Page): Promise<{ violations: Violation[]; passed: number }> {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      type Axe = { run: (c: Document) => Promise<{ violations: Violation[]; passes: unknown[] }> };
      const r = await (window as unknown as { axe: Axe }).axe.run(document);
      const violations = r.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
      return { violations, passed: r.passes.length };
    });
  }

  /** Open a view at a size, wait until it has its heading and its data, and let `prepare` open controls. */
  async function check(
    name: string,
    hash: string,
    options: { token?: boolean; prepare?: (page: Page) => Promise<void> } = {},
  ): Promise<void> {
    const failures: string[] = [];
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      try {
        await page.goto(`${(options.token ? withToken : plain).url}/${hash}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await expect.poll(() => page.locator('main .loading').count()).toBe(0);
        await options.prepare?.(page);
        const found = await runAxe(page);
        // axe ran its rules on this page (a page it could not check would pass nothing).
        expect(found.passed, `${name} @${size.name}: axe checked no rule`).toBeGreaterThan(5);
        await page.screenshot({ path: path.join(SHOTS, `a11y-${name}-${size.name}.png`), fullPage: true });
        if (found.violations.length) failures.push(describeViolations(name, size.name, found.violations));
      } finally {
        await page.close();
      }
    }
    expect(failures.join('\n'), `axe-core violations on ${name}`).toBe('');
  }

  it('finds a violation planted in a view (the check can fail)', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    try {
      await page.goto(`${plain.url}/#/`);
      await page.locator('main h1').first().waitFor();
      await page.evaluate(() => document.querySelector('main')!.append(document.createElement('img')));
      const found = await runAxe(page);
      expect(found.violations.map((v) => v.id)).toContain('image-alt');
      expect(describeViolations('overview', 'laptop', found.violations)).toMatch(
        /image-alt at \["[^"]*img"\]: Images must have alternative text/,
      );
    } finally {
      await page.close();
    }
  });

  it('overview', () => check('overview', '#/'));
  it('story picker', () =>
    check('story', `#/?story=${encodeURIComponent(ids.story)}`, {
      prepare: async (page) => {
        expect(await page.locator('select#story').count(), 'the seed corpus has a story to pick').toBe(1);
      },
    }));
  it('figure page', () => check('figure', `#/figures/${encodeURIComponent(ids.figure)}`));
  it('claims', () => check('claims', '#/claims'));
  it('quotes', () => check('quotes', '#/quotes'));
  it('names (entities)', () => check('entities', '#/entities'));
  it('documents', () => check('documents', '#/documents'));
  it('article', () => check('article', `#/documents/${ids.document}`));
  it('sources', () => check('sources', '#/sources'));
  it('search', () => check('search', '#/search?q=people'));
  it('changes', () => check('changes', '#/changes'));
  it('upload without a token', () => check('upload-plain', '#/upload'));
  it('upload with a token', () => check('upload-token', '#/upload', { token: true }));
  it('review controls open on the claims table', () =>
    check('review-claims', '#/claims', {
      token: true,
      prepare: async (page) => {
        await page.locator('summary', { hasText: 'Correct' }).first().click();
      },
    }));
  it('review controls open on the figure page', () =>
    check('review-figure', `#/figures/${encodeURIComponent(ids.figure)}`, {
      token: true,
      prepare: async (page) => {
        await page.locator('.review-figure summary').click();
      },
    }));
  it('error page', () => check('error', '#/no-such-view'));
  it('missing figure', () => check('missing-figure', '#/figures/no-such-figure'));
});
