/**
 * How the versions of one URL link: by the articles' own dates, never by the order a batch gives them or the order
 * dated batches arrive in, so the same versions stored in any order and any batches link alike. A new version dated
 * before a stored one goes before it in the chain, and the stored one is linked again. Ties: within a batch by id;
 * across batches the one stored first comes first.
 */
import type { Article } from '../article.js';

/** A version of a URL already stored: its id, its own date (ISO, as the document records it) and what it follows. */
export interface StoredVersion {
  id: string;
  published: string | null;
  previous: string | null;
}

/** How a batch links into the chains of the URLs it touches. */
export interface VersionPlan {
  /** For a new article (its index in the batch), the id it follows; one with none is not in the map. */
  links: Map<number, string>;
  /** Stored versions whose link changes (a version dated before them came later): their id and new link. */
  relinks: Array<{ id: string; previous: string | null }>;
  /** Every version of the touched URLs with more than one, old and new, with the id that follows it (null: newest). */
  next: Array<{ id: string; next: string | null }>;
}

/** The order versions of one URL follow each other in: the article's own date (undated first), then its id. */
function versionKey(published: string | null | undefined, id: string): string {
  return `${published ?? ''}\u0000${id}`;
}

/** Sorts by a precomputed string key. */
function byKey<T extends { key: string }>(a: T, b: T): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * A URL's stored versions in their chain's order (each after the one it follows; loose ends by date, then id), then
 * stably by date, so a chain linked before dates ordered it comes out ordered.
 */
function storedOrder(stored: readonly StoredVersion[]): StoredVersion[] {
  const ids = new Set(stored.map((v) => v.id));
  const after = new Map<string, StoredVersion[]>();
  const heads: StoredVersion[] = [];
  for (const v of stored) {
    if (v.previous && v.previous !== v.id && ids.has(v.previous)) {
      const list = after.get(v.previous);
      if (list) list.push(v);
      else after.set(v.previous, [v]);
    } else heads.push(v);
  }
  const key = (v: StoredVersion) => versionKey(v.published, v.id);
  const sorted = (list: StoredVersion[]) => list.map((v) => ({ key: key(v), v })).sort(byKey);
  const order: StoredVersion[] = [];
  const seen = new Set<string>();
  const walk = (v: StoredVersion): void => {
    for (let at: StoredVersion | undefined = v; at && !seen.has(at.id);) {
      seen.add(at.id);
      order.push(at);
      const next: StoredVersion[] = sorted(after.get(at.id) ?? []).map((x) => x.v);
      at = next[0];
      for (const other of next.slice(1)) walk(other);
    }
  };
  for (const { v } of sorted(heads)) walk(v);
  // A loop of links has no head: its versions join by date.
  for (const { v } of sorted(stored.filter((v) => !seen.has(v.id)))) walk(v);
  const date = (v: StoredVersion) => v.published ?? '';
  return order.sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
}

/**
 * For the batch's new articles (`fresh`: indices into `articles`, one per id), their places in the chains of their
 * URLs: the new versions of a URL by {@link versionKey}, merged by date into its stored versions (`stored`), each
 * following the one before it. A stored version goes before a new one of the same date: the date is all the text
 * says of their order, and the one seen later is the newer. Articles with no URL are left out.
 */
export function versionLinks(
  articles: readonly Article[],
  fresh: Iterable<number>,
  stored: (url: string) => readonly StoredVersion[],
): VersionPlan {
  const byUrl = new Map<string, number[]>();
  for (const i of fresh) {
    const url = articles[i]!.url;
    if (!url) continue;
    const list = byUrl.get(url);
    if (list) list.push(i);
    else byUrl.set(url, [i]);
  }
  const plan: VersionPlan = { links: new Map(), relinks: [], next: [] };
  for (const [url, list] of byUrl) {
    const old = storedOrder(stored(url));
    const ids = new Set(old.map((v) => v.id));
    const added = list
      .filter((i) => !ids.has(articles[i]!.id))
      .map((i) => {
        const a = articles[i]!;
        return { key: versionKey(a.meta.published?.value.iso, a.id), date: a.meta.published?.value.iso ?? '', i };
      })
      .sort(byKey);
    // index -1: a stored version, with its current link to tell whether it changes.
    const chain: Array<{ id: string; index: number; was: string | null }> = [];
    let k = 0;
    for (const v of old) {
      for (; k < added.length && added[k]!.date < (v.published ?? ''); k++)
        chain.push({ id: articles[added[k]!.i]!.id, index: added[k]!.i, was: null });
      chain.push({ id: v.id, index: -1, was: v.previous });
    }
    for (; k < added.length; k++) chain.push({ id: articles[added[k]!.i]!.id, index: added[k]!.i, was: null });
    chain.forEach((v, n) => {
      const previous = n ? chain[n - 1]!.id : null;
      if (v.index >= 0) {
        if (previous) plan.links.set(v.index, previous);
      } else if (previous !== v.was) plan.relinks.push({ id: v.id, previous });
      if (chain.length > 1) plan.next.push({ id: v.id, next: chain[n + 1]?.id ?? null });
    });
  }
  return plan;
}
