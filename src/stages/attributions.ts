/**
 * Attributions: who says each piece of reported content, through whom.
 *
 * Per sentence, from the cues outwards:
 * - `X said (that) …`, `X told reporters (that) …`, `…, X said.`, `…, said X.`
 * - `according to X` (a source, or an intermediary when the sentence already
 *   has a speaker), `per X`, `citing X` (X becomes the source, the earlier
 *   source an intermediary), `X cited Y as saying …` (Y via X)
 * - participles (`…, saying …`, `sources suggesting …`)
 * - headline credits (`…: spy agency`, `Lawmakers: …`)
 * - nested cues: `A said B confirmed …` gives B via A when B is named.
 * Then paragraph-level carrying: a sentence continuing an attributed one
 * ("It added…", "The agency…") takes its source with `carried: true`.
 */
import type { Article, Attribution, AttributionSpan, Entity, Mention, Sentence, Span } from '../article.js';
import type { Stage } from '../pipeline.js';
import { textTokens, tokensIn, type Token } from './entities/names.js';
import { builtinGazetteer } from './entities/gazetteer.js';

/** Countries by their own names (not capitals or demonyms), for headline place labels. */
const COUNTRY_NAMES = new Set(
  builtinGazetteer()
    .filter((e) => e.type === 'country')
    .map((e) => e.name),
);
import { findQuoteRegions, regionAt } from './quotes/marks.js';
import { chain, type Draft } from './attributions/chain.js';
import { beforeAppositive, nameAfterRole } from './attributions/appositive.js';
import { carry } from './attributions/carry.js';
import { sameSource } from './attributions/same-source.js';
import { roleLastOrg, roleNamedOrg, spokespersonOrg } from './attributions/role-org.js';
import { companyAntecedent, subjectOrg } from './attributions/subject-org.js';
import { documentAnaphora } from './attributions/document-anaphora.js';
import { ownerFigures } from './attributions/owner-figures.js';
import { giverList } from './attributions/giver-list.js';
import { figureCited, GAVE, REPORTING, reportingCue } from './attributions/reporting.js';
import {
  BETWEEN,
  CUE_VERBS,
  DOCUMENT_NOUNS,
  ISSUED_DOCUMENTS,
  GENERIC_HEADS,
  NOUNISH,
  NP_STOP,
  ORG_HEADS,
  OBJECT_VERBS,
  PARTICIPLES,
  STRICT_VERBS,
} from './attributions/lexicon.js';
import { isSuperlative } from '../vocabulary/superlatives.js';
import { WEEKDAY_NAMES } from '../vocabulary/calendar.js';
import { numberWordPattern } from '../vocabulary/number-words.js';
import {
  genders,
  hardGap,
  lastPerson,
  mentionsIn,
  phraseAfter,
  resolve,
  subjectBefore,
  type Phrase,
  type Scope,
} from './attributions/phrase.js';

/** A first speaker opening after a comma and joined by "and": ", the rail operator and ", ", Harlow Council and ". */
const COORDINATED_BEFORE = /,\s*(?:the\s+)?[\p{L}'’.-]+(?:\s[\p{L}'’.-]+){0,4}\s+and\s+$/u;

