import { describe, expect, it } from 'vitest';
import { lastWins, mergeEntityRecords, type EntityRecord } from './records.js';

describe('lastWins', () => {
  it('keeps the last item of each key, in the order of last occurrence, as insert or replace leaves rows', () => {
    const items = [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
      { id: 'a', v: 3 },
      { id: 'c', v: 4 },
    ];
    expect(lastWins(items, (x) => x.id)).toEqual([
      { id: 'b', v: 2 },
      { id: 'a', v: 3 },
      { id: 'c', v: 4 },
    ]);
  });
  it('returns a copy of items without repeats, and of short lists', () => {
    const items = [{ id: 'a' }, { id: 'b' }];
    const out = lastWins(items, (x) => x.id);
    expect(out).toEqual(items);
    expect(out).not.toBe(items);
    expect(lastWins([], (x: { id: string }) => x.id)).toEqual([]);
  });
});

describe('mergeEntityRecords', () => {
  const rec = (id: string, doc: string, aliases: string[] = [], roles: string[] = []): EntityRecord => ({
    id,
    name: id.toUpperCase(),
    type: 'person',
    aliases,
    roles,
    documents: [doc],
  });
  /** The earlier, array-copying merge: the reference for order and content. */
  function reference(records: EntityRecord[]): EntityRecord[] {
    const byId = new Map<string, EntityRecord>();
    for (const e of records) {
      const had = byId.get(e.id);
      if (had) {
        had.aliases = [...new Set([...had.aliases, ...e.aliases])];
        had.roles = [...new Set([...had.roles, ...e.roles])];
        had.documents = [...new Set([...had.documents, ...e.documents])];
      } else byId.set(e.id, { ...e });
    }
    return [...byId.values()];
  }

  it('unites aliases, roles and documents by id, first occurrence first, as the earlier merge did', () => {
    const records = [
      rec('kim', 'd1', ['Kim'], ['leader']),
      rec('nis', 'd1', ['NIS']),
      rec('kim', 'd2', ['Kim Jong Un', 'Kim'], ['leader', 'chairman']),
      rec('kim', 'd1', [], ['envoy']),
      rec('nis', 'd3'),
    ];
    expect(mergeEntityRecords(records)).toEqual(reference(records.map((r) => ({ ...r }))));
    expect(mergeEntityRecords(records)[0]).toEqual({
      id: 'kim',
      name: 'KIM',
      type: 'person',
      aliases: ['Kim', 'Kim Jong Un'],
      roles: ['leader', 'chairman', 'envoy'],
      documents: ['d1', 'd2'],
    });
  });

  it('leaves the records it was given as they were', () => {
    const a = rec('kim', 'd1', ['Kim']);
    const b = rec('kim', 'd2', ['Kim Jong Un']);
    mergeEntityRecords([a, b]);
    expect(a).toEqual(rec('kim', 'd1', ['Kim']));
    expect(b).toEqual(rec('kim', 'd2', ['Kim Jong Un']));
  });

  it('merges an entity named in every one of many articles, with the same result as the reference', () => {
    // Per-article records of three entities, each in most articles: the array-copying merge was quadratic in them.
    const records = Array.from({ length: 6_000 }, (_, i) =>
      rec(['ukraine', 'russia', 'kim'][i % 3]!, `doc-${Math.floor(i / 2)}`, i % 7 === 0 ? [`alias ${i % 11}`] : []),
    );
    const merged = mergeEntityRecords(records);
    expect(merged.map((e) => e.documents.length)).toEqual([2_000, 2_000, 2_000]);
    expect(merged).toEqual(reference(records.map((r) => ({ ...r }))));
  });

  it('filters the merged entities by type and name', () => {
    const records = [rec('kim', 'd1', ['Kim Jong Un']), { ...rec('nis', 'd1'), type: 'organization' }];
    expect(mergeEntityRecords(records, { type: 'organization' }).map((e) => e.id)).toEqual(['nis']);
    expect(mergeEntityRecords(records, { q: 'jong' }).map((e) => e.id)).toEqual(['kim']);
  });
});
