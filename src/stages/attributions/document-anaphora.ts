/**
 * `attributions/document-anaphora`: "the report", "the study" named as a source stands for the one who issued the
 * report or study named a few sentences before ("A report by the Water Agency said … According to the report, …").
 */
import type { AttributionSpan } from '../../article.js';

/** Documents that are cited back by their kind, each with its issuer test ("a report by X", "a recent study by X"). */
const DOCUMENTS = new Map(
  ['report', 'study', 'survey', 'analysis', 'assessment', 'review', 'letter', 'audit'].map((noun) => [
    noun,
    new RegExp(`\\b${noun}s?\\s+(?:[a-z-]+\\s+){0,2}by\\s+(?:the\\s+)?$`, 'i'),
  ]),
);

/** How many sentences back the document may have been named. */
const REACH = 4;

/**
 * The issuer test of "the report", "the new study", "the latest survey" (a definite document with at most one word
 * of its own), or null when the source is no such document.
 */
function documentIssuer(a: AttributionSpan): RegExp | null {
  const s = a.source;
  if (s.entity || !/\/(?:generic|described)$/.test(s.by)) return null;
  const m = /^(?:the|this|that)\s+(?:[a-z-]+\s+)?([a-z]+)$/i.exec((s.span?.text ?? '').trim());
  return (m && DOCUMENTS.get(m[1]!.toLowerCase())) ?? null;
}

/** Give each "the report" source the issuer of the last report named within {@link REACH} sentences. */
export function documentAnaphora(text: string, out: AttributionSpan[]): void {
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    const issued = documentIssuer(a);
    if (!issued) continue;
    for (let j = i - 1; j >= 0 && a.sentence - out[j]!.sentence <= REACH; j--) {
      const prev = out[j]!.source;
      if (!prev.span || documentIssuer(out[j]!)) continue;
      const before = text.slice(Math.max(0, prev.span.start - 48), prev.span.start);
      if (!issued.test(before)) continue;
      a.source = { ...prev, span: a.source.span ?? prev.span, by: 'attributions/document-anaphora', certain: false };
      break;
    }
  }
}
