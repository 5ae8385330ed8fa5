import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson, type QueueStatus } from '../api.js';
import { announceChange } from '../live.js';
import { queueState } from '../queue-state.js';

/**
 * How often the panel asks again while workers are busy, and while the queue is idle: jobs enqueued and finished
 * between two idle asks are only seen at the next one, so the counts of a quick job lag by up to this much.
 */
export const QUEUE_BUSY_MS = 3000;
const QUEUE_IDLE_MS = 10000;
/** The least time between two refreshes of the views when queue jobs finish. */
export const LIVE_MIN_MS = 10000;

const n = (x: number) => x.toLocaleString('en');

/**
 * The ingest workers' progress (GET /api/queue), shown only when the store has a
 * job queue (PostgreSQL): the route answers 404 E_NO_QUEUE otherwise and the panel
 * stays absent. Text only; a polite live region, so screen readers hear changes
 * without being interrupted.
 */
export function QueuePanel() {
  const [status, setStatus] = useState<QueueStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ctl = new AbortController();
    let finished: string | null = null;
    let pending = false;
    let announced = 0;
    const poll = async () => {
      let next = QUEUE_BUSY_MS;
      try {
        const s = await getJson<QueueStatus>('/api/queue', ctl.signal);
        if (stopped) return;
        setStatus(s);
        setProblem(null);
        // A job finished since the last answer: counts and figures changed, so the views refetch (live.ts).
        const now = `${s.ingest.completed}/${s.corpus.completed}/${s.corpus.lastCompletedOn ?? ''}`;
        if (finished !== null && now !== finished) pending = true;
        finished = now;
        // At most one refetch per LIVE_MIN_MS: busy workers finish jobs faster than a reader needs a redraw.
        if (pending && Date.now() - announced >= LIVE_MIN_MS) {
          pending = false;
          announced = Date.now();
          announceChange();
        }
        if (s.idle) next = QUEUE_IDLE_MS;
      } catch (err) {
        if (stopped || (err as Error).name === 'AbortError') return;
        // No queue here (SQLite store, or an older server): hide the panel for good.
        if (err instanceof ApiError && (err.code === 'E_NO_QUEUE' || err.code === 'E_ROUTE_NOT_FOUND')) {
          setStatus(null);
          return;
        }
        setProblem((err as Error).message);
      }
      timer = setTimeout(poll, next);
    };
    poll();
    return () => {
      stopped = true;
      ctl.abort();
      clearTimeout(timer);
    };
  }, []);
  if (!status) return null;
  const q = status.ingest;
  const total = q.articlesDone + q.articlesQueued;
  return (
    <section class="queue-panel" aria-labelledby="queue-heading" aria-live="polite" data-idle={String(status.idle)}>
      <h2 id="queue-heading">Ingest queue</h2>
      <p class="queue-summary">
        {queueState(status)}: {n(q.articlesDone)} of {n(total)} articles done
        {q.failed > 0 && (
          <span class="disagree">
            {' '}
            · {n(q.failed)} {q.failed === 1 ? 'job' : 'jobs'} failed
          </span>
        )}
      </p>
      <dl class="queue-counts" aria-label="Ingest jobs">
        <div>
          <dt>queued</dt>
          <dd data-count="queued">{n(q.queued)}</dd>
        </div>
        <div>
          <dt>running</dt>
          <dd data-count="running">{n(q.active)}</dd>
        </div>
        <div>
          <dt>retrying</dt>
          <dd data-count="retrying">{n(q.retry)}</dd>
        </div>
        <div>
          <dt>done</dt>
          <dd data-count="done">{n(q.completed)}</dd>
        </div>
        <div>
          <dt>failed</dt>
          <dd data-count="failed">{n(q.failed)}</dd>
        </div>
      </dl>
      {(status.corpus.queued + status.corpus.active + status.corpus.retry > 0 || status.corpus.lastCompletedOn) && (
        <p class="muted small">
          Corpus stages:{' '}
          {status.corpus.active > 0
            ? 'running'
            : status.corpus.queued + status.corpus.retry > 0
              ? 'queued'
              : 'up to date'}
          {status.corpus.lastCompletedOn && (
            <> · last finished {status.corpus.lastCompletedOn.slice(0, 16).replace('T', ' ')} UTC</>
          )}
        </p>
      )}
      {status.failedJobs?.length > 0 && (
        <details class="queue-failed">
          <summary>Failed jobs ({n(status.failedJobs.length)} newest)</summary>
          <ul>
            {status.failedJobs.map((j) => (
              <li key={j.id} data-job={j.id}>
                <strong>{j.names.length ? j.names.join(', ') : `${j.queue} job`}</strong>
                {j.articles > j.names.length && <> and {n(j.articles - j.names.length)} more</>}: {j.error}{' '}
                <span class="muted small">
                  ({j.state}
                  {j.endedOn && <> {j.endedOn.slice(0, 16).replace('T', ' ')} UTC</>}, {j.attempts}{' '}
                  {j.attempts === 1 ? 'attempt' : 'attempts'})
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {problem && <p class="error small">Could not refresh: {problem}</p>}
    </section>
  );
}
