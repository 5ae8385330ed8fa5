import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../article.js';
import { createContext } from '../pipeline.js';
import { cleanStage } from './clean.js';
import { metadataStage } from './metadata.js';

const pieces = [
  'Share',
  'facebookfacebook',
  '•',
  '-',
  '+',
  '\n',
  '\n\n',
  ' ',
  'SEOUL, Oct. 18 (Yonhap) -- ',
  'By Jane Doe',
  '2 days ago',
  '(END)',
  '(C) Yonhap News Agency',
  'Copyright 2024 The Associated Press. All rights reserved.',
  '━ more like this',
  'Related',
  'LEAVE A REPLY',
  'Officials said 12 people died.',
  'The storm, which hit on Monday, destroyed 300 homes, the agency said.',
  'Thursday (Jun 26)',
  '<p>',
  '</p>',
  '<div class="share">',
  '</div>',
  '<figcaption>',
  '</figcaption>',
  '<script>',
  '</script>',
  '&amp;',
  '&#x2014;',
  '<',
  '>',
  '"',
  '“',
  '”',
  '(',
  ')',
  '1,',
  '000',
  'Source: AFP/lh',
  '▲ photo (Yonhap)',
  'https://img.example.com/a.jpg',
  '# Heading',
  '[link](http://x)',
];
const text = fc
  .array(
    fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 })),
    { maxLength: 60 },
  )
  .map((xs) => xs.join(''));

function run(raw: string, format: Article['format']): Article {
  const article = createArticle({ source: 'prop', raw, format });
  const ctx = createContext({ lineCounts: new Map([['Share', 5]]), batchSize: 6 });
  cleanStage.run(article, ctx);
  metadataStage.run(article, ctx);
  return article;
}

describe('clean + metadata on arbitrary input', () => {
  for (const format of ['text', 'markdown', 'html', 'record'] as const) {
    it(`never throws; offsets, dropped and spans stay consistent (${format})`, () => {
      fc.assert(
        fc.property(text, (raw) => {
          const a = run(raw, format);
          let prev = 0;
          for (const seg of a.offsets) {
            expect(seg.start).toBeGreaterThanOrEqual(prev);
            expect(seg.start + seg.length).toBeLessThanOrEqual(a.text.length);
            expect(seg.rawStart + seg.rawLength).toBeLessThanOrEqual(raw.length);
            if (format === 'text')
              expect(a.text.slice(seg.start, seg.start + seg.length)).toBe(
                raw.slice(seg.rawStart, seg.rawStart + seg.rawLength),
              );
            prev = seg.start + seg.length;
          }
          for (const d of a.dropped) expect(d.reason && d.by).toBeTruthy();
          const m = a.meta;
          for (const v of [m.title, m.outlet, m.byline, m.dateline, m.language, m.published, ...m.wire]) {
            if (v?.span) expect(a.text.slice(v.span.start, v.span.end)).toBe(v.span.text);
          }
          if (m.published) expect(m.published.value.iso).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        }),
        { numRuns: 300 },
      );
    });
  }
});
