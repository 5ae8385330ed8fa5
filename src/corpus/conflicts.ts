/**
 * A figure's real conflicts as a reader is told them: the claims joined by conflict relations are one
 * disagreement, told once as "on DAY, SOURCE: VALUE; SOURCE: VALUE", never pair by pair. The report and the
 * figure API both tell them this way. Linear in the figure's relations and timeline.
 */
import type { TimelineEntry } from './types.js';

/** One disagreement: the days it was reported on, who said what, and the claims and articles behind it. */
export interface ConflictGroup {
  days: string[];
  sides: Array<{ source: string; name: string; values: string[]; claims: string[] }>;
  claims: string[];
  documents: string[];
  /** "on 2024-05-03, the police chief: 35; the mayor: 20 to 25". */
  text: string;
}

/** The conflict groups of a figure, at most `max`, each told once (two groups that read alike are one). */
export function conflictGroups(
  relations: Iterable<{ a: string; b: string; type: string }>,
  timeline: Iterable<TimelineEntry>,
  max: number,
): ConflictGroup[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const { a, b, type } of relations) {
    if (type !== 'conflict') continue;
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  if (!parent.size) return [];
  const members = new Map<string, TimelineEntry[]>();
  for (const e of timeline) {
    if (!parent.has(e.claim)) continue;
    const root = find(e.claim);
    (members.get(root) ?? members.set(root, []).get(root)!).push(e);
  }
  const out: ConflictGroup[] = [];
  const told = new Set<string>();
  for (const es of members.values()) {
    if (out.length >= max) break;
    const days = [...new Set(es.map((e) => e.said).filter((d): d is string => !!d))].sort();
    const sides = new Map<string, ConflictGroup['sides'][number]>();
    for (const e of es) {
      let side = sides.get(e.source);
      if (!side) sides.set(e.source, (side = { source: e.source, name: e.sourceName, values: [], claims: [] }));
      if (!side.values.includes(e.text)) side.values.push(e.text);
      side.claims.push(e.claim);
    }
    const list = [...sides.values()];
    // Two groups that read the same once told (the same sources and values in other articles) are told once.
    const key = `${days.join()}|${list
      .map((s) => `${s.name}:${[...s.values].sort().join()}`)
      .sort()
      .join(';')}`;
    if (told.has(key)) continue;
    told.add(key);
    const who = list.map((s) => `${s.name}: ${s.values.join(' or ')}`).join('; ');
    out.push({
      days,
      sides: list,
      claims: es.map((e) => e.claim),
      documents: [...new Set(es.map((e) => e.document))],
      text: `${days.length ? `on ${days.join(' and ')}, ` : ''}${who}`,
    });
  }
  return out;
}
