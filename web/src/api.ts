/** Typed fetches of the JSON API. Types come from the server code (type-only imports). */
import { useEffect, useState } from 'preact/hooks';
import { onChange } from './live.js';
export type { DocumentRecord, EntityRecord, FigureRecord, QuoteRecord, DuplicateLink } from '../../src/records.js';
export type {
  ClaimRow,
  FigureDetail,
  FigureSummary,
  TimelinePoint,
  Disagreement,
  DocBrief,
} from '../../src/server/views.js';
export type { SourceChain, SourcesPage as SourcesView } from '../../src/server/source-chains.js';
export type { OutletCount, SearchHit, SpeakerCount, StoreStats, Page } from '../../src/store/store.js';
export type { FigureBrief, FigureHeadline, StoryBrief } from '../../src/store/figure-brief.js';
export type { SearchResult } from '../../src/server/search.js';
export type { QueueStatus } from '../../src/queue/status.js';
import type { DocumentRecord, DuplicateLink } from '../../src/records.js';
import type { ClaimRow, FigureDetail, DocBrief } from '../../src/server/views.js';
import type { StoreStats } from '../../src/store/store.js';
import type { FigureBrief } from '../../src/store/figure-brief.js';
import type { PartDimension } from '../../src/corpus/part-dimension.js';

/** GET /api/stats: the store's counts, whether /api/queue has a job queue to report, and whether uploads are on. */
export type ApiStats = StoreStats & { queue?: boolean; upload?: boolean };

/** GET /api/figures/:id: the detail, with the figure's parts as briefs, each with what it divides the whole by. */
export type FigurePageData = FigureDetail & { parts: Array<FigureBrief & { dimension?: PartDimension }> };

export interface DocumentDetail {
  document: DocumentRecord;
  text: string;
  spans: {
    claims: Array<{
      id: string;
      evidenceStart: number;
      evidenceEnd: number;
      numberStart: number;
      numberEnd: number;
      figure: string | null;
      status: string;
      sourceName: string | null;
    }>;
    quotes: Array<{ start: number; end: number; speaker: string | null; speakerName: string | null }>;
    mentions: Array<{ start: number; end: number; entity: string; type: string }>;
  };
  claims: ClaimRow[];
  entities: Array<{ id: string; name: string; type: string }>;
  dropped: Array<{ text: string; reason: string; by: string }>;
  versions: DocBrief[];
  duplicates: Array<DuplicateLink & { other: DocBrief | null }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok)
    throw new ApiError(res.status, body?.error?.code ?? 'E_HTTP', body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

export type Loaded<T> =
  | { data: T; error: null; loading: false }
  | { data: null; error: ApiError | Error; loading: false }
  | { data: null; error: null; loading: true };

/** Fetch `url` (null: nothing to fetch); refetches when it changes, and when the store changes (live.ts). */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    if (!url) return;
    const ctl = new AbortController();
    setState({ data: null, error: null, loading: true });
    getJson<T>(url, ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      },
    );
    // A store change (live.ts) refetches in place: what is shown stays until the new answer, and a failure keeps it.
    const off = onChange(() =>
      getJson<T>(url, ctl.signal).then(
        (data) => setState({ data, error: null, loading: false }),
        () => {},
      ),
    );
    return () => (ctl.abort(), off());
  }, [url]);
  return state;
}

/** A query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
