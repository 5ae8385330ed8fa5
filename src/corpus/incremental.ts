/**
 * The incremental corpus run: new articles are compared against the signatures and story words kept of the
 * stored ones (./corpus-state.ts), and figures, reconciliation and relations are recomputed only for the
 * stories the new articles join, and the stories those merge with or split from (a figure never spans two
 * stories); a story relabeled with the same articles keeps its figures, moved to its new id. Duplicate links
 * are looked for only between the new articles and the stored ones sharing a band of their signatures, and
 * independence groups are checked only where they merged; entity merging and story grouping are recomputed
 * whole from the kept state (docs/scaling.md says why), and the run goes on only when everything outside the
 * touched stories comes out as it was: otherwise it hands back the reason, and runCorpus does the full run.
 * So the result always equals a full recompute.
 */
import type {
  ClaimRecord,
  CorpusDocState,
  CorpusSummary,
  EntityRecord,
  FigureRecord,
  StoryRecord,
} from '../records.js';
import { entityMerger } from '../records.js';
import { FIGURE_ID_SCHEME, type CorpusStateStore, type Store } from '../store/store.js';
import { packIndexes, restore, StateRecorder, unpackIndexes } from './corpus-state.js';
import { storyDates } from './dates.js';
import { DuplicateIndex, groupsAdded, linksAdded } from './duplicates.js';
import type { MergeCache } from './entities.js';
import { figureRecords, SUFFIXED } from './figures.js';
import { canonicalSources, claimInput, entityRemapOf, resolveEntities, type EntityResolution } from './index.js';
import { provenanceIndex } from './provenance.js';
import { StoryIndex } from './stories.js';
import type { CorpusOptions } from './types.js';

/** New articles beyond this share of the stored ones are cheaper to take in with the full run. */
const MAX_NEW_SHARE = 0.25;

type Outcome = { summary: CorpusSummary } | { reason: string };

/** How a source resolves: the merged entity and its name. */
function resolved(source: string, { canonical, names }: EntityResolution): string {
  const to = canonical.get(source);
  const id = to && to !== source ? to : source;
  return `${id}\u0000${names.get(id) ?? ''}`;
}

/**
 * The kept entity input (one record per id, as entityMerger gave it) with the new articles' records merged in,
 * as entityMerger would give it over both: only the ids the new records name are merged again; the others are
 * the kept records themselves (already without repeats), so the delta compares them at once.
 */
function withFresh(input: EntityRecord[], fresh: EntityRecord[]): EntityRecord[] {
  const more = new Map<string, EntityRecord[]>();
  for (const e of fresh) (more.get(e.id) ?? more.set(e.id, []).get(e.id)!).push(e);
  const ids = new Set<string>();
  const out: EntityRecord[] = [];
  for (const e of input) {
    if (ids.has(e.id)) return mergeAll(input, fresh);
    ids.add(e.id);
    const added = more.get(e.id);
    out.push(added ? grown(e, added) : e);
  }
  // Ids only the new records name, in the order they first come.
  const merger = entityMerger();
  for (const e of fresh) if (!ids.has(e.id)) merger.add(e);
  return [...out, ...merger.result()];
}

/**
 * A kept record with more records of its id merged in, as entityMerger merges them (first occurrence first): its
 * lists become sets at once, not one document at a time.
 */
function grown(e: EntityRecord, added: EntityRecord[]): EntityRecord {
  const aliases = new Set(e.aliases);
  const roles = new Set(e.roles);
  const documents = new Set(e.documents);
  for (const m of added) {
    for (const a of m.aliases) aliases.add(a);
    for (const r of m.roles) roles.add(r);
    for (const d of m.documents) documents.add(d);
  }
  return { ...e, aliases: [...aliases], roles: [...roles], documents: [...documents] };
}

/** Every record through entityMerger. */
function mergeAll(input: EntityRecord[], fresh: EntityRecord[]): EntityRecord[] {
  const merger = entityMerger();
  for (const e of [...input, ...fresh]) merger.add(e);
  return merger.result();
}

/** The stored documents in both indexes, each one's story, and the new documents' ids (in store order). */
interface Read {
  read: 'indexes' | 'states';
  index: DuplicateIndex;
  storyIndex: StoryIndex;
  oldStory: Map<string, string | null>;
  fresh: string[];
}

const REORDERED = { reason: 'stored articles were reordered' };

