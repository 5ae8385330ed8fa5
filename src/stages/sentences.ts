/**
 * Sentence splitting for news text.
 *
 * Hand-written rules rather than an npm splitter: the splitters we tried
 * (wink-nlp, compromise, sbd) either break on news abbreviations (`N. Korea`,
 * `Maj. Gen.`, `Oct. 18`, `U.S. and NATO`) or do not keep exact offsets into
 * the text. The rules are one linear scan per line:
 *
 * - every line break between paragraphs (blank line) and every line break
 *   ends a sentence, unless the next line continues a wrapped sentence
 *   (it starts in lower case and the line has no final punctuation);
 * - `.`, `!`, `?`, `…` end a sentence when followed (after any closing quote
 *   or bracket) by white space and a sentence start (capital, digit, opening
 *   quote or bracket);
 * - except after abbreviations that precede a name or number (`Mr.`, `Gen.`,
 *   `Oct.`, `No.`), after single-letter initials (`J. R. R.`, `N. Korea`),
 *   and after dotted acronyms or sentence-final-capable abbreviations
 *   (`U.S.`, `p.m.`, `Inc.`) unless the next word is a typical sentence opener
 *   (`The`, `He`, `But` ...);
 * - a quote closed by `!`/`?`/`.` followed by `Name said` stays one sentence.
 *
 * Short whole lines without final punctuation are headings (`heading: true`).
 */
import type { Article, Sentence } from '../article.js';
import type { Stage } from '../pipeline.js';
import { spaceSplitCount } from './space.js';
import { MONTH_ABBREVIATIONS } from '../vocabulary/calendar.js';

/** Abbreviations that (almost) never end a sentence: titles, months, `No.`. */
const NEVER_FINAL = new Set(
  (
    'mr mrs ms messrs dr prof gen maj col lt capt cpt sgt cpl pvt adm cmdr cdr brig gov sen rep reps sens pres supt insp ' +
    'rev hon fr st mt ft pt det atty lt.gen maj.gen ' +
    `${MONTH_ABBREVIATIONS.join(' ')} ` +
    'approx est vs v cf ' +
    'ariz calif colo conn fla ill ind kan mass mich minn miss mont neb nev okla ore penn tenn wash wis wyo ' +
    'dept gov.gen'
  ).split(/\s+/),
);

/** Abbreviations before a number (`No. 2`); an ordinary word otherwise ("No Redistribution"). */
const BEFORE_NUMBER = new Set('no nos vol art sec ch pp fig figs'.split(' '));

/** Abbreviations that may end a sentence; split after them only before a typical opener. */
const MAYBE_FINAL = new Set(
  'inc corp co ltd llc jr sr etc bros plc ave blvd rd univ assn govt ph.d e.g i.e a.m p.m u.s u.k u.n u.s.a d.c'.split(
    /\s+/,
  ),
);

/** Words that typically open a sentence (used after ambiguous abbreviations). */
const OPENERS = new Set(
  (
    'the a an he she it they we i you his her its their our this that these those there but and so yet however ' +
    'in on at for after before when while if as meanwhile also still mr mrs ms dr officials some many most one two ' +
    'what who why how where'
  ).split(/\s+/),
);

const SPEECH_VERBS =
  /^(?:said|says|say|told|tells|asked|asks|added|adds|wrote|writes|continued|replied|explained|insisted|noted|stated|declared|shouted|argued|warned)\b/;

const OPEN_QUOTES = '"“‘\'«(‘[';
const CLOSE_QUOTES = '"”’\'»)]';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\u2009' || ch === '\u202f';
}

/** The word (letters and inner periods) that ends at `i` (exclusive), at most 24 chars back. */
function wordBefore(text: string, i: number, floor: number): string {
  let j = i;
  const min = Math.max(floor, i - 24);
  while (j > min && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i);
}

/** The next word after `i` (letters only, at most 24 chars). */
function wordAfter(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && OPEN_QUOTES.includes(text[j]!)) j++;
  let k = j;
  while (k < end && k - j < 24 && /\p{L}/u.test(text[k]!)) k++;
  return text.slice(j, k);
}

