import { useApi, type SourcesView } from '../api.js';
import { FailedView, Loading } from '../format.js';
import { docHref, href, withParams } from '../router.js';

/** Who said what through whom, and which articles are copies of which. */
export function SourcesPage() {
  const v = useApi<SourcesView>('/api/sources');
  if (v.loading) return <Loading what="sources" />;
  if (v.error) return <FailedView title="Sources" error={v.error} />;
  const { chains, copies, truncated } = v.data;
  return (
    <>
      <h1 tabIndex={-1}>Sources</h1>
      <p class="muted small">
        Each line is one path a number took: <span class="node source">primary source</span> →{' '}
        <span class="node via">intermediary</span> → <span class="node wire">wire</span> →{' '}
        <span class="node outlet">outlet</span>.
      </p>
      {truncated && <p class="muted">Only the first 50,000 claims are counted.</p>}
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
              · {c.claims} {c.claims === 1 ? 'claim' : 'claims'} in{' '}
              {c.documents.slice(0, 5).map((id, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={docHref(id)} title="Open the article">
                    {c.titles[i] ?? `article ${i + 1}`}
                  </a>
                </>
              ))}
              {c.documents.length > 5 && ` and ${c.documents.length - 5} more`}
            </span>
          </li>
        ))}
      </ul>
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
    </>
  );
}
