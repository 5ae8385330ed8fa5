/**
 * Choosing the main content among the fast extractor's elements: a
 * Readability-style score (paragraph text credited to parent and
 * grandparent, commas, ±25 for class names), widened to the ancestor that
 * adds mostly prose, plus siblings scoring close; then every block is kept
 * or dropped with its reason.
 */
import type { Dropped } from '../../article.js';
import type { HtmlBlocks } from './html-readability.js';
import type { Line } from './text.js';
import { BLOCK } from './html-tokens.js';

// Readability's class weights (positive/negative substrings), used as a ±25 bonus on scored candidates.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|image|photo|caption|gallery/i;

export interface El {
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
  /** class, id and role, for the class rules and for debugging; empty for a skipped element (never scored). */
  cls: string;
}

export interface Block {
  text: string;
  rawStart: number;
  rawEnd: number;
  el: number;
  linkChars: number;
  heading: boolean;
  skip: string | null;
  badAnc: number;
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

/**
 * The commas of a text (`,`, and the full-width `，` and `、` of Chinese and Japanese), counted without a match array.
 */
function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

/** Score elements from their paragraphs and pick the main content. */
export function choose(els: El[], blocks: Block[]): HtmlBlocks {
  const dropped: Dropped[] = [];
  for (const b of blocks) {
    if (b.skip) continue;
    const len = b.text.length;
    if (len < 25 || b.heading) continue;
    const linkD = b.linkChars / Math.max(1, len);
    if (linkD > 0.5) continue;
    const commas = countCommas(b.text);
    // Text under boilerplate-looking containers counts for less (it may still be the article when they wrap the page).
    const s = (1 + commas + Math.min(3, Math.floor(len / 100))) * (b.badAnc >= 0 ? 0.3 : 1);
    // Credit the block's element, its parent (full) and grandparent (half), as Readability does.
    let e = b.el;
    const name = els[e]!.name;
    if (
      name === 'p' ||
      name === 'td' ||
      name === 'pre' ||
      name === 'blockquote' ||
      name === 'li' ||
      name === 'div' ||
      name === 'span' ||
      name === 'a' ||
      name === 'b' ||
      name === 'i' ||
      name === 'em' ||
      name === 'strong' ||
      name === 'font'
    ) {
      // inline wrappers: climb to the paragraph-level element first (at most 40 levels: deep inline nesting is junk)
      for (let k = 0; e > 0 && k < 40 && !BLOCK.has(els[e]!.name); k++) e = els[e]!.parent;
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
  const core = best;
  // Text and prose per element (all descendants, up to 40 levels), for widening and for judging bad containers.
  const good = new Float64Array(els.length);
  const all = new Float64Array(els.length);
  for (const b of blocks) {
    if (b.skip) continue;
    const len = b.text.length;
    const prose =
      len >= 60 &&
      b.linkChars / len < 0.3 &&
      !b.heading &&
      (b.badAnc < 0 || (best > 0 && inside(best, b.badAnc))) &&
      /[.!?…"”»)]$/.test(b.text);
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
      if (
        i !== best &&
        els[i]!.parent === parent &&
        !els[i]!.skip &&
        els[i]!.score * (1 - els[i]!.link / Math.max(1, els[i]!.text)) >= threshold
      )
        roots.add(i);
    }
  }
  const isRoot = new Uint8Array(els.length);
  for (const r of roots) isRoot[r] = 1;
  const lines: Line[] = [];
  for (const b of blocks) {
    let keep = best < 0 ? !b.skip : false;
    let root = -1;
    if (best > 0 && !b.skip) {
      // Nearest chosen root above the block: one bounded walk, however many roots there are.
      for (let e = b.el, k = 0; e >= 0 && k < 400; k++, e = els[e]!.parent) {
        if (isRoot[e]) {
          keep = true;
          root = e;
          break;
        }
      }
    }
    // A boilerplate container counts only when it lies inside the chosen content, not around it.
    // ... and holds a minority of the content (a "widget" wrapper around the whole story is a page builder's name).
    const badInside =
      b.badAnc >= 0 &&
      !(core > 0 && inside(core, b.badAnc)) &&
      (root < 0 || !inside(root, b.badAnc)) &&
      !(root > 0 && all[b.badAnc]! >= 0.5 * all[root]!);
    let reason =
      b.skip ?? (keep ? (badInside ? els[b.badAnc]!.bad : null) : b.badAnc >= 0 ? els[b.badAnc]!.bad : 'boilerplate');
    const linkD = b.linkChars / Math.max(1, b.text.length);
    if (!reason && linkD > 0.6 && b.text.length < 300) reason = 'navigation';
    if (reason) {
      if (reason !== 'script' && reason !== 'head' && reason !== 'hidden')
        dropped.push({ rawStart: b.rawStart, rawEnd: b.rawEnd, text: b.text, reason, by: 'clean/html-fast' });
      continue;
    }
    lines.push({
      text: b.text,
      rawStart: b.rawStart,
      rawEnd: b.rawEnd,
      afterBlank: true,
      verdict: null,
      heading: b.heading,
      exact: false,
    });
  }
  return { lines, dropped, empty: lines.length === 0 };
}
