import { describe, expect, it } from 'vitest';
import { plainClaimRecord, type ClaimRecord } from '../records.js';
import { buildFigures } from './figures.js';
import { claimInput } from './index.js';
import { provenanceIndex } from './provenance.js';
import { figureRelations, partRelations, relate, type RelationClaim } from './relations.js';
import { StoryIndex } from './stories.js';
import { claim, doc, docMap } from '../../test/helpers/corpus.js';
import type { ClaimInput, DocMeta } from './types.js';

/** A reading of a claim for the rules, with neutral defaults. */
function reading(over: Partial<RelationClaim> & { id: string }): RelationClaim {
  const value = over.value === undefined ? 10 : over.value;
  return {
    document: 'd1',
    value,
    low: over.low !== undefined ? over.low : value,
    high: over.high !== undefined ? over.high : value,
    approximate: false,
    vague: false,
    incremental: false,
    scope: null,
    status: 'done',
    source: 'outlet:a',
    day: '2024-03-01',
    earlier: false,
    order: 0,
    ...over,
  };
}

/** [what, a, b, expected type, rule]: invented readings (floods, strikes, outbreaks, markets). */
const PAIRS: Array<[string, Partial<RelationClaim>, Partial<RelationClaim>, string, string]> = [
  [
    'an increment on its base in one article',
    { value: 1500 },
    { value: 1500, incremental: true },
    'increment',
    'relations/increment',
  ],
  [
    'a plan of "another 40 medics" restated by a later article of its source',
    { value: 40, incremental: true, document: 'd1', source: 'ministry' },
    { value: 40, document: 'd2', source: 'ministry', day: '2024-03-03' },
    'same',
    'relations/agree',
  ],
  [
    'a much smaller count in the same article',
    { value: 70 },
    { value: 215, source: 'outlet:b' },
    'part',
    'relations/smaller-in-same-article',
  ],
  [
    'a much smaller count in another article',
    { value: 70, document: 'd2', day: '2024-03-02' },
    { value: 215 },
    'revision',
    'relations/later-day',
  ],
  ['a county toll inside the state toll', { value: 41, scope: 'ada-county' }, { value: 70 }, 'part', 'relations/scope'],
  [
    // "4,200 residents were evacuated" (Monday) / "5,800 people have been evacuated in Tesk" (Wednesday).
    'a place counted above the whole an earlier article gave',
    { value: 5800, scope: 'tesk', document: 'd2', day: '2024-03-03' },
    { value: 4200 },
    'revision',
    'relations/place-exceeds-whole',
  ],
  [
    // "5,800 evacuated in all" / "1,900 of them in Tesk" a day later: below the whole it stays a part.
    'a place counted below the whole another article gave',
    { value: 1900, scope: 'tesk', document: 'd2', day: '2024-03-03' },
    { value: 5800 },
    'part',
    'relations/scope',
  ],
  [
    // "2,000 more evacuated in Tesk" on Wednesday: an increment is no reading of the whole.
    'an increment in a place above the whole of another day',
    { value: 5800, scope: 'tesk', document: 'd2', day: '2024-03-03', incremental: true },
    { value: 4200 },
    'increment',
    'relations/increment',
  ],
  [
    'a number the sentence says is among a larger one',
    { value: 56, sentence: 0 },
    { value: 23, partCue: true, sentence: 0 },
    'part',
    'relations/part-cue',
  ],
  [
    'a number among a larger one of the sentence before',
    { value: 31, sentence: 0, source: 'outlet:b' },
    { value: 22, partCue: true, sentence: 60 },
    'part',
    'relations/part-cue',
  ],
  [
    'a number cued as among others, before the larger count',
    { value: 31, sentence: 90, source: 'outlet:b' },
    { value: 22, partCue: true, sentence: 0 },
    'revision',
    'relations/fallback',
  ],
  [
    'a place counted as many as the whole',
    { value: null, low: 250000, high: null, scope: 'plaza' },
    { value: null, low: 250000, high: null, source: 'outlet:b' },
    'same',
    'relations/scope-equals-whole',
  ],
  [
    'two counties',
    { value: 41, scope: 'ada-county' },
    { value: 9, scope: 'boone-county' },
    'different',
    'relations/scope',
  ],
  [
    'jobs added in two months',
    { value: 163000, about: '2025-06' },
    { value: 64000, about: '2025-07', document: 'd2', day: '2025-08-01' },
    'different',
    'relations/other-period',
  ],
  [
    "a region's yearly total against a national month's count of the same value",
    { value: 52000, about: '2024', day: '2025-02-10' },
    { value: 52000, about: '2025-01', document: 'd2', day: '2025-02-07' },
    'different',
    'relations/other-period',
  ],
  [
    'harvests of two years',
    { value: 8400, about: '2023', day: '2024-11-02' },
    { value: 9100, about: '2024' },
    'different',
    'relations/other-period',
  ],
  [
    "a month's count inside its own year is no other period",
    { value: 300, about: '2024', day: '2024-06-02' },
    { value: 340, about: '2024-05', document: 'd2', day: '2024-06-05' },
    'revision',
    'relations/later-day',
  ],
  [
    'a cost estimate dated to the year it is due is no count of another period',
    { value: 2e9, unit: 'USD', status: 'planned', about: '2028', day: '2024-05-02' },
    { value: 4.3e9, unit: 'USD', status: 'planned', about: '2030', document: 'd2', day: '2025-05-02' },
    'revision',
    'relations/later-day',
  ],
  [
    'a period against an undated count is no other period',
    { value: 300, about: '2024', day: '2024-06-02' },
    { value: 340, document: 'd2', day: '2024-06-05' },
    'revision',
    'relations/later-day',
  ],
  [
    'one month revised',
    { value: 163000, about: '2025-06', day: '2025-07-03' },
    { value: 14000, about: '2025-06', document: 'd2', day: '2025-08-01' },
    'revision',
    'relations/later-day',
  ],
  [
    'an earlier storm against this toll',
    { value: 300, scope: 'event-1953' },
    { value: 70 },
    'different',
    'relations/scope',
  ],
  [
    'the same number from two outlets',
    { value: 300, document: 'd2', source: 'outlet:b' },
    { value: 300 },
    'same',
    'relations/agree',
  ],
  [
    'a round number for a precise one',
    { value: 1600, document: 'd2', source: 'outlet:b' },
    { value: 1644 },
    'same',
    'relations/agree',
  ],
  [
    'a sum far below an upper bound in one article',
    { value: 1.2e9, unit: 'USD' },
    { value: null, low: null, high: 3e9, unit: 'USD', status: 'possible' },
    'part',
    'relations/far-within-bound',
  ],
  [
    'a lower bound far below a count in one article',
    { value: null, low: 2000, high: null },
    { value: 11000 },
    'part',
    'relations/far-within-bound',
  ],
  [
    'a value near its upper bound in one article',
    { value: 2.5e9 },
    { value: null, low: null, high: 3e9 },
    'same',
    'relations/agree',
  ],
  [
    'a sum far below an upper bound of another article',
    { value: 1.2e9, document: 'd2' },
    { value: null, low: null, high: 3e9 },
    'same',
    'relations/agree',
  ],
  [
    'a lower bound and a value inside it',
    { value: null, low: 13000, high: null },
    { value: 13500, source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    'an approximate value near a count',
    { value: 600, approximate: true },
    { value: 640, document: 'd2', source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    'a plan and what was done',
    { value: 12000, status: 'planned', day: '2024-01-01' },
    { value: 11000, day: '2024-06-01' },
    'revision',
    'relations/plan-outcome',
  ],
  [
    'a toll a day later',
    { value: 19, day: '2024-03-01' },
    { value: 27, day: '2024-03-02', document: 'd2', source: 'outlet:b' },
    'revision',
    'relations/later-day',
  ],
  [
    'a value marked as the earlier one',
    { value: 265, earlier: true },
    { value: 270, source: 'agency' },
    'revision',
    'relations/earlier-cue',
  ],
  [
    'two lower bounds of a rising toll',
    { value: null, low: 35, high: null, day: null },
    { value: null, low: 56, high: null, document: 'd2', day: null },
    'revision',
    'relations/fallback',
  ],
  [
    'relations/named-rivals: organisers and police on one crowd, far apart, in one article',
    { value: 90000, source: 'organisers' },
    { value: 35000, source: 'police' },
    'conflict',
    'relations/named-rivals',
  ],
  [
    // "The clinic group said the number affected has risen to 1.4 million; the regulator said at least 1.9 million."
    "relations/rival-above-so-far: a count so far and another named source's larger count of one article",
    { value: 1400000, source: 'clinic-group', totalCue: 'so-far' },
    { value: null, low: 1900000, high: null, source: 'regulator' },
    'conflict',
    'relations/named-rivals',
  ],
  [
    "a count so far above another named source's lower bound of its article: it meets the bound",
    { value: 1900000, source: 'clinic-group', totalCue: 'so-far' },
    { value: null, low: 1400000, high: null, source: 'regulator' },
    'same',
    'relations/agree',
  ],
  [
    "a sum of parts and another named source's larger count: no rival",
    { value: 1400000, source: 'clinic-group', totalCue: 'sum' },
    { value: null, low: 1900000, high: null, source: 'regulator' },
    'revision',
    'relations/fallback',
  ],
  [
    "a count so far and the same source's larger count: no rival",
    { value: 1400000, source: 'clinic-group', totalCue: 'so-far' },
    { value: null, low: 1900000, high: null, source: 'clinic-group' },
    'revision',
    'relations/fallback',
  ],
  [
    'one article, "the fire brigade said on Sunday 48 homes burned; the mayor puts it at 70": one reporting window',
    { value: 48, source: 'fire-brigade', day: '2024-03-03', about: '2024-03-03' },
    { value: 70, source: 'mayor', day: '2024-03-04' },
    'conflict',
    'relations/report-window-rivals',
  ],
  [
    'one article, a union\'s strikers "on Tuesday" and the ministry\'s undated count: one reporting window',
    { value: 12000, source: 'ministry', day: '2024-05-08' },
    { value: 9500, source: 'union', day: '2024-05-07', about: '2024-05-07' },
    'conflict',
    'relations/report-window-rivals',
  ],
  [
    'one article, "48 on Sunday", the mayor\'s "70 on Monday": both dated by the text, two moments',
    { value: 48, source: 'fire-brigade', day: '2024-03-03', about: '2024-03-03' },
    { value: 70, source: 'mayor', day: '2024-03-04', about: '2024-03-04' },
    'revision',
    'relations/later-day',
  ],
  [
    'one article, one source\'s 48 "on Sunday" and its undated 70: the same source moved on',
    { value: 48, source: 'fire-brigade', day: '2024-03-03', about: '2024-03-03' },
    { value: 70, source: 'fire-brigade', day: '2024-03-04' },
    'revision',
    'relations/later-day',
  ],
  [
    "one article, a count three days before another source's undated one: past the reporting window",
    { value: 48, source: 'fire-brigade', day: '2024-03-01', about: '2024-03-01' },
    { value: 70, source: 'mayor', day: '2024-03-04' },
    'revision',
    'relations/later-day',
  ],
  [
    'one article, "3 km of booms" on Sunday against "12 km of beaches" undated: too far apart to be one count',
    { value: 3, source: 'navy', day: '2024-03-03', about: '2024-03-03' },
    { value: 12, source: 'operator', day: '2024-03-04' },
    'revision',
    'relations/later-day',
  ],
  [
    'one article: a named source\'s count "up from" another\'s earlier one is a revision, not a rival',
    { value: 48, source: 'fire-brigade', day: '2024-03-03', about: '2024-03-03', earlier: true },
    { value: 70, source: 'mayor', day: '2024-03-04' },
    'revision',
    'relations/earlier-cue',
  ],
  [
    'one article: two named sources a week apart by the text are two moments, not rivals',
    { value: 48, source: 'fire-brigade', day: '2024-02-25', about: '2024-02-25' },
    { value: 70, source: 'mayor', day: '2024-03-04' },
    'revision',
    'relations/later-day',
  ],
  [
    'one article: the same source dated apart by the text is its own count moving on',
    { value: 48, source: 'mayor', day: '2024-03-03', about: '2024-03-03' },
    { value: 70, source: 'mayor', day: '2024-03-04' },
    'revision',
    'relations/later-day',
  ],
  [
    'two articles a day apart, two named sources: the toll moved on',
    { value: 48, source: 'fire-brigade', day: '2024-03-03' },
    { value: 70, source: 'mayor', day: '2024-03-04', document: 'd2' },
    'revision',
    'relations/later-day',
  ],
  [
    "relations/dispute-cue: one article, the operator disputing the navy's count of the day before",
    { value: 400, source: 'navy', day: '2024-03-03', about: '2024-03-03' },
    { value: 150, source: 'operator', day: '2024-03-04', disputes: true },
    'conflict',
    'relations/dispute-cue',
  ],
  [
    "relations/dispute-cue: two articles of one day, a union's own count against the ministry's",
    { value: 12000, source: 'ministry', day: '2024-05-08' },
    { value: 19000, source: 'union', day: '2024-05-08', document: 'd2', disputes: true },
    'conflict',
    'relations/dispute-cue',
  ],
  [
    "two articles a day apart: a disputed count and the next day's official one moved on",
    { value: 400, source: 'operator', day: '2024-03-03', disputes: true },
    { value: 550, source: 'navy', day: '2024-03-04', document: 'd2' },
    'revision',
    'relations/later-day',
  ],
  [
    // "Police put the crowd at about 11,000; the organisers gave their own count of 48,000."
    "relations/dispute-cue: one article, organisers' own crowd count over four times the police's",
    { value: 11000, source: 'police', approximate: true },
    { value: 48000, source: 'organisers', disputes: true },
    'conflict',
    'relations/dispute-cue',
  ],
  [
    'one article, two named sources, one count over four times the other with no dispute cue: a part',
    { value: 11000, source: 'police', approximate: true },
    { value: 48000, source: 'organisers' },
    'part',
    'relations/smaller-in-same-article',
  ],
  [
    // Headline "Coastguard doubles Vell spill estimate to 900 tonnes"; "its own divers put the loss at about 420".
    'relations/dispute-cue: one article, a disputing count whose speaker the text leaves unresolved',
    { value: 900, source: 'outlet:a' },
    { value: 420, source: 'outlet:a', disputes: true, approximate: true },
    'conflict',
    'relations/dispute-cue',
  ],
  [
    "one article, the outlet's two counts with no dispute cue: a part",
    { value: 900, source: 'outlet:a' },
    { value: 420, source: 'outlet:a', approximate: true },
    'part',
    'relations/smaller-in-same-article',
  ],
  [
    'one article, one named source setting a count against its own other count: no rival',
    { value: 900, source: 'operator' },
    { value: 420, source: 'operator', disputes: true, approximate: true },
    'part',
    'relations/smaller-in-same-article',
  ],
  [
    // "The real number aboard was close to 240, not the 190 on the operator's manifest," the survivor said.
    'relations/dispute-one-sentence: one speaker setting a count against another in one sentence',
    { value: 240, source: 'survivor', disputes: true, sentence: 40, approximate: true },
    { value: 190, source: 'survivor', disputes: true, sentence: 40 },
    'conflict',
    'relations/dispute-cue',
  ],
  [
    'one speaker, a disputing sentence and another sentence of the article: no rival',
    { value: 240, source: 'survivor', disputes: true, sentence: 40, approximate: true },
    { value: 190, source: 'survivor', sentence: 0 },
    'part',
    'relations/same-article-part',
  ],
  [
    'one article: a disputed count ten times smaller is a part, not a rival',
    { value: 400, source: 'ministry' },
    { value: 40, source: 'union', disputes: true },
    'part',
    'relations/smaller-in-same-article',
  ],
  [
    'two named sources, one count ten times the other: a part, not a rival',
    { value: 400, source: 'ministry' },
    { value: 40, source: 'governor' },
    'part',
    'relations/smaller-in-same-article',
  ],
  [
    'relations/rate-not-part: a union and a ministry put one turnout at 71% and at 30%',
    { value: 71, unit: 'percent', source: 'union' },
    { value: 30, unit: 'percent', source: 'ministry' },
    'conflict',
    'relations/named-rivals',
  ],
  [
    'two sources in one article',
    { value: 35, source: 'police' },
    { value: 20, source: 'mayor' },
    'conflict',
    'relations/same-moment',
  ],
  [
    'an outlet figure beside a quoted one in one article',
    { value: 35, source: 'outlet:a' },
    { value: 20, source: 'mayor' },
    'revision',
    'relations/fallback',
  ],
  [
    'an outlet count beside a close quoted one in one article',
    { value: 4812, source: 'outlet:a' },
    { value: 5203, source: 'tracker' },
    'conflict',
    'relations/same-moment',
  ],
  [
    'an outlet total beside a close quoted count in one article',
    { value: 4812, source: 'outlet:a', totalCue: 'so-far' },
    { value: 5203, source: 'tracker' },
    'revision',
    'relations/fallback',
  ],
  [
    'an outlet round count beside a close quoted one in one article',
    { value: 5000, approximate: true, source: 'outlet:a' },
    { value: 5203, source: 'tracker' },
    'same',
    'relations/agree',
  ],
  [
    'more bodies found, reported by another outlet',
    { value: 242, day: '2024-06-14' },
    { value: 29, incremental: true, document: 'd2', source: 'outlet:b', day: '2024-06-14' },
    'revision',
    'relations/increment-elsewhere',
  ],
  [
    'two counts too far apart to be one disputed count',
    { value: 40 },
    { value: 520, document: 'd2', source: 'outlet:b' },
    'revision',
    'relations/fallback',
  ],
  [
    'a vague magnitude against a number',
    { value: null, low: 2000, high: null, vague: true },
    { value: 300, document: 'd2', source: 'outlet:b' },
    'revision',
    'relations/fallback',
  ],
  [
    'two outlets on one day',
    { value: 40, source: 'outlet:a' },
    { value: 52, document: 'd2', source: 'outlet:b' },
    'conflict',
    'relations/same-moment',
  ],
  [
    'two plans from two sources',
    { value: 10000, status: 'planned', day: null },
    { value: 12000, status: 'planned', document: 'd2', source: 'agency', day: null },
    'conflict',
    'relations/same-moment',
  ],
  [
    'two undated reports of a count',
    { value: 40, day: null },
    { value: 52, document: 'd2', source: 'outlet:b', day: null },
    'revision',
    'relations/fallback',
  ],
  [
    'two ranges that differ',
    { value: null, low: 540, high: 1080 },
    { value: null, low: 540, high: 1800, document: 'd2', source: 'outlet:b' },
    'conflict',
    'relations/same-moment',
  ],
  [
    'a lower bound one day, a larger count the next',
    { value: null, low: 17, high: null, day: '2024-05-01' },
    { value: 23, document: 'd2', day: '2024-05-02' },
    'revision',
    'relations/bound-then-more',
  ],
  [
    'a larger lower bound the next day',
    { value: 23, day: '2024-05-01' },
    { value: null, low: 41, high: null, document: 'd2', day: '2024-05-02' },
    'revision',
    'relations/later-day',
  ],
  [
    'a bound and its own number on two days',
    { value: null, low: 13000, high: null, day: '2024-05-01' },
    { value: 13000, document: 'd2', day: '2024-05-02' },
    'same',
    'relations/agree',
  ],
  [
    'a vague magnitude and a count on two days',
    { value: null, low: 2000, high: null, vague: true, day: '2024-05-01' },
    { value: 20000, document: 'd2', day: '2024-05-02' },
    'same',
    'relations/agree',
  ],
  [
    'more bodies found beside the total so far',
    { value: 8, incremental: true, sentence: 0 },
    { value: 61, totalCue: 'so-far', sentence: 0 },
    'part',
    'relations/increment-in-total',
  ],
  [
    'a part of those hurt beside the injured added',
    { value: 5, partCue: true, sentence: 90 },
    { value: 20, incremental: true, sentence: 0 },
    'part',
    'relations/part-of-increment',
  ],
  [
    'a part cue larger than the increment beside it',
    { value: 30, partCue: true, sentence: 90 },
    { value: 20, incremental: true, sentence: 0 },
    'increment',
    'relations/increment',
  ],
  [
    'a second deployment after the first (no total)',
    { value: 11000, sentence: 0 },
    { value: 4000, incremental: true, sentence: 0 },
    'increment',
    'relations/increment',
  ],
  [
    'an increment larger than the total cue beside it',
    { value: 900, incremental: true },
    { value: 300, totalCue: 'sum' },
    'increment',
    'relations/increment',
  ],
  [
    'a count beside the total of its article',
    { value: 180, sentence: 40 },
    { value: 191, totalCue: 'sum', sentence: 0 },
    'part',
    'relations/smaller-than-sum',
  ],
  [
    'an earlier toll beside the toll so far',
    { value: 180, sentence: 40 },
    { value: 191, totalCue: 'so-far', sentence: 0 },
    'revision',
    'relations/fallback',
  ],
  [
    'two named sources in one article, one giving a total',
    { value: 30, source: 'police' },
    { value: 35, totalCue: 'sum', source: 'mayor' },
    'conflict',
    'relations/same-moment',
  ],
  [
    'a sum and its conversion in brackets',
    { value: 4.2e9, unit: 'EUR', sentence: 0 },
    { value: 4.6e9, unit: 'USD', sentence: 0, converts: true },
    'same',
    'relations/currency-conversion',
  ],
  [
    // "The US pledged $50 million and the EU €45 million": no cue that one converts the other.
    'two sums in two currencies side by side, neither cued as a conversion',
    { value: 50e6, unit: 'USD', sentence: 0 },
    { value: 45e6, unit: 'EUR', sentence: 0 },
    'different',
    'relations/sums-side-by-side',
  ],
  [
    // Another article restates the EU's €45 million against the $50 million an article told apart from it.
    'a sum another article told apart from a sum in another currency',
    { value: 50e6, unit: 'USD', sentence: 0, apartFrom: new Set(['EUR:45000000']) },
    { value: 45e6, unit: 'EUR', sentence: 0, document: 'd2', day: '2024-03-03' },
    'different',
    'relations/sums-side-by-side',
  ],
  [
    'two currencies in two sentences',
    { value: 4.2e9, unit: 'EUR', sentence: 0, day: null },
    { value: 4.6e9, unit: 'USD', sentence: 90, day: null },
    'same',
    'relations/other-currency',
  ],
  [
    'two undated ranges of one estimate, stated and hedged',
    { value: null, low: 300, high: 900, day: null },
    { value: null, low: 300, high: 1400, status: 'possible', document: 'd2', day: null },
    'conflict',
    'relations/undated-estimates',
  ],
  [
    'two undated ranges that agree',
    { value: null, low: 300, high: 900, day: null },
    { value: null, low: 300, high: 900, document: 'd2', source: 'outlet:b', day: null },
    'same',
    'relations/agree',
  ],
  [
    'two undated ranges of one article',
    { value: null, low: 300, high: 900, day: null },
    { value: null, low: 450, high: 1400, day: null },
    'revision',
    'relations/fallback',
  ],
  [
    "two insurers on a flood's losses, a day apart",
    { value: 9e8, approximate: true, measure: 'losses', source: 'insurer', day: '2024-05-01' },
    { value: 1.4e9, measure: 'losses', source: 'broker', document: 'd2', day: '2024-05-02' },
    'conflict',
    'relations/event-estimates',
  ],
  [
    "a march's crowd: police against an outlet's lower bound the next day",
    { value: 150000, measure: 'attendance', source: 'police', day: '2024-03-01' },
    { value: null, low: 250000, high: null, measure: 'attendance', document: 'd2', day: '2024-03-02' },
    'conflict',
    'relations/event-estimates',
  ],
  [
    "a wildfire's damage re-estimated weeks later",
    { value: 9e8, measure: 'losses', source: 'insurer', day: '2024-05-01' },
    { value: 1.4e9, measure: 'losses', source: 'broker', document: 'd2', day: '2024-05-20' },
    'revision',
    'relations/later-day',
  ],
  [
    'a crowd figure the article marks as the earlier one',
    { value: 40000, measure: 'attendance', earlier: true },
    { value: 60000, measure: 'attendance', document: 'd2' },
    'revision',
    'relations/earlier-cue',
  ],
  [
    'a toll from two outlets a day apart (a running tally, not fixed at the event)',
    { value: 40, measure: 'deaths', day: '2024-03-01' },
    { value: 52, measure: 'deaths', document: 'd2', source: 'outlet:b', day: '2024-03-02' },
    'revision',
    'relations/later-day',
  ],
  [
    'two crowd estimates that agree',
    { value: 20000, approximate: true, measure: 'attendance' },
    { value: 21000, measure: 'attendance', document: 'd2', source: 'police' },
    'same',
    'relations/agree',
  ],
  [
    "two exact sums of a storm's losses in two articles (more often two sectors than two estimates)",
    { value: 1.9e9, measure: 'losses', source: 'insurer' },
    { value: 1.5e9, measure: 'losses', source: 'broker', document: 'd2' },
    'conflict',
    'relations/same-moment',
  ],
  [
    "two exact sums of a storm's losses in two undated articles",
    { value: 1.9e9, measure: 'losses', source: 'insurer', day: null },
    { value: 1.5e9, measure: 'losses', source: 'broker', document: 'd2', day: null },
    'revision',
    'relations/fallback',
  ],
  [
    'an aid package in euros and in dollars, in two articles',
    { value: 4.2e9, unit: 'EUR', day: null },
    { value: 4.6e9, unit: 'USD', document: 'd2', source: 'minister', day: null },
    'same',
    'relations/other-currency',
  ],
  [
    'relations/giver-in-total: a donor\'s 90 million kronor and "total pledges to $31 million" elsewhere',
    { value: 9e7, unit: 'SEK', measure: 'pledges', source: 'sweden', day: '2025-10-07' },
    {
      value: 3.1e7,
      unit: 'USD',
      measure: 'pledges',
      source: 'canada',
      document: 'd2',
      day: '2025-10-09',
      totalCue: 'sum',
    },
    'part',
    'relations/other-currency',
  ],
  [
    "two donors' pledges in two currencies, far apart, neither a total: two things",
    { value: 9e7, unit: 'SEK', measure: 'pledges', source: 'sweden', day: '2025-10-07' },
    { value: 4e6, unit: 'USD', measure: 'pledges', source: 'canada', document: 'd2', day: '2025-10-09' },
    'different',
    'relations/other-currency',
  ],
  [
    "a storm's forecast losses beside one sector's in the same article (a forecast, not a plan)",
    { value: 1.9e9, measure: 'losses', source: 'insurer', sentence: 0 },
    { value: 5.4e9, status: 'planned', measure: 'losses', source: 'insurer', sentence: 90 },
    'part',
    'relations/smaller-in-same-article',
  ],
  [
    "a festival's expected crowd and the crowd that came",
    { value: 50000, status: 'planned', measure: 'attendance', day: '2024-06-01' },
    { value: 42000, measure: 'attendance', document: 'd2', day: '2024-06-03' },
    'revision',
    'relations/plan-outcome',
  ],
  [
    'an undated range planned against one estimated',
    { value: null, low: 300, high: 900, day: null, status: 'planned' },
    { value: null, low: 450, high: 1400, document: 'd2', day: null },
    'revision',
    'relations/plan-outcome',
  ],
  [
    'relations/round-pair-differs: "$3.5 billion" and "$3.6 billion" from two sources the same day',
    { value: 3.5e9 },
    { value: 3.6e9, document: 'd2', source: 'outlet:b' },
    'conflict',
    'relations/same-moment',
  ],
  [
    'relations/bound-far-below: "at least 48 dead" and 94 dead in undated articles',
    { value: null, low: 48, high: null, day: null },
    { value: 94, document: 'd2', day: null, source: 'outlet:b' },
    'revision',
    'relations/bound-then-more',
  ],
  [
    '"more than 8 million" and 8.5 million in undated articles are one reading',
    { value: null, low: 8e6, high: null, day: null },
    { value: 8.5e6, document: 'd2', day: null, source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    'relations/vague-ceiling: "dozens missing" one day and 1,900 missing the next are no one reading',
    { value: null, low: 24, high: null, vague: true },
    { value: 1900, document: 'd2', day: '2024-03-02' },
    'revision',
    'relations/later-day',
  ],
  [
    '"dozens killed" one day and 126 dead the next are no one reading',
    { value: null, low: 24, high: null, vague: true },
    { value: 126, document: 'd2', day: '2024-03-02' },
    'revision',
    'relations/later-day',
  ],
  [
    '"thousands lined the route" beside "about 20,000" stay one reading (a vague plural reaches far)',
    { value: null, low: 2000, high: null, vague: true },
    { value: 20000, approximate: true, document: 'd2', source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    'relations/same-article-part: three pupils hurt and "five of the injured pupils" in one article',
    { value: 3, sentence: 0 },
    { value: 5, sentence: 80 },
    'part',
    'relations/same-article-part',
  ],
  [
    'two readings of one article that the text dates apart are two moments',
    { value: 94, sentence: 0, about: '2024-03-01' },
    { value: 126, sentence: 80, about: '2024-03-03' },
    'revision',
    'relations/fallback',
  ],
  [
    'two ranges of one loss in one article are two estimates, not one within the other',
    { value: null, low: 8e9, high: 14e9, sentence: 0 },
    { value: null, low: 10.5e9, high: 17.5e9, sentence: 90 },
    'revision',
    'relations/fallback',
  ],
  [
    'two undated reports naming the same weekday as their day: one moment, whatever its week',
    { value: 48, day: null, weekday: 2, source: 'outlet:a' },
    { value: 52, day: null, weekday: 2, document: 'd2', source: 'outlet:b' },
    'conflict',
    'relations/same-weekday-undated',
  ],
  [
    'two undated reports naming two weekdays: the toll moved on',
    { value: 48, day: null, weekday: 2, source: 'outlet:a' },
    { value: 52, day: null, weekday: 3, document: 'd2', source: 'outlet:b' },
    'revision',
    'relations/fallback',
  ],
  [
    'an undated report without a weekday is of no moment to compare',
    { value: 48, day: null, source: 'outlet:a' },
    { value: 52, day: null, document: 'd2', source: 'outlet:b' },
    'revision',
    'relations/fallback',
  ],
  [
    'relations/far-within-bound: a range of payouts far under "claims could reach up to $3 billion"',
    { value: null, low: 350e6, high: 700e6 },
    { value: null, low: null, high: 3e9, source: 'outlet:b' },
    'part',
    'relations/far-within-bound',
  ],
  [
    // "temperatures hit 46C" / "drove the mercury to 46.3 degrees": the whole degree is the reading rounded.
    'relations/agree (decimal rounding): a whole number that is the other reading rounded',
    { value: 46, unit: 'celsius' },
    { value: 46.3, unit: 'celsius', source: 'outlet:b', day: '2024-03-02', about: '2024-03-02' },
    'same',
    'relations/agree',
  ],
  [
    // "inflation could reach 2.4%" / "inflation was 2.6%": 2.6 rounds to no 2.4.
    'relations/agree (decimal rounding): two readings of one decimal place stay apart',
    { value: 2.4, unit: 'percent', document: 'd2', day: '2024-03-02' },
    { value: 2.6, unit: 'percent', source: 'outlet:b' },
    'revision',
    'relations/later-day',
  ],
  [
    // "at least 3.1 million accounts were hit" / "4 days later, 3.14 million accounts": the bound is the count rounded.
    'relations/bound-then-more: a round bound the later count rounds to is the same reading',
    { value: null, low: 3.1e6, high: null },
    { value: 3.14e6, document: 'd2', day: '2024-03-05', source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    // "at least 17 were killed" / 18 a day later: a bound that is no rounding of the count was passed.
    'relations/bound-then-more: a count past a bound that is no rounding of it is a later reading',
    { value: null, low: 17, high: null },
    { value: 18, document: 'd2', day: '2024-03-02', source: 'outlet:b' },
    'revision',
    'relations/bound-then-more',
  ],
  [
    // "at least 1,600 homes flooded" (Monday) / "1,650 homes" (Wednesday): 1,650 rounds to 1,700 at hundreds, the
    // bound's own precision, so the count rose past it.
    'relations/bound-then-more: a later count within 5% of a round bound that does not round to it rose past it',
    { value: null, low: 1600, high: null },
    { value: 1650, document: 'd2', day: '2024-03-03', source: 'outlet:b' },
    'revision',
    'relations/bound-then-more',
  ],
  [
    // "at least 1,600 homes flooded" / "1,620 homes" two days later: at hundreds it is the bound, told finer.
    'relations/bound-then-more: a later count that rounds to the bound at its hundreds is the same reading',
    { value: null, low: 1600, high: null },
    { value: 1620, document: 'd2', day: '2024-03-03', source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    // "at least 2.6 million subscribers were affected" / "2.64 million" days later: the bound with more digits.
    'relations/bound-then-more: millions told with one more decimal that round to the bound are the same reading',
    { value: null, low: 2.6e6, high: null },
    { value: 2.64e6, document: 'd2', day: '2024-03-04', source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    // "at least 2.6 million subscribers" / "2.66 million" days later: 2.66 rounds to 2.7, past the bound.
    'relations/bound-then-more: millions that round above the bound at its decimal rose past it',
    { value: null, low: 2.6e6, high: null },
    { value: 2.66e6, document: 'd2', day: '2024-03-04', source: 'outlet:b' },
    'revision',
    'relations/bound-then-more',
  ],
  [
    // "vacancy rate of 4.6%" (March) / "the vacancy rate hit 5%" a week later: a move, not a rounding.
    'relations/agree (decimal rounding): a whole percent far from the finer earlier reading is a move',
    { value: 4.6, unit: 'percent' },
    { value: 5, unit: 'percent', document: 'd2', day: '2024-03-08', source: 'outlet:b' },
    'revision',
    'relations/later-day',
  ],
  [
    // "a 1-metre rise" / "a 1.4-metre rise" a day later: 1 is no rounding of 1.4 (millions are whole numbers here).
    'relations/agree (decimal rounding): a whole number 40% below the other is no rounding of it',
    { value: 1 },
    { value: 1.4, document: 'd2', day: '2024-03-02', source: 'outlet:b' },
    'revision',
    'relations/later-day',
  ],
  [
    // "turnout stood at 4.1%" / "4.14% of voters" days later: the coarse reading is the fine one rounded.
    'relations/agree (decimal rounding): a reading one decimal coarser and within rounding stays the same',
    { value: 4.1, unit: 'percent' },
    { value: 4.14, unit: 'percent', document: 'd2', day: '2024-03-04', source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
  [
    // "had killed at least 52" (Monday) / "78, up from 52 a day earlier" (Tuesday): the earlier value restated.
    "relations/earlier-cue: an earlier value that restates the other article's number is the same reading",
    { value: null, low: 52, high: null },
    { value: 52, document: 'd2', day: '2024-03-01', earlier: true, source: 'outlet:b' },
    'same',
    'relations/agree',
  ],
];

describe('relation rules (table)', () => {
  it.each(PAIRS)('%s', (_what, a, b, type, by) => {
    const got = relate(reading({ id: 'a', ...a }), reading({ id: 'b', ...b }));
    expect(got).toEqual({ type, by });
  });

  it('lists each pair once, earlier or part first, and leaves out pairs that are the same', () => {
    const rel = figureRelations([
      reading({ id: 'late', value: 27, day: '2024-03-02', document: 'd2', order: 1 }),
      reading({ id: 'early', value: 19, day: '2024-03-01' }),
      reading({ id: 'copy', value: 19, day: '2024-03-01', document: 'd3', source: 'outlet:c', order: 2 }),
    ]);
    expect(rel.map((r) => `${r.a}>${r.b}:${r.type}`).sort()).toEqual(['copy>late:revision', 'early>late:revision']);
  });
});

describe('parts of a whole figure', () => {
  const rel = (part: Partial<RelationClaim>, whole: Partial<RelationClaim>) =>
    partRelations(
      [reading({ id: 'p', scope: 'ada-county', ...part })],
      [reading({ id: 'w', document: 'd2', ...whole })],
    );

  it.each([
    [
      "a county toll inside the next day's statewide toll",
      { value: 41 },
      { value: 70, day: '2024-03-02' },
      'p>w:part:relations/part-of-whole',
    ],
    ['a county toll above a whole of the same day', { value: 50 }, { value: 40 }, 'p>w:part:relations/part-of-whole'],
    [
      'a scoped toll a day later above the whole (the whole under another name)',
      { value: 33, day: '2024-03-02' },
      { value: 11, day: '2024-03-01' },
      'w>p:revision:relations/part-exceeds-whole',
    ],
    [
      'a vague scoped count above the whole',
      { value: null, low: 2000, high: null, vague: true, day: '2024-03-02' },
      { value: 11 },
      'p>w:part:relations/part-of-whole',
    ],
  ] as Array<[string, Partial<RelationClaim>, Partial<RelationClaim>, string]>)('%s', (_what, part, whole, want) => {
    expect(rel(part, whole).map((r) => `${r.a}>${r.b}:${r.type}:${r.by}`)).toEqual([want]);
  });
});

function figures(claims: ClaimInput[], docs: DocMeta[], storyOf?: Map<string, string>) {
  const map = docMap(docs);
  return buildFigures(claims, map.values(), [], { provenance: provenanceIndex(map.values(), []), storyOf }).figures;
}

describe('figures and relations over constructed corpora', () => {
  it('reads a toll rising over four days from three outlets as revisions, never conflicts', () => {
    const days = ['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04'];
    const outlets = ['River Post', 'Delta Radio', 'Valley Times', 'River Post'];
    const docs = days.map((d, i) => doc(`d${i}`, { outlet: outlets[i]!, published: d, asOf: d }));
    const claims = [12, 19, 27, 31].map((v, i) =>
      claim({ id: `c${i}`, document: `d${i}`, value: v, measure: 'people', action: 'kill', said: days[i]! }),
    );
    const [fig, ...rest] = figures(claims, docs);
    expect(rest).toEqual([]);
    expect(fig!.relations!.map((r) => r.type)).toEqual(Array(6).fill('revision'));
    expect(fig!.relations!.find((r) => r.a === 'c2' && r.b === 'c3')).toBeDefined();
    expect((fig!.reconciliation as { best: { value: number } }).best.value).toBe(31);
  });

  it('relations/as-of-when: a toll an article dates to an earlier day is an earlier point, not a rival', () => {
    // Wednesday: "The toll rose to 61; on Monday it stood at 38" (Lake Post); "61 dead" (Hill Radio).
    const docs = [
      doc('a', { outlet: 'Lake Post', asOf: '2024-03-06' }),
      doc('b', { outlet: 'Hill Radio', asOf: '2024-03-06' }),
    ];
    const claims = [
      claim({ id: 'monday', document: 'a', value: 38, measure: 'deaths', action: 'kill', when: '2024-03-04' }),
      claim({ id: 'now', document: 'b', value: 52, measure: 'deaths', action: 'kill' }),
    ];
    const [fig] = figures(claims, docs);
    expect(fig!.relations).toEqual([{ a: 'monday', b: 'now', type: 'revision', by: 'relations/later-day' }]);
    // A day after the article's own is no as-of day: the two readings are of one day, and disagree.
    const [same] = figures([{ ...claims[0]!, when: '2024-03-08' }, claims[1]!], docs);
    expect(same!.relations!.map((r) => r.type)).toEqual(['conflict']);
  });

  it('flags two outlets that give different tolls on the same day', () => {
    const docs = [
      doc('a', { outlet: 'Harbour Times', asOf: '2024-05-03' }),
      doc('b', { outlet: 'Coast Radio', asOf: '2024-05-03' }),
    ];
    const [fig] = figures(
      [
        claim({ id: 'x', document: 'a', value: 40, measure: 'deaths', action: 'kill' }),
        claim({ id: 'y', document: 'b', value: 52, measure: 'deaths', action: 'kill' }),
      ],
      docs,
    );
    expect(fig!.relations).toEqual([{ a: 'x', b: 'y', type: 'conflict', by: 'relations/same-moment' }]);
  });

  it("tells a source's own higher toll the next day as a revision, in the relations and the reconciliation", () => {
    const docs = [
      doc('a', { outlet: 'Harbour Times', asOf: '2024-05-03' }),
      doc('b', { outlet: 'Harbour Times', asOf: '2024-05-04' }),
      doc('c', { outlet: 'Coast Radio', asOf: '2024-05-04' }),
    ];
    const claims = [
      claim({ id: 'x', document: 'a', value: 40, measure: 'deaths', action: 'kill' }),
      claim({ id: 'y', document: 'b', value: 52, measure: 'deaths', action: 'kill' }),
      claim({ id: 'z', document: 'c', value: 45, measure: 'deaths', action: 'kill' }),
    ];
    const [fig] = figures(claims, docs);
    const types = Object.fromEntries(fig!.relations!.map((r) => [`${r.a}>${r.b}`, r.type]));
    expect(types).toEqual({ 'x>y': 'revision', 'x>z': 'revision', 'y>z': 'conflict' });
    const rec = fig!.reconciliation as { disagreements: Array<{ kind: string; claims: string[] }> };
    const conflicts = rec.disagreements.filter((d) => d.kind === 'conflict');
    expect(conflicts.map((d) => [...d.claims].sort())).toEqual([['y', 'z']]);
  });

  it('keeps each county apart from the statewide toll and relates it as a part', () => {
    const docs = [doc('s', { asOf: '2024-09-30' })];
    const claims = [
      claim({ id: 'state', document: 's', value: 70, measure: 'people', action: 'kill' }),
      claim({ id: 'ada', document: 's', value: 41, measure: 'people', action: 'kill', scope: 'ada-county' }),
      claim({ id: 'boone', document: 's', value: 9, measure: 'people', action: 'kill', scope: 'boone-county' }),
    ];
    const figs = figures(claims, docs);
    expect(figs).toHaveLength(3);
    const whole = figs.find((f) => f.claims.includes('state'))!;
    const ada = figs.find((f) => f.claims.includes('ada'))!;
    expect(ada.partOf).toBe(whole.id);
    expect(ada.label).toMatch(/\(Ada County\)$/);
    expect(ada.relations).toEqual([{ a: 'ada', b: 'state', type: 'part', by: 'relations/part-of-whole' }]);
    // Two counties are different figures: no relation listed, so they read as different.
    expect(figs.flatMap((f) => f.relations ?? []).some((r) => r.a === 'ada' && r.b === 'boone')).toBe(false);
  });

  it.each([
    // "Four deaths were reported in Kelso County; the storm has killed nine across Ostland."
    ['a county inside the wider place of its article', 'kelso-county', 4, 'ostland', 9, 'part'],
    // "Two died in Varn Parish; the storm killed 30 in the delta region."
    ['a parish inside a region', 'varn-parish', 2, 'delta-region', 30, 'part'],
    // "Eleven died in Marlow District, three in Tesk": the wider count is smaller, no part.
    ['a smaller count of the other place', 'marlow-district', 11, 'tesk', 3, null],
    // "Five died in Ada County, nine in Boone County": two places of one level.
    ['two counties', 'ada-county', 5, 'boone-county', 9, null],
  ])('relations/place-in-wider-place: %s', (_what, subScope, sub, wideScope, wide, type) => {
    const docs = [doc('s', { asOf: '2024-09-27' }), doc('t', { asOf: '2024-09-28' })];
    const claims = [
      claim({ id: 'sub', document: 's', value: sub, measure: 'people', action: 'kill', scope: subScope }),
      claim({ id: 'wide', document: 's', value: wide, measure: 'people', action: 'kill', scope: wideScope }),
      // Another article's count of the wider place: no article tells they were counted together.
      claim({ id: 'later', document: 't', value: wide + 20, measure: 'people', action: 'kill', scope: wideScope }),
    ];
    const rels = figures(claims, docs).flatMap((f) => f.relations ?? []);
    const found = rels.find((r) => r.a === 'sub' && r.b === 'wide');
    expect(found?.type ?? null).toBe(type);
    if (type) expect(found?.by).toBe('relations/place-in-wider-place');
    expect(rels.some((r) => r.a === 'sub' && r.b === 'later')).toBe(false);
  });

  it.each([
    // "Officials in Tarn County counted 40 dead; the state reported 15 additional deaths in other counties."
    ['an increment smaller than the place count adds to it', 40, 15, 'increment', 'relations/increment-beside-place'],
    // "Another 60 died on Friday, 12 of them in Tarn County."
    ['a place count inside a larger increment is a part of it', 12, 60, 'part', 'relations/part-of-whole'],
  ])('%s', (_what, place, more, type, by) => {
    const docs = [doc('s', { asOf: '2024-09-27' })];
    const claims = [
      claim({ id: 'place', document: 's', value: place, measure: 'people', action: 'kill', scope: 'tarn-county' }),
      claim({ id: 'more', document: 's', value: more, measure: 'people', action: 'kill', incremental: true }),
    ];
    const rels = figures(claims, docs).flatMap((f) => f.relations ?? []);
    expect(rels.find((r) => r.a === 'place' && r.b === 'more')).toEqual({ a: 'place', b: 'more', type, by });
  });

  it('figures/place-of-a-count: the towns of an evacuation are parts of it, and apart from one another', () => {
    // "Evacuations grew to 4,500: 2,600 in Arnby, 1,100 in Fell" / "1,200 people were evacuated" the day before.
    const docs = [doc('e1', { asOf: '2024-06-09' }), doc('e2', { asOf: '2024-06-10' })];
    const claims = [
      claim({ id: 'first', document: 'e1', value: 1200, measure: 'people', action: 'evacuate' }),
      claim({ id: 'total', document: 'e2', value: 4500, measure: 'people', action: 'evacuate' }),
      claim({ id: 'arnby', document: 'e2', value: 2600, measure: 'people', action: 'evacuate', scope: 'arnby' }),
      claim({ id: 'fell', document: 'e2', value: 1100, measure: 'people', action: 'evacuate', scope: 'fell' }),
    ];
    const figs = figures(claims, docs);
    const whole = figs.find((f) => f.claims.includes('total'))!;
    expect(whole.claims).toEqual(['first', 'total']);
    const arnby = figs.find((f) => f.claims.includes('arnby'))!;
    expect(arnby.claims).toEqual(['arnby']);
    expect(arnby.partOf).toBe(whole.id);
    expect(arnby.label).toBe('People evacuated (Arnby)');
    expect(figs.find((f) => f.claims.includes('fell'))!.id).not.toBe(arnby.id);
    // One place alone is most often the whole under its name: it stays in the figure.
    const one = figures([claims[0]!, claims[1]!, claims[2]!], docs);
    expect(one.find((f) => f.claims.includes('arnby'))!.claims).toContain('total');
  });

  it('keeps figures of two stories apart even when they count the same thing', () => {
    const docs = [doc('f1'), doc('f2'), doc('e1')];
    const storyOf = new Map([
      ['f1', 'story-flood'],
      ['f2', 'story-flood'],
      ['e1', 'story-election'],
    ]);
    const claims = [
      claim({ id: 'a', document: 'f1', value: 2000, measure: 'people', action: 'evacuate' }),
      claim({ id: 'b', document: 'f2', value: 2500, measure: 'people', action: 'evacuate' }),
      claim({ id: 'c', document: 'e1', value: 300, measure: 'people', action: 'evacuate' }),
    ];
    const figs = figures(claims, docs, storyOf);
    expect(figs.map((f) => [f.story, f.claims])).toEqual([
      ['story-flood', ['a', 'b']],
      ['story-election', ['c']],
    ]);
  });

  it('figures/event-without-noun: a toll that names no noun joins the event figure', () => {
    const docs = [doc('t1', { asOf: '2024-08-02' }), doc('t2', { asOf: '2024-08-03' })];
    const claims = [
      // "The death toll from the landslide rose to 48": the verb of the event, no noun counted.
      claim({ id: 'toll', document: 't1', value: 48, measure: null, action: 'kill' }),
      claim({ id: 'people', document: 't2', value: 52, measure: 'people', action: 'kill' }),
      claim({ id: 'bare', document: 't2', value: 7, measure: null, action: 'open' }),
    ];
    const figs = figures(claims, docs);
    expect(figs.map((f) => f.claims)).toEqual([['toll', 'people']]);
  });

  it('figures/past-year-when: a count dated years before its article is another event, apart and no part', () => {
    const docs = [doc('q1', { asOf: '2025-03-02' })];
    const claims = [
      // "The quake killed 120, fewer than the 300 who died in the 2019 quake."
      claim({ id: 'now', document: 'q1', value: 120, measure: 'people', action: 'kill' }),
      claim({ id: 'then', document: 'q1', value: 300, measure: 'people', action: 'kill', when: '2019' }),
      claim({ id: 'lastyear', document: 'q1', value: 90, measure: 'people', action: 'kill', when: '2024' }),
      // figures/since-past-year: "the deadliest since 2011, when 85 died".
      claim({ id: 'since', document: 'q1', value: 85, measure: 'people', action: 'kill', when: '2011/' }),
    ];
    const figs = figures(claims, docs);
    const then = figs.find((f) => f.claims.includes('then'))!;
    expect(then.claims).toEqual(['then']);
    expect(then.partOf ?? null).toBe(null);
    expect(
      figs.flatMap((f) => f.relations ?? []).some((r) => r.type === 'part' && (r.a === 'then' || r.b === 'then')),
    ).toBe(false);
    expect(figs.find((f) => f.claims.includes('now'))!.claims).toContain('lastyear');
    expect(figs.find((f) => f.claims.includes('since'))!.claims).toEqual(['since']);
  });

  it('figures/projection-apart: a count that could be reached after the article is no reading of the count so far', () => {
    const docs = [doc('o1', { asOf: '2025-03-04' }), doc('o2', { asOf: '2025-03-06' })];
    const claims = [
      // "410 cases so far; cases could reach 2,000 by April" / "cases could top 500 this week" / "520 cases".
      claim({ id: 'now', document: 'o1', value: 410, measure: 'cases', action: 'record' }),
      claim({ id: 'april', document: 'o1', value: 2000, measure: 'cases', status: 'possible', when: '/2025-04' }),
      claim({ id: 'week', document: 'o1', value: 500, measure: 'cases', action: 'record', status: 'possible' }),
      claim({ id: 'later', document: 'o2', value: 520, measure: 'cases', action: 'record' }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('april'))!.claims).toEqual(['april']);
    expect(figs.find((f) => f.claims.includes('now'))!.claims.sort()).toEqual(['later', 'now']);
    // Undated, above the count beside it: where it could go too (figures/projection-beyond-count).
    expect(figs.find((f) => f.claims.includes('week'))!.claims).toEqual(['week']);
    const rels = figs.flatMap((f) => f.relations ?? []);
    expect(rels.some((r) => r.a === 'april' || r.b === 'april')).toBe(false);
  });

  it('figures/projection-beyond-count: where a count could go, beside the count, is a figure of its own', () => {
    const docs = [doc('p1', { asOf: '2025-05-18' }), doc('p2', { asOf: '2025-05-19' })];
    const claims = [
      // "Turnout reached 41 percent by 3 p.m. and could exceed 70 percent" / "Final turnout was 67 percent".
      claim({ id: 'noon', document: 'p1', value: 41, measure: 'turnout', action: null, unit: 'percent' }),
      claim({
        id: 'could',
        document: 'p1',
        value: 70,
        measure: 'turnout',
        action: null,
        unit: 'percent',
        status: 'possible',
      }),
      claim({ id: 'final', document: 'p2', value: 67, measure: 'turnout', action: null, unit: 'percent' }),
      // A hedged reading below the stated one is an estimate of it.
      claim({
        id: 'low',
        document: 'p2',
        value: 60,
        measure: 'turnout',
        action: null,
        unit: 'percent',
        status: 'possible',
      }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('could'))!.claims).toEqual(['could']);
    expect(figs.find((f) => f.claims.includes('final'))!.claims.sort()).toEqual(['final', 'low', 'noon']);
  });

  it('relations/increment-of-story: an increment whose article gives no base adds to the count before it', () => {
    const docs = [
      doc('i1', { outlet: 'Ridge Post', asOf: '2025-07-15' }),
      doc('i2', { outlet: 'Valley Radio', asOf: '2025-07-16' }),
      doc('i3', { outlet: 'Hill Times', asOf: '2025-07-16' }),
    ];
    const crews = (id: string, document: string, value: number, incremental = false) =>
      claim({ id, document, value, measure: 'firefighters', action: 'deploy', incremental });
    // "1,400 firefighters are on the fire" / "An additional 300 firefighters arrived" / "1,750 now, 300 more today".
    const claims = [crews('base', 'i1', 1400), crews('more', 'i2', 300, true), crews('own', 'i3', 1750)];
    claims.push(crews('more3', 'i3', 300, true));
    const rels = figures(claims, docs).flatMap((f) => f.relations ?? []);
    const typeOf = (a: string, b: string) => rels.find((r) => r.a === a && r.b === b);
    expect(typeOf('base', 'more')).toMatchObject({ type: 'increment', by: 'relations/increment-of-story' });
    expect(typeOf('base', 'more3')?.type).not.toBe('increment');
  });

  it('relations/increment-sums-to-total: an increment adds to the earlier count that makes the total of its article', () => {
    const docs = [
      doc('t1', { outlet: 'Delta Wire', asOf: '2025-03-02' }),
      doc('t2', { outlet: 'Coast Daily', asOf: '2025-03-03' }),
    ];
    const cases = (id: string, document: string, value: number, incremental = false) =>
      claim({ id, document, value, measure: 'cases', action: 'confirm', incremental });
    // "Health officials have confirmed 52 cases of cholera." / "The count reached 70 after 18 new cases were
    // confirmed overnight." / "Another 5 cases were confirmed in the camp" (adds to no total the article states).
    const claims = [cases('base', 't1', 52), cases('total', 't2', 70), cases('new', 't2', 18, true)];
    claims.push(cases('camp', 't2', 5, true));
    const rels = figures(claims, docs).flatMap((f) => f.relations ?? []);
    const typeOf = (a: string, b: string) => rels.find((r) => r.a === a && r.b === b);
    expect(typeOf('base', 'new')).toMatchObject({ type: 'increment', by: 'relations/increment-sums-to-total' });
    expect(typeOf('base', 'camp')?.type).not.toBe('increment');
  });

  it('relations/increment-sums-to-total: "at least 16 killed", then "rose to 21 after another five bodies" elsewhere', () => {
    const docs = [
      doc('s1', { outlet: 'Hill Courier', asOf: '2025-11-03' }),
      doc('s2', { outlet: 'Plains Gazette', asOf: '2025-11-05' }),
    ];
    const dead = (id: string, document: string, over: Partial<ClaimInput>) =>
      claim({ id, document, measure: 'people', action: 'kill', ...over });
    const claims = [
      dead('bound', 's1', { value: null, low: 16, high: null, source: 'police' }),
      dead('toll', 's2', { value: 21, source: 'regional governor' }),
      dead('more', 's2', { value: 5, incremental: true, source: 'regional governor' }),
    ];
    const rels = figures(claims, docs).flatMap((f) => f.relations ?? []);
    expect(rels.find((r) => r.a === 'bound' && r.b === 'more')).toMatchObject({
      type: 'increment',
      by: 'relations/increment-sums-to-total',
    });
  });

  it('relations/increment-onto-restated-base: "another 90 medics joined the 240" adds to the 240 an earlier article gave', () => {
    const docs = [
      doc('m1', { outlet: 'Hill Courier', asOf: '2025-06-01' }),
      doc('m2', { outlet: 'Plains Gazette', asOf: '2025-06-02' }),
    ];
    const medics = (id: string, document: string, value: number, over: Partial<ClaimInput> = {}) =>
      claim({ id, document, value, measure: 'medics', action: 'deploy', ...over });
    const claims = [
      medics('base', 'm1', 240, { source: 'health ministry' }),
      medics('more', 'm2', 90, { incremental: true, source: 'red cross' }),
      medics('restated', 'm2', 240, { source: 'red cross' }),
    ];
    const rels = figures(claims, docs).flatMap((f) => f.relations ?? []);
    expect(rels.find((r) => r.a === 'base' && r.b === 'more')).toMatchObject({
      type: 'increment',
      by: 'relations/increment-onto-restated-base',
    });
  });

  it('figures/group-alone-is-whole: a group of the dead in an article with no other toll is its toll', () => {
    const docs = [
      doc('g1', { asOf: '2025-06-09' }),
      doc('g2', { asOf: '2025-06-11' }),
      doc('g3', { asOf: '2025-06-11' }),
    ];
    const claims = [
      // "Two workers were killed in the blast." / "The death toll rose to three." / "Five died, two of them workers."
      claim({ id: 'workers', document: 'g1', value: 2, measure: 'workers', action: 'kill', scope: 'worker' }),
      claim({ id: 'toll', document: 'g2', value: 3, measure: 'people', action: 'kill' }),
      claim({ id: 'five', document: 'g3', value: 5, measure: 'people', action: 'kill' }),
      claim({ id: 'among', document: 'g3', value: 2, measure: 'workers', action: 'kill', scope: 'worker' }),
    ];
    const figs = figures(claims, docs);
    const toll = figs.find((f) => f.claims.includes('toll'))!;
    expect(toll.claims).toContain('workers');
    expect(toll.relations!.find((r) => r.a === 'workers' && r.b === 'toll')?.type).toBe('revision');
    expect(figs.find((f) => f.claims.includes('among'))!.partOf).toBe(toll.id);
  });

  it('victims counted with no verb are the dead of the event', () => {
    const docs = [doc('v1', { asOf: '2024-02-10' }), doc('v2', { asOf: '2024-02-11' })];
    const claims = [
      // "Most of the victims, 64, lived near the dam" against "the landslide killed 70 people".
      claim({ id: 'victims', document: 'v1', value: 64, measure: 'victims', action: null }),
      claim({ id: 'killed', document: 'v2', value: 70, measure: 'people', action: 'kill' }),
    ];
    expect(figures(claims, docs).map((f) => f.claims)).toEqual([['victims', 'killed']]);
  });

  it('figures/people-by-what-befell: survivors rescued are people rescued; a survivor beside the dead is not', () => {
    const docs = [doc('f1', { asOf: '2024-08-02' }), doc('f2', { asOf: '2024-08-03' })];
    const claims = [
      // "Divers rescued 40 people" / "12 more survivors were pulled out" / "the fire killed 9 and left one survivor".
      claim({ id: 'people', document: 'f1', value: 40, measure: 'people', action: 'rescue' }),
      claim({ id: 'survivors', document: 'f2', value: 12, measure: 'survivors', action: 'rescue', incremental: true }),
      claim({ id: 'dead', document: 'f2', value: 9, measure: 'people', action: 'kill' }),
      claim({ id: 'one', document: 'f2', value: 1, measure: 'survivor', action: 'kill' }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('people'))!.claims).toEqual(['people', 'survivors']);
    expect(figs.find((f) => f.claims.includes('dead'))!.claims).toEqual(['dead']);
  });

  it('figures/crowd-of-any-people: a crowd of teachers and supporters is the crowd the police counted', () => {
    const docs = [doc('m1', { asOf: '2024-06-01' })];
    const claims = [
      claim({ id: 'march', document: 'm1', value: 90000, measure: 'nurses and supporters', action: 'attend' }),
      claim({ id: 'police', document: 'm1', value: 35000, measure: 'people', action: 'attend' }),
      claim({ id: 'flags', document: 'm1', value: 500, measure: 'flags', action: 'attend' }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('march'))!.claims).toEqual(['march', 'police']);
  });

  it('figures/crowd-without-noun: a crowd with no noun joins the attendance figure', () => {
    const docs = [doc('r1', { asOf: '2024-06-01' })];
    const claims = [
      claim({ id: 'crowd', document: 'r1', value: 40000, measure: null, action: 'attend' }),
      claim({ id: 'fans', document: 'r1', value: 35000, measure: 'fans', action: 'attend' }),
      claim({ id: 'buses', document: 'r1', value: 30, measure: 'buses', action: 'attend' }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('crowd'))!.claims).toEqual(['crowd', 'fans']);
  });

  it('figures/verbless-joins-only-action: a listed count joins the one action of its measure', () => {
    const docs = [doc('s1', { asOf: '2024-11-02' }), doc('s2', { asOf: '2024-11-03' })];
    const claims = [
      // "more than 40 unions, including dockers" against "52 unions joined the strike".
      claim({ id: 'listed', document: 's1', value: 40, measure: 'unions', action: 'include' }),
      claim({ id: 'joined', document: 's2', value: 52, measure: 'unions', action: 'join' }),
      claim({ id: 'bare', document: 's2', value: 45, measure: 'unions', action: null }),
      // Two verbs of one measure: a verbless count cannot tell which it belongs to.
      claim({ id: 'built', document: 's1', value: 9, measure: 'bridges', action: 'build' }),
      claim({ id: 'closed', document: 's1', value: 4, measure: 'bridges', action: 'close' }),
      claim({ id: 'some', document: 's2', value: 6, measure: 'bridges', action: null }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('joined'))!.claims.sort()).toEqual(['bare', 'joined', 'listed']);
    expect(figs.find((f) => f.claims.includes('some'))!.claims).toEqual(['some']);
  });

  it('figures/money-loss: losses, damage and a sum a verb says was lost are one figure; other sums stay apart', () => {
    const docs = [doc('w1', { asOf: '2024-02-10' }), doc('w2', { asOf: '2024-02-12' })];
    const claims = [
      claim({ id: 'insured', document: 'w1', value: 4e9, measure: 'insured losses', action: 'estimate', money: true }),
      claim({ id: 'lost', document: 'w2', value: 6e9, measure: 'dollars', action: 'lose', money: true }),
      claim({ id: 'damage', document: 'w2', value: 5e9, measure: 'damages', action: null, money: true }),
      claim({ id: 'aid', document: 'w2', value: 2e9, measure: 'dollars', action: 'pledge', money: true }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('lost'))!.claims.sort()).toEqual(['damage', 'insured', 'lost']);
    expect(figs.find((f) => f.claims.includes('aid'))!.claims).toEqual(['aid']);
  });

  it('figures/money-loss: liabilities an insurer faces are the loss they are paid from', () => {
    const docs = [doc('w1', { asOf: '2024-02-10' })];
    const claims = [
      claim({ id: 'claims', document: 'w1', high: 3e9, low: null, measure: 'insurance claims', money: true }),
      claim({ id: 'owed', document: 'w1', low: 3e8, high: 6e8, measure: 'liabilities', action: null, money: true }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('owed'))!.claims.sort()).toEqual(['claims', 'owed']);
  });

  it('relations/narrower-scope: firefighters killed in one county are a part of the firefighters killed', () => {
    const docs = [doc('a', { asOf: '2024-09-28' }), doc('b', { asOf: '2024-09-29' })];
    const claims = [
      claim({ id: 'all', document: 'b', value: 3, measure: 'firefighters', action: 'kill', scope: 'firefighter' }),
      claim({
        id: 'county',
        document: 'a',
        value: 2,
        measure: 'firefighters',
        action: 'kill',
        scope: 'firefighter tarn-county',
      }),
      claim({ id: 'toll', document: 'b', value: 40, measure: 'people', action: 'kill' }),
    ];
    const rel = figures(claims, docs).flatMap((f) => f.relations ?? []);
    expect(rel.filter((r) => r.a === 'county').map((r) => `${r.b}:${r.type}:${r.by}`)).toContain(
      'all:part:relations/part-of-whole',
    );
  });

  it('figures/bare-sum-in-loss-article: a bare sum beside a loss estimates it; elsewhere it stays apart', () => {
    const docs = [doc('w1', { asOf: '2024-02-10' }), doc('w2', { asOf: '2024-02-10' })];
    const claims = [
      claim({ id: 'insured', document: 'w1', value: 4e9, measure: 'insured losses', action: 'estimate', money: true }),
      claim({ id: 'modeller', document: 'w1', value: 7.5e9, measure: 'dollars', action: null, money: true }),
      claim({ id: 'grant', document: 'w2', value: 3e8, measure: 'dollars', action: null, money: true }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('insured'))!.claims.sort()).toEqual(['insured', 'modeller']);
    expect(figs.find((f) => f.claims.includes('grant'))!.claims).toEqual(['grant']);
  });

  it('merges two wordings of one sum of money in a story, and leaves other sums apart', () => {
    const docs = [doc('m', { asOf: '2024-07-25' })];
    const claims = [
      claim({
        id: 'sales',
        document: 'm',
        value: 380e6,
        measure: 'dollars',
        action: 'lose',
        actor: 'airline',
        money: true,
      }),
      claim({ id: 'revenue', document: 'm', value: 380e6, measure: 'dollars', action: 'expect', money: true }),
      claim({ id: 'refunds', document: 'm', value: 170e6, measure: 'dollars', action: 'refund', money: true }),
    ];
    const figs = figures(claims, docs);
    const sales = figs.find((f) => f.claims.includes('sales'))!;
    expect(sales.claims).toContain('revenue');
    expect(sales.claims).not.toContain('refunds');
  });

  it('figures/shared-number-kind: a loss and a sum that names what else it is do not merge by number', () => {
    // "Hospitals face $1.9 billion in losses" / "the chain's revenue of $1.9 billion" / "the best estimate is $1.9
    // billion"
    const docs = [doc('h', { asOf: '2024-07-25' })];
    const claims = [
      claim({ id: 'losses', document: 'h', value: 1.9e9, measure: 'losses', action: 'cost', money: true }),
      claim({ id: 'revenue', document: 'h', value: 1.9e9, measure: 'revenue', action: 'earn', money: true }),
      claim({ id: 'bare', document: 'h', value: 1.9e9, measure: 'dollars', action: 'put', money: true }),
    ];
    const figs = figures(claims, docs);
    expect(figs.find((f) => f.claims.includes('losses'))!.claims).not.toContain('revenue');
  });
});

describe('stories', () => {
  const flood = (n: number) =>
    `Floodwaters from the Marrow River swept through Dunmore on day ${n}. The Marrow Basin Authority said crews from Kelso County were sandbagging. Governor Ilse Varga toured Dunmore.`;
  const election = (n: number) =>
    `Voters in Tarvania went to the polls for round ${n}. The Tarvanian Electoral Commission said turnout in Ostrava Province was high. Candidate Milo Brenner thanked Tarvania.`;

  it('separates two interleaved stories and labels each by the names it shares', () => {
    const index = new StoryIndex();
    for (let i = 0; i < 6; i++)
      index.add({ id: `doc${i}`, title: null, body: i % 2 ? election(i) : flood(i), published: `2024-04-0${i + 1}` });
    const { stories, storyOf } = index.stories();
    expect(stories).toHaveLength(2);
    expect(new Set(['doc0', 'doc2', 'doc4'].map((d) => storyOf.get(d))).size).toBe(1);
    expect(new Set(['doc1', 'doc3', 'doc5'].map((d) => storyOf.get(d))).size).toBe(1);
    expect(storyOf.get('doc0')).not.toBe(storyOf.get('doc1'));
    const floodStory = stories.find((s) => s.documents.includes('doc0'))!;
    expect(floodStory.label).toMatch(/Marrow|Dunmore/);
    expect([floodStory.from, floodStory.to]).toEqual(['2024-04-01', '2024-04-05']);
  });

  it('keeps one story one story, and joins copies the duplicates stage linked', () => {
    const index = new StoryIndex();
    index.add({ id: 'a', body: flood(1) });
    index.add({ id: 'b', body: 'A short note with nothing in common.' });
    const { stories } = index.stories([], [{ document: 'b', of: 'a', kind: 'version', similarity: 0.6 }]);
    expect(stories).toHaveLength(1);
  });
});

describe('claim scopes read by the corpus', () => {
  const record = (evidence: string, number: string, over: Partial<ClaimRecord> = {}) => {
    const at = evidence.indexOf(number);
    return claimInput(
      plainClaimRecord({
        id: 'c',
        document: 'd',
        evidence,
        value: 1,
        numberStart: at,
        numberEnd: at + number.length,
        measure: 'people',
        action: 'kill',
        said: '2025-01-12',
        ...over,
      }),
    );
  };

  it.each([
    ['a county in the sentence', 'At least 12 people died in Marion County.', '12', 'marion-county'],
    [
      'an older event named before the number',
      'It was the deadliest flood since the 1953 storm, which killed 300 people.',
      '300',
      'event-1953',
    ],
    ['last year is this story still', 'The 2024 season ended with 40 people dead.', '40', null],
    [
      'times/clock-not-year: a time of day before the number is no older event',
      'The ferry capsized at 7:40 p.m. (1840 GMT), and 14 people died.',
      '14',
      null,
    ],
    ['a year before the number still dates an older event', 'The 1840 flood killed 14 people.', '14', 'event-1840'],
    ['a group among the dead', 'Among the dead were 9 firefighters.', '9', null],
  ])('%s', (_what, evidence, number, scope) => {
    expect(record(evidence, number).scope).toBe(scope);
  });

  it.each([
    ['a crowd put at a number', 'Organisers put the crowd at about 40,000 by noon.', '40,000', 'attend'],
    ['the number of people present', 'The number of people present at the rally was near 12,000.', '12,000', 'attend'],
    ['a crowd of', 'A crowd of 5,000 marched to the harbour.', '5,000', 'attend'],
    ['a crowd in another clause', 'The crowd left; 30 buses were parked.', '30', null],
  ])('corpus/crowd-before: %s', (_what, evidence, number, action) => {
    expect(record(evidence, number, { measure: null, action: null }).action).toBe(action);
  });

  it.each([
    ['prisoners who fled', 'Guards said more than 60 prisoners had fled.', '60', 'prisoners', 'evacuate', 'escape'],
    ['inmates fleeing', 'About 30 inmates were fleeing across the fields.', '30', 'inmates', 'evacuate', 'escape'],
    ['detainees who fled', 'Some 45 detainees fled the camp overnight.', '45', 'detainees', 'evacuate', 'escape'],
    [
      'prisoners evacuated from a flooded jail',
      'Some 200 prisoners were evacuated.',
      '200',
      'prisoners',
      'evacuated',
      'evacuated',
    ],
    ['villagers who fled', 'About 900 villagers fled the lava.', '900', 'villagers', 'evacuate', 'evacuate'],
  ])('corpus/held-who-fled-escaped: %s', (_what, evidence, number, measure, action, expected) => {
    expect(record(evidence, number, { measure, action }).action).toBe(expected);
  });

  it.each([
    ['people without power', 'The ice storm killed 4 and left 90,000 people without power.', '90,000', 'outage'],
    ['homes that lost power', 'Winds killed two as 12,000 homes lost power.', '12,000', 'outage'],
    ['the dead beside an outage', 'The ice storm killed 4 and left 90,000 people without power.', '4', 'kill'],
    ['an outage after a toll', 'Toll rises to 9, thousands without power', 'thousands', 'outage'],
    ['homes that lost electricity', 'The blizzard killed 3 and 40,000 homes had lost electricity.', '40,000', 'outage'],
    ['farms that lost their power', 'Floods killed 5; 800 farms lost their power.', '800', 'outage'],
    ['homes with no supply', 'The gale killed 2; 30,000 homes still had no supply on Friday.', '30,000', 'outage'],
    ['customers without supply', 'Storm kills 3, leaves 5,000 customers without supply', '5,000', 'outage'],
    ['homes with no power', 'The storm killed 6 and left 14,000 homes with no power.', '14,000', 'outage'],
  ])('corpus/outage-after: %s', (_what, evidence, number, action) => {
    expect(record(evidence, number, { action: 'kill' }).action).toBe(action);
  });

  it.each([
    ['losses before the sum', 'Wildfire losses will be about $4 billion.', '$4 billion', 'dollars', 'lose'],
    ['no loss in its clause', 'The city pledged $40 million for schools.', '$40 million', 'dollars', 'pledge'],
    ['a sum that says what it is', 'Crop losses hit farms that got $2 million.', '$2 million', 'grants', 'pledge'],
  ])('corpus/loss-before: %s', (_what, evidence, number, measure, action) => {
    expect(record(evidence, number, { measure, action: 'pledge' }).action).toBe(action);
  });

  it.each([
    ['insured losses', 'Insured losses from the hailstorm will be about $2 billion.', '$2 billion', 'insured'],
    ['an insurance claim', 'Insurance claims could tally up to $900 million.', '$900 million', 'insured'],
    ['economic losses', 'Economic losses from the wildfires are put at $30 billion.', '$30 billion', 'economic'],
    [
      'the nearer kind wins',
      'Beyond insured losses, economic losses may reach $30 billion.',
      '$30 billion',
      'economic',
    ],
    ['an insurer by name is no kind', 'Insurer Harbor Re said damage could reach $3 billion.', '$3 billion', undefined],
  ])('corpus/loss-kind: %s', (_what, evidence, number, kind) => {
    expect(record(evidence, number, { measure: 'dollars', action: 'cost', unit: 'USD' }).lossKind).toBe(kind);
  });

  it.each([
    [
      'a rate at its highest since a year',
      'Turnout rose to 64 percent, the highest since the board began counting in 2004.',
      '64 percent',
      '2004',
      null,
    ],
    ['a price at its lowest since', 'Wheat fell to $5.10 a bushel, its lowest since 2019.', '$5.10', '2019', null],
    [
      'the most since, with a verb between',
      'Exports grew by 12 percent, the most since records began in 1998.',
      '12 percent',
      '1998',
      null,
    ],
    [
      'the past count after the phrase stays dated',
      'The quake was the deadliest since 2011, when 85 died.',
      '85',
      '2011/',
      '2011/',
    ],
    ['a count of a past year', 'In 2019 the flood killed 300 people.', '300', '2019', '2019'],
    [
      'a superlative of another sentence part',
      'Floods killed 40 people in 2018, and the storm was the worst since.',
      '40',
      '2018',
      '2018',
    ],
  ])('corpus/record-since-baseline: %s', (_what, evidence, number, when, expected) => {
    expect(record(evidence, number, { when, said: '2026-01-12' }).when).toBe(expected);
  });

  it.each([
    ['the old value of a revision', 'The March gain in payrolls was revised to 83,000 from 248,000.', '248,000', true],
    ['the new value of a revision', 'The March gain in payrolls was revised to 83,000 from 248,000.', '83,000', false],
    ['a toll lowered from one number to another', 'The toll was lowered on Friday from 64 to 61.', '64', true],
    ['the lowered toll', 'The toll was lowered on Friday from 64 to 61.', '61', false],
    ['aid from many countries', 'Rescuers arrived from 30 countries.', '30', false],
    ['up from', 'Turnout reached 61 percent, up from 55 percent.', '55', true],
    [
      'a word that only starts like a change',
      'An update on the risk from 40 dams came from 12 engineers.',
      '12',
      false,
    ],
    ['risk is no rise', 'The risk from 40 dams worried 300 residents.', '40', false],
    [
      'a gain cut to one number from another',
      "The bureau said May's gain was cut to 31,000 from 44,000.",
      '44,000',
      true,
    ],
    ['the cut gain', "The bureau said May's gain was cut to 31,000 from 44,000.", '31,000', false],
    [
      'a list going on with its verb left out',
      "April's gain was lowered to 52,000 and March's to 17,000 from 26,000.",
      '26,000',
      true,
    ],
    ['a rate set to one level from another', 'The bank trimmed its rate to 3.25% from 3.5%.', '3.5%', true],
    ['a count sent to places from others', 'The agency sent teams to 12 towns from 4 depots.', '4', false],
    ['a cut of jobs from a site', 'The maker will cut 300 jobs from its Delby plant, 40 from Warne.', '40', false],
  ])('corpus/changed-from: %s', (_what, evidence, number, earlier) => {
    expect(record(evidence, number).earlier).toBe(earlier);
  });

  it.each([
    [
      'a toll that has now reached a number',
      'The toll from the mine fire has now reached 61 after 8 more bodies were found.',
      '61',
      'so-far',
    ],
    ['a total of', 'Rescuers counted a total of 340 evacuees by nightfall.', '340', 'sum'],
    ['in total', 'In total, 2,400 firefighters are on the fire lines.', '2,400', 'sum'],
    ['bringing the total to', 'Norway gave $3 million, bringing total pledges to $41 million.', '$41 million', 'sum'],
    ['taking its total to', 'Police held 6 more, taking their total to 52.', '52', undefined],
    ['the given sum itself', 'Norway gave $3 million, bringing total pledges to $41 million.', '$3 million', undefined],
    [
      'the increment itself',
      'The toll from the mine fire has now reached 61 after 8 more bodies were found.',
      '8',
      undefined,
    ],
    ['a plain count', 'Police arrested 35 strikers at the gates.', '35', undefined],
    // The shared level verbs (vocabulary/level-verbs.ts): a rise, a level held or reached is a count so far.
    ['a tally that jumped to a number', 'The tally of burned homes has jumped to 212 since Friday.', '212', 'so-far'],
    ['a count that topped a number', 'Cholera cases have now topped 1,900 in the camps.', '1,900', 'so-far'],
    ['a count still at a level', 'The number of closed clinics remained at 14 on Monday.', '14', 'so-far'],
    ['a fall is no running count', 'Strike turnout has fallen to 300 at the depot.', '300', undefined],
  ])('corpus/total-before: %s', (_what, evidence, number, total) => {
    expect(record(evidence, number).totalCue).toBe(total);
  });

  it.each([
    [
      'a count at the peak of a storm',
      'Some 300,000 homes are dark, better than at the peak of the storm, when 1.2 million were.',
      '1.2 million',
      true,
    ],
    ['a count at its peak', 'At its peak, 9,000 firefighters were on the fire lines.', '9,000', true],
    ['the peak season is no earlier count', 'The peak of the fire season starts with 30 crews on duty.', '30', false],
  ])('corpus/earlier-peak: %s', (_what, evidence, number, earlier) => {
    expect(record(evidence, number).earlier).toBe(earlier);
  });

  it.each([
    [
      'a verb of dispute before the count',
      'The operator disputed the coastguard figure, saying 150 tonnes leaked.',
      '150',
      true,
    ],
    ['a rejected count', "The ministry rejected the union's count of 40,000 strikers.", '40,000', true],
    ["a source's own count", 'The hospital said its own records showed 21 people had died.', '21', true],
    ['its own tally', "The party's own tally gives it 48 seats.", '48', true],
    ['a far higher figure', 'Residents gave a far higher figure of 300 homes lost.', '300', true],
    ['their own homes are no count', 'About 400 families returned to their own homes on Monday.', '400', false],
    ['a rejected offer is no count', 'Workers rejected a pay offer of 4% on Tuesday.', '4%', false],
    ['a disputed election is no count', 'The disputed election left 12 people dead.', '12', false],
    [
      'a count set against another with "not the"',
      "The real number aboard was close to 240, not the 190 on the operator's manifest.",
      '190',
      true,
    ],
    ['"not the" before no number', 'It was not the first flood here: 40 people died.', '40', false],
    ['a challenge cup', 'The team won the challenge cup for the 3rd time, with 2 goals.', '2', false],
    ['a plain count', 'Police said 17 people were killed.', '17', false],
  ])('corpus/dispute-cue: %s', (_what, evidence, number, disputes) => {
    expect(record(evidence, number).disputes).toBe(disputes);
  });

  it.each([
    [
      'missing in its own clause, deaths across a comma',
      'The floods caused 80 deaths, with dozens of people still missing.',
      'dozens',
      'kill',
      'missing',
    ],
    [
      'the verb of its own clause stands',
      'Ten miners were killed and 40 more hurt in the blast.',
      '40',
      'wound',
      'wound',
    ],
    [
      'an event verb with no cue of its own clause',
      'A landslide hit the village, where at least 12 were killed.',
      '12',
      'kill',
      'kill',
    ],
    [
      'those being sought',
      'Divers are at the quarry, where a group of at least nine hikers is being sought.',
      'nine',
      'search',
      'missing',
    ],
    [
      'the deceased named by a noun',
      'Officials said the 90 deceased include 12 tourists and 3 guides.',
      '12',
      'include',
      'kill',
    ],
    ['the remains of the dead', 'The remains of 40 of them were returned to their villages.', '40', 'return', 'kill'],
    ['a count no event word is near', 'The ferry carried 300 people and 40 cars.', '300', 'carry', 'carry'],
    ['people who were recovered', 'The three hikers who were recovered on Sunday were named.', 'three', 'name', 'kill'],
    ['patients who recovered are alive', 'Some 400 patients have recovered at home.', '400', 'heal', 'heal'],
    [
      'corpus/state-after-toll: the missing after a toll',
      'The death toll climbed to 31, and 12 people remained missing.',
      '12',
      'kill',
      'missing',
    ],
    [
      'corpus/state-after-toll: the missing with no verb, after a toll',
      'The death toll from the landslide rose to 23 on Friday, with 14 people still missing.',
      '14',
      'kill',
      'missing',
    ],
    [
      'corpus/state-after-toll: the unaccounted for with no verb',
      'Floods have killed at least 40 across the delta, with 60 villagers unaccounted for.',
      '60',
      'kill',
      'missing',
    ],
    [
      'corpus/state-after-toll: the hurt with no verb, after a toll',
      'The toll from the tram crash stands at 6, with 31 passengers injured.',
      '31',
      'kill',
      'wound',
    ],
    [
      'corpus/state-after-toll: the hurt who died are the dead',
      'The toll rose to 9 on Monday, after 2 injured climbers died in hospital.',
      '2',
      'kill',
      'kill',
    ],
    [
      'corpus/state-after-toll: the toll itself before the missing stays the dead',
      'The death toll from the landslide rose to 23 on Friday, with 14 people still missing.',
      '23',
      'kill',
      'kill',
    ],
    [
      'corpus/state-after-toll: the hurt after a toll',
      'The toll from the blast rose to 9, while 40 others were injured.',
      '40',
      'kill',
      'wound',
    ],
    [
      'a toll whose hurt succumbed is still a toll',
      'The death toll rose to 70 as the injured succumbed.',
      '70',
      'kill',
      'kill',
    ],
    [
      'corpus/damaged-near: the verb before the number',
      'The storm flattened 80 barns and damaging some 300 others.',
      '300',
      'destroy',
      'damage',
    ],
    [
      'corpus/damaged-near: the participle after the number',
      'Surveyors found 90 bridges destroyed and 240 damaged.',
      '240',
      'destroy',
      'damage',
    ],
    [
      'corpus/damaged-near: the destroyed count beside it stays destroyed',
      'Surveyors found 90 bridges destroyed and 240 damaged.',
      '90',
      'destroy',
      'destroy',
    ],
    [
      'corpus/state-after-toll: those still on the wards are in hospital',
      'The toll of the fire rose to 12, and 30 people were still on its wards on Friday.',
      '30',
      'kill',
      'hospitalize',
    ],
    [
      'corpus/state-after-toll: those who remain in hospital',
      'The explosion killed 4, and 17 workers remain in hospital.',
      '17',
      'kill',
      'hospitalize',
    ],
    [
      'corpus/state-after-toll: those still on admission',
      'Two more died in the epidemic; 25 patients remain on admission at the district clinic.',
      '25',
      'kill',
      'hospitalize',
    ],
    [
      'those taken to hospital are not those still in it',
      'The crash killed 3 and 20 people were taken to hospital.',
      '20',
      'kill',
      'kill',
    ],
    [
      'corpus/roofs-lost: homes that lost their roofs',
      'The cyclone destroyed 900 homes, and 2,300 had lost their roofs.',
      '2,300',
      'destroy',
      'unroof',
    ],
    [
      'corpus/roofs-lost: homes unroofed',
      'The cyclone killed 6 and left more than 1,500 houses unroofed.',
      '1,500',
      'kill',
      'unroof',
    ],
    [
      'corpus/state-after-toll: those still trapped',
      'The death toll rose to 6, and four miners remained trapped.',
      'four',
      'kill',
      'trapped',
    ],
    [
      'corpus/drowned-is-dead: the drowned before the missing of the same clause',
      'At least 9 fishermen drowned and 30 were missing after the trawler sank.',
      '9',
      'kill',
      'kill',
    ],
    [
      'the missing after the drowned keep their state',
      'At least 9 fishermen drowned and 30 were missing after the trawler sank.',
      '30',
      'kill',
      'missing',
    ],
    [
      'those freed from where they were trapped',
      'Crews freed 18 miners who had been trapped.',
      '18',
      'rescue',
      'rescue',
    ],
  ])('corpus/event-cue-own-clause: %s', (_what, evidence, number, action, read) => {
    expect(record(evidence, number, { action }).action).toBe(read);
  });

  it.each([
    [
      'the jobless beside the employed, in their own clause',
      'The office said 4.1 million people were in work, while the number of unemployed rose by 12,000 to 230,000.',
      '230,000',
      'employ',
      'unemployed',
    ],
    [
      'the employed keep their verb',
      'The office said the number of employed people reached 4.1 million, while the number of unemployed rose.',
      '4.1 million',
      'employ',
      'employ',
    ],
    [
      'the jobless as a noun',
      'The jobless numbered 88,000 in March, the statistics office said.',
      '88,000',
      null,
      'unemployed',
    ],
    [
      'people out of work',
      'Some 31,000 people were out of work after the mills closed.',
      '31,000',
      'close',
      'unemployed',
    ],
    [
      'a jobless rate is no count of the jobless',
      'The jobless rate fell to 5.2 percent as 9,000 found work.',
      '9,000',
      'find',
      'find',
    ],
    ['jobless claims are claims', 'Initial jobless claims rose to 241,000 last week.', '241,000', 'rise', 'rise'],
  ])('corpus/jobless-not-employed: %s', (_what, evidence, number, action, read) => {
    expect(record(evidence, number, { action, measure: 'people' }).action).toBe(read);
  });

  it.each([
    [
      'a demonym as the noun',
      'The 90 deceased include 12 Germans and 5 Dutch citizens.',
      '12',
      'Germans',
      null,
      'citizen germany',
    ],
    [
      'a demonym in the quantity',
      'The 90 deceased include 12 Germans and 5 Dutch citizens.',
      '5',
      'citizens',
      null,
      'citizen netherlands',
    ],
    [
      'citizens of the actor country',
      'Five citizens were killed in the blast.',
      'Five',
      'citizens',
      'Norway',
      'citizen norway',
    ],
    ['citizens of no country', 'Five citizens were killed in the blast.', 'Five', 'citizens', 'the mayor', 'citizen'],
    [
      'soldiers are no nationality',
      'Forty Norwegian soldiers were killed in the blast.',
      'Forty',
      'Norwegian soldiers',
      null,
      null,
    ],
  ])('figures/nationality-group: %s', (_what, evidence, number, measure, actor, scope) => {
    // The quantity's own words, as the claims stage gives them ("5 Dutch citizens").
    const text = evidence.slice(evidence.indexOf(number)).split(/ and |\./)[0];
    expect(record(evidence, number, { measure, actor, action: 'kill', text }).scope).toBe(scope);
  });

  it.each([
    [
      'a body noun carried to "others"',
      'Two bodies were found, while 11 others were missing.',
      '11',
      '11 others',
      'people',
    ],
    ['a body noun of its own', 'Divers recovered 11 bodies on Sunday.', '11', '11 bodies', 'bodies'],
  ])('figures/carried-body-noun: %s', (_what, evidence, number, text, measure) => {
    expect(record(evidence, number, { measure: 'bodies', action: 'missing', text }).measure).toBe(measure);
  });

  it('reads a group among the dead from the measure, and where things were sent is no scope', () => {
    expect(record('Nine firefighters died in Kelso County.', 'Nine', { measure: 'firefighters' }).scope).toBe(
      'firefighter kelso-county',
    );
    expect(
      record('The army sent 500 soldiers in Ostrava.', '500', { measure: 'soldiers', action: 'deploy' }).scope,
    ).toBe(null);
  });
});
