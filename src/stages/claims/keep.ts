/**
 * Which quantities become claims. A quantity that counts something (a
 * measure) always does; a bare number with nothing counted after it does
 * when its sentence still makes it a figure: the level a total reaches
 * (`rose to 318`, `stands at 96`), the subject of a verb (`1,420 had been
 * rebooked`), a part (`61 of them`). Each test reads a fixed window of text
 * around the number.
 */
import type { Quantity } from '../../article.js';
import { nationalityWords } from '../entities/gazetteer.js';
import { BE_FORMS, CHANGE_WORDS, STOP_WORDS } from '../quantities/lexicon.js';
import { EARLIER_ADJECTIVES, REPORT_PARTICIPLES } from '../quantities/measure-econ.js';
import { REPEATS } from '../quantities/number.js';
import { COUNT_VERB_ROWS, verbForms } from '../../vocabulary/count-verbs.js';
import { numberWordPattern } from '../../vocabulary/number-words.js';
import { levelVerbForms, REACH } from '../../vocabulary/level-verbs.js';

/** What a rule sees of a quantity: the words before it in its clause and the text right after it. */
export interface KeepView {
  quantity: Quantity;
  /** Up to eight lower-case words before the quantity, nearest last; empty when a clause boundary is nearer. */
  before: string[];
  /** The quantity opens its clause (sentence start or after `,;:(`, `and`, `but`, `which` ...). */
  opens: boolean;
  /** The first word after the quantity when nothing but space lies between, lower-case; null otherwise. */
  next: string | null;
  /** The word after `next`, lower-case, or null. */
  second: string | null;
  /** The character after the quantity, space skipped ('' at the end of the text). */
  after: string;
  /** A capitalised word and a comma stand right before the quantity (`Smith, 47`). */
  afterName: boolean;
  /** The quantity's sentence is a heading. */
  heading: boolean;
  /** A colon opens the quantity's line before it (`Deaths by state: Florida 12, Georgia 25`). */
  afterColon: boolean;
  /** The word right before the quantity is capitalised (`Florida 12`). */
  afterCapital: boolean;
  /** `in` and a capitalised word follow the quantity (`40 in Lyon`). */
  inPlace: boolean;
  /** `of` and another number follow the quantity (`won 12 of 13`, `four of their last five`). */
  ofNumber: boolean;
  /** `from` and an earlier figure follow the quantity (`to 118,000 from 206,000`). */
  fromNumber: boolean;
}

/** One rule: `test` true keeps the quantity as a claim, false drops it, null passes to the next rule. */
export interface KeepRule {
  id: string;
  test(view: KeepView): boolean | null;
}

/** Verbs (and auxiliaries) that make a bare number before them its subject (`13 were rescue workers`). */
const SUBJECT_VERBS = new Set([
  'had',
  'have',
  'has',
  'were',
  'was',
  'are',
  'is',
  'will',
  'would',
  'could',
  'may',
  'might',
  'remain',
  'remains',
  'remained',
  'died',
  'fell',
  'came',
  'went',
  'left',
  'stayed',
  'survived',
  'drowned',
  'fled',
  'got',
  'took',
]);

/** Change words that are verbs (not `up`, `down`, `higher`, `lower`), which may stand a few words before `to N`. */
const CHANGE_VERBS = new Set(
  [...CHANGE_WORDS].filter((w) => !/^(?:up|down|upwards?|downwards?|higher|lower|cut|lift|raise)$/.test(w)),
);

/** Words after which a bare number reads as the level a total reached (`reached 4,012`, `numbered 103`, `was 96`). */
const LEVEL_WORDS = new Set([
  ...levelVerbForms(REACH),
  // `has averaged 75,000 since April`, `after averaging 168,000 a month`
  'averaged',
  'averaging',
  'averages',
  ...BE_FORMS,
]);

/** Bound cues that are verbs of a total reaching a level (`topped 5,000`, `nears 70`), or the preposition `beyond`. */
const LEVEL_CUES = new Set([...levelVerbForms(REACH), 'beyond']);

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/** Words that only stress the number after them (`at just 22,000`). */
const STRESS_WORDS = new Set(['just', 'only', 'merely', 'barely']);

/** Nouns of a total or rate before `at N` (`leaving the gain at 22,000`): the level it is at, never a place. */
const LEVEL_NOUNS = new Set([
  'gain',
  'gains',
  'total',
  'tally',
  'toll',
  'count',
  'average',
  'figure',
  'level',
  'rate',
  'reading',
  'estimate',
  'number',
]);

