/**
 * The HTTP API and the built UI, as one hono app over a {@link Store}.
 * Tested with `app.request()`; served by ./serve.ts. Errors are mapped to
 * JSON in one place (./errors.ts); query parameters are checked by zod
 * schemas (./params.ts) that also write the OpenAPI description.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Store } from '../store/store.js';
import type { QueueStatus } from '../queue/status.js';
import { apiError, onError, queueUnavailable } from './errors.js';
import {
  eventsQuery,
  claimsQuery,
  emptyQuery,
  entitiesQuery,
  exportQuery,
  figuresQuery,
  reportQuery,
  pageQuery,
  query,
  quotesQuery,
  speakersQuery,
  searchQuery,
  outletsQuery,
} from './params.js';
import { openapiDocument, type RouteDoc } from './openapi.js';
import { brief, copyMap, docCache, documentDetail, figureDetail, publicSource, withDocs } from './views.js';
import { PassThrough, Readable } from 'node:stream';
import { writeExport } from '../export/index.js';
import { hostAllowed } from './host-check.js';
import { rangeResponse } from './static-range.js';
import { handleUpload, tokenMatches, type IngestFn } from './upload.js';
import type { Analyzer } from '../ingest/ingest.js';
import { addReviewRoutes, reviewRoutes } from './review-routes.js';
import { reviewed } from '../review/reviewed-store.js';
import { watchState } from '../store/watch-state.js';
import { resolveEntity, searchAll } from './search.js';
import { sourceChainPages } from './source-chains.js';
import { partDimension } from '../corpus/part-dimension.js';

export interface AppOptions {
  /** Uploads (POST /api/ingest) are allowed only when a token is set, and only with it. */
  token?: string;
  /** Origins allowed to call the API from a browser; CORS is off when empty. */
  cors?: string[];
  /** Largest request body, in bytes (default 32 MiB). */
  maxBodyBytes?: number;
  /** Folder of the built UI (default: dist/web of the package); the UI is not served when it is missing. */
  webRoot?: string;
  /**
   * Ingest uploaded files (paths in a temporary folder); defaults to src/ingest over the same store, then the corpus
   * stages.
   */
  ingest?: IngestFn;
  /** API version shown in the OpenAPI document. */
  version?: string;
  /**
   * Host names answered besides IP literals and localhost (see ./host-check.ts); every Host is
   * answered when unset (`app.request()` in tests). `startServer` always sets it.
   */
  allowedHosts?: string[];
  /** Where server faults (500s) are logged, with their stack; `crosscheck serve` writes them to stderr. */
  log?: (line: string) => void;
  /** Clock for export timestamps (tests). */
  now?: () => Date;
  /** Progress of the ingest job queue (PostgreSQL stores only); GET /api/queue is a 404 E_NO_QUEUE without it. */
  queueStatus?: () => Promise<QueueStatus | null>;
  /**
   * Runs each corpus run inside this (default: directly); the CLI gives it the corpus heap growth of
   * src/cli/v8-flags.ts, which a full run over a large store needs as `crosscheck ingest` does.
   */
  aroundCorpus?: <T>(run: () => Promise<T>) => Promise<T>;
}

export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The Content-Security-Policy of every response: no inline script or style, nothing from elsewhere. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

const here = path.dirname(fileURLToPath(import.meta.url));

/** dist/web of the package, from src/server (tests) or dist/src/server (built). */
export function defaultWebRoot(): string | undefined {
  return [path.resolve(here, '../../dist/web'), path.resolve(here, '../../web')].find((p) =>
    existsSync(path.join(p, 'index.html')),
  );
}

