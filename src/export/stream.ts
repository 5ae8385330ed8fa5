/**
 * Writing to a Node writable with backpressure, and paging through a store,
 * so an export of 100k articles never holds more than a page in memory.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { findStory, storiesOf } from '../corpus/stories.js';
import { CrosscheckError } from '../errors.js';
import type { FigureRecord, RelationRecord } from '../records.js';
import type { Page, PageQuery, Store } from '../store/store.js';

/** Write a chunk; wait for `drain` when the stream's buffer is full. Rejects if the stream errors. */
export async function write(out: Writable, chunk: string): Promise<void> {
  if (out.write(chunk)) return;
  await once(out, 'drain');
}

/**
 * Collects small strings and writes them in chunks of about 64 KB: one
 * write per record would make a 100k-record export slow.
 */
export function chunked(out: Writable, size = 65536) {
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    await write(out, chunk);
  };
  const add = async (text: string): Promise<void> => {
    buffer += text;
    if (buffer.length >= size) await flush();
  };
  return { add, flush };
}

/** Items of a paged listing, one page in memory at a time. */
export async function* pages<T>(list: (query: PageQuery) => Promise<Page<T>>, size = 1000): AsyncGenerator<T> {
  for (let offset = 0; ;) {
    const page = await list({ limit: size, offset });
    for (const item of page.items) yield item;
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return;
  }
}

/** One story of the store: its id and its documents (`--story`). */
export interface StoryScope {
  story: string;
  documents: Set<string>;
}

/** What a writer of the JSON and NDJSON exports reads besides the store. */
export interface ExportOptions {
  /** The time the export was made, written in its header. */
  generated: string;
  /** Only this story's records (`--story`). */
  scope?: StoryScope | null;
}

/** The sections of an export in the order they are written, each with the kind of one of its records. */
export const SECTIONS = [
  ['documents', 'document'],
  ['claims', 'claim'],
  ['quotes', 'quote'],
  ['entities', 'entity'],
  ['figures', 'figure'],
  ['relations', 'relation'],
  ['duplicates', 'duplicate'],
  ['stories', 'story'],
  ['corrections', 'correction'],
] as const;

async function* only<T>(items: AsyncIterable<T>, keep: (item: T) => boolean): AsyncGenerator<T> {
  for await (const item of items) if (keep(item)) yield item;
}

/** Every figure's relations (`relations[]`), figure by figure. */
async function* relationsOf(figures: AsyncIterable<FigureRecord>): AsyncGenerator<RelationRecord> {
  for await (const f of figures) yield* f.relations ?? [];
}

/**
 * The record streams of a store, by kind, in the store's order; with a story, only that story's
 * records (its documents and what they hold, its figures and their relations).
 */
export function recordStreams(store: Store, scope?: StoryScope | null) {
  const inDoc = (r: { document: string }) => !scope || scope.documents.has(r.document);
  const figures = () =>
    scope
      ? only(
          pages((q) => store.listFigures(q)),
          (f) => f.story === scope.story,
        )
      : pages((q) => store.listFigures(q));
  return {
    documents: () =>
      scope ? only(store.iterateDocuments(), (d) => scope.documents.has(d.id)) : store.iterateDocuments(),
    claims: () => only(store.iterateClaims(), inDoc),
    quotes: () =>
      only(
        pages((q) => store.listQuotes(q)),
        inDoc,
      ),
    entities: () =>
      only(
        pages((q) => store.listEntities(q)),
        (e) => !scope || e.documents.some((d) => scope.documents.has(d)),
      ),
    figures,
    relations: () => relationsOf(figures()),
    duplicates: async function* () {
      for (const d of await store.listDuplicates()) if (inDoc(d)) yield d;
    },
    stories: async function* () {
      const { stories } = await storiesOf(store);
      for (const s of stories) if (!scope || s.id === scope.story) yield s;
    },
    // Analysts' corrections; with a story, those on its documents' claims and on figures holding them.
    corrections: async function* () {
      const docOf = (claim: string) => claim.slice(0, claim.lastIndexOf(':'));
      for (const c of await store.listCorrections()) {
        const t = c.target;
        if (!scope || (t.kind === 'claim' ? inDoc(t) : t.claims.some((id) => scope.documents.has(docOf(id))))) yield c;
      }
    },
  };
}

/** The documents of one story, or an E_NOT_FOUND-style error naming the stories there are. */
export async function storyScope(store: Store, story: string): Promise<StoryScope> {
  const { stories } = await storiesOf(store);
  const found = findStory(stories, story);
  if (!found)
    throw new CrosscheckError('E_USAGE', {
      reason: `no story \`${story}\`; the stories are: ${stories.map((s) => s.id).join(', ') || '(none)'}`,
      command: 'export',
    });
  return { story: found.id, documents: new Set(found.documents) };
}
