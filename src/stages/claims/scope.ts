/**
 * Scope of a claim: the place a count holds for ("12 deaths in Marion
 * County", "In Ohio, 40 people ...", "officials in Lake County reported 9
 * deaths"), so that reconciliation tells a county's toll from the state's.
 * Rules are rows, tried in order; each reads a fixed window of the sentence
 * around the number (no scan of the whole text) and names itself in `by`.
 */
import { CALENDAR_NAMES } from '../../vocabulary/calendar.js';

/** A scope read from a sentence, with the rule that read it. */
export interface ClaimScope {
  /** Normalised key ("marion-county"). */
  key: string;
  /** As written ("Marion County"). */
  text: string;
  by: string;
}

/** Characters read after the number and before it. */
const AFTER = 70;
const BEFORE = 90;

// A capitalised place of one to four words ("South Carolina", "Castilla-La Mancha", "the Ada region").
const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PLACE = `((?:the\\s+)?${WORD}(?:\\s+(?:${WORD}|(?:de|del|la|of)\\s+${WORD})){0,3})`;
/** Words that end a clause: a place read beyond them belongs to another statement. */
const CLAUSE_END = /[;:()]|,\s|\b(?:but|while|whereas|compared|than|since|after|before|when|where)\b/i;
/** Capitalised words that are not places (weekdays, months, titles). */
const NOT_PLACE = new Set([
  ...CALENDAR_NAMES.map((n) => n.toLowerCase()),
  'total',
  'all',
  'addition',
  'fact',
  'part',
  'recent',
  'response',
  'one',
  'two',
  'three',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
  'easter',
  'christmas',
  // Labels that head a list item or a paragraph and are no place ("Update: ...").
  'update',
  'updates',
  'coverage',
  'note',
  'correction',
  'breaking',
  'latest',
  'background',
  'context',
  'analysis',
  'watch',
  'read',
  'live',
  'video',
  'photos',
  // Words before a governor's title that are no state ("Lt. Gov.", "The Governor").
  'the',
  'lt',
  'former',
  'deputy',
  'acting',
]);
/** Trailing words of a place that do not change which place it is. */
export const PLACE_TAIL = /\s+(?:region|province|area|state|prefecture|department|district)$/i;

