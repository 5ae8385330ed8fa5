/**
 * claims: one claim per quantity the story asserts, joined with its
 * sentence (evidence), modality (status), action, source and intermediaries
 * (from the attributions stage), the time it is about and when it was said.
 *
 * A quantity becomes a claim when it counts something (a measure) or when
 * its sentence makes a bare number a figure (./claims/keep.ts). Identical sentences with the
 * same number (a headline repeated in the body) give one claim.
 */
import type { Article, Attribution, Claim, Quantity, Sentence, Span } from '../article.js';
import { span } from '../article.js';
import type { Stage } from '../pipeline.js';
import { readSentence, statusOf, type SentenceReading } from './claims/modality.js';
import { keptBy } from './claims/keep.js';
import { earlierTime } from './claims/earlier.js';
import { claimScope } from './claims/scope.js';
import { actionOf, outsideNames, stemMatches, type StemMatch } from './claims/action.js';
import { FIGURE_NOUN_ACTION, figureNounSource } from './claims/figure-noun.js';
import {
  actorTarget,
  attributionFor,
  headlineCredit,
  deckLeadSource,
  indexArticle,
  relayedBy,
  saidFor,
  whenFor,
} from './claims/join.js';

/** The sentence containing a quantity (binary search), or a whole-text pseudo-sentence. */
function sentenceOf(article: Article, q: Quantity): Sentence {
  const ss = article.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (q.start < s.start) hi = mid - 1;
    else if (q.start >= s.end) lo = mid + 1;
    else return s;
  }
  // No sentence covers it (sentences missing): the line around it.
  const a = article.text.lastIndexOf('\n', q.start) + 1;
  const nl = article.text.indexOf('\n', q.end);
  const b = nl < 0 ? article.text.length : nl;
  return { ...span(article.text, a, b), index: -1, paragraph: -1, heading: false };
}

/** A name folded for comparing a source with the outlet: lower case, without a leading "the". */
const foldName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();

/** Word set of a sentence, for near-duplicate tests (summary bullets repeat body sentences). */
const wordSet = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function similar(a: Set<string>, b: Set<string>): boolean {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / Math.max(1, a.size + b.size - both) >= 0.7;
}

/** Text between two numbers that only coordinates them: `and`, `along with`, no verb of its own. */
function coordinated(gap: string): boolean {
  return (
    gap.length < 160 &&
    /\b(?:and|along with|plus|as well as)\b/i.test(gap) &&
    !/[.;:]|\b(?:has|have|had|is|are|was|were|will|would|did|does|said|says|but|while)\b/i.test(gap)
  );
}

/**
 * An anonymous source: no entity, and its name is only a bare generic head
 * (`sources`, `officials`, `analysts`, `the company`), at most with a vague
 * determiner (`some`, `unnamed`, `other`). Such a claim is the outlet's own
 * report (source null); the description is kept in `via` so it is not lost.
 * A qualified description (`White House officials`, `court documents`) names
 * who speaks and stays the source, and so do plain `officials` and `experts`.
 */
const VAGUE_DET =
  /^(?:the|a|an|some|several|many|other|unnamed|anonymous|unidentified|local|informed|knowledgeable|certain|various)$/i;
const BARE_HEADS =
  /^(?:sources?|officials?|analysts?|experts?|observers?|reports?|people|persons?|witnesses?|insiders?|company|firm|critics|commentators|media)$/i;
export function anonymous(a: Attribution | null): boolean {
  if (!a || a.entity || !/\/(?:generic|described)$/.test(a.by)) return false;
  const words = a.name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  // Plain "officials said", "experts warn" are whom the outlet credits (annotators keep them); "unnamed officials" not.
  if (/^(?:officials|experts)$/i.test(words[words.length - 1]!) && words.slice(0, -1).every((w) => /^the$/i.test(w)))
    return false;
  return BARE_HEADS.test(words[words.length - 1]!) && words.slice(0, -1).every((w) => VAGUE_DET.test(w));
}

/**
 * Whether [start, end) overlaps any of `spans`: sorted by start once, with the
 * running maximum end, so each test is a binary search (not a scan per quantity).
 */
function overlapTest(spans: Array<{ start: number; end: number }>): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const x of sorted) maxEnd.push((m = Math.max(m, x.end)));
  return (start, end) => {
    // The last span starting before `end`.
    let lo = 0;
    let hi = sorted.length - 1;
    let j = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) {
        j = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return j >= 0 && maxEnd[j]! > start;
  };
}

