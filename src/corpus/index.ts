/**
 * The corpus stages, run after storage over what is stored:
 * duplicates → provenance → figures → reconcile.
 *
 * Documents stream past once: each body is hashed into a 512-byte MinHash
 * signature and dropped. Claims are kept only as the small fields the
 * figures need (no evidence text), so memory grows with the number of
 * claims, not with the size of the articles. Entities are merged across
 * articles first (src/corpus/entities.ts), and claim sources mapped to the
 * merged ids, so one speaker spelled two ways counts as one source.
 */
import type { ClaimRecord, CorpusSummary, EntityRecord } from '../records.js';
import type { Store } from '../store/store.js';
import { slug } from '../stages/entities/names.js';
import { DuplicateIndex } from './duplicates.js';
import { mergeEntities, type MergeCache } from './entities.js';
import { figureRecords, SUFFIXED } from './figures.js';
import { FIGURE_ID_SCHEME } from '../store/store.js';
import { claimScope } from '../stages/claims/scope.js';
import { eventSite } from './event-site.js';
import {
  actionKey,
  carriedBody,
  eventConcept,
  measureKey,
  jobsAfter,
  nationality,
  otherEventNear,
  scopeOf,
  predicateScope,
} from './normalise.js';
import { provenanceIndex } from './provenance.js';
import { StoryIndex } from './stories.js';
import { storyDates } from './dates.js';
import { packIndexes, StateRecorder } from './corpus-state.js';
import { runIncremental } from './incremental.js';
import type { ClaimInput, CorpusOptions } from './types.js';
import { isCurrencyCode } from '../vocabulary/currency.js';
import { CLOCK_WORDS_PATTERN } from '../vocabulary/calendar.js';
import { numberWordPattern } from '../vocabulary/number-words.js';
import { levelPhrases, phrasePattern, REACH, RISE, STAND } from '../vocabulary/level-verbs.js';

export { findDuplicates, DuplicateIndex, independenceGroups, compareDates } from './duplicates.js';
export { buildFigures, figureRecords } from './figures.js';
export { reconcile, valueText, statusClass } from './reconcile.js';
export { provenanceIndex } from './provenance.js';
export { StoryIndex } from './stories.js';
export { figureRelations, relate, RELATION_RULES } from './relations.js';
export { asOfDate } from './dates.js';
export { figureLabel, measureKey, actionKey, partyKey, scopeOf } from './normalise.js';
export type * from './types.js';

/** Words just before a number that make it an earlier value of its figure. */
const EARLIER_CUE =
  /\b(?:earlier|previously|initially|originally|prior|had (?:\w+ )?(?:put|pegged|estimated|said|reported|confirmed|projected|determined)|up from|down from|compared with)\b/i;
/**
 * corpus/earlier-peak: "down to 300,000, from the peak of the storm, when 1.2 million were in the dark": a count
 * at the peak is an earlier point of a tally that has since fallen.
 */
const PEAK_CUE = /\b(?:(?:at|from) (?:the|its|their|a) peak|at the height)\b/i;
/** How far before the number the cue may stand (characters). */
const EARLIER_REACH = 70;
/**
 * corpus/changed-from: "revised to 14,000 from 163,000", "fell from 217 to 215": the number after "from".
 * Change words are whole words: `up`, not `update`; `rise`, not `risk`.
 */
const CHANGE_WORD =
  /(?:(?:revis|lower|rais|adjust|correct|fall|climb|jump|dropp?|increas|decreas)\w*|rose|ris(?:e|es|en|ing)|fell|down|up)/;
const CHANGED_FROM = new RegExp(`\\b${CHANGE_WORD.source}\\b[^.;]{0,40}\\bfrom\\s+(?:\\w+\\s+)?$`, 'i');
/**
 * corpus/changed-from (cut to): "cut to 31,000 from 44,000", "trimmed its rate to 3.25% from 3.5%": verbs that also
 * take a part from a whole ("cut 300 jobs from its plant") mark the number after "from" only past "to N".
 */
const CUT_TO_FROM = /\b(?:cut|cuts|trimm\w*|slash\w*|reduc\w*|lift\w*|boost\w*)\b[^.;]{0,40}\bto\s+\S+\s+from\s+$/i;

/**
 * corpus/dispute-cue: words that set a value against another source's: a verb of dispute ("disputed the police
 * figure, saying 12", "rejects the ministry's count"), or the source's own count ("its own records showed 21",
 * "the union's own tally"), or a contrast of size ("a far higher figure"); or, of its own number only, an estimate
 * set nearer another than the one given ("would cost closer to 65 million").
 */
