/**
 * Rules for the numbers of disasters, accidents and crowds: the scales a
 * quake is measured on (seismic intensity, a magnitude named as the subject),
 * numbers that are no quantity there (coordinates, the size of a scale), and
 * counts whose measure stands before the number (a fronted `of the dead`, a
 * list's label, the subject of `include`). Each rule reads a fixed window of
 * tokens around the number.
 */
import type { Token } from './tokens.js';
import type { Core } from './number.js';
import type { UnitRule } from './unit.js';
import type { PhraseRule } from './phrase-state.js';
import type { MeasureRule } from './measure-context.js';
import { nounMeasure } from './measure-context.js';
import { subjectAt } from './subject.js';
import { findMeasure } from './measure.js';
import { CASUALTY_WORDS, MEASURE_SYNONYMS, STOP_WORDS } from './lexicon.js';
import { determiners } from '../../vocabulary/determiners.js';
import { levelVerbForms, REACH, RISE, STAND } from '../../vocabulary/level-verbs.js';

const lower = (t: Token | undefined): string => t?.lower ?? '';

/** Words for an earthquake. */
const QUAKE_WORDS = new Set(['quake', 'earthquake', 'tremor', 'aftershock', 'temblor', 'shock', 'foreshock']);

/** Grades of a seismic intensity level (`upper 6`, `6 lower`, `5-strong`). */
const GRADES = new Set(['upper', 'lower', 'strong', 'weak', 'plus', 'minus']);
/** The noun of `on the ... scale`. */
const SCALE_WORDS = new Set(['scale']);
/** Words that name a seismic intensity scale. */
const INTENSITY_WORDS = new Set(['intensity', 'shindo', 'mercalli', 'seismic']);

