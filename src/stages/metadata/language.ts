/**
 * Language by script and stopwords: enough to tell the languages a news
 * batch is likely to mix. Returns a BCP 47 primary tag or null.
 */
import { letterAt } from '../letters.js';

export const STOP: Record<string, string[]> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'on',
    'with',
    'said',
    'was',
    'has',
    'by',
    'as',
    'it',
    'from',
    'have',
    'are',
    'his',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'sich',
    'auf',
    'für',
    'dem',
    'ein',
    'eine',
    'auch',
    'wurde',
    'sagte',
  ],
  fr: [
    'le',
    'la',
    'les',
    'et',
    'de',
    'des',
    'est',
    'une',
    'dans',
    'pour',
    'que',
    'qui',
    'du',
    'sur',
    'pas',
    'au',
    'avec',
    'selon',
    'été',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'y',
    'de',
    'que',
    'del',
    'en',
    'por',
    'una',
    'con',
    'para',
    'se',
    'es',
    'según',
    'su',
    'al',
    'dijo',
  ],
  it: [
    'il',
    'di',
    'che',
    'è',
    'la',
    'per',
    'una',
    'sono',
    'della',
    'del',
    'con',
    'non',
    'gli',
    'nel',
    'alla',
    'anche',
    'ha',
    'ha detto',
  ],
  pt: [
    'o',
    'os',
    'a',
    'as',
    'e',
    'de',
    'que',
    'não',
    'é',
    'um',
    'uma',
    'com',
    'para',
    'do',
    'da',
    'em',
    'no',
    'na',
    'foi',
    'ao',
    'dos',
    'das',
    'segundo',
    'disse',
    'pelo',
  ],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'op', 'zijn', 'voor', 'met', 'ook', 'werd', 'zei', 'naar'],
};
/** The languages in {@link STOP}'s order, and for each stopword the languages that list it; built once. */
const LANGS = Object.keys(STOP);
const STOP_INDEX = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of new Set(STOP[lang])) {
    const langs = STOP_INDEX.get(w);
    if (langs) langs.push(i);
    else STOP_INDEX.set(w, [i]);
  }
});
/** The length of the longest stopword: a longer word is counted, never looked up. */
const LONGEST_STOP = Math.max(...[...STOP_INDEX.keys()].map((w) => w.length));
/** Scripts by code-unit range, in the order they are tried. */
const SCRIPTS: Array<[string, number, number]> = [
  ['ko', 0xac00, 0xd7af],
  ['ja', 0x3040, 0x30ff],
  ['zh', 0x4e00, 0x9fff],
  ['ru', 0x0400, 0x04ff],
  ['ar', 0x0600, 0x06ff],
  ['he', 0x0590, 0x05ff],
  ['th', 0x0e00, 0x0e7f],
  ['el', 0x0370, 0x03ff],
];
const LETTER = /^\p{L}$/u;

export function detectLanguage(text: string): { lang: string; confidence: number } | null {
  const sample = text.slice(0, 5000);
  // One pass: letters (code points, as /\p{L}/gu counts them) and the characters of each script.
  let letters = 0;
  const inScript = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      const l = c | 0x20;
      if (l >= 0x61 && l <= 0x7a) letters++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const d = sample.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(sample.slice(i, i + 2))) letters++;
        i++;
        continue;
      }
    }
    if (LETTER.test(sample[i]!)) letters++;
    for (let k = 0; k < SCRIPTS.length; k++) if (c >= SCRIPTS[k]![1] && c <= SCRIPTS[k]![2]) inScript[k]!++;
  }
  if (letters < 20) return null;
  for (let k = 0; k < SCRIPTS.length; k++) {
    const n = inScript[k]!;
    // Japanese kana outrank Han characters; Han alone is Chinese.
    if (n / letters > 0.3) return { lang: SCRIPTS[k]![0], confidence: n / letters };
  }
  // The words are the letter runs (what /\p{L}+/gu finds) of the lower-cased sample, read in one walk; only a word
  // short enough to be a stopword is cut out and looked up.
  const lower = sample.toLowerCase();
  const hits = new Array<number>(LANGS.length).fill(0);
  let words = 0;
  for (let i = 0; i < lower.length;) {
    let n = letterAt(lower, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    while (n) {
      i += n;
      n = letterAt(lower, i);
    }
    words++;
    if (i - start > LONGEST_STOP) continue;
    const langs = STOP_INDEX.get(lower.slice(start, i));
    if (langs) for (const k of langs) hits[k]!++;
  }
  if (words < 5) return null;
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  LANGS.forEach((lang, i) => {
    const n = hits[i]!;
    if (n > bestN) {
      second = bestN;
      bestN = n;
      best = lang;
    } else if (n > second) second = n;
  });
  if (!best || bestN / words < 0.08) return null;
  return { lang: best, confidence: (bestN - second) / Math.max(1, bestN) };
}
