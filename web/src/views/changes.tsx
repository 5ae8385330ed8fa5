/**
 * "What changed since you last looked" (docs/watch.md): the events of GET
 * /api/events after the last one this browser marked as seen, each in one
 * sentence a reader takes in at a glance, with links to the figure or article
 * and the original address; the nav badge counting them; and the sources
 * `crosscheck watch` follows (GET /api/watch).
 */
import { useEffect, useState } from 'preact/hooks';
import { getJson, useApi } from '../api.js';
import { ExternalLink, Failure, fmtValue, Loading, safeUrl } from '../format.js';
import { onChange } from '../live.js';
import { docHref, href, withParams } from '../router.js';
import type { StoredEvent } from '../../../src/store/watch-state.js';
import type { WatchSource } from '../../../src/store/watch-state.js';
import './changes.css';

/** Events per page of the view. */
export const CHANGES_PAGE = 50;
/**
 * The badge counts at most this many (one request, on every view: its events are downloaded), and shows "99+" beyond.
 */
const BADGE_MAX = 99;
/** How often the badge asks again. */
const BADGE_MS = 60_000;
const SEEN_KEY = 'crosscheck.events.seen';
const SEEN_EVENT = 'crosscheck:seen';

/** The last event number this browser marked as seen (0: none). */
export function lastSeen(): number {
  try {
    const n = Number(localStorage.getItem(SEEN_KEY) ?? '0');
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}

function markSeen(seq: number): void {
  try {
    localStorage.setItem(SEEN_KEY, String(seq));
  } catch {
    // Private modes may refuse storage: the list simply starts from the first event again.
  }
  dispatchEvent(new Event(SEEN_EVENT));
}

interface EventsPage {
  items: StoredEvent[];
  next: number;
}

type Value = { value: number | null; low: number | null; high: number | null; status: string | null };

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

function val(v: unknown): string {
  const x = (v ?? {}) as Partial<Value>;
  const s = fmtValue({ value: x.value ?? null, low: x.low ?? null, high: x.high ?? null });
  return x.status && x.status !== 'done' ? `${s} (${x.status})` : s;
}

/** "3 Mar", with the year when it is not this year. */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  const sameYear = d.getUTCFullYear() === new Date().getUTCFullYear();
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: 'UTC',
  });
}

/** One event as a sentence: what moved, by whom. */
export function eventSentence(e: StoredEvent): string {
  const label = str(e.label) ?? 'A figure';
  const by = str(e.source) ? ` by ${str(e.source)}` : '';
  switch (e.type) {
    case 'figure.new':
      return `New figure: ${label}, ${val(e.value)}${str(e.source) ? `, according to ${str(e.source)}` : ''}`;
    case 'figure.revised':
      return `${label} revised ${val(e.old)} → ${val(e.new)}${by}`;
    case 'figure.conflict': {
      const [a, b] = Array.isArray(e.values) ? (e.values as unknown[]).map(String) : ['?', '?'];
      return `Sources now disagree on ${label}: ${a} against ${b}`;
    }
    case 'figure.source':
      return `New source for ${label}: ${str(e.source) ?? str(e.sourceKey) ?? 'unnamed'}`;
    case 'article.updated':
      return `Article updated in place: ${str(e.title) ?? str(e.url) ?? 'untitled'}`;
    default:
      return `Change of kind ${e.type}`;
  }
}

const KIND: Record<string, string> = {
  'figure.new': 'new figure',
  'figure.revised': 'revised',
  'figure.conflict': 'conflict',
  'figure.source': 'new source',
  'article.updated': 'article updated',
};

function EventItem({ e, fresh }: { e: StoredEvent; fresh: boolean }) {
  const figure = str(e.figure);
  const doc = str(e.document);
  const claim = str(e.claim);
  const evidence = str(e.evidence);
  const note = str(e.note);
  return (
    <li class={`change change-${(KIND[e.type] ?? 'other').replace(/ /g, '-')}`} data-seq={e.seq}>
      <p class="change-line">
        <span class="change-kind">{KIND[e.type] ?? e.type}</span>
        {fresh && <span class="change-fresh">new</span>} {eventSentence(e)}
        <span class="muted">
          , <time dateTime={e.at}>{shortDate(e.at)}</time>
        </span>
      </p>
      {evidence && <blockquote class="small change-evidence">{evidence}</blockquote>}
      {note && <p class="small muted">{note}</p>}
      <p class="small change-links">
        {figure && <a href={href('figures', figure)}>Open the figure</a>}
        {figure && doc && ' · '}
        {doc && <a href={docHref(doc, claim ?? undefined)}>Open the article</a>}
        {e.type === 'article.updated' && str(e.previous) && (
          <>
            {' · '}
            <a href={href('documents', str(e.previous)!)}>the earlier version</a>
          </>
        )}
        {str(e.url) &&
          (safeUrl(str(e.url)) ? (
            <>
              {' · original: '}
              <ExternalLink url={str(e.url)} />
            </>
          ) : (
            <span class="muted"> · file {str(e.url)}</span>
          ))}
      </p>
    </li>
  );
}