/** A place's words as a scope key: lower case, runs of other characters one hyphen ("Port Vell" → port-vell). */
export function placeKey(place: string): string {
  return place
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function normalise(text: string): { key: string; text: string } | null {
  const words = text
    .replace(/^the\s+/i, '')
    .replace(/[.’']+$/, '')
    // "at Ostland’s main port": the owner is the place.
    .replace(/['’]s$/, '')
    .split(/\s+/);
  while (words.length > 1 && NOT_PLACE.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const place = words.join(' ');
  const t = place.replace(PLACE_TAIL, '').trim();
  const first = t.split(/\s+/)[0]!;
  // A lower-case lead ("three provinces") was read by a place noun; the stop list is for capitalised words.
  if (!t || (/^\p{Lu}/u.test(first) && NOT_PLACE.has(first.toLowerCase()))) return null;
  // "outside the capital" and "outside capital" are one place.
  const key = placeKey(t.toLowerCase().replace(/\bthe\s+/g, ''));
  return key ? { key, text: place } : null;
}

/** What a rule reads when the count holds for the whole (statewide, nationwide): no scope, and no later rule runs. */
const WHOLE = '';

interface ScopeRule {
  by: string;
  /** `clause`: the words after the number up to the end of its clause; `sentence`: the sentence up to the number. */
  read: (before: string, clause: string, sentence: string) => string | null;
}

/** Words of nearness between the preposition and the place ("19 in neighbouring Kalva"): the place is still named. */
const NEAR_WORD = '(?:(?:neighbou?ring|nearby|adjacent)\\s+)?';
const IN_AFTER = new RegExp(`^[^;:()]*?\\b(?:in|across|at)\\s+${NEAR_WORD}${PLACE}`, 'u');
const LEAD = new RegExp(`^\\s*(?:In|Across)\\s+${PLACE}(?:\\s+alone)?\\s*,`, 'u');
/** Lower-case nouns that name a part of a country; "state", "country" and "nation" are left out, being the whole. */
const PLACE_NOUN =
  'capital|city|cities|towns?|villages?|provinces?|count(?:y|ies)|regions?|districts?|prefectures?|islands?|' +
  'states|municipalities|municipality|neighbou?rhoods?|suburbs?|camps?';
const COUNT_WORD = '(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3}|hardest-hit|worst-hit|affected|coastal)';
// "In the capital alone,", "Across the three provinces,": a lower-case part, named by its noun.
const LEAD_NOUN = new RegExp(
  `^\\s*(?:In|Across)\\s+(the\\s+(?:${COUNT_WORD}\\s+)?(?:${PLACE_NOUN}))(?:\\s+alone)?\\s*,`,
  'u',
);
/** Cheap tests before OFFICIALS_IN: a piece of one of its nouns, which every match holds. */
const COUNTERS_CUE = ['fficials', 'uthorities', 'olice', 'oroner', 'ospital'];
const OFFICIALS_IN = new RegExp(
  `\\b(?:[Oo]fficials|[Aa]uthorities|[Pp]olice|[Cc]oroners?|[Hh]ospitals?)\\s+in\\s+${PLACE}[^.;]*$`,
  'u',
);

const IN_NOUN_ALONE = new RegExp(
  `^[^;:()]*?\\b(?:in|across)\\s+(the\\s+(?:${COUNT_WORD}\\s+)?(?:${PLACE_NOUN}))\\s+alone\\b`,
  'u',
);

/** Lower-case words before a place noun ("the eastern", "the hardest-hit"). */
const ADJ = '(?:[a-z][a-z-]*\\s+)';
/** Nouns of a place inside a wider one, read as "the <noun> of <Place>". */
const AREA_NOUN =
  'area|part|region|province|state|county|city|town|village|district|prefecture|municipality|island|parish|suburb';
// "in the eastern province of Vardana", "in the hardest-hit town of Millbrook": the named place.
const PLACE_OF = new RegExp(
  `^[^;:()]*?\\b(?:in|across|at)\\s+the\\s+${ADJ}{0,2}(?:${AREA_NOUN})\\s+of\\s+${PLACE}`,
  'u',
);
// "in Ostland's Kessel region", "in Vardana's northern Selm province", "in Ostland's capital": what follows the owner.
const POSSESSIVE = new RegExp(
  `^[^;:()]*?\\b(?:in|across|at)\\s+${WORD}['’]s\\s+${ADJ}?(?:(${WORD}(?:\\s+${WORD}){0,2})|(${PLACE_NOUN})\\b)`,
  'u',
);
/** A cheap test before POSSESSIVE: an owner's "'s". */
const POSSESSIVE_CUE = /['’]s\s/;
/** Nouns that close "the <adjective> <Name> <noun>" as a place. */
const REGION_NOUN = 'region|province|state|county|district|prefecture|area|valley|basin|department|coast';
// "in the western Tallis region": an adjective between the article and the name.
const ADJECTIVE_PLACE = new RegExp(
  `^[^;:()]*?\\b(?:in|across|at)\\s+the\\s+${ADJ}{1,2}(${WORD}(?:\\s+${WORD}){0,2})\\s+(?:${REGION_NOUN})\\b`,
  'u',
);
/** "in the state", "statewide": the place a label or a governor's title names. */
const STATE_WORD =
  /\b(?:(?:in|across|throughout)\s+the\s+(?:state|province|country)|statewide|state-wide|province-wide)\b/;
// "Ohio: Gov. ... said", "- Kentucky: officials said": a list item headed by its place.
const LABEL = new RegExp(`^\\s*(?:[-–•*]\\s*)?(${WORD}(?:\\s+${WORD})?)\\s*[:–—]\\s`, 'u');
// "Tarvel district — 2,300", "- Ossory County: 41 dead": a list row headed by a place with its noun of region, the
// number right after the dash or colon.
const LIST_ROW = new RegExp(
  `^\\s*(?:[-–•*]\\s*)?(${WORD}(?:\\s+${WORD}){0,2}\\s+(?:${REGION_NOUN}|County|Province|District|Region|State))` +
    '\\s*[:–—]\\s*(?:(?:about|some|at least|nearly|more than|over|around)\\s+)?$',
  'u',
);
// "Iowa Gov. Lena Marsh", "Oregon Governor Tim Hale": the place of the governor who counts.
// "Tarn's provincial disaster office said 8 died in the province": the possessor of a provincial body.
const PROVINCIAL_BODY = new RegExp(
  `(?:^|[^\\p{L}])(${WORD}(?:\\s+${WORD})?)['’]s\\s+(?:provincial|state|regional)\\s`,
  'u',
);
const GOVERNOR = new RegExp(`(?:^|[^\\p{L}])(${WORD}(?:\\s+${WORD})?)\\s+(?:Gov\\.|Governor|Premier)\\s`, 'u');
/** Words that say the count holds for the whole state or country. */
const WHOLE_WORD = new RegExp(
  '\\b(?:statewide|state-wide|nationwide|countrywide|nationally|' +
    '(?:in|across|throughout)\\s+the\\s+(?:state|country|nation|region))\\b',
);
/** A cheap test before WHOLE_WORD: one of its words. */
const WHOLE_CUE = /wide|nation|state|country|region/;
// "killed on the ground": those hit where the craft fell, apart from those on board.
// Only the count's own verb: "90 as patients hurt on the ground died" is a toll, not the ground's.
const ON_GROUND = new RegExp(
  '^\\s*(?:[\\p{L}-]+\\s+)?(?:(?:were|was|have|has|had|been)\\s+){0,2}' +
    '(?:killed|died|dead|injured|hurt|wounded)\\s+on\\s+the\\s+ground\\b',
  'u',
);
// "45 died outside the capital", "30 arrests outside Brega".
const OUTSIDE = new RegExp(
  `^[^;:()]*?\\boutside\\s+(?:(the\\s+(?:capital|city|town|village|camps?|region|province))\\b|${PLACE})`,
  'u',
);
// "12 among foreign nationals", "85 among health workers".
const AMONG = /^[\s%]*(?:[\p{L}-]+\s+){0,3}?among\s+(?:the\s+)?([a-z-]+)(?:\s+([a-z-]+))?/u;
const LEAD_AMONG = /^\s*Among\s+(?:the\s+)?([a-z-]+)(?:\s+([a-z-]+))?\s*,/u;
/** Words after "among" that name the whole count or no group (among the dead, among those killed). */
const NOT_GROUP = new Set([
  'dead',
  'deceased',
  'injured',
  'wounded',
  'missing',
  'killed',
  'victims',
  'casualties',
  'those',
  'them',
  'us',
  'others',
  'people',
  'survivors',
  'dozens',
  'hundreds',
  'thousands',
  'other',
  'many',
  'several',
  'things',
  'reasons',
]);
/** Second words that make "among" name those an event counted ("among the people killed"). */
const EVENT_WORDS = new Set(['dead', 'killed', 'injured', 'wounded', 'missing', 'hurt']);
/** Words that cannot be the second word of a group ("among workers this week"). */
const NOT_GROUP_TAIL = new Set(['this', 'was', 'is', 'has', 'as', 'its', 'his', 'thus', 'alone']);

/** The group an "among" phrase names ("foreign nationals"), or null when it names the whole or nothing. */
function amongGroup(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const first = m[1]!;
  const second = m[2];
  if (NOT_GROUP.has(first)) return null;
  // A second word belongs to the group when it is a plural noun ("health workers"), not the next clause's.
  if (second && /(?:s|men|ren|people|staff|personnel)$/.test(second) && !NOT_GROUP_TAIL.has(second)) {
    return EVENT_WORDS.has(second) ? null : `${first} ${second}`;
  }
  return /(?:s|men|ren|people|staff|personnel)$/.test(first) ? first : null;
}

// "17 died in Ostland, including two nurses": the count's place, when the part follows it at once.
const INCLUDING_PARENT = new RegExp(
  `\\b(?:in|across)\\s+${PLACE},\\s+including\\s+(?:(?:at\\s+least|about|some|nearly|more\\s+than)\\s+)?$`,
  'u',
);

/** A place joined to another by "and" or "&" right after it ("in the Osten and Harl districts"). */
const JOINED_PLACE = /^\s+(?:and|&)\s+(?:the\s+)?\p{Lu}/u;

/** A noun of a place where the counted are taken or a source sits, right before "in"/"at" and a place. */
const SITE_OF_SOURCE =
  /\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies)|courts?|courthouses?|offices?|headquarters)\s+\S+\s+$/i;

/**
 * scope/in-place-after, unless the place is one of places joined (scope/places-joined), or names where a hospital,
 * a court or an office is (scope/institution-place: "14 were taken to the city hospital in Selm" hold no part in Selm).
 */
function inPlaceAfter(clause: string): string | null {
  const m = IN_AFTER.exec(clause);
  if (!m || JOINED_PLACE.test(clause.slice(m.index + m[0].length))) return null;
  const lead = m[0].slice(0, m[0].length - m[1]!.length);
  return SITE_OF_SOURCE.test(lead) ? null : m[1]!;
}

/** A place's kind after its name (`Tellin County`, `Brenn province`). */
const PLACE_KIND = '(?:\\s+(?:district|county|province|region|state|city|town|municipality|prefecture))?';
// scope/ranked-place: "Dorvan district recorded the most deaths with 14", "followed by Marrow with 22", "and Brenn
// with six", "Halden followed with 150": a ranking names each place before its count.
const RANKED = new RegExp(
  `(?:^|[.;:]\\s+|\\bby\\s+|\\band\\s+|,\\s*|\\bthen\\s+)${PLACE}` +
    `${PLACE_KIND}\\s+` +
    '((?:recorded|reported|registered|had|saw|suffered|counted|logged)\\s+the\\s+(?:most|highest|largest)' +
    '(?:\\s+[a-z-]+){0,2}\\s+|followed\\s+|came\\s+next\\s+|was\\s+next\\s+)?' +
    'with\\s+(?:(?:about|some|nearly|around|more\\s+than|at\\s+least)\\s+)?$',
  'u',
);
/** A ranking in the sentence: a bare "and Brenn with six" is a place's count only in one. */
const RANKING = /followed by|\bmost\b|highest|largest|came next|was next/;

function rankedPlace(before: string, sentence: string): string | null {
  if (!before.includes(' with ')) return null;
  const m = RANKED.exec(before);
  if (!m) return null;
  return m[2] || RANKING.test(sentence) ? m[1]! : null;
}

/** A subdivision in its name: the toll of `Tellin County` is a part; the toll `in Marenia` most often the whole. */
const SUBDIVISION_WORD = /\b(?:district|county|province|region|municipality|prefecture|parish)\b/i;
// scope/total-in-place: "the death toll in Tellin County has risen to 23", "the number of cases in Osk reached 140".
const TOTAL_IN_PLACE = new RegExp(
  `\\b(?:toll|total|tally|count|number\\s+of\\s+[a-z-]+(?:\\s+[a-z-]+)?)\\s+in\\s+${PLACE}${PLACE_KIND}\\s+` +
    '(?:(?:has|have|had)\\s+)?(?:rose|rises|risen|climbed|climbs|reached|reaches|stands|stood|hit|hits|jumped|jumps|' +
    'increased|increases|is|was|now\\s+stands)(?:\\s+(?:at|to))?\\s+(?:(?:about|some|nearly|around|at\\s+least)\\s+)?$',
  'u',
);
// scope/accounted-for: "Brenn province accounted for nine of the deaths"; "Tolva province, where …, reported nine of
// the deaths" (a count said to be "of the" whole).
const ACCOUNTED_FOR = new RegExp(
  `${PLACE}${PLACE_KIND}(?:,[^,;]{1,90},)?\\s+(?:alone\\s+)?(accounted\\s+for|reported|recorded|registered|counted)\\s+` +
    '(?:(?:about|some|nearly|around)\\s+)?$',
  'u',
);
// "…, and Tarn for three": the places listed after an "accounted for" with the verb left out.
const ACCOUNTED_ELLIPSIS = new RegExp(
  `(?:,|\\band)\\s+${PLACE}${PLACE_KIND}\\s+for\\s+(?:(?:about|some|nearly|around)\\s+)?$`,
  'u',
);
// scope/from-place: "of whom 12 were from Halden", "7 were from Upper Lissa and 5 from Osk": where the counted lived.
const FROM_PLACE = new RegExp(`^\\s*(?:[a-z-]+\\s+)?(?:were|was|are|is|came)\\s+from\\s+${PLACE}`, 'u');

/** The ordered rules. */
export const SCOPE_RULES: ScopeRule[] = [
  { by: 'scope/list-row', read: (_before, _clause, sentence) => LIST_ROW.exec(sentence)?.[1] ?? null },
  // "in Ostland's Kessel region": the place after the owner, before the owner is read as the place.
  {
    by: 'scope/possessive-place',
    read: (_before, clause) => {
      // Cheap guards first: most numbers have none of these words after them.
      const m = POSSESSIVE_CUE.test(clause) ? POSSESSIVE.exec(clause) : null;
      return m ? (m[1] ?? m[2] ?? null) : null;
    },
  },
  // "in the eastern province of Vardana": the named place, not its lower-case noun.
  {
    by: 'scope/place-of',
    read: (_before, clause) =>
      (clause.includes(' of ') && clause.includes('the ') ? PLACE_OF.exec(clause)?.[1] : null) ?? null,
  },
  // "in the western Tallis region".
  {
    by: 'scope/adjective-place',
    read: (_before, clause) => (clause.includes('the ') ? ADJECTIVE_PLACE.exec(clause)?.[1] : null) ?? null,
  },
  // "... at least 12 people died in Marion County", "and 4 in Ohio": the place after the count, same clause.
  // scope/places-joined: "left their homes in the Batken and Leilek districts" counts two places together, no one.
  { by: 'scope/in-place-after', read: (_before, clause) => inPlaceAfter(clause) },
  // "300 were injured in the capital alone": "alone" makes a lower-case place noun a part, not the whole.
  {
    by: 'scope/in-place-noun-alone',
    // The rule needs the word itself: most numbers have no `alone` after them.
    read: (_before, clause) => (clause.includes('alone') ? (IN_NOUN_ALONE.exec(clause)?.[1] ?? null) : null),
  },
  // "11 people were killed on the ground".
  {
    by: 'scope/on-the-ground',
    read: (_before, clause) => (clause.includes('ground') && ON_GROUND.test(clause) ? 'on the ground' : null),
  },
  // "45 died outside the capital".
  {
    by: 'scope/outside-place',
    read: (_before, clause) => {
      const m = clause.includes('outside') ? OUTSIDE.exec(clause) : null;
      const place = m ? (m[1] ?? m[2]) : null;
      return place ? `outside ${place}` : null;
    },
  },
  // "12 among foreign nationals".
  {
    by: 'scope/among-group',
    read: (_before, clause) => (clause.includes('among') ? amongGroup(AMONG.exec(clause)) : null),
  },
  // "Ohio: ... 14 died in the state", "Iowa Gov. ... said 12 deaths statewide": the state the sentence named.
  {
    by: 'scope/state-anaphor',
    read: (_before, clause, sentence) => {
      if (!clause.includes('state') && !clause.includes('province') && !clause.includes('country')) return null;
      if (!STATE_WORD.test(clause)) return null;
      // The body's own place, only for "the province" or "the state" it names.
      const body = /\bthe\s+(?:province|state)\b/.test(clause) ? PROVINCIAL_BODY.exec(sentence)?.[1] : null;
      return LABEL.exec(sentence)?.[1] ?? GOVERNOR.exec(sentence)?.[1] ?? body ?? null;
    },
  },
  // "90 deaths statewide", "across the country": the whole, whoever counted it and wherever the sentence opened.
  { by: 'scope/whole', read: (_before, clause) => (WHOLE_CUE.test(clause) && WHOLE_WORD.test(clause) ? WHOLE : null) },
  // "Among foreign nationals, 12 have died".
  { by: 'scope/lead-among', read: (_before, _clause, sentence) => amongGroup(LEAD_AMONG.exec(sentence)) },
  // "In Ohio, at least 40 people have died": a sentence that opens with its place.
  { by: 'scope/lead-place', read: (_before, _after, sentence) => LEAD.exec(sentence)?.[1] ?? null },
  // "In the capital alone, 300 were injured": a part named by a lower-case place noun.
  { by: 'scope/lead-place-noun', read: (_before, _after, sentence) => LEAD_NOUN.exec(sentence)?.[1] ?? null },
  { by: 'scope/ranked-place', read: (before, _clause, sentence) => rankedPlace(before, sentence) },
  {
    by: 'scope/total-in-place',
    read: (before) => {
      const m = before.includes(' in ') ? TOTAL_IN_PLACE.exec(before) : null;
      return m && SUBDIVISION_WORD.test(m[0]) ? m[1]! : null;
    },
  },
  {
    by: 'scope/accounted-for',
    read: (before, clause, sentence) => {
      const ofWhole = /^\s*of\s+(?:the|its|their)\s/.test(clause);
      const accounted = sentence.includes('accounted for');
      if (!ofWhole && !accounted) return null;
      const m = ACCOUNTED_FOR.exec(before);
      if (m && (ofWhole || m[2]!.startsWith('accounted'))) return m[1]!;
      return accounted ? (ACCOUNTED_ELLIPSIS.exec(before)?.[1] ?? null) : null;
    },
  },
  {
    by: 'scope/from-place',
    read: (_before, clause) => (clause.includes('from') ? (FROM_PLACE.exec(clause)?.[1] ?? null) : null),
  },
  // "17 people died in Ostland, including two nurses who ...": a part holds where its whole does.
  {
    by: 'scope/including-parent',
    read: (before) => (before.includes('including') ? (INCLUDING_PARENT.exec(before)?.[1] ?? null) : null),
  },
  // "Officials in Lake County reported 9 deaths": who counts names where.
  {
    by: 'scope/officials-in',
    read: (before) => (COUNTERS_CUE.some((w) => before.includes(w)) ? (OFFICIALS_IN.exec(before)?.[1] ?? null) : null),
  },
];

/**
 * The scope of the number at `[start, end)` of `sentence`, or null when none
 * of the rules reads one. A place written with a lower-case word ("in the
 * state", "across five states") is no scope: the count is the whole.
 */
export function claimScope(sentence: string, start: number, end: number): ClaimScope | null {
  const before = sentence.slice(Math.max(0, start - BEFORE), start);
  const after = sentence.slice(end, end + AFTER);
  // "Most of the dead, 61, were in ...": a number set off by commas belongs to the clause after its closing comma.
  const appositive = /,\s*$/.test(before) && /^\s*,\s/.test(after);
  const rest = appositive ? after.slice(after.indexOf(',') + 1) : after;
  const cut = CLAUSE_END.exec(rest);
  const clause = cut ? rest.slice(0, cut.index) : rest;
  const head = sentence.slice(0, Math.max(start, 0));
  for (const rule of SCOPE_RULES) {
    const text = rule.read(before, clause, head);
    if (text === WHOLE) return null;
    if (!text) continue;
    const place = normalise(text);
    if (place) return { ...place, by: rule.by };
  }
  return null;
}
