import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { analysisJson } from './article.js';

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
