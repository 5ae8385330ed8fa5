/**
 * `npm run bench`: deterministic, offline benchmark of crosscheck.
 *
 * For each size (default 1k and 10k; `--size 1000,10000,100000`):
 * - every per-article stage, in process, in articles/s and MB/s (decode,
 *   clean, metadata, sentences, entities, quantities, times, attributions,
 *   quotes, claims), then storage (batched transactional SQLite writes);
 * - end-to-end ingest of the corpus as plain-text files (worker threads,
 *   `--workers`, default one per core), with peak RSS, in a fresh process
 *   of its own (as `crosscheck ingest` runs);
 * - the corpus stages over the store that ingest filled (`runCorpus`, as
 *   `crosscheck ingest` ends), in a fresh process;
 * - duplicates and reconciliation on synthetic claims (helper bench/corpus.ts,
 *   `benchCorpus`), in a fresh process per size.
 * Once: end-to-end ingest of the real HTML pages of
 * ../shared/bench/article-extraction (when present), and the tools a user
 * would otherwise pick, on the same articles in the same run: Readability.js
 * over jsdom and over linkedom for cleaning, compromise for an NLP pass.
 * Once: storage size and open cost of an ingested store (bench/storage.ts;
 * 3,000 articles, `CROSSCHECK_BENCH_STORE_ARTICLES=30000` for the target's size).
 * Results: bench/results/bench.json and bench.md; targets checked, misses
 * stated with by how much.
 *
 *   npm run build && npm run bench [-- --size 1000,10000] [--workers 2] [--seed 7] [--html 362] [--html-runs 3]
 *
 * This file only sets the V8 flags (src/cli/v8-flags.ts), then loads the benchmark (run-main.ts).
 */
import { withV8Flags } from '../src/cli/v8-flags.js';

const { main } = await withV8Flags(() => import('./run-main.js'));
process.exitCode = await main();