/** Whether any token in [from, to) is one of `words` (a fixed window). */
function within(tokens: Token[], from: number, to: number, words: Set<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) if (words.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * `a seismic intensity of 6`, `intensity upper 5`, `upper 6 on the national scale`, `a 7 on the seismic
 * intensity scale`, `shindo 4`: a level on a seismic intensity scale (whole numbers up to 12).
 */
export const unitIntensity: UnitRule = {
  id: 'quantities/unit-intensity',
  apply(ctx) {
    const { tokens, core, q } = ctx;
    // `6-plus`, `6+` read as `or more` elsewhere: on an intensity scale the sign is a grade of the level.
    const graded = q.bound === 'lower' && q.by.endsWith('quantities/or-more');
    const v = graded ? q.low : q.value;
    if (v === null || !Number.isInteger(v) || v < 0 || v > 12 || !core.digits) return false;
    let b = core.first - 1;
    // `intensity upper 5`, `a maximum intensity of 6`: skip a grade and `of` back to the scale's word.
    const gradedBefore = GRADES.has(lower(tokens[b]));
    if (gradedBefore) b--;
    if (lower(tokens[b]) === 'of') b--;
    const named = lower(tokens[b]) === 'intensity' || lower(tokens[b]) === 'shindo';
    // `upper 5 on the national scale`, `a 7 on the seismic intensity scale`, `6-plus` near the word intensity.
    const after = ctx.after;
    const onScale = lower(tokens[after]) === 'on' && within(tokens, after + 1, after + 11, SCALE_WORDS);
    const gradedAfter = graded || GRADES.has(lower(tokens[core.last])) || GRADES.has(lower(tokens[core.last + 1]));
    const near = within(tokens, core.first - 8, core.last + 8, INTENSITY_WORDS);
    if (!(named || (gradedBefore && (onScale || near)) || (onScale && near) || (gradedAfter && near))) return false;
    if (graded) Object.assign(q, { value: v, high: v, bound: 'exact', certain: !q.approximate });
    q.unitCode = 'intensity';
    q.measure = 'seismic intensity';
    return true;
  },
};

/** Words between a magnitude noun and its number: the verb group that states or revises it. */
const MAGNITUDE_LINKS = new Set([
  'was',
  'is',
  'has',
  'had',
  'been',
  'be',
  'later',
  'initially',
  'first',
  'revised',
  'upgraded',
  'downgraded',
  'raised',
  'lowered',
  'put',
  'estimated',
  'measured',
  'registered',
  'set',
  'at',
  'to',
  'as',
  'of',
  'the',
  'quake',
  'earthquake',
  'tremor',
  'aftershock',
  'by',
]);

/** `the magnitude of the quake was later revised to 6.1`, `its magnitude was put at 5.2`: magnitude as the subject. */
export const magnitudeSubject: UnitRule = {
  id: 'quantities/magnitude-subject',
  apply(ctx) {
    const { tokens, core, q } = ctx;
    const v = q.value;
    if (v === null || v <= 0 || v >= 10 || q.measure !== null || q.bound !== 'exact') return false;
    for (let k = core.first - 1; k >= Math.max(0, core.first - 9); k--) {
      const t = tokens[k]!;
      if (t.lower === 'magnitude') {
        q.unitCode = 'magnitude';
        q.measure = 'magnitude';
        return true;
      }
      // Only the verb group and the noun's own `of` phrase may stand between (`'s` of `the tremor's`).
      if (t.kind === 'punct' ? t.text !== "'" && t.text !== '’' : !MAGNITUDE_LINKS.has(t.lower) && t.lower !== 's')
        return false;
    }
    return false;
  },
};

/** Compass words after `degrees` in a coordinate. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'latitude', 'longitude', 'n', 's', 'e', 'w']);

/** `37.5 degrees north latitude`, `137.2°E`: a coordinate, not a quantity. */
export const coordinate: PhraseRule = {
  id: 'quantities/coordinate',
  apply(p) {
    const t = p.tokens;
    let k = p.core.last;
    if (lower(t[k]) !== 'degrees' && t[k]?.text !== '°') return;
    k++;
    if (COMPASS.has(lower(t[k]))) p.drop = k + 1;
  },
};

/** Nouns after `N-` that make the number the size of a scale or a system (`a seven-point scale`). */
const SCALE_SIZES = new Set(['point', 'level', 'grade', 'tier', 'step', 'stage']);
const SCALE_NOUNS = new Set(['scale', 'scales', 'system', 'index']);

/** `the seven-point intensity scale`, `a five-level alert system`: how many steps a scale has, not a claim. */
export const scaleSize: PhraseRule = {
  id: 'quantities/scale-size',
  apply(p) {
    const t = p.tokens;
    const k = p.core.last;
    if (t[k]?.text !== '-' || !SCALE_SIZES.has(lower(t[k + 1]))) return;
    for (let j = k + 2; j < Math.min(t.length, k + 5); j++) {
      if (SCALE_NOUNS.has(t[j]!.lower)) {
        p.drop = j;
        return;
      }
      if (t[j]!.kind !== 'word') return;
    }
  },
};

/** Determiners after a fronted `of` (`of the dead`, `of those killed`). */
const FRONT_DETERMINERS = determiners('them', 'all');

/** Token k starts a clause: the text start, a line start, or sentence punctuation before it. */
function clauseStart(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1];
  return !p || tokens[k]!.newline || (p.kind === 'punct' && /^[.;:!?“"]$/.test(p.text));
}

/** A be-form after the number followed by a noun (`12 were firefighters`): the copula rule says what is counted. */
function copulaNoun(ctx: Parameters<MeasureRule['find']>[0]): boolean {
  const j = ctx.after;
  if (!/^(?:are|were|was|is)$/.test(lower(ctx.tokens[j]))) return false;
  const m = findMeasure(ctx.tokens, j + 1, { skipOf: false, singular: false });
  return !!m.measure && !CASUALTY_WORDS.has(m.measure);
}

/** `Of the dead, 48 were in the city`, `Among those injured, 12 ...`: a fronted phrase names the whole counted. */
export const ofFronted: MeasureRule = {
  id: 'quantities/of-fronted',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    if (t[ctx.begin - 1]?.text !== ',' || copulaNoun(ctx)) return null;
    const words: string[] = [];
    for (let k = ctx.begin - 2; k >= Math.max(0, ctx.begin - 8); k--) {
      const w = t[k]!;
      if (w.kind !== 'word') return null;
      if ((w.lower === 'of' || w.lower === 'among') && clauseStart(t, k))
        return words.length ? nounMeasure(words) : null;
      if (!FRONT_DETERMINERS.has(w.lower)) words.unshift(w.text);
    }
    return null;
  },
};

/** `Deaths by district: A 14, B 9`, `Evacuees by county: 4,000 in X`: a list's label names what its numbers count. */
export const listLabel: MeasureRule = {
  id: 'quantities/list-label',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    let colon = -1;
    for (let k = ctx.begin - 1; k >= Math.max(0, ctx.begin - 30); k--) {
      const w = t[k]!;
      if (w.text === ':') {
        colon = k;
        break;
      }
      if ((w.kind === 'punct' && /^[.;!?]$/.test(w.text)) || w.newline) return null;
    }
    if (colon < 0) return null;
    // The label's first word, at most ten tokens before the colon.
    let s = colon - 1;
    while (s > 0 && colon - s < 10 && !clauseStart(t, s)) s--;
    const head = t[s];
    if (!head || head.kind !== 'word' || !clauseStart(t, s)) return null;
    if (CASUALTY_WORDS.has(head.lower)) return 'people';
    // Only a noun that names people or things counted (`Evacuees by county:`), not `Results:` or `Scores:`.
    if (MEASURE_SYNONYMS[head.lower] === undefined && !/(?:ees|ers|ians|ents|ants|ings)$/.test(head.lower)) return null;
    return nounMeasure([head.lower]);
  },
};

