/**
 * What a watched URL lists: the items of a feed (RSS, Atom, RDF, JSON Feed,
 * read by feedsmith) or of a sitemap and news sitemap (read with linkedom's
 * XML parser), as article links with what the listing says of them.
 */
import { parseFeed } from 'feedsmith';
import { DOMParser } from 'linkedom';

/** One article a feed or sitemap lists. */
export interface FeedItem {
  url: string;
  /** Changes when the listing says the article changed (its update date), so it is fetched again. */
  stamp: string;
  title?: string;
  summary?: string;
  published?: string;
}

export type Listing =
  | { kind: 'feed' | 'sitemap'; items: FeedItem[]; sitemaps: string[] }
  | { kind: 'page' }
  | { kind: 'error'; reason: string };

/** Plain text of a feed field that is a string or a `{ value }` (Atom's text constructs). */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (v && typeof v === 'object' && 'value' in v && typeof v.value === 'string') return v.value.trim() || undefined;
  return undefined;
}

function absolute(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

type Loose = Record<string, unknown>;

/** The article link of a feed entry: RSS link, Atom alternate link, JSON Feed url, or a permalink guid. */
function entryLink(entry: Loose): string | undefined {
  if (typeof entry.link === 'string') return entry.link;
  if (typeof entry.url === 'string') return entry.url;
  if (Array.isArray(entry.links)) {
    const links = entry.links as Array<{ href?: string; rel?: string }>;
    return (links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href;
  }
  const guid = entry.guid as { value?: string; isPermaLink?: boolean } | undefined;
  if (guid?.value && guid.isPermaLink !== false && /^https?:\/\//.test(guid.value)) return guid.value;
  return undefined;
}

function feedItems(parsed: { format: string; feed: unknown }, base: string): FeedItem[] {
  const feed = parsed.feed as Loose;
  const entries = ((feed.items ?? feed.entries ?? []) as Loose[]).filter((e) => e && typeof e === 'object');
  const items: FeedItem[] = [];
  for (const e of entries) {
    const url = absolute(entryLink(e), base);
    if (!url) continue;
    const dc = e.dc as Loose | undefined;
    const published =
      text(e.pubDate) ?? text(e.published) ?? text(e.date_published) ?? text(dc?.date) ?? text(e.updated);
    const updated = text(e.updated) ?? text(e.date_modified) ?? published ?? '';
    items.push({
      url,
      stamp: updated,
      title: text(e.title),
      summary: text(e.description) ?? text(e.summary) ?? text(e.content_text),
      published,
    });
  }
  return items;
}

/** A child element's text by local name, whatever its namespace prefix. */
function child(el: Element, name: string): Element | undefined {
  for (const c of Array.from(el.children)) if (c.localName.replace(/^.*:/, '') === name) return c;
  return undefined;
}

function sitemapListing(xml: string, base: string): Listing | null {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const root = doc.documentElement;
  const name = root?.localName.replace(/^.*:/, '');
  if (name !== 'urlset' && name !== 'sitemapindex') return null;
  const items: FeedItem[] = [];
  const sitemaps: string[] = [];
  for (const el of Array.from(root!.children)) {
    const url = absolute(child(el, 'loc')?.textContent ?? undefined, base);
    if (!url) continue;
    const lastmod = child(el, 'lastmod')?.textContent?.trim();
    if (name === 'sitemapindex') {
      sitemaps.push(url);
      continue;
    }
    const news = child(el, 'news');
    const published = (news && child(news, 'publication_date')?.textContent?.trim()) || lastmod || undefined;
    items.push({
      url,
      stamp: lastmod ?? published ?? '',
      title: (news && child(news, 'title')?.textContent?.trim()) || undefined,
      published,
    });
  }
  return { kind: 'sitemap', items, sitemaps };
}

/** true when the bytes look like an HTML page rather than a feed. */
function looksLikeHtml(head: string, contentType: string | null): boolean {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(head);
}

/**
 * What `body` fetched from `url` lists. A page (HTML) says so; a feed or sitemap lists its items; anything
 * else is an error in words, for the source's status.
 */
export function readListing(body: string, url: string, contentType: string | null = null): Listing {
  const head = body.slice(0, 2048).replace(/^\uFEFF/, '');
  if (looksLikeHtml(head, contentType)) return { kind: 'page' };
  if (/<(urlset|sitemapindex)[\s>]/.test(head))
    return sitemapListing(body, url) ?? { kind: 'error', reason: 'an unreadable sitemap' };
  try {
    return { kind: 'feed', items: feedItems(parseFeed(body), url), sitemaps: [] };
  } catch (err) {
    const reason = String((err as Error).message || err);
    return {
      kind: 'error',
      reason: /unrecognized/i.test(reason) ? 'neither RSS, Atom, RDF, JSON Feed nor a sitemap' : reason,
    };
  }
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * A source's filter as a test on an item: comma-separated keywords or phrases, any of which must appear
 * (case-insensitive) in its title, summary or address. No filter: every item.
 */
export function itemFilter(filter: string | null | undefined): (item: FeedItem) => boolean {
  const terms = (filter ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (!terms.length) return () => true;
  return (item) => {
    const hay =
      `${item.title ?? ''}\n${item.summary ?? ''}\n${safeDecode(item.url).replace(/[-_/]+/g, ' ')}`.toLowerCase();
    return terms.some((t) => hay.includes(t));
  };
}
