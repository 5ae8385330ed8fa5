/** The benchmark `node dist/bench/run.js` runs: bench/run.ts sets the V8 flags, then loads this. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import nlp from 'compromise';
import { createArticle, type Article } from '../src/article.js';
import { decode } from '../src/ingest/decode.js';
import { createContext } from '../src/pipeline.js';
import { stages } from '../src/stages/index.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { corpusInChild, parseSizes } from './corpus.js';
import { ingestEnv, ingestFiles, storeCorpus } from './ingest-run.js';
import { htmlPages, htmlParagraphs, makeCorpus, seedTexts } from './corpus-gen.js';
import { storageArticles, storageBench, storageLine, STORAGE_TARGETS, type StorageResult } from './storage.js';
import {
  incrementalArticles,
  incrementalBench,
  incrementalLine,
  INCREMENTAL_TARGETS,
  type IncrementalResult,
} from './incremental.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Package root from bench/ (vite-node) or dist/bench/ (built). */
const root = here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '../..') : path.resolve(here, '..');

const TARGETS = { textPerSec: 300, htmlPerSec: 100, corpus100kMs: 60_000, peakRssMb: 1024, tenTimesRatio: 12 };

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.split('=')[1];
}

interface Rate {
  ms: number;
  perSec: number;
  mbPerSec: number;
}
const rate = (n: number, bytes: number, ms: number): Rate => ({
  ms: Math.round(ms),
  perSec: Math.round((n / ms) * 1000),
  mbPerSec: Number(((bytes / 1048576 / ms) * 1000).toFixed(2)),
});

interface SizeResult {
  articles: number;
  mb: number;
  stages: Record<string, Rate>;
  pipeline: Rate;
  ingest: Rate & { workers: number; stored: number; failed: number; peakRssMb: number; cpuMsPerArticle: number };
  corpus: { duplicatesMs: number; reconcileMs: number; totalMs: number; figures: number; peakRssMb: number };
  /** The corpus stages over the ingested store (`runCorpus`), as `crosscheck ingest` ends. */
  storeCorpus: { ms: number; cpuMs: number; peakRssMb: number; figures: number; claims: number; entities: number };
}

/** Every stage timed separately over the corpus, then batched storage; streaming, one article at a time. */
async function stagePass(
  size: number,
  article: (i: number) => { name: string; text: string },
  dir: string,
): Promise<Pick<SizeResult, 'stages' | 'pipeline' | 'mb'>> {
  const times: Record<string, number> = { decode: 0 };
  for (const s of stages) times[s.name] = 0;
  times.storage = 0;
  const store = openSqliteStore(path.join(dir, `stages-${size}.db`));
  let bytes = 0;
  let batch: Article[] = [];
  const ctx = createContext();
  for (let i = 0; i < size; i++) {
    const { name, text } = article(i);
    const buf = Buffer.from(text, 'utf8');
    bytes += buf.length;
    let t = performance.now();
    const decoded = decode(buf);
    times.decode! += performance.now() - t;
    const a = createArticle({ source: name, raw: decoded.text, format: 'text', encoding: decoded.encoding });
    for (const s of stages) {
      t = performance.now();
      try {
        s.run(a, ctx);
      } catch {
        // counted by the reliability tests, not here
      }
      times[s.name]! += performance.now() - t;
    }
    batch.push(a);
    if (batch.length === 200 || i === size - 1) {
      t = performance.now();
      await store.putArticles(batch);
      times.storage! += performance.now() - t;
      batch = [];
    }
  }
  await store.close();
  const out: Record<string, Rate> = {};
  for (const [k, ms] of Object.entries(times)) out[k] = rate(size, bytes, ms);
  const perArticle = Object.entries(times)
    .filter(([k]) => k !== 'storage')
    .reduce((s, [, v]) => s + v, 0);
  return { stages: out, pipeline: rate(size, bytes, perArticle), mb: Number((bytes / 1048576).toFixed(1)) };
}

