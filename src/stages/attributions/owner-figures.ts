/**
 * `attributions/owner-figures`: a sentence that opens with an owner's figures ("The regulator's own estimate is
 * that …", "The relief trust's final count, released Monday, puts …") takes that owner as its source.
 */
import type { AttributionSpan } from '../../article.js';
import { resolve, type Scope } from './phrase.js';

/**
 * The owner (group 1), its figures noun with at most two qualifiers, an optional participle aside, then the verb that
 * states them (group 2). Anchored at the sentence start and bounded, so it reads a fixed prefix of each sentence.
 */
const OWNER_FIGURES =
  /^((?:the\s+)?[^\s,.;:"“”'’]+(?:\s+[^\s,.;:"“”'’]+){0,4}?)['’]s?\s+(?:(?:own|latest|final|official|initial|new|revised|updated|preliminary|internal)\s+){0,2}(?:estimate|count|tally|figures|calculation|assessment|reckoning|records|data)(?:,\s+(?:released|published|issued|updated|made public)\b[^,.;]{0,40},)?\s+((?:is\s+that|puts?|placed?s?|shows?|showed|suggests?|suggested)\b)/iu;

/** Owners that are no source: pronouns and things that hold no figures of their own. */
const NOT_OWNER = /^(?:the\s+)?(?:his|her|my|our|your|its|their|this|that|year|week|month|day|report|study)$/i;

/** Add an attribution for each unattributed sentence that opens with its owner's figures. */
export function ownerFigures(
  scope: Scope,
  sentences: readonly { index: number; start: number; end: number; text: string }[],
  out: AttributionSpan[],
  bySentence: Map<number, AttributionSpan[]>,
): void {
  for (const s of sentences) {
    const had = bySentence.get(s.index);
    // An inverted reading of the same verb ("…, released Monday, puts the dead at 88") gives way to the owner.
    if (had && !had.every((a) => a.by === 'attributions/inverted')) continue;
    const lead = s.text.length - s.text.trimStart().length;
    const m = OWNER_FIGURES.exec(s.text.slice(lead, lead + 160));
    if (!m || NOT_OWNER.test(m[1]!)) continue;
    const start = s.start + lead;
    if (had) for (const a of had) out.splice(out.indexOf(a), 1);
    const phrase = { start: start + (/^the\s+/i.exec(m[1]!)?.[0].length ?? 0), end: start + m[1]!.length };
    const name = scope.text.slice(phrase.start, phrase.end);
    const found = resolve(scope, phrase, 'attributions/owner-figures')[0];
    const source = found ?? {
      entity: null,
      name,
      span: { ...phrase, text: name },
      by: 'attributions/owner-figures',
      certain: false,
    };
    const cueStart = start + m.index + m[0].length - m[2]!.length;
    const cue = { start: cueStart, end: cueStart + m[2]!.length, text: m[2]! };
    const a: AttributionSpan = {
      sentence: s.index,
      content: { start: cue.end, end: s.end, text: scope.text.slice(cue.end, s.end) },
      source,
      via: [],
      cue,
      carried: false,
      by: 'attributions/owner-figures',
      certain: false,
    };
    out.push(a);
    bySentence.set(s.index, [a]);
  }
}
