import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { analysisJson, articleFromAnalysis } from './article.js';

const page = `<html><head><title>Floods close 12 roads</title></head><body><article>
<h1>Floods close 12 roads</h1><p>By Ana Ruiz</p>
<p>LISBON (Reuters) — Officials said on Tuesday that 12 roads were closed and “about 300” homes were flooded.</p>
<p>“We expect another 50 homes to be evacuated,” the mayor said.</p></article></body></html>`;

describe('analysisJson / articleFromAnalysis', () => {
  it('is the article less its raw text, as JSON', () => {
    const article = analyse({ source: 'p.html', raw: page, format: 'html' }, {});
    const json = analysisJson(article);
    const back = JSON.parse(json) as Record<string, unknown>;
    expect(back.raw).toBeUndefined();
    expect(back.utf8).toBeUndefined();
    const { raw: _raw, utf8: _utf8, ...rest } = article;
    expect(back).toEqual(JSON.parse(JSON.stringify(rest)));
    expect(article.claims.length).toBeGreaterThan(0);
  });

  it('an article made from that JSON equals the analysed one and gives the same string back', () => {
    const bytes = Buffer.from(page);
    const article = analyse({ source: 'p.html', raw: '', utf8: bytes, format: 'html' }, {});
    const json = analysisJson(article);
    const made = articleFromAnalysis(json, '', bytes);
    expect(made).toEqual(article);
    expect(made.utf8).toBe(bytes);
    expect(analysisJson(made)).toBe(json);
    // Another article with equal content serialises itself: the string is kept per article, not per content.
    const copy = { ...made };
    expect(analysisJson(copy)).toBe(json);
  });

  it('keeps the raw text it is given, and nothing of it in the JSON', () => {
    const article = analyse({ source: 'a.txt', raw: 'The council said 200 homes were flooded.', format: 'text' }, {});
    const made = articleFromAnalysis(analysisJson(article), article.raw);
    expect(made.raw).toBe('The council said 200 homes were flooded.');
    expect(made.utf8).toBeUndefined();
    expect(analysisJson(made)).not.toContain('"raw"');
  });
});
