/**
 * The upload screen (`#/upload`), offered only when the server has a token
 * (GET /api/stats says `upload`): files picked or dropped are posted to POST
 * /api/ingest with the tab's token (the one corrections use), and each file's
 * outcome is listed; the counts on every view then refresh (live.ts).
 */
import { useState } from 'preact/hooks';
import { useApi, type ApiStats } from '../api.js';
import { FailedView, Loading } from '../format.js';
import { announceChange } from '../live.js';
import { setTabToken, tabToken, TokenField } from '../review.js';
import { docHref, href } from '../router.js';

/** The file kinds POST /api/ingest reads (src/server/upload.ts). */
export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.html.gz', '.json', '.jsonl'];

/** One file's result: stored (new or a new version), a duplicate, or failed with its coded reason. */
export interface FileResult {
  name: string;
  outcome: 'stored' | 'version' | 'duplicate' | 'failed';
  detail: string;
  documents: string[];
}

interface IngestAnswer {
  stored?: number;
  versions?: number;
  unchanged?: number;
  failed?: number;
  outcomes?: Array<{ id: string; source: string; status: 'stored' | 'unchanged' | 'version' }>;
  failures?: Array<{ file: string; code: string; text: string }>;
  error?: { code: string; message: string };
}

const readable = (name: string) => UPLOAD_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));

/** The upload number the server put in front of a file's stored name (`0003-name.txt`), or -1. */
function uploadIndex(source: string): number {
  const m = /(?:^|[:/\\])(\d{4})-[^/\\]*$/.exec(source);
  return m ? Number(m[1]) : -1;
}

/** Per-file results from the server's answer, matched to the files by the number the server gave each. */
export function fileResults(names: string[], answer: IngestAnswer): FileResult[] {
  return names.map((name, i) => {
    const failures = (answer.failures ?? []).filter((f) => uploadIndex(f.file) === i);
    const outcomes = (answer.outcomes ?? []).filter((o) => uploadIndex(o.source) === i);
    const documents = outcomes.map((o) => o.id);
    const count = (s: string) => outcomes.filter((o) => o.status === s).length;
    const n = outcomes.length;
    const several = n > 1 ? ` (${n} records)` : '';
    if (count('stored')) return { name, outcome: 'stored', detail: `stored${several}`, documents };
    if (count('version')) return { name, outcome: 'version', detail: `stored as a new version${several}`, documents };
    if (count('unchanged')) return { name, outcome: 'duplicate', detail: 'duplicate: already stored', documents };
    const f = failures[0];
    return {
      name,
      outcome: 'failed',
      detail: f ? `failed: ${f.code} ${f.text}` : 'failed: nothing was read from it',
      documents,
    };
  });
}

/** The upload screen. */
export function UploadPage() {
  const stats = useApi<ApiStats>('/api/stats');
  const [files, setFiles] = useState<File[]>([]);
  const [token, setToken] = useState(tabToken());
  const [asking, setAsking] = useState(!tabToken());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [results, setResults] = useState<FileResult[]>([]);
  const [over, setOver] = useState(false);

  const add = (list: FileList | null) => {
    if (list) setFiles((f) => [...f, ...Array.from(list)]);
  };

  const send = async () => {
    setProblem(null);
    const ok = files.filter((f) => readable(f.name));
    const skipped: FileResult[] = files
      .filter((f) => !readable(f.name))
      .map((f) => ({
        name: f.name,
        outcome: 'failed',
        detail: `failed: not sent, crosscheck reads ${UPLOAD_EXTENSIONS.join(' ')}`,
        documents: [],
      }));
    if (!ok.length) {
      setResults(skipped);
      return;
    }
    const body = new FormData();
    for (const f of ok) body.append('file', f, f.name);
    setBusy(true);
    try {
      const res = await fetch('/api/ingest', {
        method: 'POST',
        headers: { Accept: 'application/json', Authorization: `Bearer ${token.trim()}` },
        body,
      }).catch(() => null);
      if (!res) return setProblem('The server could not be reached.');
      const answer = (await res.json().catch(() => ({}))) as IngestAnswer;
      if (res.status === 401) {
        // A wrong token is forgotten, and asked again.
        setTabToken('');
        setAsking(true);
        return setProblem(answer.error?.message ?? 'The server refused the token.');
      }
      if (!res.ok && res.status !== 422) return setProblem(answer.error?.message ?? `HTTP ${res.status}`);
      setResults([
        ...fileResults(
          ok.map((f) => f.name),
          answer,
        ),
        ...skipped,
      ]);
      setFiles([]);
      announceChange();
    } finally {
      setBusy(false);
    }
  };

  if (stats.loading) return <Loading what="the server's settings" />;
  if (stats.error) return <FailedView title="Upload articles" error={stats.error} />;
  if (!stats.data?.upload)
    return (
      <>
        <h1 tabIndex={-1}>Upload articles</h1>
        <p>
          Uploads are off on this server: start it with a token (<code>crosscheck serve --token …</code>).{' '}
          <a href={href()}>Go to the story overview.</a>
        </p>
      </>
    );
  const s = stats.data;
  return (
    <>
      <h1 tabIndex={-1}>Upload articles</h1>
      <p class="muted upload-counts" aria-live="polite">
        The store holds {s.documents} {s.documents === 1 ? 'document' : 'documents'} · {s.claims}{' '}
        {s.claims === 1 ? 'claim' : 'claims'} · {s.figures} {s.figures === 1 ? 'figure' : 'figures'}.
      </p>
      <form
        class="upload-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (asking) {
            setTabToken(token.trim());
            setAsking(!token.trim());
          }
          if (token.trim() && files.length) send();
        }}
      >
        {asking && <TokenField value={token} onInput={setToken} />}
        <label
          class={`drop-zone${over ? ' drop-over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            add(e.dataTransfer?.files ?? null);
          }}
        >
          <span>Drop article files here, or choose them</span>
          <input
            type="file"
            multiple
            accept={UPLOAD_EXTENSIONS.join(',')}
            onChange={(e) => {
              add(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <span class="muted small">HTML, text, Markdown, JSON or JSON Lines ({UPLOAD_EXTENSIONS.join(' ')})</span>
        </label>
        {files.length > 0 && (
          <ul class="upload-files" aria-label="Files to upload">
            {files.map((f) => (
              <li>
                {f.name} <span class="muted small">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <button type="submit" disabled={busy || !files.length}>
            {busy
              ? 'Uploading…'
              : files.length === 1
                ? 'Upload 1 file'
                : files.length
                  ? `Upload ${files.length} files`
                  : 'Upload'}
          </button>{' '}
          {files.length > 0 && !busy && (
            <button type="button" onClick={() => setFiles([])}>
              Clear
            </button>
          )}
        </p>
      </form>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {results.length > 0 && (
        <section aria-labelledby="upload-results">
          <h2 id="upload-results">Result</h2>
          <ul class="upload-results">
            {results.map((r) => (
              <li data-outcome={r.outcome}>
                <strong>{r.name}</strong>: {r.detail}
                {r.documents.slice(0, 3).map((d, i) => (
                  <>
                    {' · '}
                    <a href={docHref(d)}>{r.documents.length > 1 ? `article ${i + 1}` : 'open the article'}</a>
                  </>
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The nav link to the upload screen, present only when the server takes uploads. */
export function UploadLink({ current }: { current: boolean }) {
  const stats = useApi<ApiStats>('/api/stats');
  if (!stats.data?.upload) return null;
  return (
    <a href={href('upload')} aria-current={current ? 'page' : undefined}>
      Upload
    </a>
  );
}
