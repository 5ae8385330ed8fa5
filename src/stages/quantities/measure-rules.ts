/**
 * What a number counts when the words after it do not say: an ordered list
 * of small named rules that read the words before it (`the death toll ...
 * rose to 56`, `Deaths: 12`), the predicate after it (`241 were
 * passengers`), crowds and appositions, groups named around the number
 * (measure-group.ts: `31 of them`, `the dead include 12 Germans`, `passengers
 * and crew`); then the money, percentage and length rules of
 * measure-money.ts. Each rule's id is the `by` the quantity records.
 */
import type { Quantity } from '../../article.js';
import type { Token } from './tokens.js';
import { countable, findMeasure, normaliseMeasure } from './measure.js';
import { subjectAt, TOTAL_NOUNS, type Subject } from './subject.js';
import {
  BE_FORMS,
  CASUALTY_WORDS,
  CURRENCY_MEASURES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  MEASURE_SYNONYMS,
  isCurrencyCode,
} from './lexicon.js';
import { clauseStop, isCapital, lowerWords, nounMeasure, phraseAfter, subjectOf } from './measure-context.js';
import { DISASTER_COUNT_RULES, waveHeight } from './disaster.js';
import type { MeasureContext, MeasureRule } from './measure-context.js';
import { MONEY_RULES } from './measure-money.js';
import { ECON_RATE_RULES, econRules } from './measure-econ.js';
import { GROUP_ELLIPSIS_RULES, GROUP_PART_RULES } from './measure-group.js';
import { changeEllipsis } from './measure-change.js';
import { MeasureIndex, planAfter, samePlan } from './measure-plan.js';
import { RATE_RULES } from './measure-rates.js';
import { JOB_VALUE_RULES } from './measure-jobs-value.js';
import { moneyPerRecipient } from './money-recipient.js';
import { moneyPerUnit } from './money-per-unit.js';
import { moneyList } from './money-list.js';
import { determiners } from '../../vocabulary/determiners.js';
import { EVENT_NOUNS } from '../../vocabulary/events.js';
import { levelVerbForms, REACH, RISE } from '../../vocabulary/level-verbs.js';
import { pluralNoun } from '../../vocabulary/plural.js';

export type { MeasureContext, MeasureRule } from './measure-context.js';

/** Adjectives before a total noun that do not say what is counted (`the official toll`, `the new total`). */
const TOTAL_QUALIFIERS = new RegExp(
  '^(?:new|latest|official|overall|final|confirmed|provisional|updated|grim|total|daily|weekly|rising|current|' +
    'previous|earlier|national|global|revised|unofficial|preliminary|cumulative|early|original|initial|first|best|' +
    'worst|last|rough|conservative|independent|separate|own|higher|lower|real|true|actual)$',
);

/** Events whose toll is a count of the dead (`the flood toll`), and the weather words of one (`the cold toll`). */
const TOLL_EVENTS: ReadonlySet<string> = new Set([...EVENT_NOUNS, 'wave', 'cold']);

/** Vehicles and roads whose `toll` may be a charge as well as a count of the dead (`the ferry toll`). */
const TOLL_CARRIERS = new Set(['bus', 'train', 'ferry', 'boat', 'road', 'bridge', 'tunnel', 'highway', 'motorway']);

/** Words near a carrier's toll that make it a count of the dead (`the ferry toll rose to 62`). */
const TOLL_CASUALTY_CUES: ReadonlySet<string> = new Set([
  ...CASUALTY_WORDS,
  'died',
  'bodies',
  'victims',
  ...levelVerbForms(RISE, REACH),
]);

/** Words near a carrier's toll that make it a charge (`a bridge toll of $5`, `the ferry toll ... fare`). */
const TOLL_CHARGE_CUES = new Set(['fare', 'fares', 'charge', 'charges', 'fee', 'fees', 'price', 'ticket', 'tickets']);

/**
 * Within `quantities/total-noun`: a vehicle's or road's toll is a count of the dead only with a casualty cue within the
 * sentence near the number, and never with a money sign, a currency word or `fare` there.
 */
