/**
 * The OpenAPI 3.1 description served at /api/openapi.json, built from the
 * route table and the same zod schemas that validate the queries.
 */
import type { z } from 'zod';
import { openapiParameters } from './params.js';
import { PART_DIMENSIONS } from '../corpus/part-dimension.js';

export interface RouteDoc {
  method: 'get' | 'post';
  /** OpenAPI path, `{id}` style. */
  path: string;
  summary: string;
  query?: z.AnyZodObject;
  pathParams?: string[];
  /** Extra response/request notes. */
  requestBody?: object;
  responses?: Record<string, string>;
  security?: boolean;
  /** The 200 body: a named schema of components.schemas, or a paged list of one. */
  returns?: { schema: string; paged?: boolean } | { content: Record<string, object> };
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'status'],
      properties: {
        code: { type: 'string', description: 'Stable code from src/errors.ts, e.g. E_BAD_PARAM.' },
        message: { type: 'string' },
        status: { type: 'integer' },
      },
    },
  },
};

const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const numOrNull = { type: ['number', 'null'] };
const strings = { type: 'array', items: str };
const obj = (properties: Record<string, object>, more = true) => ({
  type: 'object',
  properties,
  additionalProperties: more,
});

/** The records of src/records.ts (the fields docs/export-format.md fixes; more may be added). */
const recordSchemas = {
  Document: obj({
    id: str,
    source: str,
    url: strOrNull,
    title: strOrNull,
    outlet: strOrNull,
    wire: strings,
    byline: strOrNull,
    dateline: strOrNull,
    published: strOrNull,
    language: strOrNull,
    provenance: { type: 'object', additionalProperties: obj({ by: str, certain: { type: 'boolean' } }) },
    previousVersion: strOrNull,
    counts: obj({
      claims: { type: 'integer' },
      quotes: { type: 'integer' },
      entities: { type: 'integer' },
      dropped: { type: 'integer' },
    }),
    ingestedAt: str,
  }),
  Claim: obj({
    id: str,
    document: str,
    evidence: str,
    evidenceStart: { type: 'integer' },
    evidenceEnd: { type: 'integer' },
    numberStart: { type: 'integer' },
    numberEnd: { type: 'integer' },
    text: str,
    value: numOrNull,
    low: numOrNull,
    high: numOrNull,
    bound: str,
    status: str,
    source: strOrNull,
    sourceName: strOrNull,
    via: strings,
    when: strOrNull,
    said: strOrNull,
    figure: strOrNull,
    doc: obj({ title: strOrNull, outlet: strOrNull, published: strOrNull }),
  }),
  Quote: obj({
    id: str,
    document: str,
    text: str,
    start: { type: 'integer' },
    end: { type: 'integer' },
    speaker: strOrNull,
    speakerName: strOrNull,
    partial: { type: 'boolean' },
  }),
  Speakers: obj({
    items: {
      type: 'array',
      items: obj({ speaker: str, name: strOrNull, quotes: { type: 'integer' } }),
    },
  }),
  Outlets: obj({
    items: { type: 'array', items: obj({ outlet: str, documents: { type: 'integer' } }) },
  }),
  Entity: obj({ id: str, name: str, type: str, aliases: strings, roles: strings, documents: strings }),
  Figure: obj({
    id: str,
    label: str,
    claims: strings,
    reconciliation: { description: 'As computed by the corpus stages (src/corpus/types.ts Reconciliation).' },
    summary: obj({
      current: { type: ['object', 'null'] },
      sources: { type: 'integer' },
      claims: { type: 'integer' },
      disagree: { type: 'boolean' },
      spark: { type: 'array' },
    }),
  }),
  FigureBrief: obj({
    id: str,
    label: str,
    measure: strOrNull,
    story: strOrNull,
    scope: strOrNull,
    partOf: strOrNull,
    claims: { type: 'integer' },
    headline: {
      type: ['object', 'null'],
      description:
        'The best value: text as reported ("more than 13,000"), value/low/high, status, asOf and its precision, sources, independent (sources behind the value), reporting (sources on the figure), disagree, reason.',
    },
    spark: { type: 'array', items: obj({ date: str, value: { type: 'number' } }) },
  }),
  Story: obj({
    id: str,
    label: str,
    from: strOrNull,
    to: strOrNull,
    documents: { type: 'integer' },
    figures: { type: 'integer' },
  }),
  FigureDetail: obj({
    figure: { $ref: '#/components/schemas/Figure' },
    points: { type: 'array', items: { type: 'object' } },
    claims: { type: 'array', items: { $ref: '#/components/schemas/Claim' } },
    disagreements: { type: 'array' },
    conflicts: {
      type: 'array',
      description: 'The real conflicts, each once: who said what on which day (the report tells them the same way).',
      items: obj({
        days: { type: 'array', items: str },
        sides: { type: 'array' },
        claims: { type: 'array' },
        text: str,
      }),
    },
    sources: { type: 'array' },
    summary: { type: 'object' },
    headline: { type: ['object', 'null'] },
    parts: {
      type: 'array',
      items: {
        allOf: [
          { $ref: '#/components/schemas/FigureBrief' },
          obj({ dimension: { type: 'string', enum: [...PART_DIMENSIONS] } }),
        ],
      },
    },
  }),
  DocumentDetail: obj({
    document: { $ref: '#/components/schemas/Document' },
    text: str,
    spans: obj({ claims: { type: 'array' }, quotes: { type: 'array' }, mentions: { type: 'array' } }),
    claims: { type: 'array', items: { $ref: '#/components/schemas/Claim' } },
    entities: { type: 'array' },
    dropped: { type: 'array', items: obj({ text: str, reason: str, by: str }) },
    versions: { type: 'array' },
    duplicates: { type: 'array' },
  }),
  SearchHit: obj({
    kind: { enum: ['document', 'claim', 'quote', 'figure'] },
    id: str,
    document: strOrNull,
    outlet: strOrNull,
    published: strOrNull,
    value: strOrNull,
    speaker: strOrNull,
    title: strOrNull,
    snippet: str,
    score: { type: 'number' },
  }),
  QueueStatus: (() => {
    const int = { type: 'integer' };
    const counts = { queued: int, retry: int, active: int, completed: int, failed: int };
    return obj({
      ingest: obj({
        ...counts,
        articlesQueued: { ...int, description: 'Articles in jobs queued, retrying or running.' },
        articlesDone: { ...int, description: 'Articles in completed jobs.' },
      }),
      corpus: obj({
        ...counts,
        lastCompletedOn: { ...strOrNull, description: 'When the corpus stages last finished (ISO 8601).' },
      }),
      idle: { type: 'boolean', description: 'Nothing is queued, retrying or running.' },
      failedJobs: {
        type: 'array',
        description: 'The newest jobs that failed their last retry or were cancelled (at most 20), newest first.',
        items: obj({
          id: str,
          queue: { type: 'string', enum: ['ingest', 'corpus'] },
          state: { type: 'string', enum: ['failed', 'cancelled'] },
          error: { ...str, description: 'The error of its last attempt.' },
          endedOn: strOrNull,
          attempts: int,
          articles: int,
          names: {
            type: 'array',
            items: str,
            description: "The batch's inputs: file base names or redacted URLs (at most 50).",
          },
        }),
      },
    });
  })(),
  WatchSource: obj({
    id: { type: 'integer' },
    url: str,
    story: strOrNull,
    kind: { type: 'string', enum: ['auto', 'feed', 'sitemap', 'page'] },
    filter: strOrNull,
    addedAt: str,
    polledAt: strOrNull,
    error: strOrNull,
  }),
  Event: obj({
    seq: { type: 'integer', description: 'Increasing event number; pass the last one seen as `since`.' },
    at: { type: 'string', description: 'When the event was recorded.' },
    asOf: {
      type: ['string', 'null'],
      description: "The news date it is about: the claim's as-of date, or the article's publication date.",
    },
    type: {
      type: 'string',
      enum: ['figure.new', 'figure.revised', 'figure.conflict', 'figure.source', 'article.updated'],
    },
  }),
  Stats: obj({
    documents: { type: 'integer' },
    claims: { type: 'integer' },
    quotes: { type: 'integer' },
    entities: { type: 'integer' },
    figures: { type: 'integer' },
    schemaVersion: { type: 'integer' },
    queue: { type: 'boolean', description: 'This server has a job queue to report at /api/queue (PostgreSQL stores).' },
    upload: {
      type: 'boolean',
      description: 'POST /api/ingest is on: the server has a token (the UI shows its upload screen).',
    },
  }),
  Sources: obj({
    items: {
      type: 'array',
      items: obj({
        source: strOrNull,
        sourceName: str,
        via: strings,
        wire: strings,
        outlet: strOrNull,
        claims: { type: 'integer' },
        articles: { type: 'integer' },
        documents: strings,
        titles: { type: 'array' },
        figures: strings,
        figureCount: { type: 'integer' },
      }),
    },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    claims: { type: 'integer' },
    copies: { type: 'array' },
    copiesTotal: { type: 'integer' },
    counting: {
      type: 'boolean',
      description: 'The store changed and is being counted again: totals of the last count.',
    },
  }),
};