/** Nouns of a lead-in that announces a list of figures: `the following figures for displaced residents:`. */
const LIST_NOUNS = new Set(['figures', 'numbers', 'totals', 'tallies', 'counts', 'breakdown', 'estimates']);

/** Tokens read back from a list line to its lead-in: a few short lines, a fixed window. */
const LIST_WINDOW = 60;

/**
 * `The ministry gave these figures for evacuees:` then `North district — 3,200` on lines of their own: each
 * line's number counts what the lead-in's figures are for.
 */
export const listLead: MeasureRule = {
  id: 'quantities/list-lead',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    // The number ends its line, and its line is short.
    const next = t[ctx.after];
    if (next && !next.newline) return null;
    let k = ctx.begin - 1;
    for (let n = 0; k >= 0 && !t[k + 1]!.newline; k--, n++) if (n > 8 || t[k]!.kind === 'num') return null;
    // Back over earlier list lines to the colon that ends the lead-in.
    const floor = Math.max(0, ctx.begin - LIST_WINDOW);
    while (k >= floor && t[k]!.text !== ':') {
      if (t[k]!.kind === 'punct' && /^[.!?;]$/.test(t[k]!.text)) return null;
      k--;
    }
    if (k < floor || !t[k + 1]?.newline) return null;
    // In the lead-in's clause: `figures for|of` and the noun phrase after it.
    for (let j = k - 1; j > Math.max(0, k - 16) && !clauseStart(t, j); j--) {
      if (!LIST_NOUNS.has(t[j]!.lower)) continue;
      const prep = t[j + 1]?.lower;
      if (prep !== 'for' && prep !== 'of' && prep !== 'on') return null;
      const ws: string[] = [];
      for (let i = j + 2; i < k && ws.length < 4 && t[i]!.kind === 'word' && !STOP_WORDS.has(t[i]!.lower); i++)
        ws.push(t[i]!.text);
      return ws.length ? nounMeasure(ws) : null;
    }
    return null;
  },
};

/** Verbs whose subject is the whole and whose object a part of it. */
const INCLUDE_VERBS = new Set(['include', 'includes', 'included']);

