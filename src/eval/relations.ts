/**
 * Relations scoring (the gold README's "Relations between claims"): over the
 * gold pairs whose two claims were both found, how the export groups them
 * into figures, which it flags as conflicts, and the type it gives them.
 * A gold claim is found when the claim matching of score.ts paired it with a
 * predicted claim; the pair is then judged on those predicted claims.
 */
import type { ClaimRecord } from '../records.js';
import { fold } from './fold.js';
import type { Gold, GoldClaim, GoldClaimRef, RelationType } from './gold.js';
import { RELATION_TYPES } from './gold.js';

/** A relation as the export states it (`relations[]` of crosscheck-export/1). */
export interface PredictedRelation {
  a: string;
  b: string;
  type: RelationType;
  /** The rule that typed it, when the export says. */
  by?: string;
}

interface Share {
  correct: number;
  total: number;
  score: number | null;
}

/** One gold pair judged wrong somewhere, for `--verbose`. */
export interface RelationMiss {
  type: RelationType;
  predicted: RelationType;
  grouped: boolean;
  /** The rule that typed the pair, when it was listed. */
  by?: string;
  a: string;
  b: string;
}

export interface RelationScores {
  /** Gold relations, and those whose two claims were both found (the rest are not scored). */
  gold: number;
  found: number;
  /** same / conflict / revision / increment pairs share a figure, different pairs do not (part: either). */
  grouping: Share;
  /** Gold conflicts flagged as conflicts. */
  conflicts: Share;
  /** Other gold pairs flagged as conflicts (lower is better). */
  falseAlarms: Share;
  type: Share;
  /** Type accuracy by gold type. */
  byType: Record<RelationType, Share>;
  misses: RelationMiss[];
}

/** The predicted claims each gold claim was matched to, by the gold claim (as score.ts matched them). */
export type ClaimMatches = Map<string, Array<{ gold: GoldClaim; predicted: ClaimRecord }>>;

function share(correct: number, total: number): Share {
  return { correct, total, score: total ? correct / total : null };
}

const refNumber = (c: Pick<GoldClaim, 'value' | 'low' | 'high'>) => c.value ?? c.low ?? c.high;
const refKey = (evidence: string, n: number | null) => `${fold(evidence)}\u0000${n}`;

/** The type a pair has in the export: its listed relation (either order), else same within a figure, else different. */
export function predictedType(a: ClaimRecord, b: ClaimRecord, listed: Map<string, RelationType>): RelationType {
  const t = listed.get(`${a.id}\u0000${b.id}`) ?? listed.get(`${b.id}\u0000${a.id}`);
  if (t) return t;
  return a.figure && a.figure === b.figure ? 'same' : 'different';
}

/** Score the export's figures and relations against the gold relations. */
export function scoreRelations(
  gold: Pick<Gold, 'relations'>,
  matches: ClaimMatches,
  relations: Iterable<PredictedRelation>,
): RelationScores {
  const listed = new Map<string, RelationType>();
  const ruleOf = new Map<string, string>();
  for (const r of relations) {
    listed.set(`${r.a}\u0000${r.b}`, r.type);
    if (r.by) ruleOf.set(`${r.a}\u0000${r.b}`, r.by);
  }
  const byRef = new Map<string, ClaimRecord>();
  for (const [file, ms] of matches)
    for (const m of ms) byRef.set(`${file}\u0001${refKey(m.gold.evidence, refNumber(m.gold))}`, m.predicted);
  const find = (ref: GoldClaimRef) => byRef.get(`${ref.file}\u0001${refKey(ref.evidence, ref.value)}`) ?? null;

  let found = 0;
  const grouping = [0, 0];
  const conflicts = [0, 0];
  const alarms = [0, 0];
  const typed = [0, 0];
  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, [0, 0]])) as Record<RelationType, number[]>;
  const misses: RelationMiss[] = [];
  for (const rel of gold.relations) {
    const a = find(rel.a);
    const b = find(rel.b);
    if (!a || !b) continue;
    found++;
    const together = !!a.figure && a.figure === b.figure;
    const groupedRight = rel.type === 'part' || (rel.type === 'different' ? !together : together);
    grouping[1]!++;
    if (groupedRight) grouping[0]!++;
    const type = predictedType(a, b, listed);
    const flagged = type === 'conflict';
    if (rel.type === 'conflict') {
      conflicts[1]!++;
      if (flagged) conflicts[0]!++;
    } else {
      alarms[1]!++;
      if (flagged) alarms[0]!++;
    }
    typed[1]!++;
    byType[rel.type][1]!++;
    if (type === rel.type) {
      typed[0]!++;
      byType[rel.type][0]!++;
    }
    if (type !== rel.type || !groupedRight)
      misses.push({
        type: rel.type,
        predicted: type,
        grouped: together,
        by: ruleOf.get(`${a.id}\u0000${b.id}`) ?? ruleOf.get(`${b.id}\u0000${a.id}`),
        a: `{${a.figure ?? '-'}} ${rel.a.file}: ${rel.a.evidence} [${rel.a.value}]`,
        b: `{${b.figure ?? '-'}} ${rel.b.file}: ${rel.b.evidence} [${rel.b.value}]`,
      });
  }
  return {
    gold: gold.relations.length,
    found,
    grouping: share(grouping[0]!, grouping[1]!),
    conflicts: share(conflicts[0]!, conflicts[1]!),
    falseAlarms: share(alarms[0]!, alarms[1]!),
    type: share(typed[0]!, typed[1]!),
    byType: Object.fromEntries(RELATION_TYPES.map((t) => [t, share(byType[t][0]!, byType[t][1]!)])) as Record<
      RelationType,
      Share
    >,
    misses,
  };
}
