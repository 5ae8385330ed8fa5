/**
 * Counted nouns a number does not state: `53 wounded` after `50 people
 * killed` (ellipsis), casualty and crowd words, the subject of a change verb
 * (`apprehensions have fallen ... to 400,000`). Inferred: `certain: false`.
 */
import type { Quantity } from '../../article.js';
import { countable } from './measure.js';
import { recordWholeOf } from './measure-group.js';
import { MEASURE_SYNONYMS, STOP_WORDS, isCurrencyCode } from './lexicon.js';

/**
 * `50 people killed and 53 wounded`, `the number could rise to 12,000`: a
 * number followed by no noun counts what the previous number of the same
 * sentence counted (inferred, so `certain: false`).
 */
export function inheritMeasures(text: string, quantities: Quantity[]): void {
  pairTakesNoun(text, quantities);
  if (quantities[0]?.measure === null) defaultMeasure(text, quantities[0] as Quantity & { bareMeasure?: boolean });
  for (let k = 1; k < quantities.length; k++) {
    const q = quantities[k]! as Quantity & { bareMeasure?: boolean };
    if (q.measure !== null || (!q.bareMeasure && !CROWD_AFTER.test(text.slice(q.end, q.end + 40)))) continue;
    // The last count of the sentence, past percentages set between (`5,000 homes, or 12 percent`).
    let prev = quantities[k - 1]!;
    for (let p = k - 2; p >= Math.max(0, k - 3) && ratio(prev) && !sentenceEnd(text, prev.end, q.start); p--)
      prev = quantities[p]!;
    if (recordWholeOf(text, prev, q)) continue;
    if (!prev.measure || ratio(prev) || !whole(q) || !whole(prev) || sentenceEnd(text, prev.end, q.start)) {
      defaultMeasure(text, q);
      continue;
    }
    const spread = k >= 2 ? placeItem(text, quantities[k - 2]!, prev, q) : null;
    if (spread) {
      inherit(q, spread, 'quantities/place-item');
      continue;
    }
    const gapped = k >= 2 ? gappedObject(text, quantities[k - 2]!, prev, q) : null;
    if (gapped) {
      inherit(q, gapped, 'quantities/gapped-object');
      continue;
    }
    // `$5 million and 7 million in aid`: a sum named by a money rule keeps its currency too.
    if (!q.unitCode && isCurrencyCode(prev.unitCode)) q.unitCode = prev.unitCode;
    inherit(q, prev.measure, 'quantities/ellipsis');
  }
  for (const q of quantities) delete (q as Quantity & { bareMeasure?: boolean }).bareMeasure;
  scoreTakesNoun(text, quantities);
  othersTakeNoun(text, quantities);
  moreTakesNoun(text, quantities);
  percentTakesNoun(text, quantities);
}

/** Nouns of places a count is spread over (`across three villages`). */
const PLACE_NOUNS = new Set([
  'villages',
  'towns',
  'cities',
  'districts',
  'counties',
  'provinces',
  'regions',
  'states',
  'municipalities',
  'communities',
  'neighbourhoods',
  'neighborhoods',
  'sites',
  'countries',
]);

/**
 * quantities/place-item: `64 homes ... across three villages: 38 in Lowmere`: a number naming a place after a count
 * of places counts what the count before the places counts, not the places.
 */
function placeItem(text: string, whole: Quantity, places: Quantity, q: Quantity): string | null {
  if (!places.measure || !PLACE_NOUNS.has(places.measure) || !whole.measure || ratio(whole)) return null;
  if (PLACE_NOUNS.has(whole.measure) || sentenceEnd(text, whole.end, q.start)) return null;
  return /^\s+in\s+\p{Lu}/u.test(text.slice(q.end, q.end + 6)) ? whole.measure : null;
}

/** `as the last 92 stations reported`: a subordinator (and a determiner or two) right before a count opens a clause. */
const SUBORDINATE_LEAD =
  /\b(?:as|when|after|before|once|because|since|until)\s+(?:(?:the|its|their|all|last|first|final|remaining|other)\s+){0,3}$/i;

/** `92 stations reported`, `40 ships had docked`: the count is the subject of a past verb. */
const PAST_VERB_AFTER = /^\s+(?:(?:had|have|has)\s+)?[a-z]{3,}ed\b/;

/** `, while Berg gained 2,861`: a number right after a verb in a clause joined by a comma and a conjunction. */
const GAPPED_OBJECT =
  /,\s+(?:while|whereas|but|and)\s+(?:\S+\s+){1,3}?(?:[a-z]{2,}ed|won|got|took|drew|scored|made)\s+$/;

/**
 * quantities/gapped-object: `Lund won 2,544 votes as the last 92 stations reported, while Berg gained 2,861`: a bare
 * object of a parallel clause counts the main clause's object, not the subject of the clause set between them.
 */
function gappedObject(text: string, first: Quantity, prev: Quantity, q: Quantity): string | null {
  if (!first.measure || first.measure === prev.measure || ratio(first) || first.unitCode || !whole(first)) return null;
  if (sentenceEnd(text, first.end, q.start)) return null;
  if (!SUBORDINATE_LEAD.test(text.slice(first.end, prev.start)) || !PAST_VERB_AFTER.test(text.slice(prev.end)))
    return null;
  return GAPPED_OBJECT.test(text.slice(prev.end, q.start)) ? first.measure : null;
}

