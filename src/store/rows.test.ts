import { describe, expect, it } from 'vitest';
import { byDocumentsThenId, rowChanges, sameJson } from './rows.js';

type Row = { id: string; n: number };
const id = (r: Row) => r.id;
const rows = (spec: string): Row[] =>
  spec
    .split(' ')
    .filter(Boolean)
    .map((s) => ({ id: s[0]!, n: Number(s.slice(1)) }));

describe('rowChanges', () => {
  // [was, next, ordered, update, drop, append]
  const cases: Array<[string, string, boolean, string, string, string]> = [
    ['a1 b1 c1', 'a1 b1 c1', true, '', '', ''],
    ['a1 b1 c1', 'a1 b2 c1', true, 'b2', '', ''],
    ['a1 b1', 'a1 b1 c1', true, '', '', 'c1'],
    // A row gone from the middle of an ordered table: the rest is dropped and appended again, in order.
    ['a1 b1 c1', 'a1 c1', true, '', 'b c', 'c1'],
    ['a1 b1 c1', 'a2 c1 b1', true, 'a2', 'b c', 'c1 b1'],
    // A table listed in an order of its own: only rows new, changed or gone.
    ['a1 b1 c1', 'a2 c1 b1', false, 'a2', '', ''],
    ['a1 b1 c1', 'c1 d1 a1', false, '', 'b', 'd1'],
    ['', 'a1', false, '', '', 'a1'],
  ];
  it.each(cases)('%s → %s (ordered %s)', (was, next, ordered, update, drop, append) => {
    const out = rowChanges(rows(was), rows(next), id, sameJson, ordered);
    expect(out.update).toEqual(rows(update));
    expect(out.drop).toEqual(drop.split(' ').filter(Boolean));
    expect(out.append).toEqual(rows(append));
  });

  // Pairs of values: sameJson tells them apart exactly when JSON.stringify does.
  const values: Array<[unknown, unknown]> = [
    [
      { a: 1, b: ['x', 'y'] },
      { a: 1, b: ['x', 'y'] },
    ],
    [
      { a: 1, b: ['x', 'y'] },
      { a: 1, b: ['y', 'x'] },
    ],
    [
      { a: 1, b: 2 },
      { b: 2, a: 1 },
    ],
    [{ a: 1, b: undefined }, { a: 1 }],
    [{ a: [undefined] }, { a: [null] }],
    [{ a: NaN }, { a: null }],
    [{ a: Infinity }, { a: -Infinity }],
    [{ a: null }, { a: 0 }],
    [{ a: '1' }, { a: 1 }],
    [[], {}],
    [{ a: { b: [1, { c: true }] } }, { a: { b: [1, { c: false }] } }],
    [{ d: new Date(0) }, { d: '1970-01-01T00:00:00.000Z' }],
  ];
  it.each(values)('sameJson(%j, %j) is JSON.stringify equality', (a, b) => {
    expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
  });

  it('orders by documents, most first, then by id', () => {
    const sorted = rows('b2 a1 c2 d5').sort(byDocumentsThenId((r) => r.n));
    expect(sorted.map(id)).toEqual(['d', 'b', 'c', 'a']);
  });
});
