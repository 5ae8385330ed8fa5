/** The crosscheck UI: a few views over the JSON API, with hash routes. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './style.css';
import { useRoute, href, withParams, type Route } from './router.js';
import { Overview } from './views/overview.js';
import { FigurePage } from './views/figure.js';
import { ClaimsPage } from './views/claims.js';
import { ArticlePage } from './views/article.js';
import { SourcesPage } from './views/sources.js';
import { SearchPage } from './views/search.js';
import { DocumentsPage } from './views/documents.js';
import { QuotesPage } from './views/quotes.js';
import { EntitiesPage } from './views/entities.js';
import { ChangesLink, ChangesPage } from './views/changes.js';
import { UploadLink, UploadPage } from './views/upload.js';

function SearchBox({ route }: { route: Route }) {
  const current = route.parts[0] === 'search' ? (route.params.get('q') ?? '') : '';
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);
  return (
    <form
      class="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) location.hash = withParams(href('search'), { q: q.trim() });
      }}
    >
      <label for="q" class="visually-hidden">
        Search articles, claims, quotes and figures
      </label>
      <input
        id="q"
        type="search"
        placeholder="Search…"
        value={q}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)}
        maxLength={200}
      />
      <button type="submit">Search</button>
    </form>
  );
}

const NAV: Array<[string, string, string]> = [
  ['', 'Story', '#/'],
  ['claims', 'Claims', '#/claims'],
  ['quotes', 'Quotes', '#/quotes'],
  ['entities', 'Names', '#/entities'],
  ['sources', 'Sources', '#/sources'],
  ['documents', 'Documents', '#/documents'],
];

function View({ route }: { route: Route }) {
  const [view, id] = route.parts;
  switch (view) {
    case undefined:
      return <Overview params={route.params} />;
    case 'figures':
      return id ? <FigurePage id={id} /> : <Overview params={route.params} />;
    case 'claims':
      return <ClaimsPage key={route.params.toString()} params={route.params} />;
    case 'documents':
      return id ? <ArticlePage id={id} claim={route.params.get('claim')} /> : <DocumentsPage params={route.params} />;
    case 'sources':
      return <SourcesPage params={route.params} />;
    case 'quotes':
      return <QuotesPage key={route.params.toString()} params={route.params} />;
    case 'entities':
      return <EntitiesPage key={route.params.toString()} params={route.params} />;
    case 'search':
      return <SearchPage params={route.params} />;
    case 'changes':
      return <ChangesPage params={route.params} />;
    case 'upload':
      return <UploadPage />;
    default:
      return (
        <>
          <h1 tabIndex={-1}>No such page</h1>
          <p class="error" role="alert">
            There is no view “{view}”.
          </p>
          <p>
            <a href="#/">Go to the story overview</a>
          </p>
        </>
      );
  }
}

/**
 * How far down each view was read, so Back returns there. Listening before the router does:
 * its re-render shortens the page (and so resets the scroll) before a later listener could read it.
 */
const positions = new Map<string, number>();
history.scrollRestoration = 'manual';
addEventListener('hashchange', (e) => positions.set(new URL(e.oldURL).hash || '#/', scrollY));

function App() {
  const route = useRoute();
  const key = route.parts[0] ?? '';
  // Once the new view has its heading and data: focus the heading, and scroll back to where that view was left.
  useEffect(() => {
    const saved = positions.get(location.hash || '#/');
    const toTarget = route.parts[0] === 'documents' && route.params.get('claim');
    let tries = 0;
    let frame = 0;
    let readyFrames = 0;
    const settle = () => {
      const h = document.querySelector<HTMLElement>('main h1');
      const ready = h && !document.querySelector('main .loading');
      if (ready) readyFrames++;
      // Loaded, and long enough to scroll back to (or half a second later: the page may have got shorter).
      const tall = saved === undefined || document.documentElement.scrollHeight - innerHeight >= saved;
      if ((!ready || (!tall && readyFrames < 30)) && tries++ < 180) {
        frame = requestAnimationFrame(settle);
        return;
      }
      // The tab says which view this is: its heading.
      if (h) document.title = `${h.textContent?.trim() || 'crosscheck'} · crosscheck`;
      if (!toTarget) h?.focus({ preventScroll: true });
      if (saved !== undefined) scrollTo(0, saved);
      else if (!toTarget) scrollTo(0, 0);
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [route.parts.join('/'), route.params.toString()]);
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/">
          crosscheck
        </a>
        <nav aria-label="Views">
          {NAV.map(([k, label, h]) => (
            <a href={h} aria-current={k === key ? 'page' : undefined}>
              {label}
            </a>
          ))}
          <ChangesLink current={key === 'changes'} />
          <UploadLink current={key === 'upload'} />
        </nav>
        <SearchBox route={route} />
      </header>
      <main id="main" tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
