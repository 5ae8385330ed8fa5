/**
 * What one fresh thread pays for the HTML pages: every per-article stage over
 * the real pages of `../shared/bench/article-extraction`, timed stage by stage,
 * pass after pass, in a process that has run nothing before. The first pass is
 * what each ingest worker pays (a worker sees about half the pages, cold): V8
 * compiling crosscheck's functions and regular expressions in that thread, on
 * top of the work itself. Later passes are the same work, warm.
 *
 *   node dist/bench/cold.js [--pages 181] [--passes 3]
 *
 * Wall time on a shared virtual machine drifts by 20-30% within minutes, too
 * much to see a change of a few percent. Counting instructions does not drift:
 *
 *   valgrind --tool=cachegrind --cache-sim=no --smc-check=all node dist/bench/cold.js --passes 1
 *
 * prints `I refs`, repeatable to about 1% (docs/benchmarks.md).
 */
import '../src/cli/v8-flags.js';
import { parseArgs } from 'node:util';
import { createArticle } from '../src/article.js';
import { createContext } from '../src/pipeline.js';
import { stages } from '../src/stages/index.js';
import { htmlPages } from './corpus-gen.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '181' }, passes: { type: 'string', default: '3' } } });
const all = htmlPages(process.cwd());
if (all.length === 0) {
  console.error('bench/cold: no pages: ../shared/bench/article-extraction/html is absent, so there is nothing to measure.');
  process.exit(2);
}
const pages = all.slice(0, Math.max(1, Number(values.pages)));
const ctx = createContext();
for (let pass = 0; pass < Number(values.passes); pass++) {
  const ms = new Map<string, number>();
  let total = 0;
  for (const [i, page] of pages.entries()) {
    const article = createArticle({ source: `${i}-${page.name}`, raw: page.html, format: 'html' });
    for (const stage of stages) {
      const t = performance.now();
      stage.run(article, ctx);
      const d = performance.now() - t;
      ms.set(stage.name, (ms.get(stage.name) ?? 0) + d);
      total += d;
    }
  }
  const per = (v: number) => (v / pages.length).toFixed(2);
  console.log(`pass ${pass + 1}, ${pages.length} pages: ${per(total)} ms/page (${[...ms].map(([name, v]) => `${name} ${per(v)}`).join(', ')})`);
}
