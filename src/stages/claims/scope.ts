/**
 * Scope of a claim: the place a count holds for ("12 deaths in Marion
 * County", "In Ohio, 40 people ...", "officials in Lake County reported 9
 * deaths"), so that reconciliation tells a county's toll from the state's.
 * Rules are rows, tried in order; each reads a fixed window of the sentence
 * around the number (no scan of the whole text) and names itself in `by`.
 */

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
const BEFORE = 60;

// A capitalised place of one to four words ("South Carolina", "Castilla-La Mancha", "the Ada region").
const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PLACE = `((?:the\\s+)?${WORD}(?:\\s+(?:${WORD}|(?:de|del|la|of)\\s+${WORD})){0,3})`;
/** Words that end a clause: a place read beyond them belongs to another statement. */
const CLAUSE_END = /[;:()]|,\s|\b(?:but|while|whereas|compared|than|since|after|before|when|where)\b/i;
/** Capitalised words that are not places (weekdays, months, titles). */
const NOT_PLACE = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
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
]);
/** Trailing words of a place that do not change which place it is. */
const PLACE_TAIL = /\s+(?:region|province|area|state|prefecture|department|district)$/i;

function normalise(text: string): { key: string; text: string } | null {
  const words = text
    .replace(/^the\s+/i, '')
    .replace(/[.’']+$/, '')
    .split(/\s+/);
  while (words.length > 1 && NOT_PLACE.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const place = words.join(' ');
  const t = place.replace(PLACE_TAIL, '').trim();
  const first = t.split(/\s+/)[0]!;
  // A lower-case lead ("three provinces") was read by a place noun; the stop list is for capitalised words.
  if (!t || (/^\p{Lu}/u.test(first) && NOT_PLACE.has(first.toLowerCase()))) return null;
  const key = t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return key ? { key, text: place } : null;
}

interface ScopeRule {
  by: string;
  read: (before: string, after: string, sentence: string) => string | null;
}

const IN_AFTER = new RegExp(`^[^;:()]*?\\b(?:in|across|at)\\s+${PLACE}`, 'u');
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
const OFFICIALS_IN = new RegExp(
  `\\b(?:[Oo]fficials|[Aa]uthorities|[Pp]olice|[Cc]oroners?|[Hh]ospitals?)\\s+in\\s+${PLACE}[^.;]*$`,
  'u',
);

const IN_NOUN_ALONE = new RegExp(
  `^[^;:()]*?\\b(?:in|across)\\s+(the\\s+(?:${COUNT_WORD}\\s+)?(?:${PLACE_NOUN}))\\s+alone\\b`,
  'u',
);

/** The ordered rules. */
export const SCOPE_RULES: ScopeRule[] = [
  // "... at least 12 people died in Marion County", "and 4 in Ohio": the place after the count, same clause.
  {
    by: 'scope/in-place-after',
    read: (_before, after) => {
      const cut = CLAUSE_END.exec(after);
      const m = IN_AFTER.exec(cut ? after.slice(0, cut.index) : after);
      return m ? m[1]! : null;
    },
  },
  // "300 were injured in the capital alone": "alone" makes a lower-case place noun a part, not the whole.
  {
    by: 'scope/in-place-noun-alone',
    read: (_before, after) => {
      // The rule needs the word itself: most numbers have no `alone` after them.
      if (!after.includes('alone')) return null;
      const cut = CLAUSE_END.exec(after);
      return IN_NOUN_ALONE.exec(cut ? after.slice(0, cut.index) : after)?.[1] ?? null;
    },
  },
  // "In Ohio, at least 40 people have died": a sentence that opens with its place.
  { by: 'scope/lead-place', read: (_before, _after, sentence) => LEAD.exec(sentence)?.[1] ?? null },
  // "In the capital alone, 300 were injured": a part named by a lower-case place noun.
  { by: 'scope/lead-place-noun', read: (_before, _after, sentence) => LEAD_NOUN.exec(sentence)?.[1] ?? null },
  // "Officials in Lake County reported 9 deaths": who counts names where.
  { by: 'scope/officials-in', read: (before) => OFFICIALS_IN.exec(before)?.[1] ?? null },
];

/**
 * The scope of the number at `[start, end)` of `sentence`, or null when none
 * of the rules reads one. A place written with a lower-case word ("in the
 * state", "across five states") is no scope: the count is the whole.
 */
export function claimScope(sentence: string, start: number, end: number): ClaimScope | null {
  const before = sentence.slice(Math.max(0, start - BEFORE), start);
  const after = sentence.slice(end, end + AFTER);
  for (const rule of SCOPE_RULES) {
    const text = rule.read(before, after, sentence.slice(0, Math.max(start, 0)));
    if (!text) continue;
    const place = normalise(text);
    if (place) return { ...place, by: rule.by };
  }
  return null;
}
