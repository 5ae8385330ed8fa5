/** The writers over a real SQLite store holding the bundled demo corpus. */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ingest } from '../ingest/ingest.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { writeExport } from './index.js';

async function collect(run: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  await run(out);
  out.end();
  await once(out, 'end');
  return chunks.join('');
}

describe('export of the demo corpus', () => {
  it('writes the same records as JSON, NDJSON and CSV', async () => {
    const store = openSqliteStore(':memory:');
    try {
      await ingest([path.join(__dirname, '../../corpus/demo')], store);
      const stats = await store.stats();
      expect(stats.documents).toBe(5);
      const json = JSON.parse(await collect((out) => writeExport(store, out, { format: 'json' })));
      expect(json.format).toBe('crosscheck-export/1');
      expect(json.documents).toHaveLength(stats.documents);
      expect(json.claims).toHaveLength(stats.claims);
      expect(json.quotes).toHaveLength(stats.quotes);
      for (const c of json.claims) expect(json.documents.some((d: { id: string }) => d.id === c.document)).toBe(true);

      const lines = (await collect((out) => writeExport(store, out, { format: 'ndjson' })))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines[0].type).toBe('header');
      expect(lines.filter((l) => l.type === 'claim')).toHaveLength(stats.claims);
      expect(lines.filter((l) => l.type === 'document')).toHaveLength(stats.documents);

      const csv = await collect((out) => writeExport(store, out, { format: 'csv' }));
      expect(csv.startsWith('id,document,evidence,')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
    } finally {
      await store.close();
    }
  });
});

describe('export during an ingest', () => {
  it('reads one snapshot: articles stored once the export began are in none of its tables', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-export-'));
    const store = openSqliteStore(path.join(dir, 'store.db'));
    try {
      const demo = path.join(__dirname, '../../corpus/demo');
      const files = ['000_5c1ccb847f7958b8.txt', '001_5fcbabf4b260813b.txt'].map((f) => path.join(demo, f));
      await ingest([files[0]!], store);
      const before = await store.stats();
      // Another writer commits once the export has begun.
      const racing: Store = Object.assign(Object.create(store) as Store, {
        snapshot: <T>(fn: (view: Store) => Promise<T>) =>
          store.snapshot((view) => ingest([files[1]!], store).then(() => fn(view))),
      });
      const json = JSON.parse(await collect((out) => writeExport(racing, out, { format: 'json' })));
      expect((await store.stats()).documents).toBe(before.documents + 1);
      expect(json.documents).toHaveLength(before.documents);
      expect(json.claims).toHaveLength(before.claims);
      const ids = new Set(json.documents.map((d: { id: string }) => d.id));
      for (const c of json.claims) expect(ids.has(c.document)).toBe(true);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
