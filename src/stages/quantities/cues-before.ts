/**
 * Phrase rules that read the words before a number: a currency sign, an
 * increment cue (`another`), a bound cue (`more than`, `nearly`) and the
 * word that opens a range (`between`, `from`).
 */
import { span } from '../../article.js';
import type { Token } from './tokens.js';
import {
  ABBREVIATED_CURRENCIES,
  currencyOpener,
  BATCH_NOUNS,
  BATCH_ORDINALS,
  BOUND_CUES,
  CHANGE_NOUNS,
  CHANGE_WORDS,
  CURRENCY_SYMBOLS,
  currencyCodeWord,
  PREFIXED_SIGNS,
  INCREMENT_CUES,
  BE_FORMS,
} from './lexicon.js';
import { adj, byLastWord, mark, matchBefore, type Phrase, type PhraseRule } from './phrase-state.js';
import { determiners } from '../../vocabulary/determiners.js';

/** Words after which `about`/`over`/`some` is a preposition or determiner, not a bound cue. */
const PREPOSITION_VERBS = new Set([
  'know',
  'knew',
  'known',
  'knows',
  'talk',
  'talked',
  'talking',
  'talks',
  'worried',
  'worry',
  'worries',
  'concerned',
  'concern',
  'think',
  'thinking',
  'thought',
  'care',
  'cares',
  'learn',
  'learned',
  'hear',
  'heard',
  'ask',
  'asked',
  'speak',
  'spoke',
  'write',
  'wrote',
  'information',
  'news',
  'report',
  'reports',
  'questions',
  'something',
  'nothing',
  'anything',
  'fight',
  'fought',
  'argue',
  'argued',
  'control',
  'power',
  'authority',
  'jurisdiction',
  'presided',
  'concerns',
  'dispute',
  'disputes',
  'row',
  'debate',
  'battle',
  'clash',
  'clashed',
  'tension',
  'tensions',
  'outrage',
  'anger',
  'fears',
  'feud',
  'standoff',
  'lawsuit',
  'sued',
  'negotiations',
]);

/** Words before `estimated` that make it an adjective (`the estimated 40,000`). */
const DETERMINERS = determiners('some', 'and', 'or');

/** Dollar prefixes glued before a dollar sign (`US$`, `A$`). */
const DOLLAR_PREFIXES = new Set(['US', 'A', 'C', 'HK', 'NZ', 'S']);

/** `$`, `US$`, `€` right before the number: the measure is the currency. */
export const currencySign: PhraseRule = {
  id: 'quantities/currency',
  apply(p) {
    const { tokens } = p;
    const i = p.core.first;
    const sign = tokens[i - 1];
    if (!sign) return;
    if (currencyAbbreviation(p, i)) return;
    if (!adj(sign, tokens[i])) return;
    const prefix = tokens[i - 2];
    const prefixed = prefix !== undefined && adj(prefix, sign);
    const glued = prefixed ? PREFIXED_SIGNS[prefix.text + sign.text] : undefined;
    const code = gluedCode(tokens, i);
    const measure = glued ?? CURRENCY_SYMBOLS[sign.text] ?? (pesoLetter(tokens, i) ? 'pesos' : code?.[1]);
    if (!measure) return;
    p.currency = glued || (prefixed && DOLLAR_PREFIXES.has(prefix.text)) ? i - 2 : i - 1;
    p.begin = p.currency;
    p.measure = measure;
    if (sign.text === 'P') mark(p, 'quantities/peso-letter');
    else if (code) mark(p, 'quantities/currency-code-glued');
  },
};

/**
 * `quantities/currency-abbrev`: a currency abbreviation before the number, glued or spaced (`Rs100 million`,
 * `Rs. 5,000`, `Tk 500`): it stands where a sign would, so the bound cues and money rules read past it.
 */
