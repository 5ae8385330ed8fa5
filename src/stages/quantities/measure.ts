/**
 * What a number counts: the head noun of the phrase after it
 * (`1,500 North Korean special forces troops` → troops), normalised with the
 * open synonym table in lexicon.ts.
 */
import type { Token } from './tokens.js';
import { CASUALTY_WORDS, MEASURE_SYNONYMS, PLURAL_NOUNS, STOP_WORDS, UNITS, isSuperlative } from './lexicon.js';
import { NAMED_AS_WRITTEN } from '../../vocabulary/measures.js';
import { isAdverb } from './subject.js';
import { determiners } from '../../vocabulary/determiners.js';

export interface MeasureFound {
  measure: string | null;
  /** Tokens of the counted noun phrase (first, one-past-last), when found. */
  first: number;
  last: number;
  /** true when nothing noun-like follows the number at all (`53 wounded`, `rise to 12,000.`). */
  bare: boolean;
  /** true when the noun was read past `of` and a second number (`24 of the 50 largest lenders`). */
  partitive?: boolean;
}

/** A number in digits or a number word (`seven`, `twelve`). */
export function isNumberToken(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || (t.kind === 'word' && UNITS[t.lower] !== undefined));
}

/** Initials of countries and unions that stand as adjectives before a noun (`US and European lenders`). */
const PLACE_INITIALS = new Set(['US', 'UK', 'EU', 'UN', 'UAE']);

/** Words after a counted head that say when, not what (`two free throws moments later`). */
const WHEN_NOUNS = new Set(['moments', 'moment', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);

/**
 * `of her season-high 27 points`, `of the 50 largest lenders`: the index just past the whole's number when
 * up to three words (an adjective, a hyphen compound) stand between the determiner and it, else -1.
 */
function partitiveNumber(tokens: Token[], k: number): number {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isNumberToken(t)) return j > k && tokens[j - 1]!.text === '-' ? -1 : j + 1;
    if (t.newline || (t.kind === 'word' ? STOP_WORDS.has(t.lower) || !/^[a-z]/.test(t.text) : t.text !== '-'))
      return -1;
  }
  return -1;
}

/** Token x is a counted noun, not a stop word. */
const isNoun = (x: Token | undefined): boolean => x?.kind === 'word' && countable(x.lower) && !STOP_WORDS.has(x.lower);

/** A counted noun at k, or past one lower-case noun modifier (`9 missing mine workers`). */
function nounFollows(tokens: Token[], k: number): boolean {
  const after = tokens[k];
  if (isNoun(after)) return true;
  const modifier = after?.kind === 'word' && /^[a-z]+$/.test(after.text) && !STOP_WORDS.has(after.lower);
  return modifier && !after.newline && isNoun(tokens[k + 1]);
}

/** Adjectives that may stand between a number and its noun without being the noun. */
const MODIFIERS = new Set([
  'other',
  'new',
  'young',
  'old',
  'female',
  'male',
  'senior',
  'junior',
  'former',
  'local',
  'major',
  'additional',
  'further',
  'extra',
  'total',
  'foreign',
  'civilian',
  'military',
  'american',
  'elite',
  'active',
  'named',
  'adult',
  'armed',
  'separate',
  'different',
  'individual',
  'small',
  'large',
  'big',
  'full',
  'key',
  'top',
  'unarmed',
  'innocent',
  'special',
]);

/** Determiners skipped after `of` in `31 of those emergencies`. */
const DETERMINERS = determiners('your', 'whose', 'such');

