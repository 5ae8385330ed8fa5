import { qs, useApi, type DocumentRecord, type Page } from '../api.js';
import { Failure, Loading } from '../format.js';
import { docHref, href, withParams } from '../router.js';

const PAGE = 50;

export function DocumentsPage({ params }: { params: URLSearchParams }) {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const docs = useApi<Page<Omit<DocumentRecord, 'body'>>>('/api/documents' + qs({ limit: PAGE, offset }));
  return (
    <>
      <h1 tabIndex={-1}>Documents</h1>
      {docs.loading && <Loading what="documents" />}
      {docs.error && <Failure error={docs.error} />}
      {docs.data && (
        <>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Outlet</th>
                  <th scope="col">Published</th>
                  <th scope="col">Claims</th>
                  <th scope="col">Quotes</th>
                </tr>
              </thead>
              <tbody>
                {docs.data.items.map((d) => (
                  <tr>
                    <td>
                      <a href={docHref(d.id)}>{d.title ?? 'Untitled'}</a>
                    </td>
                    <td>{d.outlet ?? '—'}</td>
                    <td>{d.published ?? '—'}</td>
                    <td class="num-cell">{d.counts.claims}</td>
                    <td class="num-cell">{d.counts.quotes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pager" aria-label="Pages">
            {offset > 0 && (
              <a href={withParams(href('documents'), { offset: Math.max(0, offset - PAGE) || undefined })}>
                ← Previous
              </a>
            )}
            {offset + PAGE < docs.data.total && (
              <a href={withParams(href('documents'), { offset: offset + PAGE })}>Next →</a>
            )}
          </nav>
        </>
      )}
    </>
  );
}