function currencyAbbreviation(p: Phrase, i: number): boolean {
  const { tokens } = p;
  const at = currencyOpener(tokens, i);
  const hit = ABBREVIATED_CURRENCIES[tokens[at]!.text];
  if (!hit || tokens[at]!.kind !== 'word') return false;
  // Only a word of its own: `NRs` or `Rs` inside a longer run of letters is something else.
  const before = tokens[at - 1];
  if (before && adj(before, tokens[at]!) && before.kind === 'word') return false;
  p.currency = at;
  p.begin = at;
  p.measure = hit[1];
  mark(p, 'quantities/currency-abbrev');
  return true;
}

const PESO_SCALES = new Set(['million', 'billion', 'trillion', 'm', 'bn']);

/**
 * `quantities/peso-letter`: the Philippine peso printed as a capital `P` glued to the number (`P20,000`,
 * `P2.3 billion`), only with a thousands group or a scale word, so `P45` or `P2` (a form, a model) stays out.
 */
export function pesoLetter(tokens: Token[], i: number): boolean {
  const sign = tokens[i - 1];
  const num = tokens[i];
  if (sign?.text !== 'P' || !num || num.kind !== 'num' || !adj(sign, num)) return false;
  const before = tokens[i - 2];
  if (before && adj(before, sign)) return false;
  return sumShape(tokens, i);
}

/** Digits that read as a sum once a currency is glued before them: a thousands group, or a scale after them. */
function sumShape(tokens: Token[], i: number): boolean {
  return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(tokens[i]!.text) || PESO_SCALES.has(tokens[i + 1]?.lower ?? '');
}

/**
 * `quantities/currency-code-glued`: a currency code glued to the number (`Sh7.9bn`, `KSh400m`, `Sh380,000`,
 * `USD5m`), with a thousands group or a scale, so a model name (`RS3`, `Sh2`) stays out: the code and its word.
 */
function gluedCode(tokens: Token[], i: number): [string, string] | null {
  const sign = tokens[i - 1];
  const num = tokens[i];
  if (!sign || sign.kind !== 'word' || !num || num.kind !== 'num' || !adj(sign, num)) return null;
  const before = tokens[i - 2];
  if (before && adj(before, sign)) return null;
  return sumShape(tokens, i) ? currencyCodeWord(sign) : null;
}

/** The first increment cue ending right before `end`, or -1; `plus` only when `withPlus`. */
function incrementBefore(tokens: Token[], end: number, withPlus: boolean): number {
  for (const words of INCREMENT_CUES) {
    if (!withPlus && words[0] === 'plus') continue;
    const f = matchBefore(tokens, end, words);
    if (f >= 0) return f;
  }
  return -1;
}

/** `another 1,500`, `an additional 10,000`: adds to an earlier figure. */
export const incrementCue: PhraseRule = {
  id: 'quantities/increment',
  apply(p) {
    const f = incrementBefore(p.tokens, p.begin, true);
    if (f < 0) return;
    p.incremental = true;
    p.cue = span(p.text, p.tokens[f]!.start, p.tokens[p.begin - 1]!.end);
    p.begin = f;
    mark(p, this.id);
  },
};

/** `pass` forms: a bound only when the figure counts what the subject names (`the toll passed 140`). */
const PASS_WORDS = new Set(['pass', 'passes', 'passed', 'passing']);
/** Words that may follow a passed figure without being what it counts (`passed 140 on Friday`). */
const AFTER_PASSED_FIGURE = new Set(
  'on in for by as at and this last since after before according mark earlier threshold milestone yesterday today now so with but while when during'.split(
    ' ',
  ),
);

/** Verbs of a small move before `up to`: `edged up to 5.1%` is the level reached, not a ceiling. */
const MOVED_UP_VERBS = new Set(
  'edge edges edged edging tick ticks ticked inch inches inched creep creeps crept nudge nudges nudged revise revises revised revising drift drifts drifted'.split(
    ' ',
  ),
);

