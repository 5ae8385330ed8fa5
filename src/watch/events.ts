/**
 * Events by comparison: a snapshot of each figure's current value, sources
 * and conflicts is kept in the store; after an ingest and a corpus run the
 * figures are read again and compared with it. Whatever the corpus stages do
 * inside, what a reader sees changing is what is reported. A figure is
 * matched to its earlier self by id, else by the claims they share (ids of
 * figures may shift as stories grow; claim ids do not).
 */
import type { ClaimRecord, FigureRecord } from '../records.js';
import type { Store } from '../store/store.js';
import type { StoredEvent, WatchState } from '../store/watch-state.js';

/** A value as reported in events: a number or a range, with its status ("done", "planned"). */
export interface EventValue {
  value: number | null;
  low: number | null;
  high: number | null;
  status: string | null;
}

/** What is kept of a figure between runs. */
export interface FigureSnapshot {
  id: string;
  label: string;
  claims: string[];
  current: EventValue;
  /** Primary sources: key → name. */
  sources: Record<string, string>;
  /** Conflicting value pairs, each "a | b" in sorted order. */
  conflicts: string[];
}

/** Where a value was read: the claim's source, sentence and article, and the news date it is about. */
export interface EventEvidence {
  claim: string | null;
  source: string | null;
  evidence: string | null;
  document: string | null;
  url: string | null;
  /** The day the value is as of: the date the claim is about, else when it was said, else its article's date. */
  asOf: string | null;
}

export type WatchEvent =
  | ({ type: 'figure.new'; at: string; figure: string; label: string; value: EventValue } & EventEvidence)
  | ({
      type: 'figure.revised';
      at: string;
      figure: string;
      label: string;
      old: EventValue;
      new: EventValue;
    } & EventEvidence)
  | {
      type: 'figure.conflict';
      at: string;
      figure: string;
      label: string;
      values: [string, string];
      note: string | null;
      /** The latest day either conflicting value is as of. */
      asOf: string | null;
    }
  | ({ type: 'figure.source'; at: string; figure: string; label: string; sourceKey: string } & EventEvidence)
  | {
      type: 'article.updated';
      at: string;
      document: string;
      previous: string;
      url: string | null;
      title: string | null;
      /** The updated article's publication date. */
      asOf: string | null;
    };

type Loose = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The snapshot of a stored figure, read defensively: the reconciliation's shape belongs to src/corpus. */
export function snapshotOf(figure: FigureRecord): FigureSnapshot {
  const r = (figure.reconciliation ?? {}) as Loose;
  const best = (r.best ?? {}) as Loose;
  const sources: Record<string, string> = {};
  for (const s of Array.isArray(r.sources) ? (r.sources as Loose[]) : []) {
    const key = str(s.key);
    if (key) sources[key] = str(s.name) ?? key;
  }
  const groups = new Map<string, string>();
  for (const g of Array.isArray(r.values) ? (r.values as Loose[]) : []) {
    const key = str(g.key);
    if (key) groups.set(key, str(g.text) ?? key);
  }
  const conflicts: string[] = [];
  for (const d of Array.isArray(r.disagreements) ? (r.disagreements as Loose[]) : []) {
    if (d.kind !== 'conflict') continue;
    const a = groups.get(str(d.a) ?? '') ?? str(d.a) ?? '';
    const b = groups.get(str(d.b) ?? '') ?? str(d.b) ?? '';
    conflicts.push([a, b].sort().join(' | '));
  }
  return {
    id: figure.id,
    label: figure.label,
    claims: [...figure.claims],
    current: { value: num(best.value), low: num(best.low), high: num(best.high), status: str(best.status) },
    sources,
    conflicts: [...new Set(conflicts)].sort(),
  };
}

const bestClaims = (figure: FigureRecord): string[] => {
  const best = ((figure.reconciliation ?? {}) as Loose).best as Loose | undefined;
  return Array.isArray(best?.claims) ? (best.claims as string[]) : [];
};

const sameValue = (a: EventValue, b: EventValue) => a.value === b.value && a.low === b.low && a.high === b.high;
const hasValue = (v: EventValue) => v.value !== null || v.low !== null || v.high !== null;

