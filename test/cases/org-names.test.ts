/** Names kept whole as sources: unions, chambers and members of parliament. */
import { describe, expect, it } from 'vitest';
import { run, sourceTable } from './who-says-run.js';
import { orgNameRows, suspendedHyphenRows } from './org-names.cases.js';

describe('entities/org/general-in-name, chamber, MP: the source name is whole', () => {
  sourceTable(orgNameRows);
});

describe('entities/suspended-hyphen: "French- and German-speaking" names no country', () => {
  it.each(suspendedHyphenRows)('%s [not %s]', (text, country) => {
    const a = run(text);
    expect(a.entities.filter((e) => e.name === country).map((e) => e.name)).toEqual([]);
  });
});
