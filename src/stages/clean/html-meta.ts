/**
 * Metadata that an HTML page states outside its body: `<title>`, Open Graph
 * and article meta tags, `<html lang>`, JSON-LD. Returned as dropped blocks
 * (reason `title`, `outlet`, `date`, `byline`, `language`, `url`) so that
 * the metadata stage reads them where it reads every other header line.
 */
import type { Dropped } from '../../article.js';
import { attr, decodeEntities, sourceOf, tokenize, type PageSource } from './html-tokens.js';

const META_KEYS: Record<string, string> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'og:site_name': 'outlet',
  'application-name': 'outlet',
  'article:published_time': 'date',
  'og:article:published_time': 'date',
  datepublished: 'date',
  date: 'date',
  pubdate: 'date',
  publishdate: 'date',
  'publish-date': 'date',
  'dc.date': 'date',
  'dc.date.issued': 'date',
  'dcterms.created': 'date',
  'sailthru.date': 'date',
  'parsely-pub-date': 'date',
  author: 'byline',
  'article:author': 'byline',
  byl: 'byline',
  'dc.creator': 'byline',
  'og:url': 'url',
  'og:locale': 'language',
};

/**
 * Header facts of an HTML page, stopping at `<body>` content for meta tags (JSON-LD anywhere).
 * Offsets are in the page's text.
 */
export function htmlMeta(page: string | PageSource): Dropped[] {
  const src = sourceOf(page);
  const html = src.s;
  const out: Dropped[] = [];
  // start and end: positions in src.s.
  const add = (reason: string, text: string, start: number, end: number, by: string) => {
    const t = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (t && t.length < 500 && !out.some((d) => d.reason === reason && d.text === t))
      out.push({ rawStart: src.at(start), rawEnd: src.at(end), text: t, reason, by });
  };
  let inTitle: number | null = null;
  let ldStart = -1;
  let seen = 0;
  let bodyAt = -1;
  for (const t of tokenize(src)) {
    if (++seen > 50_000) break;
    if (t.kind === 'open') {
      if (t.name === 'body') {
        bodyAt = t.end;
        break;
      }
      if (t.name === 'html') {
        const lang = attr(t.attrs, 'lang') ?? attr(t.attrs, 'xml:lang');
        if (lang) add('language', lang, t.start, t.end, 'clean/html-lang');
      } else if (t.name === 'title' && inTitle === null && !out.some((d) => d.by === 'clean/html-title'))
        inTitle = t.end;
      else if (t.name === 'meta') {
        const key = (
          attr(t.attrs, 'property') ??
          attr(t.attrs, 'name') ??
          attr(t.attrs, 'itemprop') ??
          ''
        ).toLowerCase();
        const reason = META_KEYS[key];
        const content = attr(t.attrs, 'content');
        if (reason && content) add(reason, content, t.start, t.end, `clean/html-meta`);
      } else if (t.name === 'script' && /ld\+json/i.test(attr(t.attrs, 'type') ?? '')) ldStart = t.end;
      else if (t.name === 'time' && !out.some((d) => d.reason === 'date')) {
        const dt = attr(t.attrs, 'datetime');
        if (dt) add('date', dt, t.start, t.end, 'clean/html-time');
      }
    } else if (t.kind === 'close') {
      if (t.name === 'script' && ldStart >= 0) {
        jsonLd(src.text(ldStart, t.start), ldStart, t.start, add);
        ldStart = -1;
      }
    } else if (t.kind === 'text' && inTitle !== null) {
      add('title', src.text(t.start, t.end), t.start, t.end, 'clean/html-title');
      inTitle = null;
    }
  }
  // In the body only JSON-LD and the first <time datetime> matter: find them without tokenizing the page again.
  if (bodyAt >= 0) {
    for (let at = html.indexOf('ld+json', bodyAt); at >= 0; at = html.indexOf('ld+json', at + 7)) {
      // The tag opens a few hundred characters back at most: a bounded look-back keeps many matches linear.
      const from = Math.max(bodyAt, at - 400);
      const back = html.slice(from, at).lastIndexOf('<');
      const open = back < 0 ? -1 : from + back;
      if (open < 0 || !/^<script\b/i.test(html.slice(open, open + 8))) continue;
      const start = html.indexOf('>', at);
      const end = start < 0 ? -1 : html.indexOf('</script', start);
      if (end < 0) break;
      jsonLd(src.text(start + 1, end), start + 1, end, add);
      at = end;
    }
    if (!out.some((d) => d.reason === 'date')) {
      const ti = html.indexOf('<time', bodyAt);
      if (ti >= 0) {
        const end = html.indexOf('>', ti);
        const dt = end > 0 ? attr(src.text(ti + 5, end), 'datetime') : null;
        if (dt) add('date', dt, ti, end + 1, 'clean/html-time');
      }
    }
  }
  return out;
}

/** JSON-LD facts from a script's text, which runs from `at` to `to` (positions as `add` takes them). */
function jsonLd(
  text: string,
  at: number,
  to: number,
  add: (reason: string, text: string, s: number, e: number, by: string) => void,
): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return;
  }
  const stack: unknown[] = [data];
  let guard = 0;
  while (stack.length && guard++ < 2000) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      const type = String(o['@type'] ?? '');
      if (/Article|Posting|Report/i.test(type)) {
        if (typeof o.headline === 'string') add('title', o.headline, at, to, 'clean/json-ld');
        if (typeof o.datePublished === 'string') add('date', o.datePublished, at, to, 'clean/json-ld');
        const pub = o.publisher as Record<string, unknown> | undefined;
        if (pub && typeof pub.name === 'string') add('outlet', pub.name, at, to, 'clean/json-ld');
        const author = o.author as Record<string, unknown> | Record<string, unknown>[] | undefined;
        const names = (Array.isArray(author) ? author : author ? [author] : [])
          .map((a) => (typeof a === 'string' ? a : a?.name))
          .filter((x): x is string => typeof x === 'string');
        if (names.length) add('byline', names.join(', '), at, to, 'clean/json-ld');
      }
      if (o['@graph']) stack.push(o['@graph']);
    }
  }
}
