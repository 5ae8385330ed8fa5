/**
 * Quotes: every direct quotation (quotes/marks.ts), with its speaker.
 *
 * Speaker, in order: the teller of "told <outlet>: “…”" and an unnamed person
 * right after the closing mark (`“…,” one farmer said`), see quotes/after-close.ts;
 * the attribution whose content holds the quote (`“…,”
 * Ryder said`, `Zelensky stated …, emphasizing, “…”`, `the NIS said it had
 * confirmed the “…”`); the organisation an "it"/"they" after the closing mark stands for
 * (quotes/pronoun-org.ts); the subject that dismisses it "as “…”"; the person named
 * between the closing mark and the cue; for a quote that opens a sentence with no cue of its
 * own, the speaker of the quote or report just before it in the same or the
 * previous paragraph (`“…,” Ryder said. “…”`); for a partial quote with no
 * cue, the sentence's subject; else the last person named. Quoted sentences
 * without an attribution get one from the speaker (`carried: true`), so
 * claims inside a quote are sourced.
 */
import type { Article, AttributionSpan, Entity, Quote, Sentence } from '../article.js';
import type { Stage } from '../pipeline.js';
import { sentenceAt } from './sentences.js';
import { findQuoteRegions, type QuoteRegion } from './quotes/marks.js';
import { genders, subjectPerson, type Scope } from './attributions/phrase.js';
import { notSpeech } from './quotes/not-speech.js';
import { pronounOrg, pronounOrgBefore } from './quotes/pronoun-org.js';
import {
  accuser,
  calledByGroup,
  calledName,
  chantGroup,
  dismissedAs,
  statementFrom,
  toldColon,
  trailingName,
  unnamedSpeaker,
} from './quotes/after-close.js';

interface Speaker {
  entity: string | null;
  name: string | null;
  span?: { start: number; end: number; text: string };
  cue?: { start: number; end: number; text: string };
  by: string;
  certain: boolean;
}

function fromAttribution(a: AttributionSpan, by: string, certain: boolean): Speaker {
  return {
    entity: a.source.entity,
    name: a.source.name,
    ...(a.source.span ? { span: a.source.span } : {}),
    cue: a.cue,
    by,
    certain,
  };
}

/**
 * The attributions of a sentence nearest to a quote ending at `close` (at most 24; the list is sorted by content
 * start).
 */
function near(list: AttributionSpan[] | undefined, close: number): AttributionSpan[] {
  if (!list?.length) return [];
  if (list.length <= 24) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.content.start <= close) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(Math.max(0, lo - 20), Math.min(list.length, lo + 4));
}

/** Words heard from someone and reported by another: "was heard shouting", "could be heard saying". */
const HEARD =
  /\b(?:was|were|been|be)\s+(?:heard|seen|filmed|recorded)\s+(?:shouting|saying|yelling|screaming|chanting|crying|telling\s+\w+)\s*,?$/i;

/** A verb of saying before the quotation, with what is said after it. */
const SAY_BEFORE = /\b(?:say|says|said|saying|tell|told|urge|urged|demand|demanded|insist|insisted)\b/;

/** Only an article before a sentence's first name: the name is the sentence's subject. */
const SUBJECT_LEAD = /^\s*(?:the\s+)?$/i;

/** A verb that names or judges a thing, whose agent may follow the quotation (`was described as “…” by X`). */
const PASSIVE_NAMING =
  /\b(?:described|called|dubbed|labell?ed|branded|termed|hailed|denounced|condemned|critici[sz]ed|slammed|praised|rejected|dismissed)\b/i;

