/**
 * A/B of the per-article analysis of two built trees, in one process and one thread: CPU time per article
 * (median of rounds, warm), the two trees alternating round by round so a shared, noisy machine weighs on both
 * alike. Inputs: the HTML pages of ../shared/bench/article-extraction/html and the texts of the records of
 * ../shared/corpus/dev2 (or the folders given). `--stage NAME` times that one stage over articles the earlier
 * stages of the same tree prepared.
 *
 *   node dist/bench/stages-ab.js <rootA> <rootB> [--stage claims] [--rounds 8] [--html DIR] [--text DIR]
 *   [--skip PREFIX,PREFIX]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArticleInput } from '../src/article.js';
import { withV8Flags } from '../src/cli/v8-flags.js';

type Tree = {
  readInputs: typeof import('../src/ingest/read.js').readInputs;
  createArticle: typeof import('../src/article.js').createArticle;
  stages: typeof import('../src/stages/index.js').stages;
  createContext: typeof import('../src/pipeline.js').createContext;
  analyse: typeof import('../src/analyse.js').analyse;
};

async function load(root: string): Promise<Tree> {
  const at = (p: string): string => pathToFileURL(path.join(root, 'dist/src', p)).href;
  return {
    readInputs: ((await import(at('ingest/read.js'))) as typeof import('../src/ingest/read.js')).readInputs,
    createArticle: ((await import(at('article.js'))) as typeof import('../src/article.js')).createArticle,
    stages: ((await import(at('stages/index.js'))) as typeof import('../src/stages/index.js')).stages,
    createContext: ((await import(at('pipeline.js'))) as typeof import('../src/pipeline.js')).createContext,
    analyse: ((await import(at('analyse.js'))) as typeof import('../src/analyse.js')).analyse,
  };
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function inputs(tree: Tree, dir: string, skip: string[]): Promise<ArticleInput[]> {
  const files = readdirSync(dir)
    .sort()
    .filter((f) => !skip.some((s) => f.startsWith(s)))
    .map((f) => path.join(dir, f));
  const out: ArticleInput[] = [];
  for await (const item of tree.readInputs(files)) if ('input' in item) out.push(item.input);
  return out;
}

/** CPU milliseconds per article of one pass of `tree` over `items` (whole analysis, or one stage). */
function pass(tree: Tree, items: ArticleInput[], stage: string | undefined): number {
  if (!stage) {
    const c0 = process.cpuUsage();
    for (const input of items) tree.analyse(input, tree.createContext());
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000 / items.length;
  }
  const idx = tree.stages.findIndex((s) => s.name === stage);
  if (idx < 0) throw new Error(`no stage ${stage}`);
  const ready = items.map((input) => {
    const article = tree.createArticle(input);
    const ctx = tree.createContext();
    for (let i = 0; i < idx; i++) tree.stages[i]!.run(article, ctx);
    return { article, ctx };
  });
  const c0 = process.cpuUsage();
  for (const { article, ctx } of ready) tree.stages[idx]!.run(article, ctx);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / items.length;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main(argv: string[]): Promise<void> {
  const [rootA, rootB] = argv;
  if (!rootA || !rootB) throw new Error('usage: stages-ab <rootA> <rootB> [--stage NAME] [--rounds N]');
  // Package root from bench/ or dist/bench/; the shared folder lies beside it (as for bench/run.ts).
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(here, here.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
  const shared = path.resolve(root, '../shared');
  const stage = arg(argv, '--stage');
  const rounds = Number(arg(argv, '--rounds') ?? 8);
  const skip = (arg(argv, '--skip') ?? '').split(',').filter(Boolean);
  const a = await load(rootA);
  const b = await load(rootB);
  const sets: Record<string, ArticleInput[]> = {
    html: await inputs(a, arg(argv, '--html') ?? path.join(shared, 'bench/article-extraction/html'), skip),
    text: await inputs(a, arg(argv, '--text') ?? path.join(shared, 'corpus/dev2'), skip),
  };
  const times: Record<string, { a: number[]; b: number[] }> = {};
  // Round 0 warms both trees up and is not counted.
  for (let r = 0; r <= rounds; r++) {
    for (const [kind, items] of Object.entries(sets)) {
      const t = (times[kind] ??= { a: [], b: [] });
      const order: Array<[Tree, number[]]> =
        r % 2
          ? [
              [a, t.a],
              [b, t.b],
            ]
          : [
              [b, t.b],
              [a, t.a],
            ];
      for (const [tree, into] of order) {
        const ms = pass(tree, items, stage);
        if (r > 0) into.push(ms);
      }
    }
  }
  for (const [kind, t] of Object.entries(times)) {
    const ma = median(t.a);
    const mb = median(t.b);
    const change = (100 * (mb / ma - 1)).toFixed(1);
    console.log(
      `${stage ?? 'all'} ${kind} (${sets[kind]!.length}): A ${ma.toFixed(3)} ms, B ${mb.toFixed(3)} ms (${change}%)`,
    );
  }
}

// The trees load inside main, after the flags are set.
await withV8Flags(() => main(process.argv.slice(2)));
