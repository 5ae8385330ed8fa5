import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApi, type FigurePageData, type TimelinePoint } from '../api.js';
import { Failure, fmtValue, Loading, OriginalLink, pointEvidence, sourceLabel, StatusBadge } from '../format.js';
import { asSentence, dateSource, fmtDate, Headline, humanNote, plural } from '../headline.js';
import { docHref, href, withParams } from '../router.js';
import { addsUpByDimension } from '../parts.js';
import { Timeline } from '../timeline.js';
import { usePrinting } from '../printing.js';
import { chartSubject } from '../chart-data.js';
import { ClaimReviewControls, FigureReviewControls } from '../review.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const list = (v: unknown): Array<Record<string, unknown>> =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : [];

/** Differences the reconciliation found that are not conflicts, in words. */
const KIND: Record<string, string> = {
  'compatible-bounds': 'A bound and a value that agree',
  rounding: 'The same number, rounded',
  scope: 'Different scopes',
  'as-of-date': 'Different dates',
};

const DATE_FROM: Record<string, string> = {
  when: 'the date the sentence gives',
  said: 'the day it was said',
  published: 'the article’s date',
};

/** What the corpus stages worked out, in words: values reported, increments, revisions, agreements. */
function Reconciliation({ value }: { value: unknown }) {
  if (value === null || value === undefined) return null;
  const r = (typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const notes = (key: string) =>
    list(r[key])
      .map((v) => str(v.note))
      .filter((x): x is string => !!x)
      .map(humanNote);
  const values = list(r.values)
    .map((v) => str(v.corroboration) ?? str(v.text))
    .filter((x): x is string => !!x)
    .map(humanNote);
  const sections: Array<[string, string[]]> = [
    ['Values reported', values],
    ['Increments', notes('increments')],
    ['Revisions', notes('revisions')],
    ['Agreements', notes('agreements')],
  ];
  if (!sections.some(([, items]) => items.length)) return null;
  return (
    <>
      <h2>How the value was reached</h2>
      {sections
        .filter(([, items]) => items.length)
        .map(([title, items]) => (
          <>
            <h3>{title}</h3>
            <ul class="values">
              {items.map((v) => (
                <li>{v}</li>
              ))}
            </ul>
          </>
        ))}
    </>
  );
}

function PointLine({ p }: { p: TimelinePoint }) {
  return (
    <>
      <strong>{fmtValue(p)}</strong> <StatusBadge status={p.status} /> · <span class="speaker">{sourceLabel(p)}</span>
      {p.via.length > 0 && <> via {p.via.join(' → ')}</>} · {p.outlet ?? 'unknown outlet'} · {fmtDate(p.date)}
    </>
  );
}

function Hovered({ points }: { points: TimelinePoint[] }) {
  return (
    <div class="hovered" aria-live="polite">
      {points.length > 1 && <p class="small muted">{plural(points.length, 'claim')} at this spot:</p>}
      {points.length ? (
        points.map((p) => (
          <div class="hovered-point" data-claim={p.claim}>
            <p class="small">
              <PointLine p={p} />
              {p.dateFrom && (
                <span class="muted"> (from {dateSource(p.dateBy) ?? DATE_FROM[p.dateFrom] ?? p.dateFrom})</span>
              )}
            </p>
            <blockquote>{pointEvidence(p)}</blockquote>
            <a href={docHref(p.document, p.claim)}>Open the article at this sentence</a>
          </div>
        ))
      ) : (
        <p class="muted small">
          Point at or tap a point, or focus the chart and use the arrow keys, to see its evidence; so does a row below.
        </p>
      )}
    </div>
  );
}

type ConflictGroup = FigurePageData['conflicts'][number];

/** "On 4 August 2025, the fire service: 1,200; the governor: 1,800", capitalised. */
const conflictText = (g: ConflictGroup) => {
  const t = humanNote(g.text);
  return t.charAt(0).toUpperCase() + t.slice(1);
};

/**
 * One real conflict, told once: who said what on which day, and one sentence of each of the first two sides,
 * each linked to its article at that sentence.
 */
function Conflict({ g, byClaim }: { g: ConflictGroup; byClaim: Map<string, TimelinePoint> }) {
  const sides = g.sides
    .map((s) => s.claims.map((c) => byClaim.get(c)).find((p): p is TimelinePoint => !!p))
    .filter((p): p is TimelinePoint => !!p);
  const shown = sides.slice(0, 2);
  return (
    <li class="conflict" data-conflict>
      <p>
        <span class="disagree" aria-hidden="true">
          ⚠
        </span>{' '}
        {conflictText(g)}
        {g.documents.length > 2 && <span class="muted"> · in {plural(g.documents.length, 'article')}</span>}
      </p>
      {shown.length > 0 && (
        <ol class="conflict-sides">
          {shown.map((p) => (
            <li>
              <p class="small">
                <PointLine p={p} />
              </p>
              <blockquote>{pointEvidence(p)}</blockquote>
              <a href={docHref(p.document, p.claim)}>
                Open {p.outlet ? `the ${p.outlet} article` : 'the article'} at this sentence
              </a>
            </li>
          ))}
        </ol>
      )}
      {sides.length > shown.length && (
        <p class="small muted">and {plural(sides.length - shown.length, 'other source')} on this day</p>
      )}
    </li>
  );
}

/** Rows of the claims table shown at first, and added by each "Show more": a busy figure has hundreds. */
const TABLE_PAGE = 50;

export function FigurePage({ id }: { id: string }) {
  const fig = useApi<FigurePageData>(`/api/figures/${encodeURIComponent(id)}`);
  const [hover, setHover] = useState<TimelinePoint[]>([]);
  const [rows, setRows] = useState(TABLE_PAGE);
  useEffect(() => setRows(TABLE_PAGE), [id]);
  // A printed figure is a briefing: every claim behind it, not the rows the screen had shown.
  const printing = usePrinting();
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (fig.data) document.title = `${fig.data.figure.label} · crosscheck`;
    else if (fig.error) document.title = 'Figure not found · crosscheck';
  }, [fig.data, fig.error]);
  // Stable across hover re-renders, so the chart is not rebuilt under the cursor.
  const conflicts = useMemo((): ConflictGroup[] => {
    if (!fig.data) return [];
    if (fig.data.figure.relations) return fig.data.conflicts;
    // A store written before figures carried relations: the reconciliation's conflicts, as it listed them.
    return fig.data.disagreements
      .filter((d) => d.kind === 'conflict')
      .map((d) => ({
        days: [],
        sides: d.sides.map((c) => ({ source: c, name: '', values: [], claims: [c] })),
        claims: d.claims,
        documents: [],
        text: d.note || `values ${d.values.join(', ')} differ`,
      }));
  }, [fig.data]);
  // Claims analysts rejected stay in the table, marked, but are no point of the chart (nor of the answer).
  const plotted = useMemo(() => {
    if (!fig.data) return [];
    const rejected = new Set(fig.data.claims.filter((c) => c.review?.verdict === 'rejected').map((c) => c.id));
    return rejected.size ? fig.data.points.filter((p) => !rejected.has(p.claim)) : fig.data.points;
  }, [fig.data]);
  if (fig.loading) return <Loading what="the figure" />;
  if (fig.error)
    return (
      <>
        <h1 tabIndex={-1}>Figure not found</h1>
        <Failure error={fig.error} />
        <p>
          <a href="#/">Back to the story overview</a>
        </p>
      </>
    );
  const { figure, points, disagreements, sources, headline, parts } = fig.data;
  const sum = parts.length ? addsUpByDimension(headline, parts) : null;
  const byClaim = new Map(points.map((p) => [p.claim, p]));
  const reviewOf = new Map(fig.data.claims.map((c) => [c.id, c]));
  const disputed = new Set(conflicts.flatMap((d) => d.claims));
  const others = disagreements.filter((d) => d.kind !== 'conflict');
  const undated = plotted.filter((p) => !p.date).length;
  const subtitle =
    chartSubject(
      figure.measure,
      fig.data.claims.map((c) => c.unit),
    ) +
    `${headline?.asOf ? `, best value as of ${fmtDate(headline.asOf)}` : ''}` +
    ` · ${plural(plotted.length, 'claim')} from ${plural(sources.length, 'source')}` +
    `${points.length > plotted.length ? ` (${points.length - plotted.length} rejected by analysts, not drawn)` : ''}`;
  return (
    <>
      <h1 tabIndex={-1}>{figure.label}</h1>
      <Headline h={headline} level="page" />
      {figure.id !== id && (
        <p class="small merged-note">The figure this link named ({id}) was merged into this one by an analyst.</p>
      )}
      <FigureReviewControls figure={figure} />
      {headline?.reason && <p class="small reason-line">{asSentence(humanNote(headline.reason))}</p>}
      {figure.partOf && (
        <p class="small">
          Part of <a href={href('figures', figure.partOf)}>a larger figure</a>.
        </p>
      )}
      <h2>Timeline</h2>
      <p class="small muted">
        Filled points are asserted, hollow ones planned or possible; a horizontal line is a date known only to the month
        or year, a vertical one a range, an arrow a one-sided bound (“more than”, “up to”); red rings mark claims in
        conflict.
      </p>
      <p class="small chart-subtitle">{subtitle}</p>
      <Timeline
        points={plotted}
        disagreements={conflicts}
        onHover={setHover}
        focus={focus}
        title={figure.label}
        subtitle={subtitle}
      />
      <Hovered points={hover} />
      {undated > 0 && (
        <p class="muted small">
          {plural(undated, 'claim has', 'claims have')} no date and {undated === 1 ? 'is' : 'are'} only in the table
          below.
        </p>
      )}
      {parts.length > 0 && (
        <>
          <h2>Broken down</h2>
          {sum && <p class="small parts-sum">{sum}</p>}
          <ul class="parts">
            {parts.map((p) => (
              <li>
                <a href={href('figures', p.id)}>{p.scope ?? p.label}</a>: <Headline h={p.headline} />
              </li>
            ))}
          </ul>
        </>
      )}
      {conflicts.length > 0 && (
        <>
          <h2>Where sources disagree</h2>
          <ul class="disagreements">
            {conflicts.map((g) => (
              <Conflict g={g} byClaim={byClaim} />
            ))}
          </ul>
        </>
      )}
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
            {(printing ? points : points.slice(0, rows)).map((p) => (
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
                  {reviewOf.get(p.claim)?.doc?.url && (
                    <span class="small">
                      {' '}
                      <OriginalLink url={reviewOf.get(p.claim)!.doc!.url} />
                    </span>
                  )}
                </td>
                <td>
                  <a
                    href={docHref(p.document, p.claim)}
                    class="evidence-link"
                    onFocus={() => (setFocus(p.claim), setHover([p]))}
                    onMouseEnter={() => setHover([p])}
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
      {points.length > TABLE_PAGE && (
        <p class="pager table-pager">
          <span class="pager-count" role="status">
            Claims 1–{Math.min(rows, points.length).toLocaleString('en-US')} of {points.length.toLocaleString('en-US')}
          </span>{' '}
          {rows < points.length && (
            <button type="button" class="linkish" onClick={() => setRows(rows + TABLE_PAGE)}>
              Show {Math.min(TABLE_PAGE, points.length - rows)} more
            </button>
          )}
        </p>
      )}
      <h2>Sources</h2>
      <ul>
        {sources.map((s) => (
          <li>
            <a href={withParams(href('claims'), { figure: figure.id, source: s.source ?? undefined })}>{s.name}</a>
            {s.via.length > 0 && <span> via {s.via.map((v) => v.join(' → ')).join('; ')}</span>} —{' '}
            {plural(s.claims, 'claim')} in {s.outlets.join(', ') || 'unknown outlets'}
            {!s.independent && <span class="muted"> (only in copies)</span>}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <details>
          <summary>Other differences, not conflicts ({others.length})</summary>
          <ul>
            {others.map((d) => (
              <li>
                <span class="kind">{KIND[d.kind] ?? 'A difference'}</span>: {humanNote(d.note)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Reconciliation value={figure.reconciliation} />
    </>
  );
}
