/**
 * What a record's URL says about the article: the outlet's name from its
 * registrable domain (`amp.newser.com` → "Newser") when the site table does
 * not know it, and the publication date a CMS writes into the path
 * (`/2025/01/09/`, `/2024/oct/03/`, `/20250109/`, `…-2025-01-09`).
 */
import type { PartialDate } from '../../article.js';
import { MONTH_SHORT } from '../../vocabulary/calendar.js';

// Second-level labels under a country code that are public suffixes: co.uk, com.au, org.nz, ne.jp …
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'nic']);
// Hosting and CDN platforms: their domain names the platform, never the outlet.
const PLATFORMS = new Set([
  'arcpublishing',
  'blogspot',
  'wordpress',
  'cloudfront',
  'akamaized',
  'googleusercontent',
  'ampproject',
  'feedburner',
  'github',
  'herokuapp',
  'netlify',
  'vercel',
  'archive',
]);

/** The registrable label of a host: `news.bbc.co.uk` → `bbc`, `amp.newser.com` → `newser`. */
export function registrableLabel(host: string): string | null {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2) return null;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const idx =
    tld.length === 2 && SECOND_LEVEL.has(second) && labels.length >= 3 ? labels.length - 3 : labels.length - 2;
  return labels[idx] ?? null;
}

/**
 * A readable outlet name from a host's registrable domain, or null when the
 * domain cannot name an outlet: a generated name with digits (`q0kks.group`),
 * a hosting platform, an IP address.
 */
export function domainOutlet(host: string): string | null {
  if (/^[\d.]+$/.test(host)) return null;
  const label = registrableLabel(host);
  if (!label || PLATFORMS.has(label)) return null;
  // Words of letters, a number only at a word's edge ("tag24", "9news"): generated labels ("q0kks") name no outlet.
  if (!/^\d{0,3}[a-z]{2,}\d{0,3}(?:-\d{0,3}[a-z]{2,}\d{0,3}){0,4}$/.test(label) || label.length > 40) return null;
  if (!/[aeiouy]/.test(label)) return null;
  return label
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

const MONTHS = MONTH_SHORT.map((m) => m.toLowerCase());
const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1995 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** One rule of a date in a URL path: its pattern and how to read year, month and day from the match. */
interface UrlDateRule {
  by: string;
  re: RegExp;
  read: (m: RegExpExecArray) => [number, number, number | null];
}

const monthOf = (s: string): number => (/^\d+$/.test(s) ? Number(s) : MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1);

/** Date shapes in URL paths, most specific first; every part has a fixed width, so matching is linear. */
export const URL_DATE_RULES: UrlDateRule[] = [
  {
    // /2025/01/09/ and /2024/oct/03/
    by: 'metadata/url-date-path',
    re: /\/((?:19|20)\d{2})\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?=[/._-]|$)/i,
    read: (m) => [Number(m[1]), monthOf(m[2]!), Number(m[3])],
  },
  {
    // /20250109/ and -20250109- (a compact date between separators)
    by: 'metadata/url-date-compact',
    re: /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // a slug ending in -2025-01-09
    by: 'metadata/url-date-slug',
    re: /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/._]|$)/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // /2025/01/ then a slug: the month only
    by: 'metadata/url-date-month',
    re: /\/((?:19|20)\d{2})\/(\d{2})\/[a-z]/i,
    read: (m) => [Number(m[1]), Number(m[2]), null],
  },
];

/** The publication date a URL's path carries, with the rule that read it, or null. */
export function urlDate(url: string): { value: PartialDate; by: string } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const rule of URL_DATE_RULES) {
    const m = rule.re.exec(path);
    if (!m) continue;
    const [y, mo, d] = rule.read(m);
    if (d === null) {
      if (valid(y, mo, 1)) return { value: { iso: `${y}-${pad(mo)}`, precision: 'month' }, by: rule.by };
      continue;
    }
    if (valid(y, mo, d)) return { value: { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' }, by: rule.by };
  }
  return null;
}
