/**
 * The Sources view's ledger: every claim's path (primary source → intermediaries → wire → outlet) counted over the
 * whole store, then served a page at a time. Intermediaries and wires live inside the stored records, not in
 * columns a store could group by, so one streaming pass counts them (about 50 µs a claim on SQLite, most of it
 * inflating records); its result is kept while the store is unchanged, so paging through costs one pass, not one
 * per page, and while a changed store is counted again the last count answers, marked `counting`.
 */
import type { DuplicateLink } from '../records.js';
import type { Page, Store } from '../store/store.js';
import { brief, docCache, type DocBrief } from './views.js';

/** Articles named per chain (the rest are counted): a page of chains stays small however large the store. */
export const CHAIN_DOCUMENTS = 5;
/** Figure ids kept per chain (the rest are counted). */
export const CHAIN_FIGURES = 20;
/** Copies listed with each page (the rest are counted). */
export const COPIES_SHOWN = 200;
/** How long a ledger is trusted without asking the store whether it changed. */
const FRESH_MS = 2000;
/** A corpus rerun may move claims between sources without changing any count: recount after this long anyway. */
const MAX_AGE_MS = 60_000;
/** How long a request waits for a count of the store as it is now before the last count answers instead. */
const WAIT_MS = 1000;

/** One chain: primary source → intermediaries → wire → outlet. */
export interface SourceChain {
  source: string | null;
  sourceName: string;
  via: string[];
  wire: string[];
  outlet: string | null;
  claims: number;
  /** Distinct articles the chain's claims are in. */
  articles: number;
  /** The first {@link CHAIN_DOCUMENTS} of those articles, in document order. */
  documents: string[];
  /** Titles of `documents`, in the same order. */
  titles: Array<string | null>;
  /** The first {@link CHAIN_FIGURES} figures the chain's claims are in. */
  figures: string[];
  /** How many figures the chain's claims are in. */
  figureCount: number;
}

export type CopyLink = DuplicateLink & {
  documentTitle: string | null;
  documentOutlet: string | null;
  ofTitle: string | null;
  ofOutlet: string | null;
};

/** A page of chains, most claims first, with the totals of the whole store and the copies found. */
export type SourcesPage = Page<SourceChain> & {
  /** Every claim counted (the sum over all chains). */
  claims: number;
  /** The first {@link COPIES_SHOWN} copy links. */
  copies: CopyLink[];
  copiesTotal: number;
  /** The store changed and is being counted again: these totals are the last count's. */
  counting: boolean;
};

interface Ledger {
  chains: SourceChain[];
  claims: number;
}

/** Every chain of the store, most claims first (ties in order of first appearance). */
export async function countChains(store: Store): Promise<Ledger> {
  const chains = new Map<string, SourceChain & { lastDoc: string; figureSet: Set<string> }>();
  let doc: DocBrief | null = null;
  let docId = '';
  let claims = 0;
  // Claims stream in document order: one document read per article, and an article is new to a chain once.
  for await (const c of store.iterateClaims()) {
    claims++;
    if (c.document !== docId) {
      docId = c.document;
      const d = await store.getDocument(docId);
      doc = d ? brief(d) : null;
    }
    const wire = doc?.wire ?? [];
    const outlet = doc?.outlet ?? null;
    const key = JSON.stringify([c.source, c.via, wire, outlet]);
    let ch = chains.get(key);
    if (!ch) {
      ch = {
        source: c.source,
        sourceName: c.sourceName ?? c.source ?? 'the outlet itself',
        via: c.via,
        wire,
        outlet,
        claims: 0,
        articles: 0,
        documents: [],
        titles: [],
        figures: [],
        figureCount: 0,
        lastDoc: '',
        figureSet: new Set(),
      };
      chains.set(key, ch);
    }
    ch.claims++;
    if (ch.lastDoc !== c.document) {
      ch.lastDoc = c.document;
      if (ch.articles++ < CHAIN_DOCUMENTS) {
        ch.documents.push(c.document);
        ch.titles.push(doc?.title ?? null);
      }
    }
    if (c.figure && !ch.figureSet.has(c.figure)) {
      ch.figureSet.add(c.figure);
      if (ch.figures.length < CHAIN_FIGURES) ch.figures.push(c.figure);
    }
  }
  const list = [...chains.values()].map(({ lastDoc: _lastDoc, figureSet, ...ch }) => ({
    ...ch,
    figureCount: figureSet.size,
  }));
  return { chains: list.sort((a, b) => b.claims - a.claims), claims };
}

/** What tells one state of the store from another, cheaply: its counts and the analysts' corrections. */
async function fingerprint(store: Store): Promise<string> {
  const [stats, corrections] = await Promise.all([store.stats(), store.listCorrections()]);
  return JSON.stringify([stats, corrections.length]);
}

/**
 * The pages of the Sources view over `store`: the ledger is counted once and reused while the store's counts and
 * corrections stay the same (asked again at most every {@link FRESH_MS}, counted again after {@link MAX_AGE_MS}).
 */
export function sourceChainPages(store: Store, timing = { freshMs: FRESH_MS, waitMs: WAIT_MS }) {
  let kept: { key: string; at: number; counted: number; ledger: Promise<Ledger> } | undefined;
  let last: Ledger | undefined;
  // The count for the store as it is now, in a box: an async function would wait for a bare promise.
  const current = async (): Promise<{ ledger: Promise<Ledger> }> => {
    const now = Date.now();
    if (kept && now - kept.at < timing.freshMs) return kept;
    const key = await fingerprint(store);
    if (kept?.key === key && now - kept.counted < MAX_AGE_MS) {
      kept.at = now;
      return kept;
    }
    const counted = countChains(store);
    kept = { key, at: now, counted: now, ledger: counted };
    counted.then(
      (done) => (last = done),
      () => (kept = undefined),
    );
    return kept;
  };
  const ledger = async (): Promise<Ledger & { counting: boolean }> => {
    const previous = last;
    const { ledger: counted } = await current();
    if (!previous) return { ...(await counted), counting: false };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(resolve, timing.waitMs, null)));
    const done = await Promise.race([counted, late]).finally(() => clearTimeout(timer));
    return done ? { ...done, counting: false } : { ...previous, counting: true };
  };
  return async ({ limit, offset }: { limit: number; offset: number }): Promise<SourcesPage> => {
    const [{ chains, claims, counting }, links] = await Promise.all([ledger(), store.listDuplicates()]);
    const doc = docCache(store);
    const copies = await Promise.all(
      links.slice(0, COPIES_SHOWN).map(async (l) => {
        const [a, b] = await Promise.all([doc(l.document), doc(l.of)]);
        return {
          ...l,
          documentTitle: a?.title ?? null,
          documentOutlet: a?.outlet ?? null,
          ofTitle: b?.title ?? null,
          ofOutlet: b?.outlet ?? null,
        };
      }),
    );
    return {
      items: chains.slice(offset, offset + limit),
      total: chains.length,
      limit,
      offset,
      claims,
      copies,
      copiesTotal: links.length,
      counting,
    };
  };
}
