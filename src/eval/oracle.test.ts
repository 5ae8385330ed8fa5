/**
 * The scorer against the gold itself: predictions copied from a key must
 * score 1 everywhere. Catches a scorer that cannot recognise the key's own
 * measures, names, bounds or quotes.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimRecord, DocumentRecord, QuoteRecord } from '../records.js';
import { loadGold, type Gold } from './gold.js';
import { goldBound, score, type DocumentPrediction } from './score.js';

function oracle(gold: Gold): DocumentPrediction[] {
  return gold.documents.map((d, di) => {
    const id = `doc${di}`;
    const document: DocumentRecord = {
      id,
      source: d.file,
      url: null,
      title: d.meta.title,
      outlet: d.meta.outlet[0] ?? null,
      wire: d.meta.wire,
      byline: d.meta.byline,
      dateline: d.meta.dateline,
      published: d.meta.published,
      language: d.meta.language,
      body: d.body.keep.join('\n\n'),
      provenance: {},
      previousVersion: null,
      counts: { claims: 0, quotes: 0, entities: 0, dropped: 0 },
      messages: [],
      ingestedAt: '',
    };
    const claims: ClaimRecord[] = d.claims.map((c, i) => ({
      id: `${id}:${i}`,
      document: id,
      evidence: c.evidence,
      evidenceStart: i * 1000,
      evidenceEnd: i * 1000 + c.evidence.length,
      numberStart: 0,
      numberEnd: 0,
      text: '',
      value: c.value,
      low: c.low,
      high: c.high,
      bound: goldBound(c),
      approximate: c.approximate,
      vague: c.vague,
      incremental: c.incremental,
      measure: c.measure,
      unit: c.unit ?? null,
      action: c.action,
      actor: null,
      target: null,
      status: c.status,
      source: null,
      sourceName: c.source[0] ?? null,
      via: c.via ?? [],
      when: c.when ?? null,
      said: null,
      figure: null,
      by: {},
    }));
    const quotes: QuoteRecord[] = d.quotes.map((q, i) => ({
      id: `${id}:q${i}`,
      document: id,
      text: q.text,
      start: 0,
      end: 0,
      speaker: null,
      speakerName: q.speaker[0] ?? null,
      partial: false,
    }));
    return { file: d.file, document, claims, quotes };
  });
}

const keys: Array<[string, string]> = [
  ['seeds', path.join(__dirname, '../../corpus/demo/gold.json')],
  [
    'dev',
    process.env.CROSSCHECK_SHARED
      ? path.join(process.env.CROSSCHECK_SHARED, 'gold/dev.json')
      : path.resolve(__dirname, '../../../shared/gold/dev.json'),
  ],
];

describe('the gold scored against itself', () => {
  for (const [name, file] of keys) {
    it.skipIf(!existsSync(file))(
      `${name}: every score is 1${existsSync(file) ? '' : ` (skipped: ${file} is absent)`}`,
      () => {
        const s = score(loadGold(file), oracle(loadGold(file)));
        expect(s.claims.f1).toBe(1);
        expect(s.claims.strict.f1).toBe(1);
        for (const k of ['status', 'source', 'measure', 'bound', 'incremental'] as const)
          expect(s.claims[k].score, k).toBe(1);
        expect(s.claims.info.action.score).toBe(1);
        expect(s.claims.info.when.score ?? 1).toBe(1);
        expect(s.quotes.recall).toBe(1);
        expect(s.quotes.precision).toBe(1);
        expect(s.quotes.speaker.score).toBe(1);
        for (const [field, f] of Object.entries(s.metadata.fields)) expect(f.score ?? 1, field).toBe(1);
        expect(s.metadata.inventedDates).toBe(0);
        expect(s.cleaning.keep.score).toBe(1);
      },
    );
  }
});
