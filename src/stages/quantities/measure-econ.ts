/**
 * Measure rules for economic and statistical figures, run after the count
 * rules of measure-rules.ts and before money and percentages: the object of
 * a change verb (`lowered job growth by 604,000`), a qualified noun after
 * `in` (`11,800 in new claims`), a forecast set against a figure (`the
 * 150,000 economists expected`) and the level a change ends at (`rose 12%
 * to 5,400`). Each rule's id is the `by` the quantity records.
 */
import type { Quantity } from '../../article.js';
import type { Token } from './tokens.js';
import { CHANGE_NOUNS, CURRENCY_MEASURES, DIRECTIONS, STOP_WORDS } from './lexicon.js';
import { subjectAt, subjectBefore, TOTAL_NOUNS } from './subject.js';
import { pastSum } from './cues-before.js';
import { COMPARATIVES } from './change-phrase.js';
import { lowerFirst, phraseAfter, subjectOf, type MeasureContext, type MeasureRule } from './measure-context.js';
import { determiners } from '../../vocabulary/determiners.js';

/** Verbs whose object changes by the amount after `by`: `cut its workforce by 3,500`. */
const OBJECT_VERBS = new Set([
  'reduced',
  'reduce',
  'reduces',
  'lowered',
  'lowers',
  'raised',
  'raises',
  'cut',
  'cuts',
  'increased',
  'increases',
  'boosted',
  'boosts',
  'trimmed',
  'trims',
  'slashed',
  'slashes',
  'revised',
  'revises',
  'lifted',
  'lifts',
  'shaved',
  'pared',
  'expanded',
  'expands',
  'grew',
  'shrank',
  'decreased',
  'upped',
  'knocked',
]);

/** Nouns that name a level of something else before `of`/`for`: `the level of employment`, `its forecast for sales`. */
const LEVEL_NOUNS = new Set([
  ...TOTAL_NOUNS,
  'level',
  'levels',
  'forecast',
  'forecasts',
  'projection',
  'projections',
  'outlook',
  'guidance',
  'target',
  'targets',
  'tally',
]);

/** Tokens read back from `by` for the change verb: an object phrase is a few words, and the walk stays fixed. */
const OBJECT_WINDOW = 9;

/** Determiners dropped from an object phrase. */
const OBJECT_DETERMINERS = determiners();

/** What a noun phrase counts, through the shared reader of measure-rules.ts (passed in to avoid an import cycle). */
/** Reads what a noun phrase counts or measures, or null. */
type NounReader = (words: string[]) => string | null;

/** The object phrase between a change verb and `by` (tokens a..b), read for what it counts. */
function objectMeasure(tokens: Token[], a: number, b: number, noun: NounReader): string | null {
  const words: string[] = [];
  for (let k = a; k <= b; k++) if (!OBJECT_DETERMINERS.has(tokens[k]!.lower)) words.push(tokens[k]!.text);
  // `the level of employment`, `its forecast for deliveries`: the complement names what is counted.
  const prep = words.findIndex((w) => w === 'of' || w === 'for');
  if (prep > 0 && LEVEL_NOUNS.has(words[prep - 1]!.toLowerCase())) return noun(words.slice(prep + 1));
  const head = prep > 0 ? words.slice(0, prep) : words;
  return head.length ? noun(head) : null;
}

/** `lowered job growth by 215,000`, `cut its workforce by 3,500`: the object of a change verb before `by N`. */
function changeObject(ctx: MeasureContext, noun: NounReader): string | null {
  const t = ctx.tokens;
  let k = pastSum(t, ctx.begin) - 1;
  if (t[k]?.lower !== 'by') return null;
  k--;
  // `revised the number of cases down by 310`: a direction between the object and `by`.
  if (DIRECTIONS.has(t[k]?.lower ?? '')) k--;
  const end = k;
  for (; k >= 0 && end - k < OBJECT_WINDOW; k--) {
    const w = t[k]!;
    if (w.kind !== 'word' || (w.newline && k < end)) return null;
    if (OBJECT_VERBS.has(w.lower)) return k < end ? objectMeasure(t, k + 1, end, noun) : null;
    if (STOP_WORDS.has(w.lower) && !OBJECT_DETERMINERS.has(w.lower) && w.lower !== 'of' && w.lower !== 'for')
      return null;
  }
  return null;
}

/** Qualifiers of a new count after `in`: `11,800 in new claims`, `620 in fresh cases`. */
const NEW_QUALIFIERS = new Set([
  'new',
  'fresh',
  'additional',
  'extra',
  'initial',
  'continuing',
  'jobless',
  'first-time',
  'weekly',
  'monthly',
]);

/** People who forecast a figure: `the 150,000 economists expected`. */
const FORECASTERS = new Set([
  'economists',
  'analysts',
  'forecasters',
  'experts',
  'strategists',
  'traders',
  'investors',
  'markets',
  'pollsters',
  'observers',
]);

