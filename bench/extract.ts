/**
 * bench:extract — HTML cleaning quality and speed on the public
 * article-extraction benchmark (../shared/bench/article-extraction: 181
 * pages + ground-truth.json), crosscheck's extractors beside Readability.js
 * over linkedom and over jsdom, in the same run on the same pages.
 *
 *   npm run build && npm run bench:extract [-- --limit 50] [-- --only fast,readability]
 *
 * Metric: src/stages/clean/shingle-metric.ts. Exits 0 with a note when the
 * benchmark data is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createArticle } from '../src/article.js';
import { createContext } from '../src/pipeline.js';
import { cleanStage } from '../src/stages/clean.js';
import { scorePage, summarise, type PageScore } from '../src/stages/clean/shingle-metric.js';

interface Extractor {
  name: string;
  run(html: string, url: string): Promise<string> | string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
function findData(): string | null {
  // An explicit location is the only one looked at (and lets a test check the "absent" path).
  const explicit = process.env.CROSSCHECK_BENCH_EXTRACT;
  if (explicit) return existsSync(path.join(explicit, 'ground-truth.json')) ? explicit : null;
  const candidates = [
    path.resolve(process.cwd(), '../shared/bench/article-extraction'),
    path.resolve(here, '../../../shared/bench/article-extraction'),
    path.resolve(here, '../../shared/bench/article-extraction'),
  ].filter((x): x is string => !!x);
  return candidates.find((d) => existsSync(path.join(d, 'ground-truth.json'))) ?? null;
}

function crosscheck(extractor: 'fast' | 'readability'): Extractor {
  const ctx = createContext({ config: { htmlExtractor: extractor } as never });
  return {
    name: `crosscheck clean (${extractor})`,
    run(html, url) {
      const article = createArticle({ source: url, raw: html, format: 'html', url });
      cleanStage.run(article, ctx);
      return article.text;
    },
  };
}

const readabilityLinkedom: Extractor = {
  name: 'Readability.js over linkedom',
  run(html) {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  },
};

async function readabilityJsdom(): Promise<Extractor | null> {
  try {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    return {
      name: 'Readability.js over jsdom',
      run(html, url) {
        const virtualConsole = new VirtualConsole();
        const dom = new JSDOM(html, { url, virtualConsole });
        try {
          return new Readability(dom.window.document).parse()?.textContent ?? '';
        } finally {
          dom.window.close();
        }
      },
    };
  } catch {
    return null; // jsdom is a dev dependency
  }
}

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

async function main(): Promise<void> {
  const dir = findData();
  if (!dir) {
    console.log(
      'bench:extract: the article-extraction benchmark is not here (expected ../shared/bench/article-extraction/ground-truth.json, or set CROSSCHECK_BENCH_EXTRACT). Nothing was measured.',
    );
    return;
  }
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const files = new Set(readdirSync(path.join(dir, 'html')));
  let keys = Object.keys(truth)
    .filter((k) => files.has(`${k}.html.gz`))
    .sort();
  const limit = Number(arg('limit') ?? 0);
  if (limit > 0) keys = keys.slice(0, limit);
  const pages = keys.map((k) => {
    const bytes = gunzipSync(readFileSync(path.join(dir, 'html', `${k}.html.gz`)));
    return {
      key: k,
      html: new TextDecoder('utf-8').decode(bytes),
      url: truth[k]!.url,
      body: truth[k]!.articleBody ?? '',
    };
  });
  const kb = pages.reduce((n, p) => n + p.html.length, 0) / pages.length / 1024;
  const only = arg('only')?.split(',');
  const all: Extractor[] = [crosscheck('fast'), crosscheck('readability'), readabilityLinkedom];
  const jsd = await readabilityJsdom();
  if (jsd) all.push(jsd);
  const chosen = all.filter((e) => !only || only.some((o) => e.name.toLowerCase().includes(o.toLowerCase())));
  console.log(`bench:extract — ${pages.length} pages (mean ${kb.toFixed(0)} KB) from ${dir}`);
  console.log('published: trafilatura F1 0.958, Readability.js F1 0.947 (P 0.914, R 0.982, accuracy 0.166)\n');
  console.log('extractor                        precision  recall     F1  accuracy  pages/s  pages/cpu-s  failures');
  const worst: Array<{ name: string; list: Array<[string, number]> }> = [];
  for (const ex of chosen) {
    const scores: PageScore[] = [];
    const texts: string[] = [];
    let failures = 0;
    let ms = 0;
    const cpu0 = process.cpuUsage();
    for (const page of pages) {
      let text = '';
      const t0 = performance.now();
      try {
        text = await ex.run(page.html, page.url);
      } catch {
        failures++;
      }
      ms += performance.now() - t0;
      texts.push(text);
    }
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    const perPage: Array<[string, number]> = [];
    pages.forEach((page, i) => {
      const s = scorePage(page.body, texts[i]!);
      scores.push(s);
      const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
      const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
      perPage.push([page.key.slice(0, 12) + ' ' + page.url.slice(0, 60), p + r > 0 ? (2 * p * r) / (p + r) : 0]);
    });
    const sum = summarise(scores);
    console.log(
      `${ex.name.padEnd(32)} ${sum.precision.toFixed(3).padStart(9)} ${sum.recall.toFixed(3).padStart(7)} ${sum.f1.toFixed(3).padStart(6)} ${sum.accuracy.toFixed(3).padStart(9)} ${(pages.length / (ms / 1000)).toFixed(1).padStart(8)} ${(pages.length / cpuS).toFixed(1).padStart(10)} ${String(failures).padStart(9)}`,
    );
    worst.push({ name: ex.name, list: perPage.sort((a, b) => a[1] - b[1]).slice(0, 8) });
  }
  if (process.argv.includes('--worst')) {
    for (const w of worst) {
      console.log(`\nlowest page F1, ${w.name}:`);
      for (const [k, f] of w.list) console.log(`  ${f.toFixed(3)}  ${k}`);
    }
  }
  console.log(
    "\nSingle thread, one process: pages/s is wall time, pages/cpu-s per second of this process's CPU (steadier on a busy machine; includes GC).",
  );
  console.log('Both include parsing and, for crosscheck, its line rules; scoring is not timed.');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
