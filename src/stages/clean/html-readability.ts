/**
 * HTML → blocks with Readability.js over linkedom. Captions (`figcaption`)
 * are taken out first and reported apart. Readability works on a DOM without
 * source positions, so each block is located in the raw HTML by searching
 * for its opening words: offsets are best-effort (`exact: false`).
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityType } from '@mozilla/readability';
import type { parseHTML as parseHTMLType } from 'linkedom';
import type { Dropped } from '../../article.js';
import type { Line } from './text.js';
import { Locator } from './locate.js';
import { BLOCK } from './html-tokens.js';

export interface HtmlBlocks {
  lines: Line[];
  dropped: Dropped[];
  /** Readability found no article. */
  empty: boolean;
  /** Deepest element nesting seen (fast extractor only). */
  depth?: number;
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  remove?: () => void;
}

const require = createRequire(import.meta.url);
let libs: { Readability: typeof ReadabilityType; parseHTML: typeof parseHTMLType } | undefined;
/**
 * linkedom and Readability.js, loaded on first use (their CommonJS builds, so
 * the stage stays synchronous): this path is opt-in (`htmlExtractor:
 * 'readability'`), and loading them at import would slow every process's and
 * worker thread's start, whichever extractor it used.
 */
function domLibs(): NonNullable<typeof libs> {
  return (libs ??= {
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityType }).Readability,
    parseHTML: (require('linkedom') as { parseHTML: typeof parseHTMLType }).parseHTML,
  });
}

/** Run Readability; return its article as blocks. Throws only if linkedom/Readability do. */
export function readabilityBlocks(html: string): HtmlBlocks {
  const { Readability, parseHTML } = domLibs();
  const { document } = parseHTML(html);
  const dropped: Dropped[] = [];
  const loc = new Locator(html);
  for (const cap of Array.from(document.querySelectorAll('figcaption')) as unknown as DomNode[]) {
    const text = (cap.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) {
      const at = loc.find(text, false);
      dropped.push({
        rawStart: at?.start ?? -1,
        rawEnd: at?.end ?? -1,
        text,
        reason: 'caption',
        by: 'clean/html-caption',
      });
    }
    cap.remove?.();
  }
  const reader = new Readability(document as unknown as Document, { serializer: (node: Node) => node as unknown });
  const result = reader.parse();
  const root = result?.content as unknown as DomNode | null | undefined;
  if (!root) return { lines: [], dropped, empty: true };
  const texts = blockTexts(root);
  const lines: Line[] = [];
  for (const text of texts) {
    const at = loc.find(text, true);
    lines.push({
      text,
      rawStart: at?.start ?? -1,
      rawEnd: at?.end ?? -1,
      afterBlank: true,
      verdict: null,
      heading: false,
      exact: false,
    });
  }
  return { lines, dropped, empty: lines.length === 0 };
}

/** Text of each block of a DOM subtree, iteratively (no recursion, any depth). */
export function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? ' ' : ' ')).trim();
    if (t) out.push(t);
    cur = '';
  };
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    const name = node.nodeName.toLowerCase();
    if (exit) {
      if (BLOCK.has(name)) flush();
      continue;
    }
    if (node.nodeType === 3) {
      cur += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') continue;
    if (BLOCK.has(name)) flush();
    stack.push({ node, exit: true });
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  flush();
  return out;
}