/** Verbs of a forecast after its makers: `economists expected`, `analysts had forecast`. */
const FORECAST_VERBS = new Set([
  'expected',
  'expect',
  'forecast',
  'forecasted',
  'predicted',
  'projected',
  'anticipated',
  'estimated',
  'polled',
  'surveyed',
  'had',
  'were',
]);

/** How far back a count of the same sentence is looked for: a long sentence's span, and a few numbers of it. */
const SENTENCE_CHARS = 300;
const SENTENCE_COUNTS = 3;
/** How far back a count of the same paragraph is looked for: a short paragraph's span, and a few numbers of it. */
const PARAGRAPH_CHARS = 400;
const PARAGRAPH_COUNTS = 4;

/** The nearest earlier count of the same sentence that is no forecaster. */
function earlierCount(ctx: MeasureContext): string | null {
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - SENTENCE_COUNTS); k--) {
    const p = ctx.all[k]!;
    if (ctx.start - p.end > SENTENCE_CHARS || /\n\s*\n|[.!?]\s+[A-Z]/.test(ctx.text.slice(p.end, ctx.start)))
      return null;
    if (p.measure && !FORECASTERS.has(p.measure)) return p.measure;
  }
  return null;
}

/** A bare or changed percentage (`percent`, `percent change`), not a named rate such as `percentage rate`. */
const bare = (m: string): boolean => m === 'percent' || m.startsWith('percent ');

/** A change size the level after it ends: a percentage, points, or a number read as a change. */
function changeSize(p: Quantity): boolean {
  const rate = p.unitCode === 'percent' || p.unitCode === 'percentage points';
  return rate || (!!p.measure && bare(p.measure)) || p.by.includes('quantities/change');
}

/** `rose 12% week on week to 5,400`: at most three words between the change size and `to`. */
const TO_LEVEL = /^\s*(?:[a-z-]+\s+){0,3}to\s*$/i;

/** `Infections rose 12% to 5,400`: the level after a change size counts the subject of the change. */
export function changeLevel(ctx: MeasureContext, noun: NounReader): string | null {
  const t = ctx.tokens;
  const p = ctx.all[ctx.index - 1];
  if (!p || t[ctx.begin - 1]?.lower !== 'to' || !changeSize(p)) return null;
  // The change size's first token, within a fixed window, before the gap between them is read.
  let k = ctx.begin - 1;
  while (k > 0 && ctx.begin - k < 12 && t[k]!.start > p.start) k--;
  if (t[k]!.start !== p.start || !TO_LEVEL.test(ctx.text.slice(p.end, ctx.start))) return null;
  const found = subjectBefore(t, k, false);
  if (!found || found.shape === 'direct') return null;
  const s = found.subject;
  // `The count of evacuees was revised from 58 to 61`: a total noun counts what its `of` phrase names.
  if (TOTAL_NOUNS.has(s.words[s.words.length - 1]!.toLowerCase())) return s.of ? noun(s.of) : null;
  return noun(s.initial ? lowerFirst(s.words) : s.words);
}

/** Participles that report a figure's level: `originally reported as 163,000`, `first estimated at 1.2 million`. */
export const REPORT_PARTICIPLES = new Set([
  'reported',
  'estimated',
  'put',
  'pegged',
  'given',
  'listed',
  'counted',
  'recorded',
  'tallied',
  'announced',
  'published',
  'shown',
]);

/** Adjectives of an earlier value before its number: `from an initial 191,000`, `the previous 272,000`. */
export const EARLIER_ADJECTIVES = new Set([
  'initial',
  'original',
  'earlier',
  'previous',
  'prior',
  'preliminary',
  'provisional',
  'unrevised',
]);

/** Auxiliaries and adverbs between a subject and its reporting participle: `were originally`, `had first been`. */
const REPORT_AUX = /^(?:was|were|is|are|been|be|had|has|have|first|initially|originally|previously|earlier|later)$/;

/** `Job gains were originally reported as 163,000`, `, initially reported at 68,000`: the level a report gave. */
function reportedAs(ctx: MeasureContext, noun: NounReader): string | null {
  const t = ctx.tokens;
  const at = t[ctx.begin - 1]?.lower;
  if ((at !== 'as' && at !== 'at') || !REPORT_PARTICIPLES.has(t[ctx.begin - 2]?.lower ?? '')) return null;
  let k = ctx.begin - 3;
  for (let n = 0; n < 4 && k >= 0 && REPORT_AUX.test(t[k]!.lower); n++) k--;
  // `26,000 jobs, initially reported at 68,000`: set off after a count, it reports that count.
  if (k < 0 || t[k]!.kind !== 'word') return earlierCount(ctx);
  const s = subjectAt(t, k, Math.max(0, k - 10));
  return s ? noun(s.initial ? lowerFirst(s.words) : s.words) : null;
}

