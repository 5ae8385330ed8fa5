/**
 * Datelines at the start of the story, as an ordered list of named rules:
 * `SEOUL, Oct. 18 (Yonhap) --`, `KARACHI, Pakistan (Reuters) —`, `SEOUL:`,
 * `Kyiv, Ukraine (AP) —`, `Quito CNN —`, `Lyon, France -`, `Lagos, March 3 —`,
 * `New Delhi:`. Gives the place as written with its region ("KARACHI,
 * Pakistan"; the region is part of an agency dateline) and, when present, the
 * month, day, year and credit.
 */
import type { Span } from '../../article.js';
import { builtinGazetteer, demonymCountries } from '../entities/gazetteer.js';
import { agencyByName, knownOutlet } from './agencies.js';
import { MONTH_NUMBERS, MONTH_SHORT } from '../../vocabulary/calendar.js';

export interface Dateline {
  /** The place with its region, as written: "KARACHI, Pakistan", "Lyon, France", "SEOUL". */
  place: string;
  placeSpan: Span;
  /** Whole dateline prefix, including the separator. */
  span: Span;
  month?: number;
  day?: number;
  /** The year, when the dateline states one ("Jan. 5, 2025"). */
  year?: number;
  dateSpan?: Span;
  credit?: string;
  /** The rule that read it. */
  by: string;
  /**
   * Unmistakable enough to be read past the lead (after a caption or a deck): an upper-case place, a credit or a date.
   */
  sure: boolean;
}

/** The month number of a month's name or abbreviation (`Sept.`, `march`), or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()];
}

// Labels that open a story the way a place does ("BREAKING NEWS:", "Update:"), compared in upper case.
const LABELS = new Set(
  (
    'BREAKING|BREAKING NEWS|UPDATE|UPDATED|UPDATES|LIVE|LIVE UPDATES|LIVE BLOG|EXCLUSIVE|WATCH|WATCH LIVE|ANALYSIS|' +
    "OPINION|EDITORIAL|NOTE|EDITOR’S NOTE|EDITOR'S NOTE|PHOTO|PHOTOS|VIDEO|VIDEOS|GALLERY|AUDIO|LISTEN|PODCAST|" +
    'CORRECTION|CLARIFICATION|FILE|ALERT|URGENT|LEAD|NEW|FACT CHECK|Q|A|NEWS|REPORT|OP-ED|COMMENTARY|REVIEW|' +
    'INTERVIEW|JUST IN|DEVELOPING|DEVELOPING STORY|TOP STORY|WARNING|CONTENT WARNING|DISCLAIMER|NOTICE|SUMMARY|' +
    'HIGHLIGHTS|KEY POINTS|TAKEAWAYS|BACKGROUND|CONTEXT|EXPLAINER|FACTBOX|TIMELINE|MAP|CHART|POLL|QUIZ|FEATURE|' +
    'PROFILE|OBITUARY|SPONSORED|ADVERTISEMENT|PRESS RELEASE|TRANSCRIPT|RECAP|PREVIEW|READ|READ MORE|ALSO READ|' +
    'RELATED|SOURCE|SOURCES|CREDIT|STORY|FIRST ON|MORE|WHAT WE KNOW|WHY IT MATTERS|THE BIG PICTURE|BOTTOM LINE|' +
    'MEANWHILE|PLUS|TIP|TIPS|TRENDING|REPORTING|EDITING|UPDATE 1|UPDATE 2|UPDATE 3'
  ).split('|'),
);
// A word that makes a shouted phrase a label wherever it stands ("FLOOD WARNING —", "STORM UPDATE:").
const LABEL_WORDS = new Set(['WARNING', 'ALERT', 'UPDATE', 'UPDATES', 'BREAKING', 'LIVE', 'EXCLUSIVE', 'WATCH']);
// Organisations are not places: "NATO:", "FEMA —" open a sentence about the body, not where it was filed.
const ORGANISATIONS = new Set(
  builtinGazetteer()
    .filter((e) => e.type === 'organization')
    .flatMap((e) => [e.name, ...e.aliases])
    .map((n) => n.toUpperCase()),
);

// Countries and capitals in mixed case ("Washington —", "Tokyo —"): a place that needs no credit, date or region.
const DEMONYMS = demonymCountries();
const KNOWN_PLACES = new Set(
  builtinGazetteer()
    .filter((e) => e.type === 'country')
    .flatMap((e) => [e.name, ...e.aliases])
    .filter((n) => /^\p{Lu}\p{Ll}/u.test(n) && !(n.toLowerCase() in DEMONYMS)),
);

const UP_WORD = "\\p{Lu}[\\p{Lu}'.-]{1,30}";
const MIX_WORD = "\\p{Lu}[\\p{L}'.-]{1,30}";
// A region or country after a place: one or two capitalised words ("Ecuador", "New Mexico").
const REGION_NAME = '\\p{Lu}[\\p{L}.]{1,20}(?: \\p{Lu}[\\p{L}.]{1,20})?';
const REGION = `(?<region>,\\s${REGION_NAME})`;
const DATE =
  `(?:,?\\s+(?<mon>(?:${MONTH_SHORT.join('|')})[a-z]{0,6}\\.?)\\s+(?<day>\\d{1,2})` +
  '(?:,\\s*(?<year>(?:19|20)\\d{2}))?)';
const CREDIT = '(?:\\s*\\((?<credit>[^()\\n]{2,40})\\))';
// The separator, then a sentence that opens with a capital, a digit or a quote ("FEMA — the agency —" is no dateline).
const DASH = '(?:--|—|–|(?<=[\\s)])-)';
const START = '\\s*(?=[\\p{Lu}\\d"“‘\'])';

/** One dateline shape: its rule id, its pattern (named groups) and whether it is sure enough past the lead. */
interface DatelineRule {
  by: string;
  re: RegExp;
  sure: boolean;
  /** Further checks on a match. */
  check?: (m: RegExpExecArray, head: string) => boolean;
}

