/**
 * Incremental corpus bench: a store of generated text articles with its corpus stages run in full, then a
 * few more articles ingested and the corpus stages run again, which now recompute only the stories the new
 * articles join (src/corpus/incremental.ts). The target: adding 100 articles to 100,000 stored ones takes
 * seconds, not the full run's time. `npm run bench` runs it at CROSSCHECK_BENCH_INCR_ARTICLES stored
 * articles (default 3,000; 100,000 is the target's size). Building the stored articles is what takes long:
 * their per-article analysis (about 5 CPU ms each, so 100,000 are minutes of both cores and over an hour on a
 * loaded machine; the corpus stages are skipped until the one full run). `--keep DIR` builds them once into
 * DIR and later runs copy that store and time only the addition.
 *
 *   node dist/bench/incremental.js [--articles 3000] [--add 100] [--workers n] [--seed 7] [--keep DIR]
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPages, htmlParagraphs, makeCorpus, seedTexts } from './corpus-gen.js';
import { ingestFiles, storeCorpus, type StoreCorpusRun } from './ingest-run.js';

export const INCREMENTAL_TARGETS = { addMs: 10_000, atArticles: 100_000, add: 100 };

/** Stored articles measured by default; the environment variable sets the full size. */
export const INCREMENTAL_DEFAULT_ARTICLES = 3_000;

export interface IncrementalResult {
  articles: number;
  added: number;
  /** The full corpus run over the stored articles. */
  full: StoreCorpusRun;
  /** The run after the new articles were ingested. */
  incremental: StoreCorpusRun;
}

/** Write generated articles `from` … `to` - 1 into a new folder. */
function writeArticles(article: ReturnType<typeof makeCorpus>, folder: string, from: number, to: number): void {
  mkdirSync(folder);
  for (let i = from; i < to; i++) {
    const a = article(i);
    writeFileSync(path.join(folder, a.name), a.text);
  }
}

/**
 * Ingest `articles`, run the corpus stages, ingest `add` more and time the corpus stages again. With `keep`,
 * a folder: the stored articles and their full run are built there once (`store.db`, `full.json`) and copied.
 */
export async function incrementalBench(
  root: string,
  tmp: string,
  articles: number,
  add: number,
  workers: number,
  seed: number,
  log: (line: string) => void = () => {},
  keep?: string,
): Promise<IncrementalResult> {
  const extra = htmlPages(root)
    .flatMap((p) => htmlParagraphs(p.html))
    .slice(0, 5000);
  // The generator is sequential: the added articles follow the stored ones, so all of them are made in order.
  const article = makeCorpus(seedTexts(root), extra, seed);
  const base = path.join(tmp, `incr-${articles}`);
  const more = path.join(tmp, `incr-${articles}-add`);
  const db = path.join(tmp, `incr-${articles}.db`);
  const kept = keep ? path.join(keep, `incr-${articles}-seed${seed}`) : null;
  try {
    let full: StoreCorpusRun;
    if (kept && existsSync(path.join(kept, 'full.json'))) {
      for (let i = 0; i < articles; i++) article(i);
      copyFileSync(path.join(kept, 'store.db'), db);
      full = JSON.parse(readFileSync(path.join(kept, 'full.json'), 'utf8')) as StoreCorpusRun;
      log(`  ${articles} stored articles and their full run copied from ${kept}`);
    } else {
      writeArticles(article, base, 0, articles);
      log(`  ingest of ${articles} articles and their full corpus run...`);
      await ingestFiles(base, db, workers);
      rmSync(base, { recursive: true, force: true });
      full = await storeCorpus(db);
      if (kept) {
        mkdirSync(kept, { recursive: true });
        copyFileSync(db, path.join(kept, 'store.db'));
        writeFileSync(path.join(kept, 'full.json'), JSON.stringify(full));
      }
    }
    log(
      `  full corpus run: ${Math.round(full.ms)} ms (${full.mode}, ${full.figures} figures, ${full.stories} stories)`,
    );
    writeArticles(article, more, articles, articles + add);
    await ingestFiles(more, db, workers);
    const incremental = await storeCorpus(db);
    return { articles, added: add, full, incremental };
  } finally {
    rmSync(base, { recursive: true, force: true });
    rmSync(more, { recursive: true, force: true });
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  }
}

/** The stored articles to measure at: CROSSCHECK_BENCH_INCR_ARTICLES, else the default; undefined when invalid. */
export function incrementalArticles(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.CROSSCHECK_BENCH_INCR_ARTICLES;
  if (raw === undefined || raw === '') return INCREMENTAL_DEFAULT_ARTICLES;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** One line in words, for the bench's log and report. */
export function incrementalLine(r: IncrementalResult): string {
  const i = r.incremental;
  const how =
    i.mode === 'incremental'
      ? `incremental, ${i.touched} of ${i.stories} stories recomputed, ${i.relabeled ?? 0} relabeled, ` +
        `${i.compared ?? '?'} stored texts compared, ${i.written?.figures ?? '?'} figures and ` +
        `${i.written?.stories ?? '?'} stories written, stored articles read from ${i.read ?? '?'}`
      : `full: ${i.fullBecause ?? 'no incremental state'}`;
  const scaled =
    r.articles < INCREMENTAL_TARGETS.atArticles
      ? ` (scaled down: CROSSCHECK_BENCH_INCR_ARTICLES=${INCREMENTAL_TARGETS.atArticles} measures the target's size)`
      : '';
  return (
    `adding ${r.added} articles to ${r.articles}: corpus stages ${Math.round(i.ms)} ms, ${Math.round(i.cpuMs)} CPU ms` +
    (i.waitMs ? `, ${Math.round(i.waitMs)} ms waiting for a core` : '') +
    ` (${how}; ` +
    `peak RSS ${i.peakMb} MB) against ${Math.round(r.full.ms)} ms for the full run${scaled}`
  );
}

const here = fileURLToPath(import.meta.url);
if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const articles = Number(arg('--articles') ?? incrementalArticles());
  const root = path.resolve(path.dirname(here), here.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
  const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-incr-'));
  incrementalBench(
    root,
    tmp,
    articles,
    Number(arg('--add') ?? INCREMENTAL_TARGETS.add),
    Number(arg('--workers') ?? availableParallelism()),
    Number(arg('--seed') ?? 7),
    (l) => process.stdout.write(l + '\n'),
    arg('--keep'),
  )
    .then((r) => process.stdout.write(incrementalLine(r) + '\n' + JSON.stringify(r) + '\n'))
    .finally(() => rmSync(tmp, { recursive: true, force: true }));
}
