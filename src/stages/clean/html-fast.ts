/**
 * The fast HTML extractor: one pass of the linear tokenizer builds blocks
 * (paragraph-level text runs with raw offsets) and a light element tree
 * (parent links, text and link-text counts), without a DOM. The main
 * content is the element with the best Readability-style score (paragraph
 * text credited to parent and grandparent, commas as a signal, scaled down
 * by link density), plus siblings scoring close to it. Blocks inside
 * boilerplate containers (nav, header, footer, aside, forms, share bars,
 * comment sections, related-story lists) are dropped with the reason.
 * No recursion anywhere: a page nested 100,000 levels deep is fine.
 */
import type { HtmlBlocks } from './html-readability.js';
import { choose, type Block, type El } from './html-score.js';
import { attr, BLOCK, decodeEntities, sourceOf, tokenize, VOID, type PageSource } from './html-tokens.js';
import { leadingSpace, nonSpaceLength, trailingSpace } from '../space.js';

/** Elements whose whole subtree is never main text, with the reason. */
const SKIP_TAG: Record<string, string> = {
  button: 'widget',
  select: 'widget',
  figcaption: 'caption',
  head: 'head',
  title: 'head',
  label: 'widget',
  option: 'widget',
  dialog: 'widget',
  script: 'script',
  style: 'script',
  noscript: 'script',
  template: 'script',
  svg: 'script',
  iframe: 'script',
  object: 'script',
  textarea: 'widget',
  input: 'widget',
  canvas: 'script',
  map: 'script',
};
/**
 * Containers that are usually boilerplate but sometimes wrap a whole page
 * (a `<form>` around an ASP.NET page, a `<header>` around an article): they
 * are judged after the main content is chosen, and only dropped when they
 * sit inside it or beside it, never when they contain it.
 */
const SOFT_TAG: Record<string, string> = {
  nav: 'navigation',
  header: 'header',
  footer: 'footer',
  aside: 'aside',
  form: 'form',
  menu: 'navigation',
};
const HEADING = /^h[1-6]$/;
/**
 * White space other than one plain space: where `replace(/\s+/g, ' ')` changes a text (else it would copy it
 * unchanged).
 */
const SQUEEZABLE = /[^\S ]| {2}/;
// Class/id words of boilerplate containers (cf. Readability's unlikelyCandidates, trafilatura's discard lists).
const BAD_CLASS =
  /(?:^|[\s_-])(?:share|sharing|social|comments?|comment-list|disqus|related|recommend\w*|newsletter|subscribe|subscription|signup|sign-up|promo|advert\w*|ads?|ad-slot|adslot|sponsor\w*|sidebar|side-bar|breadcrumbs?|cookie\w*|consent|popup|modal|nav|navbar|navigation|menu|masthead|footer|site-footer|site-header|toolbar|tags?|tag-list|taglist|author-bio|bio-box|more-stories|most-popular|popular|trending|outbrain|taboola|widget|rail|byline|dateline|timestamp|caption|credit|skip-link|visually-hidden|sr-only|hidden|print-only|screen-reader-text|read-more|readmore|jump-link|donate|banner)(?:$|[\s_-])/i;
const GOOD_CLASS =
  /(?:^|[\s_-])(?:article|articlebody|article-body|story|story-body|post|entry|entry-content|content|main|body|text|prose|blog|news)(?:$|[\s_-])/i;

