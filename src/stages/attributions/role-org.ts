/**
 * `attributions/role-last-org`: "the firm said", "said the cyber modelling firm", "the insurer expects": a definite
 * description of an organisation stands for the organisation that spoke last, a few sentences before.
 */
import type { Attribution, AttributionSpan, Entity, Mention, Sentence } from '../../article.js';
import { sentenceAt } from '../sentences.js';
import { PUBLIC_BODY } from './subject-org.js';
import { ORG_HEADS } from './lexicon.js';

/** One capitalised word naming people by their trade in the plural ("Seismologists", "Economists", "Engineers"). */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ists|ers|ians|ors|ants|ents)$/u;
/** How many sentences back the organisation may have spoken. */
const REACH = 3;
/** A name brought in between ("estimates from Acme, which …") may be the one the description means. */
const NEW_NAME = /\b(?:from|by|with)\s+(\p{Lu}[\p{L}&.-]+)/gu;

/** true for "the firm", "the cyber modelling firm", "the Ohio-based insurer" (a source named only by its kind). */
function describesOrg(a: AttributionSpan): boolean {
  const s = a.source;
  if (s.entity || !/\/(?:generic|described)$/.test(s.by)) return false;
  const surface = s.span?.text ?? '';
  if (!/^the\s/i.test(surface) || surface.split(/\s+/).length > 5) return false;
  const head = surface.toLowerCase().split(/\s+/).pop() ?? '';
  return ORG_HEADS.has(head);
}

/** true when a name other than `prev`'s is brought in after it and before `at`. */
function otherNameBetween(text: string, prev: Attribution, at: number): boolean {
  const from = prev.span?.end ?? at;
  if (at - from > 1500 || at <= from) return false;
  const own = prev.name.split(/\s+/)[0] ?? '';
  for (const m of text.slice(from, at).matchAll(NEW_NAME)) if (!m[1]!.startsWith(own)) return true;
  return false;
}

/** Name heads of a body of government: a described body of its own kind ("the statistics agency") is another one. */
const GOVERNMENT_HEADS =
  /\b(?:treasury|ministry|department|office|bureau|commission|agency|authority|council|government|cabinet|secretariat)$/i;

/**
 * attributions/role-other-body: "the statistics agency said" after "the Treasury said": a description with its own
 * domain modifier names another body when the earlier speaker is a government body (a named firm described by its
 * trade, "the catastrophe modelling firm", stays that firm, even in the next paragraph).
 */
function otherBody(a: AttributionSpan, prev: Attribution): boolean {
  const words = (a.source.span?.text ?? '').split(/\s+/);
  if (words.length < 3) return false;
  return GOVERNMENT_HEADS.test(prev.name);
}

/**
 * attributions/role-own-country: "Airports in Norway cancelled 83 flights, according to the Norwegian airport
 * operator": a description holding a country's adjective, in a sentence that names that country before it, is that
 * country's body, not the organisation that spoke last.
 */
function ownCountryBody(a: AttributionSpan, mentions: readonly Mention[]): boolean {
  const span = a.source.span;
  if (!span) return false;
  const inside = mentions.find((m) => m.type === 'country' && m.start >= span.start && m.end <= span.end);
  if (!inside) return false;
  const from = Math.min(a.content.start, span.start);
  return mentions.some(
    (m) => m !== inside && m.entity === inside.entity && m.start >= from && m.end <= span.start && m.start < span.start,
  );
}

/** Give each "the firm" source the organisation that last spoke within {@link REACH} sentences. */
export function roleLastOrg(
  text: string,
  out: AttributionSpan[],
  entities: Map<string, Entity>,
  mentions: readonly Mention[] = [],
): void {
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    if (!describesOrg(a)) continue;
    if (ownCountryBody(a, mentions)) continue;
    for (let j = i - 1; j >= 0 && a.sentence - out[j]!.sentence <= REACH; j--) {
      const prev = out[j]!.source;
      // A data source cited ("according to a tracker") is not the actor the description names.
      if (/\/(?:according-to|per|citing)$/.test(out[j]!.by)) continue;
      // attributions/role-chain: "the insurer said" already resolved to a named firm passes that firm on.
      if (!prev.entity && !prev.by.endsWith('/name') && prev.by !== 'attributions/role-last-org') continue;
      // "Seismologists said": a plural of people capitalised as the sentence opens is no organisation's name.
      if (!prev.entity && PEOPLE_PLURAL.test(prev.name)) continue;
      const type = prev.entity ? entities.get(prev.entity)?.type : 'other';
      if (type === 'person' || type === 'place' || type === 'country') break;
      if (otherNameBetween(text, prev, a.source.span?.start ?? a.cue.start)) break;
      if (otherBody(a, prev)) break;
      a.source = {
        ...prev,
        ...(a.source.span ? { span: a.source.span } : {}),
        by: 'attributions/role-last-org',
        certain: false,
      };
      break;
    }
  }
}

