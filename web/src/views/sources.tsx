import { useEffect } from 'preact/hooks';
import { qs, useApi, type SourcesView } from '../api.js';
import { announceChange } from '../live.js';
import { FailedView, Loading } from '../format.js';
import { plural } from '../headline.js';
import { Pager } from '../pager.js';
import { docHref, href, withParams } from '../router.js';

/** Paths per page: a path is a line, so a page reads at a glance on a phone. */
const PAGE = 50;

/** Who said what through whom, a page of paths at a time (`#/sources?offset=50`), and which articles copy which. */
export function SourcesPage({ params }: { params: URLSearchParams }) {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const v = useApi<SourcesView>('/api/sources' + qs({ limit: PAGE, offset: offset || undefined }));
  const counting = !!v.data?.counting;
  // A large store is counted again after a change: ask again shortly, in place, until the count is done.
  useEffect(() => {
    if (!counting) return;
    const t = setTimeout(announceChange, 3000);
    return () => clearTimeout(t);
  }, [v.data]);
  if (v.loading) return <Loading what="sources" />;
  if (v.error) return <FailedView title="Sources" error={v.error} />;
  const { items: chains, copies, copiesTotal, total, claims } = v.data;
  const pager = (
    <Pager
      what="Paths"
      of={v.data}
      offset={offset}
      page={PAGE}
      link={(o) => withParams(href('sources'), { offset: o })}
    />
  );
  return (
    <>
      <h1 tabIndex={-1}>Sources</h1>
      <p class="muted small">
        Each line is one path a number took: <span class="node source">primary source</span> →{' '}
        <span class="node via">intermediary</span> → <span class="node wire">wire</span> →{' '}
        <span class="node outlet">outlet</span>.
      </p>
      <p class="muted sources-total">
        {plural(total, 'path')} for {plural(claims, 'claim')}, most claims first.
        {counting && ' Counting the latest articles: these totals are from the last count.'}
      </p>
      {total > 0 && chains.length === 0 && (
        <p>
          There is no page here: <a href={href('sources')}>go to the first page</a>.
        </p>
      )}
      <ul class="chains">
        {chains.map((c) => (
          <li>
            <span class="node source">
              {c.source ? (
                <a href={withParams(href('claims'), { source: c.source })}>{c.sourceName}</a>
              ) : (
                'the outlet itself'
              )}
            </span>
            {c.via.map((v) => (
              <>
                <span class="arrow" aria-hidden="true">
                  {' → '}
                </span>
                <span class="node via" title="intermediary">
                  {v}
                </span>
              </>
            ))}
            {c.wire.length > 0 && (
              <>
                <span class="arrow" aria-hidden="true">
                  {' → '}
                </span>
                <span class="node wire" title="wire">
                  {c.wire.join(', ')}
                </span>
              </>
            )}
            <span class="arrow" aria-hidden="true">
              {' → '}
            </span>
            <span class="node outlet" title="outlet">
              {c.outlet ? <a href={withParams(href('claims'), { outlet: c.outlet })}>{c.outlet}</a> : 'unknown outlet'}
            </span>
            <span class="muted small">
              {' '}
              · {plural(c.claims, 'claim')} in{' '}
              {c.documents.slice(0, 5).map((id, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={docHref(id)} title="Open the article">
                    {c.titles[i] ?? `article ${i + 1}`}
                  </a>
                </>
              ))}
              {c.articles > c.documents.length && ` and ${c.articles - c.documents.length} more`}
            </span>
          </li>
        ))}
      </ul>
      {pager}
      <h2>Copies</h2>
      {copies.length === 0 ? (
        <p class="muted">No article was found to copy another.</p>
      ) : (
        <ul class="copies">
          {copies.map((l) => (
            <li>
              <a href={docHref(l.document)}>{l.documentTitle ?? 'Untitled'}</a>{' '}
              <span class="muted">({l.documentOutlet ?? 'unknown outlet'})</span> is a <strong>{l.kind}</strong> of{' '}
              <a href={docHref(l.of)}>{l.ofTitle ?? 'Untitled'}</a>{' '}
              <span class="muted">({l.ofOutlet ?? 'unknown outlet'})</span>{' '}
              <span class="muted small">similarity {Math.round(l.similarity * 100)}%</span>
            </li>
          ))}
        </ul>
      )}
      {copiesTotal > copies.length && (
        <p class="muted small">
          The first {copies.length.toLocaleString('en-US')} of {plural(copiesTotal, 'copy', 'copies')} are listed.
        </p>
      )}
    </>
  );
}
