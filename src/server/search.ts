/**
 * Search over everything a reader looks for: numbers in any spelling ("12000",
 * "12,000", "12k", "1.5 million") found by the values claims state, words by
 * the store's full-text search over documents and claims (by word stems),
 * quotations and figure labels by the stem of each word as a substring. Each
 * hit carries its outlet, date and value.
 * Names given to filters (a source, a speaker) are resolved to entity ids
 * through names and aliases.
 */
import type { Store, Page, PageQuery } from '../store/store.js';
import type { ClaimRecord, EntityRecord } from '../records.js';
import type { DocBrief } from './views.js';
import { valueWords } from '../vocabulary/bound-words.js';

/** One hit of GET /api/search. */
export interface SearchResult {
  kind: 'document' | 'claim' | 'quote' | 'figure';
  id: string;
  /** The document to open (null for a figure). */
  document: string | null;
  title: string | null;
  /** Text with the match between [ and ]. */
  snippet: string;
  score: number;
  outlet: string | null;
  published: string | null;
  /** The value a claim states, as reported ("more than 13,000"), or a figure's best value. */
  value: string | null;
  /** Who is quoted or who the claim's source is. */
  speaker: string | null;
}

const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

/** A number written with thousands separators, or plain, with an optional decimal part and magnitude word. */
const NUMBER =
  /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|thousand|mn|million|millions|m|bn|billion|b))?(?![\p{L}\p{N}])/giu;

/** The numbers a query names, each as the value a claim would store: "12k" and "12,000" are both 12000. */
export function numbersIn(q: string): { values: number[]; rest: string } {
  const values: number[] = [];
  const rest = q.replace(NUMBER, (_m, whole: string, frac: string | undefined, mult: string | undefined) => {
    const n =
      Number(`${whole.replace(/,/g, '')}${frac ? `.${frac}` : ''}`) * (mult ? MULTIPLIER[mult.toLowerCase()]! : 1);
    if (Number.isFinite(n)) values.push(Math.round(n * 1e6) / 1e6);
    return ' ';
  });
  return { values: [...new Set(values)], rest: rest.replace(/\s+/g, ' ').trim() };
}

/** "around 600", "more than 13,000", "200–300": a claim's value as reported, a bound in its own words. */
export function claimValue(
  c: Pick<ClaimRecord, 'value' | 'low' | 'high' | 'approximate'> & { text?: string },
): string | null {
  return valueWords(c, (n) => n.toLocaleString('en-US'));
}

/** The evidence with the claim's number between [ and ]. */
function markedEvidence(c: ClaimRecord): string {
  const s = c.numberStart - c.evidenceStart;
  const e = c.numberEnd - c.evidenceStart;
  const t = c.evidence.replace(/[[\]]/g, '');
  if (!(s >= 0 && e <= c.evidence.length && s < e) || t.length !== c.evidence.length) return t;
  return `${t.slice(0, s)}[${t.slice(s, e)}]${t.slice(e)}`;
}

/** Endings cut from a query word, longest first, each keeping a stem of at least 4 letters. */
const ENDINGS = ['ations', 'ation', 'ings', 'ions', 'ing', 'ion', 'ies', 'ied', 'ed', 'es', 'ly', 'e', 's', 'y'];

/**
 * The part of a word its inflections share, lower case: "evacuate", "evacuated" and "evacuating" all contain
 * "evacuat", so quotations and labels are matched by it as a substring (the full text of the stores stems too).
 */
