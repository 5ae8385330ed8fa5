/**
 * `crosscheck-gold/1`: the answer-key format that `crosscheck eval` scores
 * against (docs/gold-format.md). Loading validates the whole file up front,
 * so a typo in a hand-made key is reported with its path
 * (`documents[2].claims[0].value`) instead of skewing a score.
 *
 * Validation uses zod (already a dependency) rather than hand-written checks:
 * its issue paths give the "what is wrong where" the E_GOLD message needs.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CrosscheckError } from '../errors.js';

export const GOLD_FORMAT = 'crosscheck-gold/1';

const nullableString = z.string().nullable();
const names = z.array(z.string());
const num = z.number().finite().nullable();

const claimSchema = z
  .object({
    evidence: z.string().min(1, 'evidence must not be empty'),
    value: num,
    low: num,
    high: num,
    approximate: z.boolean().default(false),
    vague: z.boolean().default(false),
    incremental: z.boolean().default(false),
    measure: nullableString.default(null),
    action: nullableString.default(null),
    status: z.enum(['asserted', 'planned', 'possible', 'unconfirmed', 'denied']),
    source: names.default([]),
    via: names.nullable().default([]),
    when: nullableString.optional(),
    /** A currency code, `percent` or a unit of measure, when the number is not a plain count. */
    unit: nullableString.optional(),
  })
  .passthrough()
  .refine((c) => c.value !== null || c.low !== null || c.high !== null, {
    message: 'a claim needs a value, a low or a high',
  });

const quoteSchema = z
  .object({ text: z.string().min(1, 'quote text must not be empty'), speaker: names.default([]) })
  .passthrough();

const metaSchema = z
  .object({
    title: nullableString.default(null),
    outlet: names.default([]),
    wire: names.default([]),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'published must be YYYY, YYYY-MM or YYYY-MM-DD')
      .nullable()
      .default(null),
    byline: nullableString.default(null),
    dateline: nullableString.default(null),
    language: nullableString.default(null),
  })
  .passthrough();

const documentSchema = z
  .object({
    file: z.string().min(1, 'file must name the document in the corpus folder'),
    url: z.string().optional(),
    /** `annotated up to: PASSAGE` limits the key to the text up to that passage. */
    note: z.string().optional(),
    meta: metaSchema.default({}),
    body: z.object({ keep: z.array(z.string()).default([]), drop: z.array(z.string()).default([]) }).default({}),
    claims: z.array(claimSchema).default([]),
    quotes: z.array(quoteSchema).default([]),
  })
  .passthrough();

const entitySchema = z.object({ name: z.string().min(1), aliases: names.default([]) }).passthrough();
const figureSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().default(''),
    measure: nullableString.optional(),
    action: nullableString.optional(),
    expect: z.array(z.string()).default([]),
  })
  .passthrough();

/** A gold claim named by its document, evidence and number (value, else low, else high). */
const claimRefSchema = z
  .object({ file: z.string().min(1), evidence: z.string().min(1), value: z.number().finite() })
  .passthrough();
export const RELATION_TYPES = ['same', 'conflict', 'revision', 'increment', 'part', 'different'] as const;
const relationSchema = z.object({ a: claimRefSchema, b: claimRefSchema, type: z.enum(RELATION_TYPES) }).passthrough();

const goldSchema = z
  .object({
    format: z.literal(GOLD_FORMAT, { errorMap: () => ({ message: `format must be "${GOLD_FORMAT}"` }) }),
    corpus: z.string().optional(),
    documents: z.array(documentSchema),
    entities: z.array(entitySchema).default([]),
    figures: z.array(figureSchema).default([]),
    relations: z.array(relationSchema).default([]),
  })
  .passthrough();

export type GoldClaim = z.infer<typeof claimSchema>;
export type GoldQuote = z.infer<typeof quoteSchema>;
export type GoldMeta = z.infer<typeof metaSchema>;
export type GoldDocument = z.infer<typeof documentSchema>;
export type GoldEntity = z.infer<typeof entitySchema>;
export type GoldFigure = z.infer<typeof figureSchema>;
export type GoldRelation = z.infer<typeof relationSchema>;
export type GoldClaimRef = z.infer<typeof claimRefSchema>;
export type RelationType = (typeof RELATION_TYPES)[number];
export type Gold = z.infer<typeof goldSchema>;

function pathText(path: Array<string | number>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(top level)';
}

/** Validate parsed JSON as a gold file; `file` names it in errors. */
export function parseGold(data: unknown, file = '(gold)'): Gold {
  const result = goldSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new CrosscheckError('E_GOLD', { file, reason: `${pathText(issue.path)}: ${issue.message}` });
  }
  const gold = result.data;
  const seen = new Set<string>();
  gold.documents.forEach((doc, i) => {
    if (seen.has(doc.file))
      throw new CrosscheckError('E_GOLD', { file, reason: `documents[${i}].file: \`${doc.file}\` is listed twice` });
    seen.add(doc.file);
    doc.claims.forEach((c, j) => {
      if (c.low !== null && c.high !== null && c.low > c.high) {
        throw new CrosscheckError('E_GOLD', {
          file,
          reason: `documents[${i}].claims[${j}]: low ${c.low} is above high ${c.high}`,
        });
      }
    });
  });
  return gold;
}

/** Read and validate a gold file. */
export function loadGold(file: string): Gold {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CrosscheckError('E_GOLD', { file, reason: e.code === 'ENOENT' ? 'no such file' : e.message });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new CrosscheckError('E_GOLD', { file, reason: `not valid JSON (${(err as Error).message})` });
  }
  return parseGold(data, file);
}
