/**
 * Cross-article entity resolution: merge the per-article entity tables into
 * one list, resolving spelling variants (`Zelensky`/`Zelenskyy`, hyphen and
 * space variants of Korean names, middle initials) and surname-only people
 * when exactly one full name in the corpus carries that surname.
 *
 * Returns the merged records and an id remap (per-article id → corpus id)
 * so that corpus stages can canonicalise claim sources and quote speakers.
 */
import type { EntityRecord } from '../records.js';
import { SUFFIXES, nameKey, slug } from '../stages/entities/names.js';

export interface MergedEntities {
  entities: EntityRecord[];
  /** Per-article entity id → corpus entity id, for every id that changed. */
  remap: Record<string, string>;
}

function words(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/[.,]$/, ''))
    .filter((w) => w.length > 1 && !SUFFIXES.has(w.toLowerCase()));
}

/** The key that makes two names the same entity; persons and the rest never mix. */
function keyOf(type: string, name: string): string {
  return `${type === 'person' ? 'p' : 'o'}:${nameKey(name)}`;
}

/**
 * The sorted documents of merged groups, by their first record, for a second merge of mostly the same records (an
 * incremental run merges the kept records, then them with the new ones): a group of the very same record objects
 * takes its list from here instead of sorting it again. The records must not change between the merges.
 */
export type MergeCache = WeakMap<EntityRecord, { members: readonly EntityRecord[]; documents: readonly string[] }>;

/** A group's documents, sorted, without repeats: from `cache` when it holds the same records. */
function groupDocuments(members: readonly EntityRecord[], cache: MergeCache | undefined): string[] {
  const had = cache?.get(members[0]!);
  if (had && had.members.length === members.length && had.members.every((r, k) => r === members[k]))
    return had.documents.slice();
  const set = new Set<string>();
  for (const r of members) for (const d of r.documents ?? []) set.add(d);
  const documents = [...set].sort();
  cache?.set(members[0]!, { members, documents });
  return documents.slice();
}

/**
 * Merge entity records from many documents (each typically with one document
 * id, as written by `entityRecord`). `cache`: see {@link MergeCache}.
 */
export function mergeEntities(records: readonly EntityRecord[], cache?: MergeCache): MergedEntities {
  const n = records.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };

  // 1. Same key of the name or of a multi-word alias.
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else union(j, i);
  };
  records.forEach((r, i) => {
    const type = r.type === 'person' ? 'person' : 'other';
    link(keyOf(type, r.name), i);
    link(`id:${type}:${r.id}`, i);
    for (const a of r.aliases ?? []) {
      // Only full names and acronyms as aliases link records; "Lee" or "the North" would over-merge.
      if (type === 'person' ? words(a).length >= 2 : a.length >= 2 && !/^the\s/i.test(a)) link(keyOf(type, a), i);
    }
  });

  // 2. Surname-only people: link when exactly one full-name group has that surname.
  const fullBySurname = new Map<string, Set<number>>();
  records.forEach((r, i) => {
    if (r.type !== 'person') return;
    const w = words(r.name);
    if (w.length < 2) return;
    for (const s of new Set([nameKey(w[w.length - 1]!), nameKey(w[0]!)])) {
      const set = fullBySurname.get(s) ?? new Set<number>();
      set.add(find(i));
      fullBySurname.set(s, set);
    }
  });
  records.forEach((r, i) => {
    if (r.type !== 'person' || words(r.name).length !== 1) return;
    const groups = fullBySurname.get(nameKey(words(r.name)[0]!));
    if (!groups) return;
    const roots = new Set([...groups].map(find));
    if (roots.size === 1) union([...roots][0]!, i);
  });

  // 3. Build one record per group.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  const entities: EntityRecord[] = [];
  const remap: Record<string, string> = {};
  const usedIds = new Map<string, number>();
  for (const members of groups.values()) {
    // Canonical name: the one most documents use; then the longest full name.
    const score = new Map<string, number>();
    for (const i of members) {
      const r = records[i]!;
      score.set(r.name, (score.get(r.name) ?? 0) + Math.max(1, r.documents.length) * 10 + words(r.name).length);
    }
    const name = [...score.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    )[0]![0];
    const typeVotes = new Map<string, number>();
    for (const i of members) {
      const t = records[i]!.type;
      if (t !== 'other') typeVotes.set(t, (typeVotes.get(t) ?? 0) + 1);
    }
    const type = [...typeVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? records[members[0]!]!.type;
    let id = slug(name);
    // Two different groups with the same slug keep distinct ids.
    const count = usedIds.get(id) ?? 0;
    usedIds.set(id, count + 1);
    if (count > 0) id = `${id}-${count + 1}`;
    const aliases = new Set<string>();
    const roles = new Set<string>();
    for (const i of members) {
      const r = records[i]!;
      if (r.name !== name) aliases.add(r.name);
      for (const a of r.aliases ?? []) if (a !== name) aliases.add(a);
      for (const x of r.roles ?? []) roles.add(x);
      if (r.id !== id) remap[r.id] = id;
    }
    const documents = groupDocuments(
      members.map((i) => records[i]!),
      cache,
    );
    entities.push({
      id,
      name,
      type,
      aliases: [...aliases].sort(),
      roles: [...roles].sort(),
      documents,
    });
  }
  entities.sort((a, b) => b.documents.length - a.documents.length || (a.id < b.id ? -1 : 1));
  return { entities, remap };
}
