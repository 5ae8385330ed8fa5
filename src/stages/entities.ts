/**
 * Entities: people, organisations, countries and places, each resolved to
 * one canonical entity within the article, with every mention as a span.
 *
 * 1. Gazetteer aliases (countries with demonyms and capitals as metonyms,
 *    agencies with country-qualified descriptors, news agencies, plus
 *    `ctx.config.gazetteer`); weak aliases only where a strong one occurs.
 * 2. Capitalised runs outside the gazetteer, typed from their context
 *    (entities/people.ts); "Long Name (ABBR)" makes ABBR an alias.
 * 3. People grouped by a spelling-tolerant key; later surname-only and
 *    `Mr./Justice X` references linked to the nearest full name.
 */
import type { Article, Entity, EntityType, Mention } from '../article.js';
import type { Context, Stage } from '../pipeline.js';
import { buildIndex, matchGazetteer } from './entities/match.js';
import {
  HONORIFICS,
  SURNAME_FIRST,
  STOP,
  SUFFIXES,
  TITLES,
  isCap,
  nameKey,
  orgWord,
  slug,
  textTokens,
  wordKey,
  type Token,
} from './entities/names.js';
import { appositiveRole, classify, findRuns, roleStart } from './entities/people.js';

/** `entities/org/carrier-lead`: "Air Kenya said …" opening a sentence is the airline, not the country. */
const CARRIER_LEAD = /^Air$/;
const COUNTRY_COMPASS = /^(?:North|South|East|West|New)$/;

interface Draft {
  key: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  roles: Set<string>;
}

/**
 * The alias index depends only on the configured gazetteer, so it is built once per gazetteer array
 * (a cache of a pure function, never mutated): rebuilding it was half of this stage's time.
 */
const indexCache = new WeakMap<object, ReturnType<typeof buildIndex>>();
/**
 * A worker thread gets a copy of the context (and its gazetteer) with every
 * message, so copies are also found by their content, among the last few seen.
 */
const byContent = new Map<string, ReturnType<typeof buildIndex>>();
const BY_CONTENT_MAX = 8;
const NO_EXTRA: ReadonlyArray<{ name: string; type: string; aliases: string[] }> = [];
function indexFor(
  extra: ReadonlyArray<{ name: string; type: string; aliases: string[] }>,
): ReturnType<typeof buildIndex> {
  if (!extra.length) extra = NO_EXTRA;
  let index = indexCache.get(extra);
  if (index) return index;
  const key = JSON.stringify(extra);
  index = byContent.get(key);
  if (!index) {
    index = buildIndex(extra);
    if (byContent.size >= BY_CONTENT_MAX) byContent.delete(byContent.keys().next().value!);
    byContent.set(key, index);
  }
  indexCache.set(extra, index);
  return index;
}

