/**
 * The analysts' routes (docs/review.md): read the corrections freely; record
 * or import them only with the server's token, exactly as uploads are
 * guarded (POST /api/ingest).
 */
import type { Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CrosscheckError } from '../errors.js';
import { CORRECTIONS_FORMAT, readCorrectionsFile, type CorrectionAction } from '../review/corrections.js';
import { addCorrection } from '../review/record.js';
import type { ReviewedStore } from '../review/reviewed-store.js';
import { apiError } from './errors.js';
import type { RouteDoc } from './openapi.js';
import { query, emptyQuery } from './params.js';
import { tokenMatches } from './upload.js';

/** A correction is small: 1 MiB is room for thousands in one import. */
const MAX_REVIEW_BODY = 1024 * 1024;

const json = { 'application/json': { schema: { type: 'object' } } };

/** The routes, for the OpenAPI description. */
export const reviewRoutes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/corrections',
    summary:
      "Analysts' corrections as crosscheck-corrections/1 (oldest first), with those whose target is gone in `unresolved`.",
    returns: { content: json },
  },
  {
    method: 'post',
    path: '/api/corrections',
    summary:
      'Record one correction: {target: claim or figure id, what: verify|reject|value|status|source|move|merge|split|rename|note, value, note, who}. Off unless the server has a token.',
    security: true,
    requestBody: { content: json },
    responses: {
      201: 'The correction as stored.',
      400: 'Not a correction that fits its target (E_REVIEW).',
      401: 'Missing or wrong token (E_UNAUTHORIZED).',
      403: 'Corrections are off (E_REVIEW_DISABLED).',
      404: 'No such claim or figure (E_NOT_FOUND_ID).',
    },
  },
  {
    method: 'post',
    path: '/api/corrections/import',
    summary: 'Import a crosscheck-corrections/1 file; corrections already stored are skipped. Needs the token.',
    security: true,
    requestBody: { content: json },
    responses: {
      200: '{added, skipped}.',
      400: 'Not a corrections file (E_REVIEW).',
      401: 'Missing or wrong token (E_UNAUTHORIZED).',
      403: 'Corrections are off (E_REVIEW_DISABLED).',
    },
  },
];

/** The same guard as uploads: no token on the server, nothing is written; a wrong one is a 401. */
function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) throw apiError('E_REVIEW_DISABLED');
    const auth = c.req.header('authorization');
    const given = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    if (!tokenMatches(given, token)) {
      c.header('WWW-Authenticate', 'Bearer');
      throw apiError('E_UNAUTHORIZED');
    }
    await next();
  };
}

const limit = bodyLimit({
  maxSize: MAX_REVIEW_BODY,
  onError: () => {
    throw apiError('E_BODY_TOO_LARGE', { limit: MAX_REVIEW_BODY });
  },
});

async function readJson(req: { json: () => Promise<unknown> }): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw apiError('E_REVIEW', { reason: 'the body is not JSON' });
  }
}

/** A store error as the API's coded error (E_NOT_FOUND_ID → 404, E_REVIEW → 400). */
function coded(err: unknown): never {
  if (err instanceof CrosscheckError) throw apiError(err.code, err.values);
  throw err;
}

/** Add the review routes to `app`, over the corrected view of the store. */
export function addReviewRoutes(app: Hono, store: ReviewedStore, token: string | undefined): void {
  app.get('/api/corrections', query(emptyQuery), async (c) => {
    const plan = await store.plan();
    return c.json({
      format: CORRECTIONS_FORMAT,
      generated: new Date().toISOString(),
      corrections: plan.corrections,
      unresolved: plan.unresolved,
    });
  });
  app.post('/api/corrections/import', requireToken(token), limit, async (c) => {
    const body = await readJson(c.req);
    let corrections;
    try {
      corrections = readCorrectionsFile(body);
    } catch (err) {
      coded(err);
    }
    const added = await store.putCorrections(corrections);
    return c.json({ added, skipped: corrections.length - added });
  });
  app.post('/api/corrections', requireToken(token), limit, async (c) => {
    const body = (await readJson(c.req)) as Record<string, unknown> | null;
    if (!body || typeof body !== 'object' || Array.isArray(body))
      throw apiError('E_REVIEW', { reason: 'send one JSON object {target, what, value, note, who}' });
    try {
      const correction = await addCorrection(store, {
        target: String(body.target ?? ''),
        what: body.what as CorrectionAction,
        value: body.value,
        note: typeof body.note === 'string' ? body.note : null,
        who: typeof body.who === 'string' ? body.who : '',
      });
      return c.json(correction, 201);
    } catch (err) {
      coded(err);
    }
  });
}
