/**
 * Quote speakers named around the marks when no attribution resolved them:
 * the person between the closing mark and the cue (`quotes/trailing-name`),
 * the subject of "told <outlet>:" before the opening mark (`quotes/told-colon`),
 * and an unnamed group that "called it" the quoted words (`quotes/called`).
 */
import type { Mention } from '../../article.js';
import { GENERIC_HEADS, LAY_PEOPLE, NP_STOP, OWNED_DOCUMENTS, SPOKESPERSON } from '../attributions/lexicon.js';

/** Speech cues that may follow a quote and the name of its speaker. */
const TRAILING_CUE =
  /(?:^|[\s,])(?:said|says|added|adds|stated|explained|explains|wrote|writes|noted|notes|recalled|warned|told|tells)\b/;

/** Mentions starting in [from, to), through `firstAtOrAfter` (mentions sorted by start). */
function mentionsBetween(
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
  from: number,
  to: number,
): Mention[] {
  const out: Mention[] = [];
  for (let i = firstAtOrAfter(from); i < mentions.length && mentions[i]!.start < to && out.length < 8; i++)
    out.push(mentions[i]!);
  return out;
}

/**
 * quotes/trailing-name: "“…,” county engineer Pia Lund, a hydrologist at …, said" and "“…,” said trader Omar Haddad
 * of …": the first person named after the closing mark, before the cue or just after it, in the same sentence.
 */
