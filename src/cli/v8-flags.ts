/**
 * V8 settings for crosscheck's own processes (the command and the benchmark), set before any function is hot;
 * worker threads share them. A lower cumulative inlining budget and a higher interrupt budget keep a short
 * ingest out of the optimising compiler, which otherwise compiles the large scanning functions again in every
 * worker: about a quarter less CPU on the HTML bench (docs/benchmarks.md), level over long runs. The library
 * sets nothing. A flag given on the node command line wins; CROSSCHECK_V8_DEFAULTS=0 sets none.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200', '--interrupt-budget=300000'];

/** The flags of {@link V8_FLAGS} to set: not those the command line sets already, none when opted out. */
export function flagsToSet(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.CROSSCHECK_V8_DEFAULTS === '0') return [];
  const given = new Set(execArgv.map((a) => a.split('=')[0]!.replace(/_/g, '-')));
  return V8_FLAGS.filter((f) => !given.has(f.split('=')[0]!));
}

for (const flag of flagsToSet(process.execArgv, process.env)) setFlagsFromString(flag);
