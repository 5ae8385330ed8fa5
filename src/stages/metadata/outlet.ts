/**
 * The outlet that published the article: hints, a header line
 * (`• The Independent`, og:site_name), a self-reference in the text
 * (`Business Insider contacted NATO … for comment`), the URL's site, and
 * last a copyright line (`(C) Yonhap News Agency`).
 */
import type { Article, Valued } from '../../article.js';
import { AGENCIES, agencyByName, knownOutlet, siteName } from './agencies.js';
import type { Dateline } from './dateline.js';
import { mastheadCore, mastheadWithSubtitle } from '../clean/line-rules.js';

const SELF_REF: RegExp[] = [
  // "Business Insider contacted NATO and the UK Ministry of Defence for comment."
  /(?:^|[.!?]\s+|\n)((?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\s+(?:has\s+)?(?:contacted|reached out to|asked|approached|emailed)\s[^.\n]{1,120}?\bfor (?:comment|a response|a statement)\b/g,
  // "… did not immediately respond to Business Insider's request for comment"
  /\b(?:respond|responded|reply|replied) to\s+((?:The\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})['’]s?\s+(?:request|requests|inquiry|inquiries)\b/g,
];
const NOT_OUTLET =
  /^(?:The\s+)?(?:He|She|They|We|It|Police|Officials?|Authorities|Reporters?|Journalists?|This|That|A|An|The)$/;

const SHORT_AGENCY = new Set(AGENCIES.flatMap((a) => a.short));

/** A masthead as a name: "THE CHRONICLE STANDARD" reads "The Chronicle Standard"; mixed case stays. */
function mastheadName(line: string): string {
  const t = mastheadCore((mastheadWithSubtitle(line.trim()) ?? line).trim());
  if (t !== t.toUpperCase()) return t;
  // Short words without a vowel are acronyms ("COAST FM ONLINE" reads "Coast FM Online").
  // An agency's short name stays upper case ("AP NEWS" reads "AP News").
  return t.replace(/\p{L}[\p{L}'’]*/gu, (w) =>
    (w.length <= 3 && !/[AEIOUY]/.test(w)) || SHORT_AGENCY.has(w) ? w : w[0]! + w.slice(1).toLowerCase(),
  );
}

/** A copyright holder: `(C) Yonhap News Agency`, `© 2024 The Associated Press`, `Copyright 2024 Foo Media.` */
export function copyrightHolder(line: string): string | null {
  const m =
    /(?:©|\([Cc]\)|\b[Cc]opyright\b)\s*(?:[Cc]opyright\s+)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(?:©\s*)?((?:[Tt]he\s+)?[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5})/.exec(
      line,
    );
  if (!m) return null;
  const name = m[1]!
    .replace(/\.\s*$/, '')
    .replace(/\s+All$/, '')
    .replace(/\s+(?:All Rights Reserved|Inc|Ltd|LLC|Co)\.?$/i, '')
    .trim();
  return name || null;
}

export function findOutlet(article: Article, dateline: Dateline | null = null): Valued<string> | null {
  const hint = article.hints.outlet?.trim();
  if (hint) return { value: hint, by: 'metadata/hint', certain: true };
  const line = article.dropped.find((d) => d.reason === 'outlet');
  if (line && line.by === 'clean/masthead')
    return { value: mastheadName(line.text), by: 'metadata/masthead', certain: true };
  if (line)
    return {
      value: line.text.replace(/^[•·\s]+/, '').trim(),
      by: line.by === 'clean/outlet-line' ? 'metadata/outlet-line' : 'metadata/html-meta',
      certain: true,
    };
  // "Los Angeles (CNN) —": a credit that is not a wire agency is the outlet's own.
  if (dateline?.credit && !agencyByName(dateline.credit)) {
    const start = dateline.span.text.indexOf(dateline.credit);
    return {
      value: knownOutlet(dateline.credit) ?? dateline.credit,
      by: 'metadata/dateline-credit',
      certain: false,
      span: { start, end: start + dateline.credit.length, text: dateline.credit },
    };
  }
  // Header lines naming a known outlet: "BBC News, Benghazi", "By Jane Okafor, CNN".
  for (const d of article.dropped) {
    if (d.reason !== 'header' && d.reason !== 'byline') continue;
    const credit = d.reason === 'header' ? creditLineOutlet(d.text) : null;
    if (credit) return { value: credit, by: 'metadata/credit-line', certain: true };
    for (const part of d.text.split(/\s*[,|•·–—]\s*|\s+-\s+/)) {
      const name = knownOutlet(part.replace(/^by\s+/i, ''));
      if (name) return { value: name, by: `metadata/${d.reason}-outlet`, certain: false };
    }
  }
  // `metadata/standards-footer`: "Our Standards: The Thomson Reuters Trust Principles." names the agency.
  for (const d of article.dropped) {
    if (!/^our (?:editorial )?standards\b/i.test(d.text)) continue;
    const agency = AGENCIES.find((a) => a.names.some((n) => new RegExp(`\\b${n}\\b`).test(d.text)));
    if (agency) return { value: agency.name, by: 'metadata/standards-footer', certain: true };
  }
  const text = article.text;
  for (const re of SELF_REF) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]!.trim();
      if (NOT_OUTLET.test(name)) continue;
      const start = m.index + m[0].indexOf(name);
      return {
        value: name,
        by: 'metadata/self-reference',
        certain: false,
        span: { start, end: start + name.length, text: name },
      };
    }
  }
  const url = article.url ?? article.hints.url;
  const site = url ? siteName(url) : null;
  if (site?.known) return { value: site.name, by: 'metadata/url-site', certain: true };
  for (const d of article.dropped) {
    if (d.reason !== 'copyright') continue;
    const holder = copyrightHolder(d.text);
    if (!holder) continue;
    // A copyright naming an agency on a page with no other outlet: the agency published it.
    const agency = agencyByName(holder);
    return { value: agency?.name ?? holder, by: 'metadata/copyright', certain: false };
  }
  // A name read from an unknown domain is the weakest guess: a mirror's domain names no outlet.
  if (site) return { value: site.name, by: 'metadata/url-domain', certain: false };
  return null;
}

/** A header line that is only a credit in brackets, `(Newsroom Daily)`, names the outlet unless it is an agency. */
export function creditLineOutlet(line: string): string | null {
  const m = /^\(([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})\)\s*[-–—:]?$/.exec(line.trim());
  if (!m || agencyByName(m[1]!)) return null;
  return knownOutlet(m[1]!) ?? m[1]!;
}
