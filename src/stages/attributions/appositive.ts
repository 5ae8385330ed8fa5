/** Subjects before comma-enclosed appositives: "Sergei Shoigu, head of Russia's Security Council, said". */
import type { Token } from '../entities/names.js';
import { mentionsIn, resolve, subjectBefore, type Phrase, type Scope } from './phrase.js';

const APPOSITIVE_HEAD = /^(?:(?:speaking|writing|testifying|appearing|standing|talking|addressing|citing|according)\b|(?:(?:a|an|the|its|his|her|their|former|then)\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:head|who|chief|director|minister|secretary|spokesman|spokeswoman|spokesperson|leaders?|president|editor|lawyer|attorney|members?|chairman|chairwoman|professor|analyst|author|officials?|founder|ceo|commander|general|senator|governor|mayor|ambassador|researcher|economist|expert|one|nominee|candidate|adviser|advisor|aide|administrator|resident|survivor|witness|owner|executive|manager)\b)/iu;

/** "X, head of Y, said": the subject phrase before a comma-enclosed appositive ending at cue `c`. */
export function beforeAppositive(scope: Scope, toks: Token[], c: number): Phrase | null {
  const { text } = scope;
  // Find the token after the opening comma of the appositive.
  for (let j = c - 1; j > 0 && j > c - 16; j--) {
    if (toks[j]!.end < toks[c]!.start - 200) break;
    const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
    if (!/,/.test(gap)) continue;
    if (j === c) break;
    const appositive = { start: toks[j]!.start, end: toks[c - 1]!.end };
    const appoText = text.slice(appositive.start, appositive.end);
    const ph = subjectBefore(scope, toks, j, true);
    // "one of the women, Maureen Maloney, said": the name is the appositive.
    const inside = resolve(scope, appositive, 'attributions/appositive');
    if (inside[0]?.entity && mentionsIn(scope, appositive.start, appositive.end).some((m) => m.start === appositive.start && m.end === appositive.end && (m.type === 'person' || m.type === 'other'))) return appositive;
    if (!ph) return null;
    // A role ("head of …") or a short description right after a named person ("Democrat of Ohio").
    const subj = resolve(scope, ph, 'attributions/appositive');
    const endsInName = mentionsIn(scope, ph.start, ph.end).some((m) => m.end === ph.end && m.type !== 'country');
    if (APPOSITIVE_HEAD.test(appoText) || /^(?:citing|according to)\b/.test(appoText) || (appoText.split(/\s+/).length <= 8 && endsInName && subj.length)) return ph;
    return null;
  }
  return null;
}