/** Heads of a description that a body's own name often holds ("the union" → Transport Workers Union). */
const NAMED_HEADS = new Set(
  `union council commission authority board court party association federation league club team university hospital
  school church army navy ministry department agency service office bureau institute company corporation bank group
  foundation fund committee centre center`
    .trim()
    .split(/\s+/),
);
/** Heads general enough to stand for any organisation named just before ("the agency" after the Weather Center). */
const KIND_HEADS = new Set(['agency', 'company', 'firm', 'group', 'organisation', 'organization', 'body']);
/** Kinds that describe a business, which a public body's name never is. */
const COMPANY_KIND = new Set(['company', 'firm']);
/** "a committee official", "an agency spokeswoman": one who speaks for a body described by its kind (group 1). */
const MEMBER_OF = /^an?\s+((?:[a-z-]+\s+)?[a-z-]+)\s+(?:official|spokesman|spokeswoman|spokesperson)$/i;
/** How far back (characters) the organisation may have been named. */
const NAMED_REACH = 600;
/**
 * attributions/role-named-far: how far back a body whose name holds the description's own head may have been named
 * ("the bureau" after "the National Statistics Bureau (NSB)" in the lead, its acronym in between).
 */
const NAMED_HEAD_REACH = 2500;

/**
 * `attributions/role-named-org`: "the union said" when no organisation spoke before: the last organisation named in
 * the few sentences before whose name holds the head ("Transport Workers Union"), or for a plain kind ("the agency",
 * "the company") the organisation named in the sentence before or the same one. "A union official" speaks for it too
 * (`attributions/role-member-org`).
 */
export function roleNamedOrg(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  out: AttributionSpan[],
  entities?: Map<string, Entity>,
): void {
  for (const a of out) {
    const s = a.source;
    if (s.entity || !/\/(?:generic|described)$/.test(s.by)) continue;
    const surface = s.span?.text ?? '';
    const member = MEMBER_OF.exec(surface);
    const words = (member ? `the ${member[1]!}` : surface).toLowerCase().split(/\s+/);
    if (words[0] !== 'the' || words.length > 3) continue;
    const head = words[words.length - 1]!;
    if (!NAMED_HEADS.has(head) && !KIND_HEADS.has(head)) continue;
    // attributions/role-member-org: "a committee official" speaks for a committee named before, never any org near.
    if (member && words.length === 2 && KIND_HEADS.has(head)) continue;
    const at = s.span?.start ?? a.cue.start;
    const m = lastOrgBefore(sentences, mentions, at, words.slice(1), entities);
    // attributions/company-not-body: "the company" never stands for a public body named just before.
    if (m && COMPANY_KIND.has(head) && PUBLIC_BODY.test(m.text)) continue;
    if (m)
      a.source = {
        entity: m.entity,
        name: m.text,
        ...(s.span ? { span: s.span } : {}),
        by: member ? 'attributions/role-member-org' : 'attributions/role-named-org',
        certain: false,
      };
  }
}