/** Only whole counts carry a noun over (`rise to 12,000`); `a rating of 22.4` does not. */
const whole = (x: Quantity): boolean => [x.value, x.low, x.high].every((v) => v === null || Number.isInteger(v));

/** Marks `q` as given the measure `measure` by `rule` (inferred). */
function inherit(q: Quantity, measure: string, rule: string): void {
  q.measure = measure;
  q.by = `${q.by}+${rule}`;
  q.certain = false;
}

/** What a game's score counts, as the last word of a later count's noun (`six straight points`). */
const SCORE_NOUN = /(?:^|\s)(points|goals|runs)$/;

/**
 * quantities/score-noun: `put the Falcons up 88-79 … before the Rams scored six straight points`: a result score
 * with no noun counts what a later count of its sentence scores (`voted 7-2` names none, so stays bare).
 */
function scoreTakesNoun(text: string, quantities: Quantity[]): void {
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k]!;
    if (q.measure !== null || !q.by.includes('quantities/score-result')) continue;
    for (let n = k + 1; n < Math.min(quantities.length, k + 5); n++) {
      const next = quantities[n]!;
      if (sentenceEnd(text, q.end, next.start)) break;
      const hit = next.measure ? SCORE_NOUN.exec(next.measure) : null;
      if (hit) {
        inherit(q, hit[1]!, 'quantities/score-noun');
        break;
      }
    }
  }
}

/**
 * quantities/pair-takes-noun: `affected about 40,000 and 12,500 people`: a bare number joined by `and`/`or` to a
 * count with a noun counts that noun too.
 */
function pairTakesNoun(text: string, quantities: Quantity[]): void {
  for (let k = 0; k + 1 < quantities.length; k++) {
    const q = quantities[k]!;
    const next = quantities[k + 1]!;
    if (q.measure !== null || !next.measure || ratio(next) || next.unitCode || next.end - next.start > 40) continue;
    if (!/^\s+(?:and|or)\s+$/i.test(text.slice(q.end, next.start))) continue;
    inherit(q, next.measure, 'quantities/pair-takes-noun');
  }
}

/**
 * quantities/more-takes-noun: `Half a million more could arrive`: "N more" with no noun counts more of what the
 * last count of the paragraph before it counted (a count of things, not money, a share or a percentage).
 */
function moreTakesNoun(text: string, quantities: Quantity[]): void {
  for (let k = 1; k < quantities.length; k++) {
    const q = quantities[k]!;
    if (q.measure !== null || !/\bmore$/i.test(q.text)) continue;
    for (let p = k - 1; p >= Math.max(0, k - 5); p--) {
      const prev = quantities[p]!;
      if (q.start - prev.end > 600 || text.slice(prev.end, q.start).includes('\n')) break;
      if (!prev.measure || prev.unitCode || ratio(prev) || prev.measure === 'share') continue;
      inherit(q, prev.measure, 'quantities/more-takes-noun');
      break;
    }
  }
}

/**
 * quantities/percent-takes-noun: `a 7% pay rise, while the operators have offered 4.5%`: a bare percentage measures
 * what the percentage before it in the sentence measured.
 */
function percentTakesNoun(text: string, quantities: Quantity[]): void {
  for (let k = 1; k < quantities.length; k++) {
    const q = quantities[k]!;
    const prev = quantities[k - 1]!;
    if (q.measure !== 'percent' || !prev.measure?.startsWith('percent ') || sentenceEnd(text, prev.end, q.start))
      continue;
    // `rose 3% in May from 2% in April`: a change's percentage is no noun of the level after it.
    if (CHANGES.test(prev.measure)) continue;
    // `4.6% of GDP`: a percentage that names its whole measures no earlier noun.
    if (/^\s+of\b/.test(text.slice(q.end, q.end + 4))) continue;
    inherit(q, prev.measure, 'quantities/percent-takes-noun');
  }
}

/**
 * quantities/others-take-noun: `pulled 17 miners out, but 29 others remain trapped`: "N others" counts more of
 * what the count before it in the sentence counted (a count of things, not money, a percentage or a unit).
 */
function othersTakeNoun(text: string, quantities: Quantity[]): void {
  for (let k = 1; k < quantities.length; k++) {
    const q = quantities[k]!;
    if (!/\bothers$/i.test(q.text)) continue;
    const prev = quantities[k - 1]!;
    if (!prev.measure || prev.measure === q.measure || prev.unitCode || ratio(prev)) continue;
    if (sentenceEnd(text, prev.end, q.start)) continue;
    inherit(q, prev.measure, 'quantities/others-take-noun');
  }
}

/** Measures of a percentage that is a change (`percent increase`), not of a noun. */
const CHANGES = /^percent (?:change|increase|decrease|reduction|expansion)$/;

