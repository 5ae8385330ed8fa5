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

/** The flags of `flags` to set: not those the command line sets already, none when opted out. */
export function flagsToSet(
  execArgv: readonly string[],
  env: NodeJS.ProcessEnv,
  flags: readonly string[] = V8_FLAGS,
): string[] {
  if (env.CROSSCHECK_V8_DEFAULTS === '0') return [];
  const given = new Set(execArgv.map((a) => a.split('=')[0]!.replace(/_/g, '-')));
  return flags.filter((f) => !given.has(f.split('=')[0]!));
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

/** V8's heap growth while the corpus stages run: by half of what is live after a collection. */
export const CORPUS_HEAP_GROWTH = '--heap-growing-percent=50';

/** {@link CORPUS_HEAP_GROWTH}, or null when the command line gives a growth or the user opts out. */
export function corpusHeapFlag(execArgv: readonly string[], env: NodeJS.ProcessEnv): string | null {
  return flagsToSet(execArgv, env, [CORPUS_HEAP_GROWTH])[0] ?? null;
}

/**
 * Run the corpus stages with {@link CORPUS_HEAP_GROWTH}, then V8's own growth again. They allocate fast and hold
 * little (each figure's record and brief made as JSON, written and dropped), and at that rate V8 let the heap
 * grow to about three times what was live (docs/benchmarks.md). A growth given on the node command line wins;
 * CROSSCHECK_V8_DEFAULTS=0 sets none.
 */
export async function withCorpusHeap<T>(
  run: () => Promise<T>,
  execArgv: readonly string[] = process.execArgv,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const set = corpusHeapFlag(execArgv, env);
  if (set) setFlagsFromString(set);
  try {
    return await run();
  } finally {
    if (set) setFlagsFromString('--heap-growing-percent=0');
  }
}
