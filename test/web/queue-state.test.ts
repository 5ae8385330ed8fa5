import { describe, expect, it } from 'vitest';
import { queueState } from '../../web/src/queue-state.js';

const counts = (queued: number, active: number) => ({ queued, retry: 0, active, completed: 3, failed: 0 });
const status = (ingest: [number, number], corpus: [number, number]) => ({
  ingest: { ...counts(...ingest), articlesQueued: ingest[0] * 50, articlesDone: 150 },
  corpus: { ...counts(...corpus), lastCompletedOn: null },
  idle: ingest[0] + ingest[1] + corpus[0] + corpus[1] === 0,
});

describe('the queue panel says what the queue is doing', () => {
  const cases: Array<[string, ReturnType<typeof status>, string]> = [
    ['nothing queued or running', status([0, 0], [0, 0]), 'Idle'],
    ['a worker on an ingest job', status([2, 1], [0, 0]), 'Working'],
    ['a worker on the corpus stages', status([0, 0], [0, 1]), 'Working'],
    ['jobs queued and none taken', status([4, 0], [0, 0]), 'Waiting for a worker'],
    ['a corpus run queued and none taken', status([0, 0], [1, 0]), 'Waiting for a worker'],
  ];
  for (const [what, s, want] of cases) it(`${what}: ${want}`, () => expect(queueState(s)).toBe(want));
});
