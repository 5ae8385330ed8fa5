/**
 * `attributions/giver-list`: in a list of givers after one verb of giving ("the EU pledged €6m, Britain £4.5m and
 * Norway $3m") each sum belongs to the name just before it, not to the first giver.
 */
import type { AttributionSpan } from '../../article.js';
import { resolve, type Scope } from './phrase.js';

/** Verbs of giving whose object list may name further givers, each with its sum. */
const GIVING = /^(?:pledged|promised|gave|donated|offered|committed|contributed|provided|sent|granted|allocated)$/i;

/**
 * A further giver: a comma or "and", a capitalised name of up to four words (optionally after "the"), then a sum
 * (group 2 is the name). Each name is bounded, so the scan stays linear in the content's length.
 */
const NEXT_GIVER =
  /(?:,\s*(?:and\s+)?|\s+and\s+)((?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))\s+(?=[$€£¥]\s?\d|(?:US|A|C|NZ|HK)\$\s?\d|\d[\d,.]*\s*(?:million|billion|m|bn)\b)/gu;

/** Split each giving statement's content at the givers it lists, one attribution per further giver. */
export function giverList(scope: Scope, out: AttributionSpan[], bySentence: Map<number, AttributionSpan[]>): void {
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const a = out[i]!;
    if (a.carried || !GIVING.test(a.cue.text)) continue;
    const content = a.content;
    const found: { name: string; start: number; end: number }[] = [];
    NEXT_GIVER.lastIndex = 0;
    for (let m = NEXT_GIVER.exec(content.text); m; m = NEXT_GIVER.exec(content.text)) {
      const start = content.start + m.index + m[0].length - m[1]!.length;
      found.push({ name: m[2]!, start, end: start + m[1]!.length });
    }
    for (let k = 0; k < found.length; k++) {
      const g = found[k]!;
      const end = k + 1 < found.length ? found[k + 1]!.start : content.end;
      const nameStart = g.end - g.name.length;
      const source = resolve(scope, { start: nameStart, end: g.end }, 'attributions/giver-list')[0] ?? {
        entity: null,
        name: g.name,
        span: { start: nameStart, end: g.end, text: g.name },
        by: 'attributions/giver-list',
        certain: false,
      };
      const b: AttributionSpan = {
        ...a,
        content: { start: g.start, end, text: scope.text.slice(g.start, end) },
        source,
        via: [],
        by: 'attributions/giver-list',
        certain: false,
      };
      out.push(b);
      bySentence.get(a.sentence)?.push(b);
    }
  }
}
