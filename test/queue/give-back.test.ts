/** A stopping worker honours its stop timeout between chunks of a batch's analysis, not after the batch. */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/article.js';
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
