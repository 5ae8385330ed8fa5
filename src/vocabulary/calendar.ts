/**
 * The names of months and weekdays, in one place for the stages, the corpus and the web bundle (imports
 * nothing). Lists are written as the news prints them; a caller lowers or joins them as it reads.
 */

/** The months in order (`MONTH_NAMES[0]` is January). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The weekdays in `Date.getDay()` order (`WEEKDAY_NAMES[0]` is Sunday). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The three-letter short forms of the months, in order (`Jan`, … `Dec`; `May` is its own). */
export const MONTH_SHORT = MONTH_NAMES.map((m) => m.slice(0, 3));

/** The abbreviations a month is written as (lower case, without the dot; `may` is no abbreviation). */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** The three-letter short forms of the weekdays (lower case, Sunday first). */
export const WEEKDAY_ABBREVIATIONS = WEEKDAY_NAMES.map((d) => d.slice(0, 3).toLowerCase());

/** Month (full name or abbreviation, lower case) → its number, 1 to 12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries([
  ...MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1] as const),
  ...MONTH_ABBREVIATIONS.map((a) => [a, MONTH_SHORT.findIndex((m) => m.toLowerCase() === a.slice(0, 3)) + 1] as const),
]);

/** Weekday (full name, lower case) → its `Date.getDay()` number. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  WEEKDAY_NAMES.map((d, i) => [d.toLowerCase(), i] as const),
);

/** A month name in any written form (`Jan`, `Sept`, `September`) as a regex alternation, lower case, no group. */
export const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|' +
  'nov(?:ember)?|dec(?:ember)?';

/** {@link MONTH_PATTERN} with each name capitalised, for patterns that read case. */
export const CAPITAL_MONTH_PATTERN = MONTH_PATTERN.replace(
  /(^|\|)([a-z])/g,
  (_, at: string, c: string) => at + c.toUpperCase(),
);

/** The full month and weekday names, capitalised. */
export const CALENDAR_NAMES: readonly string[] = [...MONTH_NAMES, ...WEEKDAY_NAMES];

/** The full month and weekday names as one alternation, capitalised (`January|…|Saturday`). */
export const CALENDAR_NAMES_PATTERN = CALENDAR_NAMES.join('|');

/** Every calendar word in lower case: full names and abbreviations of months and weekdays. */
export const CALENDAR_WORDS: readonly string[] = [
  ...CALENDAR_NAMES.map((w) => w.toLowerCase()),
  ...WEEKDAY_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
];

/** Words after a four-digit number that make it a time of day, not a year (`1840 GMT`, `2040 hrs`). */
export const CLOCK_WORDS_PATTERN = 'GMT|UTC|hrs?';
