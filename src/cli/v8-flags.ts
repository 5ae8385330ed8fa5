/**
 * V8 settings for crosscheck's own processes (the command and the benchmarks), set by each entry point before it
 * loads anything else, through {@link withV8Flags}; worker threads share them, and child processes get them on
 * their command line ({@link flagsToSet}). A lower cumulative inlining budget and a higher interrupt budget keep a
 * short ingest out of the optimising compiler, which otherwise compiles the large scanning functions again in every
 * worker (docs/benchmarks.md). The library sets nothing. A flag given on the node command line wins;
 * CROSSCHECK_V8_DEFAULTS=0 sets none.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS: readonly string[] = ['--max-inlined-bytecode-size-cumulative=200', '--interrupt-budget=300000'];

/** The flags of {@link V8_FLAGS} to set: not those the command line sets already, none when opted out. */
export function flagsToSet(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.CROSSCHECK_V8_DEFAULTS === '0') return [];
  const given = new Set(execArgv.map((a) => a.split('=')[0]!.replace(/_/g, '-')));
  return V8_FLAGS.filter((f) => !given.has(f.split('=')[0]!));
}

let applied: readonly string[] | null = null;

/** The flags this process set (empty when it set none), or null when {@link withV8Flags} has not run. */
export function flagsApplied(): readonly string[] | null {
  return applied;
}

/**
 * Set this process's V8 flags (once), then load what it runs: `load` imports the entry's real module dynamically,
 * so nothing is compiled before the flags are set, whatever the entry's own imports are.
 */
export async function withV8Flags<T>(load: () => Promise<T>): Promise<T> {
  if (!applied) {
    applied = flagsToSet(process.execArgv, process.env);
    for (const flag of applied) setFlagsFromString(flag);
  }
  return load();
}
