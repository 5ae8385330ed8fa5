/**
 * What every browser test shares: Debian's chromium driven by playwright-core
 * (skipped, saying why, when it is not installed), the UI built from source,
 * and the screenshot folder.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { run } from '../helpers/cli.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { buildTestStore } from '../server/test-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go. */
export const SHOTS = path.join(root, 'test-output/screenshots');

/** Why the browser tests are skipped, or false when chromium is there. */
export const skip: string | false = existsSync(CHROMIUM)
  ? false
  : `no chromium at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM_PATH)`;
if (skip) console.warn(`browser tests skipped: ${skip}`);

/** `describe`, or `describe.skip` without chromium; the title says why it was skipped. */
export function describeChromium(title: string, body: () => void): void {
  (skip ? describe.skip : describe)(`${title}${skip ? ` (skipped: ${skip})` : ''}`, body);
}

/** Build the UI from source into a temp folder, so the tests check the current code. */
export async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: path.join(root, 'web/vite.config.ts'),
    root: path.join(root, 'web'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Start headless chromium and make the screenshot folder. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  mkdirSync(SHOTS, { recursive: true });
  return browser;
}

/** A new page whose console errors, CSP reports and uncaught errors go to `problems` (after `label: ` when given). */
export async function watchedPage(
  browser: Browser,
  viewport: { width: number; height: number },
  problems: string[],
  label = '',
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const note = (text: string) => problems.push(label ? `${label}: ${text}` : text);
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) note(m.text());
  });
  page.on('pageerror', (e) => note(e.message));
  return page;
}

/** Close the browser, the server and the store, and remove the temp folder. */
async function closeAll(browser: Browser, server: RunningServer, store: Store, dir: string): Promise<void> {
  await browser.close();
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

/** A store the CLI built from invented reports, served with an upload token, and a browser to read it. */
export interface ServedReports {
  /** The temp folder: a sub-folder per batch of reports (one JSON record a file), the UI in `web`. */
  dir: string;
  db: string;
  store: Store;
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Write each batch of `reports` into its own folder, `crosscheck ingest` the `first` batch into a new
 * store, serve it (token `ui-token`) over the UI built from source, and start chromium. The other
 * batches wait in `dir` for a test to ingest between page loads.
 */
export async function serveReports(
  name: string,
  reports: Record<string, ReadonlyArray<object>>,
  first: string,
): Promise<ServedReports> {
  const dir = mkdtempSync(path.join(tmpdir(), `crosscheck-web-${name}-`));
  for (const [batch, list] of Object.entries(reports)) {
    mkdirSync(path.join(dir, batch));
    list.forEach((r, i) => writeFileSync(path.join(dir, batch, `${i}.json`), JSON.stringify(r)));
  }
  await buildWeb(path.join(dir, 'web'));
  const db = path.join(dir, `${name}.db`);
  expect((await run(['ingest', '--db', db, '--workers', '1', path.join(dir, first)])).code).toBe(0);
  const store = openSqliteStore(db);
  const server = await startServer({ store, webRoot: path.join(dir, 'web'), token: 'ui-token' });
  const browser = await launchChromium();
  return {
    dir,
    db,
    store,
    server,
    browser,
    close: () => closeAll(browser, server, store, dir),
  };
}

/** The shared invented test store (test/server/test-store.ts) served over the UI built from source, and chromium. */
export async function serveTestStore(
  name: string,
  options: { token?: string } = {},
): Promise<Omit<ServedReports, 'db'>> {
  const dir = mkdtempSync(path.join(tmpdir(), `crosscheck-web-${name}-`));
  await buildWeb(dir);
  const store = (await buildTestStore()).store;
  const server = await startServer({ store, webRoot: dir, ...options });
  const browser = await launchChromium();
  return {
    dir,
    store,
    server,
    browser,
    close: () => closeAll(browser, server, store, dir),
  };
}