/** Find entities and mentions in `text` (sentence starts help tell names from openers). */
export function findEntities(
  text: string,
  sentenceStarts: ReadonlySet<number>,
  ctx?: Context,
): { entities: Entity[]; mentions: Mention[] } {
  const tokens = textTokens(text);
  const index = indexFor(ctx?.config?.gazetteer ?? NO_EXTRA);
  const gaz = matchGazetteer(text, tokens, index);
  const strongPresent = new Set(gaz.filter((g) => !g.weak).map((g) => g.entry));

  const covered = new Uint8Array(tokens.length);
  const gazAt = new Uint8Array(tokens.length);
  const kept = gaz.filter((g) => {
    if (g.weak && !strongPresent.has(g.entry)) return false;
    const entry = index.entries[g.entry]!;
    // "Jim Jordan", "George Washington": a one-word country/capital right after a name word is part of the name.
    if (g.to - g.from === 1 && entry.type === 'country' && g.from > 0) {
      const p = tokens[g.from - 1]!;
      // "New Mexico", "West Bank": a compass word before a one-word country makes another name.
      if (COUNTRY_COMPASS.test(p.norm) && text.slice(p.end, tokens[g.from]!.start) === ' ') return false;
      if (
        isCap(p.norm) &&
        !STOP.has(p.lower) &&
        !TITLES.has(p.lower) &&
        !gazAt[g.from - 1] &&
        text.slice(p.end, tokens[g.from]!.start) === ' ' &&
        (!sentenceStarts.has(p.start) || CARRIER_LEAD.test(p.norm))
      )
        return false;
    }
    // "Swiss Re", "Spanish Red Cross": a one-word country name opening a longer name is part of it.
    if (g.to - g.from === 1 && entry.type === 'country' && g.to < tokens.length) {
      const n = tokens[g.to]!;
      const ln = n.lower;
      const role = TITLES.has(tokens[g.to + 1]?.lower ?? ''); // "Russian Defence Minister"
      // "Italian Marta Bellini": two more capitalised words with no organisation word are a person's name.
      const n2 = tokens[g.to + 1];
      const person =
        !!n2 && isCap(n2.norm) && !orgWord(ln) && !orgWord(n2.lower) && text.slice(n.end, n2.start) === ' ';
      if (
        !role &&
        !person &&
        isCap(n.norm) &&
        !STOP.has(ln) &&
        !TITLES.has(ln) &&
        /^\p{Ll}/u.test(n.norm.slice(1) || 'a') &&
        text.slice(tokens[g.from]!.end, n.start) === ' ' &&
        !sentenceStarts.has(n.start)
      )
        return false;
    }
    // entities/org/of-name: "the State Department of Health and Human Services": a listed body whose last word is an
    // organisation word and that runs on with "of" and a capitalised word is part of a longer name.
    if (
      entry.type === 'organization' &&
      g.to + 1 < tokens.length &&
      orgWord(tokens[g.to - 1]!.lower) &&
      tokens[g.to]!.norm === 'of' &&
      isCap(tokens[g.to + 1]!.norm) &&
      text.slice(tokens[g.to - 1]!.end, tokens[g.to + 1]!.start) === ' of '
    )
      return false;
    // entities/org/of-the-country: "the Civil Aviation Authority of the Philippines": a country named with "the" after
    // a body's "of" ends the body's name; a government keeps its country apart ("the Government of the Netherlands").
    if (
      entry.type === 'country' &&
      g.from >= 3 &&
      tokens[g.from - 1]!.norm === 'the' &&
      tokens[g.from - 2]!.norm === 'of' &&
      orgWord(tokens[g.from - 3]!.lower) &&
      isCap(tokens[g.from - 3]!.norm) &&
      tokens[g.from - 3]!.lower !== 'government' &&
      !gazAt[g.from - 3] &&
      text.slice(tokens[g.from - 3]!.end, tokens[g.from]!.start) === ' of the '
    )
      return false;
    // entities/org/high-commissioner: "the UN High Commissioner for Refugees", "the Office of the UN High
    // Commissioner for Human Rights": the office is named whole, not the body that opens it.
    if (
      g.to + 1 < tokens.length &&
      tokens[g.to]!.norm === 'High' &&
      /^Commissioner(?:'s)?$/.test(tokens[g.to + 1]!.norm) &&
      text.slice(tokens[g.to - 1]!.end, tokens[g.to]!.start) === ' '
    )
      return false;
    for (let k = g.from; k < g.to; k++) {
      covered[k] = 1;
      gazAt[k] = 1;
    }
    return true;
  });

  const drafts = new Map<string, Draft>();
  const mentions: Mention[] = [];
  const draftFor = (key: string, name: string, type: EntityType): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = { key, name, type, aliases: new Set(), roles: new Set() };
      drafts.set(key, d);
    }
    return d;
  };
  const push = (d: Draft, start: number, end: number, by: string, certain: boolean, role?: string) => {
    const surface = text.slice(start, end);
    if (surface !== d.name) d.aliases.add(surface);
    if (role) d.roles.add(role);
    // The role set after, not spread: the same keys in the same order, without the slow copy of a spread.
    const mention: Mention = { start, end, text: surface, entity: d.key, type: d.type, by: `entities/${by}`, certain };
    if (role) mention.role = role;
    mentions.push(mention);
  };

  const runs = findRuns(text, tokens, covered, sentenceStarts);
  const singles = new Map<string, number>();
  for (const r of runs)
    if (r.to - r.from === 1) {
      const k = wordKey(tokens[r.from]!.norm);
      singles.set(k, (singles.get(k) ?? 0) + 1);
    }
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!isCap(t.norm)) lowerWords.add(t.norm);
  for (const r of runs)
    classify(
      text,
      tokens,
      r,
      sentenceStarts.has(r.start),
      (w) => (singles.get(wordKey(w)) ?? 0) > 0,
      (w) => lowerWords.has(w) || STOP.has(w),
    );
  // "France's Ministry of the Armed Forces", "New Zealand's Ministry of Health": a country's or a state's own
  // organisation is named with its owner (entities/org/possessive-owner).
  const owned = new Set<number>();
  // "the World Health Organization's Regional Office": an organisation's unit is named with its owner
  // (entities/org/owner-org).
  const ownerRuns = new Map<number, (typeof runs)[number]>();
  for (const x of runs)
    // A one-word owner ("Verisk's Property Claim Services") may be a company no list knows; never a person.
    if (x.type === 'place' || x.type === 'country' || (x.type !== 'person' && (x.to - x.from === 1 || x.type)))
      ownerRuns.set(x.to, x);
  const absorbed = new Set<(typeof runs)[number]>();
  for (const r of runs) {
    if (r.type !== 'organization' || r.from < 2 || tokens[r.from - 1]!.norm !== "'s") continue;
    const o = gazAt[r.from - 2] ? undefined : ownerRuns.get(r.from - 1);
    if (o && o !== r && o.end === tokens[r.from - 1]!.start && text.slice(tokens[r.from - 1]!.end, r.start) === ' ') {
      absorbed.add(o);
      // A country's body is named without its owner, as the keys list it ("Ministry of Health", not "Chile's …"); a
      // state's keeps it ("Ohio's Department of Health"), as does a firm's unit.
      if (o.type === 'country') r.nameStart = r.start;
      r.start = o.start;
      r.why = o.type === 'organization' ? 'owner-org' : 'possessive-owner';
      continue;
    }
    if (!gazAt[r.from - 2]) continue;
    const g = kept.find(
      (x) =>
        x.to === r.from - 1 &&
        (index.entries[x.entry]!.type === 'country' ||
          index.entries[x.entry]!.type === 'place' ||
          (x.to - x.from > 1 && index.entries[x.entry]!.type === 'organization')),
    );
    if (!g || g.end !== tokens[r.from - 1]!.start || text.slice(tokens[r.from - 1]!.end, r.start) !== ' ') continue;
    owned.add(g.start);
    if (index.entries[g.entry]!.type === 'country') r.nameStart = r.start;
    r.start = g.start;
    r.why = 'possessive-owner';
  }
  for (const g of kept) {
    if (owned.has(g.start)) continue;
    const entry = index.entries[g.entry]!;
    push(
      draftFor(`gaz:${entry.name}`, entry.name, entry.type),
      g.start,
      g.end,
      g.weak ? 'gazetteer-weak' : 'gazetteer',
      !g.weak,
    );
  }

  // "Long Name (ABBR)": the acronym is an alias of the long name.
  const acronyms = new Map<string, string>();
  const orgEnds = new Map<number, string>();
  for (const g of kept) orgEnds.set(g.end, `gaz:${index.entries[g.entry]!.name}`);
  for (const x of runs) {
    if (x.to - x.from < 2 || x.type === 'person' || x.type === 'place') continue;
    // A name defined with an acronym ("… Municipal Employees (AFSCME)") is an organisation.
    if (
      x.type !== 'organization' &&
      text.slice(x.end, x.end + 2) === ' (' &&
      /^[A-Z]{2,6}\)/.test(text.slice(x.end + 2, x.end + 9))
    ) {
      x.type = 'organization';
      x.why = 'acronym-defined';
    }
    if (x.type === 'organization') orgEnds.set(x.end, `org:${nameKey(text.slice(x.start, x.end))}`);
  }
  const longAt = (end: number): string | null => orgEnds.get(end) ?? null;
  for (const r of runs) {
    if (r.to - r.from !== 1 || !/^[A-Z]{2,6}$/.test(tokens[r.from]!.norm)) continue;
    if (text[r.start - 1] !== '(' || text[r.end] !== ')' || text[r.start - 2] !== ' ') continue;
    const owner = longAt(r.start - 2);
    if (owner) acronyms.set(tokens[r.from]!.norm, owner);
  }

  // "the Nordic Agency for Flood Safety … the NAFS": an acronym spelling the initials of an organisation named
  // before it is an alias of that name (entities/org/initials).
  const longOrgs = runs.filter((x) => x.type === 'organization' && x.to - x.from >= 3);
  if (longOrgs.length)
    for (const r of runs) {
      if (r.to - r.from !== 1) continue;
      const word = tokens[r.from]!.norm;
      if (!/^[A-Z]{3,6}$/.test(word) || acronyms.has(word)) continue;
      for (const x of longOrgs) {
        if (x.end >= r.start) break;
        let initials = '';
        for (let k = x.from; k < x.to; k++) if (/^\p{Lu}/u.test(tokens[k]!.norm)) initials += tokens[k]!.norm[0];
        if (initials.includes(word)) {
          acronyms.set(word, `org:${nameKey(text.slice(x.start, x.end))}`);
          break;
        }
      }
    }

  const roleOf = (from: number): string | undefined => {
    const rs = roleStart(text, tokens, from, (i) => gazAt[i] === 1);
    if (rs < 0) return undefined;
    let end = tokens[from - 1]!.end;
    if (text[end] === '.') end++;
    const role = text.slice(tokens[rs]!.start, end).replace(/\s+/g, ' ');
    return /^(?:mr|mrs|ms|miss|dr)\.?$/i.test(role) ? undefined : role;
  };

  // People with full names first, so that surnames can link to them.
  interface Person {
    key: string;
    surnames: Set<string>;
    at: number[];
  }
  const people: Person[] = [];
  const personRuns = runs.filter((r) => r.type === 'person' && r.to - r.from > 1);
  const bySurname = new Map<string, Person[]>();
  const personByKey = new Map<string, Person>();
  /** Per surname, the person introduced first (news style gives them the bare surname). */
  const firstBySurname = new Map<string, Person>();
  const addSurname = (s: string, p: Person, at: number) => {
    const list = bySurname.get(s);
    if (list) list.push(p);
    else bySurname.set(s, [p]);
    const first = firstBySurname.get(s);
    if (!first || (first.at[0] ?? Infinity) > at) firstBySurname.set(s, p);
  };
  for (const r of personRuns) {
    const surface = text.slice(r.start, r.end).replace(/\s+/g, ' ');
    const key = `person:${nameKey(surface)}`;
    let d = drafts.get(key);
    // Same surname and compatible first name ("Anthony M. Kennedy" / "Anthony Kennedy") share the key already.
    if (!d) d = draftFor(key, surface, 'person');
    let role = roleOf(r.from);
    const appo = appositiveRole(text, r.end);
    if (!role && appo) role = text.slice(appo.start, appo.end);
    push(d, r.start, r.end, `person/${r.why}`, r.certain, role);
    let p = personByKey.get(key);
    if (!p) {
      const words = tokens.slice(r.from, r.to).filter((w) => !(w.norm.length === 1) && !SUFFIXES.has(w.lower));
      const surnames = new Set<string>();
      if (words.length) surnames.add(wordKey(words[words.length - 1]!.norm));
      if (words.length && SURNAME_FIRST.has(words[0]!.lower)) surnames.add(wordKey(words[0]!.norm));
      p = { key, surnames, at: [] };
      people.push(p);
      personByKey.set(key, p);
      for (const s of surnames) addSurname(s, p, r.start);
    }
    p.at.push(r.start);
  }
  // Coordinated names share a plural role: "lawmakers Park Sunwon and Lee Seong Kweun".
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1]!;
    if (
      m.type === 'person' &&
      !m.role &&
      prev.type === 'person' &&
      prev.role &&
      /^\s+and\s+$/.test(text.slice(prev.end, m.start))
    ) {
      const role = /s$/.test(prev.role) ? prev.role.replace(/s$/, '') : prev.role;
      m.role = role;
      drafts.get(m.entity)?.roles.add(role);
    }
  }

  const nearestPerson = (w: string): Person | null => {
    // News style gives the bare surname to the person introduced first ("Trump" after
    // "Donald Trump" and "Melania Trump"); the others get first names.
    return firstBySurname.get(wordKey(w)) ?? null;
  };

  for (const r of runs) {
    if ((r.type === 'person' && r.to - r.from > 1) || absorbed.has(r)) continue;
    const single = r.to - r.from === 1 || (r.to - r.from === 2 && SUFFIXES.has(tokens[r.from + 1]!.lower));
    const word = tokens[r.from]!.norm;
    if (single && acronyms.has(word)) {
      const key = acronyms.get(word)!;
      const d = drafts.get(key);
      if (d) {
        push(d, r.start, r.end, 'acronym', true);
        continue;
      }
    }
    // "Chief Fire Officer Dev Rao": a word before a capitalised title is part of the role, not a surname.
    const nextTok = tokens[r.to];
    const beforeTitle = !!nextTok && isCap(nextTok.norm) && TITLES.has(nextTok.lower);
    if (single && !beforeTitle) {
      const p = nearestPerson(word);
      if (p) {
        push(drafts.get(p.key)!, r.start, r.end, 'person/surname', false, roleOf(r.from));
        continue;
      }
      if (r.type === 'person') {
        const prev = tokens[r.from - 1];
        const key = `person:${nameKey(word)}`;
        const d = draftFor(key, text.slice(r.start, r.end), 'person');
        push(
          d,
          r.start,
          r.end,
          'person/honorific',
          true,
          prev && HONORIFICS.has(prev.lower) ? roleOf(r.from) : undefined,
        );
        const p2: Person = { key, surnames: new Set([wordKey(word)]), at: [r.start] };
        people.push(p2);
        personByKey.set(key, p2);
        addSurname(wordKey(word), p2, r.start);
        continue;
      }
      if (r.type === 'organization') {
        const d = draftFor(`org:${nameKey(word)}`, word, 'organization');
        push(d, r.start, r.end, 'org/acronym', false);
      }
      continue;
    }
    if (r.type === 'organization' || r.type === 'place' || r.type === 'other') {
      const start = r.start;
      const surface = text.slice(r.nameStart ?? start, r.end).replace(/\s+/g, ' ');
      const prefix = r.type === 'organization' ? 'org' : r.type;
      // "Nordic Rail Inc." is Nordic Rail: a legal-form suffix is not part of the canonical name.
      const name = r.type === 'organization' ? surface.replace(/,? (?:Inc|Corp|Ltd|LLC|Plc|plc|PLC)\.?$/, '') : surface;
      const d = draftFor(`${prefix}:${nameKey(name)}`, name, r.type);
      push(d, start, r.end, `${r.type === 'organization' ? 'org' : r.type}/${r.why}`, r.certain);
    }
  }

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Ids: slugs of canonical names; merge drafts whose slugs collide.
  const idOf = new Map<string, string>();
  const entities = new Map<string, Entity>();
  for (const d of drafts.values()) {
    const id = slug(d.name);
    idOf.set(d.key, id);
    const e = entities.get(id);
    if (e) {
      for (const a of d.aliases) if (!e.aliases.includes(a) && a !== e.name) e.aliases.push(a);
      for (const r of d.roles) if (!e.roles.includes(r)) e.roles.push(r);
    } else entities.set(id, { id, name: d.name, type: d.type, aliases: [...d.aliases], roles: [...d.roles] });
  }
  const used = new Set<string>();
  for (const m of mentions) {
    m.entity = idOf.get(m.entity) ?? m.entity;
    used.add(m.entity);
  }
  return { entities: [...entities.values()].filter((e) => used.has(e.id)), mentions };
}

export const entitiesStage: Stage = {
  name: 'entities',
  needs: ['text', 'sentences'],
  gives: ['entities', 'mentions'],
  run(article: Article, ctx: Context) {
    const starts = new Set(article.sentences.map((s) => s.start));
    const { entities, mentions } = findEntities(article.text, starts, ctx);
    article.entities = entities;
    article.mentions = mentions;
  },
};

export type { Token };
