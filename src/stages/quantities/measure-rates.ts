/**
 * Rates and ratios: `24.5 points per game` counts points per game; `12 times as many infections` and `six
 * times higher than the national rate` are ratios of what they compare.
 */
import type { MeasureRule } from './measure-context.js';
import { clauseStop, nounMeasure, phraseAfter, subjectOf } from './measure-context.js';
import { titlesWon } from './repeat-measure.js';
import { determiners } from '../../vocabulary/determiners.js';
import { rateName } from './measure-percent.js';
import { findMeasure } from './measure.js';
import { isCurrencyCode } from './lexicon.js';

/** The units of a player's or a team's average (`per game`, `a match`). */
const GAME_UNITS = /^(?:game|match|contest|start|outing|race)$/;

/** `She averages 24.5 points per game`, `9.8 rebounds a game`: a count per game is that average. */
export const perGame: MeasureRule = {
  id: 'quantities/per-game',
  applies: (q) => q.measure !== null && !isCurrencyCode(q.unitCode) && q.unitCode !== 'percent',
  find(ctx) {
    const t = ctx.tokens;
    const per = t[ctx.after]?.lower;
    const unit = t[ctx.after + 1];
    if ((per !== 'per' && per !== 'a') || !unit || !GAME_UNITS.test(unit.lower)) return null;
    // `a game ago`, `a game-high`: the game is no unit of a rate there.
    const next = t[ctx.after + 2];
    if (next && (next.text === '-' || /^(?:ago|earlier|later|before|after)$/.test(next.lower))) return null;
    return `${ctx.q.measure} per ${unit.lower}`;
  },
};

/** Comparatives after `N times` (`higher than`, `more burglaries than`). */
const COMPARATIVES = /^(?:more|fewer|less|higher|lower|greater|larger|bigger|smaller|faster|slower)$/;

/** `12 times as many infections`, `three times more burglaries than`, `six times higher than the rate`. */
export const timesRatio: MeasureRule = {
  id: 'quantities/times-ratio',
  applies: (q) => q.measure === 'times',
  find(ctx) {
    const t = ctx.tokens;
    let j = ctx.after;
    if (t[j]?.lower === 'as' && /^(?:many|much)$/.test(t[j + 1]?.lower ?? '')) j += 2;
    else if (COMPARATIVES.test(t[j]?.lower ?? '')) j++;
    else return null;
    const m = findMeasure(t, j, { skipOf: false, singular: false });
    if (m.measure) return `ratio of ${m.measure}`;
    if (t[j]?.lower !== 'than') return 'ratio';
    let k = j + 1;
    const the = t[k]?.lower === 'the';
    if (the) k++;
    const ws = phraseAfter(t, k);
    return ws ? `ratio to ${the ? 'the ' : ''}${ws.join(' ').toLowerCase()}` : 'ratio';
  },
};

/** Words that set off the clause a count of times reads back over. */
const TIMES_STOP = /^[,:(]$/;
/** Tokens read back from `N times` for its verb. */
const TIMES_LOOK_BACK = 12;
/** Skipped before the noun of `N times that such waivers were used`. */
const TIMES_THAT_DETERMINERS = determiners('such');

/**
 * `have invoked curfews under the charter 40 times`: a bare plural object (no determiner) is made anew each time,
 * so the times count it; `three times that such waivers were used` counts the noun after `that`; `won the Asian Cup
 * three times` counts its titles. An object with a determiner (`visited the plants five times`) stays times.
 */
export const timesObject: MeasureRule = {
  id: 'quantities/times-object',
  applies: (q) => q.measure === 'times',
  find(ctx) {
    const t = ctx.tokens;
    if (t[ctx.after]?.lower === 'that') {
      let k = ctx.after + 1;
      if (TIMES_THAT_DETERMINERS.has(t[k]?.lower ?? '')) k++;
      const ws = phraseAfter(t, k);
      return ws ? nounMeasure(ws) : null;
    }
    const titles = titlesWon(t, ctx.begin);
    if (titles) return titles;
    for (let k = ctx.begin - 1; k >= Math.max(0, ctx.begin - TIMES_LOOK_BACK); k--) {
      const v = t[k]!;
      if (clauseStop(t, k) || TIMES_STOP.test(v.text)) return null;
      if (v.kind !== 'word' || !/^[a-z]{3,}ed$/.test(v.text)) continue;
      const ws = phraseAfter(t, k + 1);
      if (!ws) return null;
      const next = t[k + 1 + ws.length];
      // The object ends at a preposition or at the number itself (`declared emergencies 60 times`).
      if (k + 1 + ws.length !== ctx.begin && next?.kind !== 'word') return null;
      return ws.every((w) => /^[a-z-]+$/.test(w)) ? nounMeasure(ws) : null;
    }
    return null;
  },
};

/**
 * `the infection rate stands at 48 per 100,000 people`: a count per head of a population is the rate that is the
 * subject.
 */
export const ratePer: MeasureRule = {
  id: 'quantities/rate-per',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    if (t[ctx.after]?.lower !== 'per' || t[ctx.after + 1]?.kind !== 'num') return null;
    const found = subjectOf(ctx, true);
    if (!found || found.shape === 'colon') return null;
    return rateName(found.subject.words, found.subject.initial);
  },
};

/** The rate rules, run after every other measure rule (they extend a measure already read). */
export const RATE_RULES: readonly MeasureRule[] = [perGame, timesRatio, timesObject, ratePer];
