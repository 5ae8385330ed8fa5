/** One invented sentence as a one-sentence article through the quantities, times and claims stages. */
import { createArticle, type Article } from '../../src/article.js';
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
