/**
 * `attributions/subject-org`: "Orbix will cut 12,000 jobs, the company said", "The virus has killed 21 people, it
 * said" (after "The health ministry recorded …"): a description of a company, or "it", with no organisation that spoke
 * before stands for the organisation that is the subject of the sentence (or, for "it", of the sentence before).
 */
import type { Attribution, AttributionSpan, Mention, Sentence } from '../../article.js';
import { CALENDAR_NAMES_PATTERN } from '../../vocabulary/calendar.js';
import { sentenceAt } from '../sentences.js';

/** Heads of a description of an organisation that may be the subject ("The health ministry recorded …"). */
const SUBJECT_HEADS = new Set(
  `firm company agency carrier airline insurer lender bank group utility ministry department service operator
  regulator railway commission council authority office bureau institute board airport`
    .trim()
    .split(/\s+/),
);
/** Heads of a description of a company ("the company", "the carmaker"), as a pattern. */
export const FIRM_HEADS =
  'company|firm|group|airline|carrier|insurer|lender|bank|utility|operator|retailer|carmaker|automaker|maker|miner|' +
  'shipper|conglomerate|manufacturer|producer|startup|giant|chain';
/**
 * The descriptions of a company that take the subject's name; attributions/demonym-company: a demonym may stand
 * before the head ("the Danish shipper").
 */
const COMPANY_HEADS = new RegExp(`^(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:${FIRM_HEADS})$`, 'u');
/** A dateline before the sentence proper ("OTTAWA, Dec 7 (Reuters) - "). */
const DATELINE = /^(?:[^\n()]{0,50}\([\p{L} .]{1,25}\)|\p{Lu}[\p{Lu} .'’,-]{1,40})\s*[-—–]\s+/u;
/** What the subject rules read of a sentence. */
export type ArticleSentence = Pick<Sentence, 'index' | 'start' | 'end' | 'paragraph'>;

/** A capitalised name, "The" allowed before it, then a finite verb. */
const NAME_SUBJECT =
  /^(?:The\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5})\s+([a-z]+)\b/u;
/** "The health ministry recorded": a description with an organisation head, then a finite verb. */
const DESCRIBED_SUBJECT = /^The\s+((?:[a-z][\p{L}-]*\s+){0,2}([a-z]+))\s+([a-z]+)\b/u;
/** "The operator, Carpatica Rail, gave …": an organisation head, then its name in commas, then a lower-case word. */
const APPOSITIVE_SUBJECT =
  /^The\s+(?:[a-z][\p{L}-]*\s+){0,2}([a-z]+),\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}),\s+[a-z]+\b/u;
const VERB =
  /^(?:will|would|has|have|had|is|was|plans|expects|aims|intends|says|said|told|reports|posts|sees|employs|operates|runs|can|could|may|must|should|cut|[a-z]{2,}ed)$/;
/** A lone capitalised plural opening the sentence is a common noun ("Firefighters rescued …"), not a name. */
const PLURAL_WORD = /^\p{Lu}\p{Ll}+(?:ers|ies|ents|ants|ists|ians|ors|ions)$/u;
/**
 * Capitalised words that open a sentence but name no one: pronouns, conjunctions, prepositions, months and
 * weekdays. A subset of the entities stage's STOP list, which also holds titles and role nouns that do head a
 * described subject here ("Officials said").
 */
export const NOT_NAME = new RegExp(
  `^(?:The|It|This|That|There|They|We|He|She|I|You|But|And|In|On|At|After|Before|${CALENDAR_NAMES_PATTERN})$`,
);

/**
 * The organisation that is the subject of the sentence starting at `start` (ending before `end`): a capitalised name
 * no person or place mention covers, or a description with an organisation head; null when the subject is anything
 * else.
 */
function orgSubject(text: string, mentions: readonly Mention[], start: number, end: number): Attribution | null {
  const head = text.slice(start, Math.min(end, start + 200));
  const d = DATELINE.exec(head);
  const from = start + (d ? d[0].length : 0);
  const s = text.slice(from, Math.min(end, from + 160));
  const n = NAME_SUBJECT.exec(s);
  // The subject's name at `at`: an organisation or a name not typed yet, never a person or a place.
  const subjectAt = (at: number, name: string) => {
    const m = mentionOver(mentions, at, at + name.length);
    if (m && m.type !== 'organization' && m.type !== 'other') return null;
    return {
      entity: m ? m.entity : null,
      name: m ? m.text : name,
      span: { start: at, end: at + name.length, text: name },
      by: 'attributions/subject-org',
      certain: false,
    };
  };
  if (n && VERB.test(n[2]!) && !NOT_NAME.test(n[1]!) && !PLURAL_WORD.test(n[1]!))
    return subjectAt(from + n.index + n[0].indexOf(n[1]!), n[1]!);
  // The name in commas after an organisation head is the subject's name ("The operator, Carpatica Rail, gave …").
  const ap = APPOSITIVE_SUBJECT.exec(s);
  if (ap && SUBJECT_HEADS.has(ap[1]!)) return subjectAt(from + ap[0].indexOf(ap[2]!, ap[0].indexOf(',')), ap[2]!);
  const g = DESCRIBED_SUBJECT.exec(s);
  if (g && SUBJECT_HEADS.has(g[2]!) && VERB.test(g[3]!)) {
    const at = from + 4;
    return {
      entity: null,
      name: g[1]!,
      span: { start: at, end: at + g[1]!.length, text: g[1]! },
      by: 'attributions/subject-org',
      certain: false,
    };
  }
  return null;
}

