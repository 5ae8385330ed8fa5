import { useApi, type ApiStats, type FigureItem, type Page } from '../api.js';
import { Failure, fmtValue, Loading } from '../format.js';
import { href, withParams } from '../router.js';
import { Sparkline } from '../sparkline.js';
import { QueuePanel } from './queue.js';

/** Story overview, most-reported figures first: every figure with its current value or range, a sparkline, independent sources and a disagreement mark. */
export function Overview() {
  const stats = useApi<ApiStats>('/api/stats');
  const figs = useApi<Page<FigureItem>>('/api/figures?limit=200');
  return (
    <>
      <h1 tabIndex={-1}>The story in figures</h1>
      {stats.data && (
        <p class="muted">
          {stats.data.documents} documents · {stats.data.claims} claims · {stats.data.quotes} quotes ·{' '}
          {stats.data.figures} figures
        </p>
      )}
      {stats.data?.queue && <QueuePanel />}
      {figs.loading && <Loading what="figures" />}
      {figs.error && <Failure error={figs.error} />}
      {figs.data && figs.data.items.length === 0 && (
        <p>
          No figures yet: run the corpus stages (<code>crosscheck ingest</code> does it), or browse the{' '}
          <a href={href('claims')}>claims</a>.
        </p>
      )}
      {figs.data && figs.data.items.length > 0 && (
        <ul class="cards" aria-label="Figures">
          {[...figs.data.items]
            .sort((a, b) => b.summary.claims - a.summary.claims)
            .map((f) => (
              <li class="card figure-card" data-figure={f.id}>
                <h2>
                  <a href={href('figures', f.id)}>{f.label}</a>
                </h2>
                <p class="big">
                  {f.summary.current
                    ? fmtValue({ ...f.summary.current, bound: f.summary.current.value !== null ? 'exact' : 'range' })
                    : '—'}
                </p>
                {f.summary.current &&
                  f.summary.current.value !== null &&
                  f.summary.current.low !== null &&
                  f.summary.current.high !== null &&
                  f.summary.current.low !== f.summary.current.high && (
                    <p class="muted small range">
                      reported range{' '}
                      {fmtValue({ value: null, low: f.summary.current.low, high: f.summary.current.high })}
                    </p>
                  )}
                <Sparkline points={f.summary.spark} label={f.label} />
                <p class="small">
                  <a href={withParams(href('claims'), { figure: f.id })}>
                    {f.summary.claims} {f.summary.claims === 1 ? 'claim' : 'claims'}
                  </a>{' '}
                  · {f.summary.sources} independent {f.summary.sources === 1 ? 'source' : 'sources'}
                  {f.summary.disagree && (
                    <>
                      {' · '}
                      <span class="disagree" title="Sources disagree on this figure">
                        ⚠ sources disagree
                      </span>
                    </>
                  )}
                </p>
              </li>
            ))}
        </ul>
      )}
    </>
  );
}
