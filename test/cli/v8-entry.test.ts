/**
 * The V8 flags of crosscheck's own processes (src/cli/v8-flags.ts): every entry point sets them before it loads
 * anything heavy, whatever the order of its imports, and the user's opt-out and own flags still win. Runs the
 * built files in dist/ (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../src/cli/v8-flags.js';
import { ensureBuilt } from '../reliability/helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const flagsJs = pathToFileURL(path.join(root, 'dist/src/cli/v8-flags.js')).href;
/** Loaded before the entry (`--import`): prints, as the process ends, the flags the entry set. */
const probe = `data:text/javascript,${encodeURIComponent(
  `import { flagsApplied } from ${JSON.stringify(flagsJs)};` +
    `process.on('exit', () => process.stderr.write('FLAGS ' + JSON.stringify(flagsApplied()) + '\\n'));`,
)}`;

/** The flags `entry` set when run with `args` (null: it set none through withV8Flags). */
function flagsOf(entry: string, args: string[], nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): unknown {
  const run = spawnSync(process.execPath, [...nodeArgs, '--import', probe, path.join(root, entry), ...args], {
    cwd: root,
    env: { ...process.env, CROSSCHECK_V8_DEFAULTS: undefined, ...env },
    encoding: 'utf8',
  });
  const line = run.stderr.split('\n').find((l) => l.startsWith('FLAGS '));
  if (!line) throw new Error(`${entry} printed no flags: ${run.stderr}`);
  return JSON.parse(line.slice('FLAGS '.length));
}

/** Entry points, and arguments that make each end quickly. */
const ENTRIES: Array<[string, string[]]> = [
  ['dist/src/cli/main.js', ['--version']],
  ['dist/src/cli/bin.js', ['--version']],
  ['dist/bench/run.js', ['--size', '10x']],
  ['dist/bench/stages-ab.js', []],
];

describe('V8 flags of the entry points', () => {
  beforeAll(() => ensureBuilt('dist/src/cli/bin.js', 'dist/bench/run.js', 'dist/bench/stages-ab.js'));

  it('are set by the command and the benches', () => {
    for (const [entry, args] of ENTRIES) expect(flagsOf(entry, args), entry).toEqual([...V8_FLAGS]);
  });

  it('leave alone a flag given on the node command line, and all of them with CROSSCHECK_V8_DEFAULTS=0', () => {
    const mine = '--interrupt-budget=100000';
    const others = V8_FLAGS.filter((f) => !f.startsWith('--interrupt-budget='));
    expect(flagsOf('dist/src/cli/main.js', ['--version'], [mine])).toEqual(others);
    expect(flagsOf('dist/src/cli/main.js', ['--version'], [], { CROSSCHECK_V8_DEFAULTS: '0' })).toEqual([]);
  });

  it('come before anything heavy: an entry imports only node built-ins and the flags module, then loads the rest', () => {
    const light = /^(?:node:.*|\.\/v8-flags\.js|\.\/hugepages\.js|\.\.\/src\/cli\/v8-flags\.js)$/;
    for (const [entry] of ENTRIES) {
      const code = readFileSync(path.join(root, entry), 'utf8');
      const imports = [...code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect(
        imports.filter((s) => !light.test(s!)),
        entry,
      ).toEqual([]);
    }
  });
});