/** `The deaths included 41 in Marlow`, `the victims include 23 from the capital`: the subject names what is counted. */
export const includeSubject: MeasureRule = {
  id: 'quantities/include-subject',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    const v = ctx.begin - 1;
    if (!INCLUDE_VERBS.has(lower(t[v]))) return null;
    const s = subjectAt(t, v - 1, Math.max(0, v - 8));
    if (!s) return null;
    if (s.of?.length) return nounMeasure(s.of);
    return nounMeasure(s.words.length === 1 ? [s.words[0]!.toLowerCase()] : s.words);
  },
};

/** Casualty nouns that may head a sentence about counts by place (`casualties by town:`), beside CASUALTY_WORDS. */
const CASUALTY_HEADS = new Set(['casualties', 'victims', 'bodies']);

/** The first token of the sentence holding token k, at most `span` tokens back. */
function sentenceFirst(tokens: Token[], k: number, span: number): number {
  let s = k;
  while (s > 0 && k - s < span && !tokens[s]!.newline && !/^[.;!?]$/.test(tokens[s - 1]!.text)) s--;
  return s;
}

/**
 * `deaths were in two towns, Marlow (41) and Penby (37)`: a count in brackets after a one-word name, in a
 * sentence about casualties. Two capitalised words before the bracket are a person's name and an age.
 */
export function placeCount(tokens: Token[], core: Core): boolean {
  const open = core.first - 1;
  const name = tokens[open - 1];
  if (!name || name.kind !== 'word' || !/^[A-Z][a-z]/.test(name.text) || core.value === null) return false;
  const before = tokens[open - 2];
  if (!before || (before.kind === 'word' && /^[A-Z]/.test(before.text))) return false;
  for (let k = open - 2; k >= sentenceFirst(tokens, open, 30); k--) {
    const w = tokens[k]!.lower;
    if (CASUALTY_WORDS.has(w) || CASUALTY_HEADS.has(w)) return true;
  }
  return false;
}

/**
 * `confirmed 41 deaths and Penby 37.`: a name and a number after `and` that end the clause repeat an earlier
 * count of the same sentence with its noun left out (not `the iPhone 12 and AirPods 2`, whose first number has no
 * noun).
 */
export function gappedCount(tokens: Token[], core: Core): boolean {
  const and = tokens[core.first - 2];
  const next = tokens[core.last];
  if (!and || !/^(?:and|while|but)$/.test(and.lower) || (next && !/^[.,;]$/.test(next.text))) return false;
  for (let k = core.first - 3; k >= Math.max(0, core.first - 14); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /^[.;!?]$/.test(t.text)) return false;
    const noun = tokens[k + 1];
    if (t.kind === 'num' && noun?.kind === 'word' && /^[a-z]/.test(noun.text) && !STOP_WORDS.has(noun.lower))
      return true;
  }
  return false;
}

/** `Marlow (41)` in a sentence about casualties (see {@link placeCount}): a count of people. */
export const placeCountMeasure: MeasureRule = {
  id: 'quantities/place-count',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    if (t[ctx.begin - 1]?.text !== '(' || t[ctx.after]?.text !== ')') return null;
    const core = { first: ctx.begin, last: ctx.after, value: ctx.q.value } as Core;
    return placeCount(t, core) ? 'people' : null;
  },
};

/** Words after a bare number that make it a count of people (`19 dead`, `7 missing`, `12 confirmed dead`). */
const CASUALTY_STATES = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'hurt', 'unaccounted']);

/** What an outage count counts. */
const SERVED = new Set(['customers', 'households', 'homes', 'houses', 'people', 'businesses', 'users']);
/** Services an outage cuts people off from. */
const SERVICES = new Set(['power', 'electricity', 'water', 'heat', 'heating', 'gas', 'shelter', 'food']);

/** Whether a line break or a sentence end (`.`, `!`, `?` before white space) lies in text[from, to), read in place. */
function sentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if ((c === 46 || c === 33 || c === 63) && i + 1 < to && /\s/.test(text[i + 1]!)) return true;
  }
  return false;
}

