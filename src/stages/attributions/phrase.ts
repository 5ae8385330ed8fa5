/**
 * Source phrases around a cue: the subject before it ("NIS director Cho
 * Tae-yong told"), the phrase after it ("said Lee", "according to lawmakers
 * Park Sunwon and Lee Seong Kweun", "citing information from Seoul's spy
 * agency"), and their resolution to entities through the article's mentions.
 */
import type { Attribution, Entity, Mention } from '../../article.js';
import { TITLES, tokenize, type Token } from '../entities/names.js';
import { givenGender } from '../entities/given-gender.js';
import { FIRM_HEADS, NOT_NAME, itSubject, type ArticleSentence } from './subject-org.js';
import {
  BETWEEN,
  DOCUMENT_NOUNS,
  DOCUMENT_PARTICIPLES,
  GENERIC_HEADS,
  LAY_PEOPLE,
  NON_SPEAKERS,
  ORG_HEADS,
  OWNED_DOCUMENTS,
  NP_STOP,
  PRONOUNS,
  SPOKESPERSON,
  TIME_WORDS,
} from './lexicon.js';
import { CALENDAR_NAMES_PATTERN } from '../../vocabulary/calendar.js';
import { numberWordPattern } from '../../vocabulary/number-words.js';

export interface Scope {
  text: string;
  /** Mentions sorted by start. */
  mentions: Mention[];
  entities: Map<string, Entity>;
  /** Mentions per entity id. */
  counts?: Map<string, number>;
  /** Memo for the organisation a person speaks for, per article. */
  affiliations?: Map<string, { entity: string; name: string } | null>;
  /** Memo for role lookups ("the mayor"), per article. */
  roleCache?: Map<string, Entity | null>;
  /** Gender known from honorifics (Mr./Ms./Mrs.), per entity id. */
  gender?: Map<string, 'm' | 'f'>;
  /** true for an offset inside a quotation (people named there are not who "he" is). */
  inQuote?: (offset: number) => boolean;
  /** The article's sentences, sorted by start (where "it" looks for its organisation). */
  sentences?: readonly ArticleSentence[];
  /** Memo for the organisation "it" stands for, per offset: the subject finder and the resolver ask the same. */
  itSubjects?: Map<number, Attribution | null>;
}

/** Possessives of an organisation before the figures it keeps ("its own records"). */
const POSSESSIVES = new Set(['its', 'their']);
const POSSESSIVE_BEFORE = /\b(?:its|their)\s+$/i;
/** Figures kept by their owner, never a speaker without one: "its records", "their estimate" (a named register is). */
const OWNED_FIGURES = new Set(['records', 'estimate', 'estimates']);

/** The organisation "it" at `at` stands for ({@link itSubject}), read once per offset. */
function itOrg(scope: Scope, at: number): Attribution | null {
  const memo = scope.itSubjects;
  const known = memo?.get(at);
  if (known !== undefined) return known;
  const found = itSubject(scope.text, scope.sentences ?? [], scope.mentions, at);
  memo?.set(at, found);
  return found;
}

export interface Phrase {
  start: number;
  end: number;
}

