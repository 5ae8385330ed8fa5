/**
 * The README's sanity baseline: "calling every number in the text a claim".
 * One claim per number token, its sentence as evidence, nothing else known
 * (status asserted, no source, no measure). It scores a plain claim F1 of
 * about 0.72 on the seeds and 0.62 on dev, with a strict F1 of 0: a scorer
 * that gives it much more is too lenient, one that gives it much less
 * misreads the rules.
 */
import { plainClaimRecord, type ClaimRecord } from '../records.js';

const MULTIPLIER: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Sentences of a text, with offsets: split at line breaks and after . ! ? before a capital, digit or quote. */
export function roughSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /\r?\n|[.!?]["\u201D\u2019')\]]*(?=\s+["\u201C\u2018([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m[0].startsWith('\n') || m[0].startsWith('\r') ? m.index : m.index + m[0].length;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** One predicted claim per number token of `text` (a document's raw text). */
export function everyNumberBaseline(
  text: string,
  document = 'baseline',
  split: (text: string) => Array<{ start: number; end: number }> = roughSentences,
): ClaimRecord[] {
  const claims: ClaimRecord[] = [];
  for (const s of split(text)) {
    const sentence = text.slice(s.start, s.end);
    const re = /\d+(?:[.,]\d+)*(?:\s+(thousand|million|billion|trillion)\b)?/g;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const digits = m[0].match(/^[\d.,]+/)![0];
      // "1,500" is 1500 and "1.5" is 1.5; a comma followed by exactly three digits groups thousands.
      let value = Number(/,\d{3}(?!\d)/.test(digits) ? digits.replace(/,/g, '') : digits.replace(/,.*$/, ''));
      if (m[1]) value *= MULTIPLIER[m[1]]!;
      if (!Number.isFinite(value)) continue;
      const at = s.start + m.index;
      claims.push(
        plainClaimRecord({
          id: `${document}:${at}`,
          document,
          evidence: sentence,
          evidenceStart: s.start,
          evidenceEnd: s.end,
          numberStart: at,
          numberEnd: at + m[0].length,
          text: m[0],
          value,
          by: { quantity: 'baseline/every-number' },
        }),
      );
    }
  }
  return claims;
}