/** `Floods: 19 dead, 7 missing`: a casualty word right after a bare number counts people, whatever the subject. */
export const casualtyAfter: MeasureRule = {
  id: 'quantities/casualty-after',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    // `200 troops killed and hundreds more hurt`: the ellipsis carries the earlier count's noun.
    const prev = ctx.all[ctx.index - 1];
    if (prev?.measure && !sentenceBreak(ctx.text, prev.end, ctx.q.start)) return null;
    let j = ctx.after;
    if (t[j]?.lower === 'confirmed' || t[j]?.lower === 'still') j++;
    const w = t[j];
    if (!w || !CASUALTY_STATES.has(w.lower)) return null;
    // `14 still unaccounted for`: the state needs its `for`.
    if (w.lower === 'unaccounted' && lower(t[j + 1]) !== 'for') return null;
    // `19 dead cattle`: a noun after the casualty word is what is counted.
    const n = t[j + 1];
    return n?.kind === 'word' && /^[a-z]+s$/.test(n.text) && n.lower !== 'as' ? null : 'people';
  },
};

/** Verbs and fillers between a subject and its number (`numbered`, `stood at`, `rose to`, `was`, `has now`). */
const SUBJECT_LINKS = new Set([
  ...levelVerbForms(RISE, STAND, REACH),
  ...[RISE, STAND].map((g) => g.particle),
  ...['was', 'were', 'is', 'are', 'now', 'has', 'have'],
]);

/**
 * `Those unaccounted for numbered 103`, `the injured now stand at 40`: a casualty word after `those`/`the` as subject.
 */
export const casualtySubjectPhrase: MeasureRule = {
  id: 'quantities/casualty-phrase',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    let k = ctx.begin - 1;
    let links = 0;
    while (k >= 0 && links < 4 && SUBJECT_LINKS.has(lower(t[k]))) {
      k--;
      links++;
    }
    if (links === 0) return null;
    if (lower(t[k]) === 'for') k--;
    if (!CASUALTY_WORDS.has(lower(t[k]))) return null;
    return /^(?:those|the|all)$/.test(lower(t[k - 1])) ? 'people' : null;
  },
};

/** `Seventy of the dead`, `12 of those injured`: a part of the casualties counts people. */
export const partOfCasualties: MeasureRule = {
  id: 'quantities/part-of-casualties',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    if (lower(t[ctx.after]) !== 'of' || !/^(?:the|those|these|them|all)$/.test(lower(t[ctx.after + 1]))) return null;
    return CASUALTY_WORDS.has(lower(t[ctx.after + 2])) ? 'people' : null;
  },
};

/** Past participles without `-ed` that follow `those` of people (`those hurt`, `those held`). */
const IRREGULAR_PARTICIPLES = new Set(['hurt', 'held', 'taken', 'caught', 'stricken', 'bitten', 'left', 'born']);

/** `12 of those arrested`, `300 of those who fled`: `those` with a participle or `who` names people. */
export const partOfThose: MeasureRule = {
  id: 'quantities/part-of-those',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    if (lower(t[ctx.after]) !== 'of' || lower(t[ctx.after + 1]) !== 'those') return null;
    const w = lower(t[ctx.after + 2]);
    return w === 'who' || (w.length > 4 && w.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(w) ? 'people' : null;
  },
};

/** Units a wave's height is given in. */
const HEIGHT_UNITS = new Set(['m', 'cm', 'feet']);
/** Measures that already name a dimension. */
const NAMED_DIMENSIONS = new Set(['height', 'depth', 'length', 'width', 'distance', 'thickness', 'elevation']);
/** Things whose length in a disaster story is a height: `tsunami waves of up to 1.5 metres`. */
const WAVE_WORDS = new Set(['wave', 'waves', 'tsunami', 'tsunamis', 'surge', 'swell', 'swells']);

