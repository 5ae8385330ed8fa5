import { useEffect, useState } from 'preact/hooks';
import { qs, useApi, type DocBrief, type Page, type QuoteRecord, type SpeakerCount } from '../api.js';
import { Failure, Loading, OriginalLink } from '../format.js';
import { fmtDate, plural } from '../headline.js';
import { Pager } from '../pager.js';
import { docHref, href, withParams } from '../router.js';

const PAGE = 50;

type QuoteRow = QuoteRecord & { doc: DocBrief | null };

/** How many speakers the summary names: enough to see who dominates, short enough for a phone screen. */
const TOP = 8;

/** Who is quoted most, names merged, each linking to their quotes; the one filtered on is marked. */
function TopSpeakers({ current }: { current: string }) {
  const top = useApi<{ items: SpeakerCount[] }>('/api/quotes/speakers' + qs({ limit: TOP }));
  const items = top.data?.items ?? [];
  if (!items.length) return null;
  return (
    <section class="top-speakers" aria-labelledby="top-speakers">
      <h2 id="top-speakers">Most quoted</h2>
      <ol>
        {items.map((s) => (
          <li>
            <a
              class="speaker"
              href={withParams(href('quotes'), { speaker: s.speaker })}
              aria-current={s.speaker === current ? 'true' : undefined}
            >
              {s.name ?? s.speaker}
            </a>{' '}
            <span class="muted">{plural(s.quotes, 'quote')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Quotations, by speaker (a name, an alias or an id) and words; each with who said it, where and when. */
export function QuotesPage({ params }: { params: URLSearchParams }) {
  const speaker = params.get('speaker') ?? '';
  const text = params.get('text') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [who, setWho] = useState(speaker);
  const [words, setWords] = useState(text);
  const quotes = useApi<Page<QuoteRow>>(
    '/api/quotes' + qs({ speaker, text, limit: PAGE, offset: offset || undefined }),
  );
  useEffect(() => {
    document.title = speaker ? `Quotes of ${speaker} · crosscheck` : 'Quotes · crosscheck';
  }, [speaker]);
  const link = (next: Record<string, string | number | undefined>) =>
    withParams(href('quotes'), { speaker: speaker || undefined, text: text || undefined, ...next });
  return (
    <>
      <h1 tabIndex={-1}>{speaker ? `Quotes of ${speaker}` : 'Quotes'}</h1>
      <form
        class="filters-inline"
        onSubmit={(e) => {
          e.preventDefault();
          location.hash = withParams(href('quotes'), {
            speaker: who.trim() || undefined,
            text: words.trim() || undefined,
          });
        }}
      >
        <label>
          Speaker{' '}
          <input
            value={who}
            maxLength={200}
            placeholder="name or alias"
            onInput={(e) => setWho((e.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <label>
          Words <input value={words} maxLength={200} onInput={(e) => setWords((e.target as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit">Filter</button>
      </form>
      <TopSpeakers current={speaker} />
      {quotes.loading && <Loading what="quotes" />}
      {quotes.error && <Failure error={quotes.error} />}
      {quotes.data && quotes.data.total === 0 && <p>No quotes match.</p>}
      {quotes.data && quotes.data.items.length > 0 && (
        <>
          <ul class="quotes">
            {quotes.data.items.map((q) => (
              <li>
                <blockquote>“{q.text}”</blockquote>
                <p class="small">
                  {q.speaker ? (
                    <a class="speaker" href={withParams(href('quotes'), { speaker: q.speaker })}>
                      {q.speakerName ?? q.speaker}
                    </a>
                  ) : (
                    <span class="muted">speaker unknown</span>
                  )}
                  {' · '}
                  <a href={docHref(q.document)}>{q.doc?.title ?? 'Untitled'}</a>
                  {q.doc?.outlet && <> · {q.doc.outlet}</>}
                  {q.doc?.published && <> · {fmtDate(q.doc.published)}</>}
                  {q.doc?.url && (
                    <>
                      {' · '}
                      <OriginalLink url={q.doc.url} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
          <Pager what="Quotes" of={quotes.data} offset={offset} page={PAGE} link={(o) => link({ offset: o })} />
          <p class="muted small">{plural(quotes.data.total, 'quote')} in all.</p>
        </>
      )}
    </>
  );
}
