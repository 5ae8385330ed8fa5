/**
 * Phrase rules that read the words after a number: `%`, a second number
 * that makes a range, `or more`, `5,000-plus`, `N more`, `percent` as a word
 * and the counted noun.
 */
import { resultScore } from './score-result.js';
import { span } from '../../article.js';
import type { Token } from './tokens.js';
import { parseCore, sharedScale } from './number.js';
import { exclusion } from './exclude.js';
import { findMeasure } from './measure.js';
import { CHANGE_WORDS, CURRENCY_SYMBOLS, INCREMENT_AFTER, MEASURE_SYNONYMS, STOP_WORDS } from './lexicon.js';
import { adj, mark, type Phrase, type PhraseRule } from './phrase-state.js';
import { pluralNoun } from '../../vocabulary/plural.js';

const DASHES = new Set(['-', '–', '—']);

/** How many times the change a level after `rose N to` must be for the two to be no range. */
const CHANGE_TO_LEVEL = 3;

/** Words that make a second number a percentage too: `10% to 15%`, `5% to 7 percent`. */
const PERCENT_AFTER = new Set(['%', 'percent', 'per', 'pct', 'percentage']);

/** The token at i makes the number before it a percentage: `%`, `percent`, `per cent`, not `per euro`. */
function percentAt(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? '';
  return w === 'per' ? tokens[i + 1]?.lower === 'cent' : PERCENT_AFTER.has(w);
}

/** A `%` glued to the token before `p.last`: consume it. */
function percentSign(p: Phrase): boolean {
  const t = p.tokens;
  if (t[p.last]?.text !== '%' || !adj(t[p.last - 1], t[p.last])) return false;
  p.measure = 'percent';
  p.last++;
  return true;
}

/** `12%`. */
export const percentGlued: PhraseRule = {
  id: 'quantities/percent',
  apply(p) {
    if (percentSign(p)) mark(p, this.id);
  },
};

/** Whether the token after a number may join a second number into a range. */
function rangeSeparator(p: Phrase, sep: Token | undefined): sep is Token {
  if (!sep) return false;
  if (DASHES.has(sep.text)) return adj(p.tokens[p.last - 1], sep);
  if (sep.lower === 'to') return !p.change;
  if (sep.lower === 'and') return p.rangeOpen === 'between';
  return sep.lower === 'or' && p.core.digits && p.rangeOpen === null;
}

/** `10,000-12,000`, `10,000 to 12,000`, `between 11,000 and 12,000`, `from 500,000 to 1.6 million`, `8 or 9`. */
export const range: PhraseRule = {
  id: 'quantities/range',
  apply(p) {
    const { tokens, core } = p;
    const sep = tokens[p.last];
    if (core.vague || core.value === null || !rangeSeparator(p, sep)) return;
    // `fell 88-95`: a result's score, read as two numbers by quantities/score-result.
    if (resultScore(tokens, p.last)) return;
    let k = p.last + 1;
    const cur2 = CURRENCY_SYMBOLS[tokens[k]?.text ?? ''] ? k++ : -1;
    const kind = tokens[k]?.kind;
    const second = kind === 'num' || kind === 'word' ? parseCore(tokens, k, p.dotThousands) : null;
    const glued = !DASHES.has(sep.text) || adj(sep, tokens[cur2 >= 0 ? cur2 : k]);
    // `to` joins a range only after `from`/`between` or between two numbers written alike (not `rose to 12`).
    const toIsRange =
      sep.lower !== 'to' ||
      p.rangeOpen === 'from' ||
      p.rangeOpen === 'between' ||
      (core.digits && second?.digits === true) ||
      (!core.digits && second !== null && !second.digits);
    if (!second || second.vague || second.value === null || !glued || !toIsRange) return;
    // `7-Eleven`: digits glued to a capitalised number word name a thing; a range's two ends are written alike.
    if (DASHES.has(sep.text) && core.digits && !second.digits && /^[A-Z]/.test(tokens[k]!.text)) return;
    // `rose 0.4% to $28.15`, `fell 4% to 18,300`: a percentage then a level of another kind is a change, no range.
    // `weakened 0.4% to 4.31 per euro`: a level per a unit, not a second percentage.
    if (p.measure === 'percent' && (cur2 >= 0 || !percentAt(tokens, second.last))) return;
    if (exclusion(tokens, second, cur2 >= 0, true)) return;
    let lo = core.value;
    const hi = second.value;
    // `10 to 12 million`, `8 to 9,000`: the scale of the second number applies to the first.
    if (p.rangeOpen !== 'from') lo = lo * sharedScale(tokens, core, second, lo, hi);
    // `8 or 9` is a range; `5 or 50` is a choice.
    if (hi <= lo || (sep.lower === 'or' && hi - lo > Math.max(1, lo))) return;
    // `claims rose 9,000 to 237,000`: after a change verb, a small number then a far larger one is a change and the
    // level it reaches (`rose 5 to 10 percent` stays a range).
    if (sep.lower === 'to' && hi > CHANGE_TO_LEVEL * lo && CHANGE_WORDS.has(tokens[p.begin - 1]?.lower ?? '')) {
      p.change = true;
      mark(p, 'quantities/change');
      return;
    }
    p.value = null;
    p.low = lo;
    p.high = hi;
    p.bound = 'range';
    p.last = second.last;
    mark(p, this.id);
    if (percentSign(p)) mark(p, percentGlued.id);
  },
};