/** `waves of up to 1.5 metres`, `a tsunami reaching 3 meters`: a length said of a wave is its height. */
export const waveHeight: MeasureRule = {
  id: 'quantities/wave-height',
  applies: (q) => !!q.unitCode && HEIGHT_UNITS.has(q.unitCode) && !!q.measure && !NAMED_DIMENSIONS.has(q.measure),
  find(ctx) {
    const t = ctx.tokens;
    for (let k = ctx.begin - 1; k >= Math.max(0, ctx.begin - 6); k--) {
      const w = t[k]!;
      if (WAVE_WORDS.has(w.lower)) return 'height';
      if (w.kind !== 'word') return null;
    }
    return null;
  },
};

/**
 * `Thousands queue to see the king`, `Hundreds flee as the river rises`: a vague number opening a clause before its
 * verb.
 */
export const vagueSubject: MeasureRule = {
  id: 'quantities/vague-subject',
  applies: (q) => q.measure === null && q.vague,
  find(ctx) {
    const t = ctx.tokens;
    if (!clauseStart(t, ctx.begin)) return null;
    const v = t[ctx.after];
    // A lower-case verb right after (`queue`, `fled`, `gathered`), not a preposition or a conjunction.
    if (!v || v.kind !== 'word' || v.newline || !/^[a-z]+$/.test(v.text) || STOP_WORDS.has(v.lower)) return null;
    return 'people';
  },
};

/** Superlatives whose noun a later `with N` counts (`the most deaths, with 41`). */
const SUPERLATIVES = new Set(['most', 'fewest', 'highest', 'largest', 'biggest']);

/** Nouns of a whole whose noun after `of` a superlative ranks (`the largest share of new jobs`). */
const SUPERLATIVE_WHOLES = new Set(['number', 'count', 'toll', 'share', 'portion', 'proportion', 'part']);

/** `reported the most deaths, with 41`, `the highest number of evacuees, with 9,000`: the noun of the superlative. */
export const superlativeWith: MeasureRule = {
  id: 'quantities/superlative-with',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    let k = ctx.begin - 1;
    if (lower(t[k]) !== 'with') return null;
    k--;
    if (t[k]?.text === ',') k--;
    for (let j = k; j >= Math.max(0, k - 8); j--) {
      const w = t[j]!;
      if (w.kind === 'punct' && /^[.;!?]$/.test(w.text)) return null;
      if (!SUPERLATIVES.has(w.lower)) continue;
      let n = j + 1;
      // `the highest number of evacuees`, `the largest share of the new jobs`
      if (SUPERLATIVE_WHOLES.has(lower(t[n])) && lower(t[n + 1]) === 'of') n += lower(t[n + 2]) === 'the' ? 3 : 2;
      const noun = t[n];
      if (!noun || noun.kind !== 'word' || n > k) return null;
      if (CASUALTY_WORDS.has(noun.lower) || lower(t[n]) === 'toll') return 'people';
      // `new jobs`, `flooded homes`: up to three lower-case words before the comma or a stop word.
      const words: string[] = [];
      for (let m = n; m <= k && words.length < 3; m++) {
        const w = t[m]!;
        if (w.kind !== 'word' || !/^[a-z]+$/.test(w.text) || STOP_WORDS.has(w.lower)) break;
        words.push(w.lower);
      }
      return words.length ? nounMeasure(words) : null;
    }
    return null;
  },
};

/** How far back an outage count of who is served is looked for: a paragraph, and a few numbers of it. */
const SERVED_CHARS = 600;
const SERVED_COUNTS = 6;

/** `Over 20,000 remain without water`, `4,000 without power`: a bare number cut off from a service counts people. */
export const withoutService: MeasureRule = {
  id: 'quantities/without-service',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    let s = ctx.after;
    while (s < ctx.after + 2 && /^(?:remain|remained|are|were|still|left|now)$/.test(lower(t[s]))) s++;
    if (lower(t[s]) !== 'without' || !SERVICES.has(lower(t[s + 1]))) return null;
    // `90,000 customers lost power; 12,000 were still without power`: an earlier count of who is served.
    for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - SERVED_COUNTS); k--) {
      const p = ctx.all[k]!;
      if (ctx.start - p.end > SERVED_CHARS) break;
      if (p.measure && SERVED.has(p.measure)) return p.measure;
    }
    return 'people';
  },
};

