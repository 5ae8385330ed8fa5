#!/usr/bin/env node
/**
 * The `crosscheck` command as installed (package.json `bin`). It loads
 * nothing heavy itself, so that with `CROSSCHECK_HUGEPAGES=1` `ingest` can be
 * started again in a child process (hugepages.ts); everything else runs here.
 */
import { fileURLToPath } from 'node:url';
import { hugepagesEnv, relaunch } from './hugepages.js';
import { withV8Flags } from './v8-flags.js';

const args = process.argv.slice(2);
// Not for help, nor under a debugger (the child would want the inspector's port too).
const debugging = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--inspect'));
const env =
  args[0] === 'ingest' && !args.includes('--help') && !args.includes('-h') && !debugging
    ? hugepagesEnv(process.env)
    : null;
if (!env || !(await relaunch(fileURLToPath(import.meta.url), args, env))) {
  const { runCommandLine } = await withV8Flags(() => import('./program.js'));
  runCommandLine(args);
}