export function openapiDocument(routes: RouteDoc[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const parameters = [
      ...(r.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(r.query ? openapiParameters(r.query) : []),
    ];
    const ok: Record<string, unknown> = { description: r.responses?.['200'] ?? 'OK' };
    if (r.returns && 'content' in r.returns) ok.content = r.returns.content;
    else if (r.returns) {
      const ref = { $ref: `#/components/schemas/${r.returns.schema}` };
      ok.content = {
        'application/json': {
          schema: r.returns.paged
            ? {
                allOf: [
                  { $ref: '#/components/schemas/Page' },
                  { type: 'object', properties: { items: { type: 'array', items: ref } } },
                ],
              }
            : ref,
        },
      };
    }
    const responses: Record<string, object> = { 200: ok };
    for (const [status, description] of Object.entries(r.responses ?? {})) {
      if (status !== '200')
        responses[status] = {
          description,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
    }
    if (r.query && !responses['400'])
      responses['400'] = {
        description: 'A query parameter is missing, malformed or unknown (E_BAD_PARAM).',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    (paths[r.path] ??= {})[r.method] = {
      summary: r.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(r.requestBody ? { requestBody: r.requestBody } : {}),
      ...(r.security ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'crosscheck API',
      version,
      description:
        'A sourced, reconciled ledger of the numeric claims, quotes and sources across news articles about one story. Every error is `{ error: { code, message, status } }`. Paged lists return `{ items, total, limit, offset }`.',
    },
    paths,
    components: {
      schemas: {
        Error: errorSchema,
        Page: {
          type: 'object',
          required: ['items', 'total', 'limit', 'offset'],
          properties: {
            items: { type: 'array' },
            total: { type: 'integer' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
          },
        },
        ...recordSchemas,
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The token given to `crosscheck serve --token` (or CROSSCHECK_TOKEN).',
        },
      },
    },
  };
}