/** `from an initial 191,000`, `the previous 272,000`: an earlier value of the figure the clause is about. */
function earlierLevel(ctx: MeasureContext, noun: NounReader): string | null {
  const t = ctx.tokens;
  if (!EARLIER_ADJECTIVES.has(t[ctx.begin - 1]?.lower ?? '') || !/^\d/.test(ctx.q.number.text)) return null;
  // The subject of the clause the earlier value belongs to, read from before its determiner.
  const det = OBJECT_DETERMINERS.has(t[ctx.begin - 2]?.lower ?? '') ? ctx.begin - 2 : ctx.begin - 1;
  const found = subjectBefore(t, det, false, true);
  if (found && found.shape === 'verb') {
    const s = found.subject;
    return noun(s.initial ? lowerFirst(s.words) : s.words);
  }
  return earlierCount(ctx);
}

/** A percentage that names a rate (`unemployment rate`), not a bare or changed percentage. */
const namedRate = (p: Quantity | undefined): p is Quantity =>
  !!p && p.unitCode === 'percent' && !!p.measure && !bare(p.measure);

/** Words between a rate and its earlier value: `5.6% from 5.4%`, `5.6 percent, from 5.4`, `2.4% in May from`. */
const FROM_GAP =
  /^[\s,]*(?:(?:year-on-year|month-on-month|year\s+on\s+year|month\s+on\s+month|on\s+the\s+year|on\s+the\s+month)\s+)?(?:(?:in|on|at|for|during|last|this)\s+[\w.]+(?:\s+\w+)?[\s,]*)?(?:up|down|accelerating|slowing|easing|rising|falling|climbing|edging\s+(?:up|down))?\s*$/i;

/** `the jobless rate rose to 5.6% from 5.4%`: the earlier value after `from` is the same rate. */
function earlierRate(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  if (t[ctx.begin - 1]?.lower !== 'from') return null;
  const p = ctx.all[ctx.index - 1];
  if (!namedRate(p) || ctx.start - p.end > 60) return null;
  return FROM_GAP.test(ctx.text.slice(p.end, t[ctx.begin - 1]!.start)) ? p.measure : null;
}

/** The nearest earlier count of the paragraph (sentences crossed) that is no rate or sum of money. */
function paragraphCount(ctx: MeasureContext): string | null {
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - PARAGRAPH_COUNTS); k--) {
    const p = ctx.all[k]!;
    if (ctx.start - p.end > PARAGRAPH_CHARS || /\n\s*\n/.test(ctx.text.slice(p.end, ctx.start))) return null;
    if (p.measure && p.unitCode !== 'percent' && !bare(p.measure) && !CURRENCY_MEASURES.has(p.measure))
      return p.measure;
  }
  return null;
}

/** `the downward revision of 604,000`, `a drop of 702,000`: a change named by a noun counts the figure in hand. */
function changeNounCount(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  if (t[ctx.begin - 1]?.lower !== 'of' || !CHANGE_NOUNS.has(t[ctx.begin - 2]?.lower ?? '')) return null;
  return paragraphCount(ctx);
}

/**
 * `The average monthly gain was 74,000`, `the downward revision came to 911,000`: a change noun with no `of` phrase
 * as the subject of the number's verb counts the figure in hand.
 */
function changeNounSubject(ctx: MeasureContext): string | null {
  const found = subjectOf(ctx);
  if (!found || found.shape !== 'verb' || found.subject.of) return null;
  const ws = found.subject.words;
  const head = ws[ws.length - 1]!.toLowerCase();
  const singular = head.endsWith('s') ? head.slice(0, -1) : head;
  return CHANGE_NOUNS.has(singular) ? paragraphCount(ctx) : null;
}

/** Verbs and auxiliaries between a possessive subject and its `to`/`by`: `was cut to`, `were revised down by`. */
const POSSESSIVE_VERBS = new Set([...OBJECT_VERBS, 'was', 'were', 'had', 'been', 'is', 'are', 'up', 'down', 'marked']);

/** The first count of the text that is no rate or sum: the figure a release leads with. */
function leadCount(ctx: MeasureContext): string | null {
  for (let k = 0; k < ctx.index; k++) {
    const p = ctx.all[k]!;
    if (p.measure && p.unitCode !== 'percent' && !bare(p.measure) && !CURRENCY_MEASURES.has(p.measure))
      return FORECASTERS.has(p.measure) ? null : p.measure;
  }
  return null;
}

/**
 * `Selangor's were cut by 19,000 and Sabah's by 8,000`, `September's gain was cut to 18,000 and August's to
 * 12,000`: a possessive standing for the noun of the figure in hand (alone, or before a change noun). After `and`
 * it is the count before it; opening a clause, the paragraph's count, else the count the release leads with.
 */