/** The routes, for the OpenAPI description (kept beside the handlers below). */
export const routes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/stats',
    summary: 'Counts of documents, claims, quotes, entities and figures.',
    returns: { schema: 'Stats' },
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This description.' },
  {
    method: 'get',
    path: '/api/queue',
    summary:
      'Progress of the ingest workers (PostgreSQL job queue): jobs queued, retrying, running, done and failed, and articles done of queued.',
    returns: { schema: 'QueueStatus' },
    responses: {
      404: 'This store has no job queue (E_NO_QUEUE): only PostgreSQL stores have one.',
      503: 'The queue cannot be read now, e.g. the database is down (E_QUEUE_UNAVAILABLE).',
    },
  },
  {
    method: 'get',
    path: '/api/events',
    summary:
      'What changed, oldest first (docs/watch.md): new figures, revised values, new conflicts, new sources, articles updated in place.',
    query: eventsQuery,
    returns: {
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              items: { type: 'array', items: { $ref: '#/components/schemas/Event' } },
              next: { type: 'integer' },
            },
          },
        },
      },
    },
  },
  {
    method: 'get',
    path: '/api/watch',
    summary:
      'The sources `crosscheck watch` follows (feeds, sitemaps, pages), with their story, filter, last poll and last error.',
    returns: {
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: { items: { type: 'array', items: { $ref: '#/components/schemas/WatchSource' } } },
          },
        },
      },
    },
  },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Documents (metadata and counts, without bodies), in ingest order.',
    query: pageQuery,
    returns: { schema: 'Document', paged: true },
  },
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary:
      'One document: metadata with provenance, cleaned text, spans of claims, quotes and entity mentions, what cleaning dropped, versions and duplicates.',
    pathParams: ['id'],
    returns: { schema: 'DocumentDetail' },
    responses: { 404: 'No such document (E_NOT_FOUND_ID).' },
  },
  {
    method: 'get',
    path: '/api/claims',
    summary: "Numeric claims, filtered and sorted; each with its document's title, outlet and date.",
    query: claimsQuery,
    returns: { schema: 'Claim', paged: true },
  },
  {
    method: 'get',
    path: '/api/figures',
    summary:
      'Figure briefs, most-reported first: the best value as reported (qualifier, status, as-of date, sources), sparkline points, disagreement flag. Read from stored briefs, never the reconciliations.',
    query: figuresQuery,
    returns: { schema: 'FigureBrief', paged: true },
  },
  {
    method: 'get',
    path: '/api/stories',
    summary: 'The stories of the last corpus run (articles grouped by what they share), most articles first.',
    query: pageQuery,
    returns: { schema: 'Story', paged: true },
  },
  {
    method: 'get',
    path: '/api/figures/{id}',
    summary:
      'One figure: timeline points, the reconciliation (as computed by the corpus stages), disagreements, sources and the claims behind it.',
    pathParams: ['id'],
    returns: { schema: 'FigureDetail' },
    responses: { 404: 'No such figure (E_NOT_FOUND_ID).' },
  },
  {
    method: 'get',
    path: '/api/quotes',
    summary: 'Direct quotations, by speaker (entity id, name or alias) or words.',
    query: quotesQuery,
    returns: { schema: 'Quote', paged: true },
  },
  {
    method: 'get',
    path: '/api/quotes/speakers',
    summary: 'The most quoted speakers with their quotation counts, names merged by the corpus stages counted once.',
    query: speakersQuery,
    returns: { schema: 'Speakers' },
  },
  {
    method: 'get',
    path: '/api/outlets',
    summary:
      'The outlets of the stored articles with their article counts, most articles first (what filters suggest).',
    query: outletsQuery,
    returns: { schema: 'Outlets' },
  },
  {
    method: 'get',
    path: '/api/entities',
    summary: 'Canonical entities.',
    query: entitiesQuery,
    returns: { schema: 'Entity', paged: true },
  },
  {
    method: 'get',
    path: '/api/sources',
    summary:
      'Who said what through whom: primary source → intermediaries → wire → outlet, most claims first, a page at a time over every claim stored (`claims`: how many), and which documents copy which (the first 200; `copiesTotal`).',
    query: pageQuery,
    returns: { schema: 'Sources' },
  },
  {
    method: 'get',
    path: '/api/search',
    summary:
      'Search documents, claims, quotes and figures: numbers in any spelling (12000, 12,000, 12k) by the values claims state, words by their stems ("evacuate" finds "evacuated"; query syntax is not interpreted); each hit with outlet, date and value.',
    query: searchQuery,
    returns: { schema: 'SearchHit', paged: true },
  },
  {
    method: 'get',
    path: '/api/report',
    summary:
      'The story report as Markdown (a briefing: each figure with its best value, conflicts and sources, the articles cited), for one story or all.',
    query: reportQuery,
    returns: { content: { 'text/markdown': { schema: { type: 'string' } } } },
    responses: { 404: 'No such story (E_NOT_FOUND_ID).' },
  },
  {
    method: 'get',
    path: '/api/export',
    summary:
      'The whole store as crosscheck-export/1 (json), one record per line (ndjson) or one table as CSV (streamed by src/export).',
    query: exportQuery,
    returns: {
      content: {
        'application/json': { schema: { type: 'object' } },
        'application/x-ndjson': { schema: { type: 'string' } },
        'text/csv': { schema: { type: 'string' } },
      },
    },
  },
  {
    method: 'post',
    path: '/api/ingest',
    summary:
      'Upload articles: multipart/form-data files, or a JSON / NDJSON body of records. Off unless the server has a token.',
    security: true,
    requestBody: {
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
          },
        },
        'application/json': { schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] } },
        'application/x-ndjson': { schema: { type: 'string' } },
      },
    },
    responses: {
      200: 'The ingest summary.',
      400: 'Bad body (E_BAD_BODY).',
      401: 'Missing or wrong token (E_UNAUTHORIZED).',
      403: 'Uploads are off (E_INGEST_DISABLED).',
      413: 'Body too large (E_BODY_TOO_LARGE).',
      415: 'Unsupported Content-Type (E_MEDIA_TYPE).',
    },
  },
  ...reviewRoutes,
];

