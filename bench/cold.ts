/**
 * What one fresh thread pays for the HTML pages: every per-article stage over
 * the real pages of `../shared/bench/article-extraction`, timed stage by stage,
 * pass after pass, in a process that has run nothing before. With `--text n`,
 * the same over the benchmark's first n plain-text articles instead (seed 7, as
 * `npm run bench` makes them). The first pass is
 * what each ingest worker pays (a worker sees about half the pages, cold): V8
 * compiling crosscheck's functions and regular expressions in that thread, on
 * top of the work itself. Later passes are the same work, warm. Pages come as
 * ingest hands them to a worker, UTF-8 bytes; `create` is making the article.
 *
 *   node dist/bench/cold.js [--pages 181 | --text 1000] [--passes 3]
 *
 * Wall time on a shared virtual machine drifts by 20-30% within minutes, too
 * much to see a change of a few percent. Counting instructions does not drift:
 *
 *   valgrind --tool=cachegrind --cache-sim=no --smc-check=all node dist/bench/cold.js --passes 1
 *
 * prints `I refs`, repeatable to about 1% (docs/benchmarks.md).
 *
 * This file only sets the V8 flags (src/cli/v8-flags.ts), then loads the benchmark (cold-main.ts).
 */
import { withV8Flags } from '../src/cli/v8-flags.js';

await withV8Flags(() => import('./cold-main.js'));
