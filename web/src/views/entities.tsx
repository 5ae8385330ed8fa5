import { useEffect, useState } from 'preact/hooks';
import { qs, useApi, type EntityRecord, type Page } from '../api.js';
import { Failure, Loading } from '../format.js';
import { plural } from '../headline.js';
import { Pager } from '../pager.js';
import { href, withParams } from '../router.js';

const PAGE = 50;
const TYPES = ['person', 'organization', 'country', 'place', 'other'];

/** People, organisations and places, each name once with the other names it goes by. */
export function EntitiesPage({ params }: { params: URLSearchParams }) {
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [name, setName] = useState(q);
  const list = useApi<Page<EntityRecord>>(
    '/api/entities' +
      qs({ q, type: TYPES.includes(type) ? type : undefined, limit: PAGE, offset: offset || undefined }),
  );
  useEffect(() => {
    document.title = 'Names · crosscheck';
  }, []);
  return (
    <>
      <h1 tabIndex={-1}>Names</h1>
      <form
        class="filters-inline"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = withParams(href('entities'), { q: name.trim() || undefined, type: type || undefined });
        }}
      >
        <label>
          Name or alias{' '}
          <input value={name} maxLength={200} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <label>
          Kind{' '}
          <select
            value={type}
            onChange={(e) =>
              (location.hash = withParams(href('entities'), {
                q: q || undefined,
                type: (e.target as HTMLSelectElement).value || undefined,
              }))
            }
          >
            <option value="">all</option>
            {TYPES.map((t) => (
              <option value={t}>{t}</option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">Find</button>
      </form>
      {list.loading && <Loading what="names" />}
      {list.error && <Failure error={list.error} />}
      {list.data && list.data.total === 0 && <p>No names match.</p>}
      {list.data && list.data.items.length > 0 && (
        <>
          <ul class="entities">
            {list.data.items.map((e) => {
              const others = e.aliases.filter((a) => a.toLowerCase() !== e.name.toLowerCase());
              return (
                <li data-entity={e.id}>
                  <strong>{e.name}</strong> <span class="muted small">{e.type}</span>
                  {others.length > 0 && <span class="small"> · also {others.slice(0, 8).join(', ')}</span>}
                  <br />
                  <span class="small">
                    in {plural(e.documents.length, 'article')} ·{' '}
                    <a href={withParams(href('claims'), { source: e.id })}>figures they gave</a> ·{' '}
                    <a href={withParams(href('quotes'), { speaker: e.id })}>quotes</a>
                  </span>
                </li>
              );
            })}
          </ul>
          <Pager
            what="Names"
            of={list.data}
            offset={offset}
            page={PAGE}
            link={(o) => withParams(href('entities'), { q: q || undefined, type: type || undefined, offset: o })}
          />
        </>
      )}
    </>
  );
}
