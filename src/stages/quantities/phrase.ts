/**
 * One number phrase around a number core: currency sign, bound and
 * increment cues before it, percent, ranges (`10,000 to 12,000`, `between X
 * and Y`), `or more`, `N more` after it, and the counted noun. Fixed-width
 * look-around per number: linear overall.
 */
import type { Quantity, Span } from '../../article.js';
import { span } from '../../article.js';
import type { Token } from './tokens.js';
import { parseCore, type Core } from './number.js';
import { exclusion } from './exclude.js';
import { findMeasure } from './measure.js';
import { BOUND_CUES, CURRENCY_SYMBOLS, INCREMENT_CUES, MEASURE_SYNONYMS, NAVIGATION_MEASURES, STOP_WORDS } from './lexicon.js';

const adj = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Words after which `about`/`over`/`some` is a preposition or determiner, not a bound cue. */
const PREPOSITION_VERBS = new Set(['know', 'knew', 'known', 'knows', 'talk', 'talked', 'talking', 'talks', 'worried', 'worry', 'worries', 'concerned', 'concern', 'think', 'thinking', 'thought', 'care', 'cares', 'learn', 'learned', 'hear', 'heard', 'ask', 'asked', 'speak', 'spoke', 'write', 'wrote', 'information', 'news', 'report', 'reports', 'questions', 'something', 'nothing', 'anything', 'fight', 'fought', 'argue', 'argued', 'control', 'power', 'authority', 'jurisdiction', 'presided', 'concerns', 'dispute', 'disputes', 'row', 'debate', 'battle', 'clash', 'clashed', 'tension', 'tensions', 'outrage', 'anger', 'fears', 'worries', 'feud', 'standoff', 'lawsuit', 'sued', 'negotiations', 'talks']);

/** Match a word sequence ending right before token `end` (exclusive); returns its first index or -1. */
function matchBefore(tokens: Token[], end: number, words: string[]): number {
  const first = end - words.length;
  if (first < 0) return -1;
  for (let k = 0; k < words.length; k++) if (tokens[first + k]!.lower !== words[k]) return -1;
  return first;
}

/** Currency sign right before token i (`$`, `US$`, `€`): returns [first token, measure] or null. */
function currencyBefore(tokens: Token[], i: number): [number, string] | null {
  const p = tokens[i - 1];
  if (!p) return null;
  const m = CURRENCY_SYMBOLS[p.text];
  if (m && adj(p, tokens[i])) {
    const pp = tokens[i - 2];
    if (pp && adj(pp, p) && /^(?:US|A|C|HK|NZ|S)$/.test(pp.text)) return [i - 2, m];
    return [i - 1, m];
  }
  return null;
}

/** The quantity read at a core (null when excluded) and where scanning resumes. */
export interface Built {
  quantity: Quantity | null;
  nextToken: number;
}

