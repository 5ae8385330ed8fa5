/**
 * Paragraph-level carrying: sentences of reported content next to an
 * attributed one take its source (`carried: true`).
 */
import type { Article, AttributionSpan } from '../../article.js';
import { actorOpens, carryEnds } from './carry-ends.js';
import { DOCUMENT_NOUNS } from './lexicon.js';

const CONTINUES =
  /^(?:(?:it|he|she|they)\s+(?:also\s+)?(?:said|added|noted|estimated|believes|warned)|the\s+(?:agency|ministry|office|report|documents|statement|spy agency|service)\b|(?:he|she|it|they)\b|also\b|in addition\b|moreover\b|(?:of|among)\s+(?:that|those|them|these|the total)\b)/i;

/** `attributions/carried-anaphora`: an opener that points back to the items just reported ("Among those items"). */
const POINTS_BACK =
  /^(?:among|of)\s+(?:them\b|(?:those|these)\b(?!\s+(?:[\p{L}-]+ed|who|hurt|left|lost|missing|dead)\b))/iu;

/** Openers that tie a sentence to the one before it: "During that time", "Then", "They". */
const LINKS_BACK =
  /^(?:(?:during|at|in|by|after|before|since|until|from)\s+(?:that|this|those|these|the same)\b|(?:then|that|this|those|these|it|they|he|she)\b)/i;

/**
 * `attributions/carried-data-run`: a data source named by "according to" runs on through a longer paragraph of bare
 * figures (a tracker's table told in sentences) than a speaker's statement does.
 */
function carryLimit(src: AttributionSpan, text: string): number {
  return (src.by.endsWith('according-to') || src.source.by.includes('/according-to')) && FIGURES.test(text)
    ? MAX_DATA_CARRY
    : MAX_CARRY;
}
const MAX_DATA_CARRY = 4;

/** Sentences carried from one statement at most: a wire paragraph runs a statement on for three or four sentences. */
const MAX_CARRY = 4;

/**
 * Openers of a sentence in the outlet's own voice: a turn to other news, another time or place
 * ("Meanwhile, …", "In 2019, …", "Last year …"), or a sentence holding a quotation (the quotes stage
 * gives it its speaker).
 */
