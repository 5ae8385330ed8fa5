/**
 * A plan of the corrections over one state of a store: each target resolved
 * to the claim or figure it names now, then every correction replayed in
 * order (./corrections.ts `inOrder`) into per-claim edits, per-figure edits
 * and claim → figure moves. Built from the store's own reads; what the
 * machine stored is never changed.
 */
import type { ClaimRecord, ClaimReview, FigureRecord, FigureReview } from '../records.js';
import type { Store } from '../store/store.js';
import {
  inOrder,
  type ClaimKey,
  type CorrectionRecord,
  type FigureKey,
  type SourceFix,
  type SplitFix,
  type ValueFix,
} from './corrections.js';

/** A correction whose target is not in the store now (its article gone, its figure recomputed away). */
export interface Unresolved {
  correction: string;
  reason: string;
}

/** The largest page a plan reads at once (figures, a document's claims). */
const ALL = 100_000;

async function allFigures(store: Store): Promise<FigureRecord[]> {
  const out: FigureRecord[] = [];
  for (let offset = 0; ;) {
    const page = await store.listFigures({ limit: ALL, offset });
    out.push(...page.items);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return out;
  }
}

/** The claim of `claims` a key names: the same id, else the same document's number overlapping its span. */
export function findClaim(key: ClaimKey, claims: ClaimRecord[]): ClaimRecord | null {
  return (
    claims.find((c) => c.id === key.id) ??
    claims.find((c) => c.document === key.document && c.numberStart < key.end && key.start < c.numberEnd) ??
    null
  );
}

/** The corrections over one state of a store, resolved and replayed. */
export class ReviewPlan {
  readonly corrections: CorrectionRecord[];
  readonly unresolved: Unresolved[] = [];
  /** Claim id → its edits. */
  private readonly claimEdits = new Map<string, ClaimReview & { apply: Array<(c: ClaimRecord) => void> }>();
  private readonly figureEdits = new Map<string, FigureReview & { label?: string }>();
  /** Claim id → the figure corrections put it in (null: out of every figure). */
  private readonly moved = new Map<string, string | null>();
  /** Figure id → the figure it was merged into. */
  private readonly mergedInto = new Map<string, string>();
  /** New figures made by splits: id → parent id and label. */
  private readonly splits = new Map<string, { from: string; label: string }>();
  private figures: FigureRecord[] = [];
  private figureById = new Map<string, FigureRecord>();
  /** Claim id → the machine's figure. */
  private machineFigure = new Map<string, string>();
  private recomputedIds?: Set<string>;

  private constructor(corrections: CorrectionRecord[]) {
    this.corrections = inOrder(corrections);
  }

  /** true when no correction changes anything. */
  get empty(): boolean {
    return this.corrections.length === 0;
  }

  /** Ids of the claims whose `field` a correction sets (to filter on corrected values). */
  correctedClaims(field: keyof ClaimRecord): string[] {
    const out: string[] = [];
    for (const [id, e] of this.claimEdits) if (e.corrected.includes(field)) out.push(id);
    return out;
  }

  /** true when corrections change figures (labels, notes, membership): figure listings must be rebuilt. */
  get touchesFigures(): boolean {
    return this.figureEdits.size > 0 || this.moved.size > 0;
  }

  /** Resolve and replay `corrections` over what `store` (the machine's output) holds now. */
  static async build(store: Store, corrections: CorrectionRecord[]): Promise<ReviewPlan> {
    const plan = new ReviewPlan(corrections);
    if (!corrections.length) return plan;
    const needsFigures = corrections.some((c) => c.target.kind === 'figure' || c.what === 'move' || c.what === 'merge');
    if (needsFigures) {
      plan.figures = await allFigures(store);
      for (const f of plan.figures) {
        plan.figureById.set(f.id, f);
        for (const claim of f.claims) plan.machineFigure.set(claim, f.id);
      }
    }
    const byDocument = new Map<string, ClaimRecord[]>();
    const claimsOf = async (document: string) => {
      let list = byDocument.get(document);
      if (!list) {
        list = (await store.listClaims({ document, limit: ALL })).items;
        byDocument.set(document, list);
        for (const c of list) if (c.figure && !plan.machineFigure.has(c.id)) plan.machineFigure.set(c.id, c.figure);
      }
      return list;
    };
    const claimOf = async (key: ClaimKey) => findClaim(key, await claimsOf(key.document));
    for (const c of plan.corrections) await plan.replay(c, claimOf);
    return plan;
  }

