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
 * A flag given on the node command line wins; CROSSCHECK_V8_DEFAULTS=0 sets none.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200'];

/** The flags of {@link V8_FLAGS} to set: not those the command line sets already, none when opted out. */
export function flagsToSet(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.CROSSCHECK_V8_DEFAULTS === '0') return [];
  const given = new Set(execArgv.map((a) => a.split('=')[0]!.replace(/_/g, '-')));
  return V8_FLAGS.filter((f) => !given.has(f.split('=')[0]!));
}

for (const flag of flagsToSet(process.execArgv, process.env)) setFlagsFromString(flag);
