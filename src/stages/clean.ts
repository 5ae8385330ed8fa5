/**
 * clean: raw input → the cleaned body text, a map back to the raw offsets,
 * and every dropped block with the reason and rule (users want to see what
 * was dropped and why).
 *
 * - text / markdown / text records: line rules + header/footer regions (clean/text.ts)
 * - HTML / HTML records: a block extractor (fast tokenising scorer by
 *   default, Readability.js over linkedom selectable with
 *   `config.htmlExtractor = 'readability'`), then the same line rules over
 *   its blocks. Deeply nested pages always take the non-recursive path.
 *
 * Offsets: for text and markdown every segment is exact
 * (`text.slice(start, start+length) === raw.slice(rawStart, rawStart+rawLength)`).
 * For HTML a segment is one block and maps to the raw range from its first
 * to its last text run (markup and entities inside, so `rawLength` differs
 * from `length`: positions inside are interpolated). The Readability path
 * locates blocks by searching the raw page for their words; a block it
 * cannot find has `rawStart` -1.
 */
import { isUtf8 } from 'node:buffer';
import { message, rawText, type Article } from '../article.js';
import { errorText } from '../errors.js';
import type { Context, Stage } from '../pipeline.js';
import { cleanLines, cleanText, type CleanResult } from './clean/text.js';
import { htmlMeta } from './clean/html-meta.js';
import { maxDepth, utf8Source, type PageSource } from './clean/html-tokens.js';
import { readabilityBlocks, type HtmlBlocks } from './clean/html-readability.js';
import { fastBlocks } from './clean/html-fast.js';

/** Deeper than this, DOM-based extraction (which recurses) is not attempted. */
export const MAX_DOM_DEPTH = 400;

/** true when a record's raw text is HTML rather than plain text. */
export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 5000);
  if (/^\s*<(?:!doctype|html|head|body)\b/i.test(head)) return true;
  const tags = head.match(
    /<\/?(?:p|div|br|span|a|article|section|h[1-6]|li|ul|img|strong|em|b|i|figure|table)\b[^<>]{0,300}>/gi,
  );
  return (tags?.length ?? 0) >= 2;
}

/** A line that opens with a tag: a page's markup saved as text, not a sentence with an inline `<b>` in it. */
const LINE_OPENS_WITH_TAG = /^[ \t]*<[a-z][a-z0-9]*\b[^<>\n]{0,300}>/im;

export type HtmlExtractor = 'fast' | 'readability';

/**
 * The page as the HTML extractors read it: its UTF-8 bytes as they came
 * ({@link utf8Source}, never decoded whole) when the article holds them and
 * they start and end with an ASCII character, else its text. Every offset
 * either gives is an offset in the decoded page.
 */
function pageOf(article: Article): PageSource | string {
  const bytes = article.raw;
  if (typeof bytes === 'string') return bytes;
  // Ingest's bytes are valid UTF-8 with no byte-order mark and an ASCII first character (read's plainUtf8);
  // an ASCII last one keeps every cut the tokenizer makes between characters, even in an unclosed last tag.
  if (bytes.length && bytes[0]! < 0x80 && bytes[bytes.length - 1]! < 0x80 && isUtf8(bytes)) return utf8Source(bytes);
  return rawText(article);
}

function cleanHtml(article: Article, ctx: Context): CleanResult {
  // fast is the default: F1 0.972 vs 0.964 for the Readability path on the extraction benchmark (bench:extract), and
  // ~7x faster.
  const choice: HtmlExtractor = ctx.config?.htmlExtractor ?? 'fast';
  const page = choice === 'fast' ? pageOf(article) : rawText(article);
  const raw = typeof page === 'string' ? page : '';
  const meta = htmlMeta(page);
  let extracted: HtmlBlocks | null = null;
  // The fast extractor never recurses; only the DOM path needs the depth check.
  if (choice === 'readability' && maxDepth(raw, MAX_DOM_DEPTH + 1) > MAX_DOM_DEPTH) {
    message(article, 'clean', 'W_HTML_DEEP', errorText('W_HTML_DEEP', { file: article.source, depth: MAX_DOM_DEPTH }));
  } else if (choice === 'readability') {
    try {
      extracted = readabilityBlocks(raw);
    } catch (err) {
      message(
        article,
        'clean',
        'W_HTML_DEEP',
        `Readability could not parse \`${article.source}\` (${String((err as Error)?.message ?? err)}); the fast extractor was used instead.`,
      );
    }
  }
  if (!extracted || extracted.empty) {
    extracted = fastBlocks(page);
    if ((extracted.depth ?? 0) > MAX_DOM_DEPTH && !article.messages.some((m) => m.code === 'W_HTML_DEEP')) {
      message(
        article,
        'clean',
        'W_HTML_DEEP',
        errorText('W_HTML_DEEP', { file: article.source, depth: MAX_DOM_DEPTH }),
      );
    }
  }
  if (extracted.empty) {
    message(article, 'clean', 'E_HTML_NO_BODY', errorText('E_HTML_NO_BODY', { file: article.source }));
    return { text: '', offsets: [], dropped: [...meta, ...extracted.dropped] };
  }
  const titles = meta.filter((d) => d.reason === 'title').map((d) => d.text);
  const result = cleanLines(extracted.lines, ctx, { regions: false, titles, repeated: false });
  return { ...result, dropped: [...meta, ...extracted.dropped, ...result.dropped] };
}

/** The clean stage. */
export const cleanStage: Stage = {
  name: 'clean',
  needs: ['raw'],
  gives: ['text', 'offsets', 'dropped'],
  run(article: Article, ctx: Context) {
    // An HTML page is read as it is held (pageOf); any other input as its text.
    const text = article.format === 'html' ? null : rawText(article);
    const html = text === null || (article.format === 'record' && looksLikeHtml(text));
    const markup = !html && article.format === 'text' && looksLikeHtml(text) && LINE_OPENS_WITH_TAG.test(text);
    const result = html ? cleanHtml(article, ctx) : cleanText(text, ctx, article.format === 'markdown', markup);
    article.text = result.text;
    article.offsets = result.offsets;
    article.dropped = result.dropped;
    if (result.headline)
      article.headline = { ...result.headline, text: result.text.slice(result.headline.start, result.headline.end) };
  },
};
