/**
 * Numbers that are not counts: years, dates, times of day, durations, ages,
 * ordinals, phone numbers, labels (`Section 2`), identifiers (`F-16`,
 * `COVID-19`) and navigation counts (`12 comments`). Each test looks at a
 * fixed number of neighbouring tokens, so the whole pass stays linear.
 */
import { resultScore } from './score-result.js';
import type { Token } from './tokens.js';
import type { Core } from './number.js';
import {
  BOUND_CUES,
  LABEL_WORDS,
  MONTHS,
  PREDICATE_VERBS,
  UNITS,
  SENTENCE_CUE_WORDS,
  STEP_WORDS,
  STOP_WORDS,
  TIME_UNITS,
  currencyCodeWord,
} from './lexicon.js';
import { gappedCount, placeCount } from './disaster.js';
import { COUNT_VERB_ROWS, verbForms } from '../../vocabulary/count-verbs.js';

/** Words between a number and its time unit that make a period of it: `the two previous months`. */
const PERIOD_WORDS = new Set(['previous', 'past', 'last', 'preceding', 'following', 'next', 'coming', 'prior']);

/** `40.3C`, `104F`: a temperature with its scale's letter glued on (a plausible reading only, so `5G` stays out). */
export function gluedTemperature(tokens: Token[], core: Core): boolean {
  const next = tokens[core.last];
  const v = core.value;
  if (!next || (next.text !== 'C' && next.text !== 'F') || v === null || v > 140) return false;
  // `35C on Wednesday`, `40.3C (104.5F)`, a headline ending `hit 47C` above the next line; not `a 5C jersey`.
  const after = tokens[core.last + 1];
  return !after || after.kind !== 'word' || STOP_WORDS.has(after.lower) || after.newline;
}

/** A capitalised number word (`Eleven` of `7-Eleven`). */
const NAME_NUMBER = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand)$/;

/** Words that introduce an age (`aged 27`, `ages 5 to 12`). */
const AGE_WORDS = new Set(['aged', 'age', 'ages']);

/** People whose age is said after them with `of` (`a boy of seven`, `a woman of 80`). */
const AGED_PERSONS = new Set([
  'boy',
  'girl',
  'man',
  'woman',
  'child',
  'baby',
  'toddler',
  'teenager',
  'pensioner',
  'son',
  'daughter',
]);

/** Words that join the two ends of a range (`27 to 52`, `18 and 30`, `18-30`). */
const RANGE_JOINS = new Set(['to', 'and', '-', '–']);

/** Events a span of which dates a figure (`in its last 10 games`). */
const EVENT_WINDOWS = new Set([
  'games',
  'matches',
  'races',
  'seasons',
  'starts',
  'outings',
  'fixtures',
  'innings',
  'rounds',
  'elections',
  'meetings',
  'sessions',
  'quarters',
  'tournaments',
  'appearances',
  'editions',
  'trading',
]);

/** Words that join a number into the name of one thing (`3-pointer`, `two-seater`, `four-lane`, `five-star`). */
const COUNT_COMPOUNDS = new Set([
  'pointer',
  'pointers',
  'seater',
  'seaters',
  'wheeler',
  'wheelers',
  'decker',
  'deckers',
  'liner',
  'liners',
  'hander',
  'timer',
  'timers',
  'class',
  'tier',
  'way',
  'lane',
  'party',
  'phase',
  'speed',
  'step',
  'star',
  'storey',
  'story',
  'bedroom',
  'door',
  'dimensional',
  'sided',
]);

const adj = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

const isMonth = (t: Token | undefined): boolean =>
  !!t &&
  t.kind === 'word' &&
  MONTHS[t.lower] !== undefined &&
  (t.lower !== 'may' && t.lower !== 'march' && t.lower !== 'mar' && t.lower !== 'jan' ? true : /^[A-Z]/.test(t.text));

/** A 4-digit year-like token (1000–2199) without separators. */
export function yearLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'num' || !/^\d{4}$/.test(t.text)) return false;
  const v = Number(t.text);
  return v >= 1000 && v <= 2199;
}