/** Words before `at` that make it a level (`stands at 96`, `were at 1,140`, `the most at 212`), not a place. */
const AT_LEVEL = new Set([
  'stands',
  'stood',
  'stand',
  'standing',
  'put',
  'puts',
  'pegged',
  'pegs',
  'estimated',
  'estimates',
  'estimate',
  'most',
  'is',
  'are',
  'was',
  'were',
  'it',
  'them',
  'total',
  'capped',
  'set',
  'fixed',
  'placed',
  'figure',
  'toll',
  'tally',
  'count',
  'number',
  'estimate',
  'highest',
  'lowest',
  'worst',
  'fewest',
  'least',
]);

/** Verbs before `at` that state where a market or a price ended (`closed at 4,512`). */
const MARKET_AT = new Set([
  'closed',
  'ended',
  'settled',
  'finished',
  'opened',
  'traded',
  'trading',
  'closing',
  'ending',
]);

/** Nouns of an amount before `of N` (`an estimate of about 420,000`, `a crowd of 35,000`). */
const AMOUNT_OF = new Set([
  'estimate',
  'estimates',
  'total',
  'tally',
  'toll',
  'count',
  'crowd',
  'crowds',
  'population',
  'figure',
  'sum',
  'turnout',
  'audience',
  'workforce',
  'fleet',
  'order',
  'orders',
  'shortfall',
  'surplus',
  'deficit',
  'backlog',
  // a level named by its rank among levels: `the previous record of 49,876`, `a peak of 2,300`
  'record',
  'peak',
  'high',
  'low',
  'average',
]);

/** Auxiliaries that make a bare number before them its subject wherever it stands (`results for 88 have come back`). */
const AUXILIARIES = new Set(['had', 'have', 'has', 'were', 'was', 'are', 'is']);

/** Determiners after which a number opening its clause is still a subject (`the remaining six fell`). */
const SUBJECT_LEADS = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'which',
  'remaining',
  'other',
  'another',
  'only',
  'just',
]);

/** Determiners before a count that a participle reports (`the 4,200 recorded`, `those 12 rescued`). */
const COUNTED_LEADS = new Set(['the', 'those', 'these', 'its', 'their']);

/** Determiners of the whole in `61 of them`, `17 of those`. */
const PART_OF = new Set([
  'them',
  'those',
  'these',
  'the',
  'its',
  'their',
  'whom',
  'which',
  'his',
  'her',
  'our',
  'your',
]);

/** `Thousands queue to see the king`, `More than 80,000 in stadium`: a headline led by a large or hedged number. */
export const headlineLead: KeepRule = {
  id: 'claims/headline-lead',
  test(v) {
    const q = v.quantity;
    if (!v.heading || !v.opens || v.before.length > 0) return null;
    return q.vague || q.bound !== 'exact' || q.approximate || (q.value ?? 0) >= 100 ? true : null;
  },
};

/** `beat the Hawks 112-107`, `a 4-0 win`: both numbers of a result's score (quantities/score-result). */
export const scoreResult: KeepRule = {
  id: 'claims/score-result',
  test(v) {
    return v.quantity.by.includes('quantities/score-result') ? true : null;
  },
};

/** `had twice been arrested`, `won the title twice`: a count of times (quantities reads only such uses). */
export const repeatCount: KeepRule = {
  id: 'claims/repeat-count',
  test(v) {
    return REPEATS.has(v.quantity.number.text.toLowerCase()) ? true : null;
  },
};

/** Verbs that take a part counted out of a whole (`won 12 of 13`); any `-ed` form counts too. */
const RECORD_VERBS = new Set([
  'won',
  'lost',
  'drew',
  'drawn',
  'took',
  'taken',
  'made',
  'hit',
  'had',
  'has',
  'have',
  'were',
]);

/** `won 12 of 13`, `lost four of five`: a part counted out of a stated whole. */
export const partOfNumber: KeepRule = {
  id: 'claims/part-of-number',
  test(v) {
    // A verb must take it (`Photo 1 of 6` is a gallery counter).
    const w1 = v.before[v.before.length - 1];
    if (!v.ofNumber || !w1 || v.quantity.bound !== 'exact') return null;
    return RECORD_VERBS.has(w1) || /^[a-z]+ed$/.test(w1) ? true : null;
  },
};