/**
 * Both indexes as the last run packed them, when they hold exactly the documents whose state is kept, in order;
 * null when there are none or they are of other documents (the kept states are read instead).
 */
async function loadIndexes(state: CorpusStateStore): Promise<Read | { reason: string } | null> {
  const kept = state.keptIndexes ? await state.keptIndexes() : null;
  if (!kept) return null;
  const loaded = unpackIndexes(kept.packed, 0.5);
  if (!loaded) return null;
  const oldStory = new Map<string, string | null>();
  const fresh: string[] = [];
  let i = 0;
  for await (const { id, story, kept: has } of kept.docs) {
    if (!has) {
      fresh.push(id);
      continue;
    }
    if (fresh.length) return REORDERED;
    if (loaded.ids[i++] !== id) return null;
    oldStory.set(id, story);
  }
  if (i !== loaded.ids.length) return null;
  return { read: 'indexes', index: loaded.duplicates, storyIndex: loaded.stories, oldStory, fresh };
}

/** Both indexes refilled from every stored document's kept state. */
async function restoreIndexes(state: CorpusStateStore): Promise<Read | { reason: string }> {
  const index = new DuplicateIndex(0.5);
  const storyIndex = new StoryIndex();
  const oldStory = new Map<string, string | null>();
  const fresh: string[] = [];
  for await (const { id, state: kept } of state.states()) {
    if (!kept) {
      fresh.push(id);
      continue;
    }
    // New articles come after the stored ones: document order is part of every stage's tie-breaks.
    if (fresh.length) return REORDERED;
    const refused = restore(index, storyIndex, kept);
    if (refused) return { reason: refused };
    oldStory.set(id, kept.story);
  }
  return { read: 'states', index, storyIndex, oldStory, fresh };
}

