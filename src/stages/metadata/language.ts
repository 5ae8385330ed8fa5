/**
 * Language by script and stopwords: enough to tell the languages a news
 * batch is likely to mix. Returns a BCP 47 primary tag or null.
 */
const STOP: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'said', 'was', 'has', 'by', 'as', 'it', 'from', 'have', 'are', 'his'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auf', 'für', 'dem', 'ein', 'eine', 'auch', 'wurde', 'sagte'],
  fr: ['le', 'la', 'les', 'et', 'de', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'du', 'sur', 'pas', 'au', 'avec', 'selon', 'été'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'del', 'en', 'por', 'una', 'con', 'para', 'se', 'es', 'según', 'su', 'al', 'dijo'],
  it: ['il', 'di', 'che', 'è', 'la', 'per', 'una', 'sono', 'della', 'del', 'con', 'non', 'gli', 'nel', 'alla', 'anche', 'ha', 'ha detto'],
  pt: ['o', 'os', 'a', 'as', 'e', 'de', 'que', 'não', 'é', 'um', 'uma', 'com', 'para', 'do', 'da', 'em', 'no', 'na', 'foi', 'ao', 'dos', 'das', 'segundo', 'disse', 'pelo'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'op', 'zijn', 'voor', 'met', 'ook', 'werd', 'zei', 'naar'],
};
/** The stopword lists as sets, built once. */
const STOP_SETS: Array<[string, Set<string>]> = Object.entries(STOP).map(([lang, list]) => [lang, new Set(list)]);
const SCRIPTS: Array<[string, RegExp]> = [
  ['ko', /[\uac00-\ud7af]/g],
  ['ja', /[\u3040-\u30ff]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['ru', /[\u0400-\u04ff]/g],
  ['ar', /[\u0600-\u06ff]/g],
  ['he', /[\u0590-\u05ff]/g],
  ['th', /[\u0e00-\u0e7f]/g],
  ['el', /[\u0370-\u03ff]/g],
];

export function detectLanguage(text: string): { lang: string; confidence: number } | null {
  const sample = text.slice(0, 5000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  for (const [lang, re] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    // Japanese kana outrank Han characters; Han alone is Chinese.
    if (n / letters > 0.3) return { lang, confidence: n / letters };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const [lang, set] of STOP_SETS) {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    if (n > bestN) {
      second = bestN;
      bestN = n;
      best = lang;
    } else if (n > second) second = n;
  }
  if (!best || bestN / words.length < 0.08) return null;
  return { lang: best, confidence: (bestN - second) / Math.max(1, bestN) };
}
