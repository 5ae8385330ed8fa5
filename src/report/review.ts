/**
 * The analysts' corrections in the story report: a line per correction on
 * the figure it touches, a mark on each corrected claim of a timeline, and
 * the full list at the end, so a reader always sees what a person changed
 * over what the machine found.
 */
import { formatNumber } from '../corpus/reconcile.js';
import { valueWords } from '../vocabulary/bound-words.js';
import type { ClaimRecord, FigureRecord } from '../records.js';
import type { CorrectionRecord, FigureKey, SourceFix, SplitFix, ValueFix } from '../review/corrections.js';
import type { ReportLine } from './build.js';

// A corrected value keeps no source's words: a bound reads in the safe ones.
const valueText = (v: ValueFix | null | undefined): string => (v && valueWords(v, formatNumber)) ?? '?';

/** What a correction did, in words ("value 1,500 → 11,500"). */
export function correctionText(c: CorrectionRecord): string {
  switch (c.what) {
    case 'verify':
      return 'verified';
    case 'reject':
      return 'rejected';
    case 'value':
      return `value ${valueText(c.old as ValueFix)} → ${valueText(c.new as ValueFix)}`;
    case 'status':
      return `status ${String(c.old ?? '?')} → ${String(c.new)}`;
    case 'source': {
      const name = (v: SourceFix | null) => v?.sourceName ?? v?.source ?? "the outlet's own voice";
      return `source ${name(c.old as SourceFix | null)} → ${name(c.new as SourceFix)}`;
    }
    case 'move':
      return `moved to figure ${(c.new as FigureKey).id}`;
    case 'merge':
      return `merged into figure ${(c.new as FigureKey).id}`;
    case 'split':
      return `split ${(c.new as SplitFix).claims.length} claim(s) into “${(c.new as SplitFix).label}”`;
    case 'rename':
      return `renamed from “${String(c.old ?? '?')}” to “${String(c.new)}”`;
    case 'note':
      return 'note';
  }
}

/** "value 1,500 → 11,500 — ana, 2026-12-06: checked the briefing". */
export function correctionLine(c: CorrectionRecord): string {
  return `${correctionText(c)} — ${c.who}, ${c.when.slice(0, 10)}${c.note ? `: ${c.note}` : ''}`;
}

/** The mark a corrected claim carries in a timeline: " [verified; value corrected (machine: 1,500)]". */
export function claimMark(c: ClaimRecord | undefined): string {
  const r = c?.review;
  if (!r) return '';
  const parts: string[] = [];
  if (r.verdict) parts.push(r.verdict);
  if (r.corrected.includes('value'))
    parts.push(`value corrected (machine: ${valueText(r.machine as unknown as ValueFix)})`);
  if (r.corrected.includes('status')) parts.push(`status corrected (machine: ${String(r.machine.status)})`);
  if (r.corrected.includes('source')) parts.push(`source corrected (machine: ${String(r.machine.source ?? 'outlet')})`);
  if (r.corrected.includes('figure')) parts.push('moved by an analyst');
  if (r.notes.length) parts.push(`note: ${r.notes.join(' / ')}`);
  return parts.length ? ` [${parts.join('; ')}]` : '';
}

/** The lines of a figure's review section: its own corrections and those of its claims. */
export function figureReviewLines(
  f: FigureRecord,
  claims: Map<string, ClaimRecord>,
  byId: Map<string, CorrectionRecord>,
  cites: (docs: string[]) => number[],
): ReportLine[] {
  const out: ReportLine[] = [];
  const seen = new Set<string>();
  const add = (id: string, docs: string[]) => {
    const c = byId.get(id);
    if (!c || seen.has(id)) return;
    seen.add(id);
    out.push({ text: correctionLine(c), cites: cites(docs) });
  };
  for (const id of f.review?.corrections ?? []) add(id, []);
  for (const claim of claims.values()) for (const id of claim.review?.corrections ?? []) add(id, [claim.document]);
  const n = f.review?.claimsCorrected ?? 0;
  const rejected = [...claims.values()].filter((c) => c.review?.verdict === 'rejected').length;
  if (f.review?.recomputed) {
    const what = [
      f.review.membership && !f.review.splitFrom ? 'changed which claims it holds' : '',
      n ? `corrected ${n} of its claims` : '',
      rejected ? `rejected ${rejected}` : '',
    ].filter(Boolean);
    out.push({
      text: `analysts ${what.join(' and ') || 'corrected it'}: the reconciliation above is recomputed from the corrected claims`,
      cites: [],
    });
    return out;
  }
  if (n && !f.review?.membership)
    out.push({
      text: `analysts corrected ${n} of its claims: the reconciliation above is the machine’s, from before`,
      cites: [],
    });
  if (f.review?.membership && !f.review.splitFrom)
    out.push({
      text: 'analysts changed which claims this figure holds: the reconciliation above is the machine’s, from before',
      cites: [],
    });
  return out;
}
