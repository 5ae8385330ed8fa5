/**
 * A polite HTTP fetcher over Node's own `fetch`: http(s) only, robots.txt
 * honoured (robots-parser, RFC 9309), a User-Agent that names crosscheck and
 * a contact, conditional GET (ETag, Last-Modified), per-host concurrency and
 * spacing (raised to a site's Crawl-delay), timeouts, retries with backoff,
 * a size limit read off the stream and a bounded number of redirects.
 * Failures come back as coded results, never as exceptions.
 */
import robotsModule from 'robots-parser';
import { errorText, type ErrorCode } from '../errors.js';

type RobotsParser = (
  url: string,
  text: string,
) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};
// A CommonJS module whose types declare an ES default: at run time the default import is the function itself.
const robotsParser = ((robotsModule as unknown as { default?: RobotsParser }).default ??
  robotsModule) as unknown as RobotsParser;

/** The validators of a response, sent back on the next request to the same URL. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { ok: true; status: 200; url: string; bytes: Buffer; contentType: string | null; validators: Validators }
  | { ok: true; status: 304; url: string; validators: Validators }
  | { ok: false; url: string; code: ErrorCode; text: string; status?: number };

export interface FetcherOptions {
  /** Who to write to about this crawler (an e-mail or a URL); goes into the User-Agent. */
  contact?: string | null;
  /** The whole User-Agent, when the default (`crosscheck/<version> (+contact)`) will not do. */
  userAgent?: string;
  /** Per request, headers and body (default 20 s). */
  timeoutMs?: number;
  /** Tries after the first, on a network error, 429 or 5xx (default 2). */
  retries?: number;
  /** First wait before a retry; doubled each time (default 1 s). Retry-After is honoured up to a minute. */
  backoffMs?: number;
  /** Largest body read, in bytes (default 8 MB). */
  maxBytes?: number;
  /** Redirects followed per request (default 5). */
  maxRedirects?: number;
  /** Requests in flight to one host (default 1). */
  hostConcurrency?: number;
  /** Least time between two requests to one host, in ms (default 1000). */
  hostIntervalMs?: number;
  /** Read robots.txt before anything else on a host (default true). */
  robots?: boolean;
  /** Ends every wait and request (shutdown). */
  signal?: AbortSignal;
}

const VERSION = '0.1.0';
/** The product token robots.txt groups are matched against. */
export const ROBOTS_TOKEN = 'crosscheck';
const MAX_RETRY_AFTER_MS = 60_000;
const MAX_CRAWL_DELAY_MS = 60_000;

/** The User-Agent crosscheck sends. */
export function userAgent(contact?: string | null): string {
  return `${ROBOTS_TOKEN}/${VERSION} (news figure checker; +${contact?.trim() || 'no contact given'})`;
}

interface Host {
  active: number;
  next: number;
  interval: number;
  waiters: Array<() => void>;
}

type Robots = { allowed(url: string): boolean; delayMs: number } | { error: string };

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** A fetched body over the limit. */
class TooLarge extends Error {}

/** Read a response body up to `max` bytes; over that, stop reading and throw. */
async function readBody(res: Response, max: number): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await res.body?.cancel().catch(() => {});
    throw new TooLarge();
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, size);
}

/** Whether a status is worth another try. */
const retriable = (status: number) => status === 429 || status >= 500;

/** The wait a Retry-After header asks for, in ms, or null. */
function retryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, Math.min(ms, MAX_RETRY_AFTER_MS)) : null;
}

/** The polite fetcher; one per run, shared by every source so host limits hold across them. */
export class Fetcher {
  readonly userAgent: string;
  private readonly options: Required<Omit<FetcherOptions, 'contact' | 'userAgent' | 'signal'>>;
  private readonly signal?: AbortSignal;
  private readonly hosts = new Map<string, Host>();
  private readonly robots = new Map<string, Promise<Robots>>();

  constructor(options: FetcherOptions = {}) {
    this.userAgent = options.userAgent ?? userAgent(options.contact);
    this.signal = options.signal;
    this.options = {
      timeoutMs: options.timeoutMs ?? 20_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 1000,
      maxBytes: options.maxBytes ?? 8 * 1024 * 1024,
      maxRedirects: options.maxRedirects ?? 5,
      hostConcurrency: Math.max(1, options.hostConcurrency ?? 1),
      hostIntervalMs: options.hostIntervalMs ?? 1000,
      robots: options.robots ?? true,
    };
  }