function carrierTollDead(ctx: MeasureContext): boolean {
  const t = ctx.tokens;
  let dead = false;
  const stop = (k: number): boolean => t[k]!.newline || /^[.;!?]$/.test(t[k]!.text);
  const look = (k: number): boolean => {
    const w = t[k]!;
    if (CURRENCY_SYMBOLS[w.text] || CURRENCY_WORDS[w.lower] || TOLL_CHARGE_CUES.has(w.lower)) return true;
    if (TOLL_CASUALTY_CUES.has(w.lower)) dead = true;
    return false;
  };
  for (let k = ctx.begin - 1; k >= Math.max(0, ctx.begin - 14) && !stop(k); k--) if (look(k)) return false;
  for (let k = ctx.begin; k < Math.min(t.length, ctx.after + 12) && !(k > ctx.begin && stop(k)); k++)
    if (look(k)) return false;
  return dead;
}

/** The measure a total noun names: its `of` complement, a casualty or noun modifier, or `inherit`. */
function totalMeasure(s: Subject, ctx: MeasureContext): string | null {
  const ws = lowerWords(s.words);
  const head = ws[ws.length - 1]!;
  if (!TOTAL_NOUNS.has(head)) return null;
  if (s.of?.length) return nounMeasure(s.of);
  for (let k = ws.length - 2; k >= 0; k--) {
    const w = ws[k]!;
    if (CASUALTY_WORDS.has(w)) return 'people';
    // `the Karachi heatwave toll`, `the flood toll`: the event a toll is of counts its dead.
    if ((head === 'toll' || head === 'tolls') && TOLL_EVENTS.has(w)) return 'people';
    if ((head === 'toll' || head === 'tolls') && TOLL_CARRIERS.has(w)) return carrierTollDead(ctx) ? 'people' : null;
    // An adjective in -al (`the regional toll`), but not a noun in -eal or -oal (`the seal toll`, `the goal tally`).
    if (TOTAL_QUALIFIERS.test(w) || isCapital(s.words[k]!) || /(?:[^eo]al|ic|ive|ous|ful|less|ed|ing|['’]s)$/.test(w))
      continue;
    // `the case count`, `the vote tally`: the modifier is what is counted.
    return normaliseMeasure([pluralNoun(w)]);
  }
  return head === 'toll' || head === 'tolls' ? 'people' : 'inherit';
}

/**
 * The nearest earlier quantity that counts something, in this paragraph or the one before: `the number` opening a
 * paragraph takes up the count that closed the last one.
 */
function inherited(ctx: MeasureContext): string | null {
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 6); k--) {
    const p = ctx.all[k]!;
    if (ctx.start - p.end > 600 || (ctx.text.slice(p.end, ctx.start).match(/\n\s*\n/g)?.length ?? 0) > 1) return null;
    // A sum of money or a percentage, whatever its measure now says, names no count.
    const money = isCurrencyCode(p.unitCode) || p.unitCode === 'percent';
    if (p.measure && !money && p.measure !== 'percent' && !CURRENCY_MEASURES.has(p.measure)) return p.measure;
  }
  return null;
}
/** Quantifier heads whose `of` phrase names what is counted (`most of the victims`). */
const QUANTIFIERS = /^(?:most|many|some|all|majority|half|bulk|rest|none|each|several|both)$/;

/** Nouns for a gathering of people: `a crowd of 200,000`, `a population of 27,000`, `attendance was 40,000`. */
const CROWD_NOUNS = new Set([
  'crowd',
  'crowds',
  'turnout',
  'attendance',
  'audience',
  'congregation',
  'population',
  'gathering',
  'throng',
  'throngs',
]);

/** Words before a total noun that show it is a noun (`the toll`, `a tally`), not the verb `total`. */
const TOTAL_DETERMINERS = determiners('whose');

/** Adverbs after which `estimates`, `totals`, `numbers` is a verb: `now estimates`, `also counts`. */
const VERB_ADVERBS = new Set(['now', 'also', 'still', 'already', 'currently', 'previously', 'initially', 'originally']);

/**
 * `the death toll from the storm was revised on Monday, from 88 to 86`: a total noun opening the clause
 * counts a bare number later in it, past adjuncts (times, places, `according to`) the subject walk skips.
 */
function totalInClause(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  const floor = Math.max(0, ctx.begin - 26);
  // A number already read as this total's value (`from 88`) means the total was taken: leave the ellipsis to it.
  const prev = ctx.all[ctx.index - 1];
  // `the toll of the Flight 171 crash`: a number after a name is part of the name.
  if (isCapital(t[ctx.begin - 1]?.text ?? '')) return null;
  for (let k = ctx.begin - 1; k >= floor && !clauseStop(t, k); k--) {
    const w = t[k]!;
    if (prev && w.start < prev.end && w.start >= prev.start) {
      if (prev.measure === null || prev.by.includes('total-noun')) return null;
      continue;
    }
    if (w.kind !== 'word' || !TOTAL_NOUNS.has(w.lower)) continue;
    // `the bureau now estimates`: after an adverb of time the word is a verb, not a total noun.
    if (VERB_ADVERBS.has(t[k - 1]?.lower ?? '')) continue;
    let d = k - 1;
    while (d > k - 4 && d >= 0 && t[d]!.kind === 'word' && !TOTAL_DETERMINERS.has(t[d]!.lower)) d--;
    if (d < 0 || !TOTAL_DETERMINERS.has(t[d]!.lower)) continue;
    const words: string[] = [];
    for (let j = d + 1; j <= k; j++) if (t[j]!.kind === 'word') words.push(t[j]!.text);
    let j = k + 1;
    let of: string[] | null = null;
    if (t[j]?.lower === 'of') {
      j++;
      if (TOTAL_DETERMINERS.has(t[j]?.lower ?? '')) j++;
      of = phraseAfter(t, j);
      // `the number of people present`: the phrase ends at its last counted noun.
      while (of && of.length > 1 && !countable(of[of.length - 1]!.toLowerCase())) of = of.slice(0, -1);
    }
    const m = totalMeasure({ words, of, initial: false }, ctx);
    const found = m === 'inherit' ? inherited(ctx) : m;
    // `the number of people ... from an original estimate of 660,000`: an estimate naming nothing defers to it.
    if (found) return found;
  }
  return null;
}

/** Words right before a number that state a level (`estimated at`, `put at`, `was`, `reached`). */
const LEVEL_BEFORE = /^(?:at|was|is|were|are|reached|numbered|topped|exceeded|stood|stands)$/;

/** A gathering noun with its determiner opening the number's clause (`the population in the camp ... at N`). */
function crowdInClause(ctx: MeasureContext): boolean {
  const t = ctx.tokens;
  if (!LEVEL_BEFORE.test(t[ctx.begin - 1]?.lower ?? '')) return false;
  const floor = Math.max(0, ctx.begin - 20);
  for (let k = ctx.begin - 2; k >= floor && !clauseStop(t, k); k--) {
    if (t[k]!.kind === 'num') return false;
    if (CROWD_NOUNS.has(t[k]!.lower) && TOTAL_DETERMINERS.has(t[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Verbs whose bare number is how many a place or vessel takes: `the arena holds 18,000`, `the hall seats 2,400`. */
const CAPACITY_VERBS = new Set(['holds', 'hold', 'seats', 'seat', 'seating', 'accommodates', 'accommodate', 'sleeps']);

/** Adverbs of the present moment: `the camp now holds 9,000` says how many are there, not how many fit. */
const PRESENT_MOMENT = new Set(['now', 'currently', 'already', 'still']);

/** Participles before `for` or `to carry` that state a capacity: `built for 40`, `licensed to carry 180`. */
const CAPACITY_PARTICIPLES = new Set(['meant', 'built', 'designed', 'intended', 'licensed', 'rated', 'certified']);

/** `a cell built for 40`, `the arena holds 18,000`, `licensed to carry 180`, `room for 60`: a capacity, no count. */
function capacity(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  const b = ctx.begin;
  const w1 = t[b - 1]?.lower ?? '';
  const w2 = t[b - 2]?.lower ?? '';
  if (CAPACITY_VERBS.has(w1)) return PRESENT_MOMENT.has(w2) ? null : 'capacity';
  if (w1 === 'for') return CAPACITY_PARTICIPLES.has(w2) || w2 === 'room' ? 'capacity' : null;
  if ((w1 === 'carry' || w1 === 'hold') && w2 === 'to')
    return CAPACITY_PARTICIPLES.has(t[b - 3]?.lower ?? '') ? 'capacity' : null;
  return null;
}

/** Words before `seat` that make it a capacity (`can seat 900`). */
const SEAT_MODALS = new Set(['can', 'could', 'will', 'would', 'to']);
/** Auxiliaries that make `seating` an act (`were seating 30 latecomers`). */
const SEAT_AUXILIARIES = new Set<string>([...BE_FORMS, 'being', 'began', 'started']);

/** The ordered rules. The first that finds a measure sets it. */
export const COUNT_RULES: readonly MeasureRule[] = [
  {
    // `the death toll has risen to 56`, `the number of injured increased to 5,102`, `pegged the toll at 265`.
    id: 'quantities/total-noun',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const found = subjectOf(ctx);
      const m = found ? totalMeasure(found.subject, ctx) : null;
      return m === 'inherit' ? inherited(ctx) : m;
    },
  },
  {
    // `the death toll from the storm was revised on Monday, from 88 to 86`, `the number of X ..., as of 9 a.m., was N`.
    id: 'quantities/total-noun-clause',
    applies: (q) => q.measure === null,
    find: totalInClause,
  },
  {
    // `the dead numbered 40`, `the injured: 12`: a casualty word as the subject counts people.
    id: 'quantities/casualty-subject',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const found = subjectOf(ctx);
      const ws = found?.subject.words;
      return ws?.length === 1 && CASUALTY_WORDS.has(ws[0]!.toLowerCase()) ? 'people' : null;
    },
  },
  // Remains, a part of an earlier group, members of a group by nationality (measure-group.ts).
  ...GROUP_PART_RULES,
  // A list's label, the subject of `include`, a fronted `of the dead` (disaster.ts).
  ...DISASTER_COUNT_RULES,
  {
    // `Cancellations in the region reached 3,400`, `evacuees numbered 1,200`: a plural subject of a linking verb.
    id: 'quantities/subject-noun',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      // `1.64 GW`: a capitalised word right after the number is a unit this stage does not read.
      const next = ctx.tokens[ctx.after];
      if (next?.kind === 'word' && isCapital(next.text) && next.start === ctx.q.end + 1 && !next.newline) return null;
      const found = subjectOf(ctx);
      if (!found || found.shape === 'direct') return null;
      const s = found.subject;
      if (isCapital(s.words[0]!) && !s.initial) return null;
      // A total noun names no count of its own (`estimates run from ...`): the total-noun rule had its say.
      if (TOTAL_NOUNS.has(s.words[s.words.length - 1]!.toLowerCase())) return null;
      // A sentence's first word is capitalised without being a name.
      return nounMeasure(s.initial && s.words.length === 1 ? [s.words[0]!.toLowerCase()] : s.words);
    },
  },
  {
    // `of whom 9 were children`, `241 are passengers`: the predicate noun of a number that is the subject.
    id: 'quantities/copula-complement',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      let j = ctx.after;
      if (!/^(?:are|were|was|is)$/.test(ctx.tokens[j]?.lower ?? '')) return null;
      j++;
      if (/^(?:all|also|still|now|reportedly|mostly)$/.test(ctx.tokens[j]?.lower ?? '')) j++;
      const m = findMeasure(ctx.tokens, j, { skipOf: false, singular: false });
      return m.measure && !CASUALTY_WORDS.has(m.measure) ? m.measure : null;
    },
  },
  {
    // `a crowd of 200,000`, `a city home to 27,000`, `attendance was 40,000`: a gathering counts people;
    // `the population ... has fluctuated and now is estimated at 40,000`: past a verb of its own.
    id: 'quantities/crowd-noun',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const t = ctx.tokens;
      if (t[ctx.begin - 1]?.lower === 'to' && t[ctx.begin - 2]?.lower === 'home') return 'people';
      const found = subjectOf(ctx);
      const ws = found?.subject.words;
      if (ws) return CROWD_NOUNS.has(ws[ws.length - 1]!.toLowerCase()) ? 'people' : null;
      return crowdInClause(ctx) ? 'people' : null;
    },
  },
  {
    // `a dormitory built for 40`, `the arena holds 18,000`: a bare number a place or vessel takes is its capacity.
    id: 'quantities/capacity',
    applies: (q) => q.measure === null,
    find: capacity,
  },
  {
    // `the estimated 195,000 who came`: a number that is the subject of `who` counts people.
    id: 'quantities/who-people',
    applies: (q) => q.measure === null,
    find: (ctx) => (ctx.tokens[ctx.after]?.lower === 'who' ? 'people' : null),
  },
  {
    // `all 12 on board were killed`, `the ferry had 40 aboard`: a bare count of those carried counts people.
    id: 'quantities/aboard-people',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const t = ctx.tokens;
      const w = t[ctx.after];
      if (!w || w.newline) return null;
      return w.lower === 'aboard' || (w.lower === 'on' && t[ctx.after + 1]?.lower === 'board') ? 'people' : null;
    },
  },
  {
    // `most of the victims, 210, are from the south`: a number set off after a noun counts that noun.
    id: 'quantities/apposition',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const t = ctx.tokens;
      if (t[ctx.begin - 1]?.text !== ',' || !/^[,;)]$/.test(t[ctx.after]?.text ?? '')) return null;
      const s = subjectAt(t, ctx.begin - 2, Math.max(0, ctx.begin - 8));
      if (!s) return null;
      // `most of the victims, 210,`: a quantifier's `of` phrase says what is counted.
      if (s.of && QUANTIFIERS.test(s.words[s.words.length - 1]!.toLowerCase())) return nounMeasure(s.of);
      // `Thomas, 41,`: a number set off after a name is an age.
      if (s.words.some(isCapital)) return null;
      return nounMeasure(s.words);
    },
  },
  {
    // `1,386 cancellations and 17,020 delays` in a story about air travel count flights.
    id: 'quantities/flight-events',
    applies: (q) => q.measure === 'cancellations' || q.measure === 'delays' || q.measure === 'diversions',
    find: (ctx) => {
      const around = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.q.end + 300);
      return /\b(?:flights?|airlines?|airports?|air travel|carriers?)\b/i.test(around) ? 'flights' : null;
    },
  },
  {
    // `7,500 members of the armed forces`: members of a body that the vocabulary names count as that body counts.
    id: 'quantities/members-of',
    applies: (q) => q.measure === 'members',
    find: (ctx) => {
      const t = ctx.tokens;
      let j = ctx.after;
      if (t[j]?.lower !== 'of') return null;
      j++;
      if (t[j]?.lower === 'the') j++;
      const ws = lowerWords(phraseAfter(t, j) ?? []);
      // The longest opening of the phrase the vocabulary knows: `armed forces joined` → armed forces.
      for (let k = ws.length; k > 0; k--) {
        const known = MEASURE_SYNONYMS[ws.slice(0, k).join(' ')] ?? MEASURE_SYNONYMS[ws[k - 1]!];
        if (known) return known;
      }
      return null;
    },
  },
  {
    // `the arena seats 18,000 fans`, `can seat up to 900`, `, seating 400 to 520 passengers`: a capacity in seats.
    id: 'quantities/seat-capacity',
    // A bare `seats 2,400` is already the capacity (`capacity` above); this names the seats of a counted noun.
    applies: (q) => q.measure !== null && q.measure !== 'capacity' && !q.unitCode,
    find: (ctx) => {
      const t = ctx.tokens;
      const verb = t[ctx.begin - 1]?.lower;
      const before = t[ctx.begin - 2];
      if (verb === 'seats') return 'seats';
      if (verb === 'seat') return before && SEAT_MODALS.has(before.lower) ? 'seats' : null;
      // `were seating 30 latecomers` is the act, not the room: only a participle set off after a noun or a comma.
      return verb === 'seating' &&
        before &&
        (before.text === ',' || /^[a-z]+$/.test(before.text)) &&
        !SEAT_AUXILIARIES.has(before.lower)
        ? 'seats'
        : null;
    },
  },
  // A superlative or a clause subject with no noun, coordinated nouns (measure-group.ts).
  ...GROUP_ELLIPSIS_RULES,
];