/** Cleaning alone on the HTML pages: crosscheck's clean stage against Readability.js over jsdom and linkedom. */
function cleaningComparison(pages: Array<{ name: string; html: string }>): Record<string, Rate> {
  const bytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0);
  const ctx = createContext();
  const clean = stages.find((s) => s.name === 'clean')!;
  const time = (fn: (html: string) => void): Rate => {
    const t0 = performance.now();
    for (const p of pages) {
      try {
        fn(p.html);
      } catch {
        // a tool that fails a page still spent the time
      }
    }
    return rate(pages.length, bytes, performance.now() - t0);
  };
  const vc = new VirtualConsole();
  return {
    'crosscheck clean': time((html) => clean.run(createArticle({ source: 'p.html', raw: html, format: 'html' }), ctx)),
    'Readability.js + linkedom': time((html) =>
      new Readability(parseHTML(html).document as unknown as Document).parse(),
    ),
    'Readability.js + jsdom': time((html) =>
      new Readability(new JSDOM(html, { virtualConsole: vc }).window.document).parse(),
    ),
  };
}

/**
 * A plain NLP pass on the same texts: crosscheck sentences → claims against compromise (people, places, numbers,
 * dates).
 */
function nlpComparison(texts: string[]): Record<string, Rate> {
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const ctx = createContext();
  const t0 = performance.now();
  for (const text of texts) {
    const a = createArticle({ source: 'x.txt', raw: text, format: 'text' });
    for (const s of stages) s.run(a, ctx);
  }
  const ours = rate(texts.length, bytes, performance.now() - t0);
  const t1 = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    (doc as unknown as { numbers(): { json(): unknown } }).numbers().json();
    doc.sentences().out('array');
  }
  return {
    'crosscheck (all stages)': ours,
    'compromise (sentences, people, places, orgs, numbers)': rate(texts.length, bytes, performance.now() - t1),
  };
}

function machine() {
  const c = cpus();
  // The end-to-end ingests run as `crosscheck ingest` does (ingestEnv).
  const mallocHugepages = ingestEnv() !== null;
  return {
    cpu: c[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 1073741824),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAtStart: loadavg().map((x) => Number(x.toFixed(1))),
    mallocHugepages,
  };
}

function markdown(res: BenchResult): string {
  const m = res.machine;
  const out: string[] = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node} (${m.platform}); ingest ${m.mallocHugepages ? 'with' : 'without'} malloc on huge pages; load average at start ${m.loadAtStart.join(' ')}; seed ${res.seed}; ${res.date}`,
    '',
  ];
  const sizes = res.sizes;
  out.push(`| stage | ${sizes.map((s) => `${s.articles} articles/s (MB/s)`).join(' | ')} |`);
  out.push(`|---|${sizes.map(() => '---:').join('|')}|`);
  for (const stage of Object.keys(sizes[0]?.stages ?? {}))
    out.push(
      `| ${stage} | ${sizes.map((s) => `${s.stages[stage]!.perSec} (${s.stages[stage]!.mbPerSec})`).join(' | ')} |`,
    );
  out.push(
    `| all per-article stages, 1 thread | ${sizes.map((s) => `${s.pipeline.perSec} (${s.pipeline.mbPerSec})`).join(' | ')} |`,
  );
  out.push(
    `| **ingest end to end** (${sizes[0]?.ingest.workers} workers) | ${sizes.map((s) => `**${s.ingest.perSec}** (${s.ingest.mbPerSec})`).join(' | ')} |`,
  );
  out.push(
    `| ingest CPU ms/article, all threads (1 thread of analysis: ms/article) | ${sizes.map((s) => `${s.ingest.cpuMsPerArticle} (${(1000 / Math.max(1, s.pipeline.perSec)).toFixed(2)})`).join(' | ')} |`,
  );
  out.push(`| duplicates (corpus bench) | ${sizes.map((s) => `${s.corpus.duplicatesMs} ms`).join(' | ')} |`);
  out.push(`| reconciliation (corpus bench) | ${sizes.map((s) => `${s.corpus.reconcileMs} ms`).join(' | ')} |`);
  out.push(
    `| corpus stages over the ingested store (\`runCorpus\`, as \`crosscheck ingest\` ends) | ${sizes.map((s) => `${s.storeCorpus.ms} ms, ${s.storeCorpus.figures} figures, ${s.storeCorpus.entities} entities`).join(' | ')} |`,
  );
  out.push(
    `| peak RSS, ingest / corpus bench / corpus over the store | ${sizes.map((s) => `${s.ingest.peakRssMb} / ${s.corpus.peakRssMb} / ${s.storeCorpus.peakRssMb} MB`).join(' | ')} |`,
  );
  out.push('');
  if (res.html) {
    const runs = res.html.runs;
    const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
    const spread =
      runs.length > 1
        ? `, the median of ${runs.length} runs (${range(runs.map((r) => r.perSec))} pages/s, ${range(runs.map((r) => r.cpuMsPerPage))} CPU ms/page)`
        : '';
    out.push(
      `HTML ingest end to end: ${res.html.pages} real pages (${res.html.avgKb} KB average), ${res.html.perSec} pages/s (${res.html.mbPerSec} MB/s), ${res.html.cpuMsPerPage} CPU ms/page over all threads${spread}, peak RSS ${res.html.peakRssMb} MB.`,
      '',
    );
  }
  for (const [title, table] of [
    ['Cleaning HTML (same pages, same run)', res.cleaning],
    ['NLP pass (same texts, same run)', res.nlp],
  ] as const) {
    if (!table) continue;
    out.push(`| ${title} | pages or articles/s | MB/s | crosscheck × |`, '|---|---:|---:|---:|');
    const ours = Object.values(table)[0]!;
    for (const [name, r] of Object.entries(table))
      out.push(
        `| ${name} | ${r.perSec} | ${r.mbPerSec} | ${name.startsWith('crosscheck') ? '1' : (ours.perSec / Math.max(1, r.perSec)).toFixed(2)} |`,
      );
    out.push('');
  }
  if (res.storage) out.push(`${storageLine(res.storage)}.`, '');
  if (res.incremental) out.push(`${incrementalLine(res.incremental)}.`, '');
  out.push('Targets:', '');
  for (const t of res.targets)
    out.push(`- ${t.met ? 'met' : '**missed**'}: ${t.what}: ${t.actual}${t.met ? '' : ` (${t.by})`}`);
  out.push('');
  return out.join('\n');
}

