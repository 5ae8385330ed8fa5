import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../analyse.js';
import { fastBlocks } from './html-fast.js';
import { htmlMeta } from './html-meta.js';
import { tokenize, utf8Source } from './html-tokens.js';

/** The tokens of a page read as bytes, with their positions turned into offsets in the text. */
const byteTokens = (html: string) => {
  const src = utf8Source(Buffer.from(html, 'utf8'));
  return [...tokenize(src)].map((t) => ({ ...t, start: src.at(t.start), end: src.at(t.end) }));
};

// Markup, the characters that make UTF-8 longer (2, 3 and 4 bytes: é, curly quotes, an emoji), the spaces a
// regular expression's \s knows past ASCII (no-break, em, ideographic), entities, raw-text elements, metadata.
const PIECES = [
  '<p>',
  '</p>',
  '<div class="story body">',
  '<div class=a\u00a0hidden>',
  '</div>',
  '<br>',
  '<a href="/x">',
  '</a>',
  '<h1>',
  '</h1>',
  '<nav>',
  '</nav>',
  '<script>',
  '</script>',
  '<script type="application/ld+json">',
  '{"@type":"NewsArticle","headline":"Héadline “q”","datePublished":"2024-10-23"}',
  '<style>p{}</style>',
  '<!-- c é -->',
  '<title>',
  '</title>',
  '<meta property="og:title" content="Tïtle “x”">',
  '<meta name=author content=Zelenskyy\u00a0Z>',
  '<time datetime="2024-10-23">',
  '<html lang="en">',
  '<body>',
  '<É>',
  '</é>',
  '<img alt="😀">',
  ' ',
  '\n',
  'text',
  'é',
  '“',
  '’',
  '😀',
  '\u00a0',
  '\u2003',
  '\u3000',
  '&amp;',
  '&rsquo;',
  '&#8220;',
  'North Korea sent 1,500 troops.',
  '<',
  '>',
  '"',
  "'",
  '=',
  '<p class="x',
  '<span title="a>b">',
];

describe('HTML read as UTF-8 bytes', () => {
  it('gives the tokens, blocks and metadata the decoded page gives, at the same offsets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        // The page the bytes path is used for: an ASCII first and last character (clean.ts pageOf).
        const html = `<html>${parts.join('')}\n`;
        const bytes = Buffer.from(html, 'utf8');
        expect(byteTokens(html)).toEqual([...tokenize(html)]);
        expect(htmlMeta(utf8Source(bytes))).toEqual(htmlMeta(html));
        expect(fastBlocks(utf8Source(bytes))).toEqual(fastBlocks(html));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps byte positions past 2-, 3- and 4-byte characters to UTF-16 offsets', () => {
    const html = 'é<p>“😀”</p>x';
    const src = utf8Source(Buffer.from(html, 'utf8'));
    const lt = src.s.indexOf('<p>');
    expect(src.at(lt)).toBe(html.indexOf('<p>'));
    expect(src.at(src.s.length)).toBe(html.length);
    expect(src.text(lt + 3, src.s.indexOf('</p>'))).toBe('“😀”');
    expect(src.text(0, lt)).toBe('é');
  });

  it('analyses a page given as bytes as it analyses its text', () => {
    const html =
      '<html><head><title>Troops “sent”</title></head><body><article><p>North Korea has sent about 1,500 troops to Russia, Seoul’s spy agency said on Friday.</p><p>Another 1,500 are expected, officials said — “soon”.</p></article></body></html>\n';
    const fromText = analyse({ source: 'p.html', raw: html, format: 'html' });
    const bytes = Buffer.from(html, 'utf8');
    const fromBytes = analyse({ source: 'p.html', raw: bytes, format: 'html' });
    expect(fromBytes.raw).toBe(bytes);
    const { raw: _r1, ...a } = fromText;
    const { raw: _r2, ...b } = fromBytes;
    expect(b).toEqual(a);
    expect(a.claims.length).toBeGreaterThan(0);
  });

  // The benchmark's real pages, when they are beside the repository (they are not shipped with it).
  const dir = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '../../../../shared/bench/article-extraction/html',
  );
  it.skipIf(!existsSync(dir))('reads every benchmark page as bytes as it reads its text', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz'));
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const bytes = gunzipSync(readFileSync(path.join(dir, f)));
      const html = bytes.toString('utf8');
      expect(htmlMeta(utf8Source(bytes)), f).toEqual(htmlMeta(html));
      expect(fastBlocks(utf8Source(bytes)), f).toEqual(fastBlocks(html));
    }
  });
});