  /** The figure a key names now: its id if that figure still holds one of its claims, else the one holding most. */
  private figureOf(key: FigureKey): string | null {
    let id: string | null = null;
    const split = this.splits.has(key.id);
    const holds = !key.claims.length || key.claims.some((c) => this.figureNow(c) === key.id);
    if (split || (this.figureById.has(key.id) && holds)) id = key.id;
    else {
      const votes = new Map<string, number>();
      for (const c of key.claims) {
        const f = this.figureNow(c);
        if (f) votes.set(f, (votes.get(f) ?? 0) + 1);
      }
      let best = 0;
      for (const [f, n] of votes) if (n > best) [id, best] = [f, n];
    }
    while (id && this.mergedInto.has(id)) id = this.mergedInto.get(id)!;
    return id;
  }

  /** The figure a claim is in after the corrections replayed so far. */
  private figureNow(claim: string): string | null {
    return this.moved.has(claim) ? this.moved.get(claim)! : (this.machineFigure.get(claim) ?? null);
  }

  private claimEdit(id: string) {
    let e = this.claimEdits.get(id);
    if (!e)
      this.claimEdits.set(
        id,
        (e = { verdict: null, corrected: [], machine: {}, notes: [], corrections: [], apply: [] }),
      );
    return e;
  }

  private figureEdit(id: string) {
    let e = this.figureEdits.get(id);
    if (!e) this.figureEdits.set(id, (e = { membership: false, merged: [], notes: [], corrections: [] }));
    return e;
  }

  /** Record a field a correction sets, keeping the machine's value the first time. */
  private setField(id: string, field: keyof ClaimRecord, fn: (c: ClaimRecord) => void) {
    const e = this.claimEdit(id);
    if (!e.corrected.includes(field)) e.corrected.push(field);
    e.apply.push((c) => {
      if (!(field in e.machine)) e.machine[field] = c[field];
      fn(c);
    });
  }

  private move(claim: string, to: string | null, correction: string) {
    const from = this.figureNow(claim);
    if (from === to) return;
    this.moved.set(claim, to);
    for (const f of [from, to]) {
      if (!f) continue;
      const e = this.figureEdit(f);
      e.membership = true;
      if (!e.corrections.includes(correction)) e.corrections.push(correction);
    }
    const e = this.claimEdit(claim);
    if (!e.corrected.includes('figure')) e.corrected.push('figure');
  }