/** All measure rules in order: counts first, then money, percentages and lengths (which may refine a count's noun). */
export const MEASURE_RULES: readonly MeasureRule[] = Object.freeze([
  ...COUNT_RULES,
  ...econRules(nounMeasure),
  // `its order of A330 jets, down by 20 to 80` (measure-change.ts), after the economic changes of a level.
  changeEllipsis,
  ...MONEY_RULES,
  ...ECON_RATE_RULES,
  waveHeight,
  // `24.5 points per game`, `12 times as many infections` (measure-rates.ts).
  ...RATE_RULES,
  // Jobs lost, the value of goods, a levy's revenue: renames of a count or a sum (measure-jobs-value.ts).
  ...JOB_VALUE_RULES,
  // `$0.18/W`, `€250 per passenger`: a sum per unit bought or per head (money-per-unit.ts).
  moneyPerUnit,
  // `€5,000 to each household`: a sum per recipient, once the rules above named the sum (money-recipient.ts).
  moneyPerRecipient,
  // `pledged €6m in aid, Canada £4.5m`: a gapped sum in a list is the money before it (money-list.ts).
  moneyList,
]);

/**
 * Run the rules over the quantities of one text, in order. `tokens` is the
 * text's token list; a two-pointer walk maps each quantity to its tokens.
 */
