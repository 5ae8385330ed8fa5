/** What the ingest queue is doing, in a word or two, from GET /api/queue. */
import type { QueueStatus } from './api.js';

/**
 * "Idle" with nothing queued or running; "Working" while a worker holds a job; "Waiting for a worker" when jobs
 * wait and none is taken: no worker may be running, so "Working" would promise progress that is not happening.
 */
export function queueState(status: Pick<QueueStatus, 'idle' | 'ingest' | 'corpus'>): string {
  if (status.idle) return 'Idle';
  return status.ingest.active + status.corpus.active > 0 ? 'Working' : 'Waiting for a worker';
}
