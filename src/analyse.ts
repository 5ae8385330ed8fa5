/**
 * Run the per-article pipeline over one decoded input. Pure: the same input
 * and context give the same article.
 */
import { createArticle, type Article, type ArticleInput } from './article.js';
import { createContext, type Context, type Pipeline } from './pipeline.js';
import { defaultPipeline } from './stages/index.js';

let shared: Pipeline | null = null;

/** Analyse one input with the default pipeline (or the one given). */
export function analyse(input: ArticleInput, ctx: Context = createContext(), pipeline?: Pipeline): Article {
  // The default pipeline is immutable, so one checked instance is shared.
  const runner = pipeline ?? (shared ??= defaultPipeline());
  return runner.run(createArticle(input), ctx);
}