const DISPUTE_CUE =
  /\b(?:disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|contradict(?:s|ed|ing)?|reject(?:s|ed|ing)?|challeng(?:e|es|ed|ing)) (?:the |this |that |a |an |its |their |his |her )?(?:[\w'’.-]+ ){0,3}?(?:figures?|counts?|tally|toll|estimates?|numbers?|totals?|assessment)\b|\bown (?:\w+ )?(?:counts?|tally|figures?|records|estimates?|data|surveys?|surveyors|calculations?|assessment|numbers|investigation)\b|\b(?:far|much|considerably|significantly) (?:higher|lower) (?:figure|estimate|count|number|toll|tally)\b|, not the \d/i;

/** "closer to 65 million", "nearer to $2bn" right before the number (corpus/dispute-cue). */
const CLOSER_TO = /\b(?:closer|nearer) to\s+(?:about\s+|around\s+|some\s+)?(?:[$€£¥₹]\s?)?$/i;
/** How far before the number the closer-to cue is read (characters). */
const CLOSER_REACH = 30;

/** Whether a claim's sentence sets its value against another source's. */
function disputeCue(c: ClaimRecord): boolean {
  if (!c.evidence) return false;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  return DISPUTE_CUE.test(c.evidence) || CLOSER_TO.test(c.evidence.slice(Math.max(0, at - CLOSER_REACH), at));
}

/** corpus/rejected-value: ", not eight", ", not the 190": the number follows a bare negation after a comma. */
const REJECTED_BEFORE = /,\s+not\s+(?:the\s+)?$/i;
/** How far before the number the negation is read (characters). */
const REJECTED_REACH = 12;
/** "nine, not six as first reported": a correction of an earlier value, no rival's. */
const CORRECTED_AFTER = /^[^,.;]{0,20}?\bas (?:first|initially|originally|earlier|previously)\b/i;

/** Whether the claim's number is one its sentence names only to reject it ("12 had been held, not nine"). */
function rejectedValue(c: ClaimRecord): boolean {
  if (!c.evidence) return false;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  const end = Math.max(0, c.numberEnd - c.evidenceStart);
  return (
    REJECTED_BEFORE.test(c.evidence.slice(Math.max(0, at - REJECTED_REACH), at)) &&
    !CORRECTED_AFTER.test(c.evidence.slice(end, end + 40))
  );
}

/** The cue window of a claim: the sentence up to its number, at most EARLIER_REACH characters of it. */
function earlierCue(c: ClaimRecord): boolean {
  if (!c.evidence) return false;
  const end = Math.max(0, Math.min(c.evidence.length, c.numberStart - c.evidenceStart));
  const before = c.evidence.slice(Math.max(0, end - EARLIER_REACH), end);
  return (
    EARLIER_CUE.test(before) ||
    (PEAK_CUE.test(before) && !crowdCount(c)) ||
    CHANGED_FROM.test(before) ||
    CUT_TO_FROM.test(before)
  );
}

/**
 * corpus/crowd-peak-is-the-count: "police estimated the crowd at its peak at 12,000": a crowd is counted at its
 * peak, so the peak names the count itself, not an earlier point of a tally that has since fallen.
 */
const crowdCount = (c: ClaimRecord): boolean => actionKey(c.action) === 'attend';

/** Actions whose "in <place>" names where things were sent, the figure's target, not a part of a count. */
const TRANSFER_ACTIONS = new Set(['deploy', 'supply']);

/**
 * A year named just before a number: "the 1953 storm, which killed 300" counts another event; "(1802 GMT)" is a
 * time of day (times/clock-not-year).
 */
const PAST_YEAR = new RegExp(
  `\\b(1[89]\\d{2}|20\\d{2})\\b(?!\\s*(?:%|percent|people|dead|deaths|(?:${CLOCK_WORDS_PATTERN})\\b))`,
  'g',
);
const YEAR_REACH = 50;

/** The earlier event a number belongs to ("event-1953"), when a year before it is older than the article's. */
function pastEvent(c: ClaimRecord): string | null {
  if (!c.evidence) return null;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  const now = Number((c.said ?? '').slice(0, 4)) || null;
  let year: number | null = null;
  for (const m of c.evidence.slice(Math.max(0, at - YEAR_REACH), at).matchAll(PAST_YEAR)) year = Number(m[1]);
  return year !== null && now !== null && year < now - 1 ? `event-${year}` : null;
}

/**
 * The claim's scope: a qualifier of what is counted, and the place the count holds for (src/stages/claims/scope.ts).
 * `event` is the claim's {@link eventAction}.
 */
function claimScopeOf(c: ClaimRecord, event: string | null): string | null {
  const past =
    pastEvent(c) ?? otherEventNear(c.evidence, c.numberStart - c.evidenceStart, c.numberEnd - c.evidenceStart);
  if (past) return past;
  // figures/nationality-group: "58 Brazilians" and "61 Brazilian citizens" are one group among the dead.
  const nation = nationality(c.measure, c.actor, c.text);
  const concept = eventConcept(nation ? 'citizen' : measureKey(c.measure), actionKey(event));
  const at = c.numberStart - c.evidenceStart;
  const textEnd = c.evidence?.startsWith(c.text, at) ? at + c.text.length : -1;
  const own = [
    concept?.group,
    concept && nation,
    ...(scopeOf(c.measure, c.text)?.split(' ') ?? []),
    predicateScope(c.evidence, textEnd),
  ];
  const words = [...new Set(own.filter(Boolean))].sort().join(' ') || null;
  let place: string | null = null;
  if (c.evidence && !TRANSFER_ACTIONS.has(actionKey(c.action) ?? '')) {
    place =
      c.scope !== undefined
        ? c.scope
        : (claimScope(c.evidence, c.numberStart - c.evidenceStart, c.numberEnd - c.evidenceStart)?.key ?? null);
  }
  return words && place ? `${words} ${place}` : (words ?? place);
}

/** Actions the extraction names well; any other is re-read from the words around the number. */
const READ_ACTIONS = new Set(['deploy', 'supply', 'kill', 'wound', 'hospitalize', 'capture', 'arrest', 'evacuate']);
/** Words near a number that say what happened to those it counts, as an action (rows: action, cue). */
const EVENT_CUES: Array<[string, RegExp]> = [
  [
    'outage',
    /\b(?:(?:without|no) (?:power|electricity|supply)|power outages?|lost (?:their |its )?(?:power|electricity)|blackouts?)\b/i,
  ],
  // "a group of 20 is being sought": those searched for are missing.
  ['missing', /\b(?:missing|unaccounted for|being (?:sought|searched for))\b/i],
  ['wound', /\b(?:injured|wounded|hurt|injuries)\b/i],
  // "the 90 deceased include", "the remains of 40": the dead named by a noun of their own; people who "were
  // recovered" are bodies (the living are rescued); corpus/drowned-is-dead: "9 drowned and 30 were missing".
  [
    'kill',
    /\b(?:killed|died|dead|deaths?|death toll|fatalities|perished|drowned|lives|deceased|remains of|(?:were|been) recovered)\b/i,
  ],
];
/**
 * corpus/state-after-toll: "the death toll climbed to 17, and 33 people remained missing": a state its verb gives
 * the count right after the number says what it counts, before a toll named earlier in the sentence.
 */
const STATE_VERB = /^\s*(?:[\p{L}-]+\s+)?(?:were|are|was|is|remain(?:ed|s)?|ha(?:ve|d) been)\s+(?:still\s+)?/iu;
/** The event cues a count may be in as a state: the missing and the hurt. */
const STATE_CUES = EVENT_CUES.filter(([a]) => a === 'missing' || a === 'wound');
const STATED_AFTER: Array<[string, RegExp]> = [
  ...STATE_CUES,
  // "30 miners remain trapped", "12 are still underground": those the rescue has not reached (only as their state:
  // "freed 18 miners who had been trapped" counts the rescued).
  ['trapped', /\b(?:trapped|underground|buried (?:alive|under)|under (?:the )?rubble)\b/i] as [string, RegExp],
  // "15 were still on its wards", "11 remain on admission": those still in hospital (not "taken to hospital").
  ['hospitalize', /(?:in (?:the )?hospitals?|on (?:its |the )?wards?|on admission|in intensive care)\b/i] as [
    string,
    RegExp,
  ],
].map(([a, cue]) => [a, new RegExp(STATE_VERB.source + cue.source, 'iu')]);
/** After a verbless state: the clause ends or goes on with a preposition ("12 wounded soldiers died" is no state). */
const CLAUSE_GOES_ON = '(?=\\s*(?:[,.;:)]|$|(?:and|or|in|on|at|after|by|as|when|while|from|since|according)\\b))';
/**
 * corpus/state-after-toll, verbless: "the toll rose to 23, with 14 people still missing", "with 31 passengers
 * injured": the missing and the hurt also follow their count with no verb (not the trapped: "killed 3 miners
 * trapped underground" counts the dead).
 */
const STATED_RIGHT_AFTER: Array<[string, RegExp]> = STATE_CUES.map(([a, cue]) => [
  a,
  new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?(?:still\\s+)?${cue.source}${CLAUSE_GOES_ON}`, 'iu'),
]);
/** The states after a count, in order: with their verb first, then verbless. */
const STATED: Array<[string, RegExp]> = [...STATED_AFTER, ...STATED_RIGHT_AFTER];
/**
 * corpus/damaged-near: "destroying 140 homes and damaging about 600 others", "210 destroyed and 950 damaged": the
 * verb right before the number (across a bound word) or right after it (its participle) tells damaged from
 * destroyed when the extraction read the sentence's first verb for both.
 */
const DAMAGE_BEFORE =
  /\bdamag(?:e|ed|es|ing)\s+(?:(?:about|around|some|nearly|almost|over|more than|at least|up to|roughly)\s+)?$/i;
const DAMAGE_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:(?:were|was|are|is|had been|have been|being)\s+)?(?:badly\s+)?damaged\b/iu;
const damagedNear = (before: string, after: string) =>
  DAMAGE_BEFORE.test(before) || DAMAGE_AFTER.test(after.split(/,|;| and /)[0]!);
/** A toll named before the number in its clause: the count is of the dead, whatever verb follows. */
const TOLL_BEFORE = /\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|fatalities|victims))\b[^.;:]*$/i;
/** A crowd named before the number in its clause (corpus/crowd-before): the count is of those attending. */
const CROWD_NAMED = /crowds? (?:of|at|to be|estimated at|put at)|turnout of|attendance of/;
const CROWD_COUNTED = /number of (?:people|those|visitors|spectators|mourners) (?:present|attending|gathered)/;
const CROWD_BEFORE = new RegExp(`\\b(?:${CROWD_NAMED.source}|${CROWD_COUNTED.source})\\b[^.;:]*$`, 'i');
/** Just after the number, "without power" says what it counts, whatever verb the sentence has (corpus/outage-after). */
const OUTAGE_VERB = /(?:were |are |remain |remained |left |still |had |have |with )*/;
// corpus/no-supply-is-outage: "780,000 customers still had no supply", "left without supply": a bare supply is power.
const OUTAGE_NOUN = /(?:(?:without|no) (?:power|electricity|supply)|lost (?:their |its )?(?:power|electricity))/;
const OUTAGE_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}${OUTAGE_VERB.source}${OUTAGE_NOUN.source}\\b`, 'iu');
/** corpus/roofs-lost: "4,200 homes unroofed" and "6,800 had lost their roofs" count one thing, neither destroyed. */
const ROOF_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,2}(?:unroofed|lost (?:their |its )?roofs?|(?:had )?(?:their |its )?roofs? (?:blown|torn|ripped) off)\b/iu;
/** Money lost named before a sum in its clause (corpus/loss-before): "insured losses ... will be about $6 billion". */
const LOSS_BEFORE = /\b(?:loss(?:es)?|damages?|costs?)\b[^.;:]*$/i;
/** Characters read after and before the number for an event cue. */
const CUE_AFTER = 60;
const CUE_BEFORE = 120;

/** People held against their will: when they flee, they escape (corpus/held-who-fled-escaped). */
const HELD_PEOPLE = /\b(?:inmates?|prisoners?|detainees?|convicts?)$/i;
/** Forms of `flee`, not `evacuate`: prisoners moved out of a flooded jail were evacuated. */
const FLED = /\b(?:fled|flee|flees|fleeing)\b/i;

/**
 * The claim's action, or the event the words around its number name when the extraction gave none it
 * reads well: the cue nearest the number, in its sentence ("56 people were killed, including 23 in Ohio
 * and 11 in Iowa": 11 is among the killed; "24 people, including four students, were killed").
 */
function eventAction(c: ClaimRecord): string | null {
  if (!c.evidence) return c.action;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  // "The death toll ... rose to 270 as the injured succumbed": the toll noun names what is counted.
  // The words right after the number are nearer to it than a toll named earlier in the clause.
  const numberEnd = Math.max(0, c.numberEnd - c.evidenceStart);
  const right = c.evidence.slice(numberEnd, numberEnd + CUE_AFTER);
  const left = c.evidence.slice(Math.max(0, at - CUE_BEFORE), at);
  // corpus/held-who-fled-escaped: "more than 100 prisoners had fled" is "87 inmates escaped" told otherwise.
  if (actionKey(c.action) === 'evacuate' && HELD_PEOPLE.test(c.measure ?? '') && FLED.test(right)) return 'escape';
  if (actionKey(c.action) === 'destroy' && damagedNear(left, right)) return 'damage';
  if (OUTAGE_AFTER.test(right)) return 'outage';
  if (ROOF_AFTER.test(right)) return 'unroof';
  const stated = STATED.find(([, cue]) => cue.test(right));
  if (stated) return stated[0];
  if (TOLL_BEFORE.test(left)) return 'kill';
  const after = right.split(/[;:]/)[0]!;
  const before = left.split(/[;:]/).pop()!;
  // corpus/event-cue-own-clause: "nearly 100 deaths, with dozens of people still missing": a cue in the number's
  // own clause (no comma between) says what it counts before a nearer one across a comma, and before an event
  // verb the extraction read from another clause.
  const ownAfter = after.split(',')[0]!;
  const ownBefore = before.split(',').pop()!;
  const own = nearestCue(ownAfter, ownBefore);
  const read = actionKey(c.action) ?? '';
  if (READ_ACTIONS.has(read)) {
    // The extraction's event verb stands unless its own clause names only another event.
    const corrects = own && own !== 'outage' && EVENT_VERBS.has(read) && !hasCue(read, `${ownBefore} ${ownAfter}`);
    return corrects ? own : c.action;
  }
  if (CROWD_BEFORE.test(left)) return 'attend';
  // A clause ends at a comma, not at the one in "38,000".
  if (!own && (JOBLESS.test(before.split(/,(?!\d{3})/).pop()!) || JOBLESS.test(after.split(/,(?!\d{3})/)[0]!)))
    return 'unemployed';
  return own ?? nearestCue(after, before) ?? c.action;
}

/** Whether the words hold a cue of the event `action`. */
const hasCue = (action: string, text: string) => EVENT_CUES.some(([a, cue]) => a === action && cue.test(text));

/** Read actions that are themselves event cues: a cue of the number's own clause may correct them. */
const EVENT_VERBS = new Set(['kill', 'wound']);

/** The event cues as global patterns, built once (matchAll copies them; exec starts from lastIndex 0). */
const GLOBAL_CUES: Array<[string, RegExp]> = EVENT_CUES.map(([action, cue]) => [action, new RegExp(cue.source, 'gi')]);

/** The event cue nearest the number: at the start of `after`, or at the end of `before`. */
function nearestCue(after: string, before: string): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (const [action, global] of GLOBAL_CUES) {
    global.lastIndex = 0;
    const first = global.exec(after);
    if (first && first.index < distance) [best, distance] = [action, first.index];
    for (const m of before.matchAll(global)) {
      const d = before.length - m.index! - m[0].length;
      if (d < distance) [best, distance] = [action, d];
    }
  }
  return best;
}

/** A whole counts two or more: number words from two (tens and teens joined, `twenty-five`) and vague plurals. */
const WHOLE_WORDS =
  `${numberWordPattern((v) => v >= 2 && v <= 12)}|dozens?|hundreds|thousands|` +
  `(?:${numberWordPattern((v) => v > 12)})(?:-[a-z]+)?`;
/** Words before a number that make it a part of a count in the same sentence, and words after it. */
const PART_BEFORE =
  /\b(?:including|includ(?:es|ed)|among them|among (?:those|whom|the \w+)|of whom|such as)\s+(?:at least\s+|some\s+|about\s+|nearly\s+)?$/i;
const PART_AFTER = /^\s*(?:of (?:them|whom|those|the|these))\b/i;
const PART_REACH = 30;
/**
 * corpus/of-the-whole-lead: "Of the 23 people arrested, 16 were charged", "Of those 40 dead, 12 were children": a
 * clause that opens with the whole and a comma makes the number right after it a part. The whole must be a count
 * ("Because of the heat, 12 …" is no part). corpus/of-that-lead: "Of that, about 2,100 hectares …": or a pronoun
 * for the whole named before, when "of" opens the clause ("Because of that" is no part).
 */
export const PART_LEAD = new RegExp(
  `\\b[Oo]f (?:(?<![\\p{L}] [Oo]f )(?:that|this|them|those|these)|(?:the|those|these) (?:\\d[\\d,.]*|${WHOLE_WORDS})` +
    `(?: [\\p{L}-]+){0,5}), (?:(?:at least|some|about|nearly|only) )?$`,
  'u',
);
const PART_LEAD_REACH = 70;

/**
 * corpus/share-with-part: "Retail accounted for the largest share of new jobs, with about 15,000": a subject that
 * holds the most (or the bulk, or leads) of a count, then "with N", names a part of that count.
 */
export const SHARE_WITH =
  /\b(?:(?:(?:largest|biggest|greatest|highest) (?:share|number|portion|part|proportion|count)|bulk|most) of\b[^.;:!?]{0,50}|\bled the [\p{L}-]+(?: [\p{L}-]+)?),? with (?:at least |some |about |nearly |almost |around )?$/iu;
const SHARE_REACH = 90;

/** "including four students", "five of the injured": the number counts a part of another count in its sentence. */
function partCue(c: ClaimRecord): boolean {
  if (!c.evidence) return false;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  const end = Math.max(0, c.numberEnd - c.evidenceStart);
  return (
    PART_BEFORE.test(c.evidence.slice(Math.max(0, at - PART_REACH), at)) ||
    PART_LEAD.test(c.evidence.slice(Math.max(0, at - PART_LEAD_REACH), at)) ||
    PART_AFTER.test(c.evidence.slice(end, end + PART_REACH)) ||
    SHARE_WITH.test(c.evidence.slice(Math.max(0, at - SHARE_REACH), at))
  );
}

/** Verbs of a count so far: a rise, a level held or reached (a fall or an estimate is no running count). */
const SO_FAR_VERBS = phrasePattern(levelPhrases(RISE, STAND, REACH));
/** A bound word that may stand between a total cue and its number. */
const BOUND_WORD = /(?:at least\s+|more than\s+|nearly\s+|about\s+|some\s+)?$/.source;
/** Words before a number that make it a total: of parts ("a total of", "in total,"), or so far ("has now reached"). */
const TOTAL_CUES: Array<['sum' | 'so-far', RegExp]> = [
  ['sum', new RegExp(`\\b(?:total(?:ling|ing)? of|totall?ing|in total,?)\\s+${BOUND_WORD}`, 'i')],
  // corpus/bringing-total-to: "Japan pledged $2 million, bringing total pledges to about $24.5 million": a sum.
  ['sum', new RegExp(`\\b(?:bringing|taking|brings|takes) (?:the |its )?total(?: [a-z]+)? to\\s+${BOUND_WORD}`, 'i')],
  ['so-far', new RegExp(`\\b(?:has |have )?(?:now )?(?:${SO_FAR_VERBS})\\s+${BOUND_WORD}`, 'i')],
];
const TOTAL_REACH = 40;

/** "a total of 260", "the toll has now reached 274": the number is a total, of parts or so far. */
function totalCue(c: ClaimRecord): 'sum' | 'so-far' | undefined {
  if (!c.evidence) return undefined;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  const before = c.evidence.slice(Math.max(0, at - TOTAL_REACH), at);
  return TOTAL_CUES.find(([, cue]) => cue.test(before))?.[0];
}

/**
 * corpus/conversion-cue: "310 million kronor, or roughly $29 million", "75 coins, worth about $4.6 million",
 * "€8.2 billion ($8.9 billion)": a number right after another, a word or two of unit between, and a cue of
 * conversion (an opening bracket, "or", "worth", "equivalent to") before it.
 */
const CONVERSION_BEFORE = new RegExp(
  '\\d[\\d.,]*\\s*(?:\\p{L}+\\s*){0,2}(?:\\(|,?\\s*\\b(?:or|worth|equivalent to|equal to)\\s)\\s*' +
    '(?:(?:about|roughly|around|some|nearly|approximately|almost|over|more than|an estimated)\\s+)?$',
  'u',
);
/** Characters read before a number for a conversion cue (a fixed look-around). */
const CONVERSION_REACH = 40;

/** Whether the words before a claim's number make it the sum just before it in another currency. */
function conversionCue(c: ClaimRecord): boolean {
  if (!c.evidence) return false;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  return CONVERSION_BEFORE.test(c.evidence.slice(Math.max(0, at - CONVERSION_REACH), at));
}

/** How far before the number a capacity cue is read (a fixed look-around). */
const CAPACITY_REACH = 40;
/** "built for 80", "designed to hold 1,450", "room for about 300", "a capacity of 2,000". */
const CAPACITY_BEFORE =
  /\b(?:built|designed|constructed|meant|room|capacity|space)\s+(?:to\s+(?:hold|house|seat|take)\s+|for\s+|of\s+)(?:up\s+to\s+|about\s+|some\s+|around\s+)?$/i;

/** figures/capacity-apart: the words before the number make it what something is made for, not what it holds. */
function capacityCue(c: ClaimRecord): boolean {
  if (!c.evidence) return false;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  return CAPACITY_BEFORE.test(c.evidence.slice(Math.max(0, at - CAPACITY_REACH), at));
}

/** How far after the number its clause is read for "since <year>" (a fixed look-around). */
const SINCE_REACH = 90;

/** The number's own clause (up to a comma or a stop) says "since <year>": a count from that year on. */
function sinceCue(c: ClaimRecord): boolean {
  if (!c.evidence) return false;
  const end = Math.max(0, c.numberEnd - c.evidenceStart);
  const clause = c.evidence.slice(end, end + SINCE_REACH).split(/[,;:.](?:\s|$)/)[0]!;
  return /\bsince\s+\d{4}\b/i.test(clause);
}

const MONEY = /[$€£¥₹]|\b(?:USD|EUR|GBP|INR|JPY|dollars?|euros?|pounds?|yen|rupees?|Rs\.?)(?![\p{L}])/iu;

/** An amount of money: a currency unit (when the extraction gives one) or a currency sign or word. */
function isMoney(c: ClaimRecord): boolean {
  const unit = (c as ClaimRecord & { unit?: string | null }).unit;
  if (unit) return isCurrencyCode(unit);
  return MONEY.test(c.text ?? '') || MONEY.test(c.measure ?? '');
}

/**
 * A sum of money whose verb says nothing of it reads as lost when its clause names a loss before it; else the
 * claim's {@link eventAction}, `action`.
 */
function moneyAction(c: ClaimRecord, action: string | null): string | null {
  if (!isMoney(c) || !c.evidence || ['lose', 'cost'].includes(actionKey(action) ?? '')) return action;
  const measure = (c.measure ?? '').toLowerCase();
  if (measure && !/^(?:dollars?|euros?|pounds?|yen|rupees?|yuan|francs?|money)$/.test(measure)) return action;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  return LOSS_BEFORE.test(c.evidence.slice(Math.max(0, at - CUE_BEFORE), at)) ? 'lose' : action;
}

/** corpus/loss-kind: words that make a sum insured or economic losses (an insurer's name does not). */
const LOSS_KINDS: Array<['insured' | 'economic', RegExp]> = [
  ['insured', /\b(?:insured|insurance (?:loss|claim|payout|market|industry)\w*)\b/gi],
  ['economic', /\b(?:economic|total damage)\b/gi],
];

/** The kind of loss the clause before a sum of money names: the kind named nearest the number. */
function lossKind(c: ClaimRecord): 'insured' | 'economic' | undefined {
  if (!c.evidence || !isMoney(c)) return undefined;
  const at = Math.max(0, c.numberStart - c.evidenceStart);
  const before = `${c.evidence
    .slice(Math.max(0, at - CUE_BEFORE), at)
    .split(/[;:]/)
    .pop()!} ${c.measure ?? ''}`;
  let kind: 'insured' | 'economic' | undefined;
  let last = -1;
  for (const [k, cue] of LOSS_KINDS) {
    for (const m of before.matchAll(cue)) if (m.index! > last) [kind, last] = [k, m.index!];
  }
  return kind;
}

/**
 * corpus/jobless-not-employed: "the number of employed people reached 16.9 million, while the number of unemployed
 * rose by 38,000": the jobless named in the number's own clause are their own count, whatever verb of work the
 * sentence gave both; a jobless rate or jobless claims are not the jobless.
 */
const JOBLESS =
  /\b(?:(?:unemployed|jobless)\b(?!\s+(?:rates?|claims?|benefits?|figures?|totals?|levels?)\b)|out of work\b)/i;

/** Characters read after a number for a record it is set against ("…, the highest since the survey began in 2010"). */
const RECORD_REACH = 90;
/** A superlative since a time right after the number's clause: the time is the record's baseline. */
const RECORD_SINCE =
  /^[^.;:()]{0,25}?,\s+(?:the|its|their|a)\s+(?:[a-z]+est|most|fewest|least)\s+(?:[a-z]+\s+)?since\b([^.;:()]*)/i;

/**
 * corpus/record-since-baseline: "the participation rate climbed to 70.6 percent, the highest since the survey began in
 * 2010": the year the sentence dates (2010) is the record's baseline, after the number, not the time the count is
 * of; "the deadliest since 2011, when 85 died" keeps its date, for the number comes after the phrase.
 */
function recordBaseline(c: ClaimRecord): boolean {
  const year = /^(\d{4})\/?$/.exec(c.when ?? '')?.[1];
  if (!year || !c.evidence) return false;
  const end = Math.max(0, c.numberEnd - c.evidenceStart);
  const since = RECORD_SINCE.exec(c.evidence.slice(end, end + RECORD_REACH))?.[1];
  return !!since && since.includes(year);
}

/** The small projection of a claim record that the corpus stages keep. */
export function claimInput(c: ClaimRecord): ClaimInput {
  const event = eventAction(c);
  return {
    id: c.id,
    document: c.document,
    value: c.value,
    low: c.low,
    high: c.high,
    bound: c.bound,
    approximate: c.approximate,
    vague: c.vague,
    incremental: c.incremental,
    measure: carriedBody(measureKey(c.measure), c.text) ? 'people' : c.measure,
    action: moneyAction(c, event),
    actor: c.actor,
    target: c.target,
    holder: !!c.by?.actor?.startsWith('claims/holder/'),
    status: c.status,
    source: c.source,
    sourceName: c.sourceName,
    via: c.via,
    when: recordBaseline(c) ? null : c.when,
    said: c.said,
    scope: claimScopeOf(c, event),
    earlier: earlierCue(c),
    money: isMoney(c),
    partCue: partCue(c),
    totalCue: totalCue(c),
    lossKind: lossKind(c),
    sentence: c.evidenceStart,
    at: c.numberStart,
    converts: isMoney(c) && conversionCue(c),
    disputes: disputeCue(c),
    rejected: rejectedValue(c),
    capacity: capacityCue(c),
    since: sinceCue(c),
    jobsAfter:
      !!c.evidence &&
      jobsAfter(c.evidence, Math.max(0, c.numberStart - c.evidenceStart), Math.max(0, c.numberEnd - c.evidenceStart)),
    unit: c.unit ?? null,
    // corpus/event-site: where the sentence says the event happened.
    site: eventSite(c.evidence),
  };
}

/**
 * Every article's entities, merged by id, in pages as large as a store gives
 * (100,000): a store reads and merges every per-document record again for each
 * page, so pages of 1,000 multiplied that work by the number of entities over
 * 1,000 (100,000 text articles: 1.2 million records, 2,326 entities, 3 passes
 * where 1 does).
 */
async function allEntities(store: Store): Promise<EntityRecord[]> {
  const out: EntityRecord[] = [];
  for (let offset = 0; ;) {
    const page = await store.listEntities({ limit: 100_000, offset, perDocument: true });
    out.push(...page.items);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) return out;
  }
}

