/** Invented sentences as an article through the quantities, times and claims stages. */
import { createArticle, type Article, type AttributionSpan } from '../../src/article.js';
import { createContext } from '../../src/pipeline.js';
import { quantitiesStage } from '../../src/stages/quantities.js';
import { timesStage } from '../../src/stages/times.js';
import { claimsStage } from '../../src/stages/claims.js';

/**
 * The claims of `text` read as one sentence of an article published on `published` (a Friday by default;
 * null: no date), its heading when `heading`.
 */
export function sentenceClaims(
  text: string,
  options: { published?: string | null; heading?: boolean } = {},
): Article['claims'] {
  const article = createArticle({ source: 'case', raw: text, format: 'text' });
  article.text = text;
  article.sentences = [{ start: 0, end: text.length, text, index: 0, paragraph: 0, heading: options.heading ?? false }];
  const published = options.published === undefined ? '2024-10-18' : options.published;
  if (published) article.meta.published = { value: { iso: published, precision: 'day' }, by: 'test', certain: true };
  const ctx = createContext();
  for (const stage of [quantitiesStage, timesStage, claimsStage]) stage.run(article, ctx);
  return article.claims;
}

/** How {@link lineArticle} lays out its text. */
export interface LineArticleOptions {
  /** The first line is the article's heading. */
  heading?: boolean;
  /** The publication date: a day, or a month when seven characters long; none when absent or null. */
  published?: string | null;
  /** Empty lines make no sentence. */
  skipEmpty?: boolean;
}

/** `text` as an article with one sentence (and paragraph) per line, before any stage ran. */
export function lineArticle(text: string, options: LineArticleOptions = {}): Article {
  const article = createArticle({ source: 'test', raw: text, format: 'text' });
  article.text = text;
  let at = 0;
  text.split('\n').forEach((line, index) => {
    if (line.length || !options.skipEmpty)
      article.sentences.push({
        start: at,
        end: at + line.length,
        text: line,
        index,
        paragraph: index,
        heading: !!options.heading && index === 0,
      });
    at += line.length + 1;
  });
  const published = options.published;
  if (published)
    article.meta.published = {
      value: { iso: published, precision: published.length === 7 ? 'month' : 'day' },
      by: 'test',
      certain: true,
    };
  return article;
}

/**
 * {@link lineArticle} through the quantities, times and claims stages, with the attributions `attributions`
 * gives (none by default) set before the claims stage reads them.
 */
export function lineClaims(
  text: string,
  options: LineArticleOptions & { attributions?: (a: Article) => AttributionSpan[] } = {},
): Article {
  const article = lineArticle(text, options);
  const ctx = createContext();
  quantitiesStage.run(article, ctx);
  timesStage.run(article, ctx);
  article.attributions = options.attributions?.(article) ?? [];
  claimsStage.run(article, ctx);
  return article;
}
