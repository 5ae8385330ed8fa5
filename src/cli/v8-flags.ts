/**
 * V8 settings for crosscheck's own processes: the `crosscheck` command and
 * the benchmark, which import this module first, before any function is hot
 * (V8 reads these when it optimises a function; worker threads share the
 * process's flags). The library itself sets nothing: a program that embeds
 * crosscheck keeps its own V8 settings.
 *
 * TurboFan's cumulative inlining budget, 920 bytes of bytecode per optimised
 * function by default, is lowered to 200. Most of a short ingest's optimising
 * compiler time went to inlining into crosscheck's large scanning functions,
 * compiled again in every worker, for no speed once warm. Measured on 362 real
 * HTML pages (`ingest()`, 2 workers, 2 cores, alternated): the compiler threads'
 * CPU 2.7 -> 1.75 s, 84-88 -> 96-99 pages/s; warm, one thread, 5.9-6.4 ms/page
 * either way.
 *
 * The interrupt budget, the bytecode a function runs between V8's checks on
 * whether to optimise it, is raised from 67,584 to 300,000: only the truly hot
 * functions get optimised, and a short ingest spends less of its time in the
 * compiler. Measured the same way, alternated, on node 20 (V8 11.3): 362 pages
 * 78-93 -> 90-108 pages/s (CPU 18.5-22.3 -> 16.0-18.7 ms/page); 5,000 text files
 * 328-338 -> 335-355 articles/s. Over 3,620 pages, long enough for the
 * optimised code to dominate, the two were level (125-145 pages/s each), and
 * warm in one thread the later optimisation costs 5-8% (6.3-6.5 -> 6.4-6.9
 * ms/page).
 *
 * A flag given on the node command line wins; CROSSCHECK_V8_DEFAULTS=0 sets none.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=200',
  '--interrupt-budget=300000',
];

/** The flags of {@link V8_FLAGS} to set: not those the command line sets already, none when opted out. */
export function flagsToSet(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.CROSSCHECK_V8_DEFAULTS === '0') return [];
  const given = new Set(execArgv.map((a) => a.split('=')[0]!.replace(/_/g, '-')));
  return V8_FLAGS.filter((f) => !given.has(f.split('=')[0]!));
}

for (const flag of flagsToSet(process.execArgv, process.env)) setFlagsFromString(flag);
