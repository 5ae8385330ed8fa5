/**
 * The Host header check against DNS rebinding: a web page the user visits can
 * point its own hostname at 127.0.0.1 and read a local `crosscheck serve`.
 * Rebinding needs a name, so IP literals always pass; names pass only when
 * they are `localhost` (or under it) or listed (`--allow-host`, and the
 * machine's name when the server listens on every interface).
 */
import { isIP } from 'node:net';
import { hostname } from 'node:os';

/** The host part of a Host header value, lower-cased, without port or IPv6 brackets; null when malformed. */
export function hostOf(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) {
    const close = h.indexOf(']');
    if (close < 0) return null;
    const rest = h.slice(close + 1);
    if (rest && !/^:\d{1,5}$/.test(rest)) return null;
    return h.slice(1, close);
  }
  const m = /^([a-z0-9.-]+)(?::\d{1,5})?$/.exec(h);
  return m ? m[1]!.replace(/\.$/, '') : null;
}

/** The names a server bound to `bind` answers to, besides IP literals and localhost. */
export function allowedHostNames(bind: string, extra: string[] = []): string[] {
  const names = extra.map((n) => n.trim().toLowerCase()).filter(Boolean);
  const wildcard = bind === '0.0.0.0' || bind === '::' || bind === '';
  if (!isIP(bind) && !wildcard) names.push(bind.toLowerCase());
  if (wildcard) names.push(hostname().toLowerCase());
  return [...new Set(names)];
}

/** Whether a request with this Host header may be answered. */
export function hostAllowed(header: string | undefined, names: readonly string[]): boolean {
  const host = hostOf(header);
  if (host === null) return false;
  if (isIP(host)) return true;
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return names.some((n) => (n.startsWith('.') ? host.endsWith(n) || host === n.slice(1) : host === n));
}
