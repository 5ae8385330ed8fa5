/**
 * Analysts' corrections: records of their own (who, when, what, old and new
 * value, note), kept apart from what the machine finds and laid over it at
 * read time (./reviewed-store.ts). A correction names its target by keys that
 * survive a recompute: a claim by its document (content hash) and the span
 * of its number, a figure by its id and the claims it held.
 */
import { createHash } from 'node:crypto';
import { CrosscheckError } from '../errors.js';

/** What a correction does. */
export const CORRECTION_ACTIONS = [
  'verify',
  'reject',
  'value',
  'status',
  'source',
  'move',
  'merge',
  'split',
  'rename',
  'note',
] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

const FIGURE_ONLY: readonly CorrectionAction[] = ['merge', 'split', 'rename'];

/** Actions on a claim, and on a figure (`note` takes either). */
export const CLAIM_ACTIONS: ReadonlySet<CorrectionAction> = new Set(
  CORRECTION_ACTIONS.filter((a) => !FIGURE_ONLY.includes(a)),
);
export const FIGURE_ACTIONS: ReadonlySet<CorrectionAction> = new Set([...FIGURE_ONLY, 'note']);

/** The format name of `crosscheck review export`. */
export const CORRECTIONS_FORMAT = 'crosscheck-corrections/1';

/** A claim, by the document's content hash and the number's span in its text (ids are `document:start`). */
export interface ClaimKey {
  kind: 'claim';
  id: string;
  document: string;
  start: number;
  end: number;
}

/** A figure, by its id and the claims it held when corrected (ids are slugs that a recompute may renumber). */
export interface FigureKey {
  kind: 'figure';
  id: string;
  claims: string[];
}

export type CorrectionTarget = ClaimKey | FigureKey;

/** A value fix: the number or range the claim should read. */
export interface ValueFix {
  value: number | null;
  low: number | null;
  high: number | null;
}

/** A source fix: the entity id (or name) and the name shown. */
export interface SourceFix {
  source: string | null;
  sourceName: string | null;
}

/** A split: the claims that leave the figure for a new one, and its label. */
export interface SplitFix {
  claims: ClaimKey[];
  label: string;
}

/** One analyst's correction, as stored, exported and imported. */
export interface CorrectionRecord {
  /** Hash of the rest: the same correction imported twice is stored once. */
  id: string;
  target: CorrectionTarget;
  what: CorrectionAction;
  /** What the machine (or the last correction) said, for the record; null when nothing. */
  old: unknown;
  /**
   * verify, reject, note: null; value: ValueFix; status, rename: text; source: SourceFix;
   * move, merge: the destination's FigureKey; split: SplitFix.
   */
  new: unknown;
  note: string | null;
  who: string;
  /** ISO timestamp. */
  when: string;
}

/** What `crosscheck review export` writes and `review import` reads. */
export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  generated: string;
  corrections: CorrectionRecord[];
}

/** Longest note, analyst name and label kept: a correction is a line of a ledger, not a document. */
export const MAX_NOTE = 2000;
export const MAX_WHO = 100;
export const MAX_LABEL = 300;

/** Throw E_REVIEW when a text field is longer than its limit. */
export function checkLengths(c: { note?: string | null; who: string; label?: unknown }): void {
  if (c.note && c.note.length > MAX_NOTE) throw bad(`a note holds at most ${MAX_NOTE} characters`);
  if (c.who.length > MAX_WHO) throw bad(`an analyst's name holds at most ${MAX_WHO} characters`);
  if (typeof c.label === 'string' && c.label.length > MAX_LABEL)
    throw bad(`a label or status holds at most ${MAX_LABEL} characters`);
}

/** The id of a correction: a hash of what it says, so sharing it never duplicates it. */
export function correctionId(c: Omit<CorrectionRecord, 'id'>): string {
  const body = JSON.stringify([c.target, c.what, c.old, c.new, c.note, c.who, c.when]);
  return 'r' + createHash('sha256').update(body).digest('hex').slice(0, 16);
}

/** A correction record with its id. */
export function makeCorrection(c: Omit<CorrectionRecord, 'id'>): CorrectionRecord {
  const record = { id: '', ...c };
  record.id = correctionId(c);
  return record;
}

