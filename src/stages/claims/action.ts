/**
 * What happens to the counted thing: an open table of actions and the words
 * that name them (verbs in any inflection, and nouns such as `arrival`,
 * `deployment`). `send` is split by what is sent: people are deployed,
 * goods are supplied.
 */

/** Action → cue stems: the shared vocabulary (src/vocabulary/actions.ts). */
export { ACTIONS } from '../../vocabulary/actions.js';

/** Measures whose `send` means supplying goods rather than deploying people. */
const GOODS =
  /(?:shell|container|missile|rocket|weapon|arm|ammunition|drone|tank|gun|round|dollar|euro|pound|aid|equipment|vehicle|launcher|artillery|munition|percent)/i;

import { ACTIONS } from '../../vocabulary/actions.js';
import { MEASURE_WORDS } from '../../vocabulary/measures.js';

interface Stem {
  action: string;
  /** A loose deploy cue (`arriv…`, `be in`): a sending only of a count that can be sent (claims/deploy-sendable). */
  loose: boolean;
  /** Sticky: tried only where {@link STARTS} finds a stem may start. */
  re: RegExp;
}

/** A stem's sticky pattern: its inflections, or the whole word only for a stem ending in `=`. */
function stemRegExp(stem: string): RegExp {
  const whole = stem.endsWith('=');
  const words = (whole ? stem.slice(0, -1) : stem).replace(/ /g, '\\s+');
  return new RegExp(whole ? `\\b${words}\\b` : `\\b${words}\\w*`, 'iy');
}

const STEMS: Stem[] = Object.entries(ACTIONS).flatMap(([action, stems]) =>
  stems.map((s) => ({ action, loose: action === 'deploy' && (s === 'arriv' || s === 'be in'), re: stemRegExp(s) })),
);

/** Canonical measures that count people or forces, which can be sent somewhere. */
const SENDABLE_MEASURES = new Set([
  'troops',
  'people',
  'civilians',
  'crew members',
  'women',
  'men',
  'children',
  'employees',
  'workers',
  'brigades',
  'battalions',
  'divisions',
  'regiments',
]);

/** Nouns of people by role or group (firefighters, investigators, medics, specialists, arrivals, police, crews). */
const SENDABLE_NOUN = /(?:ers|ors|ists|ians|ees|men|ics|nurses|arrivals|police|crews|teams|units|staff|forces)$/i;

/**
 * claims/deploy-sendable: `arriv…` and `be in` say a count was sent only when it can be sent: people, troops,
 * crews (`800 troops arrived`), or a count with no noun; not a distance, a sum, a share or things
 * (`12 km from the arrivals hall`, `85% of the results arrived`, `400 seats to be in a gallery`).
 */
function sendable(measure: string | null): boolean {
  if (!measure) return true;
  const m = measure.toLowerCase();
  if (SENDABLE_MEASURES.has(m)) return true;
  // A listed measure of things or units (`kilometers`, `dollars`) is no role noun, whatever its ending.
  return !(m in MEASURE_WORDS) && !/(?:met(?:er|re)s|lit(?:er|re)s)$/.test(m) && SENDABLE_NOUN.test(m);
}

const FIRST_WORDS: string[] = Object.values(ACTIONS).flatMap((stems) =>
  stems.map((s) => s.replace(/=$/, '').split(' ')[0]!),
);

/** Where some stem may start: a word start followed by the first word of one (longest first). */
const STARTS = new RegExp(`\\b(?:${[...new Set(FIRST_WORDS)].sort((x, y) => y.length - x.length).join('|')})`, 'gi');

/**
 * For each first word {@link STARTS} may find, in list order, the stems whose own first word begins it: a stem
 * that matches where STARTS found the longest first word there has its first word there too, so it is one of these.
 */
const BY_START = new Map<string, number[]>();
for (const w of new Set(FIRST_WORDS.map((f) => f.toLowerCase())))
  BY_START.set(
    w,
    FIRST_WORDS.flatMap((f, k) => (w.startsWith(f.toLowerCase()) ? [k] : [])),
  );

/** One stem found in a sentence: the stem's index and its offsets. */
export interface StemMatch {
  stem: number;
  start: number;
  end: number;
}

/**
 * Every stem match in `sentence`, ordered by stem then position (the order of one global scan per stem):
 * one scan for where a stem may start, then only the stems that may start with the word found there tried there.
 */
