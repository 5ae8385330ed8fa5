/**
 * Run the CLI in-process for tests, with its output captured.
 */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/program.js';

/** Streams to hand `main` as its io, and what was written to them so far. */
export function capture() {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  return {
    io: { stdout: out, stderr: err },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

/** Run `crosscheck <args>`; the exit code and what it printed. */
export async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = capture();
  const code = await main(args, c.io);
  return { code, stdout: c.stdout, stderr: c.stderr };
}
