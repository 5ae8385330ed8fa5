/** Subjects before comma-enclosed appositives: "Sergei Shoigu, head of Russia's Security Council, said". */
import { SHORT_TITLES, type Token } from '../entities/names.js';
import { BETWEEN, GENERIC_HEADS } from './lexicon.js';
import { mentionsIn, resolve, subjectBefore, type Phrase, type Scope } from './phrase.js';

/** Participles and prepositions that open an aside about the subject ("speaking to reporters"). */
const ASIDE_OPENER = 'speaking|writing|testifying|appearing|standing|talking|addressing|citing|according';
/** Nouns that head a description of a person or body ("the agency's head", "a former minister"). */
const DESCRIPTION_HEAD =
  'head|who|whose|which|chief|director|minister|secretary|spokesman|spokeswoman|spokesperson|leaders?|president|editor|' +
  'lawyer|attorney|members?|chairman|chairwoman|professor|analyst|author|officials?|founder|ceo|commander|general|' +
  'senator|governor|mayor|ambassador|researcher|economist|expert|one|nominee|candidate|adviser|advisor|aide|' +
  'administrator|resident|survivor|witness|owner|executive|manager|firm|company|provider|insurer|agency|' +
  'organi[sz]ation|group|nonprofit|charity|union|consultancy|modeler|tracker';
const APPOSITIVE_HEAD = new RegExp(
  `^(?:(?:${ASIDE_OPENER})\\b|(?:(?:a|an|the|its|his|her|their|former|then)\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}` +
    `(?:${DESCRIPTION_HEAD})\\b)`,
  'iu',
);
/** The words APPOSITIVE_HEAD can turn on, lower-case: it is tried only when one opens one of the first words. */
const HEAD_WORDS: ReadonlySet<string> = new Set(
  `${ASIDE_OPENER}|${DESCRIPTION_HEAD}`
    .replace('leaders?', 'leader|leaders')
    .replace('members?', 'member|members')
    .replace('officials?', 'official|officials')
    .replace('organi[sz]ation', 'organisation|organization')
    .split('|'),
);
/** Words before the head APPOSITIVE_HEAD allows: an article and three more. */
const HEAD_REACH = 5;

/** true when `appo` opens with a role or description (APPOSITIVE_HEAD), its words looked up before the pattern runs. */
function appositiveHead(appo: string): boolean {
  const words = appo
    .toLowerCase()
    .replace(/ſ/g, 's')
    .split(/\s+/, HEAD_REACH + 1);
  // The head ends at a word boundary: its letters are the word's leading run of word characters.
  if (!words.some((w) => HEAD_WORDS.has(/^\w*/.exec(w)![0]))) return false;
  return APPOSITIVE_HEAD.test(appo);
}

/** Asides between a subject and its cue: "Acme, in a filing, estimates", "Police, however, said". */
const PARENTHETICAL =
  /^(?:however|meanwhile|too|also|though|in turn|for (?:its|his|her|their) part|(?:in|on|at|through) (?:a|an|the|its|his|her|their) [\p{L}-]+(?: [\p{L}-]+){0,2})$/iu;

/** "X, head of Y, said": the subject phrase before a comma-enclosed appositive ending at cue `c`. */
export function beforeAppositive(scope: Scope, toks: Token[], c: number): Phrase | null {
  const { text } = scope;
  // "…, a storm modeling firm, has estimated": an auxiliary between the closing comma and the cue.
  while (c > 1 && BETWEEN.has(toks[c - 1]!.lower) && !/,/.test(text.slice(toks[c - 1]!.end, toks[c]!.start))) c--;
  let found: Phrase | null = null;
  // Find the token after the opening comma of the appositive; "X, Principal, Leeds Art School, said" has two.
  for (let j = c - 1; j > 0 && j > c - 28; j--) {
    if (toks[j]!.end < toks[c]!.start - 200) break;
    const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
    if (!/,/.test(gap)) continue;
    if (j === c) break;
    const appositive = { start: toks[j]!.start, end: toks[c - 1]!.end };
    const appoText = text.slice(appositive.start, appositive.end);
    const inAppositive = mentionsIn(scope, appositive.start, appositive.end);
    // "…, Dr Ellen Marsh, told": a title may open the name.
    const titleOnly = (m: { start: number }) =>
      m.start === appositive.start ||
      /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt)\.?\s+)+$/.test(text.slice(appositive.start, m.start));
    // "one of the nurses, Ada Brennan, said": the name is the appositive (resolved only when a name spans it).
    if (
      inAppositive.some(
        (m) => titleOnly(m) && m.end === appositive.end && (m.type === 'person' || m.type === 'other'),
      ) &&
      resolve(scope, appositive, 'attributions/appositive')[0]?.entity
    )
      return appositive;
    const ph = subjectBefore(scope, toks, j, true);
    if (!ph) continue;
    // attributions/appositive-org: "the organisers, the Tenants Alliance, revised": a generic subject named by the
    // organisation in the appositive.
    const org = inAppositive.find((m) => m.type === 'organization' && m.end === appositive.end);
    if (
      org &&
      /^(?:the\s+)?$/i.test(text.slice(appositive.start, org.start)) &&
      GENERIC_HEADS.has(text.slice(ph.start, ph.end).split(/\s+/).pop()!.toLowerCase())
    )
      return appositive;
    // A role ("head of …") or a short description right after a named person ("Democrat of Ohio").
    // attributions/appositive-based: "Norlake, based in Tromso, said": where the subject sits is an aside about it.
    const headed =
      appositiveHead(appoText) ||
      PARENTHETICAL.test(appoText) ||
      /^(?:citing|according to|(?:based|headquartered|registered) in)\b/.test(appoText);
    const inSubject = mentionsIn(scope, ph.start, ph.end);
    // The subject is resolved only where the appositive can stand (resolving tries many patterns).
    if (
      !headed &&
      !(appoText.split(/\s+/).length <= 8 && inSubject.some((m) => m.end === ph.end && m.type !== 'country'))
    )
      continue;
    const subj = resolve(scope, ph, 'attributions/appositive');
    if (headed || subj.length) {
      // "Ana Lim, an analyst at Ridge Partners, the Denver firm, told": a person further back is the subject.
      if (subj[0]?.entity && inSubject.some((m) => m.type === 'person')) return ph;
      found ??= ph;
    }
  }
  return found;
}

/** A title before a person's name in an appositive: "Sgt. Mary Cole", "Dr Ana Lim". */
const NAME_TITLES = new RegExp(
  `^\\s*,\\s*(?:(?:${[...SHORT_TITLES].map((t) => t[0]!.toUpperCase() + t.slice(1)).join('|')})\\.?\\s+)*`,
);

/**
 * attributions/inverted-role-name: "…,” said the union's branch chair, Sgt. Mary Cole.": after a role, the
 * person named in the appositive that closes the clause is the speaker.
 */
export function nameAfterRole(scope: Scope, roleEnd: number, sEnd: number): Phrase | null {
  const { text } = scope;
  const lead = NAME_TITLES.exec(text.slice(roleEnd, Math.min(sEnd, roleEnd + 40)));
  if (!lead || !lead[0].includes(',')) return null;
  const at = roleEnd + lead[0].length;
  const m = mentionsIn(scope, at, Math.min(sEnd, at + 60)).find((x) => x.start === at && x.type === 'person');
  if (!m || !/^\s*(?:[.,;!?]|$)/.test(text.slice(m.end, Math.min(sEnd, m.end + 3)))) return null;
  return { start: m.start, end: m.end };
}