/** The index of the first mention starting at or after `at` (mentions sorted by start). */
function firstFrom(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The organisation mention before `at` that a description with these words (after "the") stands for: one whose name
 * holds them all, or for a bare kind the nearest one; null when none.
 */
function lastOrgBefore(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  at: number,
  described: string[],
  entities?: Map<string, Entity>,
): Mention | null {
  const head = described[described.length - 1]!;
  const bare = described.length === 1 && KIND_HEADS.has(head);
  const reach = bare ? NAMED_REACH : NAMED_HEAD_REACH;
  const lo = firstFrom(mentions, at);
  const here = sentenceAt(sentences, at);
  let first = true;
  for (let i = lo - 1; i >= 0 && at - mentions[i]!.end <= reach; i--) {
    const m = mentions[i]!;
    if (m.type !== 'organization') continue;
    const name = m.text.toLowerCase().split(/[\s.]+/);
    if (described.every((w) => name.includes(w))) return m;
    // An acronym's mention ("the NSB said") stands for the entity whose full name holds the words.
    const full = entities
      ?.get(m.entity)
      ?.name.toLowerCase()
      .split(/[\s.]+/);
    if (full && described.every((w) => full.includes(w))) return m;
    // Past the near reach only a name that holds the words is taken.
    if (at - m.end > NAMED_REACH) continue;
    // A plain kind stands only for the nearest organisation, named in this sentence or the one before.
    if (bare && first && here - sentenceAt(sentences, m.start) <= 1) return m;
    first = false;
  }
  return null;
}

/** "a spokesman", "a spokeswoman": an unnamed spokesperson with no body named in the phrase. */
const BARE_SPOKESPERSON = /^an?\s+spokes(?:man|woman|person)$/i;
/** Only an article (or an opening mark) before a name that opens its sentence. */
const SUBJECT_LEAD = /^[\s“"‘']*(?:the\s+)?$/i;
/** A sentence opening with a body described by its kind that owns something: "The forestry department's …". */
const DESCRIBED_OWNER = /^[\s“"‘']*(the\s+(?:[a-z-]+\s+){0,2}([a-z-]+))['’]s\s/i;
/** How many sentences before the cue's own the body may have been named. */
const SPOKEN_FOR_REACH = 2;

/**
 * `attributions/spokesperson-org`: "Vela Power cut supply to 9,000 homes. A spokeswoman said 400 crews were at work.",
 * "Kessler Freight's losses reached $4 million, a spokesman said.": a bare spokesperson speaks for the organisation
 * the story is about just then: one opening the cue's own sentence, else the first person or organisation named in
 * the one or two sentences before (this paragraph or the one before). A person named first stops it (a mayor's
 * spokesman speaks for the mayor, kept as said).
 */
export function spokespersonOrg(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  out: AttributionSpan[],
  entities: Map<string, Entity>,
): void {
  for (const a of out) {
    const s = a.source;
    if (s.entity || !s.by.endsWith('/generic') || !s.span || !BARE_SPOKESPERSON.test(s.span.text)) continue;
    const here = sentences[a.sentence];
    if (!here) continue;
    // "The forestry department's bill …, a spokesman said": a body described by its kind owns what the sentence opens
    // with; kept as described, for role-named-org to name.
    const owner = DESCRIBED_OWNER.exec(text.slice(here.start, Math.min(here.end, here.start + 60)));
    if (owner && NAMED_HEADS.has(owner[2]!.toLowerCase())) {
      const start = here.start + owner[0].indexOf(owner[1]!);
      a.source = {
        entity: null,
        name: owner[1]!.replace(/^the\s+/i, ''),
        span: { start, end: start + owner[1]!.length, text: owner[1]! },
        by: 'attributions/spokesperson-org/described',
        certain: false,
      };
      continue;
    }
    const m = bodySpokenFor(text, sentences, mentions, a.sentence, Math.min(s.span.start, a.cue.start));
    if (!m || m.type === 'person' || here.paragraph - sentences[sentenceAt(sentences, m.start)]!.paragraph > 1)
      continue;
    a.source = {
      entity: m.entity,
      name: entities.get(m.entity)?.name ?? m.text,
      span: s.span,
      by: 'attributions/spokesperson-org',
      certain: false,
    };
  }
}

/** The first person or organisation that is a subject before `at` (see {@link spokespersonOrg}); null when none. */
function bodySpokenFor(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  si: number,
  at: number,
): Mention | null {
  const lo = firstFrom(mentions, sentences[Math.max(0, si - SPOKEN_FOR_REACH)]!.start);
  for (let k = si; k >= 0 && k >= si - SPOKEN_FOR_REACH; k--) {
    const sentence = sentences[k]!;
    const end = k === si ? at : sentence.end;
    for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) {
      const m = mentions[i]!;
      if (m.start < sentence.start) continue;
      const opens = SUBJECT_LEAD.test(text.slice(sentence.start, m.start));
      // In the cue's own sentence only a name opening it is its subject ("Kessler Freight's losses …, a spokesman
      // said").
      if (k === si && !opens) return null;
      if (m.type === 'person' || m.type === 'organization' || (m.type === 'other' && opens)) return m;
      if (k === si) return null;
    }
  }
  return null;
}