/** Punctuation in the gap between two tokens that ends a phrase. */
function hardGap(text: string, a: Token, b: Token): boolean {
  // Within a sentence a ". " gap follows an abbreviation ("Maj. Gen."), so periods do not end a phrase.
  return /[,;:()[\]"“”—–]|\s-{1,2}\s|\n/.test(text.slice(a.end, b.start));
}

/** A kin word right before a name ("her son", "his wife,"): group 1 male, group 2 female. */
const KIN_BEFORE =
  /\b(?:(son|husband|father|brother|grandson|grandfather|nephew|uncle|boyfriend|stepson|stepfather)|(daughter|wife|mother|sister|granddaughter|grandmother|niece|aunt|girlfriend|stepdaughter|stepmother)),? $/i;

/** Gender per person entity from the honorifics written before its mentions. */
export function genders(text: string, mentions: readonly Mention[]): Map<string, 'm' | 'f'> {
  const out = new Map<string, 'm' | 'f'>();
  const people = mentions.filter((m) => m.type === 'person');
  for (const m of people) {
    const before = text.slice(Math.max(0, m.start - 5), m.start);
    if (/\bMr\.? $/.test(before)) out.set(m.entity, 'm');
    else if (/\bM(?:s|rs)\.? $/.test(before)) out.set(m.entity, 'f');
    else {
      // attributions/gender-kin: "her son Tom Reyes", "his wife, Ana Ruiz,": the kin word gives the gender.
      const kin = KIN_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
      if (kin) out.set(m.entity, kin[1] ? 'm' : 'f');
    }
  }
  // entities/person/given-gender: a known given name outweighs the next pronoun, which may be about someone else
  // ("Nadia Perez asked the minister why he …").
  for (const m of people) {
    // A lone word may be a surname ("Omar" for Ilhan Omar): a given name opens only a mention of two words or more.
    if (out.has(m.entity) || !/\s/.test(m.text.trim())) continue;
    const g = givenGender(m.text);
    if (g) out.set(m.entity, g);
  }
  // attributions/gender-pronoun: else the first pronoun after the name, before any other person is named
  // ("…, Ana Ruiz, said. Her son …"); bounded to 160 characters.
  for (let i = 0; i < people.length; i++) {
    const m = people[i]!;
    if (out.has(m.entity)) continue;
    const next = people[i + 1];
    const after = text.slice(m.end, Math.min(m.end + 160, next && next.entity !== m.entity ? next.start : Infinity));
    // A pronoun after a quotation mark may be anyone's ("“…,” he said"): only the narrative before it counts.
    const mark = after.search(/["“”]/);
    const p = /\b(?:(he|his|him)|(she|her|hers))\b/i.exec(mark >= 0 ? after.slice(0, mark) : after);
    if (p) out.set(m.entity, p[1] ? 'm' : 'f');
  }
  return out;
}

/** Mentions overlapping [start, end). */
export function mentionsIn(scope: Scope, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  let lo = 0;
  let hi = scope.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scope.mentions[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  // Mentions sorted by start; those ending after `start` may start before it (overlaps are rare).
  for (let i = Math.max(0, lo - 3); i < scope.mentions.length; i++) {
    const m = scope.mentions[i]!;
    if (m.start >= end) break;
    if (m.end > start && m.start < end) out.push(m);
  }
  return out;
}

/** Participles of a poll before its pollster: `economists polled by Reuters`, `analysts surveyed by Bloomberg`. */
const POLL_PARTICIPLES = new Set(['polled', 'surveyed', 'questioned', 'canvassed', 'interviewed']);

/**
 * When the phrase ending at token `k` is a pollster after "polled by" (`… polled by Reuters`), the token before the
 * participle; else `k`. At most three words of the pollster's name.
 */
function pollsterSkipped(text: string, toks: Token[], k: number): number {
  for (let b = k; b >= Math.max(1, k - 3); b--) {
    if (hardGap(text, toks[b]!, toks[b + 1] ?? toks[b]!) && b < k) return k;
    if (toks[b]!.lower !== 'by') continue;
    if (!POLL_PARTICIPLES.has(toks[b - 1]!.lower) || b === k) return k;
    return b - 2 >= 0 ? b - 2 : k;
  }
  return k;
}

/** Words that open a short phrase before a sentence's subject: "In a statement it said", "On Tuesday it said". */
const OPENERS = new Set(['in', 'on', 'at', 'later', 'earlier', 'separately', 'afterwards', 'then']);

/**
 * attributions/subject-org (an opener): "it" after a short opening phrase with no comma is the sentence's subject as
 * much as after one: at most three words, the first a capitalised opener, none of them a verb of speech.
 */
function openerBefore(text: string, toks: Token[], end: number): boolean {
  if (end > 3 || !OPENERS.has(toks[0]!.lower) || !/^\p{Lu}/u.test(toks[0]!.norm)) return false;
  for (let j = 0; j < end; j++) if (SPEECH.has(toks[j]!.lower) || hardGap(text, toks[j]!, toks[j + 1]!)) return false;
  return true;
}

/** The subject phrase ending right before token `c` (skipping "has", "recently", "on Friday"), or null. */
export function subjectBefore(scope: Scope, toks: Token[], c: number, acrossComma = false): Phrase | null {
  const { text } = scope;
  let k = c - 1;
  // Skip adverbs, auxiliaries and a time phrase between subject and cue.
  while (
    k >= 0 &&
    !hardGap(text, toks[k]!, toks[k + 1]!) &&
    (BETWEEN.has(toks[k]!.lower) || (TIME_WORDS.has(toks[k]!.lower) && !/^(?:in|this|last)$/.test(toks[k]!.lower)))
  )
    k--;
  // "Pyongyang in April confirmed", "The NIS on Friday said": skip a time phrase.
  if (
    k >= 1 &&
    !hardGap(text, toks[k]!, toks[k + 1]!) &&
    CALENDAR_NAME.test(toks[k]!.norm) &&
    /^(?:in|on)$/.test(toks[k - 1]!.lower)
  )
    k -= 2;
  // attributions/document-participle: "Documents released on Friday showed", "Records filed Tuesday say": the
  // participle after a document noun belongs to the subject.
  if (
    k >= 1 &&
    DOCUMENT_PARTICIPLES.has(toks[k]!.lower) &&
    DOCUMENT_NOUNS.has(toks[k - 1]!.lower) &&
    !hardGap(text, toks[k - 1]!, toks[k]!)
  )
    k--;
  // attributions/polled-by: "Economists polled by Reuters expected": the ones polled speak, not the pollster.
  k = pollsterSkipped(text, toks, k);
  if (k < 0) return null;
  // attributions/relative-antecedent: "The clinic, which on Monday reported 20": the noun before ", which" speaks.
  if (k > 0 && /^(?:which|who)$/.test(toks[k]!.lower) && /,/.test(text.slice(toks[k - 1]!.end, toks[k]!.start)))
    return subjectBefore(scope, toks, k, true);
  // "The Maryland Transit Board (MTB) said": the acronym in brackets belongs to the name before it.
  if (k > 0 && text[toks[k]!.start - 1] === '(' && text[toks[k]!.end] === ')' && /^[A-Z]{2,8}$/.test(toks[k]!.norm)) {
    const inner = subjectBefore(scope, toks, k, true);
    return inner ? { start: inner.start, end: toks[k - 1]!.end } : null;
  }
  if (!acrossComma && hardGap(text, toks[k]!, toks[k + 1]!)) return null;
  k = speakerBeforeEvent(text, toks, k);
  const end = k;
  let from = scanBack(text, toks, end);
  // attributions/subject-org: "…, it said", "It said": the pronoun alone, after a comma or opening the sentence.
  if (
    from > end &&
    toks[end]!.lower === 'it' &&
    (end === 0 || hardGap(text, toks[end - 1]!, toks[end]!) || openerBefore(text, toks, end)) &&
    itOrg(scope, toks[end]!.start)
  )
    return { start: toks[end]!.start, end: toks[end]!.end };
  if (from > end) return null;
  // "Three aides briefed on the plan said": a modified source runs back over its preposition.
  if (
    from >= 2 &&
    /^(?:with|on|to)$/.test(toks[from - 1]!.lower) &&
    MODIFIERS.has(toks[from - 2]!.lower) &&
    !hardGap(text, toks[from - 2]!, toks[from - 1]!)
  ) {
    from = scanBack(text, toks, from - 2);
  }
  // attributions/spokesperson-for: "a spokesman for the port authority said": the role and its body are one subject.
  if (
    from >= 2 &&
    /^(?:for|of)$/.test(toks[from - 1]!.lower) &&
    SPOKESPERSON.has(toks[from - 2]!.lower) &&
    !hardGap(text, toks[from - 2]!, toks[from - 1]!) &&
    !hardGap(text, toks[from - 1]!, toks[from]!)
  ) {
    from = Math.min(from - 2, scanBack(text, toks, from - 2));
  }
  // attributions/relative-subject: "A charity that runs the city's largest shelter said", "the man who led the rescue
  // said": the noun before a relative clause with no comma speaks, not the clause's object.
  if (
    from >= 2 &&
    from < end &&
    /^(?:that|who)$/.test(toks[from - 1]!.lower) &&
    /^\p{Ll}+$/u.test(toks[from]!.norm) &&
    RELATIVE_HEADS.has(toks[from - 2]!.lower) &&
    !hardGap(text, toks[from - 2]!, toks[from - 1]!) &&
    !hardGap(text, toks[from - 1]!, toks[from]!)
  ) {
    const h = scanBack(text, toks, from - 2);
    if (h <= from - 2) return { start: toks[h]!.start, end: toks[from - 2]!.end };
  }
  // "Officials in Manila said", "authorities from the region": the generic head before its place is the subject.
  // attributions/located-near: "A hospital near the stadium said": a place near which it stands does not speak.
  const head = toks[from - 2];
  if (
    head &&
    from >= 2 &&
    /^(?:in|from|at|inside|near)$/.test(toks[from - 1]!.lower) &&
    locatedHead(head.norm, from - 2 === 0 || hardGap(text, toks[from - 3]!, head)) &&
    !hardGap(text, head, toks[from - 1]!) &&
    !hardGap(text, toks[from - 1]!, toks[from]!)
  ) {
    from = Math.min(from - 2, scanBack(text, toks, from - 2));
  }
  // "An estimated 4,000", "the reported 12": a lone determiner makes the cue a hedge on a number, not a speaker's verb.
  if (from === end && LONE_DETERMINERS.has(toks[end]!.lower)) return null;
  // "drew an estimated 80,000": an article right before the cue makes it a hedge whatever stands before.
  if (HEDGE_ARTICLES.has(toks[end]!.lower)) return null;
  // attributions/cue-noun: "the previous estimate of 256,000", "an earlier report": a cue after an article (or
  // possessive) and an adjective of order is a noun, and the adjective no speaker.
  if (ORDER_ADJECTIVES.has(toks[end]!.lower) && end > 0 && NOUN_MARKERS.has(toks[end - 1]!.lower)) return null;
  // attributions/number-subject: "the 160,000 economists expected", "short of the 1.8% analysts forecast": a
  // number in the phrase is what was expected, so the phrase names no speaker (and "000 economists" none at all).
  for (let i = from; i <= end; i++) if (DIGITS.test(toks[i]!.norm)) return null;
  // attributions/denied-report: "The ministry denied media reports that …": the cue is a noun, and who denies it
  // is the subject.
  if (DENIAL_VERBS.has(toks[from]!.lower) && from > 0) {
    // "The airline has dismissed union claims": the subject stands before the auxiliary.
    let k = from - 1;
    while (k > 0 && BETWEEN.has(toks[k]!.lower) && !hardGap(text, toks[k]!, toks[k + 1]!)) k--;
    if (hardGap(text, toks[k]!, toks[k + 1]!)) return null;
    const head = scanBack(text, toks, k);
    return head <= k ? { start: toks[head]!.start, end: toks[k]!.end } : null;
  }
  let last = end;
  for (let i = from + 1; i <= end; i++)
    if (DENIAL_VERBS.has(toks[i]!.lower)) {
      last = i - 1;
      break;
    }
  const start = toks[from]!.start;
  return { start, end: toks[last]!.end };
}

/** Nouns that may speak before a relative clause ("a charity that runs …", "the man who led …"). */
const RELATIVE_HEADS = new Set([
  ...GENERIC_HEADS,
  ...ORG_HEADS,
  ...LAY_PEOPLE,
  ...['man', 'woman', 'men', 'women', 'nonprofit', 'association', 'coalition', 'foundation', 'network', 'watchdog'],
]);

/** Where something is said: "in an interview", "in a statement", "in its report". */
const EVENT_NOUNS = new Set(
  (
    'interview interviews statement letter speech briefing call post tweet video email conference testimony filing ' +
    'message address remarks report hearing podcast broadcast'
  ).split(' '),
);

/**
 * `attributions/speaker-in-event`: "Garvey in a radio interview said", "the council in its report said": the last
 * token of the speaker before "in" and the event, when the phrase ending at `k` is such an event; else `k`.
 */
function speakerBeforeEvent(text: string, toks: Token[], k: number): number {
  if (!EVENT_NOUNS.has(toks[k]!.lower)) return k;
  let j = scanBack(text, toks, k);
  if (j > 0 && /^(?:its|his|her|their)$/.test(toks[j - 1]!.lower) && !hardGap(text, toks[j - 1]!, toks[j]!)) j--;
  if (j < 2 || toks[j - 1]!.lower !== 'in') return k;
  if (hardGap(text, toks[j - 2]!, toks[j - 1]!) || hardGap(text, toks[j - 1]!, toks[j]!)) return k;
  return j - 2;
}

/** A place named with its unit of government in lower case: "Ostland prefecture", "Brega city". */
const PLACE_UNIT =
  /^(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s(?:prefecture|province|county|city|region|district|municipality|state|town|village)(?:\s(?:government|officials|authorities|office))?$/u;

/** Words of count or recency before a generic source, not part of its name: "additional records", "the new poll". */
const COUNT_WORDS =
  /^(?:the\s+|a\s+|an\s+)?(?:(?:additional|further|other|more|new|newly|recently|latest|recent)\s+(?:(?:filed|released|unsealed|disclosed|published)\s+)?)+/i;

/** A count or quantifier and at most two words before the head (`Three men`, `several young mothers`). */
const COUNTED_PEOPLE = new RegExp(
  `^(?:${numberWordPattern((v) => v >= 2 && v <= 10)}|several|some|many|dozens of|a few|\\d{1,3})` +
    `\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}]+$`,
  'iu',
);

/** People named by what they are, not what they do (`men`, `women`), who may speak when counted. */
const PERSON_NOUNS = new Set(['men', 'women', 'people', 'teenagers', 'mothers', 'fathers', 'boys', 'girls']);

/** A body named by its work after its parent's name (`U.N. refugee agency`, `EU border mission`). */
const SUB_BODY =
  /^\s+(?:[\p{Ll}'’-]+\s+){0,2}?(?:agency|mission|programme|program|commission|committee|office|fund)(?=$|[\s,])/u;

/** The place a body works in (` in South Sudan`): up to three capitalised words. */
const BODY_PLACE = /^\s+(?:in|for)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}/u;

/**
 * attributions/org-body: "the U.N. refugee agency", "the UN mission in South Sudan": a body of an organisation
 * named by what it does is its own source, not the organisation whose name it opens with.
 */
function orgBody(text: string, orgs: Mention[], end: number): { name: string } | null {
  for (const m of orgs) {
    if (m.type !== 'organization') continue;
    const body = SUB_BODY.exec(text.slice(m.end, end));
    if (!body) continue;
    const bodyEnd = m.end + body[0].length;
    // `the UN refugee agency UNHCR`: the body's own name after it is the source.
    if (orgs.some((o) => o.start >= bodyEnd && /^\s*$/.test(text.slice(bodyEnd, o.start)))) return null;
    // `the U.N. mission in South Sudan`: a place after the body belongs to its name, past the phrase's end too.
    const place = BODY_PLACE.exec(text.slice(bodyEnd, bodyEnd + 40));
    return { name: text.slice(m.start, place ? bodyEnd + place[0].replace(/\.$/, '').length : bodyEnd) };
  }
  return null;
}

/** A generic source kept as said, without its article and count words ("Additional records" → "records"). */
function genericName(surface: string): string {
  const bare = surface.replace(COUNT_WORDS, '');
  // "New Delhi police" keeps its place: only lower-case words may follow the count words.
  // "its manifest": the owner is the ship or firm named before; the document keeps its own name.
  const name =
    bare && bare !== surface && /^\p{Ll}/u.test(bare) ? bare : surface.replace(/^(?:the|a|an|its|their)\s+/i, '');
  return name.replace(OWNER_NOUN, '');
}

/** attributions/owner-noun: "the country's health ministry" is the health ministry; the owner names no one. */
const OWNER_NOUN =
  /^(?:country|nation|state|city|region|province|county|government|island|kingdom|republic)['’]s\s+(?=\p{Ll})/u;

/** Articles that make the cue after them an adjective (`an estimated`, `the reported`). */
const HEDGE_ARTICLES = new Set(['a', 'an', 'the']);

/** A token of digits only: a piece of a written number ("12-member" is a word). */
const DIGITS = /^\d+$/;

/** Adjectives of order or stage that make the cue after them a noun ("the initial count"). */
const ORDER_ADJECTIVES = new Set([
  'previous',
  'earlier',
  'initial',
  'original',
  'preliminary',
  'prior',
  'first',
  'latest',
  'revised',
  'new',
  'early',
  'final',
  'last',
  'second',
  'official',
  'updated',
]);

/** Words before an adjective of order that mark a noun phrase: articles and possessives. */
const NOUN_MARKERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** Determiners that are never a source on their own. */
const LONE_DETERMINERS = new Set(['a', 'an', 'the', 'some', 'any', 'this', 'that', 'these', 'those', 'every', 'each']);

/** Plural heads of unnamed sources that a place may follow ("officials in Manila"). */
const LOCATED_HEADS = new Set([
  'source',
  'official',
  'officials',
  'authorities',
  'police',
  'officers',
  'sources',
  'investigators',
  'prosecutors',
  'rescuers',
  'doctors',
  'residents',
  'lawmakers',
  'leaders',
]);

/**
 * A body described in lower case before its place ("the disaster office in Kerala"): a capital makes a name.
 * attributions/located-body: an institution too ("the clinic in Harrow", "the embassy in Lima").
 */
const LOCATED_BODIES = new Set([
  ...['hospital', 'clinic', 'embassy', 'consulate', 'school', 'prison', 'jail', 'airport', 'university', 'college'],
  'office',
  'department',
  'ministry',
  'agency',
  'service',
  'authority',
  'bureau',
  'commission',
  'council',
  'directorate',
  'command',
]);

/** Capitalised words right after a place, joined by "and", "of", "for" or "&": the rest of an organisation's name. */
const PLACE_NAME_RUN =
  /^ (\p{Lu}[\p{Ll}]+(?:'s)?(?: (?:and|of|for|&) \p{Lu}[\p{L}'’-]*| \p{Lu}[\p{L}'’-]*){0,5})(?![\p{L}'’-])/u;
/** A month or weekday name, as written (`April`, `Friday`). */
const CALENDAR_NAME = new RegExp(`^(?:${CALENDAR_NAMES_PATTERN})$`);
/** Words after a place that start no name ("U.S. President", "France on Monday"). */
const NOT_NAME_WORD = new RegExp(
  `^(?:President|Prime|Minister|Secretary|Gov|Sen|Rep|Mayor|${CALENDAR_NAMES_PATTERN})\\b`,
);

/**
 * attributions/…/place-in-name: "U.S. Customs and Border Protection", "the UK Met Office": a place opening a
 * capitalised
 * name that runs over the phrase's last mention is part of the organisation's name, not the speaker.
 */
function placeInName(scope: Scope, ms: Mention[], limit: number, by: string): Attribution | null {
  const last = ms[ms.length - 1];
  for (const m of ms) {
    if (m.type !== 'country' && m.type !== 'place') continue;
    const run = PLACE_NAME_RUN.exec(scope.text.slice(m.end, Math.min(limit, m.end + 120)));
    if (!run || NOT_NAME_WORD.test(run[1]!)) continue;
    const end = m.end + run[0].length;
    if (last && last !== m && last.end > end) continue;
    const name = scope.text.slice(m.start, end);
    return { entity: null, name, span: { start: m.start, end, text: name }, by: `${by}/place-in-name`, certain: false };
  }
  return null;
}

/** Plural words that are no common noun of a source ("news", "this", "its"). */
const NOT_PLURAL_HEAD = new Set(['news', 'its', 'this', 'was', 'has', 'is', 'does', 'thus', 'various', 'previous']);

/**
 * attributions/located-generic: "Hospitals in London", "schools in the county": a plural common noun before its place
 * is
 * a qualified generic source, not the place. `first`: the word opens its phrase, so a capital need not make it a name.
 */
function locatedHead(word: string, first: boolean): boolean {
  const w = word.toLowerCase();
  if (LOCATED_HEADS.has(w) || LOCATED_BODIES.has(word)) return true;
  if (!first && word !== w) return false;
  return /^\p{Ll}{3,}[^s]s$/u.test(w) && !NOT_PLURAL_HEAD.has(w) && !NON_SPEAKERS.has(w);
}

/**
 * Words after which a source phrase runs on through a preposition ("familiar with", "briefed on", "representing … in").
 */
const MODIFIERS = new Set([
  'familiar',
  'briefed',
  'close',
  'knowledgeable',
  'representing',
  'involved',
  'working',
  'speaking',
]);

/**
 * `attributions/spokesperson-for`: "a spokeswoman for the Harlow Port Authority", "the ministry's spokesperson",
 * "Kessler Freight's spokesman": an unnamed spokesperson with the body spoken for (group 1 after "for"/"of", group 2
 * the possessor).
 */
const SPOKESPERSON_FOR =
  /^(?:(?:an?|the)\s+spokes(?:man|woman|person)\s+(?:for|of)\s+(\S.*)|(\S.*?)['’]s?\s+spokes(?:man|woman|person))$/iu;

/** Verbs of denial before a report noun ("denied media reports", "rejected claims"): the subject ends before them. */
const DENIAL_VERBS = new Set([
  'denied',
  'denies',
  'deny',
  'rejected',
  'rejects',
  'dismissed',
  'dismisses',
  'disputed',
  'disputes',
]);

/** The first token of the noun phrase ending at token `end`, scanning back to a stop word or punctuation. */
/** Verbs of saying that no subject phrase runs back over. */
const SPEECH = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted']);

function scanBack(text: string, toks: Token[], end: number): number {
  let j = end;
  let count = 0;
  while (j >= 0) {
    const t = toks[j]!;
    const lt = t.lower;
    // attributions/name-of: "the Bureau of Labor Statistics", "Ministry of Health of Peru": "of" between capitals is in
    // the name; attributions/name-for: so is "for" ("the National Agency for Disaster Management").
    const joins =
      (lt === 'and' || ((lt === 'of' || lt === 'for') && j > 1)) &&
      j > 0 &&
      /^\p{Lu}/u.test(toks[j - 1]!.norm) &&
      /^\p{Lu}/u.test(toks[j + 1]?.norm ?? '') &&
      !hardGap(text, toks[j - 1]!, t);
    if (NP_STOP.has(lt) && !joins) break;
    // "The agency said 40 countries reported cases": a report inside reported content has no subject of its own.
    if (j < end && SPEECH.has(lt)) return end + 1;
    if (++count > 14) break;
    if (j > 0 && hardGap(text, toks[j - 1]!, t)) {
      j--;
      break;
    }
    j--;
  }
  return j + 1;
}

/** The phrase starting at token `i` (after "said", "according to", "citing"), or null. */
export function phraseAfter(scope: Scope, toks: Token[], i: number, limit = 12, modifiers = true): Phrase | null {
  const { text } = scope;
  if (i >= toks.length) return null;
  let j = i;
  let count = 0;
  let modifier = false;
  while (j < toks.length) {
    const t = toks[j]!;
    const lt = t.lower;
    const capNext = /^\p{Lu}/u.test(toks[j + 1]?.norm ?? '');
    // "according to WHO": an acronym is a name, not the stop word it spells.
    const stop = NP_STOP.has(lt) && !(t.norm.length > 1 && t.norm === t.norm.toUpperCase());
    // "people familiar with the matter", "a group representing farm towns in Ohio": the modifier is part of the source.
    if (modifiers && MODIFIERS.has(lt)) modifier = true;
    const modified = modifier && j > i && /^(?:with|on|to|in|of)$/.test(lt) && !NP_STOP.has(toks[j - 1]!.lower);
    // attributions/spokesperson-for: "said a spokeswoman for the port authority": the body belongs to the phrase.
    const spokenFor = j > i && (lt === 'for' || lt === 'of') && SPOKESPERSON.has(toks[j - 1]!.lower);
    if (j > i && stop && !modified && !spokenFor && !(lt === 'and' && capNext)) break;
    // `…/owned-document`: "according to its manifest": the document speaks, whoever owns it.
    const ownedDoc =
      j === i &&
      (lt === 'its' || lt === 'their') &&
      (DOCUMENT_NOUNS.has((toks[j + 1] ?? t).lower) || DOCUMENT_NOUNS.has((toks[j + 2] ?? t).lower));
    if (j === i && stop && lt !== 'the' && !ownedDoc) return null;
    if (++count > limit) break;
    if (j + 1 < toks.length && hardGap(text, t, toks[j + 1]!)) {
      j++;
      break;
    }
    j++;
  }
  if (j <= i) return null;
  let end = toks[j - 1]!.end;
  if (/^(?:Jr|Sr)$/.test(toks[j - 1]!.norm) && text[end] === '.') end++;
  return { start: toks[i]!.start, end };
}

function canonical(scope: Scope, m: Mention): string {
  return scope.entities.get(m.entity)?.name ?? m.text;
}

/** The last person mentioned before `at` (for "he said"). */
export function lastPerson(scope: Scope, at: number, type: 'person' | 'org' = 'person'): Mention | null {
  let lo = 0;
  let hi = scope.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scope.mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
    const m = scope.mentions[i]!;
    if (type === 'person' ? m.type === 'person' : m.type === 'organization') return m;
  }
  return null;
}

/**
 * For "he said": the first person named in the sentence before the pronoun,
 * else in the closest earlier sentence naming one (subjects are named first).
 */
/** "Senator Ash, who said he …": a person followed by a relative clause of speech (`…/relative-subject`). */
const RELATIVE_SPEAKER =
  /^,?\s+who\s+(?:[a-z]+\s+)?(?:said|says|told|tells|added|argued|warned|noted|insisted|wrote)\b/;

/** "For" opening a sentence or paragraph before a name: the name is the sentence's topic, not an object. */
const FRONTED_FOR = /(?:^|[.!?]["”’]?\s+|\n\s*)For\s+$/;

/** A possessive and a lower-case role apposed to a capitalised name: "'s lawyer, Peter", "'s former partner, Dan". */
const POSSESSOR_APPOSED = /^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*,\s+\p{Lu}/u;

/** "a retired nurse from Dunmore who asked not to be named": a person the text introduces without a name. */
const ANONYMOUS =
  /\b((?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:\s+(?:from|in|at|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+)?),?\s+who\s+(?:asked|declined|did\s+not\s+want|didn['’]t\s+want|requested|preferred|spoke\s+on\s+condition)\b[^.!?\n]{0,40}?\b(?:named|identified|anonymity)\b/gu;

/**
 * `…/pronoun-anonymous`: "We spoke to a retired nurse from Dunmore who asked not to be named. “…,” she said": a
 * person introduced without a name after the last one named, in this or the previous paragraph, is who "he" or
 * "she" stands for. The description, or null.
 */
function anonymousSince(text: string, at: number, since: number): string | null {
  const from = Math.max(since, at - 600);
  const window = text.slice(from, at);
  if (!window.includes(' who ') || !/named|identified|anonymity/.test(window)) return null;
  let found: RegExpExecArray | null = null;
  ANONYMOUS.lastIndex = 0;
  for (let m = ANONYMOUS.exec(window); m; m = ANONYMOUS.exec(window)) found = m;
  if (!found) return null;
  // Not past a paragraph break beyond the previous paragraph.
  if (window.slice(found.index).split(/\n\s*\n/).length > 2) return null;
  return found[1]!;
}

/** People a story introduces without a name who go on speaking as "he" or "she" (besides the lay people). */
const UNNAMED_HEADS = new Set([
  ...LAY_PEOPLE,
  ...'lawyer attorney doctor nurse engineer witness pilot paramedic miner guard firefighter'.split(' '),
]);
/**
 * A sentence opening with an unnamed person who speaks: "A lawyer for a group of 30 tenants said" (group 1: the
 * description, group 2: its head).
 */
const UNNAMED_SUBJECT =
  /(?:^|[.!?]["”’]?\s+|\n\s*)(An?\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?:\s+(?:for|from|at|of|with|in)\s+[^.!?\n,“"]{1,60}?)?)\s+(?:said|says|told|added)\b/gu;

/**
 * `…/pronoun-unnamed-subject`: "A lawyer for a group of 30 tenants said they would sue. “…,” he said": an unnamed
 * person who spoke after the last one named, in this or the previous paragraph, is who "he" or "she" stands for.
 */
function unnamedSubjectSince(text: string, at: number, since: number): string | null {
  const from = Math.max(since, at - 400);
  const window = text.slice(from, at);
  if (!window.includes('A ') && !window.includes('An ')) return null;
  let found: RegExpExecArray | null = null;
  UNNAMED_SUBJECT.lastIndex = 0;
  for (let m = UNNAMED_SUBJECT.exec(window); m; m = UNNAMED_SUBJECT.exec(window))
    if (UNNAMED_HEADS.has(m[2]!)) found = m;
  if (!found || window.slice(found.index).split(/\n\s*\n/).length > 2) return null;
  return found[1]!.replace(/^an?\s+/i, '');
}

export function subjectPerson(scope: Scope, at: number, pronoun?: string): Mention | null {
  const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  const { text } = scope;
  let lo = 0;
  let hi = scope.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (scope.mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  let best: Mention | null = null;
  for (let i = lo - 1; i >= 0 && i >= lo - 400; i--) {
    const m = scope.mentions[i]!;
    if (m.type !== 'person') continue;
    // "“Smith knew nothing,” he said": a name inside the quotation is not the speaker.
    if (scope.inQuote?.(m.start)) continue;
    const g = scope.gender?.get(m.entity);
    if (want && g && g !== want) continue;
    // An object ("along with Vice President Mike Pence", "thanking Mr. Obama") is not the subject.
    let lead = text.slice(Math.max(0, m.start - 60), m.start);
    if (m.role && lead.endsWith(`${m.role} `)) lead = lead.slice(0, lead.length - m.role.length - 1);
    if (
      /\b(?:with|to|by|from|for|against|of|on|at|about|than|over|thanking|praised|criticized|met|joined)\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?$/i.test(
        lead,
      ) &&
      // "drew the ire of Senator Ash, who said": the subject of a relative clause speaks (…/relative-subject).
      !RELATIVE_SPEAKER.test(text.slice(m.end, m.end + 40)) &&
      // attributions/fronted-for-topic: "For Mary Doyle, 71, the worst is over": a sentence's fronted topic.
      !FRONTED_FOR.test(lead)
    )
      continue;
    if (at - m.end > 3000) break;
    // attributions/possessor-apposition: "Dunn's lawyer, Peter Okoye," names the subject after the possessor.
    if (POSSESSOR_APPOSED.test(text.slice(m.end, m.end + 48))) continue;
    // The nearest person, as the subject of a relative clause, is the one the pronoun continues.
    if (!best && pronoun && RELATIVE_SPEAKER.test(text.slice(m.end, m.end + 40))) return m;
    if (best) {
      // Stop at a sentence boundary between this mention and the best so far.
      // Up to the best mention's first letter: a sentence that ends right before it ends here too.
      const between = best.start - m.end > 2000 ? '.\n' : text.slice(m.end, best.start + 1);
      if (/[.!?]["”’]?\s+["“]?\p{Lu}/u.test(between) || /\n/.test(between)) break;
    } else if (pronoun) {
      // A sentence that itself opens with the same pronoun ("He later praised Hillary Clinton")
      // has its subject further back: skip the people it names.
      const back = text.slice(Math.max(0, m.start - 300), m.start);
      const cut = Math.max(
        back.lastIndexOf('. '),
        back.lastIndexOf('\n'),
        back.lastIndexOf('.” '),
        back.lastIndexOf('." '),
      );
      const opener = back.slice(cut < 0 ? 0 : cut + 1).replace(/^[\s.”"]+/, '');
      const crossed = /[.!?]["”’]?\s|\n/.test(text.slice(m.end, Math.min(at, m.end + 2000)));
      if (crossed && cut >= 0 && new RegExp(`^${pronoun}\\b`, 'i').test(opener)) continue;
    }
    best = m;
  }
  return best;
}

/** The organisation named in a person's roles ("NIS director" → NIS), memoised per article. */
function affiliation(scope: Scope, person: string): { entity: string; name: string } | null {
  const cache = scope.affiliations;
  if (cache?.has(person)) return cache.get(person)!;
  let found: { entity: string; name: string } | null = null;
  const roles = scope.entities.get(person)?.roles ?? [];
  if (roles.length) {
    for (const e of scope.entities.values()) {
      if (e.type !== 'organization') continue;
      const names = [e.name, ...e.aliases].filter((n) => n.length > 1 && /^\p{Lu}/u.test(n));
      if (roles.some((r) => names.some((n) => r.includes(n)))) {
        found = { entity: e.id, name: e.name };
        break;
      }
    }
  }
  cache?.set(person, found);
  return found;
}

/** The person the article names most often with `role` ("lawmaker", "president"), if one stands out. */
function uniqueWithRole(scope: Scope, role: string): Entity | null {
  const root = role.replace(/s$/, '');
  if (scope.roleCache?.has(root)) return scope.roleCache.get(root)!;
  const found = scanRole(scope, root);
  scope.roleCache?.set(root, found);
  return found;
}

function scanRole(scope: Scope, root: string): Entity | null {
  // "the president" is not the vice president or a former one.
  const re = new RegExp(`(?<!\\b(?:vice|deputy|former|assistant|ex)[- ])\\b${root}s?\\b`, 'i');
  let found: Entity | null = null;
  let best = 0;
  let tie = false;
  for (const e of scope.entities.values()) {
    if (e.type !== 'person' || !e.roles.some((r) => re.test(r))) continue;
    const n = scope.counts?.get(e.id) ?? 1;
    if (n > best) {
      found = e;
      best = n;
      tie = false;
    } else if (n === best) tie = true;
  }
  return tie ? null : found;
}

const PERSON_HEADS = new Set([
  'sheriff',
  'coach',
  'manager',
  'premier',
  'chancellor',
  'captain',
  'commissioner',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'founder',
  'spokesperson',
  'superintendent',
  'inspector',
  'detective',
  'mayor',
  'lawmaker',
  'legislator',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'senator',
  'minister',
  'director',
  'secretary',
  'governor',
  'mayor',
  'chief',
  'leader',
  'president',
  'ambassador',
  'judge',
  'prosecutor',
  'lawyer',
  'attorney',
  'editor',
  'analyst',
  'aide',
  'adviser',
  'advisor',
  'official',
  'commander',
  'general',
  'economist',
  // Professions a story names its speaker by after the full name ("Dr. Amit Shah … the doctor said").
  'doctor',
  'surgeon',
  'professor',
  'researcher',
  'scientist',
  'engineer',
  'teacher',
  'nurse',
  'pilot',
]);

/** Experts of a named firm ("analysts at Nordbank"), the antecedent of "they" in the same sentence. */
const THEY_FIRM =
  /\b(?:[Aa]nalysts|[Ee]conomists|[Rr]esearchers|[Ee]xperts|[Ss]trategists|[Oo]fficials|[Ee]xecutives|[Ss]cientists)\s+(?:at|from|with)\s+(\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3})/u;

/** Heads of unnamed bodies that own figures: "the ministry's data", "the state fire agency's latest count". */
const OWNER_HEADS = new Set(
  (
    'department commission bureau institute authority authorities centre center ministry agency service office ' +
    'government police military army council committee union administration court company firm board'
  ).split(' '),
);

/** A capitalised name (an acronym or up to three capitalised words) and the figures' noun after it. */
const OWNER_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’-]*){0,2})\s+[a-z]+$/u;

/** Figures qualified by the government level or field that keeps them ("state data", "federal health figures"). */
const OWNER_ADJECTIVE =
  /^(?:the\s+)?((?:state|federal|county|city|municipal|provincial|regional|national|government|industry|hospital|police|census|ministry|agency|bureau|office|department|council|authority|commission|directorate|coastguard|customs|army)(?:\s+[a-z-]+){0,2}\s+(?:data|figures|statistics|numbers))$/;

/**
 * `…/owner-generic`: the unnamed owner of figures, kept as said ("the health ministry's data" → "health ministry"),
 * or null when the possessor is no body that reports.
 */
function genericOwner(surface: string): string | null {
  // The pattern needs a possessive; most surfaces have no apostrophe and skip its backtracking.
  if (!surface.includes("'") && !surface.includes('’')) return null;
  const m = /^(?:the\s+)?((?:[\p{L}-]+\s+){0,3}?([\p{L}-]+))['’]s\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+$/iu.exec(surface);
  if (!m) return null;
  const head = m[2]!.toLowerCase();
  return OWNER_HEADS.has(head) || ORG_HEADS.has(head) ? m[1]! : null;
}

/** A lower-case body before its document: "a police statement", "the health ministry report" (group 1: the body). */
const BODY_DOCUMENT = /^(?:the|a|an)\s+((?:[a-z-]+\s+)?([a-z-]+))\s+[a-z]+$/i;

/**
 * `…/document-owner`: "a Norvik Prison Service statement", "the ministry's statement", "a police report": the body
 * that issued the document speaks; null when no owner stands before it.
 */
function documentOwner(scope: Scope, ms: Mention[], phrase: Phrase, by: string): Attribution | null {
  const { text } = scope;
  const surface = text.slice(phrase.start, phrase.end);
  const m = ms.filter((x) => x.end < phrase.end).pop();
  // A name, its possessive and at most two words before the document ("Halden's latest annual report").
  if (m && m.type !== 'other' && /^(?:['’]s)?(?:\s+[\p{Ll}-]+){1,3}$/u.test(text.slice(m.end, phrase.end)))
    return { entity: m.entity, name: canonical(scope, m), by: `${by}/document-owner`, certain: false };
  if (ms.length) return null;
  const holder = genericOwner(surface);
  if (holder) return { entity: null, name: holder, by: `${by}/document-owner`, certain: false };
  const body = BODY_DOCUMENT.exec(surface);
  return body && OWNER_HEADS.has(body[2]!) && body[2] !== 'court'
    ? { entity: null, name: body[1]!, by: `${by}/document-owner`, certain: false }
    : null;
}

/**
 * `…/pronoun-they-subject`: the unnamed group that opens the sentence is the "they" of a later clause
 * ("Teachers unions called a rally that they said could draw 20,000"); null when none opens it.
 */
function pluralSubject(sentence: string): string | null {
  const words = sentence.trimStart().split(/\s+/, 5);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (/[^\p{L}-]/u.test(w)) return null;
    // Lay people opening the sentence ("Workers at the mill walked out") are a "they" too, as officials are, unless
    // they only qualify the head after them ("Teachers unions").
    const next = words[i + 1]?.toLowerCase() ?? '';
    const lay = LAY_PEOPLE.has(w) && !(next.endsWith('s') && GENERIC_HEADS.has(next));
    if (w.endsWith('s') && (GENERIC_HEADS.has(w) || lay))
      return words
        .slice(0, i + 1)
        .join(' ')
        .replace(/^(?:the|some)\s+/i, '');
  }
  return null;
}

/** The gap between an employer and its person: one to three lower-case words, the last a role (group 1). */
const ROLE_GAP = /^\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+$/;
/** The roles held at an employer: the titles before a name plus the trades that are no title. */
const EMPLOYER_ROLES = new Set([...TITLES, 'engineer', 'organiser', 'organizer']);
/** `Northline Rail spokeswoman …`: the text between two mentions is a role held at the first. */
const roleGap = (gap: string): boolean => EMPLOYER_ROLES.has(ROLE_GAP.exec(gap)?.[1] ?? '');

/** A demonym and the head of a firm's description ("German automaker", "Danish shipping group"). */
const DEMONYM_FIRM = new RegExp(`^\\p{Lu}[\\p{L}-]+\\s+(?:[a-z-]+\\s+)?(?:${FIRM_HEADS})$`, 'u');

/** A lower-case trade noun, then a capitalised name of one to three words that ends the phrase (group 1). */
const DESCRIPTOR_NAME =
  /\s(?:group|firm|company|insurer|lender|bank|carrier|airline|miner|maker|retailer|operator|utility|broker|giant|startup|developer|supplier|manufacturer|producer|chain)\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s\p{Lu}[\p{L}\p{N}&'’-]*){0,2})$/u;

/**
 * Resolve a phrase to attributions: each named person (or, failing that, the
 * organisation or country it names, or the generic phrase itself). Returns
 * [] when the phrase names no plausible source.
 */
export function resolve(scope: Scope, phrase: Phrase, by: string): Attribution[] {
  const { text } = scope;
  const surface = text.slice(phrase.start, phrase.end);
  const span = { start: phrase.start, end: phrase.end, text: surface };
  const ms = mentionsIn(scope, phrase.start, phrase.end);
  // "Nithya Raman and Bob Blumenfield": a name joined to a person is a person.
  const people = ms.filter(
    (m, i) =>
      m.type === 'person' ||
      (m.type === 'other' &&
        i > 0 &&
        ms[i - 1]!.type === 'person' &&
        /^\s*(?:,|,?\s+and)\s+$/.test(text.slice(ms[i - 1]!.end, m.start))),
  );
  const words = surface
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean);
  const head = words[words.length - 1] ?? '';
  // attributions/…/possessive-owner: "its own records", "their latest count": the body "its" stands for keeps them.
  const possessed =
    POSSESSIVES.has(words[0]!) || POSSESSIVE_BEFORE.test(text.slice(Math.max(0, phrase.start - 7), phrase.start));
  if (words.length <= 4 && possessed && (NON_SPEAKERS.has(head) || OWNED_FIGURES.has(head))) {
    const owner = itOrg(scope, phrase.start);
    return owner ? [{ ...owner, span, by: `${by}/possessive-owner`, certain: false }] : [];
  }
  // attributions/spokesperson-for: the body an unnamed spokesperson speaks for is the source.
  const spoken = SPOKESPERSON_FOR.exec(surface);
  if (spoken) {
    const body = spoken[1] ?? spoken[2]!;
    const start = phrase.start + (spoken[1] ? surface.length - body.length : 0);
    const srcs = resolve(scope, { start, end: start + body.length }, `${by}/spokesperson-for`);
    if (srcs.length) return srcs;
  }
  // "Officials in Manila": a generic head with its place, kept as said.
  const located = /^(.*?)\s+(?:in|from|at|inside|near)\s+\S/.exec(surface);
  const locatedWords = located ? located[1]!.split(/\s+/) : [];
  if (located && locatedHead(locatedWords[locatedWords.length - 1]!, locatedWords.length === 1)) {
    // `…/member-of-org`: "Organisers from the Tenants Union", "analysts at Nordbank": the organisation speaks.
    const org = ms[ms.length - 1];
    if (
      org &&
      org.type === 'organization' &&
      org.end === phrase.end &&
      /^\s+(?:from|at|with)\s+(?:the\s+)?$/i.test(text.slice(phrase.start + located[1]!.length, org.start))
    )
      return [{ entity: org.entity, name: canonical(scope, org), span, by: `${by}/member-of-org`, certain: false }];
    // "a reporter's source inside the camp": the possessor only says whose source it is.
    const own = /^.*['’]s\s+/.exec(located[1]!);
    const name = (own ? surface.slice(own[0].length) : surface).replace(/^(?:the|a|an)\s+/i, '');
    return [{ entity: null, name, span, by: `${by}/qualified`, certain: false }];
  }
  if (people.length) {
    const seen = new Set<string>();
    const out: Attribution[] = [];
    let employer: (typeof people)[number] | null = null;
    for (let i = 0; i < people.length; i++) {
      const p = people[i]!;
      const next = people[i + 1];
      // `attributions/employer-role-name`: "Northline Rail spokeswoman Maria Lopez": a name before a lower-case role
      // and a person is the employer the role is held at, not a second speaker.
      if (next && roleGap(text.slice(p.end, next.start))) {
        employer = p;
        continue;
      }
      if (seen.has(p.entity)) continue;
      seen.add(p.entity);
      const org = ms.filter((m) => m.type === 'organization' && m.end <= p.start).pop() ?? employer;
      employer = null;
      const aff = org ? { entity: org.entity, name: canonical(scope, org) } : affiliation(scope, p.entity);
      out.push({
        entity: p.entity,
        name: canonical(scope, p),
        span: { start: p.start, end: p.end, text: p.text },
        by,
        certain: true,
        ...(aff ? { for: aff } : {}),
      });
    }
    return out;
  }
  if (words.length === 1 && PRONOUNS.has(head)) {
    const m = subjectPerson(scope, phrase.start, head);
    const unnamed = head === 'he' || head === 'she' ? anonymousSince(scope.text, phrase.start, m?.end ?? 0) : null;
    if (unnamed) return [{ entity: null, name: unnamed, span, by: `${by}/pronoun-anonymous`, certain: false }];
    const described =
      head === 'he' || head === 'she' ? unnamedSubjectSince(scope.text, phrase.start, m?.end ?? 0) : null;
    if (described)
      return [{ entity: null, name: described, span, by: `${by}/pronoun-unnamed-subject`, certain: false }];
    return m ? [{ entity: m.entity, name: canonical(scope, m), span, by: `${by}/pronoun`, certain: false }] : [];
  }
  // "While analysts at Nordbank declined …, they projected": "they" are the experts of the firm named just before.
  if (words.length === 1 && head === 'they') {
    const before = text.slice(Math.max(0, phrase.start - 200), phrase.start);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
    const m = before.slice(cut + 1).match(THEY_FIRM);
    const group = m ? null : pluralSubject(before.slice(cut + 1));
    if (group) return [{ entity: null, name: group, span, by: `${by}/pronoun-they-subject`, certain: false }];
    // `…/pronoun-they-previous`: "Firefighters battled the blaze. “…,” they said": the group opening the sentence
    // before, when this one is only the quotation.
    if (!m && cut > 0 && /^\s*["“]/.test(before.slice(cut + 1))) {
      const prev = before.slice(0, cut);
      const pcut = Math.max(prev.lastIndexOf('. '), prev.lastIndexOf('? '), prev.lastIndexOf('\n'));
      const earlier = pcut >= 0 || phrase.start <= 200 ? pluralSubject(prev.slice(pcut + 1)) : null;
      if (earlier) return [{ entity: null, name: earlier, span, by: `${by}/pronoun-they-previous`, certain: false }];
    }
    return m
      ? [
          {
            entity: null,
            name: m[1]!,
            span: { start: phrase.start, end: phrase.end, text: surface },
            by: `${by}/pronoun-they`,
            certain: false,
          },
        ]
      : [];
  }
  if (words.length === 1 && head === 'it') {
    // attributions/subject-org: "it" is first the organisation the sentence (or the one before) is about.
    const subject = itOrg(scope, phrase.start);
    if (subject) return [{ ...subject, span }];
    const m = lastPerson(scope, phrase.start, 'org');
    return m ? [{ entity: m.entity, name: canonical(scope, m), span, by: `${by}/pronoun`, certain: false }] : [];
  }
  const singularHead = head.replace(/s$/, '');
  if (PERSON_HEADS.has(singularHead) && !/s$/.test(head)) {
    const e = uniqueWithRole(scope, singularHead);
    if (e) return [{ entity: e.id, name: e.name, span, by: `${by}/role`, certain: false }];
    // "the sheriff said": else the last person named, when the phrase is only the role.
    // "the new governor", "the acting chief": a modifier that keeps the same person.
    if (words.length <= 3 && /^(?:the\s+)?(?:(?:new|incoming|acting|interim|embattled)\s+)?\S+$/i.test(surface)) {
      const m = subjectPerson(scope, phrase.start);
      if (m && phrase.start - m.end < 1500)
        return [{ entity: m.entity, name: canonical(scope, m), span, by: `${by}/role-last-person`, certain: false }];
    }
  }
  // "the 56-year-old said": an age stands for the person last named.
  if (/^(?:the\s+)?\d+-year-old$/i.test(surface)) {
    const m = subjectPerson(scope, phrase.start);
    if (m && phrase.start - m.end < 1500)
      return [{ entity: m.entity, name: canonical(scope, m), span, by: `${by}/age`, certain: false }];
  }
  // "the latest tally", "data", "the report's chart": figures, not a speaker (an owner named before them speaks).
  // attributions/name-of: "the Bureau of Labor Statistics", "the Office for National Statistics": a name, not figures.
  const orgName = ms.length > 0 && ms[ms.length - 1]!.type === 'organization' && ms[ms.length - 1]!.end === phrase.end;
  const placed = placeInName(scope, ms, phrase.end, by);
  if (NON_SPEAKERS.has(head) && !orgName) {
    const owner = ms.filter((m) => m.type !== 'other' && m.end < phrase.end).pop();
    if (placed && owner && owner.end <= placed.span!.end) return [placed];
    if (owner)
      return [{ entity: owner.entity, name: canonical(scope, owner), span, by: `${by}/owner`, certain: false }];
    const holder = genericOwner(surface);
    if (holder) return [{ entity: null, name: holder, span, by: `${by}/owner-generic`, certain: false }];
    // attributions/…/owner-name: "LSEG data", "Refinitiv figures": a name not otherwise known owns the figures.
    // `…/owner-adjective`: "state data", "county figures": figures qualified by the level that keeps them, as said.
    const level = OWNER_ADJECTIVE.exec(surface);
    if (level) return [{ entity: null, name: level[1]!, span, by: `${by}/owner-adjective`, certain: false }];
    const owned = OWNER_NAME.exec(surface);
    return owned && !/^(?:A|An|The|This|That|These|Those|Its|Their|Our|Official|New|Latest|Such)$/.test(owned[1]!)
      ? [{ entity: null, name: owned[1]!, span, by: `${by}/owner-name`, certain: false }]
      : [];
  }
  const owner = OWNED_DOCUMENTS.has(head) && words.length <= 6 ? documentOwner(scope, ms, phrase, by) : null;
  if (owner) return [{ ...owner, span }];
  // "53-year-old Italian Marta Bellini": a name at the head after a country word is who speaks.
  const last = ms[ms.length - 1];
  if (
    last &&
    last.type === 'other' &&
    last.end === phrase.end &&
    ms.length > 1 &&
    /^\p{Lu}\S+(?: \p{Lu}\S+){1,3}$/u.test(last.text)
  ) {
    return [
      {
        entity: last.entity,
        name: canonical(scope, last),
        span: { start: last.start, end: last.end, text: last.text },
        by: `${by}/name`,
        certain: false,
      },
    ];
  }
  // `…/descriptor-name`: "Danish shipping group Kellmar", "Irish health insurer Quay": a name no mention covers after
  // a lower-case trade description speaks, not the country its demonym names.
  const trade = DESCRIPTOR_NAME.exec(surface);
  if (trade && ms.length > 0 && ms[ms.length - 1]!.end <= phrase.end - trade[1]!.length) {
    const at = phrase.end - trade[1]!.length;
    return [
      {
        entity: null,
        name: trade[1]!,
        span: { start: at, end: phrase.end, text: trade[1]! },
        by: `${by}/descriptor-name`,
        certain: false,
      },
    ];
  }
  // The organisation or country named, as the last mention (head) of the phrase.
  const orgs = ms.filter((m) => m.type !== 'other');
  // `…/demonym-company`: "the German automaker": a firm described by its country, not the country; the firm's name is
  // found by the subject rules (attributions/subject-org, attributions/company-antecedent).
  if (
    orgs.length === 1 &&
    (orgs[0]!.type === 'country' || orgs[0]!.type === 'place') &&
    DEMONYM_FIRM.test(text.slice(orgs[0]!.start, phrase.end)) &&
    /^(?:[Tt]he\s+)?$/.test(text.slice(phrase.start, orgs[0]!.start))
  )
    return [{ entity: null, name: surface.replace(/^the\s+/i, ''), span, by: `${by}/described`, certain: false }];
  const sub = orgBody(text, orgs, phrase.end);
  if (sub) return [{ entity: null, name: sub.name, span, by: `${by}/org-body`, certain: false }];
  if (orgs.length) {
    let m = orgs[orgs.length - 1]!;
    // attributions/name-of: "the Ministry of Health of Peru": the body, not the country it belongs to.
    const body = orgs[orgs.length - 2];
    if (
      body &&
      body.type === 'organization' &&
      m.type !== 'organization' &&
      /^\s+of\s+$/.test(text.slice(body.end, m.start))
    )
      m = body;
    if (placed) return [placed];
    // "Greek authorities", "state health officials": a qualified generic source is kept as said, the place as what it
    // speaks for.
    // An organisation's own people ("an NIS source", "Pentagon officials") speak for it.
    if (GENERIC_HEADS.has(head) && m.end < phrase.end && m.type === 'organization')
      return [{ entity: m.entity, name: surface, span, by: `${by}/qualified`, certain: false }];
    if (GENERIC_HEADS.has(head) && m.end < phrase.end) {
      return [
        {
          entity: null,
          name: surface.replace(/^(?:the|a|an)\s+/i, ''),
          span,
          by: `${by}/qualified`,
          certain: false,
          for: { entity: m.entity, name: canonical(scope, m) },
        },
      ];
    }
    return [{ entity: m.entity, name: canonical(scope, m), span, by, certain: true }];
  }
  if (GENERIC_HEADS.has(head))
    return [{ entity: null, name: genericName(surface), span, by: `${by}/generic`, certain: false }];
  // attributions/counted-people: "Three men said", "two farmers, who …, said": unnamed people counted speak as a group.
  if (COUNTED_PEOPLE.test(surface) && (LAY_PEOPLE.has(head) || PERSON_NOUNS.has(head)))
    return [{ entity: null, name: surface, span, by: `${by}/counted-people`, certain: false }];
  // "multiple people familiar with the matter": who they are, without how many.
  if (
    /^(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:multiple|several|some|many|two|three|four|five|other)\s+)?(?:people|persons|sources|officials|aides|diplomats|insiders|executives)\s+(?:familiar|briefed|close|knowledgeable|involved)\s+(?:with|on|to|in)\s/i.test(
      surface,
    )
  ) {
    return [
      {
        entity: null,
        name: surface
          .replace(/^(?:the|a|an)\s+/i, '')
          .replace(/^(?:multiple|several|some|many|two|three|four|five|other)\s+/i, ''),
        span,
        by: `${by}/described`,
        certain: false,
      },
    ];
  }
  if (ms.length) {
    const m = ms[ms.length - 1]!;
    return [{ entity: m.entity, name: canonical(scope, m), span, by, certain: false }];
  }
  // "the tracking site AirWatch": a description before a name not otherwise known; the name is the source.
  const named = /\s(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})$/u.exec(surface);
  const placeAfter = !!named && /\s(?:in|of|for|from|at|on|with|near)\s$/.test(surface.slice(0, named.index + 1));
  // "the tracking site AirWatch", "Analytics firm Sigma": lower-case words of description before the name.
  // `…/described-name`: mid-sentence, the description has no article ("…, research firm Gartner said").
  const described =
    /^(?:(?:[Tt]he|[Aa]n?)\s+[a-z]|\p{Lu}[\p{Ll}-]+\s+[a-z][\p{Ll}-]+\s+\p{Lu}|[a-z][\p{Ll}-]+(?:\s[a-z][\p{Ll}-]+){0,3}\s\p{Lu})/u.test(
      surface,
    );
  if (named && !placeAfter && described && !/^(?:The|It|This|That)$/.test(named[1]!)) {
    return [{ entity: null, name: named[1]!, span, by: `${by}/name`, certain: false }];
  }
  // A described source ("the county clerk noted", "the rights group reported").
  if (
    /^(?:the|a|an)\s/i.test(surface) &&
    words.length <= 8 &&
    /^[a-z-]+$/.test(head) &&
    !/^(?:it|this|that|they|them)$/.test(head)
  ) {
    return [
      { entity: null, name: surface.replace(/^(?:the|a|an)\s+/i, ''), span, by: `${by}/described`, certain: false },
    ];
  }
  // `…/place-unit`: "Ostland prefecture said", "Vardana state said": a place and its lower-case unit of government.
  if (PLACE_UNIT.test(surface))
    return [{ entity: null, name: surface.replace(/^the\s+/i, ''), span, by: `${by}/place-unit`, certain: false }];
  // A web name ("according to CarLoans.com"): the site is the source, named as written.
  if (/^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|io|gov)$/u.test(surface)) {
    return [{ entity: null, name: surface, span, by: `${by}/domain`, certain: false }];
  }
  // An unknown capitalised name ("Smith said").
  if (/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3}$/u.test(surface) && !NOT_NAME.test(surface)) {
    return [{ entity: null, name: surface, span, by: `${by}/name`, certain: false }];
  }
  return [];
}

export { tokenize, hardGap };