/** Build the claims of an article from its quantities. */
export function buildClaims(article: Article): Claim[] {
  const claims: Claim[] = [];
  const outletName = article.meta.outlet ? foldName(article.meta.outlet.value) : null;
  const seen = new Map<string, Sentence[]>();
  // One word set per sentence, made only when a number's key was seen before: most keys are seen once.
  const wordsOf = new Map<number, Set<string>>();
  const words = (s: Sentence): Set<string> => {
    let w = wordsOf.get(s.start);
    if (!w) wordsOf.set(s.start, (w = wordSet(s.text)));
    return w;
  };
  // One scan for action stems per sentence: the sentence's numbers share it.
  const stemsOf = new Map<Sentence, StemMatch[]>();
  const readingOf = new Map<Sentence, SentenceReading>();
  // Numbers that describe a source (`according to two people familiar with the matter`) are not claims.
  const sourceSpans: Span[] = [];
  for (const a of article.attributions) {
    if (a.source.span) sourceSpans.push(a.source.span);
    for (const v of a.via) if (v.span) sourceSpans.push(v.span);
  }
  const inSource = overlapTest(sourceSpans);
  const ix = indexArticle(article);
  for (const q of article.quantities) {
    if (inSource(q.start, q.end)) continue;
    if (
      /\baccording to\s+$/i.test(article.text.slice(Math.max(0, q.start - 14), q.start)) ||
      /^\s+(?:familiar with|briefed on|with knowledge of|close to)\b/i.test(article.text.slice(q.end, q.end + 20))
    )
      continue;
    const sentence = sentenceOf(article, q);
    const kept = keptBy(article.text, q, sentence.heading);
    if (!kept) continue;
    // The same number and measure in the same or a nearly identical sentence is one claim.
    const key = `${q.value}|${q.low}|${q.high}|${q.measure}`;
    const earlier = seen.get(key);
    if (earlier?.some((e) => similar(words(e), words(sentence)))) continue;
    if (earlier) earlier.push(sentence);
    else seen.set(key, [sentence]);
    const rel = (n: number): number => n - sentence.start;
    let coordinatedWith: Claim['status'] | null = null;
    let reading = readingOf.get(sentence);
    if (!reading) readingOf.set(sentence, (reading = readSentence(sentence.text)));
    let st = statusOf(sentence.text, rel(q.start), rel(q.end), sentence.heading, reading);
    // Coordinated numbers share the modality of the first (`to borrow $4 billion ... and $900 million ...`); a figure
    // set aside (`not eight, and that two …`, claims/modality/correction) binds only itself.
    const prev = claims[claims.length - 1];
    if (
      !st.cue &&
      prev &&
      prev.evidence.start === sentence.start &&
      prev.status.value !== 'asserted' &&
      prev.status.by !== 'claims/modality/correction' &&
      coordinated(article.text.slice(prev.quantity.end, q.start))
    ) {
      st = { status: prev.status.value, cue: null };
      coordinatedWith = prev.status;
    }
    let stems = stemsOf.get(sentence);
    if (!stems) {
      const names = (sentence.index >= 0 ? ix.mentions.get(sentence.index) : undefined) ?? [];
      stems = outsideNames(
        sentence.text,
        stemMatches(sentence.text),
        names.map((m) => ({ start: m.start - sentence.start, end: m.end - sentence.start })),
      );
      stemsOf.set(sentence, stems);
    }
    const act = actionOf(sentence.text, rel(q.number.start), rel(q.number.end), q.measure, rel(q.number.end), stems);
    const referent = figureNounSource(q, sentence.text, !act || act.start >= rel(q.number.end), claims);
    const att = attributionFor(article, sentence, q, ix);
    let source = att?.source ?? null;
    let via = att?.via ?? [];
    if (!source && (sentence.heading || sentence.index <= 1)) {
      // A headline's number is the outlet's own unless the headline credits it (`…: spy agency`); the
      // lead's speaker does not reach back into it.
      const credit = headlineCredit(article, sentence) ?? deckLeadSource(article, sentence, ix);
      if (credit) {
        source = credit;
        via = [];
      }
    }
    // attributions/outlet-self: "according to figures compiled by The Herald" in The Herald is its own voice.
    if (source && outletName && foldName(source.name) === outletName) {
      source = null;
      via = [];
    }
    if (anonymous(source)) {
      via = [{ ...source!, by: `${source!.by}/anonymous` }, ...via];
      // claims/relayed-by: "The group believes …, with some reports suggesting 200": the unnamed reports are
      // relayed by the named source whose statement holds them.
      const outer = att ? relayedBy(article, sentence, att, anonymous, ix) : null;
      source = outer ? { ...outer, by: 'claims/relayed-by' } : null;
    }
    const { actor, target } = actorTarget(article, sentence, q, source, via, att?.content ?? null, ix);
    claims.push({
      id: `${article.id}:${q.start}`,
      by: kept,
      quantity: q,
      evidence: { start: sentence.start, end: sentence.end, text: sentence.text },
      actor,
      target,
      action: referent
        ? { ...referent.action!, by: FIGURE_NOUN_ACTION, certain: false }
        : act
          ? {
              value: act.action,
              by: act.by ?? 'claims/action',
              certain: act.end > act.start,
              span: span(article.text, sentence.start + act.start, sentence.start + act.end),
            }
          : null,
      status: coordinatedWith
        ? { ...coordinatedWith, by: 'claims/coordinated', certain: false }
        : st.cue
          ? {
              value: st.status,
              by: st.cue.rule,
              certain: true,
              span: span(article.text, sentence.start + st.cue.start, sentence.start + st.cue.end),
            }
          : { value: st.status, by: 'claims/modality-default', certain: false },
      source,
      via,
      // `412 on Thursday, up from 380 a day earlier`: the earlier level counts back from the latest one's time.
      when:
        earlierTime(article, sentence, q, prev?.evidence.start === sentence.start ? prev.when : null) ??
        whenFor(article, sentence, q, ix),
      said: saidFor(article, sentence, ix),
      scope: claimScope(sentence.text, q.number.start - sentence.start, q.number.end - sentence.start),
    });
  }
  return claims;
}

export const claimsStage: Stage = {
  name: 'claims',
  needs: ['quantities', 'times', 'attributions', 'mentions', 'sentences'],
  gives: ['claims'],
  run(article: Article) {
    article.claims = buildClaims(article);
  },
};
