import { useEffect } from 'preact/hooks';
import { qs, useApi, type Page, type SearchResult } from '../api.js';
import { Failure, Loading } from '../format.js';
import { fmtDate, plural } from '../headline.js';
import { Pager } from '../pager.js';
import { docHref, href, withParams } from '../router.js';

const PAGE = 50;

/** The server marks matches in snippets with [ and ]; show them as <mark>, as text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^[\]]{1,200}\])/);
  return (
    <span>
      {parts.map((p) => (p.startsWith('[') && p.endsWith(']') && p.length > 2 ? <mark>{p.slice(1, -1)}</mark> : p))}
    </span>
  );
}

const KIND: Record<SearchResult['kind'], string> = {
  document: 'article',
  claim: 'claim',
  quote: 'quote',
  figure: 'figure',
};

function target(h: SearchResult): string {
  if (h.kind === 'figure') return href('figures', h.id);
  return docHref(h.document ?? h.id, h.kind === 'claim' ? h.id : undefined);
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const hits = useApi<Page<SearchResult>>(
    q ? '/api/search' + qs({ q, limit: PAGE, offset: offset || undefined }) : null,
  );
  useEffect(() => {
    document.title = q ? `Search: ${q} · crosscheck` : 'Search · crosscheck';
  }, [q]);
  return (
    <>
      <h1 tabIndex={-1}>Search: {q}</h1>
      {!q && (
        <p>
          Type words, names or numbers in the search box: 12000, 12,000 and 12k find the same claims, and a word finds
          its other forms (evacuate finds evacuated and evacuations).
        </p>
      )}
      {q && hits.loading && <Loading what="results" />}
      {q && hits.error && <Failure error={hits.error} />}
      {q && hits.data && (
        <>
          <p class="muted small" role="status">
            {plural(hits.data.total, 'result')}
          </p>
          <ol class="hits">
            {hits.data.items.map((h) => (
              <li data-kind={h.kind}>
                <a href={target(h)}>{h.title ?? 'Untitled'}</a> <span class="kind small">{KIND[h.kind]}</span>
                <p class="small hit-facts">
                  {[
                    h.value && <strong>{h.value}</strong>,
                    h.speaker && <span class="speaker">{h.speaker}</span>,
                    h.outlet,
                    h.published && fmtDate(h.published),
                  ]
                    .filter(Boolean)
                    .map((x, i) => (
                      <>
                        {i > 0 && ' · '}
                        {x}
                      </>
                    ))}
                </p>
                {h.snippet && (
                  <p class="small">
                    <Snippet text={h.snippet} />
                  </p>
                )}
              </li>
            ))}
          </ol>
          <Pager
            what="Results"
            of={hits.data}
            offset={offset}
            page={PAGE}
            link={(o) => withParams(href('search'), { q, offset: o })}
          />
        </>
      )}
    </>
  );
}
