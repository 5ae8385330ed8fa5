/**
 * Title and byline, from hints and the header lines cleaning dropped.
 */
import type { Article, Valued } from '../../article.js';
import { agencyByName } from './agencies.js';
import { BYLINE_BY, BYLINE_LABEL, datedBylineName } from '../clean/line-rules.js';
import { datePart, readDateLine } from './date-line.js';
import { DATE_LABEL_WORDS } from '../../vocabulary/date-labels.js';
import { MONTH_SHORT } from '../../vocabulary/calendar.js';

// Wire slugs and update tags at the start or end of a headline.
const SLUG_HEAD =
  /^(?:\((?:\d{1,2}(?:st|nd|rd|th) LD|LEAD|URGENT|UPDATE\s*\d*|\d(?:ST|ND|RD|TH) UPDATE|WRAP|FOCUS|NEWS FOCUS|News Focus|Yonhap Feature|EXCLUSIVE|BREAKING|Interview|PROFILE|ANALYSIS|EDITORIAL|Editorial|OFFICIAL|FACTBOX|Factbox|EXPLAINER|Explainer|CORRECTED|REFILE|WRAPUP[^()]{0,10})[^()]{0,20}\)\s*)+|^(?:UPDATE \d+|BREAKING|EXCLUSIVE|UPDATED|WATCH|LIVE)\s*[:-]\s*/;
const SLUG_TAIL = /\s*\((?:Update \d+|UPDATE \d+|LEAD|URGENT|corrected|CORRECTED)\)\s*$/;

/** A headline without wire slugs. */
export function stripSlugs(title: string): string {
  return title.replace(SLUG_HEAD, '').replace(SLUG_TAIL, '').trim();
}

/** `Story title - Site Name` / `Story title | Site`: drop the site part when it is the outlet or short. */
function stripSiteSuffix(title: string, outlet: string | null): string {
  const m = /^(.{15,}?)\s+(?:[|\-–—•:]{1,2})\s+([^|\-–—•]{2,40})$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.trim();
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]/g, '');
  if ((outlet && norm(tail) === norm(outlet)) || tail.split(/\s+/).length <= 3) return m[1]!.trim();
  return title;
}

/** Where the story starts in `article.text`: after a headline kept as the first paragraph. */
export function leadStart(article: Article): number {
  const h = article.headline;
  if (!h || h.start !== 0 || article.text.slice(h.start, h.end) !== h.text) return 0;
  let i = h.end;
  while (i < article.text.length && /\s/.test(article.text[i]!)) i++;
  return i;
}

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function findTitle(article: Article, outlet: string | null): Valued<string> | null {
  const head =
    article.headline && article.text.slice(article.headline.start, article.headline.end) === article.headline.text
      ? article.headline
      : null;
  const hint = article.hints.title?.trim();
  if (hint) {
    const value = stripSlugs(hint);
    // The headline line of the text, when it is the hinted title, is where the title was read.
    return head && fold(stripSlugs(head.text)) === fold(value)
      ? { value, by: 'metadata/hint', certain: true, span: { ...head } }
      : { value, by: 'metadata/hint', certain: true };
  }
  // The headline cleaning kept as the first paragraph of the text.
  // A first line that only dates the story ("First published on Wed 5 March 2025") is no headline.
  if (head && !readDateLine(head.text) && !datePart(head.text.trim())) {
    const value = stripSlugs(head.text);
    if (value) return { value, by: 'metadata/headline', certain: true, span: { ...head } };
  }
  const order = ['clean/title', 'clean/json-ld', 'clean/html-meta', 'clean/html-title', 'clean/title-repeat'];
  const rank = (by: string) => (order.indexOf(by) + order.length + 1) % (order.length + 1);
  const titles = article.dropped.filter((d) => d.reason === 'title');
  titles.sort((a, b) => rank(a.by) - rank(b.by));
  const d = titles[0];
  if (d) {
    let value = stripSlugs(d.text);
    if (d.by === 'clean/html-title') value = stripSiteSuffix(value, outlet);
    if (value)
      return { value, by: d.by === 'clean/title' ? 'metadata/title-line' : 'metadata/html-title', certain: true };
  }
  // An HTML page whose body starts with its headline: the first heading-like line is not known here; leave unknown.
  return null;
}

const BYLINE_DATE = new RegExp(
  `\\s+(?=(?:(?:first|last)\\s+)?(?:${DATE_LABEL_WORDS})\\b|(?:${MONTH_SHORT.join('|')})[a-z]{0,6}\\.?\\s+\\d)`,
  'i',
);

// "Jane Roe in Quito and agencies": where the story was filed and the agencies that helped are no part of the name.
const FILED_FROM =
  /(?<=\p{L})\s+in\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}(?:\s+(?:and|&)\s+(?:agencies|agency reports))?$/u;

/** `metadata/byline-agency-tail`: "JANE ROE Associated Press" (a wire byline without a comma) is Jane Roe's. */
function withoutAgencyTail(s: string): string {
  const w = s.split(/\s+/);
  for (let k = Math.min(4, w.length - 2); k >= 1; k--) {
    if (agencyByName(w.slice(w.length - k).join(' '))) return w.slice(0, w.length - k).join(' ');
  }
  return s;
}

/** The person(s) of a byline line, or null for agency/staff credits. */
export function bylineName(line: string): string | null {
  let s = line.trim();
  const korean = /^([^\d/|]{1,40}?)\s*[/|]\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}/u.exec(s);
  if (korean) s = korean[1]!;
  if (/https?:\/\/|www\.|@\w+\.\w/.test(s)) return null; // a profile link, not a name
  const dated = datedBylineName(s);
  if (dated > 0) s = s.slice(dated);
  s = s
    .replace(BYLINE_BY, '')
    .replace(/[,;]\s*$/, '')
    .trim();
  if (/^via\b/i.test(s)) return null;
  s = s.replace(BYLINE_LABEL, '').replace(FILED_FROM, '');
  // A date run on after the name ("By Jane Roe March 3, 2023", "By Jane Roe Published March 3") is not the name.
  s = s.split(BYLINE_DATE)[0]!.trim();
  // metadata/posted-on: "Posted by Jane Roe on 12 May 2025": the "on" of the date is no part of the name.
  s = s.replace(/\s+on(?:\s+\d{1,2})?$/, '');
  // "Jane Doe, Associated Press" / "Jane Doe | Reuters" / "Jane Doe - Staff writer"
  s = s.split(/\s*[|,•]\s*|\s+[-–—]\s+/)[0]!.trim();
  s = withoutAgencyTail(s);
  if (!s || s.length > 80) return null;
  if (
    agencyByName(s) ||
    /\b(?:staff|news ?wire|newsroom|editorial|desk|agency|agencies|reporters?|correspondents?|news|media|press)\b/i.test(
      s,
    )
  )
    return null;
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

export function findByline(article: Article, outlet: string | null = null): Valued<string> | null {
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  for (const d of article.dropped) {
    if (d.reason !== 'byline') continue;
    const name = bylineName(d.text);
    // A site that names itself as the author ("Al-Bawaba") has no byline.
    if (name && outlet && norm(name) === norm(outlet)) continue;
    if (name)
      return {
        value: name,
        by: d.by.startsWith('clean/html') || d.by === 'clean/json-ld' ? 'metadata/html-author' : 'metadata/byline-line',
        certain: true,
      };
  }
  return null;
}
