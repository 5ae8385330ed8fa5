/** A queue's status as GET /api/queue reports it, for the server and browser tests. */
import type { FailedQueueJob } from '../../src/queue/status.js';

/** A batch of three articles that failed every retry; two are named. */
export const FAILED_JOB: FailedQueueJob = {
  id: '0b4e6c1a-3f2d-4c8e-9a51-7d2f0e8b6c33',
  queue: 'ingest',
  state: 'failed',
  error: 'the analysis worker ran out of memory',
  endedOn: '2024-05-01T09:58:00.000Z',
  attempts: 6,
  articles: 3,
  names: ['storm-update.html', 'https://news.example/flood'],
};