function WatchList() {
  const list = useApi<{ items: WatchSource[] }>('/api/watch');
  return (
    <section aria-labelledby="watch-heading">
      <h2 id="watch-heading">Sources followed</h2>
      {list.loading && <Loading what="the watch list" />}
      {list.error && <Failure error={list.error} />}
      {list.data && list.data.items.length === 0 && (
        <p class="muted">
          No sources are followed: add one with <code>crosscheck watch add URL --story …</code> (docs/watch.md).
        </p>
      )}
      {list.data && list.data.items.length > 0 && (
        <div class="table-wrap">
          <table class="watch-list">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Story</th>
                <th scope="col">Kind</th>
                <th scope="col">Last poll</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr data-source={s.id}>
                  <td class="watch-url">
                    <ExternalLink url={s.url} />
                    {s.filter && <span class="muted small"> · only: {s.filter}</span>}
                  </td>
                  <td>{s.story ?? '—'}</td>
                  <td>{s.kind}</td>
                  <td class="nowrap">
                    {s.polledAt ? (
                      <time dateTime={s.polledAt}>{s.polledAt.slice(0, 16).replace('T', ' ')} UTC</time>
                    ) : (
                      'not yet'
                    )}
                  </td>
                  <td>{s.error ? <span class="error-text">{s.error}</span> : s.polledAt ? 'ok' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The "What changed" view: `#/changes` (since the last seen event), `#/changes?since=N` for any page. */
export function ChangesPage({ params }: { params: URLSearchParams }) {
  const [seen, setSeen] = useState(lastSeen());
  const given = params.get('since');
  const since = given !== null && /^\d{1,15}$/.test(given) ? Number(given) : seen;
  const page = useApi<EventsPage>(`/api/events?since=${since}&limit=${CHANGES_PAGE}`);
  const [marking, setMarking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const on = () => setSeen(lastSeen());
    addEventListener(SEEN_EVENT, on);
    return () => removeEventListener(SEEN_EVENT, on);
  }, []);
  const markAll = async () => {
    setMarking(true);
    setProblem(null);
    try {
      // A time after every event lists none, and its `next` is the newest event number.
      const last = await getJson<EventsPage>('/api/events?since=9999-12-31&limit=1');
      markSeen(Math.max(last.next, seen));
      if (given !== null) location.hash = href('changes');
    } catch (err) {
      setProblem((err as Error).message);
    } finally {
      setMarking(false);
    }
  };
  const items = page.data?.items ?? [];
  const more = items.length === CHANGES_PAGE;
  return (
    <>
      <h1 tabIndex={-1}>What changed</h1>
      <p class="muted">
        {since === seen
          ? seen
            ? `Since you last looked (event ${seen}), oldest first.`
            : 'Every change recorded, oldest first.'
          : `Changes after event ${since}, oldest first.`}{' '}
        {(since !== seen || given !== null) && <a href={href('changes')}>Since you last looked</a>}
        {since !== 0 && (
          <>
            {' · '}
            <a href={withParams(href('changes'), { since: 0 })}>All changes</a>
          </>
        )}
      </p>
      <p>
        <button type="button" onClick={markAll} disabled={marking}>
          Mark all as seen
        </button>
        {problem && <span class="error small"> Could not mark: {problem}</span>}
      </p>
      {page.loading && <Loading what="changes" />}
      {page.error && <Failure error={page.error} />}
      {page.data && items.length === 0 && (
        <p class="changes-empty">
          {since === seen ? 'Nothing new since you last looked.' : 'No changes after this point.'} Changes are recorded
          by <code>crosscheck watch</code>, <code>crosscheck ingest</code> and uploads.
        </p>
      )}
      {items.length > 0 && (
        <>
          <ol class="changes" aria-label="Changes">
            {items.map((e) => (
              <EventItem e={e} fresh={e.seq > seen} />
            ))}
          </ol>
          <nav class="pager" aria-label="Pages of changes">
            <span class="muted small">
              Events {items[0]!.seq}–{items[items.length - 1]!.seq}
            </span>
            {more && <a href={withParams(href('changes'), { since: page.data!.next })}>Later changes →</a>}
          </nav>
        </>
      )}
      <WatchList />
    </>
  );
}

/** The nav link to the view, with the number of changes not yet seen (polled, and after every store change). */
export function ChangesLink({ current }: { current: boolean }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    const ask = () =>
      getJson<EventsPage>(`/api/events?since=${lastSeen()}&limit=${BADGE_MAX}`, ctl.signal).then(
        (p) => setCount(p.items.length),
        () => {},
      );
    ask();
    const timer = setInterval(ask, BADGE_MS);
    const off = onChange(ask);
    addEventListener(SEEN_EVENT, ask);
    return () => {
      ctl.abort();
      clearInterval(timer);
      off();
      removeEventListener(SEEN_EVENT, ask);
    };
  }, []);
  const label = count >= BADGE_MAX ? `${BADGE_MAX}+` : String(count);
  return (
    <a href={href('changes')} aria-current={current ? 'page' : undefined}>
      What changed
      {count > 0 && (
        <span class="badge" data-count={count}>
          {' '}
          {label}
          <span class="visually-hidden"> new</span>
        </span>
      )}
    </a>
  );
}
