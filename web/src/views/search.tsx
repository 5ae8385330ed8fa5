import { qs, useApi, type Page, type SearchHit } from '../api.js';
import { Failure, Loading } from '../format.js';
import { docHref } from '../router.js';

/** The store marks matches in snippets with [ and ]; show them as <mark>, as text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^[\]]{1,200}\])/);
  return (
    <span>
      {parts.map((p) => (p.startsWith('[') && p.endsWith(']') && p.length > 2 ? <mark>{p.slice(1, -1)}</mark> : p))}
    </span>
  );
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const hits = useApi<Page<SearchHit>>(q ? '/api/search' + qs({ q, limit: 50 }) : null);
  return (
    <>
      <h1 tabIndex={-1}>Search: {q}</h1>
      {!q && <p>Type words in the search box.</p>}
      {q && hits.loading && <Loading what="results" />}
      {q && hits.error && <Failure error={hits.error} />}
      {q && hits.data && (
        <>
          <p class="muted small" role="status">
            {hits.data.total} results
          </p>
          <ol class="hits">
            {hits.data.items.map((h) => (
              <li>
                <a href={docHref(h.document, h.kind === 'claim' ? h.id : undefined)}>{h.title ?? 'Untitled'}</a>{' '}
                <span class="muted small">{h.kind}</span>
                <p class="small">
                  <Snippet text={h.snippet} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
