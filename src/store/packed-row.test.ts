import { describe, expect, it } from 'vitest';
import { packArticle, packJson, packRecord, unpackArticle, unpackJson } from './packed-row.js';

describe('packed rows', () => {
  it.each([
    ['plain text', 'Floodwater reached 2 metres in 14 streets, the mayor said.', '{"id":"a","text":"x"}'],
    ['empty raw text', '', '{"id":"b"}'],
    ['multi-byte text', 'Über 1.200 Häuser — “evacuated” — 避難 🚒', '{"title":"Brände: 3 Tote"}'],
  ])('gives back the raw text and analysis of an article (%s)', (_, raw, analysis) => {
    const blob = packArticle(raw, analysis);
    expect(blob).toBeInstanceOf(Buffer);
    expect(unpackArticle(blob)).toEqual({ raw, analysis });
    expect(unpackArticle(packArticle(Buffer.from(raw), Buffer.from(analysis)))).toEqual({ raw, analysis });
  });

  it('stores an analysis that repeats its text in far fewer bytes', () => {
    const text = Array.from({ length: 40 }, (_, i) => `Crews fought ${i + 3} fires near the ridge on day ${i}.`).join(
      ' ',
    );
    const analysis = JSON.stringify({ text, sentences: text.split('. ').map((s, i) => ({ index: i, text: s })) });
    expect(packArticle(text, analysis).length).toBeLessThan((text.length + analysis.length) / 4);
  });

  it('gives back a JSON record, and passes the plain text of an older row through', () => {
    const json = JSON.stringify({ id: '', document: '', value: 1.5e-7, status: 'asserted', via: ['Red Cross'] });
    const blob = packJson(json);
    expect(blob.length).toBeLessThan(json.length);
    expect(unpackJson(blob)).toBe(json);
    expect(unpackJson(json)).toBe(json);
  });

  it('keeps a short record plain and deflates a long one, and reads both back', () => {
    const short = JSON.stringify({ id: 'rainfall-mm', claims: ['a:1', 'b:2'], label: 'Rainfall' });
    const long = JSON.stringify({ id: 'homes-flooded', claims: Array.from({ length: 400 }, (_, i) => `doc${i}:${i}`) });
    expect(packRecord(short)).toBe(short);
    expect(packRecord(long)).toBeInstanceOf(Buffer);
    expect(unpackJson(packRecord(short))).toBe(short);
    expect(unpackJson(packRecord(long))).toBe(long);
  });

  it('refuses a BLOB of another format rather than misreading it', () => {
    expect(() => unpackArticle(packJson('{}'))).toThrow(/format/);
    expect(() => unpackJson(packArticle('a', '{}'))).toThrow(/format/);
  });
});
