/**
 * Where the outlet's own voice runs inside a speaker's sentence: a number that is part of a relative clause
 * naming the event ("the floods, which killed 31 people", "the blast, in which 12 workers died") is the
 * background the outlet gives, not what the speaker said.
 */
import { eventNounPattern } from '../../vocabulary/events.js';

/** Nouns that name an event a story is about, with their plurals. */
const EVENT_NOUNS = eventNounPattern();

/**
 * The last relative opener after an event noun in the window: "the storm(s) (in a generation), which|that|in
 * which". Bounded window, no nested quantifiers over the same text: linear.
 */
const OPENER = new RegExp(
  `\\b(?:${EVENT_NOUNS})(?:\\s+(?:in|of)\\s+(?:a\\s+|the\\s+)?[\\p{L}-]+)?\\s*,?\\s+(in which|which|that)\\s+`,
  'giu',
);

/** A cheap test before OPENER, with its flags: the relative word every match holds. */
const OPENER_CUE = /which|that/iu;

/** A clause verb in the past or perfect: "killed", "has killed", "left", "forced". */
const CLAUSE_VERB =
  /^(?:(?:has|have|had|was|were)\s+)?(?:(?:also|already|now|reportedly)\s+)?(?:[\p{L}-]+ed|left|hit|struck|swept|tore|took|brought|cost|drove|shook|sank|froze)\b/iu;
/** A second verb after the clause's own: the main clause has resumed ("the storm that hit Tuesday killed 40"). */
const SECOND_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|[\p{L}-]+ed|left|hit|struck|took|brought|cost)\b/iu;
/** A finite verb: after ", with" participles ("with 50 people killed") stay in the clause, a finite verb does not. */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b/i;

/**
 * `attributions/event-relative`: true when the number starting at `at` in `sentence` sits in a relative
 * clause naming the event (or in a ", with N killed and N wounded" tail of that clause).
 */
export function inEventClause(sentence: string, at: number): boolean {
  const from = Math.max(0, at - 220);
  const before = sentence.slice(from, at);
  if (!OPENER_CUE.test(before)) return false;
  OPENER.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = OPENER.exec(before); m; m = OPENER.exec(before)) last = m;
  if (!last) return false;
  const tail = before.slice(last.index + last[0].length);
  if (/[;:“”"]/.test(tail)) return false;
  const parts = tail.split(/,\s*with\s+/i);
  const core = parts[0]!;
  // "in which 50 people were killed and 53 wounded": the clause runs to its first comma.
  if (/^in which$/i.test(last[1]!)) {
    if (core.includes(',')) return false;
  } else {
    const verb = CLAUSE_VERB.exec(core);
    if (!verb || SECOND_VERB.test(core.slice(verb[0].length))) return false;
  }
  return parts.slice(1).every((p) => !FINITE.test(p));
}

/**
 * A relative clause opening on a past verb: ", which opened", "the group that bought", "which stood at" (not the
 * "that" of reported speech, which a noun or a number follows).
 */
const PAST_RELATIVE =
  /(?:,\s*which|\bthat)\s+(?:(?:has|had|was|were)\s+)?(?:[\p{L}-]+ed|bought|built|began|grew|fell|rose|stood|won|lost|paid|sold|spent|took|made|had)\b/giu;
/** A time before the story's own: a year, "last year", "a decade ago". */
const EARLIER_TIME =
  /\b(?:(?:in|since)\s+(?:19|20)\d\d\b|last\s+(?:year|decade)\b|(?:a|one|two|three|four|five|ten|\d+)\s+(?:years?|decades?)\s+ago\b)/iu;

/**
 * `attributions/background-relative`: true when the number starting at `at` in `sentence` sits in a relative clause
 * in the past that names an earlier time ("the group that bought a 30% stake in 2019", "the plant, which opened in
 * 1987 and employs 600", "the debt, which stood at 92% of GDP last year"): the outlet's background inside a speaker's
 * sentence.
 */
export function inBackgroundClause(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 160), at);
  if (!/which|that/i.test(before)) return false;
  PAST_RELATIVE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = PAST_RELATIVE.exec(before); m; m = PAST_RELATIVE.exec(before)) last = m;
  if (!last) return false;
  const head = before.slice(last.index);
  if (/[;:“”"]/.test(head) || /,/.test(head.slice(1))) return false;
  // The clause runs to its closing comma (or the sentence end).
  const rest = sentence.slice(at);
  const close = rest.search(/[,;:“”"]|\.\s|\.$/);
  const clause = head + (close < 0 ? rest : rest.slice(0, close));
  return EARLIER_TIME.test(clause);
}

/** The clause of a charge before the number: "charges that he took", "was accused of taking", "charged with". */
const CHARGE_CLAUSE =
  /\b(?:(?:charges?|allegations?|accusations?)\s+that|(?:accused|charged|indicted)\s+(?:\p{Ll}+\s+)?(?:of|with))\b[^.;:“”"]*$/iu;
/** A cheap test before CHARGE_CLAUSE, with its flags: the stem of the charge word every match holds. */
const CHARGE_CUE = /charge|allegation|accus|indicted/iu;
/** Who brings a charge, as the paragraph names them: "prosecutors", "the indictment", "the attorney general". */
const ACCUSER =
  /\b(?:(?:[Ff]ederal|[Ss]tate|U\.S\.|[Cc]ounty)\s+)?(?:prosecutors|[Pp]rosecutors|the (?:indictment|complaint|attorney general|district attorney))\b/u;

/**
 * `attributions/charged-that`: for a number inside a charge ("charges that he took $80,000", "was accused of taking
 * $30,000"), the accuser named in the paragraph, as written; null when the paragraph names none.
 */
export function accuserIn(sentence: string, at: number, paragraph: string): { name: string; at: number } | null {
  const before = sentence.slice(Math.max(0, at - 160), at);
  if (!CHARGE_CUE.test(before) || !CHARGE_CLAUSE.test(before)) return null;
  const m = ACCUSER.exec(paragraph);
  return m ? { name: m[0].replace(/^the\s+/i, ''), at: m.index } : null;
}

/** Nouns of a place described in apposition ("Orland, a river town of 4,000 people"). */
const PLACE_NOUNS =
  'village|villages|town|towns|city|cities|hamlet|country|nation|archipelago|island|islands|port|region|district|' +
  'province|state|community|suburb|settlement|municipality|county|valley|peninsula|enclave';

/** ", a/an (up to three describing words) place noun" and what follows it without a clause break. */
const PLACE_APPOSITION = new RegExp(
  `,\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PLACE_NOUNS})\\b[^,;:“”"()]*$`,
  'iu',
);

/**
 * `attributions/place-apposition`: true when the number starting at `at` describes a place named just before
 * (", a farming town of about 3,000 people", ", a port city about 200 miles north of …"): the outlet's background,
 * whoever speaks in the sentence.
 */
export function inPlaceApposition(sentence: string, at: number): boolean {
  return PLACE_APPOSITION.test(sentence.slice(Math.max(0, at - 160), at));
}
