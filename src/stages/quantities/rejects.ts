/**
 * Phrase rules that decide a number is not a quantity at all: glued unit
 * letters, ranking lists, the exclusions of ./exclude.ts, scores, site
 * furniture, a lone `one`, references back (`these two`) and counts of kinds (`two main types`).
 */
import { nationalityWords } from '../entities/gazetteer.js';
import { exclusion, headlineCount } from './exclude.js';
import { MEASURE_SYNONYMS, NAVIGATION_MEASURES, PREDICATE_VERBS, SAY_VERBS, isSuperlative } from './lexicon.js';
import { adj, mark, type PhraseRule } from './phrase-state.js';
import { resultScore } from './score-result.js';

const DASHES = new Set(['-', '–']);

/** A list or ranking number: bare digits opening a line, then a name, then a number (`16 Erik Jones 2194`). */
export const listNumber: PhraseRule = {
  id: 'quantities/list-number',
  apply(p) {
    const { tokens, core, text } = p;
    if (!core.bare || p.currency >= 0) return;
    const start = tokens[core.first]!.start;
    const lineStart = core.first === 0 || /\n\s*$/.test(text.slice(Math.max(0, start - 8), start));
    const capital = (k: number): boolean => tokens[k]?.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text);
    if (!lineStart || !capital(core.last)) return;
    let k = core.last;
    while (k < core.last + 4 && capital(k)) k++;
    if (tokens[k]?.kind === 'num') p.drop = core.last;
  },
};

/** Years, dates, times, durations, ages, labels (./exclude.ts); a year range `1950-1953` is skipped whole. */
export const excluded: PhraseRule = {
  id: 'quantities/exclude',
  apply(p) {
    const { tokens, core } = p;
    if (!exclusion(tokens, core, p.currency >= 0)) {
      // Record the title-case count that the name-number exclusion let through (`Floods Kill 23`).
      const prev = tokens[core.first - 1];
      if (core.bare && prev && /^[A-Z]/.test(prev.text) && headlineCount(tokens, core.first))
        mark(p, 'quantities/headline-count');
      return;
    }
    let next = core.last;
    if (DASHES.has(tokens[next]?.text ?? '') && tokens[next + 1]?.kind === 'num') next += 2;
    p.drop = next;
  },
};

/** `2-1`, `5-4`: a score or a tally, not a range and not a count, unless a result word makes it one. */
export const score: PhraseRule = {
  id: 'quantities/score',
  apply(p) {
    const t = p.tokens;
    const l = p.last;
    if (p.bound === 'range' || !p.core.digits) return;
    const f = p.core.first;
    // The second number of a result's score (the first was read the same way).
    if (DASHES.has(t[f - 1]?.text ?? '') && resultScore(t, f - 1)) return mark(p, 'quantities/score-result');
    const dash = DASHES.has(t[l]?.text ?? '') && adj(t[l - 1], t[l]);
    if (!dash || t[l + 1]?.kind !== 'num' || !adj(t[l], t[l + 1])) return;
    if (resultScore(t, l)) mark(p, 'quantities/score-result');
    else p.drop = l + 2;
  },
};

/** Scale words no share widget prints (`18.7 billion shares` is trading volume, not `1.2K shares`). */
const WRITTEN_SCALES = new Set(['million', 'billion', 'trillion']);

/** `12 comments`, `3 min read`: site furniture. */
export const navigation: PhraseRule = {
  id: 'quantities/navigation',
  apply(p) {
    if (!p.measure || !NAVIGATION_MEASURES.has(p.measure)) return;
    const { tokens, core } = p;
    for (let k = core.first + 1; k < core.last; k++) if (WRITTEN_SCALES.has(tokens[k]!.lower)) return;
    p.drop = p.last;
  },
};

/** Words after `off` that make it a shop's promotion, not a distance from a level (`4% off its high`). */
const PROMO_AFTER_OFF = new Set([
  'coupon',
  'your',
  'select',
  'all',
  'any',
  'everything',
  'orders',
  'purchases',
  'sitewide',
]);

/** `30% Off Garden Hoses`, `$5 off coupon`, `15% off your order`: a discount in an advert, not a claim. */
export const discountOff: PhraseRule = {
  id: 'quantities/discount-off',
  apply(p) {
    if (p.currency < 0 && p.measure !== 'percent') return;
    const t = p.tokens;
    const off = t[p.last];
    if (off?.lower !== 'off') return;
    const next = t[p.last + 1];
    if (!next || next.kind !== 'word') return;
    if (/^[A-Z]/.test(next.text) || PROMO_AFTER_OFF.has(next.lower)) p.drop = p.last;
  },
};

