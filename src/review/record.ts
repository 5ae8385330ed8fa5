/**
 * Turn an analyst's request ("claim X: the value is 1,200") into a
 * {@link CorrectionRecord}: the target's stable key, the value it had and
 * the checked new one. Shared by `crosscheck review` and the HTTP API.
 */
import { CrosscheckError } from '../errors.js';
import type { ClaimRecord, FigureRecord } from '../records.js';
import type { Store } from '../store/store.js';
import {
  CLAIM_ACTIONS,
  CORRECTION_ACTIONS,
  FIGURE_ACTIONS,
  checkLengths,
  checkNewValue,
  makeCorrection,
  type ClaimKey,
  type CorrectionAction,
  type CorrectionRecord,
  type FigureKey,
} from './corrections.js';
import { reviewed, type ReviewedStore } from './reviewed-store.js';

/** What an analyst asks for: a claim or figure id, the action, its value and a note. */
export interface CorrectionInput {
  /** A claim id (`<document>:<offset>`) or a figure id. */
  target: string;
  what: CorrectionAction;
  /**
   * value: a number, `low-high`, `>N`, `<N` or {value, low, high}; status, rename: text; source: a name;
   * move, merge: a figure id, or a label that one figure alone carries; split: {claims: ids, label}.
   */
  value?: unknown;
  note?: string | null;
  who: string;
  /** Default: now. */
  when?: string;
}

function bad(reason: string): CrosscheckError {
  return new CrosscheckError('E_REVIEW', { reason });
}

/** true for a claim id (`<sha256>:<offset>`); figure ids are slugs without a colon. */
export function isClaimId(id: string): boolean {
  return /:\d+$/.test(id);
}

async function findClaim(store: Store, id: string): Promise<ClaimRecord> {
  const document = id.slice(0, id.lastIndexOf(':'));
  const claim = (await store.listClaims({ document, limit: 100_000 })).items.find((c) => c.id === id);
  if (!claim) throw new CrosscheckError('E_NOT_FOUND_ID', { kind: 'claim', id: id.slice(0, 100) });
  return claim;
}

async function findFigure(store: Store, id: string): Promise<FigureRecord> {
  const figure = await store.getFigure(id);
  if (!figure) throw new CrosscheckError('E_NOT_FOUND_ID', { kind: 'figure', id: id.slice(0, 100) });
  return figure;
}

/** A destination figure by id, or by its label (as analysts left it) when exactly one figure carries it. */
async function findDestination(view: ReviewedStore, name: string): Promise<FigureRecord> {
  const byId = await view.getFigure(name);
  if (byId) return byId;
  const wanted = name.trim().toLowerCase();
  const ids = new Set<string>();
  if (wanted) {
    const plan = await view.plan();
    const machine = await view.base.listFigureBriefs({ q: name.trim(), limit: 500 });
    for (const b of machine.items)
      if (!plan.merged(b.id) && (plan.label(b.id) ?? b.label).toLowerCase() === wanted) ids.add(b.id);
    for (const [id, label] of plan.analystLabels()) if (label.toLowerCase() === wanted) ids.add(id);
  }
  if (ids.size > 1)
    throw bad(`${ids.size} figures are called \`${name.trim().slice(0, 100)}\`: give the id of one of them`);
  return findFigure(view, [...ids][0] ?? name);
}

const claimKey = (c: ClaimRecord): ClaimKey => ({
  kind: 'claim',
  id: c.id,
  document: c.document,
  start: c.numberStart,
  end: c.numberEnd,
});
const figureKey = (f: FigureRecord): FigureKey => ({ kind: 'figure', id: f.id, claims: [...f.claims] });

const NUMBER = /^[-+]?\d[\d,]*(?:\.\d+)?$/;
const num = (s: string) => Number(s.replace(/,/g, ''));