const adj = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** A word that can be a counted head on its own (plural-looking, mass noun, or listed). */
export function countable(lower: string): boolean {
  if (PLURAL_NOUNS.has(lower) || MEASURE_SYNONYMS[lower] !== undefined) return true;
  return lower.length > 2 && lower.endsWith('s') && !/(?:ss|us|is|ous|'s|’s)$/.test(lower);
}

/** Normalise a counted noun phrase (1–3 words) with the synonym table. */
export function normaliseMeasure(words: string[]): string {
  const lower = words.map((w) => w.toLowerCase());
  for (let k = Math.min(3, lower.length); k >= 1; k--) {
    const key = lower.slice(lower.length - k).join(' ');
    const hit = MEASURE_SYNONYMS[key];
    if (hit) return NAMED_AS_WRITTEN.has(key) ? key : hit;
  }
  const head = lower[lower.length - 1]!;
  const prev = words.length > 1 ? words[words.length - 2]! : null;
  // Keep a noun modifier (`store managers`, `job classifications`) but not an adjective or a name.
  if (
    prev &&
    /^[a-z]/.test(prev) &&
    !MODIFIERS.has(prev) &&
    !isSuperlative(prev) &&
    !/(?:al|ic|ive|ous|ful|less|ed|ing|ern|ian|ese|ish|ary|ile|ent|ant|able|ible)$/.test(prev)
  ) {
    return `${prev} ${head}`;
  }
  if (prev && /^[A-Z]/.test(prev) && /^[A-Z]/.test(words[words.length - 1]!))
    return `${prev} ${words[words.length - 1]}`;
  return /^[A-Z][a-z]/.test(words[words.length - 1]!) ? words[words.length - 1]! : head;
}

/** Read the word joined by hyphens at token j (`anti-tank`), returning its text and next index. */
function joined(tokens: Token[], j: number): { text: string; next: number } {
  let text = tokens[j]!.text;
  let k = j + 1;
  while (
    k + 1 < tokens.length &&
    tokens[k]!.text === '-' &&
    adj(tokens[k - 1], tokens[k]) &&
    adj(tokens[k], tokens[k + 1]) &&
    tokens[k + 1]!.kind === 'word'
  ) {
    text += '-' + tokens[k + 1]!.text;
    k += 2;
  }
  return { text, next: k };
}

/** The end of a dotted abbreviation of capitals starting at k (`U.S.`, `U.N.`, `E.U.`), or -1. */
function dotted(tokens: Token[], k: number): number {
  let j = k;
  while (
    j + 1 < tokens.length &&
    /^[A-Z]$/.test(tokens[j]!.text) &&
    tokens[j + 1]!.text === '.' &&
    adj(tokens[j], tokens[j + 1])
  ) {
    j += 2;
    if (!adj(tokens[j - 1], tokens[j])) break;
  }
  return j - k >= 4 ? j : -1;
}

/** The source text of tokens [a, b). */
function sourceOf(tokens: Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) out += tokens[k]!.text;
  return out;
}

/** After `and`/`or` at k, one or two lower-case modifiers and then a counted head (`and cleaning workers`). */
function joinedModifiers(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.newline || !/^[a-z]/.test(t.text) || STOP_WORDS.has(t.lower)) return false;
    if (j > k + 1 && countable(t.lower)) return true;
  }
  return false;
}

/** A period whose possessive may stand before the counted noun: `last year's jobs`, `October's new jobs`. */
const POSSESSIVE_PERIOD =
  /^(?:year|month|week|quarter|season|summer|winter|spring|autumn|january|february|march|april|may|june|july|august|september|october|november|december)'s$/;

/**
 * quantities/of-time-possessive: `9,000 of last year's jobs`: the token after a period's possessive at k (with its
 * `last`/`next`/`previous`), else k.
 */
function afterTimePossessive(tokens: Token[], k: number): number {
  const c = /^(?:last|next|previous)$/.test(tokens[k]?.lower ?? '') ? k + 1 : k;
  const t = tokens[c];
  return t && t.kind === 'word' && POSSESSIVE_PERIOD.test(t.lower) ? c + 1 : k;
}

/** A lower-case counted noun at k, or one more capitalised word and then one (`Palmeros escapees`). */
function lowerNounAfterName(tokens: Token[], k: number): boolean {
  for (let j = k; j <= k + 1 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || t.newline) return false;
    if (/^[a-z]/.test(t.text)) return countable(t.lower) && !STOP_WORDS.has(t.lower);
  }
  return false;
}

/**
 * Find the counted noun after a number, starting at token j. `skipOf` lets
 * `hundreds of` / `dozens of` reach their noun; `singular` accepts a singular
 * head (`one felony count`).
 */
