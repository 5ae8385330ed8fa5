/**
 * Writing to a Node writable with backpressure, and paging through a store,
 * so an export of 100k articles never holds more than a page in memory.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
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
  for (let offset = 0; ; ) {
    const page = await list({ limit: size, offset });
    for (const item of page.items) yield item;
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return;
  }
}

/** The record streams of a store, by kind, in the store's order. */
export function recordStreams(store: Store) {
  return {
    documents: () => store.iterateDocuments(),
    claims: () => store.iterateClaims(),
    quotes: () => pages((q) => store.listQuotes(q)),
    entities: () => pages((q) => store.listEntities(q)),
    figures: () => pages((q) => store.listFigures(q)),
    duplicates: async function* () {
      yield* await store.listDuplicates();
    },
  };
}