const rx = (source: string) => new RegExp(source, 'du');

/** Dateline shapes, most specific first; every part is bounded, so each match is linear in the 300-char head. */
const DATELINE_RULES: DatelineRule[] = [
  {
    // "NAIROBI/KAMPALA, March 3 (Reuters) -": a story filed from two places, joined by a slash
    by: 'metadata/dateline-slash',
    re: rx(
      `^(?<place>${UP_WORD}(?: ${UP_WORD}){0,2}/${UP_WORD}(?: ${UP_WORD}){0,2})${DATE}?${CREDIT}?\\s*(?:${DASH}|:)${START}`,
    ),
    sure: true,
  },
  {
    // "SEOUL, Oct. 18 (Yonhap) --", "KARACHI, Pakistan (Reuters) —", "TOKYO, Japan, March 3 --", "SEOUL:", "ROME —"
    by: 'metadata/dateline',
    re: rx(`^(?<place>${UP_WORD}(?: ${UP_WORD}){0,3})${REGION}?${DATE}?${CREDIT}?\\s*(?:${DASH}|:)${START}`),
    sure: true,
  },
  {
    // "Kyiv, Ukraine (AP) —", "Lagos, March 3 (Reuters) -", "Dhaka, March 3 (IANS):"
    by: 'metadata/dateline-credit',
    re: rx(`^(?<place>${MIX_WORD}(?: ${MIX_WORD}){0,3})${REGION}?${DATE}?${CREDIT}\\s*(?:${DASH}|:)${START}`),
    sure: true,
  },
  {
    // "Cuenca (Ecuador) (AFP) -": the region in brackets before the credit; the place is the town alone
    by: 'metadata/dateline-bracket-region',
    re: rx(`^(?<place>${MIX_WORD}(?: ${MIX_WORD}){0,3}) \\(${REGION_NAME}\\)${CREDIT}\\s*(?:${DASH}|:)${START}`),
    sure: true,
  },
  {
    // "Quito CNN —": a known outlet's name without brackets
    by: 'metadata/dateline-outlet',
    re: rx(`^(?<place>${MIX_WORD}(?: ${MIX_WORD}){0,2}) (?<credit>\\p{Lu}{2,5})\\s*${DASH}${START}`),
    sure: true,
    check: (m) => !!(knownOutlet(m.groups!.credit!) || agencyByName(m.groups!.credit!)),
  },
  {
    // "Lagos, March 3 —", "Lima, Peru, March 3:": a mixed-case place with its month and day
    by: 'metadata/dateline-date',
    re: rx(`^(?<place>${MIX_WORD}(?: ${MIX_WORD}){0,3})${REGION}?${DATE}\\s*(?:${DASH}|:)${START}`),
    sure: true,
  },
  {
    // "Lyon, France - Rescuers said", "Dhaka, Bangladesh: Floods": a mixed-case place and its region
    by: 'metadata/dateline-region',
    re: rx(`^(?<place>${MIX_WORD}(?: ${MIX_WORD}){0,2})${REGION}\\s*(?:${DASH}|:)${START}`),
    sure: false,
  },
  {
    // "Washington — The economy…", "Tokyo — A quake…": a country or capital alone before a dash
    by: 'metadata/dateline-capital',
    re: rx(`^(?<place>${MIX_WORD}(?: ${MIX_WORD}){0,2})\\s*${DASH}${START}`),
    sure: false,
    check: (m) => KNOWN_PLACES.has(m.groups!.place!),
  },
  {
    // "New Delhi: Floods forced…": a mixed-case place alone before a colon, only before a whole sentence
    by: 'metadata/dateline-colon',
    re: rx(`^(?<place>${MIX_WORD}(?: ${MIX_WORD}){0,2}):${START}`),
    sure: false,
    check: (m, head) => /^[^\n]{40,}?[.!?]["”]?(?:\s|$)/u.test(head.slice(m[0].length)),
  },
];

const span = (m: RegExpExecArray, group: string): Span | undefined => {
  const at = m.indices?.groups?.[group];
  return at ? { start: at[0], end: at[1], text: m.input.slice(at[0], at[1]) } : undefined;
};

/** A place that is a label or an organisation, or too short to name a place without a credit or a date. */
function notPlace(m: RegExpExecArray): boolean {
  const g = m.groups!;
  const place = g.place!;
  const upper = place.toUpperCase();
  if (LABELS.has(upper) || ORGANISATIONS.has(upper)) return true;
  if (!g.region && upper.split(' ').some((w) => LABEL_WORDS.has(w))) return true;
  return place.length < 3 && !g.credit && !g.mon && !g.region;
}

/**
 * The dateline at the start of the story (`text` from `from`: after a headline kept in the text), or null; spans are
 * into `text`.
 */
export function findDateline(text: string, from = 0): Dateline | null {
  const dl = datelineAtStart(text.slice(from, from + 300));
  if (!dl || !from) return dl;
  const shift = (s: Span): Span => ({ start: s.start + from, end: s.end + from, text: s.text });
  return {
    ...dl,
    placeSpan: shift(dl.placeSpan),
    span: shift(dl.span),
    ...(dl.dateSpan ? { dateSpan: shift(dl.dateSpan) } : {}),
  };
}

// Every rule ends in a separator (a dash or a colon), so a head without one is no dateline: most sentences.
const SEPARATOR = /--|[—–:]|[\s)]-/;

