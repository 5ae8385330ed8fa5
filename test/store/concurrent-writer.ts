/**
 * One writer process for test/store/concurrency.test.ts:
 *   vite-node test/store/concurrent-writer.ts -- <store> <from> <to> <reverse 0|1>
 * Stores sample articles from..to-1 in batches of 10 and prints the outcome counts as JSON.
 */
import { createContext } from '../../src/pipeline.js';
import { fakeAnalyse } from '../../bench/queue-fixtures.js';
import { openStore } from '../../src/store/open.js';

const [location, from, to, reverse] = process.argv.slice(2);
const ns = Array.from({ length: Number(to) - Number(from) }, (_, i) => Number(from) + i);
if (reverse === '1') ns.reverse();
// Not contract.ts's sampleArticle: that module imports vitest, which only loads inside a test run.
const article = (n: number) =>
  fakeAnalyse(
    {
      source: `w-${n}.txt`,
      raw: `Officials said ${100 + n} people were evacuated from the valley.\nArticle ${n}.`,
      format: 'text',
    },
    createContext(),
  );
const store = await openStore(location!);
const counts: Record<string, number> = { stored: 0, unchanged: 0, version: 0 };
for (let i = 0; i < ns.length; i += 10) {
  for (const o of await store.putArticles(ns.slice(i, i + 10).map(article))) counts[o.status]!++;
}
await store.close();
process.stdout.write(JSON.stringify(counts) + '\n');