/** Verbs before `for N` that state a capacity (`a cell built for 20`). */
const CAPACITY_VERBS = new Set(['built', 'designed', 'meant', 'intended', 'made', 'planned', 'equipped', 'licensed']);

/** `a cell built for 20`, `designed for 40`: the capacity a place was made for. */
export const capacity: KeepRule = {
  id: 'claims/capacity',
  test(v) {
    const n = v.before.length;
    return v.before[n - 1] === 'for' && CAPACITY_VERBS.has(v.before[n - 2] ?? '') ? true : null;
  },
};

/** A word the measure finder turned down (`4.2 GW`, `320 Neo`) or a noun it could not read: not a bare number. */
export const namedAfter: KeepRule = {
  id: 'claims/named-after',
  test(v) {
    const w = v.next;
    if (!w || STOP_WORDS.has(w) || SUBJECT_VERBS.has(w) || /^[a-z]+ed$/.test(w)) return null;
    return false;
  },
};

/** `Smith, 47, said`: an age set off by commas after a name. */
export const apposition: KeepRule = {
  id: 'claims/apposition',
  test(v) {
    return v.afterName && v.after === ',' && v.quantity.bound === 'exact' && !v.quantity.vague ? false : null;
  },
};

/** `rose by 2,500`, `cut by 20 to 90`: the size of a change (marked by the quantities stage). */
export const changeSize: KeepRule = {
  id: 'claims/change-size',
  test(v) {
    return v.quantity.by.includes('quantities/change') ? true : null;
  },
};

/** `the tally rose to 318`, `reached 4,012`, `was 1,140`, `stands at 96`, `with 311`: the level a total reaches. */
export const level: KeepRule = {
  id: 'claims/level',
  test(v) {
    // `leaving May's gain at just 22,000`: a word that only stresses the number is read past after `at`.
    const stressed = STRESS_WORDS.has(v.before[v.before.length - 1] ?? '') && v.before[v.before.length - 2] === 'at';
    const n = v.before.length - (stressed ? 1 : 0);
    const [w2, w1] = [v.before[n - 2], v.before[n - 1]];
    // `toll nears 70`, `topped 5,000`: the verb is the bound cue inside the quantity.
    if (v.quantity.cue && LEVEL_CUES.has(v.quantity.cue.text.toLowerCase())) return true;
    if (!w1) return null;
    if (w1 === 'to' && w2 && CHANGE_WORDS.has(w2)) return true;
    // `fell for a 14th straight year to 123.8 million`, `rose sharply on Monday to 4,100`: a change verb further back.
    if (w1 === 'to' && v.before.slice(0, n - 2).some((w) => CHANGE_VERBS.has(w))) return true;
    // `revised the June gain to 118,000 from 206,000`: the level a change from an earlier figure ends at.
    if (w1 === 'to' && v.fromNumber) return true;
    if (w1 === 'at' && w2 && AT_LEVEL.has(w2)) return true;
    // `leaving May's gain at 22,000`, `put the toll at 300`: a total's noun right before `at`.
    if (w1 === 'at' && w2 && LEVEL_NOUNS.has(w2)) return true;
    // `the index closed at 4,512`, `settled at 1.0842`: a market level (small whole numbers are as often times).
    const q0 = v.quantity;
    if (w1 === 'at' && w2 && MARKET_AT.has(w2) && ((q0.value ?? 0) >= 100 || !Number.isInteger(q0.value))) return true;
    if (w1 === 'with' && (v.after === '' || /^[.,;:)]$/.test(v.after))) return true;
    // `from 57 to 55`, `by 20 to 90`: the level a change ends at.
    const w3 = v.before[n - 3];
    if (w1 === 'to' && w2 && /^\d/.test(w2) && (w3 === 'from' || w3 === 'by')) return true;
    // `the port, home to some 14,000`.
    if (w1 === 'to' && w2 === 'home') return true;
    if (w1 === 'of' && w2 && AMOUNT_OF.has(w2)) return true;
    if (!LEVEL_WORDS.has(w1)) return null;
    // After a bare copula a small exact number is as often a score, an age or a rank (`the score was 3`).
    const q = v.quantity;
    return !COPULAS.has(w1) || q.bound !== 'exact' || q.approximate || (q.value ?? 0) >= 100 ? true : null;
  },
};

