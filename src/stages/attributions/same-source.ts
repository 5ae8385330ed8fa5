/**
 * `attributions/carried-same`: "according to the same report", "the same officials said" name no one new: the
 * source is the one named last, a few sentences before.
 */
import type { AttributionSpan } from '../../article.js';

const SAME = /^(?:the\s+)?same\s/i;
/** Sentences back that "the same" may reach: a paragraph or two. */
const REACH = 6;

/** Give each "the same X" source the source named last before it (in place). */
export function sameSource(out: AttributionSpan[]): void {
  if (!out.some((a) => SAME.test(a.source.name))) return;
  const ordered = [...out].sort((a, b) => a.sentence - b.sentence || a.cue.start - b.cue.start);
  let last: AttributionSpan | null = null;
  for (const a of ordered) {
    if (!SAME.test(a.source.name)) {
      if (!a.carried) last = a;
      continue;
    }
    if (!last || a.sentence - last.sentence > REACH) continue;
    a.source = { ...last.source, span: a.source.span, by: 'attributions/carried-same', certain: false };
  }
}
