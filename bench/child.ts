/**
 * A benchmark measurement in a fresh node process of its own: its heap, its
 * peak memory and its JIT start from nothing, as a `crosscheck` command's
 * would, and nothing the benchmark's own process holds (the per-stage passes'
 * heap) is collected or counted with it. The child prints one line of JSON
 * last; that line is the result.
 */
import { spawn } from 'node:child_process';
import { flagsToSet } from '../src/cli/v8-flags.js';

/**
 * Run `script` with `args` in a child node and parse the last line it prints. The child gets this process's node
 * flags, and crosscheck's V8 flags on its command line (src/cli/v8-flags.ts), so they hold before it loads anything.
 */
export function childJson<T>(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<T> {
  const node = [...process.execArgv, ...flagsToSet(process.execArgv, env)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...node, script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env,
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`the measuring process (${args.join(' ')}) exited with code ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!) as T);
      } catch (err) {
        reject(new Error(`the measuring process (${args.join(' ')}) printed no result: ${String(err)}`));
      }
    });
  });
}
