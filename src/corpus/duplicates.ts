/**
 * Duplicates and versions: near-identical copies, syndicated (lightly
 * rewritten) wire stories and updated versions of one article, found with
 * MinHash + LSH so the cost grows about linearly with the corpus.
 *
 * Bodies are hashed as they stream past and dropped; only the 512-byte
 * signature and a few metadata fields stay in memory.
 */
import type { DuplicateLink } from '../records.js';
import {
  BANDS,
  bandHash,
  bucketsFor,
  forEachCandidatePair,
  MAX_RUN,
  signature,
  similarity,
  similarityFrom,
} from './minhash.js';
import { asOfDate, dateCues } from './dates.js';
import type { DocInput, DocMeta } from './types.js';

/** Similarity at or above which two articles of different outlets count as the same text. */
const IDENTICAL = 0.9;

/** Collects signatures one document at a time; `links()` finds the pairs. */
export class DuplicateIndex {
  readonly docs: DocMeta[] = [];
  private readonly signatures: Array<Uint32Array | null> = [];

  constructor(readonly threshold = 0.5) {}

  add(doc: DocInput): void {
    const asOf = asOfDate(doc);
    this.docs.push({
      asOf: asOf.date,
      asOfBy: asOf.by,
      cues: asOf.date ? null : dateCues(doc),
      id: doc.id,
      outlet: doc.outlet ?? null,
      wire: doc.wire ?? [],
      published: doc.published ?? null,
      url: doc.url ?? null,
      previousVersion: doc.previousVersion ?? null,
      title: doc.title ?? null,
      source: doc.source ?? null,
      order: this.docs.length,
    });
    this.signatures.push(signature(doc.body));
  }

  /** Document `i`'s MinHash signature (null: a text too short to compare), as an incremental run keeps it. */
  signatureOf(i: number): Uint32Array | null {
    return this.signatures[i] ?? null;
  }

  /** A document read by an earlier run, from its kept metadata and signature, in place of its text. */
  restore(meta: Omit<DocMeta, 'order'>, sig: Uint32Array | null): void {
    this.docs.push({ ...meta, order: this.docs.length });
    this.signatures.push(sig);
  }

  /** One link per copy, to the document it most resembles among those that came before it. */
  links(): DuplicateLink[] {
    const { docs, signatures } = this;
    const byId = new Map(docs.map((d, i) => [d.id, i]));
    const best = new Map<number, DuplicateLink & { rank: number }>();
    const offer = (copy: number, of: number, kind: DuplicateLink['kind'], sim: number, rank: number) => {
      const cur = best.get(copy);
      if (!cur || rank > cur.rank || (rank === cur.rank && sim > cur.similarity)) {
        best.set(copy, { document: docs[copy]!.id, of: docs[of]!.id, kind, similarity: round(sim), rank });
      }
    };
    // Versions recorded at ingest (same URL, new text) are linked whatever the similarity.
    docs.forEach((d, i) => {
      const prev = d.previousVersion ? byId.get(d.previousVersion) : undefined;
      if (prev !== undefined) {
        const a = signatures[i];
        const b = signatures[prev];
        offer(i, prev, 'version', a && b ? similarity(a, b) : 0, 2);
      }
    });
    // Visited as the bands find them, not listed first: near-identical texts give up to BANDS × MAX_RUN a document.
    const need = bucketsFor(this.threshold);
    forEachCandidatePair(signatures, (i, j) => {
      const sim = similarityFrom(signatures[i]!, signatures[j]!, need);
      if (sim < 0) return;
      const [origin, copy] = earlierFirst(docs[i]!, docs[j]!) ? [i, j] : [j, i];
      const kind = classify(docs[origin]!, docs[copy]!, sim);
      offer(copy, origin, kind, sim, kind === 'version' ? 1 : 0);
    });
    // Keep the forest acyclic: a link must point to an earlier document in the order used above.
    return [...best.values()]
      .sort((a, b) => byId.get(a.document)! - byId.get(b.document)!)
      .map(({ rank: _rank, ...link }) => link);
  }
}

/** How links() ranks an offer: a version recorded at ingest, a version found by similarity, any other copy. */
function rankOf(link: DuplicateLink, doc: DocMeta): number {
  return doc.previousVersion === link.of ? 2 : link.kind === 'version' ? 1 : 0;
}

/**
 * {@link DuplicateIndex.links} when documents from `first` on were added to an index whose earlier documents
 * gave `old`: only the pairs with a new document are looked at, found through the new documents' band hashes
 * as {@link forEachCandidatePair} would pair them (the stored members of a band's run before the new ones, at most
 * MAX_RUN back). Null when a new document may change the link of an earlier one (the caller runs links()).
 * `compared`: the earlier documents a new one was compared with.
 */