export function stemMatches(sentence: string): StemMatch[] {
  const found: StemMatch[] = [];
  const lastEnd: number[] = [];
  STARTS.lastIndex = 0;
  for (let at = STARTS.exec(sentence); at !== null; at = STARTS.exec(sentence)) {
    const p = at.index;
    for (const k of BY_START.get(at[0].toLowerCase()) ?? []) {
      // A global scan resumes after its previous match, so matches of one stem never overlap.
      if (p < (lastEnd[k] ?? 0)) continue;
      const re = STEMS[k]!.re;
      re.lastIndex = p;
      const m = re.exec(sentence);
      if (!m) continue;
      lastEnd[k] = p + m[0].length;
      found.push({ stem: k, start: p, end: p + m[0].length });
    }
    STARTS.lastIndex = p + 1;
  }
  // Stable: positions stay ascending within a stem.
  return found.sort((x, y) => x.stem - y.stem);
}

/** Words before "alive" that make it a state, not a rescue: "still alive", "kept 40 calves alive", "were alive". */
const ALIVE_STATE = new Set(
  'still kept keep keeps keeping stay stays stayed staying remain remains remained be is are was were been being'.split(
    ' ',
  ),
);

/**
 * claims/alive-rescue: "alive" after a taking-out verb is a rescue ("eleven miners pulled alive", "found four more
 * men alive"); after a state word it says nothing happened to the counted.
 */
function aliveIsRescue(sentence: string, start: number, qStart: number): boolean {
  const state = (at: number): boolean => {
    const prev = /([A-Za-z]+)\W*$/.exec(sentence.slice(Math.max(0, at - 20), at));
    return !!prev && ALIVE_STATE.has(prev[1]!.toLowerCase());
  };
  // The word before "alive", and the verb before the number when "alive" follows it ("kept 400 calves alive").
  return !state(start) && !(start > qStart && state(qStart));
}

const ALIVE_STEM = STEMS.findIndex((s) => s.action === 'rescue' && s.re.source.includes('alive'));

/** An action cue found in a clause (offsets relative to the clause text given). */
export interface ActionCue {
  action: string;
  start: number;
  end: number;
  /** The rule that found it, when not the listed vocabulary's. */
  by?: string;
}

/**
 * claims/change-verb-not-action: "raised the number of miners trapped to 26", "raised its toll to 40": a change
 * verb whose object is a total noun moves the count; what is counted is named inside the total.
 */
const CHANGE_OBJECT =
  /^\s+(?:the|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:number|toll|count|tally|total|figure|estimate)\b/i;

/**
 * Stems of -ed/-ing words that say no event befell the counted: verbs that report or read a count, that move or
 * compare it, states and light verbs (stay closed, carrying, treated for), and words that only end like a verb.
 */
const NOT_EVENT = new Set(
  [
    'say report record register count estimate list add total number log tall post publish announc issu show claim',
    'not warn expect believ think fear confirm suspect receiv cit quot describ call nam see',
    'reach top exceed surpass pass rais revis lower increas decreas doubl tripl halv climb ris fall jump drop soar',
    'surg swell edg inch slump plung plummet tumbl declin dip rebound hover rank compar rang',
    'bas need requir schedul includ involv lead leav bring put tak mak accord follow giv get hav be do us',
    'plac stand remain stay continu start begin end open clos isolat kept keep carry hold contain hous serv treat',
    'morn even dur someth noth everyth spr hundr unit limit relat ag spe fe belong',
  ]
    .join(' ')
    .split(' '),
);

/** Auxiliaries between a count and its passive participle ("31 miners were trapped", "had been stranded"). */
const AUX = new Set(['were', 'was', 'are', 'is', 'been', 'being', 'had', 'have', 'has', 'remain', 'remained', 'be']);

/** An -ed or -ing word's stem: both forms of one verb give one key (trapped, trapping → trap). */
function verbStem(word: string): string | null {
  const w = word.toLowerCase();
  const m = /^([a-z]{3,}?)(?:ed|ing)$/.exec(w);
  if (!m) return null;
  let s = m[1]!.endsWith('i') && w.endsWith('ied') ? `${m[1]!.slice(0, -1)}y` : m[1]!;
  // A doubled final consonant is the inflection's (trapp → trap), but for the ones English keeps (recall, miss).
  if (/([b-df-hj-np-tv-z])\1$/.test(s) && !/(?:ll|ss|ff|zz)$/.test(s)) s = s.slice(0, -1);
  return NOT_EVENT.has(s) ? null : s;
}

/** Words of a bounded window: [word, start, end], letters and apostrophes only. */
function wordsIn(text: string, from: number, to: number): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = [];
  const re = /[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]/g;
  re.lastIndex = Math.max(0, from);
  const end = Math.min(text.length, to);
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) out.push([m[0], m.index, m.index + m[0].length]);
  return out;
}