/** `1,500 or more`, `300 or fewer`, `5,000-plus`, `10,000+`. */
export const orMore: PhraseRule = {
  id: 'quantities/or-more',
  apply(p) {
    if (p.bound !== 'exact' || p.core.vague) return;
    const t = p.tokens;
    const next = t[p.last + 1]?.lower;
    if (t[p.last]?.lower === 'or' && (next === 'more' || next === 'fewer' || next === 'less')) {
      if (next === 'more') p.high = null;
      else p.low = null;
      p.bound = next === 'more' ? 'lower' : 'upper';
      p.value = null;
      p.last += 2;
      mark(p, this.id);
    } else if (
      (t[p.last]?.text === '+' && adj(t[p.last - 1], t[p.last])) ||
      (t[p.last]?.text === '-' && next === 'plus')
    ) {
      p.bound = 'lower';
      p.value = null;
      p.high = null;
      p.last += t[p.last]!.text === '+' ? 1 : 2;
      mark(p, this.id);
    }
  },
};

/** Adjectives after `N% more` that compare (`6% more expensive`): no more of anything, so no increment. */
const COMPARED_ADJECTIVES = new Set(['expensive', 'costly', 'affordable', 'likely']);

/** After `N more <people>`: they are in work (`went to work`, `found jobs`, `were in work`, `were employed`). */
export const IN_WORK_AFTER =
  /^\s+(?:were\s+|are\s+|had\s+|have\s+)?(?:in\s+(?:work|jobs|employment)|employed|(?:went|go|gone|returned)\s+(?:back\s+)?to\s+work|found\s+(?:work|jobs))\b/i;

/** `1,500 more troops`, `1,500 more` (not `more than`): an increment, unless the number is vague. */
export const moreAfter: PhraseRule = {
  id: 'quantities/more-after',
  apply(p) {
    const t = p.tokens;
    if (t[p.last]?.lower !== 'more' || t[p.last + 1]?.lower === 'than') return;
    if (COMPARED_ADJECTIVES.has(t[p.last + 1]?.lower ?? '')) return;
    p.last++;
    if (p.core.vague) return;
    // quantities/more-in-work: `41,000 more people went to work` is the change in employment, not an increment.
    const noun = t[p.last];
    if (noun?.kind === 'word' && IN_WORK_AFTER.test(p.text.slice(noun.end, noun.end + 40))) {
      mark(p, 'quantities/more-in-work');
      return;
    }
    p.incremental = true;
    mark(p, this.id);
  },
};