/** `up` at `f` follows a verb of a small move, or a figure it moves from (`of 3.2% up to 3.3%`). */
function movedUpTo(tokens: Token[], f: number): boolean {
  const before = tokens[f - 1];
  if (!before) return false;
  return MOVED_UP_VERBS.has(before.lower) || before.kind === 'num' || /^(?:%|percent|cent)$/.test(before.lower);
}

/** The bound cues by the word right before the number. */
const BOUND_CUES_BY_LAST = byLastWord(BOUND_CUES);

/** `more than`, `up to`, `nearly`, `about` before the number (applied by {@link boundsApplied}). */
export const boundCue: PhraseRule = {
  id: 'quantities/bound-cue',
  apply(p) {
    const { tokens } = p;
    const cues = BOUND_CUES_BY_LAST.get(tokens[p.begin - 1]?.lower ?? '');
    if (!cues) return;
    for (const c of cues) {
      const f = matchBefore(tokens, p.begin, c.words);
      if (f < 0) continue;
      const single = c.words.length === 1 ? c.words[0] : null;
      // `revised up to 117,000`: a level moved to (read by the revised-to rule), not a ceiling.
      // quantities/moved-up-to: `edged up to 5.1%`, `its estimate of 3.2% up to 3.3%`: a level a figure moves to.
      const upTo = c.words.length === 2 && c.words[0] === 'up' && c.words[1] === 'to';
      if (upTo && (p.change || movedUpTo(tokens, f))) continue;
      // `passed 12 bills` counts what was passed; `the toll passed 140` (nothing counted after) is a floor.
      if (single !== null && PASS_WORDS.has(single)) {
        const next = tokens[p.last];
        const lineEnd = next !== undefined && p.text.slice(tokens[p.last - 1]!.end, next.start).includes('\n');
        if (!p.core.digits || (next?.kind === 'word' && !lineEnd && !AFTER_PASSED_FIGURE.has(next.lower))) continue;
      }
      // `top`/`tops` bound only digits (`tops 10,000`), not `the top three`.
      if ((single === 'top' || single === 'tops') && !p.core.digits) continue;
      // `know about 10,000 soldiers`, `talk about`: the preposition, not an approximation.
      const preposition = single === 'about' || single === 'some' || single === 'over';
      if (preposition && PREPOSITION_VERBS.has(tokens[f - 1]?.lower ?? '')) continue;
      // `The firm estimated $90 million` reports a figure; only the adjective (`the estimated 40,000`) hedges.
      if (single === 'estimated' && tokens[f - 1]?.kind === 'word' && !DETERMINERS.has(tokens[f - 1]!.lower)) continue;
      p.boundKind = c.bound;
      p.cue = span(p.text, tokens[f]!.start, tokens[p.begin - 1]!.end);
      p.begin = f;
      return;
    }
  },
};

/** `between` / `from` before the number: `to`/`and` after it then make a range. */
export const rangeOpen: PhraseRule = {
  id: 'quantities/range-open',
  apply(p) {
    if (p.boundKind) return;
    if (matchBefore(p.tokens, p.begin, ['between']) >= 0) p.rangeOpen = 'between';
    else if (matchBefore(p.tokens, p.begin, ['from']) >= 0) p.rangeOpen = 'from';
  },
};

/** An increment cue before a bound cue: `another nearly 2,000`. */
export const incrementBeforeBound: PhraseRule = {
  id: 'quantities/increment-outer',
  apply(p) {
    if (p.incremental) return;
    const f = incrementBefore(p.tokens, p.begin, false);
    if (f < 0) return;
    p.incremental = true;
    p.begin = f;
    mark(p, this.id);
  },
};

/** The bound a cue stated, unless the number turned out to open a range. */
export const boundsApplied: PhraseRule = {
  id: 'quantities/bounds',
  apply(p) {
    if (p.bound === 'range' || !p.boundKind) return;
    mark(p, this.id);
    if (p.boundKind === 'approx') {
      p.approximate = true;
      return;
    }
    if (p.core.vague) return;
    p.value = null;
    if (p.boundKind === 'lower') p.high = null;
    else {
      p.low = null;
    }
    p.bound = p.boundKind;
  },
};

