#!/usr/bin/env node
/**
 * `node dist/src/cli/main.js …`: the `crosscheck` command run as a file. It
 * sets the V8 flags, then loads the command (program.ts); importing this file
 * runs nothing.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withV8Flags } from './v8-flags.js';

function invokedDirectly(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  const { runCommandLine } = await withV8Flags(() => import('./program.js'));
  runCommandLine();
}