/**
 * The earlier snapshot of each figure: same id when they share claims (or the old one had none), else most claims
 * shared.
 */
export function matchFigures(
  before: Map<string, FigureSnapshot>,
  after: FigureSnapshot[],
): Map<string, FigureSnapshot | undefined> {
  const byClaim = new Map<string, string>();
  for (const f of before.values()) for (const c of f.claims) byClaim.set(c, f.id);
  const out = new Map<string, FigureSnapshot | undefined>();
  const taken = new Set<string>();
  for (const f of after) {
    const counts = new Map<string, number>();
    for (const c of f.claims) {
      const id = byClaim.get(c);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    let match: string | undefined;
    if (before.has(f.id) && !taken.has(f.id) && (counts.has(f.id) || !before.get(f.id)!.claims.length)) match = f.id;
    else {
      let most = 0;
      for (const [id, n] of counts) if (n > most && !taken.has(id)) [match, most] = [id, n];
    }
    if (match) taken.add(match);
    out.set(f.id, match ? before.get(match) : undefined);
  }
  return out;
}

/** The timeline entries of a figure's reconciliation, read defensively. */
function timelineOf(figure: FigureRecord): Loose[] {
  const timeline = ((figure.reconciliation ?? {}) as Loose).timeline;
  return Array.isArray(timeline) ? (timeline as Loose[]) : [];
}

/** The day a claim of the figure is as of: what it is about, else when it was said. */
function claimDate(figure: FigureRecord, claim: string): string | null {
  const entry = timelineOf(figure).find((t) => t.claim === claim);
  return entry ? (str(entry.about) ?? str(entry.said)) : null;
}

/** The latest day any claim of the conflicting values is as of. */
function conflictDate(figure: FigureRecord, a: string, b: string): string | null {
  const values = ((figure.reconciliation ?? {}) as Loose).values;
  const claims = new Set<string>();
  for (const g of Array.isArray(values) ? (values as Loose[]) : []) {
    if ((g.text === a || g.text === b) && Array.isArray(g.claims)) for (const c of g.claims) claims.add(String(c));
  }
  let latest: string | null = null;
  for (const t of timelineOf(figure)) {
    const day = claims.has(String(t.claim)) ? (str(t.about) ?? str(t.said)) : null;
    if (day && (!latest || day > latest)) latest = day;
  }
  return latest;
}

/** Read the claims a set of events cite, and their articles' addresses. */
async function evidenceFor(store: Store, record: FigureRecord, claimIds: string[]): Promise<EventEvidence> {
  const figure = record.id;
  const none: EventEvidence = { claim: null, source: null, evidence: null, document: null, url: null, asOf: null };
  if (!claimIds.length) return none;
  const wanted = new Set(claimIds);
  let claim: ClaimRecord | undefined;
  for (let offset = 0; !claim;) {
    const page = await store.listClaims({ figure, limit: 500, offset });
    claim = page.items.find((c) => wanted.has(c.id));
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) break;
  }
  if (!claim) return none;
  const doc = await store.getDocument(claim.document);
  return {
    claim: claim.id,
    source: claim.sourceName ?? claim.source,
    evidence: claim.evidence,
    document: claim.document,
    url: doc?.url ?? doc?.source ?? null,
    asOf: claimDate(record, claim.id) ?? doc?.published ?? null,
  };
}

/** The claim, of those a figure lists, that a given source key stands behind (its first). */
function claimOfSource(figure: FigureRecord, key: string): string[] {
  const hit = timelineOf(figure).find((t) => t.source === key);
  return hit && typeof hit.claim === 'string' ? [hit.claim] : [];
}

/**
 * The events between the stored snapshot and the store's figures now, plus the articles stored since it that
 * update one in place; stores them with the new snapshot in one transaction and returns them with their sequence
 * numbers.
 */