/** Nouns of a running total that a verb moves to a level (`brought the tally to 300`). */
const TOTAL_NOUNS = new Set(['total', 'totals', 'tally', 'toll', 'count', 'number', 'figure', 'sum', 'score']);
/** Verbs that move a total to a level. */
const MOVE_VERBS = new Set([
  'bring',
  'brings',
  'brought',
  'bringing',
  'take',
  'takes',
  'took',
  'taking',
  'push',
  'pushes',
  'pushed',
  'pushing',
  'raise',
  'raises',
  'raised',
  'raising',
  'lift',
  'lifts',
  'lifted',
  'lifting',
  'drive',
  'drives',
  'drove',
  'driving',
]);

/** `the rains bring the total to 5,120`, `taking its tally to 41`: a verb moves a running total to this level. */
export const totalTo: KeepRule = {
  id: 'claims/total-to',
  test(v) {
    const n = v.before.length;
    if (v.before[n - 1] !== 'to' || !TOTAL_NOUNS.has(v.before[n - 2] ?? '')) return null;
    return v.before.slice(0, n - 2).some((w) => MOVE_VERBS.has(w)) ? true : null;
  },
};

/** Verbs whose object is a count of people or things (`the flood displaced 40,000`). */
const COUNT_VERBS = verbForms(COUNT_VERB_ROWS);
/** Words after an object count that end its clause's core (`displaced 40,000 across the valley`). */
const OBJECT_END = new Set(['in', 'on', 'across', 'from', 'over', 'since', 'at', 'during', 'last', 'this', 'so']);

/**
 * `the flood displaced 40,000`, `the raid freed 1.2 million`: the bare object of a verb of counted people or things.
 */
export const verbObject: KeepRule = {
  id: 'claims/verb-object',
  test(v) {
    const w1 = v.before[v.before.length - 1];
    if (!w1 || !COUNT_VERBS.has(w1)) return null;
    const ends = v.next === null ? v.after === '' || /^[.,;:)]$/.test(v.after) : OBJECT_END.has(v.next);
    return ends ? true : null;
  },
};

/** Single-word nationalities (`british`, `portuguese`, `canadian`), not short names such as `us` or `uk`. */
const NATIONALITIES: ReadonlySet<string> = nationalityWords();

/** `53 British, seven Portuguese and one Canadian`: a count of people named by their nationality alone. */
export const nationalityCount: KeepRule = {
  id: 'claims/nationality-count',
  test(v) {
    if (!v.next || !NATIONALITIES.has(v.next)) return null;
    const s = v.second;
    return s === null || s === 'and' || s === 'or' || SUBJECT_VERBS.has(s) ? true : null;
  },
};

/** `Deaths by state: Florida 12, Georgia 25`, `By city: 40 in Lyon, 12 in Nice`: counts listed after a colon. */
export const listedPair: KeepRule = {
  id: 'claims/listed-pair',
  test(v) {
    if (!v.afterColon || v.quantity.bound !== 'exact') return null;
    const ends = v.after === '' || /^[.,;]$/.test(v.after) || v.next === 'and';
    if (v.afterCapital && ends) return true;
    return v.opens && v.inPlace ? true : null;
  },
};

/** `1,420 had already been rebooked`, `13 were rescue workers`, `the remaining four were found`: a subject. */
export const countSubject: KeepRule = {
  id: 'claims/count-subject',
  test(v) {
    if (!v.next) return null;
    // `the estimated 40,000 who came`: a relative clause about people counted.
    if (AUXILIARIES.has(v.next) || v.next === 'who') return true;
    // `more than triple the 4,200 recorded the year before`, `the 50 rescued`: a count the participle after it reports.
    const last = v.before[v.before.length - 1];
    if (last && COUNTED_LEADS.has(last) && /^[a-z]+ed$/.test(v.next) && v.second !== 'by') return true;
    if (!v.opens) return null;
    return SUBJECT_VERBS.has(v.next) || (/^[a-z]+ed$/.test(v.next) && v.second !== 'by') ? true : null;
  },
};

/** `61 of them`, `17 of those`: a part of a group already named. */
export const partOf: KeepRule = {
  id: 'claims/part-of',
  test(v) {
    return v.next === 'of' && v.second !== null && PART_OF.has(v.second) ? true : null;
  },
};

