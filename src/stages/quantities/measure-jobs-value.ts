/**
 * Measure rules that rename what a count or a sum was first read as, run
 * last: workers who lose their jobs count jobs (`300 staff would lose their
 * jobs`, `640 roles go`), a sum that something is worth is its value (`orders worth £40m`),
 * and a sum a tax brings in is revenue (`the levy will bring in $2bn`).
 * Each rule's id is the `by` the quantity records.
 */
import type { Token } from './tokens.js';
import { CURRENCY_MEASURES, STOP_WORDS, isCurrencyCode } from './lexicon.js';
import { isCapital, type MeasureContext, type MeasureRule } from './measure-context.js';
import { wordSet } from './measure-percent.js';

/** Nouns for people on a payroll, whose loss of work the story counts as jobs. */
const WORKER_NOUNS = wordSet('staff workers employees people roles posts positions staffers');

/** Nouns for a post itself: `640 roles go`, `90 posts will be cut`. */
const POST_NOUNS = wordSet('roles posts positions jobs');

/** Verbs of losing a job, read with `their jobs` after them: `would lose their jobs`. */
const LOSE_VERBS = wordSet('lose loses losing lost');

/** Participles after `be` that end a post: `will be cut`, `are to be axed`. */
const END_PARTICIPLES = wordSet('axed cut shed eliminated scrapped lost');

/** Words between the count and its predicate that do not end the clause (auxiliaries, adverbs, a place). */
const CLAUSE_ENDS = wordSet('and but while as after because which who whom that if when although since');

/** How many tokens after the number the predicate may stand: a fixed look-ahead. */
const JOB_WINDOW = 12;

/** True when the tokens from j on, within the clause, say the counted workers lose their jobs. */
function losesJobs(t: Token[], j: number, posts: boolean): boolean {
  for (let n = 0; n < JOB_WINDOW && j < t.length; n++, j++) {
    const w = t[j]!;
    if (w.kind === 'punct' && w.text !== '-') return false;
    if (w.kind !== 'word') continue;
    if (CLAUSE_ENDS.has(w.lower) && n > 0) return false;
    if (LOSE_VERBS.has(w.lower)) {
      const next = t[j + 1]?.lower === 'their' || t[j + 1]?.lower === 'its' ? t[j + 2] : t[j + 1];
      return next?.lower === 'jobs' || next?.lower === 'job';
    }
    // `90 posts will be cut`: a post that is cut is a job lost (`230 workers were laid off` stay workers).
    if (posts && /^(?:be|been|being|are|were|is)$/.test(w.lower) && END_PARTICIPLES.has(t[j + 1]?.lower ?? ''))
      return true;
    // `where 640 roles go`, `300 posts will go`: a post that goes is a job lost.
    if (posts && (w.lower === 'go' || w.lower === 'goes' || w.lower === 'gone')) return true;
  }
  return false;
}

/** The last word of a measure phrase, lower-case. */
const headOf = (m: string): string => m.slice(m.lastIndexOf(' ') + 1).toLowerCase();

/** A sum read as a bare currency, or as the phrase of a noun and `worth` that some rule took whole. */
const plainMoney = (ctx: MeasureContext): boolean =>
  isCurrencyCode(ctx.q.unitCode) &&
  (ctx.q.measure === null || CURRENCY_MEASURES.has(ctx.q.measure) || ctx.q.measure.endsWith(' worth'));

/** Words between `worth` and the sum that say how it was reached (`worth a combined`, `worth an estimated`). */
const WORTH_FILLERS = wordSet(
  'a an combined estimated total about around roughly some nearly almost up to over more than',
);

/** Nouns that are money themselves: `a deal worth $2bn` is the deal, not the value of something. */
const MONEY_HOLDERS = wordSet('package packages deal deals loan loans grant grants fund funds bill');

/** Nouns before `raise` for a charge on the public or its rise (`the duty rise will raise £2bn`): revenue. */
const LEVIES = wordSet(
  'rise increase hike tax taxes duty duties levy levies tariff tariffs toll tolls fee fees charge charges surcharge',
);