/** Extract main-text blocks from HTML without building a DOM. Block offsets are in the page's text. */
export function fastBlocks(page: string | PageSource): HtmlBlocks {
  const src = sourceOf(page);
  const els: El[] = [
    { name: '#root', parent: -1, text: 0, link: 0, score: 0, paras: 0, skip: null, bad: null, badAnc: -1, cls: '' },
  ];
  const stack: number[] = [0];
  const blocks: Block[] = [];
  let buf = '';
  let bufStart = -1;
  let bufEnd = -1;
  let bufLink = 0;
  let linkDepth = 0;
  let deepest = 0;
  const top = () => stack[stack.length - 1]!;
  // Skipping is inherited: each element records it when opened.
  const skipOf = (): string | null => els[top()]!.skip;
  const flush = () => {
    // Runs of white space become one space; most runs already are one (a replace would copy the text anyway).
    const text = (SQUEEZABLE.test(buf) ? buf.replace(/[\s\u00a0]+/g, ' ') : buf).trim();
    if (text) {
      const el = top();
      const h = HEADING.test(els[el]!.name);
      blocks.push({
        text,
        rawStart: bufStart,
        rawEnd: bufEnd,
        el,
        linkChars: bufLink,
        heading: h,
        skip: skipOf(),
        badAnc: els[el]!.badAnc,
      });
    }
    buf = '';
    bufStart = bufEnd = -1;
    bufLink = 0;
  };

  for (const t of tokenize(src)) {
    if (t.kind === 'text') {
      const s = src.text(t.start, t.end);
      // The white space it starts and ends with (what trim() would take off), found without copying.
      const lead = leadingSpace(s);
      if (lead === s.length) {
        if (buf) buf += ' ';
        continue;
      }
      const decoded = decodeEntities(s);
      if (bufStart < 0) bufStart = src.at(t.start) + lead;
      bufEnd = src.at(t.end) - trailingSpace(s);
      buf += decoded;
      const n = nonSpaceLength(decoded);
      if (linkDepth > 0) bufLink += n;
      // Count text on the nearest few ancestors (bounded walk: deep pages stay linear).
      let e = top();
      for (let k = 0; k < 6 && e > 0; k++, e = els[e]!.parent) {
        els[e]!.text += n;
        if (linkDepth > 0) els[e]!.link += n;
      }
      continue;
    }
    const name = t.name;
    if (t.kind === 'open') {
      if (name === 'br' || name === 'hr') {
        flush();
        continue;
      }
      if (BLOCK.has(name) || SKIP_TAG[name] || SOFT_TAG[name]) flush();
      if (VOID.has(name) || t.selfClosing) continue;
      // Implicitly closed elements: a new <p> or <li> ends an open one.
      if ((name === 'p' || name === 'li') && els[top()]!.name === name) closeTo(name);
      const parent = top();
      let skip = els[parent]!.skip;
      let bad: string | null = null;
      // class, id and role are read only for an element that is not skipped: a skipped one is never scored.
      let cls = '';
      if (!skip) {
        if (SKIP_TAG[name]) skip = SKIP_TAG[name]!;
        else if (/(?:^|\s)hidden(?:\s|=|$)|aria-hidden\s*=\s*["']?true|display\s*:\s*none/i.test(t.attrs))
          skip = 'hidden';
        else {
          cls = `${attr(t.attrs, 'class') ?? ''} ${attr(t.attrs, 'id') ?? ''} ${attr(t.attrs, 'role') ?? ''}`;
          if (SOFT_TAG[name]) bad = SOFT_TAG[name]!;
          else if (
            name !== 'body' &&
            name !== 'html' &&
            name !== 'article' &&
            name !== 'main' &&
            leadingSpace(cls) < cls.length &&
            BAD_CLASS.test(cls) &&
            !GOOD_CLASS.test(cls)
          )
            bad = classReason(cls);
          else if (/role\s*=\s*["']?(?:navigation|banner|contentinfo|complementary|search|dialog)/i.test(t.attrs))
            bad = 'navigation';
        }
      }
      if (name === 'a') linkDepth++;
      const id = els.length;
      els.push({
        name,
        parent,
        text: 0,
        link: 0,
        score: 0,
        paras: 0,
        skip,
        bad,
        badAnc: bad ? id : els[parent]!.badAnc,
        cls,
      });
      stack.push(els.length - 1);
      if (stack.length > deepest) deepest = stack.length;
    } else {
      if (BLOCK.has(name) || SKIP_TAG[name] || SOFT_TAG[name]) flush();
      if (VOID.has(name)) continue;
      closeTo(name);
    }
  }
  flush();

  function closeTo(name: string): void {
    // Pop to the matching open element if it is near the top; ignore stray end tags.
    for (let i = stack.length - 1, k = 0; i > 0 && k < 40; i--, k++) {
      if (els[stack[i]!]!.name === name) {
        while (stack.length > i) {
          const id = stack.pop()!;
          if (els[id]!.name === 'a' && linkDepth > 0) linkDepth--;
        }
        return;
      }
    }
  }

  return { ...choose(els, blocks), depth: deepest };
}

function classReason(cls: string): string {
  if (/share|social|toolbar|widget/i.test(cls)) return 'widget';
  if (/comment|disqus/i.test(cls)) return 'comment-form';
  if (/related|recommend|more-stories|popular|trending|outbrain|taboola|read-?more/i.test(cls)) return 'teaser';
  if (/newsletter|subscri|signup|sign-up|paywall|donate/i.test(cls)) return 'signup';
  if (/caption|credit/i.test(cls)) return 'caption';
  if (/byline|dateline|timestamp/i.test(cls)) return 'byline';
  if (/ad|sponsor|promo|banner|outbrain/i.test(cls)) return 'advert';
  return 'navigation';
}