/** Merged entities as the figures read them: display names, and every spelling's slug → the merged id. */
export interface EntityResolution {
  entities: EntityRecord[];
  names: Map<string, string>;
  canonical: Map<string, string>;
}

/**
 * Merge the per-article entities (src/corpus/entities.ts) and index their names and spellings. `cache`: the sorted
 * documents of an earlier merge of mostly the same records ({@link MergeCache}).
 */
export function resolveEntities(records: EntityRecord[], cache?: MergeCache): EntityResolution {
  const merged = mergeEntities(records, cache);
  const names = new Map<string, string>();
  // Per-article ids are slugs of names: register every merged name and alias, so sources stored
  // under a variant still resolve when the store already holds merged entities from an earlier run.
  const canonical = new Map<string, string>(Object.entries(merged.remap));
  for (const e of merged.entities) {
    names.set(e.id, e.name);
    for (const a of [e.name, ...e.aliases]) {
      const k = slug(a);
      if (k && !canonical.has(k) && k !== e.id) canonical.set(k, e.id);
    }
  }
  return { entities: merged.entities, names, canonical };
}

/** Map the claims' sources to the merged entities (in place); returns the claims whose source changed. */
export function canonicalSources(
  claims: ClaimInput[],
  { names, canonical }: EntityResolution,
): Record<string, string | null> {
  const claimSource: Record<string, string | null> = {};
  for (const c of claims) {
    if (!c.source) continue;
    const to = canonical.get(c.source);
    if (to && to !== c.source) {
      claimSource[c.id] = to;
      c.source = to;
      c.sourceName = names.get(to) ?? c.sourceName;
    } else if (names.has(c.source) && !c.sourceName) c.sourceName = names.get(c.source)!;
  }
  return claimSource;
}