function datelineAtStart(head: string): Dateline | null {
  if (!SEPARATOR.test(head)) return null;
  for (const rule of DATELINE_RULES) {
    const m = rule.re.exec(head);
    if (!m || notPlace(m) || (rule.check && !rule.check(m, head))) continue;
    return readMatch(m, rule);
  }
  return null;
}

function readMatch(m: RegExpExecArray, rule: DatelineRule): Dateline {
  const g = m.groups!;
  const placeEnd = span(m, g.region ? 'region' : 'place')!.end;
  const place = m.input.slice(0, placeEnd);
  const dl: Dateline = {
    place,
    placeSpan: { start: 0, end: placeEnd, text: place },
    span: { start: 0, end: m[0].length, text: m[0] },
    by: rule.by,
    sure: rule.sure,
  };
  if (g.mon && g.day) {
    const mon = monthNumber(g.mon);
    const day = Number(g.day);
    if (mon && day >= 1 && day <= 31) {
      dl.month = mon;
      dl.day = day;
      if (g.year) dl.year = Number(g.year);
      const s = span(m, 'mon')!.start;
      const e = span(m, g.year ? 'year' : 'day')!.end;
      dl.dateSpan = { start: s, end: e, text: m.input.slice(s, e) };
    }
  }
  if (g.credit) dl.credit = g.credit;
  return dl;
}
