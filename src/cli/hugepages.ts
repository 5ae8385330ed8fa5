/**
 * Opt-in (`CROSSCHECK_HUGEPAGES=1`): `crosscheck ingest` started again in a
 * child process whose glibc malloc asks for transparent huge pages. Why: page
 * faults are dear on some virtual machines, and glibc reads this tunable only
 * when a process starts. Needs Linux with THP on `madvise` and glibc 2.35+.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Loaded first in the child so that it dies with this process (parent-watch.ts). */
const parentWatch = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'parent-watch.js')).href;

export const HUGEPAGES_TUNABLE = 'glibc.malloc.hugetlb=1';

/**
 * The environment to run an ingest in, with {@link HUGEPAGES_TUNABLE} added to
 * `GLIBC_TUNABLES`, when `CROSSCHECK_HUGEPAGES=1`; otherwise null, and null when
 * `GLIBC_TUNABLES` already sets it (so a relaunched process never relaunches again).
 */
export function hugepagesEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv | null {
  if (env.CROSSCHECK_HUGEPAGES !== '1') return null;
  const tunables = env.GLIBC_TUNABLES ?? '';
  if (/(?:^|:)glibc\.malloc\.hugetlb=/.test(tunables)) return null;
  return { ...env, GLIBC_TUNABLES: tunables ? `${tunables}:${HUGEPAGES_TUNABLE}` : HUGEPAGES_TUNABLE };
}

/** Signals passed on to the child: a terminal's Ctrl-C reaches both, a `kill` of this process only this one. */
const FORWARDED: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Run `script` with `args` in a child node (this process's node flags too)
 * with `env`, sharing this process's stdin, stdout and stderr, and end this
 * process as the child ended: with its exit code, or killed by the same
 * signal. Resolves to false, having started nothing, when the child cannot be
 * started (the caller then runs the command itself); otherwise never resolves.
 */
export function relaunch(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(process.execPath, [...process.execArgv, '--import', parentWatch, script, ...args], {
        stdio: 'inherit',
        env,
      });
    } catch {
      resolve(false);
      return;
    }
    const forward = (signal: NodeJS.Signals) => {
      try {
        child.kill(signal);
      } catch {
        // Already gone: its exit ends this process.
      }
    };
    for (const s of FORWARDED) process.on(s, forward);
    let started = false;
    child.once('spawn', () => (started = true));
    child.once('error', () => {
      if (started) return;
      for (const s of FORWARDED) process.off(s, forward);
      resolve(false);
    });
    child.once('exit', (code, signal) => {
      // After a failed start (the 'error' above) the command runs here instead.
      if (!started) return;
      for (const s of FORWARDED) process.off(s, forward);
      if (signal) {
        process.kill(process.pid, signal);
        // A signal this process ignores (node ignores SIGPIPE) did not end it: the shell's code for it.
        process.exit(128 + (constants.signals[signal] ?? 0));
      }
      process.exit(code ?? 1);
    });
  });
}
