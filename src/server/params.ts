/**
 * Query parameters of every route, as zod schemas: validated by {@link query}
 * (hono's `validator` + zod) and described in the OpenAPI document from the
 * same schemas, so docs and checks cannot drift apart.
 */
import type { Env, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import { z } from 'zod';
import { apiError } from './errors.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const limit = z.coerce
  .number({ invalid_type_error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(500, 'must be at most 500')
  .default(50)
  .describe('Items per page (1–500).');
const offset = z.coerce
  .number({ invalid_type_error: 'must be a whole number' })
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(10_000_000, 'is too large')
  .default(0)
  .describe('Items to skip.');
const word = (what: string, max = 200) =>
  z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).describe(what);
/** A full date must exist on the calendar (2024-02-31 does not). */
const onCalendar = (s: string): boolean => {
  if (s.length < 10) return true;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const date = (what: string) =>
  z
    .string()
    .regex(PARTIAL_DATE, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(onCalendar, 'must be a day that exists')
    .describe(what);

export const pageQuery = z.object({ limit, offset }).strict();

export const figuresQuery = pageQuery
  .extend({
    story: word('Story id (GET /api/stories).').optional(),
    partOf: word('Only the parts of this figure id.').optional(),
    q: word('Words in the label (case-insensitive substring).').optional(),
  })
  .strict();

export const reportQuery = z
  .object({ story: word('Story id (GET /api/stories); all stories when absent.').optional() })
  .strict();

export const claimStatuses = ['asserted', 'planned', 'possible', 'unconfirmed', 'denied'] as const;

export const claimsQuery = pageQuery
  .extend({
    figure: word('Figure id.').optional(),
    source: word('Primary source (entity id or name).').optional(),
    status: z.enum(claimStatuses).optional().describe('Claim status.'),
    outlet: word('Outlet name (case-insensitive).').optional(),
    document: word('Document id.', 64).optional(),
    from: date('Earliest publication date (inclusive).').optional(),
    to: date('Latest publication date (inclusive).').optional(),
    text: word('Words in the evidence sentence (case-insensitive substring).').optional(),
    sort: z.enum(['value', 'published', 'document', 'status']).optional().describe('Sort key.'),
    order: z.enum(['asc', 'desc']).optional().describe('Sort order.'),
  })
  .strict();

export const quotesQuery = pageQuery
  .extend({
    document: word('Document id.', 64).optional(),
    speaker: word('Speaker: entity id, name or alias.').optional(),
    text: word('Words in the quotation (case-insensitive substring).').optional(),
  })
  .strict();

export const entitiesQuery = pageQuery
  .extend({
    type: z.enum(['person', 'organization', 'country', 'place', 'other']).optional().describe('Entity type.'),
    q: word('Words in the name.').optional(),
  })
  .strict();

export const searchQuery = pageQuery
  .extend({ q: word('Words to find (matched as words, never as query syntax).') })
  .strict();

export const exportQuery = z
  .object({
    format: z
      .enum(['json', 'csv', 'ndjson'])
      .default('json')
      .describe(
        'json: one crosscheck-export/1 document; ndjson: a header line, then one record per line; csv: one table.',
      ),
    table: z
      .enum(['documents', 'claims', 'quotes', 'entities', 'figures', 'duplicates'])
      .optional()
      .describe('With format=csv: the table to write (default claims).'),
  })
  .strict();

export const emptyQuery = z.object({}).strict();

/** GET /api/quotes/speakers: how many of the most quoted. */
export const speakersQuery = z.object({ limit: limit.default(10).describe('Speakers to list (1–500).') }).strict();

/** GET /api/outlets: how many of the outlets with the most articles. */
export const outletsQuery = z.object({ limit: limit.default(100).describe('Outlets to list (1–500).') }).strict();

/** GET /api/events: after a sequence number, or from an ISO time. */
export const eventsQuery = z
  .object({
    since: z
      .string()
      .max(40, 'must be at most 40 characters')
      .regex(/^(\d{1,15}|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)$/, 'must be an event number or an ISO date')
      .optional()
      .describe('Events after this event number (`seq`), or at or after this ISO time; default: from the first.'),
    limit,
  })
  .strict();

function reason(issue: z.ZodIssue): { name: string; reason: string } {
  if (issue.code === 'unrecognized_keys')
    return { name: issue.keys[0] ?? '?', reason: 'is not known on this route (see /api/openapi.json)' };
  const name = String(issue.path[0] ?? '?');
  if (issue.code === 'invalid_enum_value') return { name, reason: `must be one of ${issue.options.join(', ')}` };
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return { name, reason: 'is required' };
  return { name, reason: issue.message };
}

/** Validate the query string with `schema`; the first problem becomes an E_BAD_PARAM 400. */
export function query<S extends z.ZodTypeAny>(
  schema: S,
): MiddlewareHandler<Env, string, { in: { query: Record<string, string> }; out: { query: z.output<S> } }> {
  return validator('query', (value) => {
    for (const [name, v] of Object.entries(value)) {
      if (Array.isArray(v) && v.length > 1) throw apiError('E_BAD_PARAM', { name, reason: 'is given more than once' });
    }
    const flat = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    const parsed = schema.safeParse(flat);
    if (!parsed.success) throw apiError('E_BAD_PARAM', reason(parsed.error.issues[0]!));
    return parsed.data;
  }) as never;
}

/** One OpenAPI parameter per field of an object schema. */
export function openapiParameters(schema: z.AnyZodObject): object[] {
  return Object.entries(schema.shape as Record<string, z.ZodTypeAny>).map(([name, field]) => {
    let t: z.ZodTypeAny = field;
    let required = true;
    let dflt: unknown;
    const description = field.description;
    for (;;) {
      if (t instanceof z.ZodOptional) {
        required = false;
        t = t.unwrap();
      } else if (t instanceof z.ZodDefault) {
        required = false;
        dflt = t._def.defaultValue();
        t = t.removeDefault();
      } else break;
    }
    const s: Record<string, unknown> = {};
    if (t instanceof z.ZodEnum) {
      s.type = 'string';
      s.enum = t.options;
    } else if (t instanceof z.ZodNumber) {
      s.type = t.isInt ? 'integer' : 'number';
      if (t.minValue !== null) s.minimum = t.minValue;
      if (t.maxValue !== null) s.maximum = t.maxValue;
    } else if (t instanceof z.ZodString) {
      s.type = 'string';
      if (t.minLength !== null) s.minLength = t.minLength;
      if (t.maxLength !== null) s.maxLength = t.maxLength;
      const rx = t._def.checks.find((c) => c.kind === 'regex');
      if (rx && rx.kind === 'regex') s.pattern = rx.regex.source;
    } else s.type = 'string';
    if (dflt !== undefined) s.default = dflt;
    return { name, in: 'query', required, ...(description ? { description } : {}), schema: s };
  });
}
