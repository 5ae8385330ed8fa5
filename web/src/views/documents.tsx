import { qs, useApi, type DocumentRecord, type Page } from '../api.js';
import { Failure, Loading } from '../format.js';
import { fmtDate } from '../headline.js';
import { Pager } from '../pager.js';
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
            <table class="stack">
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
                    <td class="nowrap">{d.published ? fmtDate(d.published) : '—'}</td>
                    <td class="num-cell" data-label={d.counts.claims === 1 ? 'claim' : 'claims'}>
                      {d.counts.claims}
                    </td>
                    <td class="num-cell" data-label={d.counts.quotes === 1 ? 'quote' : 'quotes'}>
                      {d.counts.quotes}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            what="Documents"
            of={docs.data}
            offset={offset}
            page={PAGE}
            link={(o) => withParams(href('documents'), { offset: o })}
          />
        </>
      )}
    </>
  );
}
