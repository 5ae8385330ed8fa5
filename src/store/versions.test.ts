import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../article.js';
import { versionLinks, type StoredVersion } from './versions.js';

const URL_A = 'https://example.com/flood';

/** A new article at URL_A with its own date (or none). */
function version(name: string, published: string | null): Article {
  const article = createArticle({ source: `${name}.txt`, raw: `Version ${name}.`, format: 'text', url: URL_A });
  article.id = name;
  if (published) article.meta.published = { value: { iso: published, precision: 'day' }, by: 'test', certain: true };
  return article;
}

describe('versionLinks', () => {
  // stored: [id, date, previous]; batch: [id, date]; chain: the ids in the order they link.
  it.each([
    ['a new version after the stored one', [['b', '2024-03-02', null]], [['c', '2024-03-03']], ['b', 'c']],
    ['an earlier version that comes later goes first', [['b', '2024-03-02', null]], [['a', '2024-03-01']], ['a', 'b']],
    [
      'a version dated between two stored ones goes between them',
      [
        ['a', '2024-03-01', null],
        ['c', '2024-03-03', 'a'],
      ],
      [['b', '2024-03-02']],
      ['a', 'b', 'c'],
    ],
    ['the same date: the one stored first comes first', [['z', '2024-03-02', null]], [['a', '2024-03-02']], ['z', 'a']],
    ['an undated version goes before the dated ones', [['b', '2024-03-02', null]], [['u', null]], ['u', 'b']],
    [
      'a stored chain linked out of date order is put in date order',
      [
        ['c', '2024-03-03', null],
        ['a', '2024-03-01', 'c'],
      ],
      [['d', '2024-03-04']],
      ['a', 'c', 'd'],
    ],
    [
      'new versions of one batch by date, then id',
      [],
      [
        ['y', '2024-03-05'],
        ['x', '2024-03-05'],
        ['w', null],
      ],
      ['w', 'x', 'y'],
    ],
  ] as Array<[string, Array<[string, string | null, string | null]>, Array<[string, string | null]>, string[]]>)(
    '%s',
    (_, storedRows, batchRows, chain) => {
      const stored: StoredVersion[] = storedRows.map(([id, published, previous]) => ({ id, published, previous }));
      const batch = batchRows.map(([id, date]) => version(id, date));
      const plan = versionLinks(batch, batch.keys(), () => stored);
      const previousOf = (id: string) => chain[chain.indexOf(id) - 1] ?? null;
      batch.forEach((a, i) => expect(plan.links.get(i) ?? null).toBe(previousOf(a.id)));
      const relinked = stored.filter((v) => v.previous !== previousOf(v.id));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect([...plan.relinks].sort(byId)).toEqual(
        relinked.map((v) => ({ id: v.id, previous: previousOf(v.id) })).sort(byId),
      );
      expect(plan.next.map((v) => v.id)).toEqual(chain);
      expect(plan.next.map((v) => v.next)).toEqual([...chain.slice(1), null]);
    },
  );
});
