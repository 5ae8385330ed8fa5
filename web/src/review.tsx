/**
 * The analyst's controls (docs/review.md): a claim's verdict and fixes, a
 * figure's rename, merge, split and notes. They post to /api/corrections
 * with the server's token, which the analyst types once per tab.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ClaimRecord, FigureRecord } from '../../src/records.js';
import { qs } from './api.js';
import './review.css';

const NAME_KEY = 'crosscheck.analyst';
const TOKEN_KEY = 'crosscheck.token';

function stored(storage: 'local' | 'session', key: string): string {
  try {
    return (storage === 'local' ? localStorage : sessionStorage).getItem(key) ?? '';
  } catch {
    return '';
  }
}

function store(storage: 'local' | 'session', key: string, value: string): void {
  try {
    (storage === 'local' ? localStorage : sessionStorage).setItem(key, value);
  } catch {
    // Private modes may refuse storage: the analyst types them again.
  }
}

/** The server token typed in this tab (uploads use the same one as corrections), or ''. */
export const tabToken = (): string => stored('session', TOKEN_KEY);
/** Keep (or, with '', forget) the server token for this tab. */
export const setTabToken = (token: string): void => store('session', TOKEN_KEY, token);

/** POST one correction; resolves to an error message, or null when it was recorded. */
export async function postCorrection(body: Record<string, unknown>): Promise<string | null> {
  const who = stored('local', NAME_KEY);
  const token = stored('session', TOKEN_KEY);
  const res = await fetch('/api/corrections', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ ...body, who }),
  }).catch(() => null);
  if (!res) return 'The server could not be reached.';
  if (res.ok) return null;
  const err = await res.json().catch(() => null);
  return err?.error?.message ?? `HTTP ${res.status}`;
}

/** Figures whose label holds `q` (the first 50 with none), to pick a destination by name in a store of any size. */
function FigureOptions({ id, q }: { id: string; q: string }) {
  const [figures, setFigures] = useState<Array<{ id: string; label: string }>>([]);
  useEffect(() => {
    const ctl = new AbortController();
    // Asked once typing pauses; a chosen option puts an id in the field, which no label holds: keep the list then.
    const timer = setTimeout(() => {
      fetch('/api/figures' + qs({ q: q.trim() || undefined, limit: 50 }), {
        headers: { Accept: 'application/json' },
        signal: ctl.signal,
      })
        .then((r) => (r.ok ? r.json() : { items: [] }))
        .then((p: { items: Array<{ id: string; label: string }> }) => {
          if (p.items.length || !q.trim()) setFigures(p.items.map(({ id, label }) => ({ id, label })));
        })
        .catch(() => {});
    }, 200);
    return () => (clearTimeout(timer), ctl.abort());
  }, [q]);
  return (
    <datalist id={id}>
      {figures.map((f) => (
        <option value={f.id}>{f.label}</option>
      ))}
    </datalist>
  );
}

/** The server token's field; corrections and uploads ask for the same token. */
export function TokenField({ value, onInput }: { value: string; onInput: (token: string) => void }) {
  return (
    <label>
      Server token{' '}
      <input
        type="password"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        required
        autoComplete="off"
      />
    </label>
  );
}

/** Name and token, asked once per tab; children show once both are given. */
function Session({ children }: { children: preact.ComponentChildren }) {
  const [name, setName] = useState(stored('local', NAME_KEY));
  const [token, setToken] = useState(stored('session', TOKEN_KEY));
  const [ready, setReady] = useState(!!name && !!token);
  if (ready) return <>{children}</>;
  return (
    <form
      class="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        store('local', NAME_KEY, name.trim());
        store('session', TOKEN_KEY, token.trim());
        setReady(!!name.trim() && !!token.trim());
      }}
    >
      <label>
        Your name <input value={name} onInput={(e) => setName(e.currentTarget.value)} required autoComplete="name" />
      </label>
      <TokenField value={token} onInput={setToken} />
      <button type="submit">Start reviewing</button>
    </form>
  );
}

/** A note on a claim or a figure. */
function NoteForm({ target }: { target: string }) {
  return (
    <ActionForm
      label="Add note"
      fields={[{ name: 'note', label: 'Note' }]}
      build={(v) => ({ target, what: 'note', note: v.note })}
    />
  );
}

