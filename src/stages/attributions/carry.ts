/**
 * Paragraph-level carrying: sentences of reported content next to an
 * attributed one take its source (`carried: true`).
 */
import type { Article, AttributionSpan } from '../../article.js';

const CONTINUES = /^(?:(?:it|he|she|they)\s+(?:also\s+)?(?:said|added|noted|estimated|believes|warned)|the\s+(?:agency|ministry|office|report|documents|statement|spy agency|service)\b|(?:he|she|it|they)\b|also\b|in addition\b|moreover\b|(?:of|among)\s+(?:that|those|them|these|the total)\b)/i;

type Trim = (text: string, start: number, end: number) => [number, number];
type Sp = (text: string, start: number, end: number) => { start: number; end: number; text: string };

/** Add carried attributions to `out` (and `bySentence`). */
export function carry(article: Pick<Article, 'text' | 'sentences'>, out: AttributionSpan[], bySentence: Map<number, AttributionSpan[]>, trimRange: Trim, sp: Sp): void {
  // Paragraph-level carrying, backwards: "…, the documents say." at a sentence end covers the
  // unattributed sentences just before it in the same paragraph.
  for (let i = article.sentences.length - 1; i > 0; i--) {
    const s = article.sentences[i]!;
    const from = bySentence.get(s.index)?.find((a) => !a.carried && (a.by.endsWith('verb-after') || a.by.endsWith('inverted')) && a.content.end <= a.cue.start && s.end - a.cue.end <= 30 && !/^["“‘]/.test(a.content.text));
    if (!from) continue;
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const p = article.sentences[j]!;
      if (p.paragraph !== s.paragraph || p.heading || bySentence.has(p.index)) break;
      const a: AttributionSpan = { sentence: p.index, content: sp(article.text, ...trimRange(article.text, p.start, p.end)), source: from.source, via: from.via, cue: from.cue, carried: true, by: 'attributions/carried-back', certain: false };
      out.push(a);
      bySentence.set(p.index, [a]);
    }
  }
  // Paragraph-level carrying: a following sentence that continues the speaker's report.
  for (let i = 1; i < article.sentences.length; i++) {
    const s = article.sentences[i]!;
    const prev = article.sentences[i - 1]!;
    if (bySentence.has(s.index) || s.heading || prev.paragraph !== s.paragraph) continue;
    const from = bySentence.get(prev.index);
    if (!from?.length) continue;
    if (!CONTINUES.test(s.text)) continue;
    const src = from[from.length - 1]!;
    const a: AttributionSpan = {
      sentence: s.index,
      content: sp(article.text, ...trimRange(article.text, s.start, s.end)),
      source: src.source,
      via: src.via,
      cue: src.cue,
      carried: true,
      by: 'attributions/carried',
      certain: false,
    };
    out.push(a);
    bySentence.set(s.index, [a]);
  }
}
