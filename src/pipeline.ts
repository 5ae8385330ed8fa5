/**
 * Stages and the pipeline that runs them in order over one {@link Article}.
 *
 * A stage declares what it `needs` and what it `gives` (spaCy's
 * requires/assigns); {@link createPipeline} checks the order once.
 * Stages are pure: everything outside the article (reference date, clock,
 * configuration, batch-level knowledge) comes in through {@link Context}.
 */
import type { Article } from './article.js';
import { fail } from './article.js';
import { errorText } from './errors.js';

/** Article fields a stage may read or write. */
export type Field =
  | 'raw'
  | 'text'
  | 'offsets'
  | 'dropped'
  | 'meta'
  | 'sentences'
  | 'entities'
  | 'mentions'
  | 'attributions'
  | 'quantities'
  | 'times'
  | 'quotes'
  | 'claims';

/** Configuration that stages may read. */
export interface Config {
  /** Lines seen in at least this many articles of a batch are boilerplate. */
  repeatedLineMinArticles: number;
  /** Extra gazetteer entries: canonical name, type, aliases. */
  gazetteer: Array<{ name: string; type: string; aliases: string[] }>;
  /** Maximum decoded characters per article before it is truncated with a message. */
  maxChars: number;
  /**
   * HTML main-text extractor: `fast` (tokenising block scorer, default) or `readability` (Readability.js over
   * linkedom).
   */
  htmlExtractor?: 'fast' | 'readability';
}

export const defaultConfig: Config = {
  repeatedLineMinArticles: 3,
  gazetteer: [],
  maxChars: 2_000_000,
};

/** What a stage sees besides the article. No module-level state: all of it comes from here. */
export interface Context {
  config: Config;
  /** The moment a page was retrieved, when known (resolves "2 days ago"). */
  retrieved?: string | null;
  /**
   * Lines (trimmed) and how many articles of the current batch carry them;
   * lets cleaning drop site boilerplate repeated across a batch.
   */
  lineCounts?: ReadonlyMap<string, number>;
  /** Number of articles in the batch that built `lineCounts`. */
  batchSize?: number;
}

/** Build a context with defaults. */
export function createContext(partial: Partial<Context> = {}): Context {
  // `config` last: a partial with `config: undefined` must not wipe the defaults.
  return { ...partial, config: { ...defaultConfig, ...(partial.config ?? {}) } } as Context;
}

/** One small ordered step over an article. */
export interface Stage {
  name: string;
  needs: Field[];
  gives: Field[];
  run(article: Article, ctx: Context): void;
}

/** A checked, ordered list of stages. */
export interface Pipeline {
  stages: readonly Stage[];
  /** Run every stage; a stage that throws records a fatal message instead of crashing the batch. */
  run(article: Article, ctx: Context): Article;
}

/**
 * Check that every stage's `needs` are given by an earlier stage (or by
 * ingest: `raw`), then return a runner.
 */
export function createPipeline(stages: Stage[]): Pipeline {
  const given = new Set<Field>(['raw']);
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!given.has(need)) {
        throw new Error(errorText('E_PIPELINE_ORDER', { stage: stage.name, field: need }));
      }
    }
    for (const g of stage.gives) given.add(g);
  }
  const frozen = Object.freeze([...stages]);
  return {
    stages: frozen,
    run(article, ctx) {
      for (const stage of frozen) {
        try {
          stage.run(article, ctx);
        } catch (err) {
          // Stages must not throw; if one does, keep the batch going and say where.
          fail(
            article,
            stage.name,
            'E_STAGE_CRASH',
            errorText('E_STAGE_CRASH', { stage: stage.name, reason: String((err as Error)?.message ?? err) }),
          );
          break;
        }
      }
      return article;
    },
  };
}
