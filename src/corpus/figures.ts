/**
 * Figures: claims about the same thing (same actor, action and measure, and
 * target) grouped across articles and wordings, each with a readable label
 * and its reconciliation.
 *
 * Keys are normalised (soldiers/troops/personnel → troops; sent/dispatched →
 * deploy; "North Korean" → north-korea). A claim that leaves the actor or
 * target unsaid joins the best-supported figure that agrees on everything it
 * does say; one that leaves the action unsaid joins only when a single action
 * is known for its measure. Scope (construction vs combat troops) stays
 * inside the figure as a typed disagreement; killed vs wounded are different
 * actions and so different figures.
 */
import type { DuplicateLink, FigureRecord } from '../records.js';
import { actionKey, figureLabel, measureKey, partyKey } from './normalise.js';
import { provenanceIndex, type ProvenanceIndex } from './provenance.js';
import { reconcile } from './reconcile.js';
import type { ClaimInput, DocMeta, Reconciliation } from './types.js';

interface Key {
  measure: string;
  action: string | null;
  actor: string | null;
  target: string | null;
}

const keyString = (k: Key) => `${k.measure}|${k.action ?? ''}|${k.actor ?? ''}|${k.target ?? ''}`;

function keyOf(c: ClaimInput): Key | null {
  const measure = measureKey(c.measure);
  if (!measure) return null;
  return { measure, action: actionKey(c.action), actor: partyKey(c.actor), target: partyKey(c.target) };
}

const specificity = (k: Key) => (k.action ? 1 : 0) + (k.actor ? 1 : 0) + (k.target ? 1 : 0);

function slug(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80) || 'figure';
}

export interface FigureOptions {
  /** Canonical source per claim (from cross-article entity merging). */
  claimSource?: Record<string, string | null>;
  /** Entity key → display name, for labels. */
  names?: Map<string, string>;
  /** A prebuilt provenance index (else built from docs and dupes). */
  provenance?: ProvenanceIndex;
}

/** Group claims into figures and reconcile each one. */
export function buildFigures(claims: ClaimInput[], docs: Iterable<DocMeta>, dupes: DuplicateLink[], options: FigureOptions = {}): { figures: FigureRecord[]; claimFigure: Record<string, string> } {
  const docList = [...docs];
  const docMap = new Map(docList.map((d) => [d.id, d]));
  const prov = options.provenance ?? provenanceIndex(docList, dupes, options.claimSource);

  const byKey = new Map<string, { key: Key; claims: ClaimInput[] }>();
  for (const c of claims) {
    const k = keyOf(c);
    if (!k) continue;
    const s = keyString(k);
    const slot = byKey.get(s) ?? { key: k, claims: [] };
    slot.claims.push(c);
    byKey.set(s, slot);
  }
  // Resolve under-specified keys onto the best-supported fitting key (most specific first, then most claims).
  const actions = new Map<string, Set<string>>();
  for (const { key } of byKey.values()) if (key.action) (actions.get(key.measure) ?? actions.set(key.measure, new Set()).get(key.measure)!).add(key.action);
  const slots = [...byKey.entries()];
  // Every key registers under each pattern that masks some of its action/actor/target with '*';
  // each pattern keeps its best candidate, so resolving is O(keys × 8), not O(keys²).
  const best = new Map<string, { s: string; score: number }>();
  const fields = (k: Key) => [k.action ?? '', k.actor ?? '', k.target ?? ''];
  for (const [s, { key, claims: cs }] of slots) {
    const f = fields(key);
    const score = specificity(key) * 1e9 + cs.length;
    for (let mask = 0; mask < 8; mask++) {
      const p = `${key.measure}|${f.map((x, i) => (mask & (1 << i) ? '*' : x)).join('|')}`;
      const cur = best.get(p);
      if (!cur || score > cur.score || (score === cur.score && s < cur.s)) best.set(p, { s, score });
    }
  }
  const target = new Map<string, string>();
  for (const [s, { key }] of slots) {
    const f = fields(key);
    // An unsaid actor or target matches any; an unsaid action only when the measure has a single action.
    const keepAction = key.action === null && (actions.get(key.measure)?.size ?? 0) !== 1;
    const pattern = `${key.measure}|${f.map((x, i) => (x === '' && !(i === 0 && keepAction) ? '*' : x)).join('|')}`;
    const cand = best.get(pattern);
    target.set(s, cand && cand.score >= (specificity(key) + 1) * 1e9 ? cand.s : s);
  }
  const resolve = (s: string): string => {
    let cur = s;
    for (let i = 0; i < 8 && target.get(cur) !== cur; i++) cur = target.get(cur)!;
    return cur;
  };
  const merged = new Map<string, { key: Key; claims: ClaimInput[] }>();
  for (const [s, slot] of slots) {
    const r = resolve(s);
    const into = merged.get(r) ?? { key: byKey.get(r)!.key, claims: [] };
    into.claims.push(...slot.claims);
    merged.set(r, into);
  }

  const figures: FigureRecord[] = [];
  const claimFigure: Record<string, string> = {};
  const used = new Set<string>();
  const ordered = [...merged.values()].sort((a, b) => b.claims.length - a.claims.length || (keyString(a.key) < keyString(b.key) ? -1 : 1));
  for (const { key, claims: cs } of ordered) {
    const label = figureLabel(key, options.names);
    let id = slug(label);
    for (let n = 2; used.has(id); n++) id = `${slug(label)}-${n}`;
    used.add(id);
    const reconciliation: Reconciliation = reconcile(cs, docMap, (c) => prov.get(c));
    for (const c of cs) claimFigure[c.id] = id;
    figures.push({ id, label, measure: key.measure, action: key.action, actor: key.actor, target: key.target, claims: cs.map((c) => c.id), reconciliation });
  }
  return { figures, claimFigure };
}