/** Bound words between a governing verb and its number ("trapping at least 23", "stranding some 600"). */
const BOUND = new Set([
  'at',
  'least',
  'some',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'an',
  'estimated',
  'more',
  'than',
  'over',
]);

/**
 * claims/open-action: a count whose verb is in no listed action still takes its verb's stem as its action, in every
 * form of the verb that governs the number: "trapping 23 miners", "sickening 90 guests" (a participle before it),
 * "31 miners were trapped" (its passive after the counted noun),
 * "the 40 stranded hikers", and "the number of hikers stranded rose to 640".
 */
function openAction(sentence: string, qStart: number, qEnd: number, lo: number, hi: number): ActionCue | null {
  const cue = (w: [string, number, number] | undefined): ActionCue | null => {
    const stem = w && verbStem(w[0]);
    return stem ? { action: stem, start: w[1], end: w[2], by: 'claims/open-action' } : null;
  };
  const before = wordsIn(sentence, Math.max(lo, qStart - 80), qStart);
  // The verb before the number, past its bound words.
  let k = before.length - 1;
  while (k >= 0 && BOUND.has(before[k]![0].toLowerCase())) k--;
  // Only a participial clause ("trapping 23"): an active past verb ("forced 5,200 people from their homes") often
  // names the listed event in other words.
  const verb = k >= 0 && /ing$/i.test(before[k]![0]) ? cue(before[k]) : null;
  if (verb) return verb;
  // "the number of hikers stranded rose to 640": the participle after the counted noun in the total's phrase.
  for (let j = before.length - 1; j >= 2; j--) {
    const w = before[j]![0].toLowerCase();
    if (!/ed$/.test(w)) continue;
    const of = before.slice(Math.max(0, j - 4), j).findIndex((x) => x[0].toLowerCase() === 'of');
    const head = before[Math.max(0, j - 4) + of - 1];
    const found = of >= 0 && head && /^(?:number|toll|count|tally|total)$/i.test(head[0]) ? cue(before[j]) : null;
    if (found) return found;
  }
  // After the number: up to three words of its noun, then an auxiliary or none, then the participle.
  const after = wordsIn(sentence, qEnd, Math.min(hi, qEnd + 80));
  for (let j = 0; j < Math.min(after.length, 6); j++) {
    const w = after[j]![0].toLowerCase();
    if (!/^[a-z]/.test(w)) break;
    if (/ed$/.test(w)) {
      const prev = after[j - 1]?.[0].toLowerCase();
      // Attributive ("40 stranded hikers") or passive ("were trapped"); a bare past ("4,100 people crossed at dawn")
      // is as often the counted's own deed as what befell them.
      return j === 0 || (prev && AUX.has(prev)) ? cue(after[j]) : null;
    }
    if (AUX.has(w)) {
      const n = after[j + 1]?.[0].toLowerCase();
      const p = n === 'been' || n === 'still' || n === 'also' ? after[j + 2] : after[j + 1];
      return p && /ed$/i.test(p[0]) ? cue(p) : null;
    }
    if (j >= 3) break;
  }
  return null;
}

/**
 * claims/stem-in-name: a stem that starts a capitalised word inside a name of several words ("Costa" of the Costa
 * Azul Trust, "Grant" of Lena Grant) is part of the name, no action cue. `names`: the sentence's entity mentions, in
 * sentence offsets. A name of one word is left alone, so a title-case headline's verb ("Floods Kill 23") stays a cue.
 */
export function outsideNames(
  sentence: string,
  matches: StemMatch[],
  names: ReadonlyArray<{ start: number; end: number }>,
): StemMatch[] {
  if (!names.length) return matches;
  return matches.filter(({ start, end }) => {
    const c = sentence.charCodeAt(start);
    if (!(c >= 65 && c <= 90)) return true;
    return !names.some((n) => n.start <= start && n.end >= end && (n.start < start || n.end > end));
  });
}

/** Whether the stem found at [s, e) starts the word that is the claim's counted noun (`escapees`, `refugees`). */
function ownNoun(sentence: string, s: number, e: number, measure: string | null): boolean {
  if (!measure) return false;
  let end = e;
  while (end < sentence.length && /[A-Za-z]/.test(sentence[end]!)) end++;
  return sentence.slice(s, end).toLowerCase() === measure.toLowerCase();
}

/** A noun of up to three words, then a relative pronoun: the subject of a clause its verb comes after. */
const RELATIVE = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:who|that|which)\s/u;
/** Characters read after the number for the verb past a relative clause (a fixed look-around). */
const RELATIVE_REACH = 100;