/** A percentage: its noun is no count for a bare number after it. */
const ratio = (x: Quantity): boolean =>
  x.measure === 'percent' || x.unitCode === 'percent' || (x.measure?.startsWith('percent ') ?? false);

/** A sentence ends between two offsets (not at `a.m.` or `U.S.`), or they are too far apart. */
function sentenceEnd(text: string, from: number, to: number): boolean {
  // Two characters before the gap too: the sentence may end right after the earlier number's noun.
  const gap = text.slice(Math.max(0, from - 2), to);
  return /(?:[A-Za-z]{2}|[\d)"”])[.!?]\s+[A-Z“"]|\n\s*\n/.test(gap) || gap.length > 300;
}

/** `<noun> (have) fallen/risen/...`: the subject whose number changes. Bounded window, no nested quantifiers. */
const CHANGE_RE =
  /\b([a-z]+s)\s+(?:(?:have|has|had)\s+)?(?:[a-z]+ly\s+)?(?:fallen|fell|falls|risen|rose|rises|dropped|drops|climbed|climbs|increased|decreased|declined|grown|grew|jumped|soared|plunged|surged|reached)\b/gi;

/** `organisers said 250,000 took part`, `40,000 marched`: a crowd's verb after a bare number counts people. */
const CROWD_AFTER =
  /^\s+(?:(?:have|had|has|people)\s+)?(?:took part|turned out|marched|rallied|protested|walked out|joined the (?:march|protest|rally|strike|walkout))\b/i;

/** `14,000 have fled`, `another 6,000 arrive`, `1,200 were evacuated`: only people flee, arrive or are evacuated. */
const MOVED_AFTER =
  /^\s+(?:(?:have|had|has|were|are|was|have been|had been|been|were being)\s+)?(?:fle[de]|flee|fleeing|arrived?|arriving|evacuated|displaced|relocated|resettled)\b/i;

/**
 * `53 were wounded`, `six were presumed dead`, `two dozen believed killed`, `12 are still missing`, `nine remain
 * unaccounted for`, `two were badly hurt`: a casualty word after a bare number.
 */
const CASUALTY_AFTER = new RegExp(
  '^\\s+(?:(?:were|are|was|have been|had been|been|people|remain|remains|remained)\\s+)?' +
    '(?:(?:still|now|all)\\s+)?(?:[a-z]+ly\\s+)?' +
    '(?:(?:presumed|believed|feared|confirmed|reported)\\s+(?:to be\\s+)?)?' +
    '(?:killed|dead|died|wounded|injured|hurt|missing|unaccounted for|hospitali[sz]ed)\\b',
  'i',
);

/**
 * A bare number next to a casualty word counts people (`killed 12`, `53 were
 * wounded`); bare `billions` in news prose is money. Inferred: `certain: false`.
 */
function defaultMeasure(text: string, q: Quantity & { bareMeasure?: boolean }): void {
  if (q.measure !== null) return;
  const after = text.slice(q.end, q.end + 40);
  // `250,000 took part`, `14,000 have fled`: a verb only people do, read as a phrase with no counted noun.
  const peopleAct = CROWD_AFTER.test(after) || MOVED_AFTER.test(after);
  if (!q.bareMeasure && !peopleAct) return;
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  if (
    CASUALTY_AFTER.test(after) ||
    peopleAct ||
    /\b(?:kill(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|massacred?|wounded|injured|injures?|wounds|sicken(?:s|ed)?|arrest(?:s|ed)?|detain(?:s|ed)?|left dead|toll (?:\w+ )?(?:rose|climbed|climbs|rises|jumped|jumps|reached|reaches|hit|hits|stands at|stood at|to)(?: to)?|toll of)\s+$/i.test(
      before,
    )
  ) {
    q.measure = 'people';
  } else if (
    q.vague &&
    /\b(?:draws?|drew|drawn|attract(?:s|ed)?|gather(?:s|ed)?|turn(?:s|ed)? out)\s+$/i.test(before)
  ) {
    // `could draw hundreds of thousands`: a crowd.
    q.measure = 'people';
  } else if (q.vague && /^(?:billions|trillions)$/i.test(q.number.text)) {
    q.measure = 'dollars';
  } else {
    // `border apprehensions have fallen ..., to 400,000`: the subject of a change verb earlier in the sentence.
    const window = text.slice(Math.max(0, q.start - 200), q.start);
    const clause = window.slice(Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n')) + 1);
    let found: string | null = null;
    CHANGE_RE.lastIndex = 0;
    // `the valley has grown`: an auxiliary before the verb is no subject.
    for (let m = CHANGE_RE.exec(clause); m !== null; m = CHANGE_RE.exec(clause))
      if (!STOP_WORDS.has(m[1]!.toLowerCase())) found = m[1]!;
    if (
      !found ||
      !/^to\b|\bto\s+$|\bof\s+$|\bat\s+$/i.test(text.slice(Math.max(0, q.start - 4), q.start)) ||
      !countable(found.toLowerCase())
    )
      return;
    q.measure = MEASURE_SYNONYMS[found.toLowerCase()] ?? found.toLowerCase();
  }
  q.by = `${q.by}+quantities/default-measure`;
  q.certain = false;
}
