/**
 * Joining a quantity with what surrounds it: the attribution that covers
 * it (source, via), the time it is about, the time it was said, and who does
 * it to whom (actor, target) from entity mentions.
 */
import type { Article, Attribution, AttributionSpan, Mention, Quantity, Sentence, TimeExpr } from '../../article.js';
import { span } from '../../article.js';
import { sentenceAt } from '../sentences.js';
import { findDateline } from '../metadata/dateline.js';
import { accuserIn, inBackgroundClause, inEventClause, inPlaceApposition } from '../attributions/voice.js';
import { isEventDay } from '../times/event-day.js';
import { holderOf } from './holder.js';

/**
 * The article's attributions, times, mentions and measured quantities grouped
 * by sentence once (in their original order), so that joining a claim reads
 * only its own sentence: scanning the whole article per claim was quadratic
 * on a long article full of numbers.
 */
export interface JoinIndex {
  attributions: Map<number, AttributionSpan[]>;
  times: Map<number, TimeExpr[]>;
  mentions: Map<number, Mention[]>;
  measured: Map<number, Quantity[]>;
}

function bucket<T extends { start: number }>(sentences: Sentence[], xs: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of xs) {
    const i = sentenceAt(sentences, x.start);
    if (i < 0) continue;
    const list = out.get(i);
    if (list) list.push(x);
    else out.set(i, [x]);
  }
  return out;
}

export function indexArticle(article: Article): JoinIndex {
  const attributions = new Map<number, AttributionSpan[]>();
  for (const a of article.attributions) {
    const list = attributions.get(a.sentence);
    if (list) list.push(a);
    else attributions.set(a.sentence, [a]);
  }
  return {
    attributions,
    times: bucket(article.sentences, article.times),
    mentions: bucket(article.sentences, article.mentions),
    measured: bucket(
      article.sentences,
      article.quantities.filter((x) => x.measure),
    ),
  };
}

/** The items of a sentence: from the index for a real sentence, by a scan for a pseudo-sentence (index -1). */
function inSentence<T extends { start: number; end: number }>(
  sentence: Sentence,
  all: T[],
  byIndex: Map<number, T[]> | undefined,
): T[] {
  const xs = sentence.index >= 0 && byIndex ? (byIndex.get(sentence.index) ?? []) : all;
  return xs.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
}

/** The attribution covering a quantity: the narrowest one of its sentence whose content contains it. */
export function attributionFor(
  article: Article,
  sentence: Sentence,
  q: Quantity,
  ix?: JoinIndex,
): AttributionSpan | null {
  let best: AttributionSpan | null = null;
  const mine = ix ? (ix.attributions.get(sentence.index) ?? []) : article.attributions;
  // attributions/event-relative: "the floods, which killed 31 people" is the outlet's background, whoever speaks.
  if (mine.length && inEventClause(sentence.text, q.start - sentence.start)) return null;
  if (mine.length && inPlaceApposition(sentence.text, q.start - sentence.start)) return null;
  if (mine.length && inBackgroundClause(sentence.text, q.start - sentence.start)) return null;
  const charged = sentence.index >= 0 ? chargedBy(article, sentence, q) : null;
  if (charged) return charged;
  for (const a of mine) {
    if (a.sentence !== sentence.index) continue;
    const c = a.content;
    // The number decides: a bound word before it ("estimated $60 million") may be the cue itself.
    const inside = c ? c.start <= q.number.start && q.number.end <= c.end : true;
    if (!inside) continue;
    if (!best || (c && best.content && c.end - c.start < best.content.end - best.content.start)) best = a;
  }
  if (best) return best;
  // `X, according to Y, did Z`: an `according to` in the sentence covers the whole sentence.
  for (const a of mine) {
    if (a.sentence === sentence.index && !a.carried && /^according to\b/i.test(a.cue?.text ?? '')) return a;
  }
  return null;
}

/** Cues of a belief or an estimate, which a clause of unnamed reports may go on with. */
const BELIEF = /^(?:believes?|believed|thinks?|thought|fears?|feared|suspects?|suspected|estimates?|estimated)$/i;

/**
 * The source of a statement that holds `inner` (an unnamed report it relays), or that `inner` goes on with
 * (", with some reports suggesting"): the nearest such attribution before it in the sentence, not itself unnamed.
 */