/**
 * The action nearest to the number at [qStart, qEnd) in `sentence`: the
 * closest cue before it (its verb) or right after it (`50 people were killed`).
 */
export function actionOf(
  sentence: string,
  qStart: number,
  qEnd: number,
  measure: string | null,
  phraseEnd: number = qEnd,
  matches: StemMatch[] = stemMatches(sentence),
): ActionCue | null {
  // Only the number's own clause: `4,000 reservists called up; 12 aircraft lost`.
  const lo =
    Math.max(
      sentence.lastIndexOf(';', qStart),
      sentence.lastIndexOf(':', qStart),
      sentence.lastIndexOf(' — ', qStart),
    ) + 1;
  let hi = sentence.length;
  for (const sep of [';', ':', ' — ']) {
    const k = sentence.indexOf(sep, qEnd);
    if (k >= 0 && k < hi) hi = k;
  }
  const canSend = sendable(measure);
  let own: ActionCue | null = null;
  let best: ActionCue | null = null;
  let bestDist = Infinity;
  let before: ActionCue | null = null;
  let after: ActionCue | null = null;
  for (const { stem: k, start: s, end: e } of matches) {
    const stem = STEMS[k]!;
    if ((s < qEnd && e > qStart) || s < lo || e > hi) continue;
    if (k === ALIVE_STEM && !aliveIsRescue(sentence, s, qStart)) continue;
    if (stem.loose && !canSend) continue;
    // claims/counted-noun-last: people named by their act (`25 escapees still on the run`) take their clause's listed
    // verb first, the noun's act only when there is none; a thing named by its act (`votes`) keeps it.
    if (canSend && s >= qEnd && s - qEnd < 40 && ownNoun(sentence, s, e, measure)) {
      if (!own) own = { action: stem.action, start: s, end: e, by: 'claims/counted-noun-last' };
      continue;
    }
    // Cues after the number count a little less: its verb usually comes first in news prose.
    const dist = e <= qStart ? qStart - e : (s - qEnd) * 1.5 + 5;
    const by = k === ALIVE_STEM ? { by: 'claims/alive-rescue' } : {};
    if (e <= qStart && (!before || e > before.end)) before = { action: stem.action, start: s, end: e, ...by };
    if (s >= qEnd && (!after || s < after.start)) after = { action: stem.action, start: s, end: e, ...by };
    if (dist < bestDist && dist < 120) {
      bestDist = dist;
      best = { action: stem.action, start: s, end: e, ...by };
    }
  }
  // A coordinated clause (`600 were killed and thousands more wounded`): a verb before the number
  // that a conjunction separates from it belongs to the previous conjunct; the number's own
  // participle follows it closely, with no conjunction or comma in between.
  if (best && before && best.start === before.start && after && after.start - qEnd < 40) {
    const gapBefore = sentence.slice(before.end, qStart);
    // After the whole quantity phrase (`scores of others injured`), not inside it.
    const gapAfter = sentence.slice(Math.min(Math.max(qEnd, phraseEnd), after.start), after.start);
    if (
      /(?:\b(?:and|or|but|while|whereas)\b|,)/i.test(gapBefore) &&
      !/(?:\b(?:and|or|but|while|whereas|to|of|for)\b|[,(])/i.test(gapAfter)
    )
      best = after;
  }
  // claims/relative-subject: "…, five climbers who had been roped together remain missing": a number opening a clause
  // of its own, whose noun a relative clause follows, takes the verb after that clause, not the previous clause's.
  if (best && before && best.start === before.start && after && after.start - qEnd < RELATIVE_REACH) {
    const gapAfter = sentence.slice(Math.max(qEnd, phraseEnd), after.start);
    if (
      RELATIVE.test(gapAfter) &&
      !/[,;(]/.test(gapAfter) &&
      /(?:\b(?:and|or|but|while|whereas)\b|,)/i.test(sentence.slice(before.end, qStart))
    )
      best = after;
  }
  if (best?.action === 'raise' && best.end <= qStart && CHANGE_OBJECT.test(sentence.slice(best.end, qStart)))
    best = null;
  if (!best) best = own ?? openAction(sentence, qStart, qEnd, lo, hi);
  if (!best) {
    if (measure && /^(?:troops|brigades|battalions|divisions)$/.test(measure))
      return { action: 'deploy', start: qStart, end: qStart };
    return null;
  }
  if (best.action === 'send') best = { ...best, action: measure && GOODS.test(measure) ? 'supply' : 'deploy' };
  if (best.action === 'supply' && measure && /^(?:troops|brigades|battalions|divisions|people)$/.test(measure))
    best = { ...best, action: 'deploy' };
  return best;
}