/** Verbs whose money object is income: `will bring in $2bn`, `generates £300m a year`. */
const REVENUE_VERBS = wordSet('generate generates generated generating yield yields yielded');

/** Index of the first token before the sum, past its fillers (`worth a combined`), from token k back. */
function pastFillers(t: Token[], k: number): number {
  for (let n = 0; n < 3 && k >= 0 && WORTH_FILLERS.has(t[k]!.lower); n++) k--;
  return k;
}

/** The nearest earlier count of the same sentence (`312 buses on order ..., worth £95m`). */
function earlierCount(ctx: MeasureContext): string | null {
  const p = ctx.all[ctx.index - 1];
  if (!p?.measure || p.unitCode || /[.!?]\s/.test(ctx.text.slice(p.end, ctx.start))) return null;
  return p.measure;
}

/** The rules, in order; they run after every other measure rule. */
export const JOB_VALUE_RULES: MeasureRule[] = [
  {
    // `Forty-one thousand more people went to work`: the people newly in work count jobs (suffixes.ts marked it).
    id: 'quantities/more-in-work',
    applies: (q) => q.by.includes('quantities/more-in-work'),
    find: () => 'jobs',
  },
  {
    // `1,200 of its 2,900 workers would lose their jobs`, `where 640 roles go`, `90 posts will be cut`.
    id: 'quantities/job-loss',
    applies: (q) => q.measure !== null && WORKER_NOUNS.has(headOf(q.measure)),
    find: (ctx) => {
      const t = ctx.tokens;
      // `of its 2,900 staff`: the whole a part is taken from keeps its own noun.
      if (t[ctx.begin - 1]?.lower === 'of' || t[ctx.begin - 2]?.lower === 'of') return null;
      return losesJobs(t, ctx.after, POST_NOUNS.has(headOf(ctx.q.measure!))) ? 'jobs' : null;
    },
  },
  {
    // `two orders worth a combined £40m` → value of orders; `300 homes on order, worth an estimated £90m`.
    id: 'quantities/money-worth',
    applies: () => true,
    find: (ctx) => {
      if (!plainMoney(ctx)) return null;
      const t = ctx.tokens;
      const k = pastFillers(t, ctx.begin - 1);
      if (t[k]?.lower !== 'worth') return null;
      const noun = t[k - 1];
      if (noun?.text === ',') {
        const count = earlierCount(ctx);
        return count ? `value of ${count}` : null;
      }
      if (!noun || noun.kind !== 'word' || isCapital(noun.text) || MONEY_HOLDERS.has(noun.lower)) return null;
      if (STOP_WORDS.has(noun.lower) || noun.lower.length < 4) return null;
      return noun.lower.endsWith('s') ? `value of ${noun.lower}` : null;
    },
  },
  {
    // `the new duty will raise £2bn a year`, `the levy would bring in about $1.2 billion`: a charge's revenue.
    id: 'quantities/money-revenue',
    applies: () => true,
    find: (ctx) => {
      if (!(plainMoney(ctx) || ctx.q.measure === 'funds') || !isCurrencyCode(ctx.q.unitCode)) return null;
      const t = ctx.tokens;
      let k = pastFillers(t, ctx.begin - 1);
      if (REVENUE_VERBS.has(t[k]?.lower ?? '')) return 'revenue';
      if (t[k]?.lower === 'in' && /^(?:bring|brings|brought|bringing)$/.test(t[k - 1]?.lower ?? '')) return 'revenue';
      if (!/^(?:raise|raises|raised|raising)$/.test(t[k]?.lower ?? '')) return null;
      // `raise £2bn`: revenue only when a levy is named earlier in the sentence (not a fund-raiser's appeal).
      for (k--; k >= Math.max(0, ctx.begin - 16); k--) {
        const w = t[k]!;
        if (w.newline || (w.kind === 'punct' && /^[.!?;]$/.test(w.text))) return null;
        if (LEVIES.has(w.lower)) return 'revenue';
      }
      return null;
    },
  },
];