/** Hedges between `measured` and a magnitude (`measured a preliminary 7.5`). */
const MAGNITUDE_HEDGES = new Set(['a', 'an', 'preliminary', 'initial', 'revised', 'estimated', 'maximum']);
/** Verbs of a quake's strength. */
const MEASURE_VERBS = /^(?:measur|register)(?:ed|ing|es|s)?$/;

/** `the quake measured a preliminary 7.5`: a decimal after a verb of strength, hedges between, near a quake word. */
export const magnitudeMeasured: UnitRule = {
  id: 'quantities/magnitude-measured',
  apply(ctx) {
    const { tokens, core, q } = ctx;
    if (q.measure !== null || !/^\d\.\d$/.test(tokens[core.first]!.text)) return false;
    let k = core.first - 1;
    while (k > core.first - 4 && MAGNITUDE_HEDGES.has(lower(tokens[k]))) k--;
    if (!MEASURE_VERBS.test(lower(tokens[k])) || !within(tokens, k - 6, k, QUAKE_WORDS)) return false;
    q.unitCode = 'magnitude';
    q.measure = 'magnitude';
    return true;
  },
};

/** Words that name a quake or its strength, looked for in the sentences before a bare reading. */
const QUAKE_CONTEXT = new Set([
  ...QUAKE_WORDS,
  'quakes',
  'earthquakes',
  'tremors',
  'aftershocks',
  'temblors',
  'magnitude',
  'seismic',
]);
/** Nouns of a reading that its decimal follows (`its reading of 6.2`, `kept its estimate at 5.9`). */
const READING_NOUNS = new Set(['reading', 'estimate', 'measurement', 'figure', 'assessment']);
/** How many tokens back a quake must be named: the reading's sentence and a long one before it. */
const QUAKE_REACH = 60;

/** true when a quake or its magnitude is named in the {@link QUAKE_REACH} tokens before `k` (`the quake's` too). */
function quakeBefore(tokens: Token[], k: number): boolean {
  for (let j = Math.max(0, k - QUAKE_REACH); j < k; j++) {
    const w = tokens[j]!.lower;
    if (QUAKE_CONTEXT.has(w) || (/['’]s$/.test(w) && QUAKE_CONTEXT.has(w.slice(0, -2)))) return true;
  }
  return false;
}

/**
 * `The observatory measured it at 5.6`, `the larger measuring 4.7`, `stood by its reading of 6.2`, `kept its
 * estimate at 5.9`: a bare decimal read or estimated, with a quake named just before, is the quake's magnitude.
 */
export const magnitudeReading: UnitRule = {
  id: 'quantities/magnitude-reading',
  apply(ctx) {
    const { tokens, core, q } = ctx;
    const v = q.value;
    if (q.measure || v === null || v <= 0 || v >= 10 || !/^\d\.\d$/.test(tokens[core.first]!.text)) return false;
    let k = core.first - 1;
    const link = lower(tokens[k]);
    if (link === 'at' || link === 'of') k--;
    if (lower(tokens[k]) === 'it' && link === 'at') k--;
    const w = lower(tokens[k]);
    const read = MEASURE_VERBS.test(w) ? link !== 'of' : READING_NOUNS.has(w) && (link === 'at' || link === 'of');
    if (!read || !quakeBefore(tokens, k)) return false;
    q.unitCode = 'magnitude';
    q.measure = 'magnitude';
    return true;
  },
};

/** The count rules of this file, in order, for measure-rules.ts. */
export const DISASTER_COUNT_RULES: readonly MeasureRule[] = [
  casualtyAfter,
  listLabel,
  listLead,
  includeSubject,
  ofFronted,
  placeCountMeasure,
  casualtySubjectPhrase,
  partOfCasualties,
  partOfThose,
  vagueSubject,
  superlativeWith,
  withoutService,
];
