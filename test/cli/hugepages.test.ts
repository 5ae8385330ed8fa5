/**
 * `crosscheck ingest` started again with glibc's malloc on huge pages
 * (src/cli/hugepages.ts, opt-in): when it does so, and that the child behaves as the
 * command would (arguments, stdin, output, exit code, signals). The process
 * tests run the built files in dist/ (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { HUGEPAGES_TUNABLE, hugepagesEnv } from '../../src/cli/hugepages.js';
import { ensureBuilt, tempDir } from '../reliability/helpers.js';
import { writeFiles } from '../helpers/files.js';

const root = path.resolve(import.meta.dirname, '../..');
const binJs = path.join(root, 'dist/src/cli/bin.js');
const hugepagesJs = path.join(root, 'dist/src/cli/hugepages.js');

describe('hugepagesEnv', () => {
  it('is off unless CROSSCHECK_HUGEPAGES=1', () => {
    expect(hugepagesEnv({ PATH: '/bin' })).toBeNull();
    expect(hugepagesEnv({ CROSSCHECK_HUGEPAGES: '0' })).toBeNull();
    expect(hugepagesEnv({ PATH: '/bin', CROSSCHECK_HUGEPAGES: '1' })).toEqual({
      PATH: '/bin',
      CROSSCHECK_HUGEPAGES: '1',
      GLIBC_TUNABLES: HUGEPAGES_TUNABLE,
    });
  });

  it('keeps the tunables already set, after them', () => {
    const env = { GLIBC_TUNABLES: 'glibc.malloc.arena_max=2', CROSSCHECK_HUGEPAGES: '1' };
    expect(hugepagesEnv(env)?.GLIBC_TUNABLES).toBe(`glibc.malloc.arena_max=2:${HUGEPAGES_TUNABLE}`);
  });

  it('never twice, and never against a setting of the user', () => {
    const on = { CROSSCHECK_HUGEPAGES: '1' };
    expect(hugepagesEnv({ ...on, GLIBC_TUNABLES: HUGEPAGES_TUNABLE })).toBeNull();
    expect(hugepagesEnv({ ...on, GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' })).toBeNull();
    expect(hugepagesEnv({ ...on, GLIBC_TUNABLES: 'glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2' })).toBeNull();
  });
});

describe('relaunch', () => {
  let dir: string;
  /** A stand-in for the command: echoes its arguments, stdin and GLIBC_TUNABLES, then exits as told. */
  let standIn: string;
  /** Runs relaunch() on the stand-in, as bin.js does on itself. */
  let harness: string;

  beforeAll(() => {
    ensureBuilt('dist/src/cli/hugepages.js');
    dir = tempDir('relaunch');
    standIn = path.join(dir, 'stand-in.mjs');
    writeFileSync(
      standIn,
      `import { readFileSync, writeFileSync } from 'node:fs';
const [mode, pidFile] = process.argv.slice(2);
if (mode === 'wait') {
  writeFileSync(pidFile, String(process.pid));
  setInterval(() => {}, 1000);
} else {
  const input = readFileSync(0, 'utf8');
  process.stdout.write(JSON.stringify({ args: process.argv.slice(2), input, tunables: process.env.GLIBC_TUNABLES ?? null }));
  process.exitCode = Number(mode);
}
`,
    );
    harness = path.join(dir, 'harness.mjs');
    writeFileSync(
      harness,
      `import { relaunch, hugepagesEnv } from ${JSON.stringify(pathToFileURL(hugepagesJs).href)};
const env = hugepagesEnv({ ...process.env, CROSSCHECK_HUGEPAGES: '1' });
const started = await relaunch(${JSON.stringify(standIn)}, process.argv.slice(2), process.env.SPOIL ? { ...env, BAD: 'a\\u0000b' } : env);
process.stdout.write('not started: ' + started);
`,
    );
  });

  it('passes arguments, stdin, stdout and the exit code through, with the tunable set', () => {
    const r = spawnSync(process.execPath, [harness, '3', 'two words'], { input: 'piped text', encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual({
      args: ['3', 'two words'],
      input: 'piped text',
      tunables: HUGEPAGES_TUNABLE,
    });
  });

  it('ends with the signal that ended the child, and passes a kill of itself on', async () => {
    const pidFile = path.join(dir, 'child.pid');
    const p = spawn(process.execPath, [harness, 'wait', pidFile], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => p.on('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 200 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 25));
    const childPid = Number(readFileSync(pidFile, 'utf8'));
    p.kill('SIGTERM'); // this process only, as a supervisor would
    expect(await ended).toBe('SIGTERM');
    // The child went too: ended, or ended and not yet reaped (a zombie, reparented when this harness exited).
    const childEnded = (): boolean => {
      try {
        process.kill(childPid, 0);
      } catch {
        return true;
      }
      try {
        return readFileSync(`/proc/${childPid}/stat`, 'utf8').split(') ')[1]?.[0] === 'Z';
      } catch {
        return true;
      }
    };
    let gone = childEnded();
    for (let i = 0; i < 80 && !gone; i++) {
      await new Promise((r) => setTimeout(r, 25));
      gone = childEnded();
    }
    expect(gone).toBe(true);
  });

  it('takes the child with it when it is SIGKILLed (a kill that cannot be passed on)', async () => {
    const pidFile = path.join(dir, 'orphan.pid');
    const p = spawn(process.execPath, [harness, 'wait', pidFile], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => p.on('exit', (_code, signal) => resolve(signal)));
    for (let i = 0; i < 200 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 25));
    const childPid = Number(readFileSync(pidFile, 'utf8'));
    p.kill('SIGKILL');
    expect(await ended).toBe('SIGKILL');
    const alive = (): boolean => {
      try {
        process.kill(childPid, 0);
      } catch {
        return false;
      }
      try {
        return readFileSync(`/proc/${childPid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 80 && alive(); i++) await new Promise((r) => setTimeout(r, 25));
    const still = alive();
    if (still) process.kill(childPid, 'SIGKILL');
    expect(still).toBe(false);
  });

  it('resolves false, starting nothing, when the child cannot be started', () => {
    const r = spawnSync(process.execPath, [harness, '0'], {
      input: '',
      encoding: 'utf8',
      env: { ...process.env, SPOIL: '1' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('not started: false');
  });
});

describe('the crosscheck command', () => {
  it('ingests through the relaunched child as it would itself: output, store, exit code', () => {
    ensureBuilt('dist/src/cli/bin.js');
    const dir = tempDir('bin');
    const folder = writeFiles(path.join(dir, 'in'), {
      'a.txt': 'Floods in Velmora\n\nAt least 40 people were hurt on Monday, police said.\n',
      'b.txt': 'Fire in Port Elden\n\nMore than 200 homes were damaged, the mayor said.\n',
      'c.html': '',
    });
    const db = path.join(dir, 'c.db');
    for (const setting of ['1', '0']) {
      const r = spawnSync(
        process.execPath,
        [binJs, 'ingest', folder, '--db', `${db}.${setting}`, '--json', '--no-corpus'],
        {
          encoding: 'utf8',
          env: { ...process.env, CROSSCHECK_HUGEPAGES: setting },
        },
      );
      // The empty page fails (exit 1), the other two are stored, either way.
      expect(r.status, r.stderr).toBe(1);
      const summary = JSON.parse(r.stdout) as { stored: number; failed: number };
      expect([summary.stored, summary.failed]).toEqual([2, 1]);
    }
  });
});
