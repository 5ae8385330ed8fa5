/**
 * The one place where errors become HTTP responses. Routes throw
 * {@link apiError} (an `HTTPException` carrying a coded {@link CrosscheckError});
 * `app.onError` turns that, a bare CrosscheckError from the store, or anything
 * else into `{ error: { code, message, status } }`.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { CrosscheckError, type ErrorCode } from '../errors.js';

/** HTTP status for each code the API can return; anything else is a 500. */
const statusOf: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_BAD_PARAM: 400,
  E_BAD_BODY: 400,
  E_FORMAT: 400,
  E_USAGE: 400,
  E_JSON: 400,
  E_UNAUTHORIZED: 401,
  E_INGEST_DISABLED: 403,
  E_REVIEW: 400,
  E_REVIEW_DISABLED: 403,
  E_BAD_HOST: 403,
  E_NOT_FOUND_ID: 404,
  E_ROUTE_NOT_FOUND: 404,
  E_METHOD: 405,
  E_BODY_TOO_LARGE: 413,
  E_NOTHING_STORED: 422,
  E_MEDIA_TYPE: 415,
  E_NO_QUEUE: 404,
  E_QUEUE_UNAVAILABLE: 503,
};

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; status: number };
}

/** An HTTPException whose cause is a coded error; throw it from a route. */
export function apiError(code: ErrorCode, values: Record<string, string | number> = {}): HTTPException {
  const cause = new CrosscheckError(code, values);
  return new HTTPException(statusOf[code] ?? 500, { message: cause.message, cause });
}

/**
 * A failure to read the job queue (database down, refused, timed out) as a 503.
 * Only the error's code or class is shown: driver messages can carry the connection string.
 */
export function queueUnavailable(err: unknown): HTTPException {
  const e = err as { code?: unknown; name?: unknown } | null;
  const raw = typeof e?.code === 'string' && e.code ? e.code : typeof e?.name === 'string' && e.name ? e.name : 'Error';
  return apiError('E_QUEUE_UNAVAILABLE', { reason: raw.replace(/[^\w.-]/g, '').slice(0, 40) || 'Error' });
}

function body(code: ErrorCode, message: string, status: number): ErrorBody {
  return { error: { code, message, status } };
}

/** `app.onError`: every failure, as coded JSON. Unknown errors do not leak their text. */
export function onError(err: Error, c: Context): Response {
  if (err instanceof HTTPException) {
    if (err.cause instanceof CrosscheckError) {
      return c.json(body(err.cause.code, err.cause.message, err.status), err.status as ContentfulStatusCode);
    }
    // Raised by hono middleware without a code of ours.
    const status = err.status as ContentfulStatusCode;
    const code: ErrorCode =
      status === 413
        ? 'E_BODY_TOO_LARGE'
        : status === 401
          ? 'E_UNAUTHORIZED'
          : status === 404
            ? 'E_ROUTE_NOT_FOUND'
            : status < 500
              ? 'E_BAD_BODY'
              : 'E_INTERNAL';
    return c.json(body(code, err.message || code, status), status);
  }
  if (err instanceof CrosscheckError) {
    const status = statusOf[err.code] ?? 500;
    return c.json(body(err.code, err.message, status), status);
  }
  const internal = new CrosscheckError('E_INTERNAL', { reason: err.name || 'Error' });
  return c.json(body('E_INTERNAL', internal.message, 500), 500);
}
