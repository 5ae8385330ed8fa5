import { describe, expect, it } from 'vitest';
import { lastWins } from './records.js';

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