function bad(reason: string): CrosscheckError {
  return new CrosscheckError('E_REVIEW', { reason });
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isNum = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

function checkClaimKey(v: unknown, where: string): ClaimKey {
  if (
    !isObject(v) ||
    v.kind !== 'claim' ||
    typeof v.id !== 'string' ||
    typeof v.document !== 'string' ||
    !Number.isInteger(v.start) ||
    !Number.isInteger(v.end)
  )
    throw bad(`${where} is not a claim key {kind: "claim", id, document, start, end}`);
  return { kind: 'claim', id: v.id, document: v.document, start: v.start as number, end: v.end as number };
}

function checkFigureKey(v: unknown, where: string): FigureKey {
  if (
    !isObject(v) ||
    v.kind !== 'figure' ||
    typeof v.id !== 'string' ||
    !Array.isArray(v.claims) ||
    !v.claims.every((c) => typeof c === 'string')
  )
    throw bad(`${where} is not a figure key {kind: "figure", id, claims}`);
  return { kind: 'figure', id: v.id, claims: v.claims as string[] };
}

/** The new value a correction of kind `what` carries, checked; throws E_REVIEW when it does not fit. */
export function checkNewValue(what: CorrectionAction, v: unknown): unknown {
  switch (what) {
    case 'verify':
    case 'reject':
    case 'note':
      return null;
    case 'value':
      if (!isObject(v) || !isNum(v.value) || !isNum(v.low) || !isNum(v.high))
        throw bad('a value correction needs numbers {value, low, high} (null where open)');
      return { value: v.value, low: v.low, high: v.high };
    case 'status':
    case 'rename':
      if (typeof v !== 'string' || !v.trim()) throw bad(`a ${what} correction needs a non-empty text`);
      return v.trim();
    case 'source':
      if (!isObject(v) || !(v.source === null || typeof v.source === 'string'))
        throw bad('a source correction needs {source, sourceName}');
      return { source: v.source, sourceName: typeof v.sourceName === 'string' ? v.sourceName : v.source };
    case 'move':
    case 'merge':
      return checkFigureKey(v, `the ${what} destination`);
    case 'split':
      if (!isObject(v) || !Array.isArray(v.claims) || !v.claims.length || typeof v.label !== 'string')
        throw bad('a split needs {claims: [claim keys], label}');
      return { claims: v.claims.map((c, i) => checkClaimKey(c, `split claim ${i + 1}`)), label: v.label };
  }
}

/** A correction read from outside (an import, an API body), checked field by field; the id is recomputed. */
export function checkCorrection(v: unknown): CorrectionRecord {
  if (!isObject(v)) throw bad('a correction must be an object');
  const what = v.what as CorrectionAction;
  if (!CORRECTION_ACTIONS.includes(what)) throw bad(`\`what\` must be one of ${CORRECTION_ACTIONS.join(', ')}`);
  const targetKind = isObject(v.target) ? v.target.kind : undefined;
  const target =
    targetKind === 'figure' ? checkFigureKey(v.target, 'the target') : checkClaimKey(v.target, 'the target');
  if (target.kind === 'claim' && !CLAIM_ACTIONS.has(what)) throw bad(`\`${what}\` does not apply to a claim`);
  if (target.kind === 'figure' && !FIGURE_ACTIONS.has(what)) throw bad(`\`${what}\` does not apply to a figure`);
  if (typeof v.who !== 'string' || !v.who.trim()) throw bad('`who` must name the analyst');
  if (typeof v.when !== 'string' || Number.isNaN(Date.parse(v.when))) throw bad('`when` must be an ISO timestamp');
  if (!(v.note === null || v.note === undefined || typeof v.note === 'string')) throw bad('`note` must be a text');
  const fix = checkNewValue(what, v.new);
  checkLengths({
    note: v.note as string | null,
    who: v.who.trim(),
    label: typeof fix === 'string' ? fix : (fix as { label?: unknown } | null)?.label,
  });
  return makeCorrection({
    target,
    what,
    old: v.old ?? null,
    new: fix,
    note: (v.note as string | undefined) ?? null,
    who: v.who.trim(),
    when: v.when,
  });
}

/** The corrections of a `crosscheck-corrections/1` file (or a bare array of them), checked. */
export function readCorrectionsFile(data: unknown): CorrectionRecord[] {
  const list = Array.isArray(data) ? data : isObject(data) ? data.corrections : undefined;
  if (isObject(data) && data.format !== undefined && data.format !== CORRECTIONS_FORMAT)
    throw bad(`the file's format is \`${String(data.format)}\`, expected ${CORRECTIONS_FORMAT}`);
  if (!Array.isArray(list)) throw bad(`expected a ${CORRECTIONS_FORMAT} object with a \`corrections\` list`);
  return list.map((c, i) => {
    try {
      return checkCorrection(c);
    } catch (err) {
      if (err instanceof CrosscheckError) throw bad(`correction ${i + 1}: ${String(err.values.reason)}`);
      throw err;
    }
  });
}

/** Corrections in the order they apply: by time, then id. */
export function inOrder(corrections: CorrectionRecord[]): CorrectionRecord[] {
  return [...corrections].sort((a, b) => a.when.localeCompare(b.when) || a.id.localeCompare(b.id));
}