// `… than the day before`, `… than on Friday`, `… than a day earlier`: an earlier count of the same thing.
const EARLIER_COUNT =
  /^\s+than\s+(?:the\s+(?:day|week|night|morning|evening)\s+before|the\s+previous\s+(?:day|week|count|update|tally|report|total)|an?\s+(?:day|week)\s+(?:earlier|before|ago)|yesterday|the\s+day\s+prior|at\s+the\s+(?:last|previous)\s+(?:count|update|briefing)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** `180 more than the day before`, `nine more than on Friday`: the size of a rise since an earlier count. */
export const moreThanEarlier: PhraseRule = {
  id: 'quantities/more-than-earlier',
  apply(p) {
    const t = p.tokens;
    const more = t[p.last];
    if (p.incremental || p.core.vague || p.bound !== 'exact' || more?.lower !== 'more') return;
    if (t[p.last + 1]?.lower !== 'than' || !EARLIER_COUNT.test(p.text.slice(more.end, more.end + 40))) return;
    p.incremental = true;
    p.cue ??= span(p.text, more.start, more.end);
    mark(p, this.id);
  },
};

/** `eleven additional cases`, `200 extra beds`: the cue after the number, still an increment. */
export const incrementAfter: PhraseRule = {
  id: 'quantities/increment-after',
  apply(p) {
    const w = p.tokens[p.last];
    if (p.incremental || p.core.vague || !w || !INCREMENT_AFTER.has(w.lower)) return;
    p.incremental = true;
    p.cue ??= span(p.text, w.start, w.end);
    mark(p, this.id);
  },
};

/** `12 percent`, `12 pct`, `12 per cent`. */
export const percentWord: PhraseRule = {
  id: 'quantities/percent-word',
  apply(p) {
    if (p.measure !== null) return;
    const t = p.tokens;
    const w = t[p.last]?.lower;
    if (w === 'percent' || w === 'pct' || (w === 'per' && t[p.last + 1]?.lower === 'cent')) {
      p.measure = 'percent';
      p.last += w === 'per' ? 2 : 1;
      mark(p, this.id);
    }
  },
};

/** Scale words after which `of` introduces the counted noun (`a million of them`). */
const SCALE_WORDS = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion']);

/** How far a headline line is read on each side of a number, in tokens. */
const LINE_WINDOW = 24;

/**
 * The line of token k is in title case and the word at k is capitalised: most words of four letters or more
 * start with a capital (`Divers Search for 9 Missing Mine Workers After Tunnel Flood`).
 */
function titleCase(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || w.kind !== 'word' || w.newline || !/^[A-Z][a-z]/.test(w.text)) return false;
  let capitals = 0;
  let lowers = 0;
  const count = (t: Token): void => {
    if (t.kind !== 'word' || t.text.length < 4) return;
    if (/^[A-Z]/.test(t.text)) capitals++;
    else lowers++;
  };
  for (let j = k; j < Math.min(tokens.length, k + LINE_WINDOW) && (j === k || !tokens[j]!.newline); j++) {
    if (tokens[j]!.text === '.') return false;
    count(tokens[j]!);
  }
  for (let j = k - 1; j >= Math.max(0, k - LINE_WINDOW); j--) {
    if (tokens[j]!.text === '.') return false;
    count(tokens[j]!);
    if (tokens[j]!.newline) break;
  }
  return capitals >= 4 && capitals >= 3 * lowers;
}

/** The tokens from k on, a few of them, with their words in lower case (a copy: the text's tokens stay). */
function lowerWindow(tokens: Token[], k: number): Token[] {
  const out: Token[] = [];
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j]!;
    out.push(t.kind === 'word' && t.text !== t.text.toUpperCase() ? { ...t, text: t.lower } : t);
  }
  return out;
}

