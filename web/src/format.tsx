/** Small shared pieces: numbers, ranges, safe links, evidence with its number marked. */
import type { ComponentChildren } from 'preact';
import type { TimelinePoint } from './api.js';
import { boundWords } from '../../src/vocabulary/bound-words.js';

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '?' : nf.format(n));

/**
 * "120", "~600", "more than 13,000", "200–300", "up to 27": a bound in the words of the claim's quantity text
 * (`text`, "over 200 ballots"), else in the safe ones ("at least", "up to").
 */
export function fmtValue(v: {
  value: number | null;
  low: number | null;
  high: number | null;
  bound?: string;
  approximate?: boolean;
  incremental?: boolean;
  text?: string;
}): string {
  // "+1,500": an increment ("another 1,500") onto an earlier figure.
  const approx = (v.incremental ? '+' : '') + (v.approximate ? '~' : '');
  if (
    v.value !== null &&
    (v.bound === 'exact' || v.bound === undefined || v.low === v.high || (v.low === null && v.high === null))
  )
    return approx + fmt(v.value);
  if (v.low !== null && v.high !== null && v.low !== v.high) return `${approx}${fmt(v.low)}–${fmt(v.high)}`;
  if (v.low !== null && (v.high === null || v.bound === 'lower' || v.bound === 'vague'))
    return `${approx}${v.bound === 'vague' ? 'at least' : boundWords(v.text, 'lower')} ${fmt(v.low)}`;
  if (v.high !== null) return `${approx}${boundWords(v.text, 'upper')} ${fmt(v.high)}`;
  return approx + fmt(v.value);
}

/** Only http(s) URLs become links; anything else (javascript:, data:, relative) is shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function ExternalLink({ url }: { url: string | null | undefined }) {
  const safe = safeUrl(url);
  if (!url) return null;
  if (!safe) return <span class="url-text">{url}</span>;
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank">
      {url}
    </a>
  );
}

/** A short link to the original article, named by its site ("courier.example ↗"); nothing without a web address. */
export function OriginalLink({ url }: { url: string | null | undefined }) {
  const safe = safeUrl(url);
  if (!safe) return null;
  const site = new URL(safe).hostname.replace(/^www\./, '');
  return (
    <a href={safe} rel="noopener noreferrer nofollow" target="_blank" class="original-link" title={safe}>
      {site}
      <span aria-hidden="true"> ↗</span>
      <span class="visually-hidden"> (original article)</span>
    </a>
  );
}

/** The evidence sentence with the number's offsets marked. */
export function Evidence({ text, start, end }: { text: string; start: number; end: number }) {
  if (!(start >= 0 && end <= text.length && start < end)) return <span>{text}</span>;
  return (
    <span class="evidence">
      {text.slice(0, start)}
      <mark class="num">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </span>
  );
}

export function pointEvidence(p: TimelinePoint) {
  return <Evidence text={p.evidence} start={p.numberStart} end={p.numberEnd} />;
}

export function StatusBadge({ status }: { status: string }) {
  return <span class={`status status-${/^[a-z]+$/.test(status) ? status : 'other'}`}>{status}</span>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p class="muted loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Failure({ error }: { error: Error }) {
  return (
    <p class="error" role="alert">
      {error.message}
    </p>
  );
}

/** A view that could not load: its heading, what went wrong, and a way back. */
export function FailedView({ title, error }: { title: string; error: Error }) {
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <Failure error={error} />
      <p>
        <a href="#/">Go to the story overview</a>
      </p>
    </>
  );
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A palette that reads on white and for most colour-blind readers (Okabe–Ito). */
export const PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#999933',
  '#882255',
  '#44AA99',
];

export const sourceKey = (p: { source: string | null; outlet?: string | null }) =>
  p.source ?? `outlet:${p.outlet ?? '?'}`;
export const sourceLabel = (p: { source: string | null; sourceName: string | null; outlet?: string | null }) =>
  p.sourceName ?? p.source ?? `${p.outlet ?? 'outlet'} (own voice)`;

/** ISO partial date → epoch seconds (start of the period). */
export function toSeconds(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) / 1000;
}
