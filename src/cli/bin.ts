#!/usr/bin/env node
/**
 * The `crosscheck` command as installed (package.json `bin`). It loads
 * nothing heavy itself: `ingest` may be started again in a child process with
 * glibc's malloc set to use transparent huge pages (see hugepages.ts), which
 * only the environment a process starts with can do; every other command,
 * and `ingest` where that would change nothing, runs here.
 */
import { fileURLToPath } from 'node:url';
import { hugepagesEnv, readHost, relaunch } from './hugepages.js';

const args = process.argv.slice(2);
// Not for help, nor under a debugger (the child would want the inspector's port too).
const debugging = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('--inspect'));
const env = args[0] === 'ingest' && !args.includes('--help') && !args.includes('-h') && !debugging ? hugepagesEnv(process.env, readHost()) : null;
if (!env || !(await relaunch(fileURLToPath(import.meta.url), args, env))) {
  const { runCommandLine } = await import('./main.js');
  runCommandLine(args);
}