export function linksAdded(
  index: DuplicateIndex,
  first: number,
  old: readonly DuplicateLink[],
): { links: DuplicateLink[]; compared: number } | null {
  const docs = index.docs;
  const n = docs.length;
  const sig = (i: number) => index.signatureOf(i);
  const byId = new Map<string, number>();
  for (let i = 0; i < n; i++) byId.set(docs[i]!.id, i);
  for (let i = 0; i < first; i++) {
    const prev = docs[i]!.previousVersion;
    if (prev && (byId.get(prev) ?? -1) >= first) return null;
  }
  // The new documents' band hashes, and in each band's run the members in index order.
  const runs: Array<Map<number, number[]>> = [];
  for (let band = 0; band < BANDS; band++) {
    const run = new Map<number, number[]>();
    for (let i = first; i < n; i++) {
      const s = sig(i);
      if (s) run.set(bandHash(s, band), []);
    }
    runs.push(run);
  }
  for (let band = 0; band < BANDS; band++) {
    const run = runs[band]!;
    for (let i = 0; i < n; i++) {
      const s = sig(i);
      if (s) run.get(bandHash(s, band))?.push(i);
    }
  }
  const oldOf = new Map(old.map((l) => [l.document, l]));
  const best = new Map<number, DuplicateLink & { rank: number }>();
  const offer = (copy: number, of: number, kind: DuplicateLink['kind'], sim: number, rank: number): boolean => {
    if (copy < first) {
      // An earlier document's link stays when the offer cannot beat it, in whatever order the two came.
      const was = oldOf.get(docs[copy]!.id);
      if (!was) return false;
      const wasRank = rankOf(was, docs[copy]!);
      return rank < wasRank || (rank === wasRank && round(sim) < was.similarity);
    }
    const cur = best.get(copy);
    if (!cur || rank > cur.rank || (rank === cur.rank && sim > cur.similarity)) {
      best.set(copy, { document: docs[copy]!.id, of: docs[of]!.id, kind, similarity: round(sim), rank });
    }
    return true;
  };
  for (let i = first; i < n; i++) {
    const prev = docs[i]!.previousVersion ? byId.get(docs[i]!.previousVersion!) : undefined;
    if (prev === undefined) continue;
    const a = sig(i);
    const b = sig(prev);
    offer(i, prev, 'version', a && b ? similarity(a, b) : 0, 2);
  }
  // Pairs as i × 2^21 + j (i < j < 2^21).
  const need = bucketsFor(index.threshold);
  const seen = new Set<number>();
  const compared = new Set<number>();
  for (let band = 0; band < BANDS; band++) {
    for (const members of runs[band]!.values()) {
      for (let y = 0; y < members.length; y++) {
        if (members[y]! < first) continue;
        // A new member pairs with the MAX_RUN members before it (the run is in index order: new ones last).
        for (let x = Math.max(0, y - MAX_RUN); x < y; x++) {
          const i = members[x]!;
          const j = members[y]!;
          const key = i * 2097152 + j;
          if (seen.has(key)) continue;
          seen.add(key);
          if (i < first) compared.add(i);
          const sim = similarityFrom(sig(i)!, sig(j)!, need);
          if (sim < 0) continue;
          const [origin, copy] = earlierFirst(docs[i]!, docs[j]!) ? [i, j] : [j, i];
          const kind = classify(docs[origin]!, docs[copy]!, sim);
          if (!offer(copy, origin, kind, sim, kind === 'version' ? 1 : 0)) return null;
        }
      }
    }
  }
  const added = [...best.entries()].sort((a, b) => a[0] - b[0]).map(([, { rank: _rank, ...link }]) => link);
  return { links: [...old, ...added], compared: compared.size };
}