/** What is counted: a hyphen compound (`38-word oath`) or the noun phrase after the number. */
export const countedNoun: PhraseRule = {
  id: 'quantities/counted-noun',
  apply(p) {
    if (p.measure !== null) return;
    const t = p.tokens;
    const last = p.last;
    const hyphen = t[last]?.text === '-' && adj(t[last - 1], t[last]);
    if (hyphen && t[last + 1]?.kind === 'word' && adj(t[last], t[last + 1])) {
      const w = t[last + 1]!;
      if (w.lower !== 'plus' && !STOP_WORDS.has(w.lower)) {
        p.measure = MEASURE_SYNONYMS[w.lower] ?? pluralNoun(w.lower);
        p.unit = span(p.text, w.start, w.end);
      }
      return;
    }
    const skipOf = p.core.vague || t[last]?.lower === 'of' || SCALE_WORDS.has(t[p.core.last - 1]!.lower);
    const opts = { skipOf, singular: p.value === 1 && p.bound === 'exact' };
    // `9 Missing Mine Workers After Tunnel Flood`: a headline's capitals are no names, so its words are read lowered.
    const lowered = titleCase(t, last) ? findMeasure(lowerWindow(t, last), 0, opts) : null;
    const m = lowered
      ? { ...lowered, first: lowered.first + last, last: lowered.last + last }
      : findMeasure(t, last, opts);
    if (lowered && m.measure) mark(p, 'quantities/title-case');
    if (m.measure) {
      p.measure = m.measure;
      p.unit = span(p.text, t[m.first]!.start, t[m.last - 1]!.end);
      // `24 of the 50 largest lenders`: the noun read past the whole's number.
      if (m.partitive) mark(p, 'quantities/partitive');
    }
    p.measureBare = m.bare;
  },
};

// Counts of an outbreak, a crackdown or a fire season, whose `new` ones add to the running total.
const NEW_EVENT_NOUNS = new Set([
  'cases',
  'infections',
  'deaths',
  'fatalities',
  'hospitalizations',
  'hospitalisations',
  'admissions',
  'arrests',
  'fires',
  'wildfires',
  'outbreaks',
  'evacuations',
  'detentions',
]);
// A window that makes any `N new X` a count since an earlier one: `since Monday`, `overnight`, `in the past week`.
const NEW_WINDOW =
  /^\s+(?:since\b|overnight\b|(?:in|over|during)\s+the\s+(?:past|last|previous)\b|(?:were|have\s+been|had\s+been)\s+(?:reported|confirmed|recorded|detected|identified|registered)\b)/i;

/** `9 new cases overnight`, `41 new arrests`, `12 new homes since March`: `new` after the number marks an increment. */
export const newSince: PhraseRule = {
  id: 'quantities/new-since',
  apply(p) {
    const t = p.tokens;
    if (p.incremental || p.core.vague || p.currency >= 0 || !p.unit || t[p.core.last]?.lower !== 'new') return;
    const unit = p.text.slice(p.unit.start, p.unit.end).toLowerCase();
    const noun = unit.slice(unit.lastIndexOf(' ') + 1);
    if (!NEW_EVENT_NOUNS.has(noun) && !NEW_WINDOW.test(p.text.slice(p.unit.end, p.unit.end + 30))) return;
    p.incremental = true;
    p.cue ??= span(p.text, t[p.core.last]!.start, t[p.core.last]!.end);
    mark(p, this.id);
  },
};

/** Measures of a change that stay a rate or a level, never an added count. */
const RATE_MEASURES = new Set(['percent', 'percentage points', 'points', 'basis points']);

/**
 * `640 guests, up 25 from Tuesday`, `up 12 since Monday`: a count added since an earlier figure, an increment
 * (a rise in percent or points is a rate, and `rose by N` the size of a change, as the gold keys read them).
 */
export const upSince: PhraseRule = {
  id: 'quantities/up-since',
  apply(p) {
    if (!p.change || p.incremental || p.currency >= 0 || p.core.vague || p.tokens[p.begin - 1]?.lower !== 'up') return;
    if (p.measure !== null && RATE_MEASURES.has(p.measure)) return;
    const end = p.unit ? p.unit.end : p.tokens[p.last - 1]!.end;
    if (!/^\s+(?:from|since)\b/i.test(p.text.slice(end, end + 8))) return;
    p.incremental = true;
    mark(p, this.id);
  },
};