const OUTLET_VOICE =
  /^(?:meanwhile|separately|elsewhere|by contrast|in contrast|historically|previously|today|tonight|in total|overall|in (?:the )?(?:19|20)\d\d\b|(?:last|next) (?:year|month|week|decade)\b|earlier this (?:year|month|week)\b|since (?:19|20)\d\d\b|(?:this|that) (?:was|is) (?:the|a)\b|that['’]s\b|in \p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)*,)/iu;
/** A figure written in digits or words ("Seventeen people", "forty-two"): what a statement of figures holds. */
const FIGURES =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozens?|hundreds?|thousands?|millions?|billions?)\b/i;
/** A line of a list of figures: short, a label then a dash or colon ("North district — 2,300", "Ward 4: 40 cases"). */
const LIST_LINE = /^[^.!?;]{1,60}[\u2014\u2013:-]\s*[^.!?;]{0,30}$/u;

/** A cue of the sentence's own that found no speaker ("…, he said" with no one to be "he"): not carried. */
const OWN_CUE = /\b(?:said|says|told|added|according to|(?:found|finds|concluded|reported) that)\b/i;
/** Figures that speak for themselves: "estimates suggest", "data show" (the outlet reads them). */
const OWN_EVIDENCE = /\b(?:suggests?|suggested|shows?|showed|indicates?|indicated)\b/i;

/** attributions/told-to: "were told to stay indoors", "had been told to leave": an order given, no cue of speech. */
const TOLD_TO = /\b(?:was|were|been|being|are|is|get|got)\s+told\s+(?:not\s+)?to\b/gi;

/** true when a sentence with no cue of its own continues the statement before it. */
function carriesOn(text: string): boolean {
  if (OUTLET_VOICE.test(text) || OWN_EVIDENCE.test(text) || /["“”]/.test(text)) return false;
  return !OWN_CUE.test(text.includes('told') ? text.replace(TOLD_TO, ' ') : text);
}

/**
 * A cue closing its sentence: "…, the documents say." (at most 30 characters on), or "…, according to X, a
 * Denver-based tracker." (attributions/carried-back through according-to: only the source and its description after).
 */
function trailingCue(text: string, a: AttributionSpan, start: number, end: number): boolean {
  // "…, industry data show.": figures named by their keeper speak to their own clause, not the sentences before.
  if (a.source.by.endsWith('/owner-adjective')) return false;
  if (a.by.endsWith('verb-after') || a.by.endsWith('inverted'))
    return a.content.end <= a.cue.start && end - a.cue.end <= 30;
  if (!a.by.endsWith('according-to') || end - a.cue.end > 90 || /\d/.test(text.slice(a.cue.end, end))) return false;
  return FIGURES.test(text.slice(start, a.cue.start));
}

/**
 * A paragraph of figures in the outlet's voice after one closing "…, according to Cirium-like data source."
 * keeps that source ("The capital had the most, nearly 850."): scraped text breaks a statement into one-line
 * paragraphs.
 */
function nextParagraphCarries(src: AttributionSpan, text: string, run: number): boolean {
  return (
    run === 0 &&
    !actorOpens(text) &&
    !src.carried &&
    src.by.endsWith('according-to') &&
    FIGURES.test(src.content.text) &&
    FIGURES.test(text) &&
    !CONTINUES.test(text) &&
    carriesOn(text)
  );
}

/** Openers that count over the items just reported: "Most were …", "No one has …" (not "Some 40 …", a bound). */
const COUNTS_BACK =
  /^(?:most|many|some|several|few|none|no one|nobody|all|both|each|half|the (?:rest|remaining|others)|of (?:those|them|these|whom))\b(?!\s+[\d$€£])/i;

/** An agentless passive of a figure's revision ("Turnout was revised up to …"): the one who revised it is unnamed. */
const UNNAMED_REVISER =
  /\b(?:was|were|is|are|has been|have been|had been)\s+(?:revised|raised|lowered|put|estimated|recorded|registered|counted|tallied|projected|confirmed)\b(?![^.;]*\bby\s)/i;

/**
 * `attributions/carried-back-linked`: a cue closing its sentence ("…, the fire service said.") reaches back to the
 * sentence before (`before`) only when they are linked: its own sentence goes on from it ("It now holds …", "Of those,
 * …", "Most were …") or ends a quotation, the sentence before names the same source or leaves the reviser of its
 * figure unnamed ("Turnout was revised up to …"), or the source is a document that narrates in sequence; else the
 * sentence before is the outlet's.
 */
function backLinked(text: string, before: string, from: AttributionSpan): boolean {
  if (/["“”]/.test(text) || LINKS_BACK.test(text) || POINTS_BACK.test(text) || COUNTS_BACK.test(text)) return true;
  if (UNNAMED_REVISER.test(before)) return true;
  const head = /([\p{L}]+)\s*$/u.exec(from.source.name)?.[1]?.toLowerCase();
  if (!head) return false;
  return DOCUMENT_NOUNS.has(head) || hasWord(before.toLowerCase(), head);
}

/** true when `text` holds `word` as a whole word. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at === 0 || !/\p{L}/u.test(text[at - 1]!)) && (end === text.length || !/\p{L}/u.test(text[end]!))) return true;
  }
  return false;
}

type Trim = (text: string, start: number, end: number) => [number, number];
type Sp = (text: string, start: number, end: number) => { start: number; end: number; text: string };

/** Add carried attributions to `out` (and `bySentence`). */
export function carry(
  article: Pick<Article, 'text' | 'sentences'> & { meta?: Pick<Article['meta'], 'published'> },
  out: AttributionSpan[],
  bySentence: Map<number, AttributionSpan[]>,
  trimRange: Trim,
  sp: Sp,
): void {
  /** A sentence's span carried from `from`'s source by `rule`. */
  const carried = (
    sentence: { index: number; start: number; end: number },
    from: AttributionSpan,
    by: string,
  ): AttributionSpan => ({
    sentence: sentence.index,
    content: sp(article.text, ...trimRange(article.text, sentence.start, sentence.end)),
    source: from.source,
    via: from.via,
    cue: from.cue,
    carried: true,
    by,
    certain: false,
  });
  const iso = article.meta?.published?.value.iso;
  const year = iso ? Number(iso.slice(0, 4)) : null;
  // Paragraph-level carrying, backwards: "…, the documents say." at a sentence end covers the
  // unattributed sentences just before it in the same paragraph.
  for (let i = article.sentences.length - 1; i > 0; i--) {
    const s = article.sentences[i]!;
    const from = bySentence
      .get(s.index)
      ?.find((a) => !a.carried && !/^["“‘]/.test(a.content.text) && trailingCue(article.text, a, s.start, s.end));
    if (!from) continue;
    const according = from.by.endsWith('according-to');
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const p = article.sentences[j]!;
      if (p.paragraph !== s.paragraph || p.heading || bySentence.has(p.index)) break;
      // attributions/carried-between: a sentence that points back ("During that time, …") to another speaker's own
      // statement just before it continues that one.
      const before = j > 0 ? article.sentences[j - 1]! : null;
      if (
        before &&
        before.paragraph === p.paragraph &&
        LINKS_BACK.test(p.text) &&
        bySentence.get(before.index)?.some((x) => !x.carried)
      )
        break;
      // A trailing "according to X" covers figures in the outlet's voice, not a quotation or a turn to other news.
      if (according && (!FIGURES.test(p.text) || OUTLET_VOICE.test(p.text) || /["“”]/.test(p.text))) break;
      if (carryEnds(p.text, year, true) || (!according && !backLinked(s.text, p.text, from))) break;
      const a = carried(p, from, 'attributions/carried-back');
      out.push(a);
      bySentence.set(p.index, [a]);
      // attributions/carried-back-quote-start: a quotation closed by the cue reaches back to its first sentence only.
      if (/^["“‘]/.test(p.text)) break;
    }
  }
  // Paragraph-level carrying: the sentences after a speaker's statement in the same paragraph keep that speaker.
  let run = 0;
  let listSrc: AttributionSpan | null = null;
  for (let i = 1; i < article.sentences.length; i++) {
    const s = article.sentences[i]!;
    const prev = article.sentences[i - 1]!;
    const from = bySentence.get(prev.index);
    run = from?.length && from.every((a) => a.carried) ? run : 0;
    // attributions/carried-list: "X gave the following figures:" then short lines of figures keep X.
    if (from?.length && !from.some((a) => a.carried) && /:\s*$/.test(prev.text)) listSrc = from[from.length - 1]!;
    // Scraped list lines look like headings; the label and dash make them a list.
    if (listSrc && !bySentence.has(s.index) && LIST_LINE.test(s.text) && FIGURES.test(s.text)) {
      const a = carried(s, listSrc, 'attributions/carried-list');
      out.push(a);
      bySentence.set(s.index, [a]);
      continue;
    }
    listSrc = null;
    if (bySentence.has(s.index) || s.heading || prev.heading || !from?.length) continue;
    const src = [...from].reverse().find((a) => !a.by.endsWith('headline-credit'));
    if (!src || carryEnds(s.text, year)) continue;
    const turn = prev.paragraph !== s.paragraph;
    // Across a paragraph break only a data source named by "according to" runs on into bare figures, or a
    // sentence that names what was said by pointing back to it ("Among those items were …").
    const anaphora = turn && run === 0 && !src.carried && POINTS_BACK.test(s.text);
    if (turn && !anaphora && !nextParagraphCarries(src, s.text, run)) continue;
    // Two speakers before: whose statement goes on is unclear.
    if (from.some((a) => (a.source.entity ?? a.source.name) !== (src.source.entity ?? src.source.name))) continue;
    // Only a statement of figures runs on into figures of its own ("… 140 victims. Of those, 52 …").
    const figures = FIGURES.test(src.content.text);
    const rule = anaphora
      ? 'attributions/carried-anaphora'
      : turn
        ? 'attributions/carried-next-paragraph'
        : CONTINUES.test(s.text)
          ? 'attributions/carried'
          : figures && carriesOn(s.text) && run < carryLimit(src, s.text)
            ? 'attributions/carried-paragraph'
            : null;
    if (!rule) continue;
    const a = carried(s, src, rule);
    out.push(a);
    bySentence.set(s.index, [a]);
    run++;
  }
}
