import { useApi, type SourcesView } from '../api.js';
import { Failure, Loading } from '../format.js';
import { docHref, href, withParams } from '../router.js';

/** Who said what through whom, and which articles are copies of which. */
export function SourcesPage() {
  const v = useApi<SourcesView>('/api/sources');
  if (v.loading) return <Loading what="sources" />;
  if (v.error) return <Failure error={v.error} />;
  const { chains, copies, truncated } = v.data;
  return (
    <>
      <h1 tabIndex={-1}>Sources</h1>
      <p class="muted small">Each row is one path a number took: primary source → intermediaries → wire → outlet.</p>
      {truncated && <p class="muted">Only the first 50,000 claims are counted.</p>}
      <div class="table-wrap">
        <table class="chains">
          <thead>
            <tr>
              <th scope="col">Primary source</th>
              <th scope="col">Through</th>
              <th scope="col">Wire</th>
              <th scope="col">Outlet</th>
              <th scope="col">Claims</th>
              <th scope="col">Articles</th>
            </tr>
          </thead>
          <tbody>
            {chains.map((c) => (
              <tr>
                <td>{c.source ? <a href={withParams(href('claims'), { source: c.source })}>{c.sourceName}</a> : <span class="muted">the outlet itself</span>}</td>
                <td>{c.via.length ? c.via.join(' → ') : <span class="muted">—</span>}</td>
                <td>{c.wire.length ? c.wire.join(', ') : <span class="muted">—</span>}</td>
                <td>{c.outlet ? <a href={withParams(href('claims'), { outlet: c.outlet })}>{c.outlet}</a> : <span class="muted">unknown</span>}</td>
                <td class="num-cell">{c.claims}</td>
                <td>
                  {c.documents.slice(0, 5).map((id, i) => (
                    <>
                      {i > 0 && ' '}
                      <a href={docHref(id)} title="Open the article">
                        #{i + 1}
                      </a>
                    </>
                  ))}
                  {c.documents.length > 5 && <span class="muted"> +{c.documents.length - 5}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Copies</h2>
      {copies.length === 0 ? (
        <p class="muted">No article was found to copy another.</p>
      ) : (
        <ul class="copies">
          {copies.map((l) => (
            <li>
              <a href={docHref(l.document)}>{l.documentTitle ?? 'Untitled'}</a> <span class="muted">({l.documentOutlet ?? 'unknown outlet'})</span> is a <strong>{l.kind}</strong> of{' '}
              <a href={docHref(l.of)}>{l.ofTitle ?? 'Untitled'}</a> <span class="muted">({l.ofOutlet ?? 'unknown outlet'})</span> <span class="muted small">similarity {Math.round(l.similarity * 100)}%</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