function possessiveSubject(ctx: MeasureContext): string | null {
  const t = ctx.tokens;
  let k = pastSum(t, ctx.begin) - 1;
  if (t[k]?.lower !== 'to' && t[k]?.lower !== 'by') return null;
  k--;
  // At most three verb words: `were revised down`.
  for (let n = 0; n < 3 && k > 0 && POSSESSIVE_VERBS.has(t[k]!.lower); n++) k--;
  const changed = CHANGE_NOUNS.has(t[k]?.lower ?? '') && k < ctx.begin - 2;
  if (changed) k--;
  const own = t[k];
  if (!own || own.kind !== 'word' || !/^\p{Lu}\S*['’]s$/u.test(own.text)) return null;
  const before = t[k - 1];
  if (before?.lower === 'and' && !changed && k === ctx.begin - 2) return earlierCount(ctx);
  const opens = k === 0 || own.newline || before?.kind === 'punct';
  return opens ? (paragraphCount(ctx) ?? leadCount(ctx)) : null;
}

/** Rules for percentages, run after the money and percentage rules of measure-money.ts. */
export const ECON_RATE_RULES: MeasureRule[] = [
  {
    // `the jobless rate rose to 5.6% from 5.4%`: the earlier value of a named rate.
    id: 'quantities/earlier-rate',
    applies: (q) => q.measure === 'percent',
    find: earlierRate,
  },
];

/** The economic rules, in order; `noun` is measure-rules.ts's reader of what a noun phrase counts. */
export function econRules(noun: NounReader): MeasureRule[] {
  return [
    {
      // `lowered job growth by 215,000`, `reduced the level of employment by 604,000`, `cut its workforce by 3,500`.
      id: 'quantities/change-object',
      applies: (q) => q.measure === null,
      find: (ctx) => changeObject(ctx, noun),
    },
    {
      // `11,800 in new claims`, `620 in fresh cases`: a qualified count after `in`.
      id: 'quantities/count-in-new',
      applies: (q) => q.measure === null,
      find: (ctx) => {
        const t = ctx.tokens;
        if (t[ctx.after]?.lower !== 'in' || !NEW_QUALIFIERS.has(t[ctx.after + 1]?.lower ?? '')) return null;
        const ws = phraseAfter(t, ctx.after + 1);
        return ws && ws.length > 1 ? noun(ws) : null;
      },
    },
    {
      // `short of the 150,000 economists expected`: a forecast of the figure before it, not a count of economists.
      id: 'quantities/forecast-noun',
      applies: (q) => q.measure !== null && FORECASTERS.has(q.measure),
      find: (ctx) => (FORECAST_VERBS.has(ctx.tokens[ctx.after]?.lower ?? '') ? earlierCount(ctx) : null),
    },
    {
      // `The downward revision of 604,000 was the largest since 2009`: the count the paragraph is about.
      id: 'quantities/change-noun-count',
      applies: (q) => q.measure === null,
      find: changeNounCount,
    },
    {
      // `Selangor's were cut by 19,000`, `September's gain was cut to 18,000 and August's to 12,000`.
      id: 'quantities/possessive-subject',
      applies: (q) => q.measure === null,
      find: possessiveSubject,
    },
    {
      // `The average monthly gain was 74,000`: a change noun as the subject names the figure in hand.
      id: 'quantities/change-noun-subject',
      applies: (q) => q.measure === null,
      find: changeNounSubject,
    },
    {
      // `added 1.5 million jobs, 431,000 fewer than first reported`: a difference from the count before it.
      id: 'quantities/comparative-count',
      applies: (q) => q.measure === null,
      find: (ctx) => {
        const t = ctx.tokens;
        return COMPARATIVES.has(t[ctx.after]?.lower ?? '') && t[ctx.after + 1]?.lower === 'than'
          ? earlierCount(ctx)
          : null;
      },
    },
    {
      // `Job gains were originally reported as 163,000`, `, initially reported at 68,000`.
      id: 'quantities/reported-as',
      applies: (q) => q.measure === null,
      find: (ctx) => reportedAs(ctx, noun),
    },
    {
      // `revised down to 83,000 from an initial 191,000`: the earlier value counts what the revised one counts.
      id: 'quantities/earlier-level',
      applies: (q) => q.measure === null,
      find: (ctx) => earlierLevel(ctx, noun),
    },
    {
      // `Infections rose 12% week on week to 5,400`, `earnings rose 0.4% to $28.15`: the level a change ends at.
      id: 'quantities/change-level',
      applies: (q) => q.measure === null || CURRENCY_MEASURES.has(q.measure),
      find: (ctx) => changeLevel(ctx, noun),
    },
  ];
}
