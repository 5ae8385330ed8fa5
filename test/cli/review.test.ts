import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { writeFiles } from '../helpers/files.js';
import type { ExportDocument } from '../../src/records.js';
import { CORRECTION_ACTIONS } from '../../src/review/corrections.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-review-cli-'));

/** Invented wildfire coverage: two articles first, a third later. */
function articles(): { first: string; later: string } {
  const first = writeFiles(path.join(dir, 'first'), {
    'a.txt':
      'Fire crews said the blaze destroyed 240 homes near the ridge on Tuesday.\n\nEvacuation orders stayed in place.',
    'b.txt':
      'The county fire chief said the wildfire destroyed 260 homes by Wednesday.\n\nWinds were expected to ease.',
  });
  const later = writeFiles(path.join(dir, 'later'), {
    'c.txt':
      'Officials said the fire destroyed 310 homes, according to a damage survey released on Friday.\n\nRebuilding will take years.',
  });
  return { first, later };
}

async function exported(db: string): Promise<ExportDocument> {
  return JSON.parse((await run(['export', '--db', db])).stdout) as ExportDocument;
}

describe('crosscheck review', () => {
  it.each([...CORRECTION_ACTIONS, 'list', 'export', 'import'])('has --help for review %s', async (sub) => {
    const r = await run(['review', sub, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: crosscheck review ${sub}`);
  });

  it('records corrections that survive ingest of new articles and a corpus re-run, in report and export', async () => {
    const { first, later } = articles();
    const db = path.join(dir, 'fire.db');
    expect((await run(['ingest', '--db', db, '--workers', '1', first])).code).toBe(0);
    const before = await exported(db);
    const claim = before.claims.find((c) => c.value === 240)!;
    expect(claim).toBeDefined();
    const fix = await run(['review', 'value', '--db', db, '--who', 'ana', '--note', 'survey', claim.id, '250']);
    expect(fix.code).toBe(0);
    expect(fix.stderr).toContain('recorded');
    expect((await run(['review', 'verify', '--db', db, '--who', 'ana', claim.id])).code).toBe(0);
    const figure = before.figures.find((f) => f.claims.includes(claim.id))!;
    expect(
      (await run(['review', 'rename', '--db', db, '--who', 'bob', figure.id, 'Homes lost to the fire'])).code,
    ).toBe(0);

    // New articles arrive; ingest re-runs the corpus stages over everything.
    expect((await run(['ingest', '--db', db, '--workers', '1', later])).code).toBe(0);
    const after = await exported(db);
    expect(after.documents).toHaveLength(3);
    const fixed = after.claims.find((c) => c.id === claim.id)!;
    expect(fixed.value).toBe(250);
    expect(fixed.review).toMatchObject({ verdict: 'verified', machine: { value: 240 } });
    expect((after.corrections ?? []).length).toBe(3);
    expect(after.figures.some((f) => f.label === 'Homes lost to the fire' && f.review)).toBe(true);

    const md = (await run(['report', '--db', db, '--format', 'md'])).stdout;
    expect(md).toContain('## Corrections by analysts');
    expect(md).toContain('value 240 → 250 — ana');
    const text = (await run(['report', '--db', db])).stdout;
    expect(text).toContain('CORRECTIONS BY ANALYSTS');
    expect(text).toContain('verified');

    const list = await run(['review', 'list', '--db', db]);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(list.stderr).toContain('0 unresolved');

    // Shared with another analyst: import twice, stored once.
    const file = path.join(dir, 'corrections.json');
    writeFileSync(file, (await run(['review', 'export', '--db', db])).stdout);
    const other = path.join(dir, 'other.db');
    expect((await run(['ingest', '--db', other, '--workers', '1', first])).code).toBe(0);
    expect((await run(['review', 'import', '--db', other, file])).stderr).toContain(`imported: ${3} new`);
    expect((await run(['review', 'import', '--db', other, file])).stderr).toContain('imported: 0 new');
    expect((await exported(other)).claims.find((c) => c.id === claim.id)!.value).toBe(250);
  });

  it('exits 2 on a correction that does not fit, 1 on an unknown claim', async () => {
    const { first } = articles();
    const db = path.join(dir, 'small.db');
    expect((await run(['ingest', '--db', db, '--workers', '1', first])).code).toBe(0);
    const claim = (await exported(db)).claims[0]!;
    const bad = await run(['review', 'value', '--db', db, '--who', 'ana', claim.id, 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('E_REVIEW');
    const missing = await run(['review', 'verify', '--db', db, '--who', 'ana', `${claim.document}:99999`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('E_NOT_FOUND_ID');
    const file = path.join(dir, 'not-json.json');
    writeFileSync(file, '{');
    expect((await run(['review', 'import', '--db', db, file])).code).toBe(2);
  });
});