/** A value as typed: `1200`, `1,200`, `1000-1500`, `>1000`, `<1000`, or {value, low, high}. */
export function parseValue(v: unknown): { value: number | null; low: number | null; high: number | null } {
  if (typeof v === 'number') return { value: v, low: v, high: v };
  if (v && typeof v === 'object') return checkNewValue('value', v) as ReturnType<typeof parseValue>;
  const s = String(v ?? '').trim();
  if (NUMBER.test(s)) return { value: num(s), low: num(s), high: num(s) };
  const range = /^(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to)\s*(\d[\d,]*(?:\.\d+)?)$/.exec(s);
  if (range) return { value: null, low: num(range[1]!), high: num(range[2]!) };
  const bound = /^([<>])=?\s*(\d[\d,]*(?:\.\d+)?)$/.exec(s);
  if (bound) {
    const n = num(bound[2]!);
    return bound[1] === '>' ? { value: null, low: n, high: null } : { value: null, low: null, high: n };
  }
  throw bad(`\`${s.slice(0, 40)}\` is not a value: give a number (1200), a range (1000-1500) or a bound (>1000)`);
}

/** Build the correction `input` asks for, against what `store` shows now (corrections included). */
export async function buildCorrection(store: Store, input: CorrectionInput): Promise<CorrectionRecord> {
  const view = reviewed(store);
  const what = input.what;
  if (!CORRECTION_ACTIONS.includes(what)) throw bad(`the action must be one of ${CORRECTION_ACTIONS.join(', ')}`);
  if (!input.who?.trim()) throw bad('name the analyst (--who, or CROSSCHECK_ANALYST)');
  const note = input.note?.trim() || null;
  if (what === 'note' && !note) throw bad('a note needs its text');
  checkLengths({ note, who: input.who.trim(), label: typeof input.value === 'string' ? input.value : undefined });
  const base = { what, note, who: input.who.trim(), when: input.when ?? new Date().toISOString() };
  if (isClaimId(input.target)) {
    if (!CLAIM_ACTIONS.has(what)) throw bad(`\`${what}\` applies to a figure, and \`${input.target}\` is a claim`);
    const claim = await findClaim(view, input.target);
    const target = claimKey(claim);
    switch (what) {
      case 'value':
        return makeCorrection({
          ...base,
          target,
          old: { value: claim.value, low: claim.low, high: claim.high },
          new: parseValue(input.value),
        });
      case 'status':
        return makeCorrection({ ...base, target, old: claim.status, new: checkNewValue(what, input.value) });
      case 'source': {
        const name = typeof input.value === 'string' ? input.value.trim() : '';
        const fix = name ? { source: name, sourceName: name } : { source: null, sourceName: null };
        return makeCorrection({
          ...base,
          target,
          old: { source: claim.source, sourceName: claim.sourceName },
          new: fix,
        });
      }
      case 'move': {
        const to = await findDestination(view, String(input.value ?? ''));
        return makeCorrection({ ...base, target, old: claim.figure, new: figureKey(to) });
      }
      default:
        return makeCorrection({ ...base, target, old: claim.review?.verdict ?? null, new: null });
    }
  }
  if (!FIGURE_ACTIONS.has(what)) throw bad(`\`${what}\` applies to a claim, and \`${input.target}\` is a figure`);
  const figure = await findFigure(view, input.target);
  const target = figureKey(figure);
  switch (what) {
    case 'rename':
      return makeCorrection({ ...base, target, old: figure.label, new: checkNewValue(what, input.value) });
    case 'merge': {
      const into = await findDestination(view, String(input.value ?? ''));
      if (into.id === figure.id) throw bad('a figure cannot be merged into itself');
      return makeCorrection({ ...base, target, old: null, new: figureKey(into) });
    }
    case 'split': {
      const v = (input.value ?? {}) as { claims?: unknown; label?: unknown };
      const ids = Array.isArray(v.claims) ? v.claims.map(String) : [];
      if (!ids.length) throw bad('a split names the claims that leave the figure');
      const claims: ClaimKey[] = [];
      for (const id of ids) {
        if (!figure.claims.includes(id)) throw bad(`claim \`${id.slice(0, 100)}\` is not in figure \`${figure.id}\``);
        claims.push(claimKey(await findClaim(view, id)));
      }
      const label = typeof v.label === 'string' && v.label.trim() ? v.label.trim() : `${figure.label} (split)`;
      return makeCorrection({ ...base, target, old: null, new: { claims, label } });
    }
    default:
      return makeCorrection({ ...base, target, old: null, new: null });
  }
}

/** Build and store one correction; resolves to it. */
export async function addCorrection(store: Store, input: CorrectionInput): Promise<CorrectionRecord> {
  const correction = await buildCorrection(store, input);
  await store.putCorrections([correction]);
  return correction;
}