/** Words after an emergency number: `911 calls`. */
const EMERGENCY_WORDS = /^(?:calls?|callers?|dispatchers?|operators?|line|system|center|centre)$/;

/** Unit abbreviations that may be glued to their number: `300mm`, `50km`, `2GW`. */
const GLUED_UNITS = new Set([
  'mm',
  'cm',
  'km',
  'kg',
  'mph',
  'kph',
  'ha',
  'GW',
  'MW',
  'kW',
  'TW',
  'GWh',
  'MWh',
  'kWh',
  'TWh',
  'sq',
]);

/** Words that make `Category 4` a storm's strength rather than a label. */
const STORM_WORDS = new Set([
  'hurricane',
  'hurricanes',
  'storm',
  'storms',
  'typhoon',
  'typhoons',
  'cyclone',
  'cyclones',
  'winds',
  'landfall',
  'strengthened',
  'weakened',
  'downgraded',
  'upgraded',
]);

/** `a Category 4 hurricane`, `the storm reached Category 5`: a storm word within a few tokens of `Category N`. */
function stormCategory(tokens: Token[], core: Core): boolean {
  if (tokens[core.first - 1]?.lower !== 'category' || core.value === null || core.value < 1 || core.value > 5)
    return false;
  for (let k = Math.max(0, core.first - 7); k < Math.min(tokens.length, core.last + 3); k++) {
    if (STORM_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** Token `k` is digits that a capitalised name or a glued `-9` follows (`737 Max`, `787-9`): a model number. */
function modelAfter(tokens: Token[], k: number): boolean {
  const num = tokens[k];
  const next = tokens[k + 1];
  if (num?.kind !== 'num' || !next) return false;
  if (next.text === '-' && adj(num, next)) return true;
  return next.kind === 'word' && /^[A-Z]/.test(next.text) && !adj(num, next);
}

/**
 * Verbs a headline puts before the count it reports (`Cancels 300 Flights`, `Floods Kill 23`), each row a verb's
 * base, third-person and past forms: in a title-case line they are capitalised like the name of a model or a flight.
 * The count verbs, plus verbs of saying, passing a mark and acting on things, whose object need not be a count.
 */
const HEADLINE_VERB_ROWS = [
  ...COUNT_VERB_ROWS,
  'hurt hurts',
  'leave leaves left',
  'cancel cancels cancelled canceled',
  'cut cuts',
  'destroy destroys destroyed',
  'damage damages damaged',
  'trap traps trapped',
  'bury buries buried',
  'charge charges charged',
  'release releases released',
  'save saves saved',
  'say says said',
  'report reports reported',
  'lose loses lost',
  'approve approves approved',
  'ground grounds grounded',
  'claim claims claimed',
  'hit hits',
  'tops topped',
  'pass passes passed',
  'reach reaches reached',
  'exceed exceeds exceeded',
  'surpass surpasses surpassed',
  'sack sacks sacked',
  'close closes closed',
  'send sends sent',
  'deploy deploys deployed',
  'seize seizes seized',
  'raise raises raised',
  'fine fines fined',
  'find finds found',
];
const HEADLINE_VERBS = verbForms(HEADLINE_VERB_ROWS);

/** `At Least 64`, `More Than 200`, `Up To 70`: the bound phrases that may open a count (read in any case). */
const BOUND_PHRASES: readonly string[][] = BOUND_CUES.map((c) => c.words);

/**
 * `quantities/headline-count`: a number right after a headline verb or a bound phrase counts, however the line is
 * capitalised, so a title-case word before it does not make it the number of a name.
 */
export function headlineCount(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  if (prev?.kind !== 'word') return false;
  if (HEADLINE_VERBS.has(prev.lower)) return true;
  for (const words of BOUND_PHRASES) {
    const first = k - words.length;
    if (first < 0 || words[words.length - 1] !== prev.lower) continue;
    let all = true;
    for (let j = 0; j < words.length - 1 && all; j++) all = tokens[first + j]!.lower === words[j];
    if (all) return true;
  }
  return false;
}

const COMPASS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west']);
const STREET_WORDS = new Set(
  'street st avenue ave road rd boulevard blvd lane ln drive dr way place pl court ct terrace crescent parkway pkwy square plaza'.split(
    ' ',
  ),
);

/**
 * `quantities/address`: a street number, `212 S. Main St.`, `48 Harbour Lane`: an optional compass point, one to
 * three capitalised words, then a street word not followed by a lower-case noun (`Wall Street banks` is a modifier).
 */
function streetAfter(tokens: Token[], k: number): boolean {
  let j = k;
  if (COMPASS.has(tokens[j]?.lower ?? '') && /^[A-Z]/.test(tokens[j]!.text)) {
    j++;
    if (tokens[j]?.text === '.') j++;
  }
  for (let n = 0; n < 4; n++, j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || !/^[A-Z]/.test(t.text)) return false;
    if (n > 0 && STREET_WORDS.has(t.lower)) {
      const after = tokens[j + (tokens[j + 1]?.text === '.' ? 2 : 1)];
      return !(after && after.kind === 'word' && /^[a-z]/.test(after.text) && tokens[j + 1]?.text !== '.');
    }
  }
  return false;
}

/** Words before a written-out number that name a step (`a "phase one" deal`, `stage two curbs`) or the numeral. */
const STEP_LABELS: ReadonlySet<string> = new Set(STEP_WORDS);
/** Words before digits that name a place on a map or a site plan (`rebels in area 55`, `residents of zone 4`). */
const PLACE_LABELS = new Set(['area', 'zone', 'sector']);
/** Verbs after a place label that leave it a name (`area 55 are`), where a lower-case noun would make it a size. */
const LABEL_VERBS: ReadonlySet<string> = new Set(PREDICATE_VERBS);

/**
 * `phase one`, `a "stage two" plan`: a word number after a step label; `area 55`, `zone 4`: digits after a place
 * label, unless a lower-case noun follows (`an area 55 miles wide` is a size).
 */
function placeOrStepLabel(tokens: Token[], core: Core): string | null {
  let k = core.first - 1;
  if (tokens[k] && /^["'“‘]$/.test(tokens[k]!.text)) k--;
  const label = tokens[k];
  if (!label || label.kind !== 'word') return null;
  if (!core.digits && !core.vague && STEP_LABELS.has(label.lower)) return 'label';
  if (!core.bare || k !== core.first - 1 || !PLACE_LABELS.has(label.lower)) return null;
  const next = tokens[core.last];
  const noun = next?.kind === 'word' && /^[a-z]/.test(next.text) && !STOP_WORDS.has(next.lower);
  return noun && !LABEL_VERBS.has(next!.lower) ? null : 'label';
}

/** Nouns of a scale of alerts whose `level` a grade is on. */
const ALERT_WORDS = new Set(['alert', 'warning', 'threat', 'danger', 'readiness', 'alarm', 'hazard']);

/**
 * quantities/alert-level: `raised the alert level to 3`, `kept the warning level at 2`, `the threat level from 4`: a
 * grade on an alert scale after its moving verb's preposition is a label, not a count.
 */
function alertGrade(tokens: Token[], core: Core): boolean {
  let k = core.first - 1;
  if (!/^(?:to|at|from)$/.test(tokens[k]?.lower ?? '')) return false;
  k--;
  return tokens[k]?.lower === 'level' && ALERT_WORDS.has(tokens[k - 1]?.lower ?? '') && (core.value ?? 99) <= 10;
}

/**
 * Why the number read as `core` is not a quantity, or null when it is one.
 * `currency` is true when a currency sign precedes it.
 */
export function exclusion(tokens: Token[], core: Core, currency: boolean, rangeEnd = false): string | null {
  const first = tokens[core.first]!;
  const lastTok = tokens[core.last - 1]!;
  const prev = tokens[core.first - 1];
  const prev2 = tokens[core.first - 2];
  const next = tokens[core.last];
  const next2 = tokens[core.last + 1];

  // `7-Eleven`: digits and a capitalised number word glued by a dash are a name, neither a count.
  if (!core.digits && /^[A-Z]/.test(first.text) && prev?.text === '-' && adj(prev, first) && prev2?.kind === 'num')
    return 'identifier';
  if (
    core.digits &&
    next?.text === '-' &&
    adj(lastTok, next) &&
    adj(next, next2) &&
    NAME_NUMBER.test(next2?.text ?? '')
  )
    return 'identifier';
  if (core.digits) {
    if (first.text.includes(':')) return 'time';
    // Either number of a result's score (`beat the Hawks 112-107`) is read, whatever precedes it.
    if (resultScore(tokens, core.last) || resultScore(tokens, core.first - 1)) return null;
    // Ordinals and identifiers glued to letters: 2nd, A320, 5G; (scale suffixes were consumed by the core).
    // (`300mm`, `50km`, `2GW` are a number and its unit.)
    // A small glued `mm` is a calibre (`a 9mm pistol`), not a length.
    if (
      adj(lastTok, next) &&
      next!.kind === 'word' &&
      core.last === core.first + 1 &&
      (!GLUED_UNITS.has(next!.text) || (next!.text === 'mm' && (core.value ?? 0) < 20)) &&
      !gluedTemperature(tokens, core)
    )
      return 'identifier';
    // `M7.1`: a magnitude written with the scale's letter, not an identifier.
    if (
      prev &&
      adj(prev, first) &&
      prev.kind === 'word' &&
      !currency &&
      !(/^(?:M|Mw|Ms|ML)$/.test(prev.text) && /^\d\.\d$/.test(first.text))
    )
      return 'identifier';
    // ID.3, v.2: a version or model number
    if (prev?.text === '.' && adj(prev, first) && prev2?.kind === 'word' && adj(prev2, prev)) return 'identifier';
    // The second half of a score or tally (`2-1`) that was not read as a range.
    if (
      !rangeEnd &&
      (prev?.text === '-' || prev?.text === '–') &&
      adj(prev, first) &&
      prev2?.kind === 'num' &&
      adj(prev2, prev)
    )
      return 'score';
    // F-16, COVID-19, Su-27
    if (prev?.text === '-' && adj(prev, first) && prev2 && adj(prev2, prev) && prev2.kind === 'word')
      return 'identifier';
    // Dates and phone numbers: 2024-10-18, 10/18/2024, 555-0100, chains of glued digit groups.
    if (
      prev &&
      adj(prev, first) &&
      (prev.text === '/' || prev.text === '.') &&
      prev2?.kind === 'num' &&
      adj(prev2, prev)
    )
      return 'date-or-id';
    if (
      next &&
      adj(lastTok, next) &&
      (next.text === '/' || next.text === '.') &&
      next2?.kind === 'num' &&
      adj(next, next2)
    )
      return 'date-or-id';
    if (
      prev?.text === '-' &&
      adj(prev, first) &&
      prev2?.kind === 'num' &&
      adj(prev2, prev) &&
      tokens[core.first - 3]?.text === '-' &&
      adj(tokens[core.first - 3], prev2)
    )
      return 'date-or-id';
    if (
      next?.text === '-' &&
      adj(lastTok, next) &&
      next2?.kind === 'num' &&
      adj(next, next2) &&
      tokens[core.last + 2]?.text === '-' &&
      adj(next2, tokens[core.last + 2])
    )
      return 'date-or-id';
    if (
      /^\d{3}$/.test(first.text) &&
      next?.text === '-' &&
      adj(first, next) &&
      next2 &&
      /^\d{4}$/.test(next2.text) &&
      adj(next, next2)
    )
      return 'phone';
    if (
      /^\d{4}$/.test(first.text) &&
      prev?.text === '-' &&
      adj(prev, first) &&
      prev2 &&
      /^\d{3}$/.test(prev2.text) &&
      adj(prev2, prev)
    )
      return 'phone';
    if (
      (prev?.text === '(' || prev?.text === '[') &&
      adj(prev, first) &&
      (next?.text === ')' || next?.text === ']') &&
      adj(lastTok, next) &&
      !currency &&
      !placeCount(tokens, core)
    )
      return 'parenthesised';
    if (prev?.text === '+' && adj(prev, first)) return 'phone';
    if (prev?.text === '#' || prev?.text === '№') return 'label';
    // Table rows: numbers separated only by spaces (`2194 1 0 10 17`).
    if (core.bare && next?.kind === 'num' && !adj(lastTok, next) && !modelAfter(tokens, core.last)) return 'table';
    if (core.bare && prev?.kind === 'num' && !adj(prev, first)) return 'table';
    // `five 787 Dreamliner jets`: a model number after a count, not a count.
    if (core.bare && prev?.kind === 'word' && UNITS[prev.lower] !== undefined && modelAfter(tokens, core.first))
      return 'model';
    // Model and edition numbers: Series 5, AirPods 2 (a capitalised word right before, no lower-case noun after);
    // a currency abbreviation (`Rs 150`) is no model name.
    if (
      core.bare &&
      !currency &&
      first.text.length <= 3 &&
      prev?.kind === 'word' &&
      /^[A-Z]/.test(prev.text) &&
      !SENTENCE_CUE_WORDS.has(prev.lower) &&
      // `CZK 71`, `USD 250`: a currency code in capitals before a small sum.
      !currencyCodeWord(prev) &&
      MONTHS[prev.lower] === undefined &&
      !stormCategory(tokens, core) &&
      !headlineCount(tokens, core.first) &&
      !(next?.kind === 'word' && /^[a-z]/.test(next.text) && !STOP_WORDS.has(next.lower))
    ) {
      const before = tokens[core.first - 2];
      if (before && before.kind !== 'punct' && !gappedCount(tokens, core)) return 'label';
    }
    // Years: bare 4-digit numbers, and their ranges (1950-1953).
    if (core.bare && yearLike(first) && !currency && next?.text !== '%' && !(next?.lower === 'percent')) return 'year';
    if (core.bare && prev?.text === "'" && adj(prev, first) && /^\d{2}$/.test(first.text)) return 'year';
    if (core.bare && (prev?.text === '-' || prev?.text === '–') && yearLike(prev2)) return 'year';
    // Decades: 1990s, the '90s
    if (/^\d{2,4}$/.test(first.text) && next?.text === 's' && adj(first, next)) return 'decade';
  }
  // Dates: Oct. 2, June 26, 26 June
  if (core.bare || (!core.digits && core.value !== null && core.value <= 31)) {
    if (isMonth(prev) || (prev?.text === '.' && isMonth(prev2))) return 'date';
    if (core.digits && isMonth(next)) return 'date';
  }
  // Labels: Section 2, No. 3, page 12, World War 2
  if (core.digits && !currency) {
    const label = prev?.text === '.' ? prev2 : prev;
    if (
      label &&
      label.kind === 'word' &&
      LABEL_WORDS.has(label.lower) &&
      (core.bare || /^\d{1,3}(?:,\d{3})*$/.test(first.text)) &&
      label.lower !== 'v'
    ) {
      if (!(label.lower === 'no' && prev?.text !== '.' && !/^[A-Z]/.test(label.text)) && !stormCategory(tokens, core))
        return 'label';
    }
  }
  const placeOrStep = placeOrStepLabel(tokens, core);
  if (placeOrStep) return placeOrStep;
  if (core.digits && !currency && alertGrade(tokens, core)) return 'label';
  // Times of day: 10 a.m., 5 pm, 9 o'clock
  if (
    next &&
    next.kind === 'word' &&
    (next.lower === 'a' || next.lower === 'p') &&
    tokens[core.last + 1]?.text === '.' &&
    tokens[core.last + 2]?.lower === 'm'
  )
    return 'time';
  if (next && (next.lower === 'am' || next.lower === 'pm' || next.lower === "o'clock" || next.lower === 'o’clock'))
    return 'time';
  // Durations and ages: two years, three-year-long, a 45-year-old, 18 months ago
  if (next && next.kind === 'word' && TIME_UNITS.has(next.lower)) return 'duration';
  // quantities/period-before-unit: `the two previous months`, `the three following days`: a period, not a count.
  // (`by a half-point last spring`: a singular unit opens a time phrase after the number.)
  if (
    next &&
    PERIOD_WORDS.has(next.lower) &&
    next2?.kind === 'word' &&
    TIME_UNITS.has(next2.lower) &&
    next2.lower.endsWith('s')
  )
    return 'duration';
  if (next?.text === '-' && adj(lastTok, next) && next2 && next2.kind === 'word' && TIME_UNITS.has(next2.lower))
    return 'duration';
  // three-time champion, two-fold: a multiplier, not a count
  if (next?.text === '-' && adj(lastTok, next) && next2 && /^(?:time|times|fold)$/.test(next2.lower))
    return 'multiplier';
  // `in its last 10 games`, `over the past five seasons`: a window of events that dates a figure, not a count.
  if (
    prev &&
    /^(?:last|past|previous|next)$/.test(prev.lower) &&
    next?.kind === 'word' &&
    EVENT_WINDOWS.has(next.lower)
  )
    return 'window';
  // `a 3-pointer`, `a two-seater`, `a two-class cabin`, `a four-lane road`: one thing named by a number, not a count.
  if (next?.text === '-' && adj(lastTok, next) && next2 && adj(next, next2) && COUNT_COMPOUNDS.has(next2.lower))
    return 'compound';
  // Fractions: one-third, two-thirds
  if (
    next?.text === '-' &&
    adj(lastTok, next) &&
    next2 &&
    /^(?:half|halves|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths)$/.test(
      next2.lower,
    )
  )
    return 'fraction';
  if (prev && AGE_WORDS.has(prev.lower)) return 'age';
  // `a boy of seven`, `the youngest, a girl of 6`: a person's age said after the person.
  if (
    prev?.lower === 'of' &&
    AGED_PERSONS.has(prev2?.lower ?? '') &&
    /^(?:a|an)$/.test(tokens[core.first - 3]?.lower ?? '') &&
    (core.value ?? 200) < 120
  )
    return 'age';
  // `aged between 18 and 30`, `aged 27 to 52`: both ends of a range of ages.
  if (prev?.lower === 'between' && AGE_WORDS.has(prev2?.lower ?? '')) return 'age';
  if (prev && RANGE_JOINS.has(prev.lower) && prev2?.kind === 'num') {
    const before = tokens[core.first - 3];
    const lead = before?.lower === 'between' ? tokens[core.first - 4] : before;
    if (AGE_WORDS.has(lead?.lower ?? '')) return 'age';
  }
  // `48 per 100,000 people`, `$3 per 1,000 gallons`: the base of a rate, not a count.
  if (core.digits && prev?.lower === 'per') return 'denominator';
  // `Thomas, 41, is charged`: an age in apposition to a name.
  // (`Florida, 12, Georgia, 7` is a list of counts: a name follows the second comma there.)
  const named = prev2?.kind === 'word' && /^[A-Z][a-z]/.test(prev2.text) && !SENTENCE_CUE_WORDS.has(prev2.lower);
  if (
    core.bare &&
    core.value !== null &&
    core.value <= 120 &&
    prev?.text === ',' &&
    named &&
    MONTHS[prev2!.lower] === undefined
  ) {
    if (next?.text === ')' || (next?.text === ',' && next2?.kind === 'word' && /^[a-z]/.test(next2.text))) return 'age';
  }
  if (core.digits && core.bare && !currency && streetAfter(tokens, core.last)) return 'address';
  // `911 calls`, `a 999 call`: an emergency number.
  if (core.bare && /^(?:911|999|112|000)$/.test(first.text) && next && EMERGENCY_WORDS.test(next.lower)) return 'label';
  return null;
}