export function relayedBy(
  article: Article,
  sentence: Sentence,
  inner: AttributionSpan,
  unnamed: (a: Attribution) => boolean,
  ix?: JoinIndex,
): Attribution | null {
  const mine = ix ? (ix.attributions.get(sentence.index) ?? []) : article.attributions;
  let best: AttributionSpan | null = null;
  for (const a of mine) {
    if (a === inner || a.carried || a.sentence !== sentence.index || unnamed(a.source)) continue;
    const c = a.content;
    const holds = c.start <= inner.content.start && inner.content.end <= c.end;
    // "believes the toll is higher, with some reports suggesting 200": the reports go on with a belief; after a
    // report of fact ("confirmed 1,500 troops, with sources suggesting 12,000") they are the outlet's addition.
    const goesOn =
      BELIEF.test(a.cue.text) &&
      c.end <= inner.cue.start &&
      /^[\s,;]*with\b/.test(article.text.slice(c.end, inner.source.span?.start ?? c.end));
    if ((holds || goesOn) && a.cue.end <= inner.cue.start && (!best || best.cue.end < a.cue.end)) best = a;
  }
  return best?.source ?? null;
}

/** `attributions/charged-that`: a number inside a charge is the accuser's the paragraph names ("prosecutors say"). */
function chargedBy(article: Article, sentence: Sentence, q: Quantity): AttributionSpan | null {
  const at = q.start - sentence.start;
  if (at < 12) return null;
  const ss = article.sentences;
  // The paragraph is read by position: a sentence list out of step with its indices reads none.
  if (ss[sentence.index] !== sentence) return null;
  let a = sentence.index;
  let b = sentence.index;
  while (a > 0 && ss[a - 1]!.paragraph === sentence.paragraph && sentence.index - a < 4) a--;
  while (b + 1 < ss.length && ss[b + 1]!.paragraph === sentence.paragraph && b - sentence.index < 4) b++;
  const from = ss[a]!.start;
  const found = accuserIn(sentence.text, at, article.text.slice(from, ss[b]!.end));
  if (!found) return null;
  const who = span(article.text, from + found.at, from + found.at + found.name.length);
  const source = { entity: null, name: found.name, span: who, by: 'attributions/charged-that', certain: false };
  return {
    sentence: sentence.index,
    content: { start: sentence.start, end: sentence.end, text: sentence.text },
    source,
    via: [],
    cue: who,
    carried: false,
    by: 'attributions/charged-that',
    certain: false,
  };
}

/**
 * A headline credit: `... 12,000 soldiers ...: spy agency`, `...: Seoul`,
 * `Lawmakers: ...` is handled by the attributions stage; this reads only the
 * trailing `: Source` of a heading (up to four words, no verb).
 */
