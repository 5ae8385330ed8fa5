/**
 * Transparent huge pages for glibc's malloc in `crosscheck ingest`.
 *
 * Most of what an ingest allocates outside V8's heap comes from malloc:
 * SQLite's page cache (up to 64 MB), the copy of each raw page bound to its
 * insert, the buffers files are read into. Each new 4 KB page of it is a page
 * fault, and faults are dear on virtual machines (about 12 µs each on the
 * 2-core machine the benchmarks run on). glibc 2.35 and later can ask the
 * kernel for 2 MB pages for its heap (`madvise(MADV_HUGEPAGE)`), but only
 * through the `GLIBC_TUNABLES` environment variable, read once when the
 * process starts: so the `crosscheck` command starts `ingest` again, in a
 * child process with the tunable set, where it would help.
 *
 * Measured on 362 real HTML pages (`ingest()`, 2 workers, 2 cores,
 * alternated): page faults 86-97k -> 58-65k, CPU 8.0-8.4 -> 7.5-8.1 s (about
 * -5%), the main thread's CPU -20%; 10,000 text files: CPU level, peak RSS
 * level. The price is a second start of node (about 0.13 s here) for each
 * `crosscheck ingest`.
 *
 * It helps only where the kernel gives huge pages to memory that asks for them
 * (`/sys/kernel/mm/transparent_hugepage/enabled` is `madvise`; with `always`
 * the heap has them already) and the C library is glibc 2.35 or later.
 * `CROSSCHECK_HUGEPAGES=0` never relaunches; `=1` always does (unless
 * `GLIBC_TUNABLES` already says `glibc.malloc.hugetlb`, which then wins).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';

export const HUGEPAGES_TUNABLE = 'glibc.malloc.hugetlb=1';

/** What decides whether the tunable can change anything on this machine. */
export interface Host {
  platform: string;
  /** The kernel's transparent huge page mode (`always`, `madvise`, `never`), when known. */
  thp?: string;
  /** glibc's version at run time (`2.36`); undefined under another C library or when not asked. */
  glibc?: string;
}

/** This machine's {@link Host}; glibc's version is asked only where it matters (node's report takes a few ms). */
export function readHost(): Host {
  if (process.platform !== 'linux') return { platform: process.platform };
  let thp: string | undefined;
  try {
    thp = /\[(\w+)\]/.exec(readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8'))?.[1];
  } catch {
    // No THP support in this kernel (or no /sys): nothing to gain.
  }
  if (thp !== 'madvise') return { platform: 'linux', thp };
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return { platform: 'linux', thp, glibc: header?.glibcVersionRuntime };
}

function glibcAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '');
  return !!m && (Number(m[1]) > major || (Number(m[1]) === major && Number(m[2]) >= minor));
}

/**
 * The environment to run an ingest in, with {@link HUGEPAGES_TUNABLE} added to
 * `GLIBC_TUNABLES`; null when it would change nothing here or is turned off,
 * or when `GLIBC_TUNABLES` already sets it (so a relaunched process never
 * relaunches again).
 */
export function hugepagesEnv(env: NodeJS.ProcessEnv, host: Host): NodeJS.ProcessEnv | null {
  const setting = env.CROSSCHECK_HUGEPAGES;
  if (setting === '0') return null;
  const tunables = env.GLIBC_TUNABLES ?? '';
  if (/(?:^|:)glibc\.malloc\.hugetlb=/.test(tunables)) return null;
  if (setting !== '1' && !(host.platform === 'linux' && host.thp === 'madvise' && glibcAtLeast(host.glibc, 2, 35))) return null;
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
      child = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: 'inherit', env });
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
