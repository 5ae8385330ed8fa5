/** Shared runners of the who-says tables: one invented sentence through the whole pipeline. */
import { expect, it } from 'vitest';
import type { Article } from '../../src/article.js';
import { analyse } from '../../src/analyse.js';
import { claimRecord } from '../../src/records.js';

/** The article analysed from one plain-text case. */
export function run(text: string): Article {
  return analyse({ source: 'case', raw: text, format: 'text' });
}

/** The source a claim record shows for the number written `number` (null = the outlet's own voice). */
export function claimSource(text: string, number: string): string | null | undefined {
  const article = run(text);
  const at = text.indexOf(number);
  const claim = article.claims.find((c) => c.quantity.number.start <= at && c.quantity.number.end >= at + 1);
  if (!claim) return undefined;
  return claimRecord(article, claim).sourceName;
}

/** A sentence, the number as written in it, and the source its claim must show (null: the outlet's own voice). */
export type SourceRow = [string, string, string | null];

/** One test per row: the claim of the row's number shows the row's source ('(no claim)' when none is found). */
export function sourceTable(rows: SourceRow[]): void {
  for (const [text, number, source] of rows)
    it(`${number} in ${JSON.stringify(text.slice(0, 70))} → ${source}`, () => {
      const got = claimSource(text, number);
      expect(got === undefined ? '(no claim)' : (got?.toLowerCase() ?? null)).toBe(source?.toLowerCase() ?? null);
    });
}
