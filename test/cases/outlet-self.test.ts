/** The outlet's own figures ("according to figures compiled by The Courier", in The Courier) are its own voice. */
import { describe, expect, it } from 'vitest';
import { claimRecord } from '../../src/records.js';
import { run, type SourceRow } from './who-says-run.js';
import { outletSelfRows } from './outlet-self.cases.js';

/** Like sourceTable, but finds the number in the cleaned text: the masthead lines are dropped before it. */
function cleanedSourceTable(rows: SourceRow[]): void {
  for (const [text, number, source] of rows)
    it(`${number} in ${JSON.stringify(text.slice(-70))} → ${source}`, () => {
      const article = run(text);
      const at = article.text.indexOf(number);
      const claim = article.claims.find((c) => c.quantity.number.start <= at && c.quantity.number.end > at);
      expect(claim).toBeDefined();
      expect(claimRecord(article, claim!).sourceName?.toLowerCase() ?? null).toBe(source?.toLowerCase() ?? null);
    });
}

describe('attributions/outlet-self', () => {
  cleanedSourceTable(outletSelfRows);
});
