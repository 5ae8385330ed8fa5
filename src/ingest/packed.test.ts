import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse.js';
import { analysisJson, type Article } from '../article.js';
import { articleFromPacked, packAnalysis, storedAnalysis, storedAnalysisText } from './packed.js';

const page = `<html><head><title>Floods close 12 roads</title></head><body><article>
<h1>Floods close 12 roads</h1><p>By Ana Ruiz</p>
<p>LISBON (Reuters) — Officials said on Tuesday that 12 roads were closed and “about 300” homes were flooded.</p>
<p>“We expect another 50 homes to be evacuated,” the mayor said.</p></article></body></html>`;

describe('analysisJson', () => {
  it('is the article less its raw input, as JSON', () => {
    const article = analyse({ source: 'p.html', raw: page, format: 'html' }, {});
    const json = analysisJson(article);
    const back = JSON.parse(json) as Record<string, unknown>;
    expect(back.raw).toBeUndefined();
    const { raw: _raw, ...rest } = article;
    expect(back).toEqual(JSON.parse(JSON.stringify(rest)));
    expect(article.claims.length).toBeGreaterThan(0);
  });
});

describe('packAnalysis / articleFromPacked', () => {
  it('packed field by field, it is exactly that JSON as UTF-8, and an article read back from it equals the analysed one', () => {
    const bytes = Buffer.from(page);
    const article = analyse({ source: 'p.html', raw: bytes, format: 'html' }, {});
    const json = analysisJson(article);
    const packed = packAnalysis(article);
    expect(Buffer.from(packed.bytes).toString('utf8')).toBe(json);
    // A buffer of its own, so it can move to another thread.
    expect(packed.bytes.byteOffset).toBe(0);
    expect(packed.bytes.buffer.byteLength).toBe(packed.bytes.byteLength);
    expect(packed.keys).toEqual(Object.keys(JSON.parse(json)));
    const made = articleFromPacked(packed, bytes);
    expect(made).toEqual(article);
    expect(Object.keys(made).sort()).toEqual(Object.keys(article).sort());
    expect(made.raw).toBe(bytes);
    // The store is given the bytes the article came as; any other article, its JSON.
    expect(storedAnalysis(made)).toBe(packed.bytes);
    expect(analysisJson(made)).toBe(json);
    expect(storedAnalysisText(made)).toBe(json);
    const copy = { ...made };
    expect(storedAnalysis(copy)).toBe(json);
  });

  it('packs what JSON.stringify would write: fields left out when undefined, any characters in the text', () => {
    const article = analyse(
      {
        source: 'a.txt',
        raw: 'Officials said “about 300” homes – in Zürich, 東京 and 😀 – were flooded.',
        format: 'text',
      },
      {},
    );
    const odd = { ...article, headline: undefined, text: `${article.text} \ud800 "quoted" \\ \n` } as Article;
    const packed = packAnalysis(odd);
    expect(Buffer.from(packed.bytes).toString('utf8')).toBe(analysisJson(odd));
    expect(packed.keys).not.toContain('headline');
    expect(articleFromPacked(packed, odd.raw).text).toBe(odd.text);
  });

  it('reads every field when the article is made: a field that is not JSON fails there', () => {
    const article = analyse(
      { source: 'a.txt', raw: 'Officials said on Tuesday that about 300 homes were flooded.', format: 'text' },
      {},
    );
    const packed = packAnalysis(article);
    const i = packed.keys.indexOf('sentences');
    const spoilt = { ...packed, bytes: Buffer.from(packed.bytes) };
    spoilt.bytes.fill(0x20, packed.at[2 * i]!, packed.at[2 * i + 1]!);
    expect(() => articleFromPacked(spoilt, article.raw)).toThrow(/JSON/);
    const good = articleFromPacked(packed, article.raw);
    expect(Object.getOwnPropertyDescriptor(good, 'sentences')?.value).toEqual(article.sentences);
    expect({ ...good }).toEqual({ ...article });
  });

  it('refuses what is not a packed analysis, and a field that is not JSON', () => {
    expect(() => articleFromPacked({ bytes: Buffer.from('{}'), keys: ['id'], at: [] }, '')).toThrow(
      /not a packed analysis/,
    );
    expect(() => articleFromPacked({ bytes: Buffer.from('{"id":nope}'), keys: ['id'], at: [6, 10] }, '')).toThrow(
      /JSON/,
    );
  });

  it('keeps the raw text it is given, and nothing of it in the JSON', () => {
    const article = analyse({ source: 'a.txt', raw: 'The council said 200 homes were flooded.', format: 'text' }, {});
    const made = articleFromPacked(packAnalysis(article), article.raw);
    expect(made.raw).toBe('The council said 200 homes were flooded.');
    expect(analysisJson(made)).not.toContain('"raw"');
  });
});
