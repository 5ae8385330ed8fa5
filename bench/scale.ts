/**
 * Scale-out bench: articles per second through the per-article stages and
 * the store, for one process into SQLite (`crosscheck ingest`) and for 1, 2
 * and 4 `crosscheck worker` processes against one local PostgreSQL
 * (`ingest --queue`), with where the time goes (analysis, store writes,
 * corpus runs) as a profile.
 *
 * The articles are the bundled demo seeds (corpus/demo/*.txt), copied with
 * their numbers changed so every copy is a new article with the same cost.
 *
 *   node dist/bench/scale.js [--n 1000] [--workers 1,2,4] [--batch 50] [--analyzer real|fake] [--out bench/results]
 *   (or: node_modules/.bin/vite-node bench/scale.ts -- --n 1000)
 *
 * PostgreSQL: CROSSCHECK_TEST_PG, else a throwaway server from
 * scripts/pg-test-server.sh.
 *
 * This file only sets the V8 flags (src/cli/v8-flags.ts), then loads the benchmark (scale-main.ts).
 */
import { withV8Flags } from '../src/cli/v8-flags.js';

await withV8Flags(() => import('./scale-main.js'));
