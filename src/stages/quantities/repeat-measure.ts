/**
 * `had twice been investigated` → investigations, `won the title twice` → titles, `won the Asian Cup twice` → Asian
 * Cup titles: a count of times counts the events its verb names, or the thing named right before it.
 */
import { STOP_WORDS } from './lexicon.js';
import { REPEATS } from './number.js';
import { mark, type PhraseRule } from './phrase-state.js';
import { pluralNoun } from '../../vocabulary/plural.js';
import type { Token } from './tokens.js';

/** The events a past participle names: `investigated` → investigations, `arrested` → arrests, `charged` → charges. */
export function eventsOf(participle: string): string | null {
  if (!/^[a-z]{4,}ed$/.test(participle)) return null;
  if (participle.endsWith('ated')) return `${participle.slice(0, -4)}ations`;
  const stem = participle.slice(0, -2);
  return /[gsczv]$/.test(stem) ? `${stem}es` : `${stem}s`;
}

/** Verbs of winning a competition: `won the X Cup twice` counts X Cup titles. */
const WIN_VERBS = new Set(['won', 'win', 'wins', 'winning', 'clinched', 'lifted']);

/**
 * `won the Asian Cup` ending right before token `end`: the competition's titles, or null. A run of up to four
 * capitalised words after `the` and a verb of winning.
 */
export function titlesWon(tokens: Token[], end: number): string | null {
  let k = end - 1;
  while (k >= end - 4 && k >= 0 && tokens[k]!.kind === 'word' && /^[A-Z]/.test(tokens[k]!.text)) k--;
  if (k === end - 1 || tokens[k]?.lower !== 'the' || !WIN_VERBS.has(tokens[k - 1]?.lower ?? '')) return null;
  return `${tokens
    .slice(k + 1, end)
    .map((x) => x.text)
    .join(' ')} titles`;
}

/** A count of times takes the events of the verb after it, else the noun or verb right before it. */
export const repeatMeasure: PhraseRule = {
  id: 'quantities/repeat-measure',
  apply(p) {
    const t = p.tokens;
    const core = t[p.core.first]!;
    if (p.measure !== null || !REPEATS.has(core.lower)) return;
    let k = p.core.last;
    if (t[k]?.lower === 'been' || t[k]?.lower === 'be') k++;
    let measure = t[k]?.kind === 'word' ? eventsOf(t[k]!.lower) : null;
    const prev = t[p.core.first - 1];
    // `has won the Copa Sudamericana twice`: titles of the competition named.
    if (!measure) measure = titlesWon(t, p.core.first);
    if (!measure && prev?.kind === 'word' && !STOP_WORDS.has(prev.lower)) {
      measure = eventsOf(prev.lower) ?? (/^[a-z]+$/.test(prev.text) ? pluralNoun(prev.lower) : null);
    }
    if (!measure) return;
    p.measure = measure;
    mark(p, this.id);
  },
};
