/**
 * metadata: title, outlet, wire agencies, byline, dateline, language and
 * publication date, each with the rule that set it (`by`), whether the text
 * states it (`certain`) and, when read from the cleaned text, its span.
 * Header lines come from what cleaning dropped (title, byline, date,
 * outlet, copyright lines); the rest from the text. Rules live in
 * src/stages/metadata/.
 */
import type { Article, Metadata } from '../article.js';
import type { Context, Stage } from '../pipeline.js';
import { agencyByName } from './metadata/agencies.js';
import { datePart, findPlaceDateLine, readDateLine, type PlaceDateLine } from './metadata/date-line.js';
import { findDateline, type Dateline } from './metadata/dateline.js';
import { findByline, findTitle, leadStart } from './metadata/header.js';
import { detectLanguage } from './metadata/language.js';
import { findOutlet } from './metadata/outlet.js';
import { findPublished } from './metadata/published.js';
import { findWires } from './metadata/wires.js';

/** Compute the metadata of an article from its hints, dropped header lines and text. */
export function extractMetadata(article: Article, ctx: Context): Metadata {
  const lead = leadStart(article);
  const direct = findDateline(article.text, lead);
  const glued = direct ? null : gluedDateline(article.text, lead);
  const dl = direct ?? glued?.dateline ?? laterDateline(article.text, lead);
  // A page's own date is in its markup; a bare date line opening its text may be a teaser's.
  const dateLine = findPlaceDateLine(article.text, article.format !== 'html') ?? glued?.dateLine ?? null;
  const outlet = findOutlet(article, dl);
  const title = findTitle(article, outlet?.value ?? null);
  // The outlet is not its own wire: a Yonhap story citing "(Yonhap)" has no wire.
  const outletAgency = outlet ? (agencyByName(outlet.value)?.name ?? outlet.value) : null;
  const wire = findWires(article.text, article.dropped).filter((w) => w.value !== outletAgency);
  const dateline = dl
    ? { value: dl.place, by: dl.by, certain: true, span: dl.placeSpan }
    : dateLine?.place
      ? { value: dateLine.place.text, by: 'metadata/place-date-line', certain: true, span: dateLine.place }
      : headerPlace(article);
  const byline = findByline(article, outlet?.value ?? null);
  const htmlLang = article.dropped.find((d) => d.reason === 'language');
  let language: Metadata['language'] = null;
  const detected = detectLanguage(article.text);
  const declared = htmlLang && /^[a-z]{2,3}\b/i.test(htmlLang.text) ? htmlLang.text.slice(0, 2).toLowerCase() : null;
  // Templates often declare the site's default language: clear evidence from the text wins.
  if (declared && !(detected && detected.lang !== declared && detected.confidence >= 0.6))
    language = { value: declared, by: 'metadata/html-lang', certain: true };
  else if (detected) language = { value: detected.lang, by: 'metadata/stopwords', certain: false };
  const retrieved = ctx.retrieved ?? article.hints.retrieved ?? null;
  const { published, bounds } = findPublished(article, dl, retrieved, dateLine);
  const meta: Metadata = { title, outlet, wire, byline, dateline, language, published };
  if (bounds) meta.publishedBounds = bounds;
  return meta;
}

/** How far past the lead a later dateline may open: a caption or a deck is a few short lines. */
const LATER_DATELINE_CHARS = 600;

/**
 * `metadata/later-dateline`: a dateline that opens one of the next two paragraphs (after a caption or a deck kept
 * in the text), only in its unmistakable forms: an upper-case place or an agency credit.
 */
function laterDateline(text: string, lead: number): ReturnType<typeof findDateline> {
  let at = lead;
  for (let n = 0; n < 2; n++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0 || nl - lead > LATER_DATELINE_CHARS) return null;
    at = nl + 1;
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const dl = findDateline(text, at);
    if (dl?.sure) return dl;
  }
  return null;
}

/** How far into the lead a dateline glued after a date may start. */
const GLUED_CHARS = 160;
const GLUED_LABEL = /\b(?:Updated|Published|Posted)\b/;
const GLUED_BYLINE = /^By\s+\D{2,60}$/;

/**
 * `metadata/dateline-after-date`: a dateline that a scrape glued after the story's date line, or its byline and date
 * ("Updated 9:14 AM EST, March 3, 2023 LAGOS, Nigeria (AP) — …"), only in its unmistakable forms; gives the date too.
 */
function gluedDateline(text: string, lead: number): { dateline: Dateline; dateLine: PlaceDateLine } | null {
  const head = text.slice(lead, lead + GLUED_CHARS + 40);
  if (!/\d/.test(head.slice(0, GLUED_CHARS))) return null;
  for (const m of head.matchAll(/\s(?=\p{Lu}{2})/gu)) {
    if (m.index > GLUED_CHARS) break;
    const prefix = head.slice(0, m.index);
    if (prefix.includes('\n')) return null;
    const label = prefix.search(GLUED_LABEL);
    if (label > 0 && !GLUED_BYLINE.test(prefix.slice(0, label).trim())) continue;
    const read = datePart(prefix.slice(Math.max(label, 0)).trim());
    if (!read) continue;
    const dl = findDateline(text, lead + m.index + 1);
    if (!dl?.sure) continue;
    const line = { start: lead, end: lead + m.index, text: prefix };
    return { dateline: { ...dl, by: 'metadata/dateline-after-date' }, dateLine: { line, date: read.date } };
  }
  return null;
}

/** The place of a dropped header line that reads "Place | Updated: date", or null. */
function headerPlace(article: Article): Metadata['dateline'] {
  for (const d of article.dropped) {
    if (d.reason !== 'header' && d.reason !== 'date') continue;
    const place = readDateLine(d.text)?.place;
    if (place) return { value: place, by: 'metadata/place-date-line', certain: true };
  }
  return null;
}

/** The metadata stage. */
export const metadataStage: Stage = {
  name: 'metadata',
  needs: ['text', 'dropped'],
  gives: ['meta'],
  run(article: Article, ctx: Context) {
    article.meta = extractMetadata(article, ctx);
  },
};
