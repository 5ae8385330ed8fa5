/**
 * What the queue's workers do, in one process and without pg-boss: two enqueuers' batches of the same inputs,
 * stored in a shuffled order, with corpus runs (incremental where they can be) between them and while a batch is
 * being stored, end in the same store as one process ingesting the inputs in order.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/article.js';
import { runCorpus } from '../../src/corpus/index.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readInputs } from '../../src/ingest/read.js';
import { defaultConfig } from '../../src/pipeline.js';
import { processBatch } from '../../src/queue/worker.js';
import { openPostgresStore, ORD_RUN } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { rng } from '../../bench/corpus-gen.js';
import { dumpStore, fakeAnalyzer, writeCorpus } from '../../bench/queue-fixtures.js';
import { testPostgres } from '../../bench/pg-server.js';

const server = await testPostgres();
afterAll(() => server.stop());
const tmp = mkdtempSync(path.join(tmpdir(), 'crosscheck-order-'));
const BATCH = 100;

const d = server.skip ? describe.skip : describe;

d('batch order', () => {
  it('gives the one-process answer whatever order the batches are stored in, with corpus runs between', async () => {
    const files = writeCorpus(path.join(tmp, 'o'), 600, 13);
    const ref = openSqliteStore(path.join(tmp, 'ref.db'));
    await ingest(files, ref, { analyzer: fakeAnalyzer, config: { ...defaultConfig }, batchSize: BATCH });
    await runCorpus(ref);
    const expected = await dumpStore(ref);
    await ref.close();
    // The inputs as enqueue batches them: each id once, in reading order.
    const inputs: ArticleInput[] = [];
    const seen = new Set<string>();
    for await (const item of readInputs(files)) {
      if (!('input' in item) || seen.has(item.input.id!)) continue;
      seen.add(item.input.id!);
      inputs.push(item.input);
    }
    for (const seed of [1, 2]) {
      const rand = rng(seed);
      const jobs = [1, 2].flatMap((run) =>
        inputs
          .map((_, i) => i)
          .filter((i) => i % BATCH === 0)
          .map((at) => ({ run, at })),
      );
      for (let i = jobs.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [jobs[i], jobs[j]] = [jobs[j]!, jobs[i]!];
      }
      const store = await openPostgresStore(server.urlFor(server.schema('o')));
      for (const { run, at } of jobs) {
        const part = inputs.slice(at, at + BATCH);
        const stored = processBatch(store, part, {
          analyzer: fakeAnalyzer,
          order: part.map((_, i) => run * ORD_RUN + at + i),
        });
        // Another worker's corpus run, sometimes while this batch is being stored.
        const corpus =
          rand() < 0.6 ? new Promise((r) => setTimeout(r, Math.floor(rand() * 40))).then(() => runCorpus(store)) : null;
        await Promise.all([stored, corpus]);
      }
      await runCorpus(store);
      const dump = await dumpStore(store);
      await store.close();
      expect(dump).toBe(expected);
    }
  }, 300_000);
});