/** The methods the app's own routes take at `path` (`*` routes left out: they are middleware and fallbacks). */
function methodsFor(app: Hono, path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const pattern = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`);
    if (pattern.test(path)) methods.add(r.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * The analyzer of uploads: one worker thread, so a large or hostile page never stalls the server's other
 * requests (idle, it does not keep the process alive); in this thread when the compiled worker is missing.
 */
async function uploadAnalyzer(): Promise<Analyzer> {
  const { workerAnalyzer, workerScript } = await import('../ingest/workers.js');
  if (existsSync(workerScript())) return workerAnalyzer(1);
  return (await import('../ingest/ingest.js')).inProcessAnalyzer;
}

/** The app: JSON API under /api, the UI at /; every read shows the analysts' corrections over the machine's output. */
export function createApp(machine: Store, options: AppOptions = {}): Hono {
  const store = reviewed(machine);
  const app = new Hono();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const now = options.now ?? (() => new Date());
  const openapi = openapiDocument(routes, options.version ?? '0.1.0');

  app.onError((err, c) => {
    const res = onError(err, c);
    // A 500 is a bug of ours: the operator sees it (the client gets no details).
    if (res.status >= 500 && options.log)
      options.log(`${c.req.method} ${c.req.path.slice(0, 200)}: ${err.stack ?? String(err)}`);
    return res;
  });
  app.notFound((c) => {
    const allowed = methodsFor(app, c.req.path);
    if (allowed.length && !allowed.includes(c.req.method)) {
      c.header('Allow', allowed.join(', '));
      throw apiError('E_METHOD', {
        path: c.req.path.slice(0, 200),
        method: c.req.method.slice(0, 20),
        allowed: allowed.join(', '),
      });
    }
    throw apiError('E_ROUTE_NOT_FOUND', { method: c.req.method, path: c.req.path.slice(0, 200) });
  });

  const allowedHosts = options.allowedHosts;
  if (allowedHosts) {
    app.use('*', async (c, next) => {
      const host = c.req.header('host');
      if (!hostAllowed(host, allowedHosts))
        throw apiError('E_BAD_HOST', { host: (host ?? '').replace(/[^\w.:[\]-]/g, '').slice(0, 100) });
      await next();
    });
  }
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: 'no-referrer',
    }),
  );
  if (options.cors?.length) {
    app.use(
      '/api/*',
      cors({
        origin: options.cors,
        allowMethods: ['GET', 'POST'],
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: 600,
      }),
    );
  }
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });

  app.get('/api/openapi.json', query(emptyQuery), (c) => c.json(openapi));
  // `queue` tells the UI whether GET /api/queue has anything to show, so it never asks (and logs a 404) without one;
  // `upload` whether POST /api/ingest is on (a token is set), so the UI offers its upload screen only then.
  app.get('/api/stats', query(emptyQuery), async (c) =>
    c.json({ ...(await store.stats()), queue: !!options.queueStatus, upload: !!options.token }),
  );
  app.get('/api/queue', query(emptyQuery), async (c) => {
    if (!options.queueStatus) throw apiError('E_NO_QUEUE');
    let status: QueueStatus | null;
    try {
      status = await options.queueStatus();
    } catch (err) {
      throw queueUnavailable(err);
    }
    if (!status) throw apiError('E_NO_QUEUE');
    return c.json(status);
  });

  app.get('/api/watch', query(emptyQuery), async (c) =>
    c.json({ items: await (await watchState(machine)).listSources() }),
  );
  app.get('/api/events', query(eventsQuery), async (c) => {
    const { since, limit } = c.req.valid('query');
    const state = await watchState(machine);
    const from = since === undefined ? 0 : /^\d+$/.test(since) ? Number(since) : since;
    // An event of a file's article names it by the file's path: the server's folders are nobody else's business.
    const items = (await state.listEvents(from, limit)).map((e) =>
      typeof e.url === 'string' ? { ...e, url: publicSource(e.url) } : e,
    );
    // `next`: the `since` that continues after this page.
    const next = items.length
      ? items[items.length - 1]!.seq
      : typeof from === 'number'
        ? from
        : await state.lastEventSeq();
    return c.json({ items, next });
  });
  app.get('/api/documents', query(pageQuery), async (c) => {
    const page = await store.listDocuments(c.req.valid('query'));
    return c.json({
      ...page,
      items: page.items.map(({ body: _body, ...rest }) => ({ ...rest, source: publicSource(rest.source) })),
    });
  });
  app.get('/api/documents/:id', query(emptyQuery), async (c) => {
    const id = c.req.param('id');
    const doc = await store.getDocument(id);
    if (!doc) throw apiError('E_NOT_FOUND_ID', { kind: 'document', id: id.slice(0, 100) });
    const detail = await documentDetail(store, doc, await store.getArticle(id));
    return c.json({ ...detail, document: { ...detail.document, source: publicSource(detail.document.source) } });
  });

  app.get('/api/claims', query(claimsQuery), async (c) => {
    const filter = c.req.valid('query');
    // A source may be named as readers know it: a name or an alias, not only an entity id.
    if (filter.source) filter.source = await resolveEntity(store, filter.source);
    const page = await store.listClaims(filter);
    return c.json({ ...page, items: await withDocs(page.items, docCache(store)) });
  });

  // Briefs only: a listing must not read claims or reconciliations (30,000 articles answer like 30).
  app.get('/api/figures', query(figuresQuery), async (c) => c.json(await store.listFigureBriefs(c.req.valid('query'))));
  app.get('/api/stories', query(pageQuery), async (c) => {
    const { limit, offset } = c.req.valid('query');
    const all = await store.listStories();
    return c.json({ items: all.slice(offset, offset + limit), total: all.length, limit, offset });
  });
  app.get('/api/figures/:id', query(emptyQuery), async (c) => {
    const id = c.req.param('id');
    const figure = await store.getFigure(id);
    if (!figure) throw apiError('E_NOT_FOUND_ID', { kind: 'figure', id: id.slice(0, 100) });
    const copies = copyMap(await store.listDuplicates());
    const [detail, parts] = await Promise.all([
      figureDetail(store, figure, docCache(store), copies),
      store.listFigureBriefs({ partOf: figure.id, limit: 100 }),
    ]);
    // Each part says what it divides the whole by: parts add up only within one dimension.
    return c.json({ ...detail, parts: parts.items.map((p) => ({ ...p, dimension: partDimension(p.scope) })) });
  });

  app.get('/api/quotes', query(quotesQuery), async (c) => {
    const filter = c.req.valid('query');
    if (filter.speaker) filter.speaker = await resolveEntity(store, filter.speaker);
    const page = await store.listQuotes(filter);
    const doc = docCache(store);
    return c.json({
      ...page,
      items: await Promise.all(page.items.map(async (q) => ({ ...q, doc: await doc(q.document) }))),
    });
  });
  app.get('/api/quotes/speakers', query(speakersQuery), async (c) =>
    c.json({ items: await store.topSpeakers(c.req.valid('query').limit) }),
  );
  app.get('/api/outlets', query(outletsQuery), async (c) =>
    c.json({ items: await store.topOutlets(c.req.valid('query').limit) }),
  );
  app.get('/api/entities', query(entitiesQuery), async (c) => c.json(await store.listEntities(c.req.valid('query'))));
  const sourcePages = sourceChainPages(store);
  app.get('/api/sources', query(pageQuery), async (c) => c.json(await sourcePages(c.req.valid('query'))));
  app.get('/api/search', query(searchQuery), async (c) => {
    const { q, ...page } = c.req.valid('query');
    return c.json(await searchAll(store, q, page, docCache(store)));
  });

  app.get('/api/report', query(reportQuery), async (c) => {
    const { story } = c.req.valid('query');
    if (story && !(await store.listStories()).some((s) => s.id === story))
      throw apiError('E_NOT_FOUND_ID', { kind: 'story', id: story.slice(0, 100) });
    // Loaded on first use: reports are rare and the module is not small.
    const { buildReport, renderMarkdown } = await import('../report/index.js');
    const report = await buildReport(store, { story });
    for (const a of report.articles) a.source = publicSource(a.source);
    const name = `crosscheck-${(story ?? 'report').replace(/[^\w-]/g, '').slice(0, 60)}.md`;
    return c.body(renderMarkdown(report), 200, {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });

  app.get('/api/export', query(exportQuery), (c) => {
    const { format, table } = c.req.valid('query');
    if (table && format !== 'csv')
      throw apiError('E_BAD_PARAM', { name: 'table', reason: 'is only used with format=csv' });
    const generated = now().toISOString();
    const stamp = generated.slice(0, 10);
    const [type, name] = {
      json: ['application/json; charset=utf-8', `crosscheck-${stamp}.json`],
      ndjson: ['application/x-ndjson; charset=utf-8', `crosscheck-${stamp}.ndjson`],
      csv: ['text/csv; charset=utf-8', `crosscheck-${table ?? 'claims'}-${stamp}.csv`],
    }[format];
    // The writers of src/export stream page by page into a Node stream; the response reads it as a web stream.
    const out = new PassThrough();
    writeExport(store, out, { format, table, generated }).then(
      () => out.end(),
      (err: Error) => out.destroy(err),
    );
    return c.body(Readable.toWeb(out) as unknown as ReadableStream, 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
    });
  });

  // Loaded on first upload: the NLP pipeline is heavy and read-only servers never need it.
  let analyzer: Promise<Analyzer> | null = null;
  const ingest: IngestFn =
    options.ingest ??
    (async (files) => {
      const [{ ingest: ingestPaths }, { runCorpus }] = await Promise.all([
        import('../ingest/ingest.js'),
        import('../corpus/index.js'),
      ]);
      analyzer ??= uploadAnalyzer();
      const analyse = await analyzer;
      // The figures stored before the first recorded change are the baseline, not news (docs/watch.md).
      const events = await import('../watch/events.js');
      await events.takeBaseline(machine, await watchState(machine));
      // Store uploads as `upload:<name>`, not under the temporary folder's path (which would leak and then dangle).
      const dir = path.dirname(files[0] ?? '') + path.sep;
      const rename = (source: string) => (source.startsWith(dir) ? `upload:${source.slice(dir.length)}` : source);
      const summary = await ingestPaths(files, machine, {
        analyzer: {
          analyse: (inputs, ctx) =>
            analyse.analyse(
              inputs.map((input) => ({ ...input, source: rename(input.source) })),
              ctx,
            ),
        },
      });
      // New articles change duplicates, figures and their reconciliation: recompute them.
      const around = options.aroundCorpus ?? ((run) => run());
      const corpus = summary.stored + summary.versions > 0 ? await around(() => runCorpus(machine)) : null;
      // What moved is recorded for GET /api/events, as after `crosscheck ingest`.
      if (corpus) await events.recordChanges(machine, await watchState(machine));
      return {
        ...summary,
        corpus: corpus && {
          figures: corpus.figures,
          duplicates: corpus.duplicates.length,
          entities: corpus.entities.length,
          computedAt: corpus.computedAt,
        },
      };
    });
  app.post(
    '/api/ingest',
    async (c, next) => {
      if (!options.token) throw apiError('E_INGEST_DISABLED');
      const auth = c.req.header('authorization');
      const given = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
      if (!tokenMatches(given, options.token)) {
        c.header('WWW-Authenticate', 'Bearer');
        throw apiError('E_UNAUTHORIZED');
      }
      await next();
    },
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw apiError('E_BODY_TOO_LARGE', { limit: maxBody });
      },
    }),
    (c) => handleUpload(c, ingest),
  );
  addReviewRoutes(app, store, options.token);

  const webRoot = options.webRoot ?? defaultWebRoot();
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.get('*', async (c, next) => {
      if (c.req.path.startsWith('/api/')) return next();
      const range = c.req.header('range');
      if (range) {
        const res = await rangeResponse(c, webRoot, range);
        if (res) return res;
      }
      return serveStatic({ root: webRoot })(c, next);
    });
  } else {
    app.get('/', (c) =>
      c.text(
        'The crosscheck UI is not built: run `npm run build:web`. The API is at /api (see /api/openapi.json).\n',
        200,
      ),
    );
  }
  return app;
}

export { brief };