  /** GET `url`, conditionally when validators are given; follows redirects, retries, never throws. */
  async get(url: string, validators: Validators = {}): Promise<FetchResult> {
    let last: FetchResult | null = null;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (this.signal?.aborted) break;
      const { result, wait, final } = await this.follow(url, validators);
      last = result;
      const again =
        !final && !result.ok && (result.status === undefined ? result.code === 'E_FETCH' : retriable(result.status));
      if (!again || attempt === this.options.retries) return result;
      await sleep(wait ?? this.options.backoffMs * 2 ** attempt, this.signal);
    }
    return last ?? this.failure(url, 'E_FETCH', { reason: 'the run was stopped' });
  }

  private failure(url: string, code: ErrorCode, values: Record<string, string | number> = {}, status?: number) {
    return { ok: false as const, url, code, text: errorText(code, { url, ...values }), status };
  }

  /** One try: the request and its redirects. `wait`: what a 429/503 asked for. */
  private async follow(
    start: string,
    validators: Validators,
  ): Promise<{ result: FetchResult; wait?: number | null; final?: boolean }> {
    let url = start;
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { result: this.failure(url, 'E_FETCH_SCHEME') };
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        return { result: this.failure(url, 'E_FETCH_SCHEME') };
      parsed.hash = '';
      url = parsed.href;
      if (this.options.robots) {
        const robots = await this.robotsFor(parsed);
        // Robots answers are read once per run: trying again would only wait.
        if ('error' in robots) return { result: this.failure(url, 'E_FETCH', { reason: robots.error }), final: true };
        if (!robots.allowed(url)) return { result: this.failure(url, 'E_ROBOTS'), final: true };
      }
      const answer = await this.request(parsed, hop === 0 ? validators : {});
      if ('result' in answer) return answer;
      if (hop >= this.options.maxRedirects)
        return {
          result: this.failure(url, 'E_FETCH', { reason: `more than ${this.options.maxRedirects} redirects` }),
        };
      try {
        url = new URL(answer.location, url).href;
      } catch {
        return { result: this.failure(url, 'E_FETCH', { reason: 'a redirect to an invalid address' }) };
      }
    }
  }

  /** One HTTP exchange in a host slot: a result, or where a redirect points. */
  private async request(
    parsed: URL,
    validators: Validators,
  ): Promise<{ result: FetchResult; wait?: number | null } | { location: string }> {
    const url = parsed.href;
    const release = await this.slot(parsed.host);
    try {
      const headers: Record<string, string> = {
        'user-agent': this.userAgent,
        accept:
          'text/html, application/xhtml+xml, application/xml, application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, */*;q=0.5',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const timeout = AbortSignal.timeout(this.options.timeoutMs);
      const signal = this.signal ? AbortSignal.any([timeout, this.signal]) : timeout;
      let res: Response;
      try {
        res = await fetch(url, { headers, redirect: 'manual', signal });
      } catch (err) {
        return { result: this.failure(url, 'E_FETCH', { reason: describe(err, timeout, this.options.timeoutMs) }) };
      }
      const got: Validators = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get('location');
        if (!location)
          return { result: this.failure(url, 'E_FETCH', { reason: `HTTP ${res.status} without a Location` }) };
        return { location };
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { result: { ok: true, status: 304, url, validators: { ...validators, ...defined(got) } } };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        return {
          result: this.failure(url, 'E_FETCH', { reason: `HTTP ${res.status}` }, res.status),
          wait: retryAfter(res.headers.get('retry-after')),
        };
      }
      try {
        const bytes = await readBody(res, this.options.maxBytes);
        return {
          result: { ok: true, status: 200, url, bytes, contentType: res.headers.get('content-type'), validators: got },
        };
      } catch (err) {
        if (err instanceof TooLarge)
          return { result: this.failure(url, 'E_FETCH_TOO_LARGE', { limit: this.options.maxBytes }) };
        return { result: this.failure(url, 'E_FETCH', { reason: describe(err, timeout, this.options.timeoutMs) }) };
      }
    } finally {
      release();
    }
  }

  /** Wait for a free slot on `host` and its spacing; resolves to the release. */
  private async slot(host: string): Promise<() => void> {
    let h = this.hosts.get(host);
    if (!h) this.hosts.set(host, (h = { active: 0, next: 0, interval: this.options.hostIntervalMs, waiters: [] }));
    while (h.active >= this.options.hostConcurrency) await new Promise<void>((resolve) => h!.waiters.push(resolve));
    h.active++;
    const now = Date.now();
    const at = Math.max(now, h.next);
    h.next = at + h.interval;
    await sleep(at - now, this.signal);
    return () => {
      h!.active--;
      h!.waiters.shift()?.();
    };
  }

  /** The robots rules of a URL's origin, read once per run. */
  private robotsFor(parsed: URL): Promise<Robots> {
    const origin = parsed.origin;
    let robots = this.robots.get(origin);
    if (!robots) this.robots.set(origin, (robots = this.readRobots(origin, parsed.host)));
    return robots;
  }

  private async readRobots(origin: string, host: string): Promise<Robots> {
    const robotsUrl = `${origin}/robots.txt`;
    let result: FetchResult = this.failure(robotsUrl, 'E_FETCH');
    // Redirects of robots.txt are followed (RFC 9309 2.3.1.2), a bounded number of times.
    for (let hop = 0, url = robotsUrl; hop <= this.options.maxRedirects; hop++) {
      const answer = await this.request(new URL(url), {});
      if ('result' in answer) {
        result = answer.result;
        break;
      }
      url = new URL(answer.location, url).href;
    }
    const allowAll: Robots = { allowed: () => true, delayMs: 0 };
    if (!result.ok) {
      // Unavailable (4xx): no rules. Unreachable (5xx, network): assume everything is disallowed (RFC 9309 2.3.1.4).
      if (result.status !== undefined && result.status >= 400 && result.status < 500) return allowAll;
      return { error: `its robots.txt could not be read (${result.text}), so nothing is fetched from ${host} for now` };
    }
    if (result.status === 304) return allowAll;
    const rules = robotsParser(robotsUrl, result.bytes.toString('utf8'));
    const delayMs = Math.min(MAX_CRAWL_DELAY_MS, (rules.getCrawlDelay(ROBOTS_TOKEN) ?? 0) * 1000);
    const h = this.hosts.get(host);
    if (h) h.interval = Math.max(h.interval, delayMs);
    return { allowed: (url) => rules.isAllowed(url, ROBOTS_TOKEN) !== false, delayMs };
  }
}

function defined(v: Validators): Validators {
  const out: Validators = {};
  if (v.etag) out.etag = v.etag;
  if (v.lastModified) out.lastModified = v.lastModified;
  return out;
}

function describe(err: unknown, timeout: AbortSignal, ms: number): string {
  if (timeout.aborted) return `no answer within ${ms} ms`;
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'AbortError') return 'the run was stopped';
  return e.cause?.code ?? e.cause?.message ?? e.message;
}
