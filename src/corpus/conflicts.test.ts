import { describe, expect, it } from 'vitest';
import { conflictGroups } from './conflicts.js';
import type { TimelineEntry } from './types.js';

/** A timeline entry of an invented dock strike's arrests. */
function entry(claim: string, document: string, source: string, sourceName: string, value: number): TimelineEntry {
  return {
    claim,
    document,
    text: String(value),
    value,
    low: value,
    high: value,
    bound: 'exact',
    status: 'done',
    incremental: false,
    scope: null,
    about: null,
    said: '2024-05-03',
    source,
    sourceName,
    via: [],
  };
}

describe('conflict groups', () => {
  const timeline = [
    entry('a', 'd1', 'police-chief', 'the police chief', 35),
    entry('b', 'd2', 'mayor', 'the mayor', 20),
    entry('c', 'd3', 'police-chief', 'the police chief', 35),
    entry('d', 'd4', 'mayor', 'the mayor', 20),
    entry('e', 'd5', 'outlet:harbour-times', 'Harbour Times', 41),
  ];

  it('tells claims joined by conflicts as one disagreement, by who says what', () => {
    const groups = conflictGroups(
      [
        { a: 'a', b: 'b', type: 'conflict' },
        { a: 'c', b: 'b', type: 'conflict' },
        { a: 'e', b: 'a', type: 'revision' },
      ],
      timeline,
      3,
    );
    expect(groups.map((g) => g.text)).toEqual(['on 2024-05-03, the police chief: 35; the mayor: 20']);
    expect(groups[0]!.documents).toEqual(['d1', 'd2', 'd3']);
  });

  it('tells two groups that read alike once, names own reporting by its outlet, and keeps to the limit', () => {
    const pairs = [
      { a: 'a', b: 'b', type: 'conflict' },
      { a: 'c', b: 'd', type: 'conflict' },
    ];
    expect(conflictGroups(pairs, timeline, 3)).toHaveLength(1);
    const own = conflictGroups([{ a: 'e', b: 'b', type: 'conflict' }], timeline, 3);
    expect(own[0]!.text).toBe('on 2024-05-03, the mayor: 20; Harbour Times: 41');
    expect(conflictGroups([...pairs, { a: 'e', b: 'b', type: 'conflict' }], timeline, 1)).toHaveLength(1);
    expect(conflictGroups([{ a: 'a', b: 'e', type: 'revision' }], timeline, 3)).toEqual([]);
  });
});