/** `from an initial 191,000`, `originally reported as 163,000`: an earlier value of a revised figure. */
export const earlierValue: KeepRule = {
  id: 'claims/earlier-value',
  test(v) {
    const [w2, w1] = [v.before[v.before.length - 2], v.before[v.before.length - 1]];
    // `the previous two` refers back to things already counted; a figure is written in digits.
    if (!/^\d/.test(v.quantity.number.text)) return null;
    if (w1 && EARLIER_ADJECTIVES.has(w1)) return true;
    return (w1 === 'as' || w1 === 'at') && !!w2 && REPORT_PARTICIPLES.has(w2) ? true : null;
  },
};

/** The rules for a quantity without a measure, in order; none deciding means it is not a claim. */
export const BARE_RULES: readonly KeepRule[] = [
  scoreResult,
  repeatCount,
  partOfNumber,
  capacity,
  headlineLead,
  nationalityCount,
  namedAfter,
  apposition,
  changeSize,
  level,
  totalTo,
  verbObject,
  listedPair,
  countSubject,
  partOf,
  earlierValue,
];

/** A digit or a number word from one up (zero counts no whole). */
const NUMBER_WORD = `(?:\\d|${numberWordPattern((v) => v >= 1)})`;
/** `of 13`, `of their last five`: the whole a part is counted from. */
const OF_NUMBER = new RegExp(
  `^\\s+of\\s+(?:(?:the|their|its|his|her|our)\\s+)?(?:(?:last|past|first)\\s+)?${NUMBER_WORD}`,
  'i',
);
/** `from 206,000`, `from an initial $4.1 billion`: the earlier figure of a change. */
const FROM_NUMBER = /^\s+from\s+(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?(?:about\s+)?[$€£¥]?\d/;

const CLAUSE_MARK = /[.,;:!?()\n“”"—–]/;
/** How many words before a quantity its view keeps. */
const BEFORE_WORDS = 8;
/** Speech verbs and `that` after which a number opens a reported clause. */
const SPEECH_LEADS = new Set([
  'said',
  'says',
  'say',
  'estimated',
  'estimate',
  'estimates',
  'reported',
  'claimed',
  'that',
]);
const WORD = /[\p{L}’'-]+|\d[\d.,]*(?:st|nd|rd|th)?|[^\s\p{L}\d]/gu;

/** The view of a quantity in `text`; reads at most 60 characters on each side. */
export function keepView(text: string, q: Quantity, heading = false): KeepView {
  const left = text.slice(Math.max(0, q.start - 60), q.start).match(WORD) ?? [];
  const before: string[] = [];
  let opens = q.start === 0 || left.length === 0;
  for (let k = left.length - 1; k >= 0 && before.length < BEFORE_WORDS; k--) {
    const w = left[k]!;
    if (CLAUSE_MARK.test(w)) {
      if (before.length === 0) opens = true;
      break;
    }
    before.unshift(w.toLowerCase());
  }
  // `organisers said 250,000 took part`: a number right after a speech verb opens the clause it reports.
  if (
    !opens &&
    before.length > 0 &&
    (SUBJECT_LEADS.has(before[before.length - 1]!) || SPEECH_LEADS.has(before[before.length - 1]!))
  )
    opens = true;
  const afterName = left.length >= 2 && left[left.length - 1] === ',' && /^\p{Lu}/u.test(left[left.length - 2]!);
  const right = text.slice(q.end, q.end + 60);
  const m = /^[ \t]+([\p{L}’'-]+)(?:[ \t]+([\p{L}’'-]+))?/u.exec(right);
  const trimmed = right.trimStart();
  // A fixed window back, so a long line without breaks is never rescanned per quantity.
  const back = text.slice(Math.max(0, q.start - 160), q.start);
  return {
    quantity: q,
    afterColon: back.lastIndexOf(': ') > back.lastIndexOf('\n'),
    afterCapital: /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, q.start - 30), q.start)),
    inPlace: /^\s+in\s+\p{Lu}/u.test(right),
    ofNumber: OF_NUMBER.test(right),
    fromNumber: FROM_NUMBER.test(right),
    before,
    opens,
    next: m ? m[1]!.toLowerCase() : null,
    second: m?.[2] ? m[2].toLowerCase() : null,
    after: trimmed.charAt(0),
    afterName,
    heading,
  };
}

/** The id of the rule that keeps a quantity as a claim, or null when it is not one. */
export function keptBy(text: string, q: Quantity, heading = false): string | null {
  if (q.measure) return 'claims/measured';
  const view = keepView(text, q, heading);
  for (const rule of BARE_RULES) {
    const verdict = rule.test(view);
    if (verdict === true) return rule.id;
    if (verdict === false) return null;
  }
  return null;
}