function sp(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * `attributions/participle-opener`: an unnamed speaker that opens the sentence before its verb ("Police gave …,
 * estimating that", "The union disputed …, saying"): at most three words, the last an unnamed-source head.
 */
function genericOpener(toks: Token[], c: number): Phrase | null {
  let k = toks[0]!.lower === 'the' ? 1 : 0;
  for (const end = Math.min(k + 3, c - 1); k < end; k++) {
    if (!GENERIC_HEADS.has(toks[k]!.lower)) continue;
    // The next word is the verb: lower case, no "of"/"'s" continuing the noun phrase.
    const next = toks[k + 1]!;
    if (!/^\p{Ll}+$/u.test(next.norm) || /^(?:of|in|at|for|from|and|or|who|which|that)$/.test(next.norm)) return null;
    return { start: toks[0]!.start, end: toks[k]!.end };
  }
  return null;
}

/** Words of the time a cue was said ("said on Wednesday morning", "said early this afternoon"). */
const CUE_TIME_WORDS = new Set([
  ...WEEKDAY_NAMES.map((d) => d.toLowerCase()),
  ...['on', 'last', 'this', 'week', 'earlier', 'later', 'today', 'yesterday'],
  ...['early', 'late', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'overnight'],
]);

/** Trim white space and edge punctuation from a content range. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
  // A clause cut before the next speaker leaves "…, with" / "…, and".
  const tail = /(?:,\s*|\s+)(?:with|and|but|as|while|amid)$/.exec(text.slice(Math.max(start, end - 8), end));
  if (tail) end -= tail[0].length;
  if (end > start && text[end - 1] === '.' && !/[\p{Lu}]\.$/u.test(text.slice(Math.max(start, end - 2), end))) end--;
  return [start, end];
}

/** `attributions/document-from`: "according to a letter from X", "an internal memo by X": the writer is the source. */
const DOCUMENT_FROM = new Set([
  'analysis',
  'report',
  'letter',
  'letters',
  'memo',
  'memos',
  'memorandum',
  'email',
  'emails',
  'note',
  'presentation',
  'filing',
  'survey',
  'study',
  'audit',
  // attributions/joint-statement: "according to a joint statement from X and Y".
  'statement',
]);

const FILLER = new Set([
  'information',
  'insights',
  'insight',
  'intelligence',
  'data',
  'reports',
  'report',
  'assessments',
  'assessment',
  'findings',
  'figures',
  'estimates',
  'estimate',
  'a',
  'an',
  'the',
  'briefing',
  'analysis',
  'sources',
  'officials',
  'statements',
  'statement',
  'documents',
  'latest',
  'new',
  'preliminary',
  'official',
  'credible',
  'numbers',
  'tally',
  'count',
  'records',
  'statistics',
  'calculations',
  'its',
  'their',
  // listings that only relay their author: "a list released by X", "a breakdown issued by X"
  'list',
  'lists',
  'breakdown',
  'breakdowns',
  'register',
  'roll',
]);
/** Participles between a document and its author: "figures released by", "reports received by". */
const DOC_PARTICIPLES = new Set([
  'released',
  'provided',
  'received',
  'compiled',
  'published',
  'collected',
  'gathered',
  'issued',
  'obtained',
  'shared',
  'posted',
  'supplied',
]);

const ADD_VERBS = new Set(['add', 'adds', 'added', 'adding']);
/** Verbs that state a company's accounts when a results noun follows. */
const RESULTS_VERBS = new Set(['reported', 'reports', 'posted', 'posts', 'recorded', 'records', 'booked']);
const RELATIVES = new Set(['which', 'that']);
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming']);
/** A count of lives or victims after "claimed": the toll a disaster or an attack took. */
const CLAIMED_LIVES =
  /^(?:(?:at least|more than|nearly|almost|about|around|some|over|another|a further|the)\s+)?(?:[\d,.]+|[a-z]+)(?:\s+(?:more|other|further|separate|deadly|fatal|new))?\s+(?:lives|life|victims)\b/i;
const FIND_VERBS = new Set(['found', 'finds']);
/** A count of the dead or the living found by searchers after "found": a search's result, not a finding reported. */
const FOUND_REMAINS =
  /^(?:(?:at least|more than|nearly|about|around|some|another|a further|the)\s+)?(?:[\d,.]+|[a-z]+)(?:\s+(?:more|other|further))?\s+(?:bodies|body|corpses|remains|survivors)\b/i;
/** A results noun as the object: "revenue of", "a net loss of", "record quarterly sales of". */
const RESULTS_OBJECT =
  /^(?:(?:a|an|its|their)\s+)?(?:(?:net|gross|record|annual|quarterly|full-year|half-year|pre-tax|pretax|operating|underlying)\s+){0,2}(?:revenues?|sales|profits?|loss|losses|earnings|turnover|income)\b/i;
/** An object that is added (an indefinite noun phrase or an amount), not a reported clause. */
const ADD_OBJECT =
  /^(?:an?|another|a further|some|more|nearly|almost|about|around|roughly|up to|over|at least|[$€£¥]|\d)(?:\s|\d|$)/i;

/** The end of a clause before a new one that opens with "according to X": a semicolon, or "and"/"but"/"while". */
const CLAUSE_OPENING = /(?:;|\b(?:and|but|while|whereas))\s*,?$/i;

/** A word that may stand between an article and a document: lower case ("leaked"), or a year ("a 2023 survey"). */
const DOCUMENT_MODIFIER = /^(?:\p{Ll}+|(?:19|20)\d\d)$/u;

/**
 * `attributions/document-owner`: "said a report from X", "a 2023 survey by X": the index after "from"/"by" when a
 * document opens the phrase at `i`, else `i`.
 */
function documentFrom(toks: Token[], i: number): number {
  let j = i < toks.length && /^(?:a|an|the)$/.test(toks[i]!.lower) ? i + 1 : i;
  if (j + 1 < toks.length && DOCUMENT_MODIFIER.test(toks[j]!.norm) && !DOCUMENT_FROM.has(toks[j]!.lower)) j++;
  if (j + 2 >= toks.length || !(DOCUMENT_FROM.has(toks[j]!.lower) || ISSUED_DOCUMENTS.has(toks[j]!.lower))) return i;
  return /^(?:from|by)$/.test(toks[j + 1]!.lower) ? j + 2 : i;
}

/** After "citing" or "according to": skip "information from", "figures released by" to the source itself. */
function citedStart(toks: Token[], i: number): number {
  let j = i;
  while (j < toks.length && j < i + 5 && FILLER.has(toks[j]!.lower)) j++;
  // "a (leaked) letter from X", "a 2023 survey by X": one lower-case word or a year may stand before the document;
  // only "from"/"by" name its writer.
  // attributions/joint-statement: "a joint statement by X and Y": an article may stand before that word.
  const a =
    j + 2 < toks.length && /^(?:a|an|the)$/.test(toks[j]!.lower) && !DOCUMENT_FROM.has(toks[j + 1]!.lower) ? j + 1 : j;
  const d =
    a + 1 < toks.length && DOCUMENT_MODIFIER.test(toks[a]!.norm) && DOCUMENT_FROM.has(toks[a + 1]!.lower) ? a + 1 : j;
  if (d < toks.length - 1 && DOCUMENT_FROM.has(toks[d]!.lower) && /^(?:from|by)$/.test(toks[d + 1]!.lower))
    return d + 2;
  if (j > i && j < toks.length && DOC_PARTICIPLES.has(toks[j]!.lower)) j++;
  if (j > i && j < toks.length && /^(?:from|by|of|in)$/.test(toks[j]!.lower)) return j + 1;
  return i;
}

/** A report, bulletin or statement named by its owner: "the ministry's evening report" (group 1: the owner). */
const OWNED_REPORT = new RegExp(
  `^((?:the\\s+)?[\\p{L}\\s-]{2,60}?)['’]s\\s+(?:\\p{Ll}+\\s+){0,2}(?:${[...ISSUED_DOCUMENTS].join('|')})s?$`,
  'u',
);

/** `attributions/figures-from`: figures before the subject that come from it ("data from", "figures released by"). */
const FIGURES_FROM =
  /\b(?:data|figures|numbers|statistics|estimates|records|counts?|tallies|tally)\s+(?:(?:released|published|compiled|provided|issued)\s+)?(?:from|by)\s+$/i;

/** Participles that report content when passive with an agent: "were reported safe by X". */
const PASSIVE_CUES = new Set([
  'reported',
  'confirmed',
  'announced',
  'identified',
  'cited',
  'estimated',
  'released',
  'recorded',
  'documented',
  'touted',
  'projected',
  'counted',
  'compiled',
  'published',
  'listed',
  'verified',
]);
/** Verbs that put a figure "at" a number: "pegs losses at", "puts its estimate at". */
const AT_VERBS = new Set(['pegs', 'pegged', 'puts', 'put', 'places', 'placed', 'estimates', 'estimated']);
/** `attributions/had-figure`: a data source that "had the total of X as N", "has the count at N". */
const HAD_VERBS = new Set(['had', 'has']);
const TALLY_NOUNS = /^(?:total|count|tally|toll|number|figure|estimate)$/;

/** true for "had the Monday total of delayed trains as 2,410": a tally noun, then "at"/"as" and a number. */
function hadFigure(text: string, toks: Token[], c: number): boolean {
  if (!/^(?:the|its|their)$/.test((toks[c + 1] ?? toks[c]!).lower)) return false;
  let tally = false;
  for (let k = c + 2; k < toks.length && k <= c + 9; k++) {
    const lk = toks[k]!.lower;
    // "has the largest number of visitors at": a superlative ranks the subject, it reports no tally.
    if (lk === 'most' || lk === 'least' || lk === 'best' || isSuperlative(lk)) return false;
    if (TALLY_NOUNS.test(lk)) tally = true;
    else if (tally && (lk === 'at' || lk === 'as'))
      return /^\s*(?:(?:about|around|roughly|nearly|some|more than)\s+)?[$€£¥]?\d/.test(
        text.slice(toks[k]!.end, toks[k]!.end + 24),
      );
  }
  return false;
}

/** Verbs that revise one's own estimate: "raised its forecast". */
const REVISE_VERBS = new Set([
  'increased',
  'increases',
  'raised',
  'raises',
  'lowered',
  'lowers',
  'cut',
  'cuts',
  'revised',
  'revises',
  'boosted',
  'trimmed',
  'reduced',
  'updated',
  'lifted',
  'released',
  'releases',
  'issued',
  'issues',
  'published',
  'publishes',
  'gave',
  'offered',
]);
/** attributions/stood-by-figure: "the ministry stood by its own figure of 38%", "defended its count". */
const STAND_VERBS = new Set([
  'stood',
  'stands',
  'stuck',
  'sticks',
  'defended',
  'defends',
  'maintained',
  'kept',
  'keeps',
]);
const OWN_FIGURE_NOUNS =
  /^(?:figure|figures|estimate|estimates|count|tally|number|numbers|total|forecast|reading|readings|measurement)$/;

/** true for "stood by its own figure", "defended their count": the subject keeps a figure of its own. */
function standsByFigure(toks: Token[], c: number): boolean {
  const at = /^(?:by|to)$/.test((toks[c + 1] ?? toks[c]!).lower) ? c + 1 : c;
  if (!/^(?:its|their)$/.test((toks[at + 1] ?? toks[c]!).lower)) return false;
  const k = (toks[at + 2] ?? toks[c]!).lower === 'own' ? at + 3 : at + 2;
  return OWN_FIGURE_NOUNS.test((toks[k] ?? toks[c]!).lower);
}
/** attributions/counting-subject: verbs by which a body keeps a figure ("the agency recorded 37 aftershocks"). */
const COUNTING_VERBS = new Set(
  'recorded records counted counts listed lists registered registers logged logs tallied tallies measured measures'.split(
    ' ',
  ),
);
/** The figure after a counting verb: "37 aftershocks", "more than 90", "it at 5.8", "five deaths" (not "two of"). */
const COUNTED_OBJECT = new RegExp(
  '^\\s+(?:(?:it|them|the\\s+(?:quake|earthquake|tremor|aftershock|shock|eruption))\\s+(?:at|as)\\s+' +
    '(?:an?\\s+)?(?:magnitude\\s+|preliminary\\s+)?)?' +
    '(?:(?:more than|over|about|around|roughly|nearly|almost|some|at least)\\s+)?' +
    `(?:[$€£¥]?\\d|(?:${numberWordPattern((v) => v >= 2)})\\b(?!\\s+of\\b))`,
  'i',
);

/** attributions/funds-subject: verbs by which a body pays out a sum ("the provincial government released Rs 50m"). */
const FUNDS_VERBS = new Set(
  'released releases allocated allocates disbursed disburses earmarked earmarks approved approves'.split(' '),
);
/** A sum of money right after a funds verb: "$4 million", "Rs 50 million", "an extra €2m", "300 million pesos". */
const FUNDS_OBJECT =
  /^\s+(?:(?:an?\s+)?(?:additional|extra|further|emergency|initial)\s+)?(?:(?:more than|over|about|around|roughly|nearly|almost|some|at least|up to)\s+)?(?:(?:[$€£¥₹]|US\$|(?:Rs|Sh|KSh|P)\.?\s?)\d|\d[\d.,]*(?:\s(?:million|billion|crore|lakh))?\s(?:euros|dollars|pounds|rupees|pesos|shillings|zlotys|francs|yen|yuan)\b)/;

/** Every word that may be a verb cue, a participle, an estimate or a reporting verb: a token outside it is no cue. */
const VERB_WORDS: ReadonlySet<string> = new Set([
  ...COUNTING_VERBS,
  ...FUNDS_VERBS,
  ...CUE_VERBS,
  ...PARTICIPLES,
  ...AT_VERBS,
  ...REVISE_VERBS,
  ...HAD_VERBS,
  ...REPORTING,
  ...GAVE,
  ...STAND_VERBS,
]);
/** Every word a rule of the token loop starts from: one probe skips the rest of the loop for any other word. */
const LOOP_WORDS: ReadonlySet<string> = new Set([...VERB_WORDS, ...PASSIVE_CUES, 'according', 'per', 'citing']);
const ESTIMATE_NOUNS =
  /^(?:estimate|estimates|forecast|forecasts|projection|projections|outlook|guidance|tally|count)$/;
/** attributions/revised-tally: "police raised the number of arrests to 19", "the board revised the toll to 61". */
const TALLY_HEADS = /^(?:number|toll|total|figure|figures)$/;

/** The index of "by" after a passive report cue at `c` ("were reported safe by"), or -1. */
function passiveBy(toks: Token[], c: number): number {
  const prev = c > 0 ? toks[c - 1]!.lower : '';
  // A passive ("were reported", "have been confirmed") or a reduced relative after a noun ("figures released by").
  const passive =
    /^(?:was|were|is|are|been|be|being|also|officially|first)$/.test(prev) ||
    (c > 0 && !NP_STOP.has(prev) && /^[a-z]/.test(toks[c - 1]!.norm));
  if (!passive) return -1;
  for (let k = c + 1; k <= c + 2 && k < toks.length; k++) {
    const lk = toks[k]!.lower;
    if (lk === 'by') return k;
    if (
      !/^(?:safe|dead|missing|alive|injured|killed|wounded|positive|infected|sick|ill|displaced|arrested|detained)$/.test(
        lk,
      )
    )
      return -1;
  }
  return -1;
}

/** Words after the number of "was put at N" that may come before its "by" (the number's noun, an aside). */
const PASSIVE_AT_REACH = 12;

/**
 * The index of "by" after a passive "was put at N" / "were estimated at N" at cue `c` ("by" within
 * {@link PASSIVE_AT_REACH} words and before any finite clause), or -1.
 */
function passiveAtBy(text: string, toks: Token[], c: number): number {
  if (c === 0 || !/^(?:was|were|is|are|been|be|being)$/.test(toks[c - 1]!.lower)) return -1;
  if ((toks[c + 1] ?? toks[c]!).lower !== 'at' || !atNumber(text, toks, c)) return -1;
  for (let k = c + 2; k < toks.length && k <= c + 2 + PASSIVE_AT_REACH; k++) {
    const lk = toks[k]!.lower;
    if (lk === 'by') return /^\s*(?:the\s|\p{Lu})/u.test(text.slice(toks[k]!.end, toks[k]!.end + 12)) ? k : -1;
    if (/^(?:and|but|said|says|while|which|who|that)$/.test(lk)) return -1;
  }
  return -1;
}

/**
 * true when "at" and a number follow cue `c` within eight words ("pegs insured losses from the storm at $6 billion").
 */
function atNumber(text: string, toks: Token[], c: number): boolean {
  for (let k = c + 1; k < toks.length && k <= c + 8; k++) {
    if (toks[k]!.lower !== 'at') continue;
    return AT_LEVEL.test(text.slice(toks[k]!.end, toks[k]!.end + 32));
  }
  return false;
}

/**
 * The level after "at": a digit, or (attributions/at-figure-word) a number word that is no clock time, no "of" part
 * and no place count ("at nine a.m.", "at two of the sites", "at four ports").
 */
const AT_LEVEL = new RegExp(
  `^\\s*(?:(?:about|around|roughly|nearly|some|approximately|least|more than)\\s+)?(?:[$€£¥]?\\d|(?:${numberWordPattern(
    (v) => v >= 2,
  )})\\b(?!\\s+(?:a\\.?m\\b|p\\.?m\\b|o['’]clock|of\\b|[a-z]+s\\b)))`,
  'i',
);

/** true for "raised its estimate", "cut their full-year forecast", "released an estimate". */
function revisesEstimate(toks: Token[], c: number, nouns: RegExp = ESTIMATE_NOUNS): boolean {
  if (!/^(?:its|their|his|her|an|a|the|these|new)$/.test((toks[c + 1] ?? toks[c]!).lower)) return false;
  for (let k = c + 2; k < toks.length && k <= c + 4; k++) if (nouns.test(toks[k]!.lower)) return true;
  return false;
}

/** Heads of bodies that count and speak, beyond the generic sources ("the health board", "the coastguard"). */
const BODY_HEADS =
  /^(?:board|department|authority|authorities|commission|coastguard|bureau|institute|centre|center|agency|inspectorate|brigade|observatory|survey)$/;

/** A subject that can keep a tally: a name, or a body that counts ("police", "the health board"), not an event. */
function keepsTally(text: string, toks: Token[], subj: Phrase): boolean {
  const head = toks[subjectHead(toks, subj.end)];
  if (!head) return false;
  return (
    /^\p{Lu}/u.test(text.slice(head.start, head.end)) || GENERIC_HEADS.has(head.lower) || BODY_HEADS.test(head.lower)
  );
}

/** A subject that keeps a count: a body or its officials by their head noun, or an organisation's name. */
function countingBody(scope: Scope, toks: Token[], subj: Phrase): boolean {
  const head = toks[subjectHead(toks, subj.end)];
  if (!head) return false;
  if (GENERIC_HEADS.has(head.lower) || BODY_HEADS.test(head.lower) || ORG_HEADS.has(head.lower)) return true;
  return mentionsIn(scope, subj.start, subj.end).some((m) => m.type === 'organization');
}

/** Attributions of one sentence. */
export function sentenceAttributions(
  scope: Scope,
  sentence: Sentence,
  inQuote: (offset: number) => boolean = () => false,
): Draft[] {
  const { text } = scope;
  const toks = tokensIn(text, textTokens(text), sentence.start, sentence.end);
  const drafts: Draft[] = [];
  const sStart = sentence.start;
  const sEnd = sentence.end;
  const gapBefore = (i: number) =>
    i > 0 ? text.slice(toks[i - 1]!.end, toks[i]!.start) : text.slice(sStart, toks[i]!.start);

  for (let c = 0; c < toks.length; c++) {
    const t = toks[c]!;
    const w = t.lower;
    if (!LOOP_WORDS.has(w)) continue;
    // "according to X"
    if (w === 'according' && (toks[c + 1] ?? t).lower === 'to') {
      let ph = phraseAfter(scope, toks, citedStart(toks, c + 2));
      if (!ph) continue;
      // attributions/according-owner: "according to the ministry's evening report": the owner of the report speaks.
      const owned = OWNED_REPORT.exec(text.slice(ph.start, ph.end));
      if (owned) ph = { start: ph.start, end: ph.start + owned[1]!.length };
      const srcs = resolve(scope, ph, 'attributions/according-to');
      if (!srcs.length) continue;
      const cue = sp(text, t.start, toks[c + 1]!.end);
      const before = text.slice(Math.max(sStart, t.start - 8), t.start).trim();
      // ", according to X," in the middle of a sentence: the whole sentence is X's.
      const enclosed =
        /,$/.test(before) &&
        /^\s*,/.test(text.slice(ph.end, ph.end + 3)) &&
        !/^\s*,\s*(?:citing|per)\b/.test(text.slice(ph.end, ph.end + 12));
      // attributions/according-opens-clause: "…; according to X, 20,000 marched": X's clause runs on after it.
      const opensClause = CLAUSE_OPENING.test(before);
      const content: [number, number] = opensClause
        ? [ph.end, sEnd]
        : enclosed
          ? [sStart, sEnd]
          : before.length > 3
            ? [sStart, t.start]
            : [ph.end, sEnd];
      drafts.push({ source: srcs[0]!, via: srcs.slice(1), cue, content, rule: 'according-to', np: ph.start });
      continue;
    }
    // "per Yonhap news agency"
    if (
      t.norm === 'per' &&
      c + 1 < toks.length &&
      (/^\p{Lu}/u.test(toks[c + 1]!.norm) || (toks[c + 1]!.norm === 'the' && /^\p{Lu}/u.test(toks[c + 2]?.norm ?? '')))
    ) {
      const ph = phraseAfter(scope, toks, c + 1, 6);
      const srcs = ph ? resolve(scope, ph, 'attributions/per') : [];
      if (ph && srcs.length)
        drafts.push({
          source: srcs[0]!,
          via: [],
          cue: sp(text, t.start, t.end),
          content: [sStart, t.start],
          rule: 'per',
          np: ph.start,
        });
      continue;
    }
    // "citing X"
    if (w === 'citing') {
      // The people cited stay unnamed here ("citing two people familiar with the matter"): the citing outlet reports.
      const ph = phraseAfter(scope, toks, citedStart(toks, c + 1), 12, false);
      const srcs = ph ? resolve(scope, ph, 'attributions/citing') : [];
      // attributions/citing-reason: "cancelled 3,000 flights, citing the outage": a cause given, not a source.
      const citedHead = srcs[0]?.by.endsWith('/described')
        ? (srcs[0].name.toLowerCase().split(/\s+/).pop() ?? '')
        : null;
      const reason = citedHead !== null && !GENERIC_HEADS.has(citedHead) && !DOCUMENT_NOUNS.has(citedHead);
      if (ph && srcs.length && !reason)
        drafts.push({
          source: srcs[0]!,
          via: [],
          cue: sp(text, t.start, t.end),
          content: [sStart, t.start],
          rule: 'citing',
          np: ph.start,
          npEnd: ph.end,
        });
      continue;
    }
    // "were reported missing by Norwegian officials", "targets identified by the ministry".
    if (PASSIVE_CUES.has(w) && t.norm === w && !inQuote(t.start)) {
      const byAt = passiveBy(toks, c);
      const ph = byAt > 0 ? phraseAfter(scope, toks, byAt + 1, 8) : null;
      const srcs = ph ? resolve(scope, ph, 'attributions/passive-by') : [];
      if (ph && srcs.length) {
        drafts.push({
          source: srcs[0]!,
          via: [],
          cue: sp(text, t.start, toks[byAt]!.end),
          content: [sStart, sEnd],
          rule: 'passive-by',
          np: ph.start,
        });
        c = byAt;
        continue;
      }
    }
    // attributions/passive-at-by: "the burned area was put at 6,000 hectares by the survey office".
    if (AT_VERBS.has(w) && t.norm === w && !inQuote(t.start)) {
      const byAt = passiveAtBy(text, toks, c);
      const ph = byAt > 0 ? phraseAfter(scope, toks, byAt + 1, 8) : null;
      // A counting body or a name, never a time ("by the end of the week").
      const srcs = ph && keepsTally(text, toks, ph) ? resolve(scope, ph, 'attributions/passive-at-by') : [];
      if (ph && srcs.length) {
        drafts.push({
          source: srcs[0]!,
          via: [],
          cue: sp(text, t.start, t.end),
          content: [sStart, sEnd],
          rule: 'passive-at-by',
          np: ph.start,
        });
        c = byAt;
        continue;
      }
    }
    // One probe for the many words that are none of the verbs below.
    if (!VERB_WORDS.has(w)) continue;
    // "X is now reporting that …", "X released a statement reporting …".
    const reporting = inQuote(t.start) ? null : (reportingCue(scope, toks, c, sEnd) ?? figureCited(scope, toks, c));
    if (reporting) {
      drafts.push(reporting);
      continue;
    }
    const participle = PARTICIPLES.has(w);
    // "pegs losses at $6 billion", "raised its estimate to …": estimates whose author is the subject.
    const estimate =
      (AT_VERBS.has(w) && atNumber(text, toks, c)) ||
      (REVISE_VERBS.has(w) && revisesEstimate(toks, c)) ||
      (HAD_VERBS.has(w) && hadFigure(text, toks, c)) ||
      (STAND_VERBS.has(w) && standsByFigure(toks, c));
    const tally = !estimate && REVISE_VERBS.has(w) && revisesEstimate(toks, c, TALLY_HEADS);
    const counting = !estimate && !tally && COUNTING_VERBS.has(w) && COUNTED_OBJECT.test(text.slice(t.end, t.end + 40));
    const funds =
      !estimate && !tally && !counting && FUNDS_VERBS.has(w) && FUNDS_OBJECT.test(text.slice(t.end, t.end + 48));
    if (!CUE_VERBS.has(w) && !participle && !estimate && !tally && !counting && !funds) continue;
    // A capitalised form is part of a name ("United States", "Reports Inc."), not a cue.
    if (t.norm !== w) continue;
    // Inside a quotation the words are the speaker's, not a report of someone else's.
    if (inQuote(t.start)) continue;
    // attributions/than-expected: "more than economists had expected": a comparison with a forecast, not a report.
    if (FORECAST_VERBS.test(w) && comparedWithForecast(toks, c)) continue;
    // "people briefed on the plan": a modifier of the source, not its cue.
    if (w === 'briefed' && (toks[c + 1] ?? t).lower === 'on') continue;
    // "Fox added 31 points": adding a number, not a remark.
    if (
      (w === 'added' || w === 'adds') &&
      /^\s+(?:another\s+|a further\s+|an additional\s+)?[$€£]?\d/.test(text.slice(t.end, t.end + 24))
    )
      continue;
    // "the hospital admitted 40 patients", "had admitted more than 1.4 million refugees": letting in, not a confession.
    if (
      (w === 'admitted' || w === 'admits') &&
      /^\s+(?:(?:more than|over|about|some|nearly|almost|at least|around)\s+)?\d/.test(text.slice(t.end, t.end + 24))
    )
      continue;
    // attributions/adjective-cue: "the number of confirmed deaths", "an estimated 3,000", "the reported cases": a
    // participle after a preposition or determiner describes the noun after it; nobody is speaking.
    if (
      /ed$/.test(w) &&
      c > 0 &&
      ADJECTIVE_SLOT.has(toks[c - 1]!.lower) &&
      !/^(?:that|by|to|on|in|at|it|this|these|those|\d.*)$/.test((toks[c + 1] ?? t).lower)
    )
      continue;
    // attributions/state-participle: "the people confirmed dead", "hikers reported missing on the ridge": a
    // participle that states what became of the noun before it describes the counted, and nobody speaks.
    if (STATE_AFTER.has((toks[c + 1] ?? t).lower) && c > 0 && !/,/.test(gapBefore(c))) continue;
    // "Zelensky's warning": a noun, not a participle.
    if (participle && c > 0 && toks[c - 1]!.norm === "'s") continue;
    // attributions/possessed-noun: "their own estimate", "its count": after a possessive the word is a noun.
    if (c > 0 && /^(?:its|their|his|her|our|own)$/.test(toks[c - 1]!.lower)) continue;
    // attributions/participle-noun: "issued a major tsunami warning": after an article with no comma, a noun.
    if (participle && articleBefore(text, toks, c) && (toks[c + 1] ?? t).lower !== 'that') continue;
    if (c > 0 && toks[c - 1]!.lower === 'to') continue; // "to say": not a report
    // "pointed to", "pointed out": a report only with its particle.
    if (w === 'pointed' && !/^(?:to|out)$/.test((toks[c + 1] ?? t).lower)) continue;
    // "X cited Y as saying (that) …"
    if (w === 'cited') {
      let asAt = -1;
      for (let i = c + 1; i < c + 10 && i + 1 < toks.length; i++)
        if (toks[i]!.lower === 'as' && /^(?:saying|telling|stating)$/.test(toks[i + 1]!.lower)) {
          asAt = i;
          break;
        }
      if (asAt > 0) {
        const subj = subjectBefore(scope, toks, c);
        const ph = phraseAfter(scope, toks, c + 1, asAt - c - 1);
        const srcs = ph ? resolve(scope, ph, 'attributions/cited-as-saying') : [];
        if (srcs.length) {
          const via = subj ? resolve(scope, subj, 'attributions/cited-as-saying') : [];
          let from = toks[asAt + 1]!.end;
          if ((toks[asAt + 2] ?? t).lower === 'that') from = toks[asAt + 2]!.end;
          drafts.push({
            source: srcs[0]!,
            via,
            cue: sp(text, t.start, toks[asAt + 1]!.end),
            content: [from, sEnd],
            rule: 'cited-as-saying',
            np: subj?.start ?? t.start,
          });
          c = asAt + 1;
          continue;
        }
      }
    }
    // Denied or negated reports are not attributions of content: "haven't confirmed".
    let nb = c - 1;
    while (nb >= 0 && /^(?:officially|publicly|yet|also|still|independently)$/.test(toks[nb]!.lower)) nb--;
    if (nb >= 0 && /(?:n't|n’t)$|^(?:not|never|no)$/i.test(toks[nb]!.norm)) continue;
    const cue = sp(text, t.start, t.end);
    // "…, a data firm, has estimated": the comma may come before an auxiliary.
    let aux = c;
    while (aux > 1 && BETWEEN.has(toks[aux - 1]!.lower) && !/,/.test(gapBefore(aux))) aux--;
    const commaBefore = /,/.test(gapBefore(c)) || (aux < c && !participle && /,/.test(gapBefore(aux)));
    let subj: Phrase | null = commaBefore && participle ? null : subjectBefore(scope, toks, c);
    // "Sergei Shoigu, head of Russia's Security Council, said": the subject is before the appositive.
    let aside = false;
    if (!subj && commaBefore && !participle) aside = !!(subj = beforeAppositive(scope, toks, c));
    if (tally && !CUE_VERBS.has(w) && (!subj || !keepsTally(text, toks, subj))) continue;
    if ((counting || funds) && !CUE_VERBS.has(w) && (!subj || !countingBody(scope, toks, subj))) continue;
    const label = participle
      ? 'attributions/participle'
      : counting
        ? 'attributions/counting-subject'
        : funds
          ? 'attributions/funds-subject'
          : 'attributions/verb';
    let srcs = subj ? resolve(scope, subj, label) : [];
    if (!srcs.length && !participle && c > 1 && toks[c - 1]!.lower === 'and' && CUE_VERBS.has(w)) {
      const first = clauseSubject(scope, toks, c - 1);
      const coordinated = first ? resolve(scope, first, 'attributions/coordinated-cue') : [];
      if (coordinated.length) {
        subj = first;
        srcs = coordinated;
      }
    }
    // "figures from the ministry show": the body the figures come from speaks through them.
    const figuresFrom = !!subj && FIGURES_FROM.test(text.slice(Math.max(sStart, subj.start - 40), subj.start));
    // attributions/data-from-after: "…, data from the mining registry showed": the release names its owner.
    const releaseBefore = !!subj && RELEASE_FROM_AFTER.test(text.slice(Math.max(sStart, subj.start - 60), subj.start));
    // "X also estimates": an adverb before it makes the word a verb.
    if (
      NOUNISH.has(w) &&
      !figuresFrom &&
      !releaseBefore &&
      !(SHOW_VERBS.has(w) && subj && DOCUMENT_NOUNS.has(toks[subjectHead(toks, subj.end)]!.lower)) &&
      // "the agency's count shows": after figures the word is their verb.
      !(srcs[0] && /\/owner(?:-generic)?$/.test(srcs[0].by)) &&
      subj &&
      srcs.length &&
      !aside &&
      !(c > 0 && BETWEEN.has(toks[c - 1]!.lower)) &&
      !(srcs[0]!.entity && srcs[0]!.certain && srcs[0]!.span && srcs[0]!.span.end === subj.end) &&
      (toks[c + 1] ?? t).lower !== 'that' &&
      !/[,”"]\s*$/.test(text.slice(Math.max(sStart, subj.start - 3), subj.start))
    )
      continue;
    if (participle && !srcs.length) {
      // "…, saying …": the sentence's speaker so far, else its first person.
      const prev = drafts[drafts.length - 1];
      if (prev) srcs = [{ ...prev.source, by: 'attributions/participle' }];
      else if (commaBefore) {
        const inSentence = mentionsIn(scope, sStart, t.start).filter((x) => x.start >= sStart);
        // `attributions/participle-subject`: else an organisation that opens the sentence ("Firm X released …,
        // estimating").
        const m =
          inSentence.find((x) => x.type === 'person') ??
          inSentence.find((x) => x.type === 'organization' && x.end - sStart <= 60);
        if (m)
          srcs = [
            {
              entity: m.entity,
              name: scope.entities.get(m.entity)?.name ?? m.text,
              span: sp(text, m.start, m.end),
              by: 'attributions/participle',
              certain: false,
            },
          ];
        else {
          const opener = genericOpener(toks, c);
          if (opener) srcs = resolve(scope, opener, 'attributions/participle-opener');
        }
      }
      if (srcs.length) subj = null;
    }
    // Content after the cue: skip "that", the object of "told", a time phrase.
    let k = c + 1;
    if (w === 'pointed') k++;
    if (OBJECT_VERBS.has(w)) {
      let thatAt = -1;
      for (let i = c + 1; i < c + 12 && i < toks.length; i++)
        if (toks[i]!.lower === 'that' && !hardGap(text, toks[i - 1]!, toks[i]!)) {
          thatAt = i;
          break;
        }
      if (thatAt > 0) k = thatAt + 1;
    }
    while (
      k < toks.length &&
      // attributions/cue-time: the day and its part ("said early on Tuesday night") close the cue, not open content.
      CUE_TIME_WORDS.has(toks[k]!.lower) &&
      !hardGap(text, toks[k - 1]!, toks[k]!)
    )
      k++;
    // "said on Friday (local time)": a bracketed note after the time.
    if (k > c + 1 && k < toks.length && text.slice(toks[k - 1]!.end, toks[k]!.start).includes('(')) {
      const close = text.indexOf(')', toks[k]!.start);
      while (close > 0 && close - toks[k - 1]!.end < 40 && k < toks.length && toks[k]!.start < close) k++;
    }
    // "said on Friday, as …", "said, adding …": the cue's clause is closed; the content came before it.
    const closed = k > c && k < toks.length && /,/.test(text.slice(toks[k - 1]!.end, toks[k]!.start));
    if (k < toks.length && toks[k]!.norm === 'that' && toks[k + 1] && toks[k + 1]!.start > toks[k]!.end) k++;
    let afterStart = k < toks.length ? toks[k]!.start : sEnd;
    // A currency sign is not a token but belongs to the number it opens.
    if (afterStart > sStart && /[$€£¥]/.test(text[afterStart - 1]!)) afterStart--;
    // Bounded look-ahead: only the start of what follows matters.
    const afterText = text.slice(afterStart, Math.min(sEnd, afterStart + 200)).replace(/[\s.”"’)]+$/, '');
    // attributions/told-outlet: "…,” camp manager Lina Haddad told Reuters.": the outlet told closes the sentence.
    const toldOutlet = OBJECT_VERBS.has(w) && k === c + 1 && TOLD_OUTLET.test(afterText);
    const weakAfter =
      closed ||
      afterText.length < 3 ||
      /^(?:per|according|citing)\b/i.test(afterText) ||
      /^[^,]{0,30},\s*(?:citing|according to|per)\b/.test(afterText) ||
      (OBJECT_VERBS.has(w) &&
        k === c + 1 &&
        /^(?:reporters|journalists|lawmakers|me|us|him|her|them|the\s+\w+|a\s+\w+)\b/i.test(afterText) &&
        !/\bthat\b/.test(afterText.slice(0, 60))) ||
      toldOutlet ||
      // attributions/told-audience: "told 2,000 supporters", "told thousands of flood victims": who heard it, not what.
      (OBJECT_VERBS.has(w) && k === c + 1 && AUDIENCE_COUNT.test(afterText)) ||
      /^\(|^(?:in|at|during|after|before|from|to|on)\b/i.test(afterText) ||
      // "…, an official said Sunday as crews searched": a clause of circumstance, not what was said.
      /^(?:as|while|amid|when|because)\b(?!\s+(?:many|much|few|high|little|low|long|well|of|part)\b)/i.test(afterText);
    // attributions/expects-noun-of: the bare "expect" reports only a forecast's noun and its figure.
    if (w === 'expect' && !EXPECT_NOUN_OF.test(afterText)) continue;
    // attributions/add-object: "the offer adds a payment of €350", "the plant added 300 jobs": adding, not speech.
    if (ADD_VERBS.has(w) && ADD_OBJECT.test(text.slice(toks[c]!.end, Math.min(sEnd, toks[c]!.end + 16)).trimStart()))
      continue;
    // attributions/results-relative: "the insurer, which reported revenue of €2 billion": its accounts, not speech.
    if (RESULTS_VERBS.has(w) && c > 0 && RELATIVES.has(toks[c - 1]!.lower) && RESULTS_OBJECT.test(afterText)) continue;
    // attributions/claimed-lives: "the floods have claimed 40 lives": the toll a disaster took, not a statement.
    if (CLAIM_VERBS.has(w) && CLAIMED_LIVES.test(afterText)) continue;
    // attributions/found-bodies: "divers found another six bodies": what a search turned up, not a finding stated.
    if (FIND_VERBS.has(w) && FOUND_REMAINS.test(afterText)) continue;
    // "Ford expects $2 billion in tariff costs": a strict verb whose object is the number is an estimate.
    const numberNext =
      /^(?:(?:about|around|roughly|nearly|almost|some|approximately|up to|more than|at least|as many as|between|an?)\s+)?[$€£¥]?\d/i.test(
        text.slice(afterStart, afterStart + 30),
      );
    if (
      srcs.length &&
      subj &&
      STRICT_VERBS.has(w) &&
      // attributions/documents-show: "court records show the firm billed $2 million": a document speaks for itself.
      !(SHOW_VERBS.has(w) && DOCUMENT_NOUNS.has(toks[subjectHead(toks, subj.end)]!.lower)) &&
      // attributions/owner-data-show: "Labor Department data showed …": figures speak for their named owner.
      !(
        SHOW_VERBS.has(w) &&
        (srcs[0]!.by.endsWith('/owner') || DATA_FROM.test(text.slice(Math.max(sStart, subj.start - 40), subj.start)))
      ) &&
      // Analysts' "they projected …" is a forecast whatever follows.
      !srcs[0]!.by.endsWith('/pronoun-they') &&
      !weakAfter &&
      !numberNext &&
      // attributions/expects-to-be: "Economists had expected the revision to be about 600,000": a forecast.
      !(FORECAST_VERBS.test(w) && EXPECT_TO.test(afterText)) &&
      // attributions/expects-noun-of: "Forecasters expect temperatures of up to 35C": the forecast's noun, then its
      // figure.
      !(FORECAST_VERBS.test(w) && EXPECT_NOUN_OF.test(afterText)) &&
      !/[”"],?\s*$/.test(text.slice(Math.max(sStart, subj.start - 4), subj.start)) &&
      !/^(?:that\b|how\b|what\b|[“"‘:,])/.test(text.slice(toks[c]!.end, Math.min(sEnd, toks[c]!.end + 8)).trim()) &&
      // attributions/asked-object: "The judge asked Mr. Lee “how many …”": the one asked, then the question.
      !(OBJECT_VERBS.has(w) && ASKED_OBJECT.test(text.slice(toks[c]!.end, Math.min(sEnd, toks[c]!.end + 50))))
    )
      continue;
    if (srcs.length && subj) {
      const before = text.slice(Math.max(sStart, subj.start - 12), subj.start);
      const quoteBefore =
        /(?:[”"]|,[”"]?|[”"],?)\s*(?:(?:its|his|her|their|the|a|an)\s+)?$/i.test(before) &&
        text.slice(sStart, Math.min(subj.start, sStart + 12)).trim().length > 2;
      const describedAfter =
        toldOutlet && /[,”"][^,”"]{0,60}$/.test(text.slice(Math.max(sStart, subj.start - 60), subj.start));
      // attributions/coordinated-after: "…, the rail operator and the ministry said": the second speaker's phrase
      // follows the first's, which opens after the comma.
      const coordinated =
        / and\s+$/.test(before) && COORDINATED_BEFORE.test(text.slice(Math.max(sStart, subj.start - 60), subj.start));
      const contentBefore =
        (quoteBefore ||
          describedAfter ||
          coordinated ||
          releaseBefore ||
          /,\s*(?:its|his|her|their)?\s*$/.test(before)) &&
        weakAfter;
      // A chant is its quoted words only: "Farmers chanted, “No farms, no food,” as 300 tractors …".
      const chantEnd = CHANTS.has(w) ? afterStart + chantLength(text.slice(afterStart, sEnd)) : 0;
      // attributions/change-tail: "rose to 61, officials said, up from 44": the earlier value after the cue is
      // part of the same statement.
      // attributions/statement-tail: "…, officials said Monday, and six people have died", "…, after rescuers pulled
      // three more bodies": a clause joined on after the cue goes on with the same statement.
      const changeTail =
        contentBefore &&
        (CHANGE_TAIL.test(afterText) ||
          STATEMENT_TAIL.test(afterText) ||
          PARTICIPLE_TAIL.test(afterText) ||
          DATA_TAIL.test(afterText));
      const content: [number, number] = contentBefore
        ? [sStart, changeTail ? sEnd : subj.start]
        : [afterStart, chantEnd > afterStart ? chantEnd : sEnd];
      const outlet = toldOutlet && contentBefore ? phraseAfter(scope, toks, k, 6) : null;
      drafts.push({
        source: srcs[0]!,
        via: outlet ? resolve(scope, outlet, 'attributions/told-outlet') : [],
        cue,
        content,
        rule: contentBefore ? 'verb-after' : participle ? 'participle' : figuresFrom ? 'figures-from' : 'verb',
        np: subj.start,
      });
      continue;
    }
    if (srcs.length && !subj) {
      drafts.push({ source: srcs[0]!, via: [], cue, content: [afterStart, sEnd], rule: 'participle', np: t.start });
      continue;
    }
    // Inverted: "…,” said Lee." / "…, added Lee."
    if (commaBefore || /[”"]\s*$/.test(gapBefore(c))) {
      const found = phraseAfter(scope, toks, documentFrom(toks, c + 1), 8);
      const inv = found ? resolve(scope, found, 'attributions/inverted') : [];
      // attributions/inverted-role-name: "said its chief executive, Lena Varga": past a possessive, the role that the
      // apposed name closes (the role alone names no one).
      const ph =
        found ?? (/^(?:its|their|his|her)$/.test((toks[c + 1] ?? t).lower) ? phraseAfter(scope, toks, c + 2, 6) : null);
      // "said Lee." / "said Lee, adding": the phrase ends the clause ("said North Korea would…" is not inverted).
      const closes =
        ph &&
        /^\s*(?:[,.;:!?)]|$|who\b|in a\b|on \w+day\b|(?:after|before|at|during|outside|while|when|as)\b)/.test(
          text.slice(ph.end, Math.min(sEnd, ph.end + 20)),
        );
      // A role no rule resolves ("said Harbor's rescue coordinator, Lina Moss") still hands over to the apposed name.
      const named = ph && closes ? nameAfterRole(scope, ph.end, sEnd) : null;
      const person = named ? resolve(scope, named, 'attributions/inverted-role-name') : [];
      if (ph && (inv.length || person.length) && closes)
        drafts.push({
          source: person[0] ?? inv[0]!,
          via: [],
          cue,
          content: [sStart, toks[c - 1] ? toks[c - 1]!.end + 1 : t.start],
          rule: 'inverted',
          np: ph.start,
        });
    }
  }

  // Headline credits: "…: spy agency", "Lawmakers: …".
  if ((sentence.heading || !/[.!?]["”’]?$/.test(sentence.text)) && sentence.text.length < 400) {
    const colon = sentence.text.lastIndexOf(':');
    if (colon > 0 && colon < sentence.text.length - 2) {
      const tail = sentence.text.slice(colon + 1).trim();
      const tailStart = sStart + sentence.text.indexOf(tail, colon);
      if (tail.split(/\s+/).length <= 5 && /^[\p{L} .'’-]+$/u.test(tail)) {
        const srcs = resolve(scope, { start: tailStart, end: tailStart + tail.length }, 'attributions/headline-credit');
        if (srcs.length && !drafts.length)
          drafts.push({
            source: srcs[0]!,
            via: [],
            cue: sp(text, sStart + colon, sStart + colon + 1),
            content: [sStart, sStart + colon],
            rule: 'headline-credit',
            np: tailStart,
          });
      }
    }
    const first = sentence.text.indexOf(':');
    if (
      first > 0 &&
      first < 30 &&
      sentence.text.slice(0, first).split(/\s+/).length <= 3 &&
      /^[\p{L} .'’-]+$/u.test(sentence.text.slice(0, first)) &&
      // "Floods in Spain: …" is a topic kicker, not a speaker (attributions/headline-credit).
      !/\s(?:in|on|at|of|for|over|after)\s/.test(sentence.text.slice(0, first)) &&
      /^\s/.test(sentence.text.slice(first + 1))
    ) {
      const srcs = resolve(scope, { start: sStart, end: sStart + first }, 'attributions/headline-credit');
      const lastWord = sentence.text.slice(0, first).trim().split(/\s+/).pop()!;
      const genericHead = GENERIC_HEADS.has(lastWord.toLowerCase());
      if (!srcs.some((x) => x.entity) && !genericHead) return chain(drafts);
      // attributions/headline-place-label: "Malawi: at least 9 dead in floods" files the story under a country.
      if (COUNTRY_NAMES.has(sentence.text.slice(0, first).trim())) return chain(drafts);
      // "Harlow Quay fire: …": a lower-case last word that names no speaker makes the name a topic's place.
      if (/^\p{Ll}/u.test(lastWord) && !genericHead) return chain(drafts);
      if (
        sentence.text
          .slice(first + 1)
          .trim()
          .split(/\s+/).length < 3
      )
        return chain(drafts);
      const credit: Attribution[] = srcs.length
        ? srcs
        : [
            {
              entity: null,
              name: sentence.text.slice(0, first),
              span: sp(text, sStart, sStart + first),
              by: 'attributions/headline-credit',
              certain: false,
            },
          ];
      if (drafts.length) for (const d of drafts) d.via.push(...credit);
      else
        drafts.push({
          source: credit[0]!,
          via: [],
          cue: sp(text, sStart + first, sStart + first + 1),
          content: [sStart + first + 1, sEnd],
          rule: 'headline-credit',
          np: sStart,
        });
    }
  }
  return chain(drafts);
}

/** What became of the counted, after a participle that then describes them ("confirmed dead", "reported missing"). */
const STATE_AFTER = new Set(['dead', 'missing', 'injured', 'hurt', 'infected', 'alive', 'safe', 'killed', 'drowned']);

/**
 * An outlet told, closing the sentence: "Reuters", "news agency ANI", "the newspaper", "local broadcaster RTV"; a
 * day may follow it ("told Reuters on Friday").
 */
const TOLD_OUTLET =
  /^(?:(?:the\s+)?(?:[a-z]+\s+)?(?:news agency|newspaper|broadcaster|news outlet|outlet|wire service|paper|network|channel|station|daily|magazine)(?:\s+|$))?(?:\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})?(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday))?$/u;

/** The person asked, then the opening mark of the question: " Mr. Lee “", " the mayor whether “". */
const ASKED_OBJECT = /^\s+(?:[\p{L}.’'-]+\s+){1,4}[“"]/u;

/** A counted audience right after "told": "2,000 cheering supporters", "thousands of flood victims". */
const AUDIENCE_COUNT =
  /^(?:(?:about|around|some|nearly|more than|over|an estimated)\s+)?(?:\d[\d,.]*|(?:hundreds|thousands|dozens|tens of thousands) of)\s/i;

/** A forecast's noun and its figure after the verb: "temperatures of up to 35C", "losses of $2 billion". */
const EXPECT_NOUN_OF =
  /^(?:[a-z-]+\s+){1,2}of\s+(?:(?:up to|about|around|roughly|nearly|more than|at least|as much as)\s+)?[$€£¥]?\d/;
/** Verbs of a forecast whose object and infinitive hold the figure. */
const FORECAST_VERBS = /^(?:expect|expects|expected|projects?|projected|forecasts?|predicts?|predicted)$/;
/** Auxiliaries between a forecaster and its verb: `than economists had expected`. */
const FORECAST_AUX = new Set(['had', 'have', 'has', 'were', 'was', 'been', 'widely', 'originally', 'initially']);

/** true when `than` or `as` opens the forecaster's phrase before the forecast verb at `c` (at most five words back). */
function comparedWithForecast(toks: Token[], c: number): boolean {
  let k = c - 1;
  while (k >= 0 && FORECAST_AUX.has(toks[k]!.lower)) k--;
  for (let n = 0; n < 5 && k >= 0; n++, k--) {
    const w = toks[k]!.lower;
    if (w === 'than' || w === 'as') return n > 0;
    if (!/^[\p{L}'-]+$/u.test(toks[k]!.norm)) return false;
  }
  return false;
}

/** "the revision to be about 600,000", "sales to reach 2 million": a forecast figure after its object. */
const EXPECT_TO =
  /^(?:[\w’'-]+\s+){1,4}to\s+(?:be|reach|total|hit|top|exceed|rise|fall|climb|drop|come|grow|shrink|crest|peak)\b/i;

/** Figures said to come from a source ("Data from the Labor Department showed"). */
const DATA_FROM = /\b(?:data|figures|statistics|numbers)\s+(?:released\s+|published\s+)?(?:from|by)\s+(?:the\s+)?$/i;

/**
 * A release opening a clause after a comma, up to the owner named after it: ", a preliminary estimate from the ",
 * ", figures released by ", ", a new survey from ".
 */
const RELEASE_FROM_AFTER =
  /,\s*(?:(?:a|an|the|new|latest|preliminary|flash|official|final|monthly|quarterly|annual|separate)\s+){0,3}(?:data|figures|statistics|numbers|estimates?|survey|report|study|poll|census|analysis|tally|count)\s+(?:(?:released|published|compiled|issued)\s+)?(?:from|by)\s+(?:the\s+)?$/i;

/** The earlier value of a change, after the cue that closes the statement ("…, officials said, up from 44"). */
const CHANGE_TAIL = /^(?:up|down|compared)\s+(?:from|with|by)\s/i;

/**
 * A clause coordinated after a closing cue: ", and 14 people have died", ", after crews found two more", or conceded
 * in the same statement: ", though 30 villages were still cut off".
 */
const STATEMENT_TAIL =
  /^(?:and|but|after|though|although)\s+(?!(?:that|then|was|is|has|had|added|said|warned|called)\b)/i;

/**
 * attributions/participle-tail: a list or an effect joined on after a closing cue is the same statement:
 * ", including 85 soldiers", ", flooding about 300 homes", ", leaving 2,000 without power": any present participle
 * (lower case: never a name like `Beijing`), but the prepositions that end like one (`during`, `following`).
 */
const PARTICIPLE_TAIL =
  /^(?!(?:according|during|following|regarding|concerning|pending|considering|notwithstanding|excepting)\s)[a-z]{2,}ing\s/;

/**
 * attributions/data-tail: a release's detail joined on after a closing cue is the same statement: ", with exports
 * down 4%", ", against 3.1% a month earlier", ", driven by fuel", ", revising its estimate to 1.2%", ", pointing to
 * wage growth of 6%", ", putting the bill at €2 million".
 */
const DATA_TAIL =
  /^(?:with\s(?!(?:the\s+)?help)|against\s|driven\s|revising\s|lowering\s|pointing\s+to\s|putting\s|compared\s+to\s)/i;

/** Words after which a past participle is an adjective of the noun that follows ("of confirmed deaths"). */
const ADJECTIVE_SLOT = new Set(
  'of the a an its their his her with for these those all any newly officially previously total'.split(' '),
);

/** true when an article or possessive stands up to three words before token `c`, with no comma between. */
function articleBefore(text: string, toks: Token[], c: number): boolean {
  for (let k = c - 1; k >= 0 && k >= c - 3; k--) {
    if (/[,;:—–(]/.test(text.slice(toks[k]!.end, toks[k + 1]!.start))) return false;
    if (/^(?:a|an|the|its|their|his|her|this|that|new|latest)$/.test(toks[k]!.lower)) return true;
  }
  return false;
}

/** Words of a time or place phrase that may open a sentence before its subject ("On Sunday, …"). */
const OPENERS =
  /^(?:on|in|at|late|early|last|this|earlier|later|overnight|meanwhile|yesterday|today|prior|after|before|during|following|since|amid|despite|as|when|while|under|with|for|by|from|speaking|asked)$/;

/**
 * attributions/coordinated-cue: "The ministry denied the report and said 12 soldiers were hurt": the subject that
 * opens the sentence also speaks the cue after "and" (before token `and`).
 */
function clauseSubject(scope: Scope, toks: Token[], and: number): Phrase | null {
  let i = 0;
  if (OPENERS.test(toks[0]!.lower)) {
    let k = 1;
    while (k < Math.min(and, 8) && !/,/.test(scope.text.slice(toks[k - 1]!.end, toks[k]!.start))) k++;
    if (k >= Math.min(and, 8)) return null;
    i = k;
  }
  // The subject ends at its head: a name word or a body's noun, before the first other word after it or a comma.
  let end = -1;
  for (let k = i; k < and && k < i + 6; k++) {
    const tk = toks[k]!;
    // A dateline ("HARBOURTON – The port authority …") stands before the subject, not in it.
    if (k > i && k < 6 && /\s[-–—]\s/.test(scope.text.slice(toks[k - 1]!.end, tk.start))) {
      i = k;
      end = -1;
    }
    if (k > i && /,/.test(scope.text.slice(toks[k - 1]!.end, tk.start))) break;
    const head = /^\p{Lu}/u.test(tk.norm) || GENERIC_HEADS.has(tk.lower) || BODY_HEADS.test(tk.lower);
    if (head) end = k;
    else if (
      end > i &&
      !(/^\p{Lu}/u.test(toks[end]!.norm) && toks[end]!.lower !== 'the' && bodyAhead(scope.text, toks, k, and))
    )
      break;
  }
  return end >= i ? { start: toks[i]!.start, end: toks[end]!.end } : null;
}

/**
 * `attributions/coordinated-cue` (modifiers): "The Karnali provincial government has … and promised": one or two
 * lower-case words at `k` lead on to a body's head noun before `and`, so the subject runs on to that head.
 */
function bodyAhead(text: string, toks: Token[], k: number, and: number): boolean {
  // A modifier, not a verb or a determiner ("Ostmark denied the report" has no body after it).
  const modifier = (n: number) =>
    /^\p{Ll}[\p{Ll}-]*$/u.test(toks[n]!.norm) && !/(?:ed|ing)$|^(?:the|an?|its|their)$/.test(toks[n]!.lower);
  if (!modifier(k)) return false;
  for (let n = k + 1; n < and && n <= k + 2; n++) {
    if (/,/.test(text.slice(toks[n - 1]!.end, toks[n]!.start)) || !/^\p{Ll}/u.test(toks[n]!.norm)) return false;
    if (GENERIC_HEADS.has(toks[n]!.lower) || BODY_HEADS.test(toks[n]!.lower)) return true;
  }
  return false;
}

/** Verbs by which a document shows what it holds. */
const SHOW_VERBS = new Set(['show', 'shows', 'showed']);

/** The index of the token ending at `end` (the head of a subject phrase). */
function subjectHead(toks: Token[], end: number): number {
  let i = toks.length - 1;
  while (i > 0 && toks[i]!.end > end) i--;
  return i;
}

/** Cues of chanted or shouted words. */
const CHANTS = new Set(['chanted', 'shouted', 'yelled']);

/**
 * Length of a chant's quoted words: up to a clause that follows them ("…,” as 300 tractors …), else to the last mark.
 */
function chantLength(after: string): number {
  const clause = /[”"],?\s+(?:as|while|when|before|after|outside|and then)\s/.exec(after);
  if (clause) return clause.index + 1;
  return Math.max(after.lastIndexOf('”'), after.lastIndexOf('"')) + 1;
}

/** Documents that speak for whoever issued them: "the statement said", "the letter says". */
const DOCUMENTS = /^(?:statement|release|press release|news release|letter|filing|memo|notice|post)$/i;

/** Documents whose issuer is read from the verb that issued them (`attributions/document-issuer`). */
const ISSUED_NAMES = 'statement|release|letter|memo|notice|post|report|study|survey|filing';
/** "released a statement", "issued a short statement", "published its annual report" (group 1: the document). */
const ISSUED = new RegExp(
  `\\b(?:issued|released|published|put out|sent|posted|filed)\\s+(?:a|an|its|their|his|her)\\s+(?:[a-z-]+\\s+){0,2}?(${ISSUED_NAMES})\\b`,
  'g',
);
/** A source named by one of those documents alone ("the statement"). */
const ISSUED_NAME = new RegExp(`^(?:${ISSUED_NAMES})$`, 'i');
/** Words between an issuer and its verb ("Marlin Records on Monday released"): adverbs and a short time phrase. */
const ISSUER_GAP = /^\s+(?:(?:also|later|then|has|have|had|on|this|last|early|late|\p{Lu}[\p{Ll}]+day)\s+){0,3}$/u;

/**
 * `attributions/document-issuer`: "Marlin Records released a statement. … the statement said": the name right before
 * the verb that issued the document, within the three sentences before (null when none).
 */
function issuedBy(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  a: AttributionSpan,
  doc: string,
): Attribution | null {
  const from = sentences[Math.max(0, a.sentence - 3)]?.start ?? 0;
  const to = a.source.span?.start ?? a.cue.start;
  if (to <= from) return null;
  let found: Attribution | null = null;
  ISSUED.lastIndex = 0;
  const window = text.slice(from, to);
  for (let m = ISSUED.exec(window); m; m = ISSUED.exec(window)) {
    if (m[1]!.toLowerCase() !== doc) continue;
    const at = from + m.index;
    const who = mentions.filter((x) => x.end <= at && x.start >= from).pop();
    if (who && ISSUER_GAP.test(text.slice(who.end, at)))
      found = { entity: who.entity, name: who.text, span: sp(text, who.start, who.end), by: '', certain: false };
  }
  return found;
}

/** `attributions/document-issuer`: "the statement said" takes the last named source of the three sentences before. */
function issuers(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  entities: Map<string, Entity>,
  out: AttributionSpan[],
): void {
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a.source.entity || !/\/(?:generic|described)$/.test(a.source.by)) continue;
    const doc = ISSUED_NAME.exec(a.source.name);
    const issuer = doc ? issuedBy(text, sentences, mentions, a, doc[0].toLowerCase()) : null;
    if (issuer) {
      const name = (issuer.entity && entities.get(issuer.entity)?.name) || issuer.name;
      a.source = { ...issuer, name, span: a.source.span ?? issuer.span!, by: 'attributions/document-issuer' };
      continue;
    }
    if (!a.source.by.endsWith('/generic') || !DOCUMENTS.test(a.source.name)) continue;
    for (let j = i - 1; j >= 0 && a.sentence - out[j]!.sentence <= 3; j--) {
      const prev = out[j]!.source;
      if (prev.entity || /\/(?:qualified|name)$/.test(prev.by)) {
        a.source = {
          ...prev,
          ...(a.source.span ? { span: a.source.span } : {}),
          by: 'attributions/document-issuer',
          certain: false,
        };
        break;
      }
    }
  }
}

/** Find every attribution in the article. */
export function findAttributions(
  article: Pick<Article, 'text' | 'sentences' | 'mentions' | 'entities'>,
): AttributionSpan[] {
  const entities = new Map<string, Entity>(article.entities.map((e) => [e.id, e]));
  const mentions = [...article.mentions].sort((a, b) => a.start - b.start);
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const regions = findQuoteRegions(article.text);
  const inQuote = (offset: number) => {
    const r = regionAt(regions, offset);
    return r >= 0 && offset > regions[r]!.open && offset < regions[r]!.close;
  };
  const scope: Scope = {
    text: article.text,
    mentions,
    entities,
    counts,
    gender: genders(article.text, mentions),
    roleCache: new Map(),
    affiliations: new Map(),
    inQuote,
    sentences: article.sentences,
    itSubjects: new Map(),
  };
  const out: AttributionSpan[] = [];
  const bySentence = new Map<number, AttributionSpan[]>();
  for (const sentence of article.sentences) {
    const drafts = sentenceAttributions(scope, sentence, inQuote);
    for (const d of drafts) {
      const [cs, ce] = trimRange(
        article.text,
        Math.max(sentence.start, d.content[0]),
        Math.min(sentence.end, d.content[1]),
      );
      if (ce <= cs) continue;
      const a: AttributionSpan = {
        sentence: sentence.index,
        content: sp(article.text, cs, ce),
        source: d.source,
        via: d.via,
        cue: d.cue,
        carried: false,
        by: `attributions/${d.rule}`,
        certain: d.source.certain,
      };
      out.push(a);
      const list = bySentence.get(sentence.index);
      if (list) list.push(a);
      else bySentence.set(sentence.index, [a]);
    }
  }
  ownerFigures(scope, article.sentences, out, bySentence);
  giverList(scope, out, bySentence);
  issuers(article.text, article.sentences, mentions, entities, out);
  roleLastOrg(article.text, out, entities, mentions);
  subjectOrg(article.text, article.sentences, mentions, out);
  companyAntecedent(article.text, article.sentences, mentions, out);
  spokespersonOrg(article.text, article.sentences, mentions, out, entities);
  roleNamedOrg(article.sentences, mentions, out, entities);
  documentAnaphora(article.text, out);
  sameSource(out);
  carry(article, out, bySentence, trimRange, sp);
  out.sort((a, b) => a.sentence - b.sentence || a.content.start - b.content.start);
  return out;
}

export const attributionsStage: Stage = {
  name: 'attributions',
  needs: ['sentences', 'mentions'],
  gives: ['attributions'],
  run(article: Article) {
    article.attributions = findAttributions(article);
  },
};

export { lastPerson };