export async function recordChanges(
  store: Store,
  state: WatchState,
  now: () => string = () => new Date().toISOString(),
  options: { baseline?: boolean } = {},
): Promise<StoredEvent[]> {
  const at = now();
  const before = new Map<string, FigureSnapshot>();
  for (const row of await state.getSnapshot()) before.set(row.id, JSON.parse(row.record) as FigureSnapshot);
  const figures: FigureRecord[] = [];
  for (let offset = 0; ;) {
    const page = await store.listFigures({ limit: 500, offset });
    figures.push(...page.items);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) break;
  }
  const after = figures.map(snapshotOf);
  const matches = matchFigures(before, after);
  const events: WatchEvent[] = [];
  const stats = await store.stats();
  if (options.baseline)
    return state.commitChanges(
      [],
      after.map((s) => ({ id: s.id, record: JSON.stringify(s) })),
      { snapshotDocuments: String(stats.documents) },
    );
  for (const [i, figure] of figures.entries()) {
    const snap = after[i]!;
    const old = matches.get(snap.id);
    const base = { at, figure: snap.id, label: snap.label };
    if (!old) {
      if (hasValue(snap.current))
        events.push({
          type: 'figure.new',
          ...base,
          value: snap.current,
          ...(await evidenceFor(store, figure, bestClaims(figure))),
        });
      continue;
    }
    if (hasValue(old.current) && hasValue(snap.current) && !sameValue(old.current, snap.current))
      events.push({
        type: 'figure.revised',
        ...base,
        old: old.current,
        new: snap.current,
        ...(await evidenceFor(store, figure, bestClaims(figure))),
      });
    for (const pair of snap.conflicts) {
      if (old.conflicts.includes(pair)) continue;
      const [a, b] = pair.split(' | ') as [string, string];
      events.push({
        type: 'figure.conflict',
        ...base,
        values: [a, b],
        note: conflictNote(figure, a, b),
        asOf: conflictDate(figure, a, b),
      });
    }
    for (const key of Object.keys(snap.sources)) {
      if (key in old.sources) continue;
      const found = await evidenceFor(store, figure, claimOfSource(figure, key));
      events.push({ type: 'figure.source', ...base, sourceKey: key, ...found, source: snap.sources[key]! });
    }
  }
  // Articles stored since the snapshot come after its count in ingest order; those with a previous version changed in
  // place.
  const seenDocs = Number((await state.getMeta('snapshotDocuments')) ?? stats.documents);
  for (let offset = Math.min(seenDocs, stats.documents); offset < stats.documents;) {
    const page = await store.listDocuments({ limit: 500, offset });
    for (const doc of page.items)
      if (doc.previousVersion)
        events.push({
          type: 'article.updated',
          at,
          document: doc.id,
          previous: doc.previousVersion,
          url: doc.url ?? doc.source,
          title: doc.title,
          asOf: doc.published ?? null,
        });
    offset += page.items.length;
    if (!page.items.length) break;
  }
  return state.commitChanges(
    events.map((e) => ({ at: e.at, type: e.type, record: JSON.stringify(e) })),
    after.map((s) => ({ id: s.id, record: JSON.stringify(s) })),
    { snapshotDocuments: String(stats.documents) },
  );
}

function conflictNote(figure: FigureRecord, a: string, b: string): string | null {
  const r = (figure.reconciliation ?? {}) as Loose;
  for (const d of Array.isArray(r.disagreements) ? (r.disagreements as Loose[]) : []) {
    const note = str(d.note);
    if (d.kind === 'conflict' && note && note.includes(a) && note.includes(b)) return note;
  }
  return null;
}

/**
 * The first look at a store is a baseline: when no snapshot was ever taken, the figures it already holds are
 * recorded without events (a store of a thousand figures is not a thousand `figure.new`). Call it before
 * storing new articles; later changes are then reported against it. Resolves to true when it took one.
 */
export async function takeBaseline(
  store: Store,
  state: WatchState,
  now: () => string = () => new Date().toISOString(),
): Promise<boolean> {
  if ((await state.getMeta('snapshotDocuments')) !== null) return false;
  await recordChanges(store, state, now, { baseline: true });
  return true;
}

/** Whether the figures may have moved since the snapshot: articles were stored since it was taken. */
export async function snapshotStale(store: Store, state: WatchState): Promise<boolean> {
  const at = await state.getMeta('snapshotDocuments');
  return at === null || Number(at) !== (await store.stats()).documents;
}
