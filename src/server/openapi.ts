/**
 * The OpenAPI 3.1 description served at /api/openapi.json, built from the
 * route table and the same zod schemas that validate the queries.
 */
import type { z } from 'zod';
import { openapiParameters } from './params.js';

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
}

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'status'],
      properties: { code: { type: 'string', description: 'Stable code from src/errors.ts, e.g. E_BAD_PARAM.' }, message: { type: 'string' }, status: { type: 'integer' } },
    },
  },
};

export function openapiDocument(routes: RouteDoc[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    const parameters = [
      ...(r.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(r.query ? openapiParameters(r.query) : []),
    ];
    const responses: Record<string, object> = {
      200: { description: r.responses?.['200'] ?? 'OK' },
    };
    for (const [status, description] of Object.entries(r.responses ?? {})) {
      if (status !== '200') responses[status] = { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
    }
    if (r.query && !responses['400']) responses['400'] = { description: 'A query parameter is missing, malformed or unknown (E_BAD_PARAM).', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
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
    info: { title: 'crosscheck API', version, description: 'A sourced, reconciled ledger of the numeric claims, quotes and sources across news articles about one story. Every error is `{ error: { code, message, status } }`. Paged lists return `{ items, total, limit, offset }`.' },
    paths,
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The token given to `crosscheck serve --token` (or CROSSCHECK_TOKEN).' } },
    },
  };
}