export function findMeasure(tokens: Token[], j: number, opts: { skipOf: boolean; singular: boolean }): MeasureFound {
  let k = j;
  let partitive = false;
  if (opts.skipOf && tokens[k]?.lower === 'of') {
    k++;
    if (tokens[k] && DETERMINERS.has(tokens[k]!.lower)) k++;
    k = afterTimePossessive(tokens, k);
    // `171 of the 300 seats`, `18 of her season-high 27 points`: the part counts what the whole counts.
    const whole = isNumberToken(tokens[k]) ? k + 1 : partitiveNumber(tokens, k);
    if (whole > 0) {
      k = whole;
      partitive = true;
    }
  }
  // An opening quote mark before the noun: at least 30 "national emergencies".
  if (tokens[k] && /^["“‘']$/.test(tokens[k]!.text)) k++;
  const words: string[] = [];
  let headAt = -1;
  const first = k;
  let last = k;
  let n = 0;
  while (k < tokens.length && n < 6) {
    const tok = tokens[k]!;
    // `1,000 U.S. troops`, `300 U.N. peacekeepers`: a dotted abbreviation is a name before the noun.
    const abbrev = headAt < 0 ? dotted(tokens, k) : -1;
    if (abbrev > k && tokens[abbrev]?.kind === 'word' && !tokens[abbrev]!.newline) {
      words.push(sourceOf(tokens, k, abbrev));
      k = abbrev;
      n++;
      continue;
    }
    // `1,000 maintenance and cleaning workers`, `18 northern and central counties`: modifiers joined before the head.
    if (headAt < 0 && words.length > 0 && (tok.lower === 'and' || tok.lower === 'or') && joinedModifiers(tokens, k)) {
      words.push(tok.text);
      k++;
      continue;
    }
    if (tok.kind !== 'word' || tok.newline) {
      // `Wal-Mart and Sam's Club stores`: names joined by `and`/`&` before the noun.
      break;
    }
    if (
      (tok.lower === 'and' || tok.text === '&') &&
      headAt < 0 &&
      words.length > 0 &&
      // `US and European banks`: a country's initials join a name as well (not a unit: `GW and Seoul`).
      (/^[A-Z][a-z]/.test(words[words.length - 1]!) || PLACE_INITIALS.has(words[words.length - 1]!)) &&
      /^[A-Z]/.test(tokens[k + 1]?.text ?? '')
    ) {
      words.push(tok.text);
      k++;
      continue;
    }
    const { text, next } = joined(tokens, k);
    // One token's lower case is the tokenizer's; a hyphen compound is lowered here.
    const lower = next === k + 1 ? tok.lower : text.toLowerCase().replace(/’/g, "'");
    // `5,000 partly damaged`: an adverb before a participle right after the number leaves the number bare.
    if (headAt < 0 && words.length === 0 && isAdverb(lower) && /(?:ed|en)$/.test(tokens[next]?.lower ?? '')) break;
    // A stop word, unless in capitals: `US`, `UK` are names, not the pronoun `us`.
    const stop = STOP_WORDS.has(lower) && !(text.length > 1 && text === text.toUpperCase());
    const capital = /^[A-Z]/.test(text);
    // `1,900 missing people`: a casualty word before a counted noun qualifies it.
    const qualifier = headAt < 0 && CASUALTY_WORDS.has(lower) && nounFollows(tokens, next);
    if (stop && !qualifier) break;
    // `One Home Depot strategic ...`: a singular `one` before a name is part of the name.
    if (opts.singular && capital) break;
    // `two United States service members`: a name before the counted noun is not the head.
    if (headAt >= 0 && !capital && words.every((w) => /^[A-Z]/.test(w)) && !opts.singular && !STOP_WORDS.has(lower)) {
      const nextLower = tokens[next]?.kind === 'word' ? tokens[next]!.lower : '';
      if (countable(lower) || (countable(nextLower) && !STOP_WORDS.has(nextLower))) headAt = -1;
    }
    if (headAt >= 0) {
      // `two free throws moments later`: a time word after the head says when.
      if (WHEN_NOUNS.has(lower)) break;
      // quantities/name-before-noun: `25 Los Palmeros escapees`: a name of several capitalised words goes on to the
      // lower-case noun it qualifies (the reset above then takes that noun as the head).
      if (capital && words.every((w) => /^[A-Z]/.test(w)) && lowerNounAfterName(tokens, next)) {
        words.push(text);
        if (countable(lower)) headAt = words.length - 1;
        n++;
        k = next;
        continue;
      }
      // After a head, only another head continues the compound (`special forces troops`).
      if (capital || (!countable(lower) && !opts.singular)) break;
      // `one sector wants`, `one user quipped`: a verb after a singular head ends the phrase.
      if (
        opts.singular &&
        (/(?:ed|ing)$/.test(lower) || (lower.endsWith('s') && MEASURE_SYNONYMS[lower] === undefined))
      )
        break;
    } else if (!qualifier && !capital && /(?:ed|ing)$/.test(lower) && !MODIFIERS.has(lower) && !countable(lower)) {
      // A participle right after the number is a verb (`50 people killed`), unless a noun follows (`rain-soaked fans`).
      const after = tokens[next];
      if (
        !after ||
        after.kind !== 'word' ||
        STOP_WORDS.has(after.lower) ||
        /(?:ed|ing)$/.test(after.lower) ||
        !countable(after.lower)
      )
        break;
    }
    words.push(text);
    if (countable(lower) || (opts.singular && !capital)) {
      headAt = words.length - 1;
      last = next;
    }
    n++;
    k = next;
  }
  if (headAt < 0) {
    if (opts.singular && words.length > 0 && /^[A-Z]/.test(words[words.length - 1]!) === false) {
      return { measure: normaliseMeasure(words), first, last: k, bare: false };
    }
    return { measure: null, first, last: first, bare: words.length === 0 };
  }
  const phrase = words.slice(0, headAt + 1);
  return { measure: normaliseMeasure(phrase), first, last, bare: false, ...(partitive ? { partitive } : {}) };
}
