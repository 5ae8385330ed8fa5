/**
 * A PostgreSQL for tests: `CROSSCHECK_TEST_PG` when set (CI starts one with
 * scripts/pg-test-server.sh), else a throwaway server started here with that
 * script when the binaries are installed, else a skip reason that the
 * tests print. Each test then works in a fresh schema of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const PG_SKIP_MESSAGE = 'PostgreSQL not available: set CROSSCHECK_TEST_PG';

// bench → the repository; compiled (dist/bench) one level more.
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, here.split(path.sep).includes('dist') ? '../..' : '..');
const script = path.join(root, 'scripts/pg-test-server.sh');

export interface TestPostgres {
  /** Connection URL, or undefined when skipping. */
  url?: string;
  /** Why the PostgreSQL tests are skipped, or false. */
  skip: string | false;
  /** A fresh, unused schema name. */
  schema(prefix?: string): string;
  /** The URL with `?schema=` set. */
  urlFor(schema: string): string;
  /** Drop the schemas handed out (when the server is not ours) or stop our server. */
  stop(): Promise<void>;
}

function installed(): boolean {
  try {
    return readdirSync('/usr/lib/postgresql').some(
      (v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`) && existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`),
    );
  } catch {
    return false;
  }
}

let shared: Promise<TestPostgres> | null = null;

/** The test PostgreSQL (one per test file process). */
export function testPostgres(): Promise<TestPostgres> {
  return (shared ??= start());
}

async function start(): Promise<TestPostgres> {
  let url = process.env.CROSSCHECK_TEST_PG || undefined;
  let ownDir: string | null = null;
  let skip: string | false = false;
  if (!url) {
    if (installed() && existsSync(script)) {
      try {
        const out = execFileSync('sh', [script], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 120_000,
        });
        url = /CROSSCHECK_TEST_PG='([^']+)'/.exec(out)?.[1];
        ownDir = /CROSSCHECK_TEST_PG_DIR='([^']+)'/.exec(out)?.[1] ?? null;
        if (ownDir) {
          const dir = ownDir;
          process.once('exit', () => spawnSync('sh', [script, 'stop', dir], { stdio: 'ignore' }));
        }
      } catch (err) {
        skip = `${PG_SKIP_MESSAGE} (starting a local server failed: ${String(
          (err as { stderr?: string }).stderr || (err as Error).message,
        )
          .trim()
          .slice(0, 300)})`;
      }
    }
    if (!url && !skip) skip = PG_SKIP_MESSAGE;
  }
  if (skip) console.warn(`\n  ⚠ ${skip}\n`);
  const handed: string[] = [];
  let n = 0;
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  return {
    url,
    skip,
    schema(prefix = 't') {
      const s = `${prefix}_${tag}_${n++}`;
      handed.push(s);
      return s;
    },
    urlFor(schema: string) {
      const u = new URL(url!);
      u.searchParams.set('schema', schema);
      return u.toString();
    },
    async stop() {
      if (ownDir) {
        spawnSync('sh', [script, 'stop', ownDir], { stdio: 'ignore' });
        ownDir = null;
        return;
      }
      if (!url || !handed.length) return;
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        for (const s of handed.splice(0)) {
          await client.query(`drop schema if exists ${s} cascade`).catch(() => {});
          await client.query(`drop schema if exists ${s}_jobs cascade`).catch(() => {});
        }
      } finally {
        await client.end().catch(() => {});
      }
    },
  };
}
