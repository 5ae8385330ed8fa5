import { describe, expect, it } from 'vitest';
import { markdownSafe, markdownText, markdownUrl, plainText, terminalSafe } from './safe.js';
import { renderMarkdown, renderTerminal } from './render.js';
import type { StoryReport } from './build.js';

describe('plainText', () => {
  it.each([
    ['Flood toll rises', 'Flood toll rises'],
    ['a\u001b[2J\u001b[Hcleared', 'acleared'],
    ['\u001b]0;owned\u0007title', 'title'],
    ['\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['bell\u0007 and NUL\u0000', 'bell and NUL'],
    ['fake\rline', 'fakeline'],
    ['C1 \u009b31m csi', 'C1 31m csi'],
    ['keeps\ttab and\nnewline', 'keeps\ttab and\nnewline'],
    ['Zelenskyy — «quoted» 12,000', 'Zelenskyy — «quoted» 12,000'],
  ])('%j → %j', (input, out) => expect(plainText(input)).toBe(out));
});

describe('markdown', () => {
  it.each([
    ['<script>x=1</script> toll', '&lt;script&gt;x=1&lt;/script&gt; toll'],
    ['<img src=x onerror="y()">', '&lt;img src=x onerror="y()"&gt;'],
    ['AT&T', 'AT&amp;T'],
  ])('text %j → %j', (input, out) => expect(markdownText(input)).toBe(out));
  it.each([
    ['https://news.example/a', 'https://news.example/a'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>', null],
    ['https://news.example/a) [x](javascript:y', 'https://news.example/a%29%20[x]%28javascript:y'],
  ])('url %j → %j', (input, out) => expect(markdownUrl(input)).toBe(out));
});

describe('rendered reports carry no hostile text', () => {
  const report = {
    articles: [
      {
        n: 1,
        title: '\u001b]0;pwned\u0007<img src=x onerror="z()">Toll',
        source: 'a.txt',
        url: 'javascript:alert(1)',
        outlet: 'Daily\u001b[31m',
        published: null,
        wire: [],
        duplicates: [],
        copies: [],
      },
    ],
    figures: [],
    quotes: [],
  } as unknown as StoryReport;
  it('terminal: no escape characters from the data', () => {
    expect(renderTerminal(report)).not.toMatch(/[\u001b\u0007]/);
    expect(terminalSafe(report).articles[0]!.title).toBe('<img src=x onerror="z()">Toll');
  });
  it('markdown: no raw HTML and no javascript: link', () => {
    const md = renderMarkdown(report);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('javascript:');
    expect(markdownSafe(report).articles[0]!.url).toBeNull();
  });
});
