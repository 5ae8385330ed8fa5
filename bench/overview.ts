/**
 * The overview of a 600-article store: the size and server time of each JSON
 * request it makes, and, in headless Chromium over the built UI, the time
 * from navigation to the first figure card (budget 1.5 s), median of a few
 * fresh pages. Needs `npm run build:web` (dist/web) and Debian's chromium
 * (or CHROMIUM_PATH) for the browser part; without them it says so and times
 * the API only. Exits non-zero when over a budget.
 *
 *   node dist/bench/overview.js [--articles 600] [--runs 5]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../src/server/serve.js';
import { buildOverviewStore } from './overview-store.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '600' }, runs: { type: 'string', default: '5' } },
});
const ARTICLES = Number(values.articles);
const RUNS = Math.max(1, Number(values.runs));
const FIRST_CONTENT_MS = 1500;
const JSON_BYTES = 200 * 1024;
/** What the overview fetches for its first page (web/src/views/overview.tsx, and the nav badge of changes.tsx). */
const OVERVIEW = ['/api/stats', '/api/events?since=0&limit=99', '/api/stories?limit=500', '/api/figures?limit=48'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webRoot = path.join(root, 'dist/web');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-overview-'));
const store = await buildOverviewStore(path.join(dir, 'store.db'), ARTICLES);
const server = await startServer({ store, webRoot });
let over = false;
try {
  let bytes = 0;
  for (const url of OVERVIEW) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      size = Buffer.byteLength(await (await fetch(server.url + url)).text());
      times.push(performance.now() - t);
    }
    bytes += size;
    console.log(`${url}: ${(size / 1024).toFixed(1)} KB, median ${median(times).toFixed(1)} ms`);
  }
  over ||= bytes >= JSON_BYTES;
  console.log(`overview JSON: ${(bytes / 1024).toFixed(1)} KB (budget ${JSON_BYTES / 1024} KB)`);

  if (!existsSync(path.join(webRoot, 'index.html'))) console.log(`no built UI in ${webRoot}: run npm run build:web`);
  else if (!existsSync(chromium)) console.log(`no chromium at ${chromium}: set CHROMIUM_PATH`);
  else {
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
        const t = performance.now();
        await page.goto(`${server.url}/#/`);
        await page.locator('.figure-card').first().waitFor();
        times.push(performance.now() - t);
        await page.close();
      }
      const ms = median(times);
      over ||= ms >= FIRST_CONTENT_MS;
      console.log(
        `first figure card: median ${ms.toFixed(0)} ms of ${RUNS} (${times.map((x) => x.toFixed(0)).join(', ')}; budget ${FIRST_CONTENT_MS} ms)`,
      );
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(over ? 'OVER budget' : 'within budget');
if (over) process.exitCode = 1;
