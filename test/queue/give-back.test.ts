/** A stopping worker honours its stop timeout between chunks of a batch's analysis, not after the batch. */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/article.js';
import { inProcessAnalyzer, type Analyzer } from '../../src/ingest/ingest.js';
import { GivenBack, processBatch } from '../../src/queue/worker.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

const inputs: ArticleInput[] = Array.from({ length: 40 }, (_, i) => ({
  source: `market-${i}.txt`,
  raw: `Market day ${i}\n\nTraders said ${20 + i} stalls stayed shut on Friday as the strike went on.\n`,
  format: 'text',
}));

describe('processBatch and the stop timeout', () => {
  it('lets timers run between chunks and gives the batch back, storing nothing, once the stop timeout passed', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const giveBack = new AbortController();
      let ticks = 0;
      const timer = setInterval(() => {
        ticks++;
        giveBack.abort();
      }, 0);
      await expect(processBatch(store, inputs, { giveBack: giveBack.signal })).rejects.toThrow(GivenBack);
      clearInterval(timer);
      expect(ticks).toBeGreaterThan(0);
      expect((await store.stats()).documents).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('stores the whole batch when no stop comes', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const result = await processBatch(store, inputs, { giveBack: new AbortController().signal });
      expect(result.failures).toEqual([]);
      expect(result.outcomes).toHaveLength(40);
    } finally {
      await store.close();
    }
  });
});

describe('processBatch and one input that fails its chunk', () => {
  it('analyses each input again alone, so only that one fails and its neighbours are stored', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const analyzer: Analyzer = {
        async analyse(batch, ctx) {
          if (batch.some((i) => i.source === 'market-7.txt')) throw new Error('worker ran out of memory');
          return inProcessAnalyzer.analyse(batch, ctx);
        },
      };
      const order = inputs.map((_, i) => 1000 + i);
      const result = await processBatch(store, inputs, { analyzer, order });
      expect(result.failures.map((f) => [f.file, f.code])).toEqual([['market-7.txt', 'E_STAGE_CRASH']]);
      expect(result.outcomes).toHaveLength(39);
    } finally {
      await store.close();
    }
  });
});
