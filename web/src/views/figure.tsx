import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApi, type FigureDetail, type TimelinePoint } from '../api.js';
import { Failure, fmtValue, Loading, pointEvidence, sourceLabel, StatusBadge } from '../format.js';
import { docHref, href, withParams } from '../router.js';
import { Timeline } from '../timeline.js';
import { ClaimReviewControls, FigureReviewControls } from '../review.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const list = (v: unknown): Array<Record<string, unknown>> =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : [];

/** Reconciliation as computed by the corpus stages: the parts in words that are there, then everything as text. */
function Reconciliation({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <p class="muted">No reconciliation stored for this figure.</p>;
  const r = (typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const best = (r.best && typeof r.best === 'object' ? r.best : {}) as Record<string, unknown>;
  const values = list(r.values)
    .map((v) => str(v.corroboration) ?? str(v.text))
    .filter((x): x is string => !!x);
  const increments = list(r.increments)
    .map((v) => str(v.note))
    .filter((x): x is string => !!x);
  const revisions = list(r.revisions)
    .map((v) => str(v.note))
    .filter((x): x is string => !!x);
  const agreements = list(r.agreements)
    .map((v) => str(v.note))
    .filter((x): x is string => !!x);
  return (
    <>
      <h2>Reconciliation</h2>
      {str(best.reason) && <p>{str(best.reason)}</p>}
      {values.length > 0 && (
        <>
          <h3>Values reported</h3>
          <ul class="values">
            {values.map((v) => (
              <li>{v}</li>
            ))}
          </ul>
        </>
      )}
      {increments.length > 0 && (
        <>
          <h3>Increments</h3>
          <ul>
            {increments.map((v) => (
              <li>{v}</li>
            ))}
          </ul>
        </>
      )}
      {revisions.length > 0 && (
        <>
          <h3>Revisions</h3>
          <ul>
            {revisions.map((v) => (
              <li>{v}</li>
            ))}
          </ul>
        </>
      )}
      {agreements.length > 0 && (
        <>
          <h3>Agreements</h3>
          <ul>
            {agreements.map((v) => (
              <li>{v}</li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>All reconciliation details (as computed by the corpus stages)</summary>
        <pre class="json">{JSON.stringify(value, null, 2)}</pre>
      </details>
    </>
  );
}

function Hovered({ p }: { p: TimelinePoint | null }) {
  return (
    <div class="hovered" aria-live="polite">
      {p ? (
        <>
          <p class="small">
            <strong>{fmtValue(p)}</strong> · <StatusBadge status={p.status} /> · {sourceLabel(p)}
            {p.via.length > 0 && <> via {p.via.join(' → ')}</>} · {p.outlet ?? 'unknown outlet'} · {p.date ?? 'undated'}
            {p.dateFrom && <span class="muted"> (date from {p.dateFrom})</span>}
          </p>
          <blockquote>{pointEvidence(p)}</blockquote>
          <a href={docHref(p.document, p.claim)}>Open the article at this sentence</a>
        </>
      ) : (
        <p class="muted small">Hover a point, or focus a row below, to see its evidence.</p>
      )}
    </div>
  );
}

export function FigurePage({ id }: { id: string }) {
  const fig = useApi<FigureDetail>(`/api/figures/${encodeURIComponent(id)}`);
  const [hover, setHover] = useState<TimelinePoint | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (fig.data) document.title = `${fig.data.figure.label} · crosscheck`;
  }, [fig.data]);
  // Stable across hover re-renders, so the chart is not rebuilt under the cursor.
  const conflicts = useMemo(
    () => (fig.data ? fig.data.disagreements.filter((d) => d.kind === 'conflict') : []),
    [fig.data],
  );
  if (fig.loading) return <Loading what="the figure" />;
  if (fig.error) return <Failure error={fig.error} />;
  const { figure, points, summary, disagreements, sources } = fig.data;
  const reviewOf = new Map(fig.data.claims.map((c) => [c.id, c]));
  const disputed = new Set(conflicts.flatMap((d) => d.claims));
  const undated = points.filter((p) => !p.date).length;
  return (
    <>
      <h1 tabIndex={-1}>{figure.label}</h1>
      <FigureReviewControls figure={figure} />
      <p class="big">
        {summary.current
          ? fmtValue({ ...summary.current, bound: summary.current.value !== null ? 'exact' : 'range' })
          : '—'}{' '}
        <span class="muted small">
          {summary.current?.by === 'reconciliation' ? 'reconciled' : 'latest asserted claim'} · {summary.claims} claims
          · {summary.sources} independent sources
        </span>
      </p>
      <h2>Timeline</h2>
      <p class="small muted">
        Filled points are asserted, hollow ones planned or possible; bars show bounds and ranges; red rings mark claims
        in conflict.
      </p>
      <Timeline points={points} disagreements={conflicts} onHover={setHover} focus={focus} />
      <Hovered p={hover} />
      {undated > 0 && <p class="muted small">{undated} claims have no date and are only in the table below.</p>}
      {disagreements.length > 0 && (
        <>
          <h2>Where sources differ</h2>
          <ul class="disagreements">
            {disagreements.map((d) => (
              <li>
                {d.kind === 'conflict' ? <span class="disagree">⚠ conflict</span> : <span class="kind">{d.kind}</span>}:{' '}
                {d.note || `values ${d.values.join(', ')}`} <span class="muted small">({d.by})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Sources</h2>
      <ul>
        {sources.map((s) => (
          <li>
            <a href={withParams(href('claims'), { figure: figure.id, source: s.source ?? undefined })}>{s.name}</a>
            {s.via.length > 0 && <span> via {s.via.map((v) => v.join(' → ')).join('; ')}</span>} — {s.claims} claims in{' '}
            {s.outlets.join(', ') || 'unknown outlets'}
            {!s.independent && <span class="muted"> (only in copies)</span>}
          </li>
        ))}
      </ul>
      <h2>Claims behind it</h2>
      <div class="table-wrap">
        <table class="claims">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">Status</th>
              <th scope="col">Source</th>
              <th scope="col">Outlet</th>
              <th scope="col">Evidence</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr class={disputed.has(p.claim) ? 'disputed' : undefined} data-claim={p.claim}>
                <td>{p.date ?? '—'}</td>
                <td class="num-cell">{fmtValue(p)}</td>
                <td>
                  <StatusBadge status={p.status} />
                </td>
                <td>
                  {sourceLabel(p)}
                  {p.via.length > 0 && <span class="muted small"> via {p.via.join(' → ')}</span>}
                </td>
                <td>
                  {p.outlet ?? '—'}
                  {p.copyOf && <span class="muted small"> (copy)</span>}
                </td>
                <td>
                  <a
                    href={docHref(p.document, p.claim)}
                    onFocus={() => (setFocus(p.claim), setHover(p))}
                    onMouseEnter={() => setHover(p)}
                  >
                    {pointEvidence(p)}
                  </a>
                </td>
                <td>
                  <ClaimReviewControls claim={reviewOf.get(p.claim) ?? { id: p.claim }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Reconciliation value={figure.reconciliation} />
    </>
  );
}
