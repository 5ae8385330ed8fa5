/**
 * A corpus run that fails after the articles are stored (E_CORPUS): the run's
 * summary is still printed, the articles stay stored, and the exit code is 1.
 * The failure is injected by mocking the corpus stages for this file only.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../helpers/cli.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

vi.mock('../../src/corpus/index.js', async (original) => ({
  ...(await original<typeof import('../../src/corpus/index.js')>()),
  runCorpus: async () => {
    throw new Error('disk went away during the corpus run');
  },
}));

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-corpus-failure-'));

/** Two invented flood reports. */
function folder(): string {
  const f = path.join(dir, `in-${Math.random().toString(36).slice(2)}`);
  mkdirSync(f);
  writeFileSync(path.join(f, 'a.txt'), 'River floods\n\nOfficials said 1,200 homes were flooded on Monday.\n');
  writeFileSync(path.join(f, 'b.txt'), 'Floods spread\n\nThe council said 1,350 homes were flooded by Tuesday.\n');
  return f;
}

async function documents(db: string): Promise<number> {
  const store = openSqliteStore(db, { mustExist: true });
  try {
    return (await store.stats()).documents;
  } finally {
    await store.close();
  }
}

describe('ingest when the corpus stages fail after the articles are stored', () => {
  it('prints the summary and E_CORPUS, keeps the articles, and exits 1', async () => {
    const db = path.join(dir, 'text.db');
    const r = await run(['ingest', folder(), '--db', db, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ingested: 2 new, 0 new versions, 0 unchanged, 0 failed');
    expect(r.stderr).toMatch(/error E_CORPUS: .*disk went away during the corpus run/);
    expect(r.stderr.indexOf('ingested:')).toBeLessThan(r.stderr.indexOf('E_CORPUS'));
    expect(await documents(db)).toBe(2);
  });

  it('prints the JSON summary on stdout with --json', async () => {
    const db = path.join(dir, 'json.db');
    const r = await run(['ingest', folder(), '--db', db, '--workers', '1', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ stored: 2, failed: 0 });
    expect(r.stderr).toContain('error E_CORPUS');
    expect(await documents(db)).toBe(2);
  });
});