  private async replay(c: CorrectionRecord, claimOf: (key: ClaimKey) => Promise<ClaimRecord | null>) {
    const miss = (reason: string) => this.unresolved.push({ correction: c.id, reason });
    if (c.target.kind === 'claim') {
      const claim = await claimOf(c.target);
      if (!claim) return miss(`no claim at ${c.target.document.slice(0, 12)}… ${c.target.start}-${c.target.end}`);
      const e = this.claimEdit(claim.id);
      e.corrections.push(c.id);
      if (c.note) e.notes.push(c.note);
      switch (c.what) {
        case 'verify':
          e.verdict = 'verified';
          break;
        case 'reject':
          e.verdict = 'rejected';
          break;
        case 'value': {
          const v = c.new as ValueFix;
          for (const field of ['value', 'low', 'high'] as const)
            this.setField(claim.id, field, (r) => (r[field] = v[field]));
          break;
        }
        case 'status':
          this.setField(claim.id, 'status', (r) => (r.status = c.new as string));
          break;
        case 'source': {
          const v = c.new as SourceFix;
          this.setField(claim.id, 'source', (r) => {
            r.source = v.source;
            r.sourceName = v.sourceName;
          });
          break;
        }
        case 'move': {
          const to = this.figureOf(c.new as FigureKey);
          if (!to) return miss(`no figure ${(c.new as FigureKey).id} to move into`);
          this.move(claim.id, to, c.id);
          break;
        }
      }
      return;
    }
    const figure = this.figureOf(c.target);
    if (!figure) return miss(`no figure ${c.target.id}`);
    const e = this.figureEdit(figure);
    e.corrections.push(c.id);
    if (c.note) e.notes.push(c.note);
    switch (c.what) {
      case 'rename':
        e.machineLabel ??= this.figureById.get(figure)?.label ?? this.splits.get(figure)?.label;
        e.label = c.new as string;
        break;
      case 'merge': {
        const into = this.figureOf(c.new as FigureKey);
        if (!into || into === figure) return miss(`no other figure ${(c.new as FigureKey).id} to merge into`);
        for (const claim of this.claimsNow(figure)) this.move(claim, into, c.id);
        this.mergedInto.set(figure, into);
        const target = this.figureEdit(into);
        target.merged.push(figure);
        if (!target.corrections.includes(c.id)) target.corrections.push(c.id);
        break;
      }
      case 'split': {
        const v = c.new as SplitFix;
        const id = `${figure}~${c.id.slice(1, 9)}`;
        this.splits.set(id, { from: figure, label: v.label });
        const made = this.figureEdit(id);
        made.splitFrom = figure;
        if (!made.corrections.includes(c.id)) made.corrections.push(c.id);
        for (const key of v.claims) {
          const claim = await claimOf(key);
          if (claim && this.figureNow(claim.id) === figure) this.move(claim.id, id, c.id);
        }
        break;
      }
    }
  }

  /** The claims in a figure after the corrections replayed so far, in the machine's order, moved-in ones last. */
  private claimsNow(figure: string): string[] {
    const out: string[] = [];
    for (const claim of this.figureById.get(figure)?.claims ?? [])
      if (this.figureNow(claim) === figure) out.push(claim);
    for (const [claim, to] of this.moved)
      if (to === figure && this.machineFigure.get(claim) !== figure) out.push(claim);
    return out;
  }

  /** A claim with the corrections on it laid over (a copy when any apply). */
  claim(c: ClaimRecord): ClaimRecord {
    const e = this.claimEdits.get(c.id);
    const moved = this.moved.has(c.id);
    if (!e && !moved) return c;
    const out: ClaimRecord = { ...c };
    const review: ClaimReview = {
      verdict: e?.verdict ?? null,
      corrected: [...(e?.corrected ?? [])],
      machine: {},
      notes: [...(e?.notes ?? [])],
      corrections: [...(e?.corrections ?? [])],
    };
    if (e) {
      for (const fn of e.apply) fn(out);
      Object.assign(review.machine, e.machine);
      e.machine = {};
    }
    if (moved) {
      review.machine.figure = c.figure;
      out.figure = this.moved.get(c.id)!;
    }
    out.review = review;
    return out;
  }

