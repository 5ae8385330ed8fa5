/**
 * quantities/money-list: `fined the club €200,000 and its coach €15,000`, `spent $3m on repairs and $1m on staff`:
 * a sum in a list whose verb is left out (gapping) is the same kind of money as the sum before it, which a nearer
 * rule named. Reads a fixed window of tokens back from the sum.
 */
import { CURRENCY_MEASURES, isCurrencyCode } from './lexicon.js';
import type { MeasureRule } from './measure-context.js';
import { unnamedMoney } from './money-verbs.js';

/** Tokens read back from the sum to the one before it. */
const LIST_WINDOW = 10;

/** Words that join the items of a list. */
const JOINERS = new Set([',', ';', 'and', 'while', 'whereas']);

/** Words that give the sum a clause or a role of its own: verbs, auxiliaries, comparisons, prepositions of price. */
const LIST_BREAKS = new Set(
  (
    'is are was were be been being has have had will would could may might can should must did does do ' +
    'said says say than for to from per each every a an about but because after before when if which who that ' +
    'or up down more less worth'
  ).split(' '),
);

/** Words after a sum that make it a difference (`$1 million more than`). */
const COMPARED = new Set(['more', 'less', 'fewer', 'higher', 'lower', 'above', 'below', 'short']);

/** A lower-case word that reads as a verb form (`sold`, `raising`). */
const VERB_FORM = /^[a-z]+(?:ed|ing)$/;

/** The gapped list rule: the measure of the sum before, when only names, nouns and joiners stand between. */
export const moneyList: MeasureRule = {
  id: 'quantities/money-list',
  applies: unnamedMoney,
  find: (ctx) => {
    const p = ctx.all[ctx.index - 1];
    if (!p || !isCurrencyCode(p.unitCode) || !p.measure || CURRENCY_MEASURES.has(p.measure)) return null;
    // `pledged €6m, £4.5m and $10m`: sums in several currencies are several payers' own, which the corpus stages
    // cannot yet tell apart when they share a measure.
    if (p.unitCode !== ctx.q.unitCode) return null;
    // `Revenue was $5bn and profit $1bn`: a sum named by its subject leaves the next subject to name its own.
    if (/-subject\b|-clause\b/.test(p.by)) return null;
    const t = ctx.tokens;
    let joined = false;
    for (let k = ctx.begin - 1, n = 0; k >= 0 && t[k]!.start >= p.end; k--, n++) {
      const w = t[k]!;
      if (n >= LIST_WINDOW || w.newline) return null;
      if (JOINERS.has(w.lower)) joined = true;
      else if (w.kind === 'num' || (w.kind === 'punct' && !/^['’-]$/.test(w.text))) return null;
      else if (LIST_BREAKS.has(w.lower) || VERB_FORM.test(w.text)) return null;
      // `the EU pledged €6m, Britain £4.5m`: a named party's sum is a figure of its own, which the corpus stages
      // cannot yet tell apart from the first party's when both share a measure; it keeps its currency.
      else if (/^\p{Lu}/u.test(w.text)) return null;
    }
    // `$3 million, $1 million more than`: a difference, not another item.
    if (COMPARED.has(t[ctx.after]?.lower ?? '')) return null;
    return joined ? p.measure : null;
  },
};
