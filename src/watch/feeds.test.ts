import { describe, expect, it } from 'vitest';
import { itemFilter, readListing, type FeedItem } from './feeds.js';

const base = 'https://news.example.org/feeds/main';

const cases: Array<{ name: string; body: string; type?: string; kind: string; urls?: string[]; titles?: string[] }> = [
  {
    name: 'RSS 2.0 with relative links',
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>Ferry sinks off the coast</title><link>/world/ferry</link><pubDate>Tue, 02 Jun 2026 10:00:00 GMT</pubDate></item>
      <item><title>No link here</title></item></channel></rss>`,
    kind: 'feed',
    urls: ['https://news.example.org/world/ferry'],
    titles: ['Ferry sinks off the coast'],
  },
  {
    name: 'Atom with an alternate link',
    body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>Vote count delayed</title><id>urn:x:1</id><updated>2026-06-02T10:00:00Z</updated>
      <link rel="self" href="https://news.example.org/api/1"/><link rel="alternate" href="https://news.example.org/vote"/></entry></feed>`,
    kind: 'feed',
    urls: ['https://news.example.org/vote'],
  },
  {
    name: 'RDF (RSS 1.0)',
    body: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://news.example.org/"><title>T</title><link>https://news.example.org/</link><description>d</description></channel>
      <item rdf:about="https://news.example.org/quake"><title>Quake shakes the capital</title><link>https://news.example.org/quake</link></item></rdf:RDF>`,
    kind: 'feed',
    urls: ['https://news.example.org/quake'],
  },
  {
    name: 'JSON Feed',
    body: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', url: 'https://news.example.org/markets', title: 'Markets fall', date_modified: '2026-06-02' }],
    }),
    kind: 'feed',
    urls: ['https://news.example.org/markets'],
  },
  {
    name: 'a news sitemap',
    body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example.org/strike</loc><news:news><news:publication_date>2026-06-02T08:00:00+02:00</news:publication_date><news:title>Rail strike called off</news:title></news:news></url></urlset>`,
    kind: 'sitemap',
    urls: ['https://news.example.org/strike'],
    titles: ['Rail strike called off'],
  },
  { name: 'an HTML page', body: '<!doctype html><html><body><p>Hi</p></body></html>', kind: 'page' },
  { name: 'a page served as text/html', body: '<div>Hi</div>', type: 'text/html; charset=utf-8', kind: 'page' },
  { name: 'a cut-off feed', body: '<?xml version="1.0"?><rss><chann', kind: 'error' },
  { name: 'plain text', body: 'just some words', kind: 'error' },
];

describe('readListing', () => {
  it.each(cases)('$name', ({ body, type, kind, urls, titles }) => {
    const listing = readListing(body, base, type ?? null);
    expect(listing.kind).toBe(kind);
    if (listing.kind !== 'feed' && listing.kind !== 'sitemap') return;
    if (urls) expect(listing.items.map((i) => i.url)).toEqual(urls);
    if (titles) expect(listing.items.map((i) => i.title)).toEqual(titles);
  });

  it('lists the child sitemaps of an index', () => {
    const listing = readListing(
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://news.example.org/s1.xml</loc></sitemap></sitemapindex>`,
      base,
    );
    expect(listing).toMatchObject({ kind: 'sitemap', items: [], sitemaps: ['https://news.example.org/s1.xml'] });
  });

  it('gives an item a new stamp when its update date changes', () => {
    const feed = (date: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://news.example.org/a</link><pubDate>${date}</pubDate></item></channel></rss>`;
    const a = readListing(feed('Tue, 02 Jun 2026 10:00:00 GMT'), base);
    const b = readListing(feed('Tue, 02 Jun 2026 14:00:00 GMT'), base);
    if (a.kind !== 'feed' || b.kind !== 'feed') throw new Error('expected feeds');
    expect(a.items[0]!.stamp).not.toBe(b.items[0]!.stamp);
  });
});

describe('itemFilter', () => {
  const item = (title: string, url = 'https://news.example.org/x'): FeedItem => ({ url, stamp: '', title });
  it.each([
    ['flood, inundation', item('Flood waters recede in the delta'), true],
    ['flood, inundation', item('Election results delayed'), false],
    ['wildfire', item('Update', 'https://news.example.org/2026/wildfire-spreads-north'), true],
    ['', item('Anything'), true],
    ['  ,  ', item('Anything'), true],
  ] as const)('%s on %o', (filter, it_, expected) => {
    expect(itemFilter(filter)(it_)).toBe(expected);
  });
});