/** Try the incremental run; a reason when it cannot give exactly what the full run would. */
export async function runIncremental(store: Store, state: CorpusStateStore, options: CorpusOptions): Promise<Outcome> {
  if ((options.threshold ?? 0.5) !== 0.5) return { reason: 'a custom duplicate threshold' };
  const read = (await loadIndexes(state)) ?? (await restoreIndexes(state));
  if ('reason' in read) return read;
  const { index, storyIndex, oldStory, fresh } = read;
  const stored = index.docs.length;
  if (!stored) return { reason: 'no corpus state is stored yet' };
  if (fresh.length > Math.max(100, stored * MAX_NEW_SHARE))
    return { reason: `${fresh.length} new articles: too many for an incremental run` };

  const recorder = new StateRecorder(index, storyIndex, stored);
  for (const id of fresh) {
    const doc = await store.getDocument(id);
    if (!doc) return { reason: 'a new article vanished while the corpus ran' };
    index.add(doc);
    storyIndex.add(doc);
    recorder.take(index.docs.length - 1);
  }
  // Packed before story dating fills in dates: as the next run must read them. Loaded ones with no new article
  // are kept as they are.
  const keptIndexes = read.read === 'indexes' && !fresh.length ? 'unchanged' : packIndexes(index, storyIndex);
  const freshSet = new Set(fresh);

  // Duplicates: the stored articles' links stay as they were; the new articles' are found through their bands.
  const byOrder = new Map(index.docs.map((d, i) => [d.id, i]));
  const oldLinks = (await store.listDuplicates()).sort((a, b) => byOrder.get(a.document)! - byOrder.get(b.document)!);
  const found = linksAdded(index, stored, oldLinks);
  if (!found) return { reason: 'a new article changes the duplicate links of stored ones' };
  const duplicates = found.links;
  // Entities merged again with the new articles' ones (checked against the untouched stories below).
  const entityInput = await state.entityInput();
  const nextInput = withFresh(entityInput, await state.entitiesOf(fresh));
  // The kept records withFresh passes through unchanged are merged into the same groups: sorted once.
  const cache: MergeCache = new WeakMap();
  const was = resolveEntities(entityInput, cache);
  const resolution = resolveEntities(nextInput, cache);

  // Stories: those with new articles are recomputed, and with them every story that shares a stored article
  // with one (stories merged, split or regrouped); any other must be a stored story, unchanged.
  const { stories, storyOf } = storyIndex.stories(resolution.entities, duplicates);
  const storiesWere = await store.listStories();
  const oldBriefs = new Map(storiesWere.map((s) => [s.id, s]));
  const oldOf = (d: string) => oldStory.get(d) ?? '';
  const holders = new Map<string, StoryRecord[]>();
  for (const story of stories) {
    const seen = new Set<string>();
    for (const d of story.documents) {
      const was = freshSet.has(d) ? null : oldOf(d);
      if (was === null || seen.has(was)) continue;
      seen.add(was);
      (holders.get(was) ?? holders.set(was, []).get(was)!).push(story);
    }
  }
  const touched = new Set<string>();
  const dirty = new Set<string>();
  const queue: StoryRecord[] = [];
  const touch = (story: StoryRecord) => {
    if (touched.has(story.id)) return;
    touched.add(story.id);
    queue.push(story);
  };
  const drain = () => {
    while (queue.length) {
      for (const d of queue.pop()!.documents) {
        if (freshSet.has(d) || dirty.has(oldOf(d))) continue;
        dirty.add(oldOf(d));
        for (const t of holders.get(oldOf(d)) ?? []) touch(t);
      }
    }
  };
  for (const story of stories) if (story.documents.some((d) => freshSet.has(d))) touch(story);
  drain();
  // A larger corpus also weighs words differently: stored stories regrouped without new articles join them.
  for (const story of stories) {
    if (touched.has(story.id)) continue;
    const was = oldBriefs.get(oldOf(story.documents[0]!));
    if (!was || was.documents !== story.documents.length || story.documents.some((d) => oldOf(d) !== was.id)) {
      touch(story);
      drain();
    }
  }
  if ([...dirty].some((id) => !oldBriefs.has(id))) return { reason: 'a stored article has no stored story' };
  let unchanged = 0;
  const relabeled = new Map<string, string>();
  for (const story of stories) {
    if (touched.has(story.id)) continue;
    unchanged++;
    const was = oldBriefs.get(oldOf(story.documents[0]!))!;
    if (was.id !== story.id || was.label !== story.label) {
      // Its names weigh differently in a larger corpus: the same articles under a new label keep their figures,
      // moved to the new story id.
      relabeled.set(was.id, story.id);
    }
  }
  if (unchanged + dirty.size !== oldBriefs.size) return { reason: 'a story was regrouped' };
  const replaceStories = [...dirty];
  const restory: Record<string, string> = {};
  const relabeledTo = new Set(relabeled.values());
  for (const story of stories) {
    if (!touched.has(story.id) && !relabeledTo.has(story.id)) continue;
    for (const d of story.documents) if (!freshSet.has(d) && oldOf(d) !== story.id) restory[d] = story.id;
  }
  const restoryFigures: Record<string, string> = {};
  for (const [from, to] of relabeled) if (from !== to) restoryFigures[from] = to;

  // Independence groups: within each untouched story, articles must be grouped as before. Groups only merge, so
  // only the stored articles of a group that merged two earlier ones can differ.
  const groups = groupsAdded(index.docs, stored, duplicates, oldLinks.length);
  const { before, after } = groups;
  const beforeOf = new Map<number, number>();
  const merged = new Set<number>();
  for (let i = 0; i < stored; i++) {
    const was = beforeOf.get(after[i]!);
    if (was === undefined) beforeOf.set(after[i]!, before[i]!);
    else if (was !== before[i]) merged.add(after[i]!);
  }
  const mergedIn = new Map<string, number>();
  for (let i = 0; i < stored; i++) {
    if (!merged.has(after[i]!)) continue;
    const story = storyOf.get(index.docs[i]!.id)!;
    if (touched.has(story)) continue;
    const key = `${story}\u0000${after[i]}`;
    if ((mergedIn.get(key) ?? before[i]) !== before[i])
      return { reason: 'a new article joins stored articles of another story as one source' };
    mergedIn.set(key, before[i]!);
  }

  // Entities: the claims of untouched stories must resolve to the same sources and names as before.
  // The touched stories' documents in store order: dating, figures and their ids read no other (all per story).
  const touchedMeta = index.docs.filter((d) => touched.has(storyOf.get(d.id)!));
  const touchedDocs = touchedMeta.map((d) => d.id);
  // A copy's origin is in its story (a duplicate link joins their stories): the touched documents are enough.
  const provenance = provenanceIndex(touchedMeta, duplicates, undefined, groups.groupOf);
  // Only a source some spelling map or name list holds can resolve differently: those are looked up.
  const keys = new Set([...was.canonical.keys(), ...was.names.keys()]);
  for (const k of [...resolution.canonical.keys(), ...resolution.names.keys()]) keys.add(k);
  const moved = [...keys].filter((k) => resolved(k, was) !== resolved(k, resolution));
  for (const source of await state.sourcesOutside(moved, touchedDocs))
    return { reason: `claims of ${source} resolve to another entity` };
  if ((await state.figureIdScheme()) !== FIGURE_ID_SCHEME) return { reason: 'stored figure ids predate stable ids' };
  // The names the kept figures' labels show (actor, target, scope words) must be the same: read their keys only
  // when some name changed.
  const renamedKeys = new Set<string>();
  for (const k of new Set([...was.names.keys(), ...resolution.names.keys()]))
    if (was.names.get(k) !== resolution.names.get(k)) renamedKeys.add(k);
  if (renamedKeys.size) {
    const replaced = new Set(replaceStories);
    for (const f of await state.figureKeys([...renamedKeys])) {
      if (f.story && replaced.has(f.story)) continue;
      if (f.key === null) return { reason: 'stored figures predate their kept keys' };
      const [, , scope, , actor, target] = f.key.split('|');
      for (const key of [actor, target, ...(scope ?? '').split(' ')])
        if (key && renamedKeys.has(key)) return { reason: `entity ${key} was renamed` };
    }
  }

  storyDates(touchedMeta, storyOf);
  const records: ClaimRecord[] = await state.claimsOf(touchedDocs);
  const claims = records.map(claimInput);
  const changed = canonicalSources(claims, resolution);
  const claimSource: Record<string, string | null> = {};
  for (const c of claims) claimSource[c.id] = changed[c.id] ?? null;
  const figures: FigureRecord[] = [
    ...figureRecords(claims, touchedMeta, duplicates, { names: resolution.names, provenance, storyOf }),
  ];

  // Figure ids hash their story and key (figureId): the kept ones stay. Only ids two figures would share (told
  // apart by a suffix in the full run's order, which the kept state rules out) depend on other stories.
  if (figures.some((f) => SUFFIXED.test(f.id))) return { reason: 'two figures share an id' };
  const shared = await state.figureIdsTaken(
    figures.map((f) => f.id),
    replaceStories,
  );
  if (shared.length) return { reason: `figure id ${shared[0]} is shared` };
  const keptTotals = await state.figureTotals(replaceStories);

  const keptBriefs = new Map(
    storiesWere.filter((b) => !dirty.has(b.id)).map((b) => [relabeled.get(b.id) ?? b.id, b] as const),
  );
  // Only the touched and relabeled stories' briefs can differ: the others have the same articles, id and label.
  const briefsNow = stories.filter((s) => touched.has(s.id) || relabeledTo.has(s.id));
  const briefsWere = storiesWere.filter((b) => dirty.has(b.id) || relabeled.has(b.id));
  const perStory = new Map<string, number>();
  for (const f of figures) if (f.story) perStory.set(f.story, (perStory.get(f.story) ?? 0) + 1);
  const freshStates: CorpusDocState[] = fresh.map((id, i) => recorder.state(stored + i, storyOf.get(id) ?? null));
  const computedAt = options.now ? options.now() : new Date().toISOString();
  const written = await state.putCorpusDelta({
    storedStates: stored,
    entities: resolution.entities,
    entityInput: nextInput,
    addedDuplicates: duplicates.slice(oldLinks.length),
    stories: briefsNow.map((story: StoryRecord) => ({
      story,
      figures: touched.has(story.id) ? (perStory.get(story.id) ?? 0) : (keptBriefs.get(story.id)?.figures ?? 0),
    })),
    replaceStories,
    restoryFigures,
    figures,
    claimSource,
    entityRemap: entityRemapOf(resolution),
    docStates: freshStates,
    restory,
    keptIndexes,
    computedAt,
    was: { entities: was.entities, entityInput, stories: briefsWere, entityRemap: entityRemapOf(was) },
  });
  if (!written) return { reason: 'another corpus run wrote while this one ran' };
  const placed = keptTotals.claims + figures.reduce((n, f) => n + f.claims.length, 0);
  const entities: EntityRecord[] = resolution.entities;
  return {
    summary: {
      entities,
      duplicates,
      figures: keptTotals.figures + figures.length,
      claims: placed,
      claimSource: changed,
      computedAt,
      stories: stories.length,
      mode: 'incremental',
      fullBecause: null,
      added: fresh.length,
      touched: touched.size,
      relabeled: relabeled.size,
      compared: found.compared,
      written,
      read: read.read,
    },
  };
}
