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
import type { Dropped } from '../../article.js';
import type { HtmlBlocks } from './html-readability.js';
import type { Line } from './text.js';
import { attr, decodeEntities, tokenize, VOID } from './html-tokens.js';

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'blockquote', 'pre', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'hr', 'br', 'form', 'address',
  'details', 'summary', 'body', 'html', 'center', 'fieldset', 'legend', 'caption', 'menu', 'dialog', 'hgroup', 'picture', 'video', 'audio',
]);
/** Elements whose whole subtree is never main text, with the reason. */
const SKIP_TAG: Record<string, string> = {
  button: 'widget', select: 'widget', figcaption: 'caption', head: 'head', title: 'head', label: 'widget', option: 'widget',
  dialog: 'widget', script: 'script', style: 'script', noscript: 'script', template: 'script', svg: 'script', iframe: 'script',
  object: 'script', textarea: 'widget', input: 'widget', canvas: 'script', map: 'script',
};
/**
 * Containers that are usually boilerplate but sometimes wrap a whole page
 * (a `<form>` around an ASP.NET page, a `<header>` around an article): they
 * are judged after the main content is chosen, and only dropped when they
 * sit inside it or beside it, never when they contain it.
 */
const SOFT_TAG: Record<string, string> = { nav: 'navigation', header: 'header', footer: 'footer', aside: 'aside', form: 'form', menu: 'navigation' };
const HEADING = /^h[1-6]$/;
// Class/id words of boilerplate containers (cf. Readability's unlikelyCandidates, trafilatura's discard lists).
const BAD_CLASS = /(?:^|[\s_-])(?:share|sharing|social|comments?|comment-list|disqus|related|recommend\w*|newsletter|subscribe|subscription|signup|sign-up|promo|advert\w*|ads?|ad-slot|adslot|sponsor\w*|sidebar|side-bar|breadcrumbs?|cookie\w*|consent|popup|modal|nav|navbar|navigation|menu|masthead|footer|site-footer|site-header|toolbar|tags?|tag-list|taglist|author-bio|bio-box|more-stories|most-popular|popular|trending|outbrain|taboola|widget|rail|byline|dateline|timestamp|caption|credit|skip-link|visually-hidden|sr-only|hidden|print-only|screen-reader-text|read-more|readmore|jump-link|donate|banner)(?:$|[\s_-])/i;
// Readability's class weights (positive/negative substrings), used as a ±25 bonus on scored candidates.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|image|photo|caption|gallery/i;
const GOOD_CLASS = /(?:^|[\s_-])(?:article|articlebody|article-body|story|story-body|post|entry|entry-content|content|main|body|text|prose|blog|news)(?:$|[\s_-])/i;

interface El {
  name: string;
  parent: number;
  text: number;
  link: number;
  score: number;
  paras: number;
  /** Reason when the whole subtree is never text (scripts, buttons, captions). */
  skip: string | null;
  /** Reason when this element looks like boilerplate by tag or class (judged later). */
  bad: string | null;
  /** Nearest ancestor-or-self with `bad` set, or -1. */
  badAnc: number;
  /** class, id and role, for the class rules and for debugging. */
  cls: string;
}

interface Block {
  text: string;
  rawStart: number;
  rawEnd: number;
  el: number;
  linkChars: number;
  heading: boolean;
  skip: string | null;
  badAnc: number;
}