/** A form of one action: its fields, a submit button, and the server's answer. */
function ActionForm({
  label,
  fields,
  build,
}: {
  label: string;
  /** `list`: the id of a datalist of figures (by label) built for that field as it is typed. */
  fields: Array<{ name: string; label: string; placeholder?: string; list?: string }>;
  build: (values: Record<string, string>) => Record<string, unknown>;
}) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="review-action"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const err = await postCorrection(build(values));
        setBusy(false);
        setError(err);
        // Every view reads corrections from the server: show them by loading the view again.
        if (!err) location.reload();
      }}
    >
      {fields.map((f) => (
        <label>
          {f.label}{' '}
          <input
            name={f.name}
            placeholder={f.placeholder}
            list={f.list}
            value={values[f.name] ?? ''}
            onInput={(e) => setValues({ ...values, [f.name]: e.currentTarget.value })}
          />
          {f.list && <FigureOptions id={f.list} q={values[f.name] ?? ''} />}
        </label>
      ))}
      <button type="submit" disabled={busy}>
        {label}
      </button>
      {error && (
        <span class="review-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}

/** What corrections changed on a claim, in a few words: "verified · value corrected". */
export function ClaimReviewBadge({ claim }: { claim: Pick<ClaimRecord, 'review'> | undefined }) {
  const r = claim?.review;
  if (!r) return null;
  const parts = [r.verdict, ...r.corrected.filter((f) => f !== 'low' && f !== 'high').map((f) => `${f} corrected`)];
  const text = parts.filter(Boolean).join(' · ') || 'noted';
  return (
    <span class={`review-badge review-${r.verdict ?? 'corrected'}`} title={r.notes.join('\n') || undefined}>
      {text}
      {r.notes.length > 0 && <span class="review-note"> — {r.notes.join(' / ')}</span>}
    </span>
  );
}

/** A claim row's review cell: its badge, and the controls behind a disclosure. */
export function ClaimReviewControls({ claim }: { claim: Pick<ClaimRecord, 'id' | 'review'> }) {
  const target = claim.id;
  const list = `review-figures-${target}`;
  // The forms are built when opened: a table of thousands of rows carries one closed disclosure each.
  const [open, setOpen] = useState(false);
  return (
    <div class="review-cell">
      <ClaimReviewBadge claim={claim} />
      <details class="review" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Correct</summary>
        {open && (
          <Session>
            <div class="review-buttons">
              <ActionForm label="Verify" fields={[]} build={() => ({ target, what: 'verify' })} />
              <ActionForm label="Reject" fields={[]} build={() => ({ target, what: 'reject' })} />
            </div>
            <ActionForm
              label="Fix value"
              fields={[{ name: 'value', label: 'Value', placeholder: '1200, 1000-1500, >1000' }]}
              build={(v) => ({ target, what: 'value', value: v.value })}
            />
            <ActionForm
              label="Fix status"
              fields={[{ name: 'value', label: 'Status', placeholder: 'asserted, estimated, planned…' }]}
              build={(v) => ({ target, what: 'status', value: v.value })}
            />
            <ActionForm
              label="Fix source"
              fields={[{ name: 'value', label: 'Source', placeholder: 'a name; empty for the outlet' }]}
              build={(v) => ({ target, what: 'source', value: v.value ?? '' })}
            />
            <ActionForm
              label="Move"
              fields={[{ name: 'value', label: 'To figure', placeholder: 'a figure’s name or id', list }]}
              build={(v) => ({ target, what: 'move', value: v.value })}
            />
            <NoteForm target={target} />
          </Session>
        )}
      </details>
    </div>
  );
}

/** The figure page's review panel: what analysts changed, and rename, merge, split, note. */
export function FigureReviewControls({ figure }: { figure: Pick<FigureRecord, 'id' | 'label' | 'review'> }) {
  const target = figure.id;
  const r = figure.review;
  const list = `review-figures-${target}`;
  return (
    <section class="review-figure" aria-label="Analyst review">
      {r && (
        <p class="review-summary">
          Corrected by analysts{r.machineLabel ? ` (the machine called it “${r.machineLabel}”)` : ''}
          {r.merged.length > 0 ? `; merged in: ${r.merged.join(', ')}` : ''}
          {r.splitFrom ? `; split from ${r.splitFrom}` : ''}
          {r.membership ? '; its claims changed' : ''}
          {r.claimsCorrected ? `; ${r.claimsCorrected} of its claims corrected` : ''}
          {r.recomputed ? '; the value, timeline and conflicts shown are recomputed from the corrected claims' : ''}.
          {r.notes.map((n) => (
            <span class="review-note"> Note: {n}</span>
          ))}
        </p>
      )}
      <details class="review">
        <summary>Correct this figure</summary>
        <Session>
          <ActionForm
            label="Rename"
            fields={[{ name: 'value', label: 'New label', placeholder: figure.label }]}
            build={(v) => ({ target, what: 'rename', value: v.value })}
          />
          <ActionForm
            label="Merge"
            fields={[{ name: 'value', label: 'Into figure', placeholder: 'a figure’s name or id', list }]}
            build={(v) => ({ target, what: 'merge', value: v.value })}
          />
          <ActionForm
            label="Split"
            fields={[
              { name: 'claims', label: 'Claims', placeholder: 'claim ids, separated by spaces' },
              { name: 'label', label: 'Label of the new figure' },
            ]}
            build={(v) => ({
              target,
              what: 'split',
              value: { claims: (v.claims ?? '').split(/[\s,]+/).filter(Boolean), label: v.label },
            })}
          />
          <NoteForm target={target} />
        </Session>
      </details>
    </section>
  );
}