/** Per-article entity id → merged id, for every id that changed. */
export function entityRemapOf({ canonical }: EntityResolution): Record<string, string> {
  return Object.fromEntries([...canonical].filter(([from, to]) => from !== to));
}

/**
 * Compute duplicates, provenance, figures and reconciliation over a store, and persist them. When the store
 * keeps the corpus state of an earlier run, only the stories that new articles join are recomputed
 * (./incremental.ts); whatever an incremental run cannot do exactly as the full one would, the full run does,
 * and the summary says why (`fullBecause`). `options.full` skips the attempt.
 */
export async function runCorpus(store: Store, options: CorpusOptions = {}): Promise<CorpusSummary> {
  if (options.full || !store.corpusState) return runFullCorpus(store, options, null);
  const tried = await runIncremental(store, store.corpusState, options);
  return 'summary' in tried ? tried.summary : runFullCorpus(store, options, tried.reason);
}

/**
 * The full run over every stored article. Each figure is reconciled as the store writes it and then
 * dropped, so memory holds the claims' small projections and one figure's reconciliation, not every
 * figure's; read the figures back from the store.
 */
async function runFullCorpus(store: Store, options: CorpusOptions, fullBecause: string | null): Promise<CorpusSummary> {
  const index = new DuplicateIndex(options.threshold ?? 0.5);
  const storyIndex = new StoryIndex();
  const recorder = new StateRecorder(index, storyIndex);
  for await (const doc of store.iterateDocuments()) {
    index.add(doc);
    storyIndex.add(doc);
    recorder.take(index.docs.length - 1);
  }
  // A custom threshold links other pairs than a later incremental run would: keep no state for one.
  const keep = (options.threshold ?? 0.5) === 0.5;
  // Packed before story dating fills in dates: as an incremental run must read them.
  const keptIndexes = keep ? packIndexes(index, storyIndex) : undefined;
  const duplicates = index.links();

  // Every reference to a document shares its id's one string (the store reads a copy per claim and per entity).
  const docId = new Map(index.docs.map((d) => [d.id, d.id]));
  const claims: ClaimInput[] = [];
  for await (const c of store.iterateClaims({ extracted: true })) {
    const input = claimInput(c);
    input.document = docId.get(input.document) ?? input.document;
    claims.push(input);
  }

  // Entities across articles (src/corpus/entities.ts): spelling variants merged, with an id remap.
  const entityInput = await allEntities(store);
  for (const e of entityInput) {
    const ds = e.documents;
    for (let i = 0; i < ds.length; i++) ds[i] = docId.get(ds[i]!) ?? ds[i]!;
  }
  docId.clear();
  const resolution = resolveEntities(entityInput);
  const { entities, names } = resolution;
  const claimSource = canonicalSources(claims, resolution);

  const provenance = provenanceIndex(index.docs, duplicates);
  const { stories, storyOf } = storyIndex.stories(entities, duplicates);
  // Weekdays and month-days of undated articles are read against their story's dated ones.
  storyDates(index.docs, storyOf);
  let figures = 0;
  let placed = 0;
  let suffixed = false;
  function* counted() {
    for (const f of figureRecords(claims, index.docs, duplicates, { names, provenance, storyOf })) {
      figures++;
      placed += f.claims.length;
      suffixed ||= SUFFIXED.test(f.id);
      yield f;
    }
  }
  function* docStates() {
    for (let i = 0; i < index.docs.length; i++) yield recorder.state(i, storyOf.get(index.docs[i]!.id) ?? null);
  }
  const computedAt = options.now ? options.now() : new Date().toISOString();
  const entityRemap = entityRemapOf(resolution);
  await store.putCorpus({
    entities,
    duplicates,
    figures: counted(),
    claimSource,
    entityRemap,
    stories,
    computedAt,
    ...(keep
      ? { docStates: docStates(), entityInput, figureIds: () => (suffixed ? null : FIGURE_ID_SCHEME), keptIndexes }
      : {}),
  });
  return {
    entities,
    duplicates,
    figures,
    claims: placed,
    claimSource,
    computedAt,
    stories: stories.length,
    mode: 'full',
    fullBecause,
  };
}