/** Extract main-text blocks from HTML without building a DOM. */
export function fastBlocks(html: string): HtmlBlocks {
  const els: El[] = [{ name: '#root', parent: -1, text: 0, link: 0, score: 0, paras: 0, skip: null, bad: null, badAnc: -1, cls: '' }];
  const stack: number[] = [0];
  const blocks: Block[] = [];
  let buf = '';
  let bufStart = -1;
  let bufEnd = -1;
  let bufLink = 0;
  let linkDepth = 0;
  let skipDepth = 0; // open elements in skipped subtrees
  let deepest = 0;
  const top = () => stack[stack.length - 1]!;
  const skipOf = (): string | null => {
    // Nearest skipped ancestor: recorded on each element when opened.
    return els[top()]!.skip;
  };
  const flush = () => {
    const text = buf.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) {
      const el = top();
      const h = HEADING.test(els[el]!.name);
      blocks.push({ text, rawStart: bufStart, rawEnd: bufEnd, el, linkChars: bufLink, heading: h, skip: skipOf(), badAnc: els[el]!.badAnc });
    }
    buf = '';
    bufStart = bufEnd = -1;
    bufLink = 0;
  };

  for (const t of tokenize(html)) {
    if (t.kind === 'text') {
      const s = html.slice(t.start, t.end);
      if (!s.trim()) {
        if (buf) buf += ' ';
        continue;
      }
      const decoded = decodeEntities(s);
      if (bufStart < 0) bufStart = t.start + (s.length - s.trimStart().length);
      bufEnd = t.end - (s.length - s.trimEnd().length);
      buf += decoded;
      const n = decoded.replace(/\s+/g, '').length;
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
      const cls = `${attr(t.attrs, 'class') ?? ''} ${attr(t.attrs, 'id') ?? ''} ${attr(t.attrs, 'role') ?? ''}`;
      let skip = els[parent]!.skip;
      let bad: string | null = null;
      if (!skip) {
        if (SKIP_TAG[name]) skip = SKIP_TAG[name]!;
        else if (/(?:^|\s)hidden(?:\s|=|$)|aria-hidden\s*=\s*["']?true|display\s*:\s*none/i.test(t.attrs)) skip = 'hidden';
        else if (SOFT_TAG[name]) bad = SOFT_TAG[name]!;
        else if (name !== 'body' && name !== 'html' && name !== 'article' && name !== 'main' && cls.trim() && BAD_CLASS.test(cls) && !GOOD_CLASS.test(cls)) bad = classReason(cls);
        else if (/role\s*=\s*["']?(?:navigation|banner|contentinfo|complementary|search|dialog)/i.test(t.attrs)) bad = 'navigation';
      }
      if (name === 'a') linkDepth++;
      const id = els.length;
      els.push({ name, parent, text: 0, link: 0, score: 0, paras: 0, skip, bad, badAnc: bad ? id : els[parent]!.badAnc, cls });
      stack.push(els.length - 1);
      if (stack.length > deepest) deepest = stack.length;
      if (skip) skipDepth++;
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
          if (els[id]!.skip && skipDepth > 0) skipDepth--;
        }
        return;
      }
    }
  }

  if (debug) debug(els, blocks);
  return { ...choose(html, els, blocks), depth: deepest };
}

/**
 * Articles split over several containers (sections between pull quotes,
 * ads or embeds): climb from the best element while the ancestor adds
 * mostly prose (paragraph text that is neither link lists nor boilerplate)
 * and stop below the first one that adds mostly other text.
 */
function widen(els: El[], best: number, all: Float64Array, good: Float64Array): number {
  let cur = best;
  for (let k = 0; k < 12; k++) {
    const p = els[cur]!.parent;
    if (p <= 0 || els[p]!.name === 'body' || els[p]!.name === 'html') break;
    const addAll = all[p]! - all[cur]!;
    const addGood = good[p]! - good[cur]!;
    if (addAll <= 0) {
      cur = p;
      continue;
    }
    // The ancestor must add real prose (not one stray paragraph) and little else.
    if (addGood >= 0.6 * addAll && addGood >= Math.max(200, 0.15 * good[cur]!)) cur = p;
    else if (addGood > 0.2 * addAll || addAll > 3 * good[cur]!) break;
    else break;
  }
  return cur;
}

/** Test hook: sees the element tree and blocks before the choice. */
let debug: ((els: El[], blocks: Block[], best?: number) => void) | null = null;
export function setFastDebug(fn: typeof debug): void {
  debug = fn;
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

/** Score elements from their paragraphs and pick the main content. */
function choose(html: string, els: El[], blocks: Block[]): HtmlBlocks {
  const dropped: Dropped[] = [];
  for (const b of blocks) {
    if (b.skip) continue;
    const len = b.text.length;
    if (len < 25 || b.heading) continue;
    const linkD = b.linkChars / Math.max(1, len);
    if (linkD > 0.5) continue;
    const commas = (b.text.match(/[,，、]/g) ?? []).length;
    // Text under boilerplate-looking containers counts for less (it may still be the article when they wrap the page).
    const s = (1 + commas + Math.min(3, Math.floor(len / 100))) * (b.badAnc >= 0 ? 0.3 : 1);
    // Credit the block's element, its parent (full) and grandparent (half), as Readability does.
    let e = b.el;
    const name = els[e]!.name;
    if (name === 'p' || name === 'td' || name === 'pre' || name === 'blockquote' || name === 'li' || name === 'div' || name === 'span' || name === 'a' || name === 'b' || name === 'i' || name === 'em' || name === 'strong' || name === 'font') {
      // inline wrappers: climb to the paragraph-level element first
      while (e > 0 && !BLOCK.has(els[e]!.name)) e = els[e]!.parent;
    }
    const parent = els[e]!.parent;
    els[e]!.paras++;
    if (parent > 0) {
      els[parent]!.score += s;
      els[parent]!.paras++;
      const gp = els[parent]!.parent;
      if (gp > 0) els[gp]!.score += s / 2;
      const ggp = gp > 0 ? els[gp]!.parent : -1;
      if (ggp > 0) els[ggp]!.score += s / 3;
    } else els[e]!.score += s;
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 1; i < els.length; i++) {
    const el = els[i]!;
    if (!el.score || el.skip) continue;
    const ld = el.link / Math.max(1, el.text);
    const weight = (POSITIVE.test(el.cls) ? 25 : 0) - (NEGATIVE.test(el.cls) ? 25 : 0);
    const s = Math.max(0, el.score + weight) * (1 - ld);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  const inside = (e: number, root: number): boolean => {
    for (let k = 0; e >= 0 && k < 400; k++, e = els[e]!.parent) if (e === root) return true;
    return false;
  };
  if (debug) debug(els, blocks, best);
  const core = best;
  // Text and prose per element (all descendants, up to 40 levels), for widening and for judging bad containers.
  const good = new Float64Array(els.length);
  const all = new Float64Array(els.length);
  for (const b of blocks) {
    if (b.skip) continue;
    const len = b.text.length;
    const prose = len >= 60 && b.linkChars / len < 0.3 && !b.heading && (b.badAnc < 0 || (best > 0 && inside(best, b.badAnc))) && /[.!?…"”»)]$/.test(b.text);
    let e = b.el;
    for (let k = 0; e > 0 && k < 40; k++, e = els[e]!.parent) {
      all[e]! += len;
      if (prose) good[e]! += len;
    }
  }
  if (best > 0) best = widen(els, best, all, good);
  // Siblings of the best element that score close to it belong to the article too (split containers).
  const roots = new Set<number>();
  if (best > 0) {
    roots.add(best);
    const parent = els[best]!.parent;
    const threshold = Math.max(10, bestScore * 0.2);
    for (let i = 1; i < els.length; i++) {
      if (i !== best && els[i]!.parent === parent && !els[i]!.skip && els[i]!.score * (1 - els[i]!.link / Math.max(1, els[i]!.text)) >= threshold) roots.add(i);
    }
  }
  const lines: Line[] = [];
  for (const b of blocks) {
    let keep = best < 0 ? !b.skip : false;
    let root = -1;
    if (best > 0 && !b.skip) {
      for (const r of roots) {
        if (inside(b.el, r)) {
          keep = true;
          root = r;
        }
      }
    }
    // A boilerplate container counts only when it lies inside the chosen content, not around it.
    // ... and holds a minority of the content (a "widget" wrapper around the whole story is a page builder's name).
    const badInside = b.badAnc >= 0 && !(core > 0 && inside(core, b.badAnc)) && (root < 0 || !inside(root, b.badAnc)) && !(root > 0 && all[b.badAnc]! >= 0.5 * all[root]!);
    let reason = b.skip ?? (keep ? (badInside ? els[b.badAnc]!.bad : null) : b.badAnc >= 0 ? els[b.badAnc]!.bad : 'boilerplate');
    const linkD = b.linkChars / Math.max(1, b.text.length);
    if (!reason && linkD > 0.6 && b.text.length < 300) reason = 'navigation';
    if (reason) {
      if (reason !== 'script' && reason !== 'head' && reason !== 'hidden') dropped.push({ rawStart: b.rawStart, rawEnd: b.rawEnd, text: b.text, reason, by: 'clean/html-fast' });
      continue;
    }
    lines.push({ text: b.text, rawStart: b.rawStart, rawEnd: b.rawEnd, afterBlank: true, verdict: null, heading: b.heading, exact: false });
  }
  void html;
  return { lines, dropped, empty: lines.length === 0 };
}
