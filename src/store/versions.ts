/**
 * Which stored version each new article of a batch follows at its URL. Versions are linked by the articles' own
 * dates, then their content hashes, never by the order a batch gives them, so the same versions queued in another
 * order link alike.
 */
import type { Article } from '../article.js';

/** The order versions of one URL follow each other in: the article's own date (undated first), then its id. */
function versionKey(a: Article): string {
  return `${a.meta.published?.value.iso ?? ''}\u0000${a.id}`;
}

/**
 * For the batch's new articles (`fresh`: indices into `articles`, one per id), the id each follows at its URL: the
 * one before it among the batch's versions of that URL, or for the first, `latest` (the newest version stored before
 * the batch). Articles with no URL or no version before them are not in the map.
 */
export function versionLinks(
  articles: readonly Article[],
  fresh: Iterable<number>,
  latest: (url: string) => string | undefined,
): Map<number, string> {
  const byUrl = new Map<string, number[]>();
  for (const i of fresh) {
    const url = articles[i]!.url;
    if (!url) continue;
    const list = byUrl.get(url);
    if (list) list.push(i);
    else byUrl.set(url, [i]);
  }
  const links = new Map<number, string>();
  for (const [url, list] of byUrl) {
    const keys = new Map(list.map((i) => [i, versionKey(articles[i]!)]));
    list.sort((a, b) => (keys.get(a)! < keys.get(b)! ? -1 : keys.get(a)! > keys.get(b)! ? 1 : 0));
    let prev = latest(url);
    for (const i of list) {
      const id = articles[i]!.id;
      if (prev && prev !== id) links.set(i, prev);
      prev = id;
    }
  }
  return links;
}