  /** Every label analysts gave (renames, and the new figures of splits), by figure id; merged ones left out. */
  analystLabels(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [id, { label }] of this.splits) out.set(id, this.figureEdits.get(id)?.label ?? label);
    for (const [id, e] of this.figureEdits) if (e.label) out.set(id, e.label);
    for (const id of this.mergedInto.keys()) out.delete(id);
    return out;
  }

  /** The label an analyst gave `figure`, if any. */
  label(figure: string): string | undefined {
    return this.figureEdits.get(figure)?.label;
  }

  /** true when `figure` was merged into another (it is listed no more). */
  merged(figure: string): boolean {
    return this.mergedInto.has(figure);
  }

  /** true when analysts moved every claim out of `figure`: listings leave it out, a link to it still answers. */
  emptied(figure: string): boolean {
    return !!this.figureEdits.get(figure)?.membership && this.claimsNow(figure).length === 0;
  }

  /** true when the claims of `figure` differ from the machine's (listings of it are rebuilt from the plan). */
  changesMembership(figure: string): boolean {
    return !!this.figureEdits.get(figure)?.membership || this.splits.has(figure) || this.mergedInto.has(figure);
  }

  /** The figure a listing of `figure`'s claims should show: merged ones lead to the figure they went into. */
  current(figure: string): string {
    let id = figure;
    while (this.mergedInto.has(id)) id = this.mergedInto.get(id)!;
    return id;
  }

  /** The machine's figure of each claim the corrected `figure` holds, to read them from the store. */
  claimSources(figure: string): { claims: string[]; figures: string[]; loose: string[] } {
    const claims = this.claimsNow(figure);
    const figures = new Set<string>();
    const loose: string[] = [];
    for (const claim of claims) {
      const f = this.machineFigure.get(claim);
      if (f) figures.add(f);
      else loose.push(claim);
    }
    return { claims, figures: [...figures], loose };
  }

  /** A figure with the corrections laid over; null when it was merged into another. */
  figure(f: FigureRecord): FigureRecord | null {
    if (this.mergedInto.has(f.id)) return null;
    const e = this.figureEdits.get(f.id);
    const claims = e?.membership ? this.claimsNow(f.id) : f.claims;
    const corrected = this.claimEdits.size ? this.countCorrected(claims) : 0;
    if (!e && !corrected) return f;
    const out: FigureRecord = {
      ...f,
      review: {
        membership: e?.membership ?? false,
        merged: [...(e?.merged ?? [])],
        notes: [...(e?.notes ?? [])],
        corrections: [...(e?.corrections ?? [])],
      },
    };
    if (e?.machineLabel !== undefined) out.review!.machineLabel = e.machineLabel;
    if (e?.splitFrom) out.review!.splitFrom = e.splitFrom;
    if (corrected) out.review!.claimsCorrected = corrected;
    if (e?.label) out.label = e.label;
    if (e?.membership) out.claims = claims;
    return out;
  }

  /**
   * Ids of the figures whose reconciliation corrections change: their claims moved, merged or split, or a claim of
   * theirs rejected or given another value, status or source. A verdict of verified or a note changes no value.
   */
  recomputed(): Set<string> {
    if (this.recomputedIds) return this.recomputedIds;
    const out = new Set<string>();
    for (const [id, e] of this.figureEdits) if (e.membership) out.add(id);
    for (const id of this.splits.keys()) out.add(id);
    for (const [claim, e] of this.claimEdits) {
      if (e.verdict !== 'rejected' && !e.corrected.some((field) => field !== 'figure')) continue;
      const f = this.figureNow(claim);
      if (f) out.add(this.current(f));
    }
    return (this.recomputedIds = out);
  }

  /** How many of `claims` have a value, status or source set by an analyst (the reconciliation predates them). */
  private countCorrected(claims: string[]): number {
    let n = 0;
    for (const id of claims) if (this.claimEdits.get(id)?.corrected.some((field) => field !== 'figure')) n++;
    return n;
  }

  /** The figures splits made, built from their parents (a split of a split after its parent: replay order). */
  splitFigures(): FigureRecord[] {
    const made = new Map<string, FigureRecord>();
    for (const [id, { from, label }] of this.splits) {
      const parent = this.figureById.get(from) ?? made.get(from);
      if (!parent) continue;
      const e = this.figureEdits.get(id)!;
      made.set(id, {
        ...parent,
        id,
        label: e.label ?? label,
        claims: this.claimsNow(id),
        reconciliation: null,
        relations: [],
        review: {
          membership: true,
          merged: [...e.merged],
          splitFrom: from,
          notes: [...e.notes],
          corrections: [...e.corrections],
        },
      });
    }
    return [...made.values()];
  }

  /** Every figure, corrected: the machine's (merged ones dropped) then the splits' new ones. */
  allFigures(): FigureRecord[] {
    const out: FigureRecord[] = [];
    for (const f of this.figures) {
      const g = this.figure(f);
      // A figure analysts emptied (every claim moved out) is gone from listings; a link to it still answers.
      if (g && !this.emptied(f.id)) out.push(g);
    }
    return [...out, ...this.splitFigures().filter((f) => !this.mergedInto.has(f.id))];
  }

  /** A new split figure by id, corrected. */
  splitFigure(id: string): FigureRecord | null {
    return this.splits.has(id) ? (this.splitFigures().find((f) => f.id === id) ?? null) : null;
  }
}