/** Find quotes and speakers; also returns attributions for quoted sentences that had none. */
export function findQuotes(article: Pick<Article, 'text' | 'sentences' | 'mentions' | 'entities' | 'attributions'>): {
  quotes: Quote[];
  attributions: AttributionSpan[];
} {
  const { text, sentences } = article;
  const regions = findQuoteRegions(text);
  const entities = new Map<string, Entity>(article.entities.map((e) => [e.id, e]));
  const bySentence = new Map<number, AttributionSpan[]>();
  for (const a of article.attributions) {
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  const mentions = [...article.mentions].sort((a, b) => a.start - b.start);
  const quotes: Quote[] = [];
  const added: AttributionSpan[] = [];
  let last: { speaker: Speaker; sentence: number; paragraph: number } | null = null;

  const firstAtOrAfter = (offset: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const scope: Scope = {
    text,
    mentions,
    entities,
    counts,
    gender: genders(text, mentions),
    sentences,
    itSubjects: new Map(),
  };
  const nameOf = (entity: string | null, fallback: string | null) =>
    entity ? (entities.get(entity)?.name ?? fallback) : fallback;

  for (const r of regions) {
    const body = text.slice(r.start, r.end);
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    const si = sentenceAt(sentences, r.start);
    const ei = Math.max(si, sentenceAt(sentences, Math.max(r.start, r.end - 1)));
    const sentence: Sentence | undefined = sentences[si];
    if (!sentence) continue;
    // Only the words just before the mark matter (bounded, so long sentences stay linear).
    const before = text.slice(Math.max(sentence.start, r.open - 80), r.open).trimEnd();
    // Only a few words after the closing mark matter ("… as “reckless” by the mayor").
    const after = text.slice(r.end, Math.min(text.length, r.end + 24));
    // Read only when the other tests of `quotes/scare-quote` pass: it scans the sentence and its neighbour's cues.
    const calm = () => {
      const prev = si > 0 && sentences[si - 1]!.paragraph === sentence.paragraph ? bySentence.get(si - 1) : undefined;
      return quiet(text, sentence, r, [...(bySentence.get(si) ?? []), ...(prev ?? [])], mentions, firstAtOrAfter);
    };
    if (notSpeech(before, body, after, calm)) continue;
    // `quotes/subhead`: a short quotation alone on its line heads a section; its speaker is found after the loop.
    if (subheadLine(text, r, body)) {
      quotes.push({
        start: r.start,
        end: r.end,
        text: body,
        speaker: null,
        speakerName: null,
        partial: true,
        ...SUBHEAD,
      });
      continue;
    }
    const atStart =
      text.slice(sentence.start, r.open).trim().length === 0 || (/[:]$/.test(before) && r.open - sentence.start < 4);
    const partial =
      before.length > 0 &&
      /[\p{L}\p{N}]$/u.test(before) &&
      !/\b(?:said|says|say|told|stated|added|wrote|asked|declared|noted|warned|replied)$/i.test(before);

    let speaker: Speaker | null = null;
    const fromMention = (m: { entity: string; text: string; start: number; end: number }, by: string): Speaker => ({
      entity: m.entity,
      name: nameOf(m.entity, m.text),
      span: { start: m.start, end: m.end, text: m.text },
      by,
      certain: false,
    });
    // 0. "X told <outlet>: “…”": the teller, not the outlet.
    const teller = toldColon(text, r.open, sentence.start, mentions, firstAtOrAfter);
    if (teller) speaker = fromMention(teller, 'quotes/told-colon');
    // 0b. "“…,” one farmer said": an unnamed person right after the closing mark.
    const unnamed = !speaker && r.closed ? unnamedSpeaker(text, r.close) : null;
    if (unnamed) speaker = { entity: null, name: unnamed, by: 'quotes/unnamed-speaker', certain: false };
    // 0b'. `quotes/statement-from`: "“…,” read a statement from the Red Cross": who issued it.
    const issuer =
      !speaker && r.closed ? statementFrom(text, r.close, sentences[ei]!.end, mentions, firstAtOrAfter) : null;
    if (issuer) speaker = fromMention(issuer, 'quotes/statement-from');
    // 0c. "what Gov. Lena Fox of Ohio called the plan's “…”": the one who names it so.
    const caller = speaker ? null : calledName(text, r.open, sentence.start, mentions, firstAtOrAfter);
    if (caller) speaker = fromMention(caller, 'quotes/called-name');
    // 0d. "a crowd of farmers blew horns and chanted, “…”": the crowd, not the last person named.
    const crowd = speaker ? null : chantGroup(before);
    if (crowd) speaker = { entity: null, name: crowd, by: 'quotes/chant-group', certain: false };
    // 0e. `quotes/heard-saying`: "the gunman, Omar Reyes, was heard shouting “…”": the one heard, not who reports it.
    if (!speaker && HEARD.test(before)) {
      for (let i = firstAtOrAfter(sentence.start); i < mentions.length && mentions[i]!.end <= r.open; i++) {
        // A name not typed yet ("Omar Reyes", other) still names the one heard; places and organisations do not.
        if (mentions[i]!.type !== 'person' && mentions[i]!.type !== 'other') continue;
        speaker = fromMention(mentions[i]!, 'quotes/heard-saying');
        break;
      }
    }
    // 1. An attribution whose content overlaps the quote (its cue outside the quote).
    for (let s = si; s <= ei + 1 && !speaker; s++) {
      for (const a of near(bySentence.get(s), r.close)) {
        if (a.carried && s !== si) continue;
        const overlaps = a.content.start < r.close + 1 && a.content.end > r.open - 1;
        const cueOutside = a.cue.start >= r.close || a.cue.end <= r.open;
        if (overlaps && cueOutside && (s <= ei || a.content.start <= r.close + 2)) {
          speaker = fromAttribution(a, a.carried ? 'quotes/carried' : 'quotes/attribution', a.certain && !a.carried);
          break;
        }
      }
    }
    // 1'. `quotes/pronoun-org`: "Vela Airlines cancelled 40 flights. “…,” it said": the organisation, not a person.
    if (r.closed && (!speaker || (speaker.entity && entities.get(speaker.entity)?.type === 'person'))) {
      const org = pronounOrg(text, r.open, r.close, sentences, si, mentions, firstAtOrAfter);
      if (org) speaker = fromMention(org, 'quotes/pronoun-org');
    }
    // 1''. `quotes/pronoun-org-before`: "In a statement sent to Channel Nine, it called the ruling “…”".
    if (!speaker) {
      const org = pronounOrgBefore(text, r.open, sentences, si, mentions, firstAtOrAfter);
      if (org) speaker = fromMention(org, 'quotes/pronoun-org-before');
    }
    // 1a'. "The board rejected the claims as “…”": the one who rejects them.
    if (!speaker) {
      const judge = dismissedAs(text, r.open, sentence.start, mentions, firstAtOrAfter);
      if (judge) speaker = fromMention(judge, 'quotes/dismissed-as');
    }
    // 1a0. `quotes/accuser`: "the coast guards accused smugglers of running “death boats”": who blames.
    if (!speaker) {
      const who = accuser(text, r.open, sentence.start, mentions, firstAtOrAfter);
      if (who && 'mention' in who) speaker = fromMention(who.mention, 'quotes/accuser');
      else if (who) speaker = { entity: null, name: who.name, by: 'quotes/accuser', certain: false };
    }
    // 1a. "“…,” engineer Pia Lund, a hydrologist at …, said": the person named between the closing mark and the cue.
    if (!speaker && r.closed) {
      const named = trailingName(text, r.close, sentences[ei]!.end, mentions, firstAtOrAfter);
      if (named) speaker = fromMention(named, 'quotes/trailing-name');
    }
    // 1a''. "described as “reckless” by Mayor Ann Cole": the agent named right after the closing mark.
    if (!speaker && r.closed && PASSIVE_NAMING.test(before)) {
      const by = /^[\s,’'”"]*by\s+/.exec(text.slice(r.close, Math.min(text.length, r.close + 12)));
      const m = by ? mentions[firstAtOrAfter(r.close + by[0].length)] : undefined;
      if (m && m.start <= r.close + by![0].length + 12 && m.start < sentences[ei]!.end)
        speaker = fromMention(m, 'quotes/by-after');
    }
    // 1b. Any report in the quote's own sentence ("…, said Lee, along with “…”").
    if (!speaker) {
      const own = near(bySentence.get(si), r.close).filter(
        (a) => !a.carried && (a.cue.start >= r.close || a.cue.end <= r.open),
      );
      if (own.length) speaker = fromAttribution(own[own.length - 1]!, 'quotes/sentence', false);
    }
    // 2. A quote opening its sentence with no cue: the previous speaker in this or the previous paragraph.
    const lastQuote = last as { speaker: Speaker; sentence: number; paragraph: number } | null;
    if (
      !speaker &&
      atStart &&
      lastQuote &&
      sentence.paragraph - lastQuote.paragraph <= 1 &&
      si - lastQuote.sentence <= 3
    ) {
      speaker = { ...lastQuote.speaker, by: 'quotes/continued', certain: false };
    }
    // 2'. `quotes/continued-past-embed`: a statement quoted on past the credit lines of an embedded post
    // ("Club statement", "— Harbor FC (@harborfc) May 2, 2024") is still the last speaker's.
    if (!speaker && atStart && lastQuote && si - lastQuote.sentence <= 4 && si > lastQuote.sentence + 1) {
      let embed = true;
      for (let s = lastQuote.sentence + 1; s < si && embed; s++) embed = embedLine(sentences[s]!.text);
      if (embed) speaker = { ...lastQuote.speaker, by: 'quotes/continued-past-embed', certain: false };
    }
    if (!speaker && atStart) {
      for (let s = si - 1; s >= 0 && s >= si - 2 && !speaker; s--) {
        const prev = sentences[s]!;
        if (sentence.paragraph - prev.paragraph > 1) break;
        const as = bySentence.get(s);
        if (as?.length) speaker = fromAttribution(as[as.length - 1]!, 'quotes/previous-sentence', false);
      }
    }
    // 2b. "what he called “…”", "describing it as “…”": the one who calls it so.
    if (!speaker) {
      const m =
        /(?:^|\s)(he|she|they|[\p{Lu}][\p{L}'’-]+)\s+(?:has\s+|had\s+|once\s+)?(?:called|dubbed|termed|labell?ed|described\s+(?:it|them|him|her)?\s*as)\s*(?:it\s+|them\s+)?$/u.exec(
          before,
        );
      if (m) {
        const at = sentence.start + (m.index ?? 0) + m[0].indexOf(m[1]!);
        const who = /^(?:he|she)$/.test(m[1]!)
          ? subjectPerson(scope, at, m[1])
          : mentions[firstAtOrAfter(at)]?.start === at
            ? mentions[firstAtOrAfter(at)]!
            : null;
        if (who)
          speaker = {
            entity: who.entity,
            name: nameOf(who.entity, who.text),
            span: { start: who.start, end: who.end, text: who.text },
            by: 'quotes/called',
            certain: false,
          };
      } else {
        const group = calledByGroup(before);
        if (group) speaker = { entity: null, name: group, by: 'quotes/called', certain: false };
      }
    }
    // 3. The sentence's subject (first person, else first organisation) for a quote inside reported text.
    if (!speaker) {
      // `quotes/subject-before-cue`: "… went so far as to say Mayor Lane should “resign”": a name after the verb of
      // saying is inside what is said, so only the names before it can be the subject.
      const lead = Math.max(sentence.start, r.open - 300);
      const say = SAY_BEFORE.exec(text.slice(lead, r.open));
      const limit = say ? lead + say.index : r.open;
      const inSentence = [];
      const from = firstAtOrAfter(sentence.start);
      for (let i = from; i < mentions.length && i < from + 60 && mentions[i]!.start < limit; i++)
        if (mentions[i]!.end <= limit) inSentence.push(mentions[i]!);
      if (say && !inSentence.length) {
        const before = subjectPerson(scope, limit);
        if (before && limit - before.end < 1500) inSentence.push(before);
      }
      // `quotes/subject-first`: a name opening the sentence is its subject, person or organisation ("The Rangers
      // posted a photo of Ruiz with the caption “…”"); a sentence opening "He"/"She" speaks for the person it
      // continues.
      const first = inSentence[0];
      const opens =
        first &&
        SUBJECT_LEAD.test(text.slice(sentence.start, first.start)) &&
        (first.type === 'person' || first.type === 'organization');
      const pronoun = opens ? null : /^\s*(He|She)\b/.exec(text.slice(sentence.start, sentence.start + 6));
      const m = opens
        ? first
        : pronoun
          ? subjectPerson(scope, sentence.start, pronoun[1] === 'He' ? 'he' : 'she')
          : (inSentence.find((x) => x.type === 'person') ?? inSentence.find((x) => x.type === 'organization'));
      if (m)
        speaker = {
          entity: m.entity,
          name: nameOf(m.entity, m.text),
          span: { start: m.start, end: m.end, text: m.text },
          by: 'quotes/subject',
          certain: false,
        };
    }
    // 4. The last person named before the quote, as a subject (`quotes/last-person` skips "along with X", "met X").
    if (!speaker) {
      const m = subjectPerson(scope, r.open);
      if (m && r.open - m.end < 1500)
        speaker = {
          entity: m.entity,
          name: nameOf(m.entity, m.text),
          span: { start: m.start, end: m.end, text: m.text },
          by: 'quotes/last-person',
          certain: false,
        };
    }

    const q: Quote = {
      start: r.start,
      end: r.end,
      text: body,
      speaker: speaker?.entity ?? null,
      speakerName: speaker ? nameOf(speaker.entity, speaker.name) : null,
      ...(speaker?.span ? { speakerSpan: speaker.span } : {}),
      ...(speaker?.cue ? { cue: speaker.cue } : {}),
      partial,
      by: speaker?.by ?? 'quotes/marks',
      certain: speaker?.certain ?? false,
    };
    quotes.push(q);
    if (speaker && !partial)
      last = { speaker, sentence: ei, paragraph: sentences[ei]?.paragraph ?? sentence.paragraph };

    // Quoted sentences with no attribution of their own are the speaker's.
    if (speaker && (speaker.entity || speaker.name)) {
      for (let s = si; s <= ei; s++) {
        if (bySentence.get(s)?.length) continue;
        const sent = sentences[s]!;
        const start = Math.max(sent.start, r.start);
        const end = Math.min(sent.end, r.end);
        if (end <= start) continue;
        const a: AttributionSpan = {
          sentence: s,
          content: { start, end, text: text.slice(start, end) },
          source: {
            entity: speaker.entity,
            name: nameOf(speaker.entity, speaker.name) ?? '',
            ...(speaker.span ? { span: speaker.span } : {}),
            by: speaker.by,
            certain: false,
          },
          via: [],
          cue: speaker.cue ?? { start: r.open, end: r.open + 1, text: text.slice(r.open, r.open + 1) },
          carried: true,
          by: 'quotes/speaker',
          certain: false,
        };
        added.push(a);
        bySentence.set(s, [a]);
      }
    }
  }
  paragraphRun(text, quotes, regions);
  subheadSpeakers(quotes);
  return { quotes, attributions: added };
}

const SUBHEAD = { by: 'quotes/subhead', certain: false } as const;

/** true for a closed quotation of at most 12 words, with no closing punctuation, alone on its line. */
function subheadLine(text: string, r: QuoteRegion, body: string): boolean {
  if (!r.closed || /[.!?,;:]\s*$/.test(body) || body.split(/\s+/).length > 12) return false;
  let i = r.open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = r.close + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j >= text.length || text[j] === '\n' || text[j] === '\r';
}

/** Lower-cased words of a quotation, for comparing the same words quoted twice. */
const quoteWords = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A subhead's speaker is the speaker of a quotation of at least two words that holds its words or that its words
 * hold ("“Bandit formations”" over "… accused them of controlling “bandit formations”"); none when no quotation does.
 */
function subheadSpeakers(quotes: Quote[]): void {
  const heads = quotes.filter((q) => q.by === SUBHEAD.by);
  if (!heads.length) return;
  const spoken = quotes.filter((q) => q.by !== SUBHEAD.by && q.speakerName);
  for (const h of heads) {
    const words = quoteWords(h.text);
    if (!words) continue;
    // Only the first 200 spoken quotations are compared: subheads are few, long articles stay linear.
    const same = spoken.slice(0, 200).find((q) => {
      const other = quoteWords(q.text);
      return other.includes(' ') && (other.includes(words) || words.includes(other));
    });
    if (!same) continue;
    h.speaker = same.speaker;
    h.speakerName = same.speakerName;
    if (same.speakerSpan) h.speakerSpan = same.speakerSpan;
  }
}

/**
 * `quotes/paragraph-run`: a quotation left open at its paragraph's end runs on into the next paragraph, which
 * opens with a mark; a speaker named after the last paragraph speaks them all.
 */
function paragraphRun(text: string, quotes: Quote[], regions: QuoteRegion[]): void {
  const byStart = new Map<number, Quote>();
  for (const q of quotes) byStart.set(q.start, q);
  for (let i = regions.length - 2; i >= 0; i--) {
    const r = regions[i]!;
    const q = byStart.get(r.start);
    if (!q || r.closed || q.speakerName) continue;
    const next = byStart.get(regions[i + 1]!.start);
    // Only white space between the paragraph's end and the next opening mark.
    if (!next?.speakerName || !blank(text, r.close, regions[i + 1]!.open)) continue;
    q.speaker = next.speaker;
    q.speakerName = next.speakerName;
    if (next.speakerSpan) q.speakerSpan = next.speakerSpan;
    q.by = 'quotes/paragraph-run';
    q.certain = false;
  }
}

/** Words that report speech or name what someone calls a thing, anywhere near a quotation. */
const SPEECH_NEAR =
  /\b(?:said|says|say|saying|told|tells|added|adds|wrote|writes|called|calls|calling|described|describes|dubbed|termed|labell?ed|branded|warned|warns|vowed|promised|spoke|speaks|urged|insisted|claimed|claims|argued|according|stated|declared|announced|posted|tweeted|chanted|shouted|read|reads|quoted|referred|praised|critici[sz]ed|denounced|dismissed|rejected|slammed|hailed|asked|replied|noted|cited|pledged|touted|insists|believes|thinks|explained|recalled|accused|accusing|blamed|blaming)\b/i;

/**
 * true when the quotation's sentence reports no speech, has no personal pronoun and names no person or organisation
 * just before the marks (read within 200 characters either side, so a long sentence stays linear): the case of
 * `quotes/scare-quote`.
 */
function quiet(
  text: string,
  sentence: Sentence,
  r: QuoteRegion,
  own: AttributionSpan[],
  mentions: readonly { start: number; type: string }[],
  firstAtOrAfter: (offset: number) => number,
): boolean {
  // A finding ("Police found the “safe house” empty") reports no speech; a statement in this sentence or the one
  // before may go on in the marked words ("Cole said the plan would fail. The “reforms” …").
  if (own.some((a) => SPEECH_NEAR.test(a.cue.text))) return false;
  const from = Math.max(sentence.start, r.open - 200);
  const to = Math.min(sentence.end, r.close + 200);
  // A person or body named just before, or a personal pronoun, may own the words ("Obama's “red line”").
  for (let i = firstAtOrAfter(r.open - 40); i < mentions.length && mentions[i]!.start < r.open; i++)
    if (mentions[i]!.type === 'person' || mentions[i]!.type === 'organization') return false;
  const window = text.slice(from, to);
  return !SPEECH_NEAR.test(window) && !/\b(?:he|she|his|her|hers|him)\b/i.test(window);
}

/** A line of an embedded post's frame: its credit ("— Name (@handle) date") or a short caption with no sentence end. */
function embedLine(line: string): boolean {
  const t = line.trim();
  if (/^(?:[—–-]\s*)?[^\n.!?]{1,80}\(@\w{1,30}\)/.test(t)) return true;
  return t.length <= 40 && !/[.!?"“”]$/.test(t) && !/[“”"]/.test(t);
}

/** Only white space in text[from, to), read without copying (stops at the first other character). */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/\s/.test(text[k]!)) return false;
  return true;
}

export const quotesStage: Stage = {
  name: 'quotes',
  needs: ['sentences', 'mentions', 'attributions'],
  gives: ['quotes'],
  run(article: Article) {
    const { quotes, attributions } = findQuotes(article);
    article.quotes = quotes;
    if (attributions.length) {
      article.attributions = [...article.attributions, ...attributions].sort(
        (a, b) => a.sentence - b.sentence || a.content.start - b.content.start,
      );
    }
  },
};

export type { QuoteRegion };