export function build(text: string, tokens: Token[], core: Core, dotThousands: boolean): Built {
  const cur = currencyBefore(tokens, core.first);
  let begin = cur ? cur[0] : core.first;
  let measure: string | null = cur ? cur[1] : null;
  // `600m` glued to a number is a scale only with a currency (else it is metres).
  // A glued one-letter scale without a currency sign is a unit or an identifier (`600m`, `Block 1B`, `5K`), except `10M`.
  if (!cur && core.digits && /^(?:[kmb]|K|B)$/.test(tokens[core.last - 1]!.text) && adj(tokens[core.last - 2], tokens[core.last - 1])) {
    return { quantity: null, nextToken: core.last };
  }
  // A list or ranking number: bare digits opening a line, then a name (`16 Erik Jones 2194`).
  const lineStart = core.first === 0 || /\n\s*$/.test(text.slice(Math.max(0, tokens[core.first]!.start - 8), tokens[core.first]!.start));
  if (lineStart && core.bare && !cur && tokens[core.last]?.kind === 'word' && /^[A-Z]/.test(tokens[core.last]!.text)) {
    let k = core.last;
    while (k < core.last + 4 && tokens[k]?.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text)) k++;
    if (tokens[k]?.kind === 'num') return { quantity: null, nextToken: core.last };
  }
  const why = exclusion(tokens, core, !!cur);
  if (why) {
    // A year range like 1950-1953 is skipped as a whole.
    let next = core.last;
    if ((tokens[next]?.text === '-' || tokens[next]?.text === '–') && tokens[next + 1]?.kind === 'num') next += 2;
    return { quantity: null, nextToken: next };
  }

  let value = core.value;
  let low: number | null = core.vague ? 2 * core.unit! : core.value;
  let high: number | null = core.vague ? null : core.value;
  let bound: Quantity['bound'] = core.vague ? 'vague' : 'exact';
  let approximate = core.approximate;
  let incremental = false;
  let cue: Span | undefined;
  let by = core.vague ? 'quantities/vague' : core.digits ? 'quantities/digits' : 'quantities/words';
  let last = core.last;

  // Cues before: increment, bound, `between`/`from` for ranges.
  let rangeOpen: 'between' | 'from' | null = null;
  for (const words of INCREMENT_CUES) {
    const f = matchBefore(tokens, begin, words);
    if (f >= 0) {
      incremental = true;
      cue = span(text, tokens[f]!.start, tokens[begin - 1]!.end);
      begin = f;
      break;
    }
  }
  let boundKind: 'lower' | 'upper' | 'approx' | null = null;
  for (const c of BOUND_CUES) {
    const f = matchBefore(tokens, begin, c.words);
    if (f >= 0) {
      // `some` and `about` only as cues when they are not part of a longer phrase (`for some`, `talk about`).
      if (c.words.length === 1 && (c.words[0] === 'top' || c.words[0] === 'tops') && !core.digits) continue;
      // `know about 10,000 soldiers`, `talk about`: the preposition, not an approximation.
      if (c.words.length === 1 && (c.words[0] === 'about' || c.words[0] === 'some' || c.words[0] === 'over') && PREPOSITION_VERBS.has(tokens[f - 1]?.lower ?? '')) continue;
      boundKind = c.bound;
      cue = span(text, tokens[f]!.start, tokens[begin - 1]!.end);
      begin = f;
      break;
    }
  }
  if (!boundKind) {
    if (matchBefore(tokens, begin, ['between']) >= 0) rangeOpen = 'between';
    else if (matchBefore(tokens, begin, ['from']) >= 0) rangeOpen = 'from';
  }
  // An increment cue before a bound cue: `another nearly 2,000`.
  if (!incremental) {
    for (const words of INCREMENT_CUES) {
      const f = matchBefore(tokens, begin, words);
      if (f >= 0 && words[0] !== 'plus') {
        incremental = true;
        begin = f;
        break;
      }
    }
  }

  // After the number: percent, range, `or more`, `more`, currency words.
  const t = (k: number): Token | undefined => tokens[k];
  if (t(last)?.text === '%' && adj(t(last - 1), t(last))) {
    measure = 'percent';
    last++;
  }
  // Range: 10,000-12,000 / 10,000 to 12,000 / between 11,000 and 12,000 / from 500,000 to 1.6 million
  const sep = t(last);
  if (!core.vague && sep && (((sep.text === '-' || sep.text === '–' || sep.text === '—') && adj(t(last - 1), sep)) || sep.lower === 'to' || (sep.lower === 'and' && rangeOpen === 'between') || (sep.lower === 'or' && core.digits && rangeOpen === null))) {
    let k = last + 1;
    const cur2 = CURRENCY_SYMBOLS[t(k)?.text ?? ''] ? k++ : -1;
    const second = t(k) && (t(k)!.kind === 'num' || t(k)!.kind === 'word') ? parseCore(tokens, k, dotThousands) : null;
    const glued = sep.text !== '-' && sep.text !== '–' && sep.text !== '—' ? true : adj(sep, t(cur2 >= 0 ? cur2 : k));
    const toIsRange = sep.lower !== 'to' || rangeOpen === 'from' || rangeOpen === 'between' || (core.digits && second?.digits === true) || (!core.digits && second !== null && !second.digits);
    if (second && !second.vague && second.value !== null && glued && toIsRange && !exclusion(tokens, second, cur2 >= 0, true) && core.value !== null) {
      let lo = core.value;
      const hi = second.value;
      // `10 to 12 million`: the scale of the second number applies to the first.
      if (hi > lo * 100 && second.last > second.first + 1 && core.last === core.first + 1) {
        const scale = hi / Number(tokens[second.first]!.text.replace(/,/g, '')) || 1;
        if (Number.isFinite(scale) && scale > 1) lo = lo * scale;
      }
      if (hi > lo && (sep.lower !== 'or' || hi - lo <= Math.max(1, lo))) {
        value = null;
        low = lo;
        high = hi;
        bound = 'range';
        by = 'quantities/range';
        last = second.last;
        if (t(last)?.text === '%' && adj(t(last - 1), t(last))) {
          measure = 'percent';
          last++;
        }
      }
    }
  }
  // `2-1`, `5-4`: a score or a tally, not a range and not a count.
  if (bound !== 'range' && core.digits && (t(last)?.text === '-' || t(last)?.text === '–') && adj(t(last - 1), t(last)) && t(last + 1)?.kind === 'num' && adj(t(last), t(last + 1))) {
    return { quantity: null, nextToken: last + 2 };
  }
  if (bound !== 'range' && boundKind) {
    by = 'quantities/bounds';
    if (boundKind === 'approx') approximate = true;
    else if (!core.vague) {
      if (boundKind === 'lower') {
        value = null;
        high = null;
      } else {
        value = null;
        low = null;
        if (cue && /^(?:nearly|almost)$/i.test(cue.text)) approximate = true;
      }
      bound = boundKind;
    }
  }
  // `1,500 or more`, `5,000-plus`, `10,000+`
  if (bound === 'exact' && !core.vague) {
    if (t(last)?.lower === 'or' && (t(last + 1)?.lower === 'more' || t(last + 1)?.lower === 'fewer' || t(last + 1)?.lower === 'less')) {
      if (t(last + 1)!.lower === 'more') high = null;
      else low = null;
      bound = t(last + 1)!.lower === 'more' ? 'lower' : 'upper';
      value = null;
      last += 2;
    } else if ((t(last)?.text === '+' && adj(t(last - 1), t(last))) || (t(last)?.text === '-' && t(last + 1)?.lower === 'plus')) {
      bound = 'lower';
      value = null;
      high = null;
      last += t(last)!.text === '+' ? 1 : 2;
    }
  }
  // `thousands more wounded`, `1,500 more troops` (but not `more than`)
  let afterMore = false;
  if (t(last)?.lower === 'more' && t(last + 1)?.lower !== 'than') {
    last++;
    afterMore = true;
  }
  // Currency words and percent as words.
  if (measure === null && (t(last)?.lower === 'percent' || t(last)?.lower === 'pct' || (t(last)?.lower === 'per' && t(last + 1)?.lower === 'cent'))) {
    measure = 'percent';
    last += t(last)!.lower === 'per' ? 2 : 1;
  }
  let unit: Span | undefined;
  let measureBare = false;
  if (measure === null) {
    // Hyphen compound: 38-word oath, 80-foot-long room.
    if (t(last)?.text === '-' && adj(t(last - 1), t(last)) && t(last + 1)?.kind === 'word' && adj(t(last), t(last + 1))) {
      const w = t(last + 1)!;
      if (w.lower !== 'plus' && !STOP_WORDS.has(w.lower)) {
        measure = MEASURE_SYNONYMS[w.lower] ?? (w.lower.endsWith('s') ? w.lower : /(?:ch|sh|x)$/.test(w.lower) ? `${w.lower}es` : `${w.lower}s`);
        unit = span(text, w.start, w.end);
      }
    } else {
      const m = findMeasure(tokens, last, { skipOf: core.vague || t(last)?.lower === 'of' || tokens[core.last - 1]!.lower === 'dozen' || tokens[core.last - 1]!.lower === 'hundred' || tokens[core.last - 1]!.lower === 'thousand' || tokens[core.last - 1]!.lower === 'million' || tokens[core.last - 1]!.lower === 'billion', singular: value === 1 && bound === 'exact' });
      if (m.measure) {
        measure = m.measure;
        unit = span(text, tokens[m.first]!.start, tokens[m.last - 1]!.end);
      }
      measureBare = m.bare;
    }
  }
  if (measure && NAVIGATION_MEASURES.has(measure)) return { quantity: null, nextToken: last };
  // The word `one` counts only with a noun phrase (`one felony count`), never in `one of`, `no one`, `one point`.
  if (!core.digits && core.value === 1 && !cur && (t(core.last)?.lower === 'of' || !unit || (!/\s/.test(unit.text.trim()) && MEASURE_SYNONYMS[unit.text.toLowerCase()] === undefined))) return { quantity: null, nextToken: last };
  // `these two remedies`, `those three`: a reference back to things already counted.
  const det = tokens[begin - 1]?.lower;
  if ((det === 'these' || det === 'those') && bound === 'exact') return { quantity: null, nextToken: last };
  if (afterMore && !measure && !core.vague) {
    // `1,500 more` without a noun is still an increment; `thousands more wounded` is not.
    incremental = true;
  } else if (afterMore && measure && !core.vague) incremental = true;

  const startOff = tokens[begin]!.start;
  const endTok = unit ? Math.max(last, 0) : last;
  const endOff = unit ? unit.end : tokens[endTok - 1]!.end;
  const numberSpan = span(text, tokens[cur ? cur[0] : core.first]!.start, tokens[core.last - 1]!.end);
  const quantity: Quantity = {
    ...span(text, startOff, endOff),
    by,
    certain: bound === 'exact' && !approximate,
    value,
    low,
    high,
    bound,
    approximate,
    vague: core.vague,
    incremental,
    number: numberSpan,
    measure,
    ...(cue ? { cue } : {}),
    ...(unit ? { unit } : {}),
  };
  if (measureBare) (quantity as Quantity & { bareMeasure?: boolean }).bareMeasure = true;
  return { quantity, nextToken: last };
}