/** Should a `.` at `dot` (followed by white space, then `next` at `nextPos`) end the sentence? */
function periodEnds(text: string, dot: number, lineStart: number, nextPos: number, lineEnd: number): boolean {
  const word = wordBefore(text, dot, lineStart);
  if (!word) return true;
  const lower = word.toLowerCase();
  const nextCh = text[nextPos]!;
  const nextWord = wordAfter(text, nextPos, lineEnd);
  const opener = OPENERS.has(nextWord.toLowerCase()) && nextWord.length > 0 && isUpper(nextWord[0]!);
  // Single initial: "J. R. R. Tolkien", "N. Korea".
  if (/^\p{Lu}$/u.test(word)) return opener && nextWord !== 'I' && nextWord !== 'A';
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower)) return !isDigit(nextCh);
  if (MAYBE_FINAL.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    if (isDigit(nextCh)) return false;
    return opener;
  }
  return true;
}

/** Offsets where sentences end inside one line [start, end). */
function splitLine(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let sentStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      // Swallow a run of terminal marks ("?!", "...").
      let j = i + 1;
      while (j < end && '.!?…'.includes(text[j]!)) j++;
      let closedQuote = false;
      while (j < end && CLOSE_QUOTES.includes(text[j]!)) {
        closedQuote = true;
        j++;
      }
      if (j >= end) break;
      if (!isSpace(text[j]!)) {
        i = j;
        continue;
      }
      let k = j;
      while (k < end && isSpace(text[k]!)) k++;
      if (k >= end) break;
      const next = text[k]!;
      let ends =
        isUpper(next) || isDigit(next) || OPEN_QUOTES.includes(next) || next === '—' || next === '-' || next === '•';
      if (ends && ch === '.' && j === i + 1) ends = periodEnds(text, i, start, k, end);
      if (ends && closedQuote && isUpper(next)) {
        // “Stop!” Ryder said. — the attribution belongs to the quote.
        const rest = text.slice(k, Math.min(end, k + 60));
        const m = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}/u.exec(rest);
        if (m && SPEECH_VERBS.test(rest.slice(m[0].length))) ends = false;
      }
      if (ends) {
        out.push([sentStart, j]);
        sentStart = k;
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  out.push([sentStart, end]);
}

const BULLET = /^[\s•·▪▲►■◆●*\-–—]+(?=\S)/u;

function finalPunct(s: string): boolean {
  return /[.!?…]["”’'»)\]]*$/u.test(s) || /[.!?…]$/u.test(s);
}

/** Split `text` into sentences with paragraph numbers and heading flags. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Lines with their start/end offsets.
  const lines: Array<{ start: number; end: number; blankBefore: boolean }> = [];
  let blank = false;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let s = pos;
    let e = nl;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (s === e) blank = true;
    else {
      lines.push({ start: s, end: e, blankBefore: blank });
      blank = false;
    }
    pos = nl + 1;
  }
  const hasBlank = lines.some((l, i) => i > 0 && l.blankBefore);
  // Join wrapped lines into blocks; a block never crosses a paragraph break.
  const blocks: Array<{ start: number; end: number; paragraph: number; single: boolean }> = [];
  let paragraph = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = blocks[blocks.length - 1];
    const newPara = i === 0 || line.blankBefore || !hasBlank;
    const first = text[line.start]!;
    const prevText = prev ? text.slice(Math.max(prev.start, prev.end - 3), prev.end) : '';
    if (
      !line.blankBefore &&
      prev &&
      (isLower(first) || /^[,;]/.test(text.slice(line.start, line.start + 1))) &&
      !finalPunct(prevText) &&
      prev.end - prev.start > 40
    ) {
      prev.end = line.end;
      prev.single = false;
      continue;
    }
    if (newPara) paragraph++;
    blocks.push({ start: line.start, end: line.end, paragraph, single: true });
  }
  for (const block of blocks) {
    const parts: Array<[number, number]> = [];
    splitLine(text, block.start, block.end, parts);
    for (let [s, e] of parts) {
      const bullet = BULLET.exec(text.slice(s, Math.min(e, s + 16)));
      if (bullet && !/^\s*-\d/.test(text.slice(s, s + 3))) s += bullet[0].length;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e <= s) continue;
      const body = text.slice(s, e);
      const words = spaceSplitCount(body);
      const heading = parts.length === 1 && !finalPunct(body) && words <= 30 && !/[,;]$/.test(body);
      sentences.push({ start: s, end: e, text: body, index: sentences.length, paragraph: block.paragraph, heading });
    }
  }
  return sentences;
}

/** Sentence index containing `offset`, or -1 (binary search). */
export function sentenceAt(sentences: ReadonlyArray<Pick<Sentence, 'start' | 'end'>>, offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  needs: ['text'],
  gives: ['sentences'],
  run(article: Article) {
    article.sentences = splitSentences(article.text);
  },
};
