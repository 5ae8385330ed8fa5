import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrosscheckError } from '../errors.js';
import { formatEval, runEval } from './run.js';

const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-eval-'));

const story = `Floods force 4,000 from homes in river valley

The river burst its banks on Tuesday, and about 4,000 residents left their homes, the county said.

"We have never seen water this high," said Mayor Ana Ruiz.

Crews will open another 12 shelters this week.
`;

writeFileSync(path.join(dir, 'flood.txt'), story);
writeFileSync(
  path.join(dir, 'vote.json'),
  JSON.stringify({
    url: 'https://example.org/vote',
    title: 'Council approves budget',
    published: '2022-03-02',
    outlet: 'Example Daily',
    text: 'The council approved a budget of $12 million on Tuesday.\n\nThe vote was 7 to 2.',
  }),
);

const gold = {
  format: 'crosscheck-gold/1',
  corpus: 'made-up',
  documents: [
    {
      file: 'flood.txt',
      meta: {
        title: 'Floods force 4,000 from homes in river valley',
        outlet: [],
        wire: [],
        published: null,
        byline: null,
        dateline: null,
        language: 'en',
      },
      body: {
        keep: ['The river burst its banks on Tuesday', 'Crews will open another 12 shelters this week.'],
        drop: [],
      },
      claims: [
        {
          evidence: 'about 4,000 residents left their homes',
          value: 4000,
          low: 4000,
          high: 4000,
          approximate: true,
          vague: false,
          measure: 'residents',
          action: 'evacuate',
          status: 'asserted',
          source: ['county'],
        },
        {
          evidence: 'Crews will open another 12 shelters this week',
          value: 12,
          low: 12,
          high: 12,
          approximate: false,
          vague: false,
          incremental: true,
          measure: 'shelters',
          action: 'open',
          status: 'planned',
          source: [],
        },
      ],
      quotes: [{ text: 'We have never seen water this high,', speaker: ['Ana Ruiz'] }],
    },
    {
      file: 'vote.json',
      meta: {
        title: 'Council approves budget',
        outlet: ['Example Daily'],
        wire: [],
        published: '2022-03-02',
        byline: null,
        dateline: null,
        language: 'en',
      },
      body: { keep: ['The vote was 7 to 2.'], drop: [] },
      claims: [
        {
          evidence: 'a budget of $12 million',
          value: 12000000,
          low: 12000000,
          high: 12000000,
          approximate: false,
          vague: false,
          measure: 'dollars',
          action: 'approve',
          status: 'asserted',
          source: [],
        },
      ],
      quotes: [],
    },
    { file: 'missing.txt', meta: {}, body: { keep: ['Nothing here'], drop: [] }, claims: [], quotes: [] },
  ],
  entities: [{ name: 'Ana Ruiz', aliases: ['Mayor Ana Ruiz', 'Ruiz'] }],
  figures: [],
};

describe('runEval', () => {
  it('reads text and JSON records, scores them, and lists the documents it could not read', async () => {
    const report = await runEval({ gold, corpus: dir });
    expect(report.format).toBe('crosscheck-eval/1');
    expect(report.predictor).toBe('pipeline');
    expect(report.scores.documents).toBe(3);
    expect(report.scores.failed).toBe(1);
    expect(report.errors.map((e) => e.file)).toEqual(['missing.txt']);
    expect(report.errors[0]!.reason).toMatch(/no such file/);
    // Whatever the stages find, the scores are well-formed shares and the record hints are used.
    expect(report.scores.metadata.fields.published).toMatchObject({ total: 1 });
    expect(report.scores.metadata.fields.outlet.correct).toBe(1);
    expect(report.scores.claims.gold).toBe(3);
    for (const v of [report.scores.claims.precision, report.scores.claims.recall, report.scores.quotes.recall])
      if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
    expect(report.figures).toBeNull();
    const text = formatEval(report, { verbose: true });
    expect(text).toMatch(/^crosscheck eval: \(gold\) \(made-up\) over /);
    expect(text).toContain('missing.txt');
    for (const heading of ['Metadata', 'Cleaning', 'Claims', 'Quotes']) expect(text).toContain(`\n${heading}`);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('scores the every-number baseline with no strict matches', async () => {
    const report = await runEval({ gold, corpus: dir, baseline: true });
    expect(report.predictor).toBe('baseline');
    expect(report.scores.claims.strict.matched).toBe(0);
  });

  it('refuses a corpus folder that does not exist, or a file', async () => {
    await expect(runEval({ gold, corpus: path.join(dir, 'nowhere') })).rejects.toMatchObject({ code: 'E_NOT_FOUND' });
    await expect(runEval({ gold, corpus: path.join(dir, 'flood.txt') })).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('refuses a bad gold file with E_GOLD', async () => {
    await expect(runEval({ gold: { format: 'nope' } as never, corpus: dir })).rejects.toThrow(CrosscheckError);
    await expect(runEval({ gold: path.join(dir, 'none.json'), corpus: dir })).rejects.toThrow(/none\.json/);
  });
});