/** Pure entry point: links among plain records. */
export function findDuplicates(docs: Iterable<DocInput>, threshold = 0.5): DuplicateLink[] {
  const index = new DuplicateIndex(threshold);
  for (const d of docs) index.add(d);
  return index.links();
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

// Outlet and agency names repeat across every candidate pair: each distinct name is folded once.
const folded = new Map<string, string>();
function norm(s: string | null | undefined): string {
  if (!s) return '';
  let f = folded.get(s);
  if (f === undefined) {
    f = s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (folded.size >= 4096) folded.clear();
    folded.set(s, f);
  }
  return f;
}

function sameOutlet(a: DocMeta, b: DocMeta): boolean {
  return !!a.outlet && !!b.outlet && norm(a.outlet) === norm(b.outlet);
}

/** Is `wire` (an agency name) the outlet of `doc`? "Yonhap" and "Yonhap News Agency" match. */
function isOutletOf(agency: string, doc: DocMeta): boolean {
  const a = norm(agency);
  const o = norm(doc.outlet);
  return !!a && !!o && (a === o || o.startsWith(a + ' ') || a.startsWith(o + ' '));
}

/** The wire origin of a pair, if one article is the agency the other carries. */
function wireOrigin(a: DocMeta, b: DocMeta): DocMeta | null {
  if (b.wire.some((w) => isOutletOf(w, a))) return a;
  if (a.wire.some((w) => isOutletOf(w, b))) return b;
  return null;
}

/** Compare partial ISO dates; null when either is unknown or they cannot be ordered. */
export function compareDates(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  if (x === y) return a.length === b.length ? 0 : null;
  return x < y ? -1 : 1;
}

/** true when `a` is the origin of the pair: the wire it carries, then the earlier date, then ingest order. */
function earlierFirst(a: DocMeta, b: DocMeta): boolean {
  const wire = wireOrigin(a, b);
  if (wire) return wire === a;
  if (sameOutlet(a, b) || (a.url && a.url === b.url)) {
    const c = compareDates(a.published, b.published);
    if (c) return c < 0;
  } else {
    const c = compareDates(a.published, b.published);
    if (c) return c < 0;
  }
  return a.order < b.order;
}

function classify(origin: DocMeta, copy: DocMeta, sim: number): DuplicateLink['kind'] {
  if ((origin.url && origin.url === copy.url) || copy.previousVersion === origin.id) return 'version';
  if (sameOutlet(origin, copy)) return sim >= 0.98 && origin.published === copy.published ? 'duplicate' : 'version';
  if (wireOrigin(origin, copy)) return 'syndicated';
  if (origin.wire.some((w) => copy.wire.some((v) => norm(v) === norm(w)))) return 'syndicated';
  return sim >= IDENTICAL ? 'duplicate' : 'syndicated';
}

/**
 * Independence groups: articles joined by a duplicate link, or carrying the
 * same wire agency, share a group (union-find). Returns document id → group id.
 */
export function independenceGroups(docs: Iterable<DocMeta>, links: DuplicateLink[]): Map<string, string> {
  const list = [...docs];
  const { groupOf } = groupsAdded(list, list.length, links, links.length);
  return new Map(list.map((d) => [d.id, groupOf(d.id)]));
}

/** {@link independenceGroups} of a store before and after some documents and links were added to it. */
export interface GroupsAdded {
  /** Per stored document (index below `first`): the node its group had before the additions. */
  before: Int32Array;
  /** Per document: the node its group has after them. */
  after: Int32Array;
  /** The group id {@link independenceGroups} gives the document `id` after the additions. */
  groupOf(id: string): string;
}

/**
 * {@link independenceGroups} of `docs` and `links` (documents from `first` and links from `firstLink` on being
 * the added ones), both before and after the additions, over integer nodes in one pass: a component's root is
 * always its least name (a document id or a `wire:` key), whatever the union order.
 */
export function groupsAdded(
  docs: readonly DocMeta[],
  first: number,
  links: readonly DuplicateLink[],
  firstLink: number,
): GroupsAdded {
  const parent: number[] = [];
  const names: string[] = [];
  const byId = new Map<string, number>();
  const node = (name: string, map: Map<string, number>): number => {
    let x = map.get(name);
    if (x === undefined) {
      x = parent.length;
      parent.push(x);
      names.push(name);
      map.set(name, x);
    }
    return x;
  };
  // One node per id: a document listed twice is one node, as in a union of names.
  const docNode = Int32Array.from(docs, (d) => node(d.id, byId));
  const wires = new Map<string, number>();
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) {
      if (names[ra]! < names[rb]!) parent[rb] = ra;
      else parent[ra] = rb;
    }
  };
  const outletWire = (i: number) => {
    const outlet = docs[i]!.outlet;
    const x = outlet ? wires.get(`wire:${norm(outlet)}`) : undefined;
    if (x !== undefined) union(docNode[i]!, x);
  };
  const add = (from: number, to: number, linkFrom: number, linkTo: number) => {
    const known = wires.size;
    // An article that carries an agency's story is not independent of that agency's other copies.
    for (let i = from; i < to; i++) for (const w of docs[i]!.wire) union(docNode[i]!, node(`wire:${norm(w)}`, wires));
    // An agency's own articles join its copies: earlier ones only when the added documents name a new agency.
    for (let i = wires.size > known ? 0 : from; i < to; i++) outletWire(i);
    for (let l = linkFrom; l < linkTo; l++) union(node(links[l]!.document, byId), node(links[l]!.of, byId));
  };
  add(0, first, 0, firstLink);
  const before = Int32Array.from({ length: first }, (_, i) => find(docNode[i]!));
  add(first, docs.length, firstLink, links.length);
  const after = Int32Array.from({ length: docs.length }, (_, i) => find(docNode[i]!));
  return { before, after, groupOf: (id) => names[find(node(id, byId))]! };
}