/** The first mention over [at, to); mentions are sorted by start, so the scan stops at `to`, not the article's end. */
function mentionOver(mentions: readonly Mention[], at: number, to: number): Mention | undefined {
  for (const x of mentions) {
    if (x.start >= to) return undefined;
    if (x.end > at) return x;
  }
  return undefined;
}

/** "the company", "the insurer": a description of a company that no entity resolves yet. */
function unresolvedCompany(s: Attribution): boolean {
  return !s.entity && /\/(?:generic|described)$/.test(s.by) && COMPANY_HEADS.test(s.span?.text ?? s.name);
}

/** Give each "the company said" still unresolved the organisation that is the subject of its own sentence. */
export function subjectOrg(
  text: string,
  sentences: readonly ArticleSentence[],
  mentions: readonly Mention[],
  out: AttributionSpan[],
): void {
  for (const a of out) {
    const s = a.source;
    if (!unresolvedCompany(s)) continue;
    const sentence = sentences[a.sentence];
    if (!sentence || sentence.index !== a.sentence) continue;
    const subject = orgSubject(text, mentions, sentence.start, s.span?.start ?? a.cue.start);
    if (!subject || (s.span && subject.span && subject.span.start >= s.span.start)) continue;
    a.source = { ...subject, ...(s.span ? { span: s.span } : {}) };
  }
}

/** Heads of a public body's name: a description of a company never stands for one ("the company" is no Office). */
export const PUBLIC_BODY =
  /\b(?:office|commission|ministry|department|agency|authority|council|government|police|union|court|committee|parliament|service)$/i;
/** How many sentences back `attributions/company-antecedent` looks for the company's name. */
const ANTECEDENT_REACH = 3;

/**
 * true when the subject is a mention, a name of two words or more, or a word written capitalised inside a sentence
 * before `from` ("Halvard" named before; "Power failed." opening a sentence names nothing).
 */
function knownName(text: string, subject: Attribution, from: number): boolean {
  if (subject.entity || /\s/.test(subject.name)) return true;
  for (let at = text.lastIndexOf(subject.name, from - 1), n = 0; at > 0 && n < 8; n++) {
    if (/[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, at - 3), at))) return true;
    at = text.lastIndexOf(subject.name, at - 1);
  }
  return false;
}

/**
 * `attributions/company-antecedent`: "Solvane Energy has not said why. In May the company told investors that …": a
 * company description still unresolved, and the subject of its own sentence, stands for the company that is the named
 * subject of one of the few sentences before it.
 */
export function companyAntecedent(
  text: string,
  sentences: readonly ArticleSentence[],
  mentions: readonly Mention[],
  out: AttributionSpan[],
): void {
  for (const a of out) {
    const s = a.source;
    if (!unresolvedCompany(s)) continue;
    const k = a.sentence;
    for (let j = k - 1; j >= 0 && k - j <= ANTECEDENT_REACH; j--) {
      const before = sentences[j];
      if (!before || before.index !== j) break;
      const subject = orgSubject(text, mentions, before.start, before.end);
      if (!subject || subject.by !== 'attributions/subject-org' || !/^\p{Lu}/u.test(subject.name)) continue;
      if (PUBLIC_BODY.test(subject.name) || !knownName(text, subject, before.start)) continue;
      a.source = { ...subject, ...(s.span ? { span: s.span } : {}), by: 'attributions/company-antecedent' };
      break;
    }
  }
}

/**
 * The organisation "it" stands for at `at`: the subject of its own sentence, else of the sentence before it in the
 * same paragraph.
 */
export function itSubject(
  text: string,
  sentences: readonly ArticleSentence[],
  mentions: readonly Mention[],
  at: number,
): Attribution | null {
  const k = sentenceAt(sentences, at);
  if (k < 0) return null;
  const own = sentences[k]!;
  const subject = orgSubject(text, mentions, own.start, at);
  const before = sentences[k - 1];
  if (subject || !before) return subject;
  if (before.paragraph === own.paragraph) return orgSubject(text, mentions, before.start, own.start);
  // attributions/it-previous-paragraph: "It said …" opening a paragraph goes on with the body that was the subject of
  // the paragraph before (wire copy puts one sentence in a paragraph).
  if (own.paragraph - before.paragraph !== 1 || text.slice(own.start, at).trim()) return null;
  const found = orgSubject(text, mentions, before.start, own.start);
  return found ? { ...found, by: 'attributions/it-previous-paragraph' } : null;
}