export function trailingName(
  text: string,
  close: number,
  sentenceEnd: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): Mention | null {
  const inner = text.slice(Math.max(0, close - 2), close);
  const after = text.slice(close + 1, close + 3);
  // Only a quote that hands over to its attribution ("…,”", "…?”", "…” , said").
  if (!/[,?!]\s*$/.test(inner) && !/^\s*,/.test(after)) return null;
  const end = Math.min(sentenceEnd, close + 300);
  const tail = text.slice(close + 1, end);
  // Another quotation in the tail belongs to someone else's sentence part.
  const stop = tail.search(/["“”]/);
  const cue = TRAILING_CUE.exec(stop < 0 ? tail : tail.slice(0, stop));
  if (!cue) return null;
  const cueAt = close + 1 + cue.index + (cue[0].length - cue[0].trimStart().replace(/^,/, '').length);
  const cueWord = cue[0].replace(/^[\s,]+/, '');
  // An untyped two- or three-word name after a title ("grain trader Omar Haddad") speaks like a person.
  const speaks = (m: Mention) =>
    m.type === 'person' || (m.type === 'other' && /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(m.text));
  // "residents of Pine Hollow told": a name after a preposition is not the subject.
  const head = (m: Mention) =>
    speaks(m) && !/\b(?:of|in|from|at|for|with|by|to|near)\s+(?:the\s+)?$/i.test(text.slice(close + 1, m.start));
  const before = mentionsBetween(mentions, firstAtOrAfter, close + 1, cueAt).find(head);
  if (before) return before;
  // "“…,” she said on a show in Reno": a pronoun before the cue is resolved elsewhere; Reno is not the speaker.
  if (/\b(?:he|she|they|we|I|it)\s*$/i.test(text.slice(close + 1, cueAt))) return null;
  // "said planetary geologist Rosa Lind": a person right after the cue and its title words (not the object of "told").
  if (/^tell|^told/.test(cueWord)) return null;
  const cueEnd = cueAt + cueWord.length;
  const next = mentionsBetween(mentions, firstAtOrAfter, cueEnd, Math.min(end, cueEnd + 60)).find(speaks);
  if (!next) return null;
  const title = text.slice(cueEnd, next.start);
  // `quotes/trailing-name/abbreviated-title`: "said Rep. Dana Whitfield (D-LA)", "said Lt. Gen. Omar Reyes".
  const titleOnly =
    /^\s+(?:[\p{L}-]+\.?\s+){0,4}$/u.test(title) && !title.split(/\s+/).some((w) => NP_STOP.has(w.toLowerCase()));
  return titleOnly ? next : null;
}

/**
 * quotes/told-colon: "Lena Fox, a nurse …, told Reuters: “…”": the sentence's first person before "told", not the
 * outlet it was told to.
 */
export function toldColon(
  text: string,
  open: number,
  sentenceStart: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): Mention | null {
  const before = text.slice(Math.max(sentenceStart, open - 60), open);
  const m = /\b(?:told|tells)\s+[^,;:"“”]{1,40}:\s*$/.exec(before);
  if (!m) return null;
  const toldAt = open - before.length + m.index;
  return mentionsBetween(mentions, firstAtOrAfter, sentenceStart, toldAt).find((x) => x.type === 'person') ?? null;
}

/** "<up to two words> <head> called it the", the group in group 1 and its head in group 2. */
const CALLED_BY = new RegExp(
  String.raw`(?:^|[\s,])((?:[\p{Lu}\p{Ll}][\p{L}-]*\s+){0,2}([\p{Ll}][\p{L}-]*))\s+(?:have\s+|had\s+)?` +
    String.raw`(?:called|dubbed|termed|labell?ed|described\s+(?:it|them|him|her)?\s*as)\s*(?:it|them)?\s*(?:the|an?)?\s*$`,
  'u',
);

/**
 * quotes/called: "Market analysts called it the “…”", "Election observers described it as “…”": an unnamed group
 * (a generic head, with at most two words before it) that calls it so. Returns the group as written.
 */
export function calledByGroup(before: string): string | null {
  const m = CALLED_BY.exec(before);
  if (!m || !GENERIC_HEADS.has(m[2]!.toLowerCase()) || !/s$/.test(m[2]!)) return null;
  const words = m[1]!.split(/\s+/);
  // "prices fell and analysts called it": the group starts after a stop word.
  while (words.length > 1 && NP_STOP.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}

/**
 * quotes/unnamed-speaker: "“…,” one farmer said", "“…,” a Weibo commenter said, per …": the unnamed person between the
 * closing mark and the cue, without its determiner. Only the whole gap counts, so a name or a clause there is left to
 * the other rules.
 */
export function unnamedSpeaker(text: string, close: number): string | null {
  const gap = text.slice(close + 1, close + 60);
  const m =
    /^\s*,?\s*(?:one|a|an|another|some)\s+((?:[\p{L}-]+\s+){0,2}([\p{Ll}]+))\s+(?:said|says|added|wrote|writes|told|quipped|joked|tweeted|posted|commented|replied|asked|explained|recalled|insisted|shouted|yelled|remarked|complained)\b/u.exec(
      gap,
    );
  // "“…,” said one aid worker, who …": the verb first (`quotes/unnamed-speaker` too).
  const inverted = m
    ? null
    : /^\s*,?\s*(?:said|says|added|wrote|asked|replied)\s+(?:one|a|an|another)\s+((?:[\p{L}-]+\s+){0,2}?([\p{Ll}]+))(?=\s*[,.;]|\s+(?:who|in|at|on|from)\b)/u.exec(
        gap,
      );
  const found = m ?? inverted;
  if (!found) return null;
  const head = found[2]!;
  // "said a report from Harwell Securities": a document speaks for its owner (quotes/statement-from).
  if (OWNED_DOCUMENTS.has(head)) return null;
  // "“…,” a spokesman said": a bare spokesperson speaks for a body, which the attribution names
  // (attributions/spokesperson-org).
  if (SPOKESPERSON.has(found[1]!)) return null;
  return LAY_PEOPLE.has(head) || GENERIC_HEADS.has(head) ? found[1]! : null;
}

/** "read a statement from", "said a joint statement issued by": a document that speaks for whoever issued it. */
const STATEMENT_FROM =
  /^\s*,?\s*(?:read|reads|said|says)\s+(?:a|the)\s+(?:joint\s+|brief\s+|written\s+|new\s+|recent\s+|(?:19|20)\d\d\s+)?(?:statement|post|message|letter|notice|note|tweet|report|study|survey|analysis|memo)\s+(?:from|by|issued\s+by|released\s+by|posted\s+by)\s+(?:the\s+)?/;

/**
 * quotes/statement-from: "“…,” read a statement from the Red Cross": the person or organisation named right after
 * the document that carries the words.
 */
export function statementFrom(
  text: string,
  close: number,
  sentenceEnd: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): Mention | null {
  const m = STATEMENT_FROM.exec(text.slice(close + 1, Math.min(sentenceEnd, close + 80)));
  if (!m) return null;
  const at = close + 1 + m[0].length;
  const who = mentions[firstAtOrAfter(at)];
  return who && who.start === at && (who.type === 'person' || who.type === 'organization') ? who : null;
}

/** "rejected the claims as", "dismissed it as", "branded the plan": the verb that judges the quoted words. */
const DISMISSED_AS =
  /\b(?:rejected|dismissed|denounced|condemned|branded|derided|ridiculed|criticized|criticised)\b[^"“”.;]{0,60}?(?:\sas)?\s*$/;

/**
 * quotes/dismissed-as: "The Fire Board rejected the report as “…”": the sentence's first named person or organisation
 * before the verb (its subject), not a source named later in the sentence.
 */
export function dismissedAs(
  text: string,
  open: number,
  sentenceStart: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): Mention | null {
  const before = text.slice(Math.max(sentenceStart, open - 100), open);
  const m = DISMISSED_AS.exec(before);
  if (!m || (!/\bas\s*$/.test(m[0]) && !/^branded/.test(m[0]))) return null;
  const verbAt = open - before.length + m.index;
  return (
    mentionsBetween(mentions, firstAtOrAfter, sentenceStart, verbAt).find(
      (x) => x.type === 'person' || x.type === 'organization',
    ) ?? null
  );
}

/** "… Gavin Lee of Ohio called the plan's “…”": a name (and its place), the verb of naming, and what is named. */
const CALLED_NAME =
  /(\p{Lu}[\p{L}'’.-]*)(?:\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?\s+(?:has\s+|had\s+|once\s+|also\s+)?(?:called|dubbed|termed|labell?ed)\s+(?:(?:it|them|the|a|an|his|her|its|their|this|that)\s+)?(?:[\p{L}-]+(?:'s|’s)\s+)?$/u;

/**
 * quotes/called-name: "… what Gov. Lena Fox of Ohio called the president’s “…”": the person named right before the verb
 * of naming, ahead of any speaker of the sentence (the quoted words are hers, not the report's).
 */
export function calledName<M extends { start: number; end: number; type: string }>(
  text: string,
  open: number,
  sentenceStart: number,
  mentions: M[],
  firstAtOrAfter: (offset: number) => number,
): M | null {
  const from = Math.max(sentenceStart, open - 100);
  const m = CALLED_NAME.exec(text.slice(from, open));
  if (!m) return null;
  const end = from + m.index + m[1]!.length;
  const i = firstAtOrAfter(end) - 1;
  const who = i >= 0 ? mentions[i] : undefined;
  return who && who.end === end && who.type === 'person' && who.start >= sentenceStart ? who : null;
}

/** A chant's verb right before the opening mark: "screamed, “", "chanting “". */
const CHANT_BEFORE = /\b(?:chanted|chanting|screamed|screaming|shouted|shouting|yelled|yelling|sang|singing)\s*,?\s*$/i;
// A crowd is lay people in the plural; "people" and "crowd" name one without saying who.
const CROWD_HEADS = ['people', 'crowd', ...[...LAY_PEOPLE].filter((w) => w.endsWith('s'))].join('|');
/** A crowd that chants: "a cluster of people", "hundreds of protesters", "the crowd". */
const CROWD = new RegExp(
  '^\\s*((?:a|an|the|some|many|several|hundreds of|thousands of|dozens of)\\s+(?:[\\p{L}-]+\\s+){0,3}?' +
    `(?:${CROWD_HEADS})(?:\\s+of\\s+[\\p{L}-]+)?)\\b`,
  'iu',
);

/**
 * quotes/chant-group: "As the mayor spoke, a crowd of farmers blew horns and chanted, “…”": the crowd that opens the
 * clause of the chant, as written.
 */
export function chantGroup(before: string): string | null {
  if (!CHANT_BEFORE.test(before)) return null;
  const head = before.replace(/\s*,?\s*$/, '');
  // "While some farmers chanted": a subordinating word may open the clause.
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf('.')) + 1);
  const m = CROWD.exec(clause.replace(/^\s*(?:while|as|when|after|before|until|and)\s+/i, ''));
  return m ? m[1]! : null;
}

/**
 * "accused U.S. forces of", "blamed the council for": a verb of blame, its object and the preposition (an
 * abbreviation's period allowed).
 */
const ACCUSED =
  /\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?:[^"“”.;:]|\.(?! )|(?<=\b[A-Z])\.){1,60}?\s(?:of|for)\b(?:[^"“”.;:]|\.(?! )|(?<=\b[A-Z])\.){0,60}$/;
/** The subject of a clause: "the Greek and Turkish coast guards", "Residents", "the ministry" (at most six words). */
const CLAUSE_SUBJECT = /^\s*(?:the\s+)?((?:[\p{L}-]+\s+){0,5}?([\p{L}-]+))\s*$/iu;

/**
 * quotes/accuser: "the Greek and Turkish coast guards accused smugglers of running “death boats”": the subject who
 * blames (a person or organisation named there, else the group as written), not the ones blamed.
 */
export function accuser(
  text: string,
  open: number,
  sentenceStart: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): { mention: Mention } | { name: string } | null {
  const from = Math.max(sentenceStart, open - 200);
  const before = text.slice(from, open);
  const m = ACCUSED.exec(before);
  if (!m) return null;
  const verbAt = from + m.index;
  const named = mentionsBetween(mentions, firstAtOrAfter, sentenceStart, verbAt).find(
    (x) => x.type === 'person' || x.type === 'organization',
  );
  if (named) return { mention: named };
  // The clause before the verb, after an opening phrase ("In a statement on Friday, ").
  const lead = text.slice(sentenceStart, verbAt);
  const clause = lead.slice(lead.lastIndexOf(',') + 1);
  const subject = CLAUSE_SUBJECT.exec(clause);
  if (!subject) return null;
  const head = subject[2]!.toLowerCase();
  const words = subject[1]!.split(/\s+/);
  // "the Greek and Turkish coast guards": a coordinated modifier is part of the group.
  if (words.some((w) => w.toLowerCase() !== 'and' && NP_STOP.has(w.toLowerCase()))) return null;
  return GENERIC_HEADS.has(head) || /(?:ies|s)$/.test(head) ? { name: subject[1]! } : null;
}