export function wordStem(word: string): string {
  const w = word.toLowerCase();
  for (const end of ENDINGS) if (w.length - end.length >= 4 && w.endsWith(end)) return w.slice(0, -end.length);
  return w;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The text with the first occurrence of `stem`, to the end of its word, between [ and ]. */
function markStem(text: string, stem: string): string {
  const t = text.replace(/[[\]]/g, '');
  const lower = t.toLowerCase();
  // Lower case of a few letters changes length, and then positions would not match.
  const i = lower.length === t.length ? lower.indexOf(stem) : -1;
  if (i < 0 || t.length !== text.length) return t;
  let e = i + stem.length;
  while (e < t.length && WORD_CHAR.test(t[e]!)) e++;
  return `${t.slice(0, i)}[${t.slice(i, e)}]${t.slice(e)}`;
}

/** Hits looked at per kind before paging: a page is 50, and a reader never pages past the first few hundred. */
const PER_KIND = 200;

/** Everything matching `q`, best first, paged. */
export async function searchAll(
  store: Store,
  q: string,
  page: PageQuery,
  doc: (id: string) => Promise<DocBrief | null>,
): Promise<Page<SearchResult>> {
  const limit = page.limit ?? 50;
  const offset = page.offset ?? 0;
  const { values, rest } = numbersIn(q);
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const phrase = words.join(' ');
  const stems = words.map(wordStem);
  const hasAll = (text: string) => {
    const lower = text.toLowerCase();
    return stems.every((st) => lower.includes(st));
  };
  // The longest stem narrows the store's substring filters; the others are checked here.
  const longest = [...stems].sort((a, b) => b.length - a.length)[0] ?? '';
  const hits: SearchResult[] = [];
  const seen = new Set<string>();
  const add = (h: SearchResult) => {
    const key = `${h.kind}:${h.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push(h);
  };
  const none = { outlet: null, published: null, title: null };
  // A number found as a stated value ranks first; more so when the sentence also has the words.
  for (const v of values) {
    const claims = await store.listClaims({ value: v, limit: PER_KIND });
    for (const c of claims.items) {
      const all = hasAll(c.evidence);
      add({
        kind: 'claim',
        id: c.id,
        document: c.document,
        snippet: markedEvidence(c),
        score: 100 + (all ? 50 : 0),
        value: claimValue(c),
        speaker: c.sourceName ?? c.source,
        ...none,
      });
    }
  }
  if (words.length) {
    // A name or an alias of a source or speaker ("the CPA"): the claims it gave and its quotes, worded any way.
    const entity = await entityNamed(store, phrase);
    if (entity) {
      for (const c of (await store.listClaims({ source: entity.id, limit: PER_KIND })).items)
        add({
          kind: 'claim',
          id: c.id,
          document: c.document,
          snippet: markedEvidence(c),
          score: 80,
          value: claimValue(c),
          speaker: c.sourceName ?? c.source,
          ...none,
        });
      for (const quote of (await store.listQuotes({ speaker: entity.id, limit: PER_KIND })).items)
        add({
          kind: 'quote',
          id: quote.id,
          document: quote.document,
          snippet: quote.text.replace(/[[\]]/g, ''),
          score: 40,
          value: null,
          speaker: quote.speakerName ?? quote.speaker,
          ...none,
        });
    }
    const found = await store.search(phrase, { limit: PER_KIND * 2 });
    for (const h of found.items) add({ ...h, outlet: null, published: null, value: null, speaker: null });
    const quotes = await store.listQuotes({ text: longest, limit: PER_KIND });
    for (const quote of quotes.items) {
      if (!hasAll(quote.text)) continue;
      add({
        kind: 'quote',
        id: quote.id,
        document: quote.document,
        snippet: markStem(quote.text, longest),
        score: 20,
        value: null,
        speaker: quote.speakerName ?? quote.speaker,
        ...none,
      });
    }
    // Labels word by word: "evacuate people" finds "People evacuated".
    const figures = await store.listFigureBriefs({ q: longest, limit: PER_KIND });
    for (const f of figures.items) {
      if (!hasAll(f.label)) continue;
      add({
        kind: 'figure',
        id: f.id,
        document: null,
        title: f.label,
        snippet: f.headline?.reason ?? '',
        score: 60,
        outlet: null,
        published: f.headline?.asOf ?? null,
        value: f.headline?.text ?? null,
        speaker: f.headline?.sources.join(', ') || null,
      });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  // Outlet, date and a claim's value are read for the page shown only.
  const items = hits.slice(offset, offset + limit);
  const claimsOf = new Map<string, Promise<ClaimRecord[]>>();
  for (const h of items) {
    if (!h.document) continue;
    const d = await doc(h.document);
    h.outlet = d?.outlet ?? null;
    h.published = d?.published ?? null;
    h.title ??= d?.title ?? null;
    if (h.kind === 'claim' && h.value === null) {
      let list = claimsOf.get(h.document);
      if (!list)
        claimsOf.set(h.document, (list = store.listClaims({ document: h.document, limit: 5000 }).then((p) => p.items)));
      const c = (await list).find((x) => x.id === h.id);
      if (c) {
        h.value = claimValue(c);
        h.speaker = c.sourceName ?? c.source;
      }
    }
  }
  return { items, total: hits.length, limit, offset };
}

/** Normalised for comparing names: case and accents folded. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The entity whose name or one of whose aliases is `text` exactly (case and accents folded), or null. */
async function entityNamed(store: Store, text: string): Promise<EntityRecord | null> {
  const want = fold(text);
  if (want.length < 2) return null;
  const page = await store.listEntities({ q: text, limit: 50 });
  return page.items.find((e) => fold(e.name) === want || e.aliases.some((a) => fold(a) === want)) ?? null;
}

/**
 * The entity id a filter names: the id itself, or an entity whose name or alias is the text
 * (case and accents aside), else the single entity whose name contains it; otherwise the text as given.
 */
export async function resolveEntity(store: Store, name: string): Promise<string> {
  const page = await store.listEntities({ q: name, limit: 50 });
  const want = fold(name);
  const exact = page.items.find(
    (e) => e.id === name || fold(e.name) === want || e.aliases.some((a) => fold(a) === want),
  );
  if (exact) return exact.id;
  return page.items.length === 1 ? page.items[0]!.id : name;
}
