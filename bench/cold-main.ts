/** The benchmark `node dist/bench/cold.js` runs: bench/cold.ts sets the V8 flags, then loads this. */
import { parseArgs } from 'node:util';
import { createArticle, type Raw } from '../src/article.js';
import { createContext } from '../src/pipeline.js';
import { stages } from '../src/stages/index.js';
import { htmlPages, htmlParagraphs, makeCorpus, seedTexts } from './corpus-gen.js';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '181' },
    text: { type: 'string' },
    passes: { type: 'string', default: '3' },
  },
});
const all = htmlPages(process.cwd());
let inputs: Array<{ name: string; raw: Raw; format: 'html' | 'text' }>;
if (values.text !== undefined) {
  // The bench's text corpus: the seed articles' paragraphs, with the real pages' paragraphs when present.
  const article = makeCorpus(seedTexts(process.cwd()), all.flatMap((p) => htmlParagraphs(p.html)).slice(0, 5000), 7);
  inputs = Array.from({ length: Math.max(1, Number(values.text)) }, (_, i) => article(i)).map((a) => ({
    name: a.name,
    raw: a.text,
    format: 'text' as const,
  }));
} else {
  if (all.length === 0) {
    console.error(
      'bench/cold: no pages: ../shared/bench/article-extraction/html is absent, so there is nothing to measure (--text n measures text articles).',
    );
    process.exit(2);
  }
  // As ingest hands them to a worker: the page's UTF-8 bytes, not yet decoded.
  inputs = all
    .slice(0, Math.max(1, Number(values.pages)))
    .map((p) => ({ name: p.name, raw: Buffer.from(p.html), format: 'html' as const }));
}
const ctx = createContext();
for (let pass = 0; pass < Number(values.passes); pass++) {
  const ms = new Map<string, number>();
  let total = 0;
  for (const [i, input] of inputs.entries()) {
    const t0 = performance.now();
    const article = createArticle({
      source: `${i}-${input.name}`,
      raw: input.raw,
      format: input.format,
    });
    const made = performance.now() - t0;
    ms.set('create', (ms.get('create') ?? 0) + made);
    total += made;
    for (const stage of stages) {
      const t = performance.now();
      stage.run(article, ctx);
      const d = performance.now() - t;
      ms.set(stage.name, (ms.get(stage.name) ?? 0) + d);
      total += d;
    }
  }
  const per = (v: number) => (v / inputs.length).toFixed(2);
  console.log(
    `pass ${pass + 1}, ${inputs.length} ${values.text !== undefined ? 'text articles' : 'pages'}: ${per(total)} ms each (${[...ms].map(([name, v]) => `${name} ${per(v)}`).join(', ')})`,
  );
}