interface Target {
  what: string;
  actual: string;
  met: boolean;
  by: string;
}
interface BenchResult {
  machine: ReturnType<typeof machine>;
  seed: number;
  date: string;
  sizes: SizeResult[];
  /** The median of `runs` (by pages/s), each a fresh process over the same pages. */
  html: {
    pages: number;
    avgKb: number;
    perSec: number;
    mbPerSec: number;
    peakRssMb: number;
    ms: number;
    cpuMsPerPage: number;
    runs: Array<{ perSec: number; cpuMsPerPage: number; peakRssMb: number }>;
  } | null;
  cleaning: Record<string, Rate> | null;
  nlp: Record<string, Rate> | null;
  storage: StorageResult | null;
  incremental?: IncrementalResult | null;
  targets: Target[];
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const sizes = parseSizes(arg(argv, '--size') ?? '1000,10000');
  if (!sizes) {
    process.stderr.write(
      `bench: --size takes numbers of articles separated by commas (1000,10k), not \`${arg(argv, '--size')}\`\n`,
    );
    return 2;
  }
  /**
   * A whole-number option of at least `min` (its default when absent); undefined, having said why, when it is not one.
   */
  const intOption = (name: string, fallback: number, min: number, what: string): number | undefined => {
    const n = Number(arg(argv, name) ?? fallback);
    if (Number.isInteger(n) && n >= min) return n;
    process.stderr.write(`bench: ${name} takes ${what}, not \`${arg(argv, name)}\`\n`);
    return undefined;
  };
  const workers = intOption('--workers', availableParallelism(), 1, 'a number of worker threads of at least 1');
  const seed = intOption('--seed', 7, -Infinity, 'a whole number');
  const htmlCount = intOption('--html', 362, 0, 'a number of pages (0 skips the HTML run)');
  // A few seconds each, so repeated: one run on a shared VM moves by 10-20% from one minute to the next.
  const htmlRuns = intOption('--html-runs', 3, 1, 'a number of runs of at least 1');
  const storeArticles = storageArticles();
  const incrArticles = incrementalArticles();
  if (incrArticles === undefined)
    process.stderr.write(
      `bench: CROSSCHECK_BENCH_INCR_ARTICLES takes a number of articles of at least 1, ` +
        `not \`${process.env.CROSSCHECK_BENCH_INCR_ARTICLES}\`\n`,
    );
  if (storeArticles === undefined)
    process.stderr.write(
      `bench: CROSSCHECK_BENCH_STORE_ARTICLES takes a number of articles of at least 1, ` +
        `not \`${process.env.CROSSCHECK_BENCH_STORE_ARTICLES}\`\n`,
    );
  if (
    workers === undefined ||
    seed === undefined ||
    htmlCount === undefined ||
    htmlRuns === undefined ||
    storeArticles === undefined ||
    incrArticles === undefined
  )
    return 2;
  const outDir = path.resolve(arg(argv, '--out') ?? path.join(root, 'bench/results'));
  const log = (s: string) => process.stdout.write(s + '\n');
  const res: BenchResult = {
    machine: machine(),
    seed,
    date: new Date().toISOString(),
    sizes: [],
    html: null,
    cleaning: null,
    nlp: null,
    storage: null,
    targets: [],
  };
  log(
    `crosscheck bench on ${res.machine.cpu}, ${res.machine.cores} cores, Node ${res.machine.node}${res.machine.mallocHugepages ? ', ingest with malloc on huge pages' : ''}; sizes ${sizes.join(', ')}; ${workers} workers; seed ${seed}`,
  );
  const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-'));
  const pages = htmlPages(root);
  if (!pages.length)
    log(
      'note: ../shared/bench/article-extraction is absent: text corpora use the seed articles only; the HTML measurements are skipped.',
    );
  const extra = pages.flatMap((p) => htmlParagraphs(p.html)).slice(0, 5000);
  const sources = seedTexts(root);
  try {
    for (const size of sizes) {
      const article = makeCorpus(sources, extra, seed);
      log(`\n${size} articles: per-stage pass...`);
      const pass = await stagePass(size, article, tmp);
      log(
        `  ${Object.entries(pass.stages)
          .map(([k, v]) => `${k} ${v.perSec}/s`)
          .join(', ')}`,
      );
      // Same articles (same seed) as files, for end-to-end ingest.
      const folder = path.join(tmp, `text-${size}`);
      mkdirSync(folder);
      const again = makeCorpus(sources, extra, seed);
      let bytes = 0;
      for (let i = 0; i < size; i++) {
        const a = again(i);
        bytes += Buffer.byteLength(a.text);
        writeFileSync(path.join(folder, a.name), a.text);
      }
      log('  end-to-end ingest...');
      const db = path.join(tmp, `ingest-${size}.db`);
      const ing = await ingestFiles(folder, db, workers);
      rmSync(folder, { recursive: true, force: true });
      log(
        `  ingest: ${Math.round((size / ing.ms) * 1000)} articles/s (${ing.stored} stored, ${ing.failed} failed), ${(ing.cpuMs / size).toFixed(2)} CPU ms/article, peak RSS ${ing.peakMb} MB`,
      );
      log('  corpus stages over the ingested store (runCorpus)...');
      const sc = await storeCorpus(db);
      rmSync(db, { force: true });
      rmSync(`${db}-wal`, { force: true });
      rmSync(`${db}-shm`, { force: true });
      log(
        `  corpus over the store: ${Math.round(sc.ms)} ms (${Math.round(sc.cpuMs)} CPU ms), ${sc.figures} figures, ${sc.entities} entities, peak RSS ${sc.peakMb} MB`,
      );
      log('  duplicates + reconciliation (bench/corpus.ts)...');
      const corpus = await corpusInChild(size, seed);
      log(`  duplicates ${corpus.duplicatesMs} ms, reconciliation ${corpus.reconcileMs} ms`);
      res.sizes.push({
        articles: size,
        mb: pass.mb,
        stages: pass.stages,
        pipeline: pass.pipeline,
        ingest: {
          ...rate(size, bytes, ing.ms),
          workers,
          stored: ing.stored,
          failed: ing.failed,
          peakRssMb: ing.peakMb,
          cpuMsPerArticle: Number((ing.cpuMs / size).toFixed(2)),
        },
        corpus: {
          duplicatesMs: corpus.duplicatesMs,
          reconcileMs: corpus.reconcileMs,
          totalMs: corpus.totalMs,
          figures: corpus.figures,
          peakRssMb: corpus.peakRssMb,
        },
        storeCorpus: {
          ms: Math.round(sc.ms),
          cpuMs: Math.round(sc.cpuMs),
          peakRssMb: sc.peakMb,
          figures: sc.figures,
          claims: sc.claims,
          entities: sc.entities,
        },
      });
    }
    if (pages.length && htmlCount < 1) log('\nHTML: skipped (--html 0).');
    if (pages.length && htmlCount >= 1) {
      // Real pages, each made unique by a comment so every copy is analysed and stored.
      const folder = path.join(tmp, 'html');
      mkdirSync(folder);
      let bytes = 0;
      for (let i = 0; i < htmlCount; i++) {
        const p = pages[i % pages.length]!;
        const html = `${p.html}\n<!-- copy ${i} -->\n`;
        bytes += Buffer.byteLength(html);
        writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}-${p.name}`), html);
      }
      log(`\nHTML: ${htmlCount} real pages end to end, ${htmlRuns} run${htmlRuns > 1 ? 's' : ''}...`);
      const runs: Array<{ rate: Rate; cpuMsPerPage: number; peakRssMb: number }> = [];
      for (let k = 0; k < htmlRuns; k++) {
        // Each run into a database of its own: every page is analysed and stored every time.
        const ing = await ingestFiles(folder, path.join(tmp, `html-${k}.db`), workers);
        runs.push({
          rate: rate(htmlCount, bytes, ing.ms),
          cpuMsPerPage: Number((ing.cpuMs / htmlCount).toFixed(2)),
          peakRssMb: ing.peakMb,
        });
        log(
          `  run ${k + 1}: ${runs[k]!.rate.perSec} pages/s, ${runs[k]!.cpuMsPerPage} CPU ms/page, peak RSS ${ing.peakMb} MB`,
        );
      }
      const mid = [...runs].sort((a, b) => a.rate.perSec - b.rate.perSec)[(runs.length - 1) >> 1]!;
      res.html = {
        pages: htmlCount,
        avgKb: Math.round(bytes / htmlCount / 1024),
        perSec: mid.rate.perSec,
        mbPerSec: mid.rate.mbPerSec,
        peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
        ms: mid.rate.ms,
        cpuMsPerPage: mid.cpuMsPerPage,
        runs: runs.map((r) => ({ perSec: r.rate.perSec, cpuMsPerPage: r.cpuMsPerPage, peakRssMb: r.peakRssMb })),
      };
      if (runs.length > 1) log(`  median: ${mid.rate.perSec} pages/s, ${mid.cpuMsPerPage} CPU ms/page`);
      log('cleaning: crosscheck vs Readability.js (linkedom, jsdom) on the same pages...');
      res.cleaning = cleaningComparison(pages);
      log(
        `  ${Object.entries(res.cleaning)
          .map(([k, v]) => `${k} ${v.perSec}/s`)
          .join(', ')}`,
      );
    }
    log('NLP pass: crosscheck vs compromise on the same 500 articles...');
    const article = makeCorpus(sources, extra, seed);
    res.nlp = nlpComparison(Array.from({ length: 500 }, (_, i) => article(i).text));
    log(
      `  ${Object.entries(res.nlp)
        .map(([k, v]) => `${k} ${v.perSec}/s`)
        .join(', ')}`,
    );
    log(`\nStorage: size and open cost of an ingested store...`);
    res.storage = await storageBench(root, tmp, storeArticles, workers, seed, log);
    log(`  ${storageLine(res.storage)}`);
    log(`\nIncremental corpus run: ${INCREMENTAL_TARGETS.add} articles added to a stored corpus...`);
    res.incremental = await incrementalBench(root, tmp, incrArticles, INCREMENTAL_TARGETS.add, workers, seed, log);
    log(`  ${incrementalLine(res.incremental)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  // Targets (set for a 2-core machine).
  const t = (what: string, actual: number, target: number, higherIsBetter: boolean, unit: string) => {
    const met = higherIsBetter ? actual >= target : actual <= target;
    const by = higherIsBetter
      ? `${((1 - actual / target) * 100).toFixed(0)}% short of ${target}${unit}`
      : `${((actual / target - 1) * 100).toFixed(0)}% over ${target}${unit}`;
    res.targets.push({ what, actual: `${actual}${unit}`, met, by });
  };
  const largest = res.sizes[res.sizes.length - 1];
  // What the rate targets allow per article in CPU time over all of this machine's cores (the load-independent
  // reading).
  const budget = (perSec: number) => Number(((res.machine.cores * 1000) / perSec).toFixed(2));
  if (largest) {
    t(
      `plain-text ingest end to end (${largest.articles} articles)`,
      largest.ingest.perSec,
      TARGETS.textPerSec,
      true,
      ' articles/s',
    );
    t(
      `plain-text ingest CPU time per article, all threads (${largest.articles} articles)`,
      largest.ingest.cpuMsPerArticle,
      budget(TARGETS.textPerSec),
      false,
      ' ms',
    );
  }
  if (res.html) {
    const median = res.html.runs.length > 1 ? `, median of ${res.html.runs.length} runs` : '';
    t(
      `HTML ingest end to end (${res.html.pages} real pages, ~${res.html.avgKb} KB${median})`,
      res.html.perSec,
      TARGETS.htmlPerSec,
      true,
      ' pages/s',
    );
    t(
      `HTML ingest CPU time per page, all threads${median}`,
      res.html.cpuMsPerPage,
      budget(TARGETS.htmlPerSec),
      false,
      ' ms',
    );
  }
  const big = res.sizes.find((s) => s.articles >= 100_000);
  if (big) {
    t(
      'duplicates + reconciliation of 100k articles (corpus bench, synthetic claims)',
      big.corpus.totalMs,
      TARGETS.corpus100kMs,
      false,
      ' ms',
    );
    t(
      'corpus stages over the 100k ingested articles (runCorpus, as crosscheck ingest ends)',
      big.storeCorpus.ms,
      TARGETS.corpus100kMs,
      false,
      ' ms',
    );
  }
  for (const s of res.sizes)
    t(
      `peak RSS at ${s.articles} articles`,
      Math.max(s.ingest.peakRssMb, s.corpus.peakRssMb, s.storeCorpus.peakRssMb),
      TARGETS.peakRssMb,
      false,
      ' MB',
    );
  for (let i = 1; i < res.sizes.length; i++) {
    const a = res.sizes[i - 1]!;
    const b = res.sizes[i]!;
    if (b.articles !== a.articles * 10) continue;
    t(
      `10× the articles (${a.articles} → ${b.articles}), ingest time ratio`,
      Number((b.ingest.ms / a.ingest.ms).toFixed(2)),
      TARGETS.tenTimesRatio,
      false,
      '×',
    );
    t(
      `10× the articles (${a.articles} → ${b.articles}), corpus stages time ratio`,
      Number((b.corpus.totalMs / Math.max(1, a.corpus.totalMs)).toFixed(2)),
      TARGETS.tenTimesRatio,
      false,
      '×',
    );
    t(
      `10× the articles (${a.articles} → ${b.articles}), corpus stages over the store, time ratio`,
      Number((b.storeCorpus.ms / Math.max(1, a.storeCorpus.ms)).toFixed(2)),
      TARGETS.tenTimesRatio,
      false,
      '×',
    );
  }
  if (res.storage) {
    const st = res.storage;
    t(`store size over input bytes (${st.articles} articles)`, st.ratio, STORAGE_TARGETS.maxRatio, false, '×');
    t(
      `store open, median of 3 fresh processes (${st.articles} articles)`,
      st.openMs,
      STORAGE_TARGETS.openMs,
      false,
      ' ms',
    );
  }
  if (res.incremental) {
    const r = res.incremental;
    t(
      `adding ${r.added} articles to ${r.articles} stored, corpus stages`,
      Math.round(r.incremental.ms),
      INCREMENTAL_TARGETS.addMs,
      false,
      ' ms',
    );
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify(res, null, 2) + '\n');
  const md = markdown(res);
  writeFileSync(path.join(outDir, 'bench.md'), md);
  log('\n' + md);
  log(`results: ${path.join(outDir, 'bench.json')}, ${path.join(outDir, 'bench.md')}`);
  return 0;
}