/** `one` opening a clause before these verbs is a count (`and one died`; `and one was hurt` goes by the participle). */
const ONE_VERBS = new Set(['died', 'remains', 'remained', 'survived', 'drowned']);
const ONE_LEADS = new Set(['and', ',', ';', 'while', 'but']);
const NATIONALITIES: ReadonlySet<string> = nationalityWords();
/** Words before `one` that stress a count (`only one doctor`). */
const ONLY_LEADS = new Set(['only', 'just']);
/** Nouns after `only one` that make an idiom, not a count (`only one way`). */
const ONE_IDIOMS = new Set([
  'way',
  'thing',
  'reason',
  'question',
  'problem',
  'option',
  'word',
  'point',
  'side',
  'more',
]);

/** The word `one` counts only with a noun phrase (`one felony count`), never in `one of`, `no one`, `one point`. */
export const loneOne: PhraseRule = {
  id: 'quantities/lone-one',
  apply(p) {
    const { core, unit, tokens } = p;
    if (core.digits || core.value !== 1 || p.currency >= 0) return;
    // `two died and one was hospitalized`: `one` as the subject of a clause of its own counts a person.
    const lead = tokens[p.begin - 1];
    const verb = tokens[core.last]?.lower ?? '';
    const passive = verb === 'was' && /(?:ed|hurt|missing)$/.test(tokens[core.last + 1]?.lower ?? '');
    if ((ONE_VERBS.has(verb) || passive) && lead && ONE_LEADS.has(lead.lower)) return;
    const word = unit?.text.trim().toLowerCase() ?? '';
    // `and one Canadian`: a person named by nationality is counted.
    if (NATIONALITIES.has(verb) && lead && ONE_LEADS.has(lead.lower)) return;
    // `only one doctor`, `just one survivor`: a count stressed as the only one.
    if (lead && ONLY_LEADS.has(lead.lower) && /^[a-z]+$/.test(word) && !ONE_IDIOMS.has(word)) return;
    const bareWord = !!unit && !/\s/.test(word) && MEASURE_SYNONYMS[word] === undefined;
    if (p.tokens[core.last]?.lower === 'of' || !unit || bareWord) p.drop = p.last;
  },
};

/** Verbs right after `the two` that leave it a pronoun for people already named (`the two were charged`). */
const BACK_VERBS: ReadonlySet<string> = new Set([...PREDICATE_VERBS, ...SAY_VERBS]);

/**
 * `these two remedies`, `those three`, `the two were charged`: a reference back to things already counted (digits
 * restate a figure); `the` needs a verb right after the number, as `the two officers` may be the count itself.
 */
export const backReference: PhraseRule = {
  id: 'quantities/back-reference',
  apply(p) {
    const det = p.tokens[p.begin - 1]?.lower;
    if (p.bound !== 'exact' || p.core.digits) return;
    if (det === 'these' || det === 'those') p.drop = p.last;
    else if (det === 'the' && !p.unit && BACK_VERBS.has(p.tokens[p.core.last]?.lower ?? '')) p.drop = p.last;
  },
};

/**
 * `24 of the 50 largest lenders`: the whole of a part named by a ranking is the size of the ranked set (a
 * definition, like a top ten), not a count the story asserts; the part is the claim.
 */
export const rankedSet: PhraseRule = {
  id: 'quantities/ranked-set',
  apply(p) {
    const t = p.tokens;
    const f = p.core.first;
    if (p.currency >= 0 || t[f - 1]?.lower !== 'the' || t[f - 2]?.lower !== 'of' || t[f - 3]?.kind !== 'num') return;
    const w = t[p.core.last];
    if (w?.kind === 'word' && (isSuperlative(w.lower) || w.lower === 'most' || w.lower === 'top')) p.drop = p.core.last;
  },
};

/** Nouns of kinds, ways and conditions: counting them classifies something, it counts nothing in the world. */
const KIND_NOUNS = new Set([
  'types',
  'kinds',
  'forms',
  'sorts',
  'categories',
  'varieties',
  'ways',
  'reasons',
  'requirements',
  'criteria',
  'factors',
  'principles',
  'directions',
  'scenarios',
]);
/** Adjectives that may stand between the number and the kind noun (`two main types`). */
const KIND_ADJECTIVES = new Set(['main', 'basic', 'key', 'major', 'different', 'distinct', 'separate', 'possible']);
/** Above this a count of `forms` or `types` is more likely a count of documents or items than of kinds. */
const MAX_KINDS = 12;

/** A measure that names kinds: the kind noun alone or after one adjective (`forms`, `main forms`). */
function kindMeasure(measure: string | null): boolean {
  const words = measure?.split(' ') ?? [];
  if (words.length === 2 && !KIND_ADJECTIVES.has(words[0]!)) return false;
  return words.length > 0 && words.length <= 2 && KIND_NOUNS.has(words[words.length - 1]!);
}

/** `one of the three main types of fever`, `in three ways`, `met two of four requirements`: a count of kinds. */
export const kindCount: PhraseRule = {
  id: 'quantities/kind-count',
  apply(p) {
    if (p.currency >= 0 || p.bound !== 'exact' || p.value === null || p.value > MAX_KINDS) return;
    if (kindMeasure(p.measure)) p.drop = p.last;
  },
};
