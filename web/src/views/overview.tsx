import { useEffect } from 'preact/hooks';
import { qs, useApi, type ApiStats, type FigureBrief, type Page, type StoryBrief } from '../api.js';
import { Failure, Loading } from '../format.js';
import { fmtDate, Headline, humanNote, plural } from '../headline.js';
import { Pager } from '../pager.js';
import { href, withParams } from '../router.js';
import { Sparkline } from '../sparkline.js';
import { QueuePanel } from './queue.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Figures per page of the overview: briefs are small, so a page is a few kilobytes. */
const PAGE = 48;

function FigureCard({ f }: { f: FigureBrief }) {
  return (
    <li class="card figure-card" data-figure={f.id}>
      <h3>
        <a href={href('figures', f.id)}>{f.label}</a>
      </h3>
      <Headline h={f.headline} />
      {f.headline?.conflict && (
        <p class="small conflict-line">
          <span class="visually-hidden">The sources disagree: </span>
          {cap(humanNote(f.headline.conflict))}
        </p>
      )}
      <Sparkline points={f.spark} label={f.label} />
      <p class="small">
        <a href={withParams(href('claims'), { figure: f.id })}>{plural(f.claims, 'claim')}</a>
        {f.partOf && <span class="muted"> · part of a larger figure</span>}
      </p>
    </li>
  );
}

function StoryPicker({ stories, story }: { stories: StoryBrief[]; story: string | null }) {
  return (
    <form class="story-picker" onSubmit={(e) => e.preventDefault()}>
      <label for="story">Story</label>
      <select
        id="story"
        value={story ?? ''}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          location.hash = withParams('#/', { story: v || undefined });
        }}
      >
        <option value="">
          All stories (
          {plural(
            stories.reduce((n, s) => n + s.figures, 0),
            'figure',
          )}
          )
        </option>
        {stories.map((s) => (
          <option value={s.id}>
            {s.label} ({plural(s.documents, 'article')}, {plural(s.figures, 'figure')})
          </option>
        ))}
      </select>
    </form>
  );
}

/** The overview: stories at the top, then each figure's answer first, most-reported first, in pages. */
export function Overview({ params }: { params: URLSearchParams }) {
  const story = params.get('story');
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const stats = useApi<ApiStats>('/api/stats');
  const stories = useApi<Page<StoryBrief>>('/api/stories?limit=500');
  const figs = useApi<Page<FigureBrief>>('/api/figures' + qs({ story, limit: PAGE, offset: offset || undefined }));
  const chosen = stories.data?.items.find((s) => s.id === story) ?? null;
  useEffect(() => {
    document.title = chosen ? `${chosen.label} · crosscheck` : 'The story in figures · crosscheck';
  }, [chosen]);
  return (
    <>
      <h1 tabIndex={-1}>{chosen ? chosen.label : 'The story in figures'}</h1>
      {stats.data && (
        <p class="muted store-counts">
          {plural(stats.data.documents, 'document')} · {plural(stats.data.claims, 'claim')} ·{' '}
          {plural(stats.data.quotes, 'quote')} · {plural(stats.data.figures, 'figure')}
        </p>
      )}
      {stats.data?.queue && <QueuePanel />}
      {stories.data && stories.data.items.length > 0 && <StoryPicker stories={stories.data.items} story={story} />}
      <p class="small report-link">
        <a href={'/api/report' + qs({ story })} download>
          Download the briefing{chosen ? ' of this story' : ''} (Markdown)
        </a>{' '}
        · print this page for a one-page summary
      </p>
      {chosen && (
        <p class="small muted">
          {plural(chosen.documents, 'article')}
          {chosen.from && (
            <>
              , {fmtDate(chosen.from)}
              {chosen.to && chosen.to !== chosen.from && <> to {fmtDate(chosen.to)}</>}
            </>
          )}
        </p>
      )}
      <h2 class="visually-hidden">Figures</h2>
      {figs.loading && <Loading what="figures" />}
      {figs.error && <Failure error={figs.error} />}
      {figs.data && figs.data.total === 0 && (
        <p>
          No figures yet: run the corpus stages (<code>crosscheck ingest</code> does it), or browse the{' '}
          <a href={href('claims')}>claims</a>.
        </p>
      )}
      {figs.data && figs.data.items.length > 0 && (
        <>
          <ul class="cards" aria-label="Figures">
            {figs.data.items.map((f) => (
              <FigureCard f={f} />
            ))}
          </ul>
          <Pager
            what="Figures"
            of={figs.data}
            offset={offset}
            page={PAGE}
            link={(o) => withParams('#/', { story: story ?? undefined, offset: o })}
          />
        </>
      )}
    </>
  );
}
