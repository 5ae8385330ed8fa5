import { useMemo, useState } from 'preact/hooks';
import { ClaimReviewControls } from '../review.js';
import { qs, useApi, type ClaimRow, type EntityRecord, type FigureBrief, type OutletCount, type Page } from '../api.js';
import { Evidence, Failure, fmtValue, Loading, OriginalLink, StatusBadge } from '../format.js';
import { docHref, href, withParams } from '../router.js';

const FILTERS = ['figure', 'source', 'outlet', 'status', 'from', 'to', 'text'] as const;
const SERVER_SORTS = ['published', 'value', 'status', 'document'] as const;
const STATUSES = ['asserted', 'planned', 'possible', 'unconfirmed', 'denied'];
const PAGE = 50;

type LocalSort = 'figure' | 'source' | 'outlet' | null;

/** Claims table: filters and sort live in the URL, so every view of it can be shared. */
/** A year, a month or a day: the API takes dates as partial as the reader knows them. */
const PARTIAL_DATE = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;

export function ClaimsPage({ params }: { params: URLSearchParams }) {
  const current = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const sort = params.get('sort') ?? '';
  const order = params.get('order') === 'desc' ? 'desc' : 'asc';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [draft, setDraft] = useState(current);
  const [local, setLocal] = useState<LocalSort>(null);
  const url =
    '/api/claims' +
    qs({
      ...current,
      sort: (SERVER_SORTS as readonly string[]).includes(sort) ? sort : undefined,
      order: sort ? order : undefined,
      limit: PAGE,
      offset,
    });
  const claims = useApi<Page<ClaimRow>>(url);
  const figures = useApi<Page<FigureBrief>>('/api/figures?limit=500');
  // Suggestions for the source filter: names and aliases of entities matching what is typed.
  const typed = draft.source.trim();
  const names = useApi<Page<EntityRecord>>(typed.length >= 2 ? '/api/entities' + qs({ q: typed, limit: 10 }) : null);
  // The outlets as stored, so a reader picks one rather than guessing its spelling.
  const outlets = useApi<{ items: OutletCount[] }>('/api/outlets?limit=200');
  const figureLabel = new Map((figures.data?.items ?? []).map((f) => [f.id, f.label]));

  const go = (next: Record<string, string | number | undefined>) => {
    location.hash = withParams(href('claims'), {
      ...current,
      sort: sort || undefined,
      order: sort ? order : undefined,
      offset: undefined,
      ...next,
    });
  };
  const rows = useMemo(() => {
    const items = claims.data?.items ?? [];
    if (!local) return items;
    const key = (c: ClaimRow) =>
      local === 'figure'
        ? (c.figure ?? '')
        : local === 'source'
          ? (c.sourceName ?? c.source ?? '')
          : (c.doc?.outlet ?? '');
    return [...items].sort((a, b) => key(a).localeCompare(key(b)));
  }, [claims.data, local]);

  const sortHeader = (label: string, key: string) => {
    const server = (SERVER_SORTS as readonly string[]).includes(key);
    const active = server ? sort === key && !local : local === key;
    return (
      <th scope="col" aria-sort={active ? (server && order === 'desc' ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          class="sort"
          onClick={() => {
            if (server) {
              setLocal(null);
              go({ sort: key, order: sort === key && order === 'asc' ? 'desc' : 'asc' });
            } else setLocal(local === key ? null : (key as LocalSort));
          }}
          title={server ? `Sort all claims by ${label.toLowerCase()}` : `Sort this page by ${label.toLowerCase()}`}
        >
          {label}
          {active ? (server && order === 'desc' ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };

  return (
    <>
      <h1 tabIndex={-1}>Claims</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          go({ ...draft });
        }}
      >
        <label>
          Figure
          <select
            value={draft.figure}
            onChange={(e) => setDraft({ ...draft, figure: (e.target as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            {(figures.data?.items ?? []).map((f) => (
              <option value={f.id}>{f.label}</option>
            ))}
          </select>
        </label>
        <label>
          Source
          <input
            value={draft.source}
            list="source-names"
            autoComplete="off"
            onInput={(e) => setDraft({ ...draft, source: (e.target as HTMLInputElement).value })}
            placeholder="name or alias"
          />
          <datalist id="source-names">
            {(names.data?.items ?? []).flatMap((n) =>
              [n.name, ...n.aliases.filter((a) => a.toLowerCase() !== n.name.toLowerCase())]
                .slice(0, 3)
                .map((v) => <option value={v} />),
            )}
          </datalist>
        </label>
        <label>
          Outlet
          <input
            value={draft.outlet}
            list="outlet-names"
            autoComplete="off"
            onInput={(e) => setDraft({ ...draft, outlet: (e.target as HTMLInputElement).value })}
          />
          <datalist id="outlet-names">
            {(outlets.data?.items ?? []).map((o) => (
              <option value={o.outlet} />
            ))}
          </datalist>
        </label>
        <label>
          Status
          <select
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: (e.target as HTMLSelectElement).value })}
          >
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option value={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input
            value={draft.from}
            inputMode="numeric"
            pattern={PARTIAL_DATE}
            placeholder="2024, 2024-10 or 2024-10-18"
            title="A year, a month or a day: 2024, 2024-10 or 2024-10-18"
            onInput={(e) => setDraft({ ...draft, from: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          To
          <input
            value={draft.to}
            inputMode="numeric"
            pattern={PARTIAL_DATE}
            placeholder="2024, 2024-10 or 2024-10-18"
            title="A year, a month or a day: 2024, 2024-10 or 2024-10-18"
            onInput={(e) => setDraft({ ...draft, to: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          Text
          <input
            value={draft.text}
            onInput={(e) => setDraft({ ...draft, text: (e.target as HTMLInputElement).value })}
          />
        </label>
        <div class="buttons">
          <button type="submit">Filter</button>
          <a href={href('claims')}>Clear</a>
        </div>
      </form>
      {claims.loading && <Loading what="claims" />}
      {claims.error && <Failure error={claims.error} />}
      {claims.data && (
        <>
          <p class="muted small" role="status">
            {claims.data.total === 0
              ? 'No claims match.'
              : `Claims ${offset + 1}–${offset + claims.data.items.length} of ${claims.data.total}`}
          </p>
          <div class="table-wrap">
            <table class="claims">
              <thead>
                <tr>
                  {sortHeader('Published', 'published')}
                  {sortHeader('Value', 'value')}
                  {sortHeader('Status', 'status')}
                  {sortHeader('Figure', 'figure')}
                  {sortHeader('Source', 'source')}
                  {sortHeader('Outlet', 'outlet')}
                  <th scope="col">Evidence</th>
                  <th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr data-claim={c.id}>
                    <td>{c.doc?.published ?? '—'}</td>
                    <td class="num-cell">{fmtValue(c)}</td>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    <td>
                      {c.figure ? (
                        <a href={href('figures', c.figure)}>{figureLabel.get(c.figure) ?? c.figure}</a>
                      ) : (
                        <span class="muted">—</span>
                      )}
                    </td>
                    <td>
                      {c.sourceName ?? c.source ?? <span class="muted">outlet's own voice</span>}
                      {c.via.length > 0 && <span class="muted small"> via {c.via.join(' → ')}</span>}
                    </td>
                    <td>
                      {c.doc?.outlet ?? '—'}
                      {c.doc?.url && (
                        <span class="small">
                          {' '}
                          <OriginalLink url={c.doc.url} />
                        </span>
                      )}
                    </td>
                    <td>
                      <a href={docHref(c.document, c.id)} class="evidence-link">
                        <Evidence
                          text={c.evidence}
                          start={c.numberStart - c.evidenceStart}
                          end={c.numberEnd - c.evidenceStart}
                        />
                      </a>
                    </td>
                    <td>
                      <ClaimReviewControls claim={c} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pager" aria-label="Pages">
            {offset > 0 && (
              <a
                href={withParams(href('claims'), {
                  ...current,
                  sort: sort || undefined,
                  order: sort ? order : undefined,
                  offset: Math.max(0, offset - PAGE) || undefined,
                })}
              >
                ← Previous
              </a>
            )}
            {offset + PAGE < claims.data.total && (
              <a
                href={withParams(href('claims'), {
                  ...current,
                  sort: sort || undefined,
                  order: sort ? order : undefined,
                  offset: offset + PAGE,
                })}
              >
                Next →
              </a>
            )}
          </nav>
        </>
      )}
    </>
  );
}