/** Punctuation and copulas after which `up`/`down` states a change (`, up 44 from Tuesday`, `are down 3.1 percent`). */
const CHANGE_LEAD = new Set([',', '(', ';', '—', '–', ...BE_FORMS, 'being', 'now', 'also']);

/** Words of a sum between `by a` and the number: `by a combined 57,000`, `by a net 12,000`. */
export const SUM_WORDS = new Set(['combined', 'net', 'cumulative', 'total']);

/** Where a number's phrase starts once `a combined`/`a net` before token `begin` is read past. */
export function pastSum(tokens: Token[], begin: number): number {
  return SUM_WORDS.has(tokens[begin - 1]?.lower ?? '') && /^an?$/.test(tokens[begin - 2]?.lower ?? '')
    ? begin - 2
    : begin;
}

/** Tokens looked back from `from` for a word of change (`lift the share of clean power in the grid from 21%`). */
const CHANGE_WINDOW = 10;

/** Marks that end the look-back for a word of change. */
const CLAUSE_PUNCT = new Set(['.', ',', ';', ':', '(', ')', '!', '?', '—', '–']);

/** Words that make `from X to Y` a range even after a word of change. */
const RANGE_WORDS = new Set(['ranging', 'range', 'ranges', 'ranged', 'anywhere', 'varying', 'varied', 'vary']);

/**
 * The size of a change (`rose by 2,500`, `, up 44`, `an increase of 12%`) or the level changed from
 * (`fell from 88 to 86`): `to` after it starts the new level, so it makes no range. Neither is an increment
 * in the gold keys: the change is its own figure.
 */
export const changeCue: PhraseRule = {
  id: 'quantities/change',
  apply(p) {
    const { tokens } = p;
    // `revised down by a combined 57,000`: the sum of several revisions is still the size of a change.
    const b = pastSum(tokens, p.begin);
    const w1 = tokens[b - 1]?.lower;
    const w2 = tokens[b - 2]?.lower ?? '';
    let change = false;
    if (w1 === 'by') change = CHANGE_WORDS.has(w2);
    else if (w1 === 'up' || w1 === 'down') change = b < 2 || CHANGE_LEAD.has(w2) || tokens[b - 1]!.newline;
    else if (w1 === 'of') change = CHANGE_NOUNS.has(w2);
    else if (p.rangeOpen === 'from') {
      for (let k = p.begin - 2; k >= 0 && k >= p.begin - 1 - CHANGE_WINDOW; k--) {
        const w = tokens[k]!.lower;
        // Punctuation ends the look-back, except a comma right before `from` (`revised on Monday, from 88`).
        if (RANGE_WORDS.has(w) || (CLAUSE_PUNCT.has(w) && k < p.begin - 2)) break;
        if (CHANGE_WORDS.has(w)) {
          change = true;
          break;
        }
      }
    }
    if (!change) return;
    p.change = true;
    if (p.rangeOpen === 'from') p.rangeOpen = null;
    mark(p, this.id);
  },
};

/** `a second deployment of 2,500`, `another batch of 300`, `a fresh wave of 2,000`: a further batch, an increment. */
export const furtherBatch: PhraseRule = {
  id: 'quantities/further-batch',
  apply(p) {
    if (p.incremental) return;
    const { tokens } = p;
    if (tokens[p.begin - 1]?.lower !== 'of' || !BATCH_NOUNS.has(tokens[p.begin - 2]?.lower ?? '')) return;
    const ordinal = tokens[p.begin - 3];
    if (!ordinal || !BATCH_ORDINALS.has(ordinal.lower)) return;
    p.incremental = true;
    p.cue ??= span(p.text, ordinal.start, tokens[p.begin - 1]!.end);
    mark(p, this.id);
  },
};
