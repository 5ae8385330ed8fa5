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
        Search documents and claims
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
  ['sources', 'Sources', '#/sources'],
  ['documents', 'Documents', '#/documents'],
];

function View({ route }: { route: Route }) {
  const [view, id] = route.parts;
  switch (view) {
    case undefined:
      return <Overview />;
    case 'figures':
      return id ? <FigurePage id={id} /> : <Overview />;
    case 'claims':
      return <ClaimsPage key={route.params.toString()} params={route.params} />;
    case 'documents':
      return id ? <ArticlePage id={id} claim={route.params.get('claim')} /> : <DocumentsPage params={route.params} />;
    case 'sources':
      return <SourcesPage />;
    case 'search':
      return <SearchPage params={route.params} />;
    case 'changes':
      return <ChangesPage params={route.params} />;
    case 'upload':
      return <UploadPage />;
    default:
      return (
        <p class="error" role="alert">
          There is no view “{view}”. <a href="#/">Go to the story overview.</a>
        </p>
      );
  }
}

function App() {
  const route = useRoute();
  const key = route.parts[0] ?? '';
  // Move focus to the new view's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (route.parts[0] === 'documents' && route.params.get('claim')) return;
    const h = document.querySelector<HTMLElement>('main h1');
    h?.focus({ preventScroll: true });
  }, [route.parts.join('/')]);
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
