import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCorpus } from '../corpus/index.js';
import { sampleArticle } from '../../test/store/contract.js';
import { openSqliteStore } from '../store/sqlite.js';
import { buildReport, renderMarkdown, renderTerminal } from './index.js';

const dir = join(import.meta.dirname, '../../test/fixtures/corpus/duplicates');

async function storyStore() {
  const store = openSqliteStore(':memory:');
  const origin = readFileSync(join(dir, 'origin.txt'), 'utf8');
  const rewrite = readFileSync(join(dir, 'rewrite.txt'), 'utf8');
  await store.putArticles([
    sampleArticle(1, { text: `Officials said 120 people were evacuated. ${origin}`, outlet: 'Wire Agency', published: '2023-01-09' }),
    sampleArticle(2, { text: `Officials said 120 people were evacuated. ${rewrite}`, outlet: 'City Herald', published: '2023-01-09' }),
    sampleArticle(3, { text: 'Officials said 300 people were evacuated from the valley on Monday after the dam burst in the north.', outlet: 'Valley News', published: '2023-01-10' }),
  ]);
  await runCorpus(store, { now: () => '2023-01-11T00:00:00Z' });
  return store;
}

describe('story report', () => {
  it('puts figures first with value, sources, disagreements and timeline, each citing articles; then quotes; then articles', async () => {
    const store = await storyStore();
    const report = await buildReport(store);
    const md = renderMarkdown(report);
    const figures = md.indexOf('## Figures');
    const quotes = md.indexOf('## Quotes by speaker');
    const articles = md.indexOf('## Articles');
    expect(figures).toBeGreaterThan(0);
    expect(quotes).toBeGreaterThan(figures);
    expect(articles).toBeGreaterThan(quotes);
    expect(md).toContain('### People evacuated');
    expect(md).toMatch(/\*\*Current:\*\* 300 is the latest done figure \(reported 2023-01-10\).*\[3\]/);
    expect(md).toMatch(/- conflict: 120 \(officials, done, 2023-01-09\) against 300 .*a real disagreement \[1\]\[2\]\[3\]/);
    expect(md).toMatch(/120 — 1 source \(officials\), 2 articles \(1 independent\) \[1\]\[2\]/);
    expect(md).toMatch(/said 2023-01-09: done 120 \(officials\) — “Officials said 120 people were evacuated\.” \[1\]/);
    expect(md).toMatch(/\*\*officials\*\*\n\n- “Officials” \(partial\) \[1\]/);
    expect(md).toMatch(/2\. Sample 2 — City Herald, 2023-01-09; syndicated copy of \[1\]/);
    await store.close();
  });

  it('colours the terminal text only when asked', async () => {
    const store = await storyStore();
    const report = await buildReport(store);
    const plain = renderTerminal(report, { color: false });
    const coloured = renderTerminal(report, { color: true });
    expect(plain).not.toMatch(/\x1b\[/);
    expect(plain).toContain('People evacuated');
    expect(plain).toMatch(/conflict 120/);
    expect(coloured).toMatch(/\x1b\[31mconflict/);
    await store.close();
  });
});