export function applyMeasureRules(text: string, tokens: Token[], quantities: Quantity[]): void {
  let begin = 0;
  let after = 0;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    while (begin < tokens.length && tokens[begin]!.start < q.start) begin++;
    if (after < begin) after = begin;
    while (after < tokens.length && tokens[after]!.start < q.end) after++;
    const ctx: MeasureContext = {
      text,
      tokens,
      q,
      begin,
      after,
      start: q.start,
      all: quantities,
      index: i,
      subject: undefined,
      looseSubject: undefined,
    };
    if (runRules(ctx) || !q.cue || q.cue.start !== q.start) continue;
    // A verb taken as a bound cue (`the toll nears 300`) is also the verb the rules read: read again from it.
    let cueEnd = begin;
    while (cueEnd < tokens.length && tokens[cueEnd]!.end <= q.cue.end) cueEnd++;
    runRules({ ...ctx, begin: cueEnd, start: q.cue.end, subject: undefined, looseSubject: undefined });
  }
}

/** The rules each measure value can take, so a number tries only those (built over the frozen list above). */
export const MEASURE_INDEX = new MeasureIndex(MEASURE_RULES);

/** Run the rules in order; true when one changed the measure. A later rule may refine an earlier one's. */
function runRules(ctx: MeasureContext): boolean {
  const { q } = ctx;
  let changed = false;
  let { unitCode, vague, measure } = q;
  let plan = MEASURE_INDEX.plan(q);
  for (let p = 0; p < plan.length; p++) {
    const entry = plan[p]!;
    const rule = MEASURE_RULES[entry >> 1]!;
    if ((entry & 1) === 1 && !rule.applies(q)) continue;
    const m = rule.find(ctx);
    if (m && m !== q.measure) {
      q.measure = m;
      q.by = `${q.by}+${rule.id}`;
      changed = true;
    }
    // A new measure opens other rules: go on from the next rule of its plan.
    if (!samePlan(q, unitCode, vague, measure)) {
      ({ unitCode, vague, measure } = q);
      plan = MEASURE_INDEX.plan(q);
      p = planAfter(plan, entry >> 1) - 1;
    }
  }
  return changed;
}
