import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApi, type DocumentDetail } from '../api.js';
import { ExternalLink, Failure, Loading } from '../format.js';
import { docHref, href } from '../router.js';

interface Mark {
  start: number;
  end: number;
  cls: string;
  title: string;
  claim?: string;
}

interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Cut the text at every span boundary; each piece knows which spans cover it (spans may overlap). */
export function segments(length: number, marks: Mark[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= length && m.start < m.end) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, marks: marks.filter((m) => m.start <= start && m.end >= end && m.start < m.end) });
  }
  return out;
}

function ArticleText({ detail, target }: { detail: DocumentDetail; target: string | null }) {
  const { text, spans } = detail;
  const marks = useMemo<Mark[]>(
    () => [
      ...spans.claims.map((c) => ({
        start: c.evidenceStart,
        end: c.evidenceEnd,
        cls: c.id === target ? 'hl-claim target' : 'hl-claim',
        title: `claim (${c.status}${c.sourceName ? `, ${c.sourceName}` : ''})`,
        claim: c.id,
      })),
      // The number followed here is marked apart from the other numbers of its sentence.
      ...spans.claims.map((c) => ({
        start: c.numberStart,
        end: c.numberEnd,
        cls: c.id === target ? 'hl-num target-num' : 'hl-num',
        title: c.id === target ? 'the number you followed' : 'number',
      })),
      ...spans.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        cls: 'hl-quote',
        title: `quote${q.speakerName ? ` — ${q.speakerName}` : ''}`,
      })),
      ...spans.mentions.map((m) => ({ start: m.start, end: m.end, cls: 'hl-entity', title: `${m.type}: ${m.entity}` })),
    ],
    [detail, target],
  );
  const segs = useMemo(() => segments(text.length, marks), [text, marks]);
  let targetPlaced = false;
  return (
    <div class="article-text">
      {segs.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (!s.marks.length) return piece;
        const cls = [...new Set(s.marks.flatMap((m) => m.cls.split(' ')))].join(' ');
        const isTarget = !targetPlaced && s.marks.some((m) => m.claim && m.claim === target);
        if (isTarget) targetPlaced = true;
        return (
          <span
            class={cls}
            title={s.marks.map((m) => m.title).join('; ')}
            id={isTarget ? 'target' : undefined}
            tabIndex={isTarget ? -1 : undefined}
          >
            {piece}
          </span>
        );
      })}
    </div>
  );
}

const clip = (s: string) => (s.length > 160 ? `${s.slice(0, 157).trimEnd()}…` : s).replace(/^[“"]|[”"]$/g, '');

export function ArticlePage({ id, claim }: { id: string; claim: string | null }) {
  const doc = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`);
  const [showDropped, setShowDropped] = useState(false);
  useEffect(() => {
    if (!doc.data) return;
    document.title = `${doc.data.document.title ?? 'Untitled'} · crosscheck`;
    const t = document.getElementById('target');
    if (t) {
      t.scrollIntoView({ block: 'center' });
      t.focus({ preventScroll: true });
    }
  }, [doc.data, claim]);
  if (doc.loading) return <Loading what="the article" />;
  if (doc.error)
    return (
      <>
        <h1 tabIndex={-1}>Article not found</h1>
        <Failure error={doc.error} />
        <p>
          <a href="#/documents">Back to the documents</a>
        </p>
      </>
    );
  const d = doc.data;
  const m = d.document;
  const spans = d.spans;
  const fields: Array<[string, string, string | null]> = [
    ['title', 'Title', m.title],
    ['outlet', 'Outlet', m.outlet],
    ['published', 'Published', m.published],
    ['byline', 'Byline', m.byline],
    ['dateline', 'Dateline', m.dateline],
    ['wire', 'Wire', m.wire.join(', ') || null],
    ['language', 'Language', m.language],
  ];
  return (
    <article>
      <h1 tabIndex={-1}>{m.title ?? 'Untitled'}</h1>
      <p class="muted small">
        {m.outlet ?? 'Unknown outlet'} · {m.published ?? 'undated'}
        {m.url && (
          <>
            {' · original: '}
            <ExternalLink url={m.url} />
          </>
        )}
      </p>
      <p class="legend small">
        <span class="hl-claim">claim sentence</span> <span class="hl-num">number</span>{' '}
        <span class="hl-quote">quote</span> <span class="hl-entity">entity</span>
      </p>
      <div class="article-layout">
        <div>
          <ArticleText detail={d} target={claim} />
          <p>
            <button
              type="button"
              aria-expanded={showDropped}
              aria-controls="dropped"
              onClick={() => setShowDropped(!showDropped)}
            >
              {showDropped ? 'Hide' : 'Show'} what cleaning dropped ({d.dropped.length})
            </button>
          </p>
          {showDropped && (
            <div id="dropped">
              {d.dropped.length === 0 ? (
                <p class="muted">Cleaning dropped nothing.</p>
              ) : (
                <ul class="dropped">
                  {d.dropped.map((x) => (
                    <li>
                      <span class="reason">{x.reason}</span> <code class="muted small">{x.by}</code>
                      <pre>{x.text}</pre>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <aside>
          <h2>Metadata</h2>
          <table class="meta">
            <tbody>
              {fields.map(([key, label, value]) => (
                <tr>
                  <th scope="row">{label}</th>
                  <td>
                    {value ?? <span class="muted">unknown</span>}
                    {m.provenance[key] && (
                      <div class="muted small">
                        from <code>{m.provenance[key]!.by}</code>, {m.provenance[key]!.certain ? 'stated' : 'inferred'}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">File</th>
                <td class="break">{m.source}</td>
              </tr>
            </tbody>
          </table>
          {d.versions.length > 0 && (
            <>
              <h2>Earlier versions</h2>
              <ul>
                {d.versions.map((v) => (
                  <li>
                    <a href={docHref(v.id)}>{v.title ?? v.id.slice(0, 12)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          {d.duplicates.length > 0 && (
            <>
              <h2>Copies</h2>
              <ul>
                {d.duplicates.map((l) => (
                  <li>
                    {l.document === m.id ? `This is a ${l.kind} copy of ` : `Copied (${l.kind}) by `}
                    <a href={docHref(l.document === m.id ? l.of : l.document)}>
                      {l.other?.title ?? 'another document'}
                    </a>{' '}
                    {l.other?.outlet && <span class="muted">({l.other.outlet})</span>}{' '}
                    <span class="muted small">similarity {Math.round(l.similarity * 100)}%</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {spans.quotes.length > 0 && (
            <>
              <h2>Quotes</h2>
              <ul class="small quote-list">
                {spans.quotes.map((q) => (
                  <li>
                    <span class="speaker">{q.speakerName ?? 'Speaker unknown'}</span>: “
                    {clip(d.text.slice(q.start, q.end))}”
                  </li>
                ))}
              </ul>
            </>
          )}
          {d.entities.length > 0 && (
            <>
              <h2>Entities</h2>
              <ul class="small">
                {d.entities.map((e) => (
                  <li>
                    {e.name} <span class="muted">({e.type})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2>Claims</h2>
          <ul class="small">
            {d.claims.map((c) => (
              <li>
                <a href={docHref(m.id, c.id)}>{c.text}</a>{' '}
                {c.figure && <a href={href('figures', c.figure)}>(figure)</a>}
              </li>
            ))}
          </ul>
          {m.messages.length > 0 && (
            <>
              <h2>Messages</h2>
              <ul class="small">
                {m.messages.map((x) => (
                  <li>
                    <code>{x.code}</code> {x.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </article>
  );
}
