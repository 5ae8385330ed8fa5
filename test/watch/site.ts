/**
 * A small web site for the watch tests, on 127.0.0.1 only: routes whose body,
 * status, headers and delay a test changes between polls; ETag and
 * Last-Modified answered with 304 when they match; every request logged.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface Route {
  body: string;
  type?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Wait this long before answering, in ms. */
  delay?: number;
  /** No validators on the answer. */
  noValidators?: boolean;
}

export interface Site {
  url(path: string): string;
  routes: Map<string, Route>;
  /** Requests in arrival order: path, and whether they carried a validator. */
  log: Array<{ path: string; conditional: boolean; status: number; userAgent: string }>;
  hits(path: string): number;
  close(): Promise<void>;
}

const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

export async function startSite(routes: Record<string, Route> = {}): Promise<Site> {
  const table = new Map(Object.entries(routes));
  const log: Site['log'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    const route = table.get(path);
    const conditional = !!(req.headers['if-none-match'] || req.headers['if-modified-since']);
    const answer = () => {
      if (!route) {
        log.push({ path, conditional, status: 404, userAgent: String(req.headers['user-agent']) });
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const status = route.status ?? 200;
      const headers: Record<string, string> = {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        ...route.headers,
      };
      if (status === 200 && !route.noValidators) {
        const etag = etagOf(route.body);
        headers.etag = etag;
        if (req.headers['if-none-match'] === etag) {
          log.push({ path, conditional, status: 304, userAgent: String(req.headers['user-agent']) });
          res.writeHead(304, { etag }).end();
          return;
        }
      }
      log.push({ path, conditional, status, userAgent: String(req.headers['user-agent']) });
      res.writeHead(status, headers).end(route.body);
    };
    if (route?.delay) setTimeout(answer, route.delay);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    routes: table,
    log,
    hits: (path) => log.filter((l) => l.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An article page about an invented event, in the shape news sites use. */
export function articlePage(title: string, published: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="article:published_time" content="${published}"><meta property="og:site_name" content="Harbour Gazette"></head>
<body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

/**
 * Serve each page with a body at its path and, at `feed`, an RSS feed listing all of them in order under
 * their titles (a page without a body is served already).
 */
export function serveFeed(
  site: Site,
  pages: Array<{ path: string; title: string; body?: string }>,
  feed = '/feed',
): void {
  for (const p of pages) if (p.body !== undefined) site.routes.set(p.path, { body: p.body });
  site.routes.set(feed, rssRoute(pages.map((p) => ({ title: p.title, link: site.url(p.path) }))));
}

/** A route answering the RSS 2.0 feed of the given items. */
export function rssRoute(items: Parameters<typeof rss>[0]): Route {
  return { body: rss(items), type: 'application/rss+xml' };
}

/** An RSS 2.0 feed of the given items. */
export function rss(items: Array<{ title: string; link: string; date?: string; description?: string }>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>http://example.invalid/</link><description>news</description>
${items
  .map(
    (i) =>
      `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.link}</guid>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.description ? `<description>${i.description}</description>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}