export function headlineCredit(article: Article, sentence: Sentence): Attribution | null {
  const m = /:\s*((?:[\p{L}’'.-]+\s?){1,4})\s*$/u.exec(sentence.text);
  if (!m || /\b(?:says?|said|is|are|was|were|has|have|will)\b/i.test(m[1]!)) return null;
  const start = sentence.start + m.index + m[0].indexOf(m[1]!);
  const name = m[1]!.trim();
  const at = span(article.text, start, start + name.length);
  const mention = article.mentions.find((x) => x.start >= at.start && x.end <= at.end + 1);
  return { entity: mention?.entity ?? null, name, span: at, by: 'claims/headline-credit', certain: false };
}

/**
 * `claims/deck-lead-source`: an uncredited number of the deck under the headline (a heading line after the headline,
 * before the first body sentence) takes the speaker of the lead, as the summary of that lead; the headline itself
 * stays in the outlet's voice.
 */
export function deckLeadSource(article: Article, sentence: Sentence, ix: JoinIndex): Attribution | null {
  const h = article.headline;
  if (!sentence.heading || !h || sentence.start < h.end) return null;
  const ss = article.sentences;
  let lead = sentence.index + 1;
  while (lead < ss.length && ss[lead]!.heading) lead++;
  // Only a deck: every sentence between the headline and this one is a heading too.
  for (let k = sentence.index - 1; k >= 0 && ss[k]!.end > h.end; k--) if (!ss[k]!.heading) return null;
  const a = ix.attributions.get(lead)?.find((x) => !x.carried);
  return a ? { ...a.source, by: 'claims/deck-lead-source', certain: false } : null;
}

const SPEECH_RE =
  /\b(?:said|says|say|told|tells|announced|stated|added|reported|noted|warned|claimed|confirmed|disclosed|revealed|speaking|testified|briefed)\b/gi;

/** true when a time expression dates the speech (`said on Friday`, `told lawmakers Wednesday`), not the fact. */
export function datesSpeech(text: string, t: TimeExpr): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  SPEECH_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = SPEECH_RE.exec(before); m !== null; m = SPEECH_RE.exec(before)) last = m;
  if (last) {
    const gap = before.slice(last.index + last[0].length);
    // `said on Friday`, `told lawmakers Wednesday`; not `said that since August` (the time of the content).
    const words = gap.split(/\s+/).filter(Boolean);
    if (
      words.length <= 2 &&
      !words.some((w) =>
        /^(?:that|it|they|he|she|we|the|a|an|his|her|its|their|there|since|by|until|before|after|from)$/i.test(w),
      )
    )
      return true;
  }
  return false;
}

/**
 * The time a claim is about: the nearest non-speech time expression of the
 * sentence, given only to the number it is nearest to (`After dispatching
 * 11,000 personnel in October last year, Russia announced 4,000 troops`:
 * October goes with 11,000).
 */
export function whenFor(article: Article, sentence: Sentence, q: Quantity, ix?: JoinIndex): TimeExpr | null {
  let best: TimeExpr | null = null;
  let bestDist = Infinity;
  const distance = (t: TimeExpr, x: Quantity): number =>
    t.end <= x.start ? x.start - t.end : t.start >= x.end ? t.start - x.end : 0;
  const others = inSentence(sentence, article.quantities, ix?.measured).filter((x) => x !== q && x.measure);
  for (const t of inSentence(sentence, article.times, ix?.times)) {
    if (datesSpeech(article.text, t)) continue;
    // times/event-day: `the toll from Saturday's crush rose to 9` is a count as of its own time, not the crush's.
    if (isEventDay(t)) continue;
    if (others.some((x) => distance(t, x) < distance(t, q))) continue;
    const dist = t.end <= q.start ? q.start - t.end : t.start >= q.end ? t.start - q.end : 0;
    if (dist < bestDist) {
      bestDist = dist;
      best = t;
    }
  }
  return best;
}

/** When the claim was said: a time dating the speech in the sentence, else the publication date. */
export function saidFor(article: Article, sentence: Sentence, ix?: JoinIndex): string | null {
  for (const t of inSentence(sentence, article.times, ix?.times)) {
    if (t.kind === 'point' && datesSpeech(article.text, t) && t.from) return t.from;
  }
  return article.meta.published?.value.iso ?? null;
}

const ACTOR_TYPES = new Set(['country', 'organization', 'person', 'place']);

function asAttribution(m: Mention, by: string): Attribution {
  return { entity: m.entity, name: m.text, span: { start: m.start, end: m.end, text: m.text }, by, certain: false };
}

/** The sentence last measured by {@link datelineLength}: a sentence's numbers ask in a row. */
let lastDateline = { text: '', length: 0 };

/** The length of the dateline that opens `text` (one the metadata stage reads as sure), else 0. */
function datelineLength(text: string): number {
  if (lastDateline.text === text) return lastDateline.length;
  const dl = findDateline(text);
  lastDateline = { text, length: dl?.sure ? dl.span.end : 0 };
  return lastDateline.length;
}

/**
 * Who does it (the nearest entity before the number in its sentence, not the
 * source) and to whom or where (`to Russia`, `in Russia` right after the number).
 */
export function actorTarget(
  article: Article,
  sentence: Sentence,
  q: Quantity,
  source: Attribution | null,
  via: Attribution[],
  content?: { start: number; end: number } | null,
  ix?: JoinIndex,
): { actor: Attribution | null; target: Attribution | null } {
  const speakers = new Set([source?.entity, ...via.map((v) => v.entity)].filter(Boolean));
  let actor: Mention | null = null;
  let target: Mention | null = null;
  // The actor is the first entity before the number (its subject), inside the attributed content when there is one.
  // claims/actor-after-dateline: never the place or agency credit of the dateline ("LIMA, Peru (Reuters) -").
  const lo = Math.max(content ? content.start : 0, sentence.start + datelineLength(sentence.text));
  const mentions = inSentence(sentence, article.mentions, ix?.mentions);
  // claims/holder/*: a construction that says whose count it is names the actor, and the count has no target.
  const held = holderOf(
    sentence.text,
    q.start - sentence.start,
    q.end - sentence.start,
    mentions.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start })),
    q.measure,
    q.unitCode ?? null,
  );
  if (held?.index === -1) return { actor: null, target: null };
  if (held && !speakers.has(mentions[held.index]!.entity))
    return { actor: asAttribution(mentions[held.index]!, held.by), target: null };
  for (const m of mentions) {
    if (!ACTOR_TYPES.has(m.type)) continue;
    if (!actor && m.start >= lo && m.end <= q.start && !speakers.has(m.entity)) actor = m;
    if (!target && m.start >= q.end && m.start - q.end < 80) {
      const gap = article.text.slice(q.end, m.start);
      if (/\b(?:to|into|in|for|with)\s+(?:the\s+)?$/i.test(gap)) target = m;
    }
  }
  if (actor && target && actor.entity === target.entity) target = null;
  return {
    actor: actor ? asAttribution(actor, 'claims/actor') : null,
    target: target ? asAttribution(target, 'claims/target') : null,
  };
}
