/**
 * Capitalised-name runs outside the gazetteer, classified as person,
 * organisation, place or other from the words around them (a title before,
 * an appositive role after, a speech verb after, an org/place keyword inside),
 * and roles attached to people ("NIS director", "Pentagon press secretary Maj. Gen.").
 */
import type { EntityType } from '../../article.js';
import {
  HONORIFICS,
  ORG_WORDS,
  OTHER_WORDS,
  PARTICLES,
  PLACE_WORDS,
  SPEECH,
  STOP,
  SUFFIXES,
  SURNAME_FIRST,
  TITLES,
  isAllCaps,
  isCap,
  joinable,
  type Token,
} from './names.js';

export interface NameRun {
  from: number;
  to: number;
  start: number;
  end: number;
  type: EntityType | null;
  /** Why it was typed so (rule id suffix). */
  why: string;
  certain: boolean;
}

const lower = (t: Token) => t.norm.toLowerCase();

function isInitial(text: string, t: Token): boolean {
  return t.norm.length === 1 && isCap(t.norm) && text[t.end] === '.';
}

/** Could this token be part of a proper name? */
function nameWord(t: Token): boolean {
  return isCap(t.norm) && !TITLES.has(t.norm.toLowerCase()) && t.norm !== "'s";
}

/** Find capitalised runs over tokens not covered by the gazetteer. */
export function findRuns(text: string, tokens: Token[], covered: Uint8Array): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (covered[i] || !nameWord(t) || STOP.has(lower(t)) || /^\p{N}/u.test(t.norm)) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasOrg = ORG_WORDS.has(lower(t));
    while (j < tokens.length && j - i < 12 && !covered[j] && joinable(text, tokens[j - 1]!, tokens[j]!)) {
      const u = tokens[j]!;
      const lu = lower(u);
      if (nameWord(u) && !/^\p{N}/u.test(u.norm)) {
        hasOrg ||= ORG_WORDS.has(lu);
        j++;
        continue;
      }
      // Lower-case particles and org connectors inside a name: "van der", "Ministry of Defence".
      const next = tokens[j + 1];
      const nextOk = next && !covered[j + 1] && nameWord(next) && joinable(text, u, next);
      if (nextOk && (PARTICLES.has(u.norm) || (hasOrg && (lu === 'of' || lu === 'for' || lu === 'and' || lu === 'on')))) {
        j += 2;
        continue;
      }
      if (u.norm === 'the' && hasOrg && nextOk && tokens[j - 1] && /^(?:of|for)$/i.test(tokens[j - 1]!.norm)) {
        j++;
        continue;
      }
      break;
    }
    // Trailing "of"/"for" never ends a name; trailing STOP word ("Kim Jong Un Monday") is dropped.
    while (j - 1 > i && STOP.has(lower(tokens[j - 1]!)) && !SUFFIXES.has(lower(tokens[j - 1]!))) j--;
    let end = tokens[j - 1]!.end;
    // "Roberts Jr." keeps its period.
    if (SUFFIXES.has(lower(tokens[j - 1]!)) && text[end] === '.') end++;
    runs.push({ from: i, to: j, start: t.start, end, type: null, why: '', certain: false });
    i = j;
  }
  return runs;
}

/** The role words right before token `from` ("NIS director", "Pentagon press secretary Maj. Gen."), as a token index, or -1. */
export function roleStart(text: string, tokens: Token[], from: number, gazetteerAt: (i: number) => boolean): number {
  let k = from - 1;
  if (k < 0) return -1;
  const prev = tokens[k]!;
  if (!TITLES.has(lower(prev)) || !joinable(text, prev, tokens[from]!)) return -1;
  let start = k;
  // Roles are a few words long; bounding the walk keeps "Mr. Mr. Mr. …" linear.
  const floor = Math.max(0, from - 10);
  while (k > floor) {
    const t = tokens[k - 1]!;
    if (!joinable(text, t, tokens[k]!) && !(t.end === tokens[k]!.start)) break;
    const lt = lower(t);
    // A period between words only joins abbreviations ("Maj. Gen."), never two sentences.
    if (text.slice(t.end, tokens[k]!.start).includes('.') && !TITLES.has(lt) && t.norm.length > 1) break;
    if (TITLES.has(lt) || gazetteerAt(k - 1) || t.norm === "'s" || (isCap(t.norm) && !STOP.has(lt) && (!isAllCaps(t.norm) || t.norm.length <= 6) && k - 1 >= 0 && TITLES.has(lower(tokens[k]!)))) {
      k--;
      start = k;
      continue;
    }
    // lower-case modifiers inside a role: "press secretary", "foreign minister", "defense"
    if (/^(?:press|foreign|defense|defence|finance|interior|justice|deputy|senior|top|chief|vice|prime|national|security|intelligence|military|state|general|attorney|associate|assistant|former|acting|house|senate|majority|minority|democratic|republican)$/.test(lt)) {
      k--;
      start = k;
      continue;
    }
    break;
  }
  // Never start a role on a possessive marker.
  while (start < from && tokens[start]!.norm === "'s") start++;
  return start < from ? start : -1;
}

/** Appositive role after a name: ", editor at Ukraine's Defence Express," → the span, or null. */
export function appositiveRole(text: string, end: number): { start: number; end: number } | null {
  const rest = text.slice(end, end + 120);
  const m = /^, (?:(?:a|an|the|former|then|now) )?([a-z][a-z-]*)/.exec(rest);
  if (!m) return null;
  // ", a resident of Paiporta": after an article any noun describes a person;
  // ", the presumptive Democratic presidential nominee": a title within a few words.
  const described =
    (/^, (?:a|an) /.test(rest) && /^[a-z]+ (?:of|at|for|in|with|from)\b/.test(rest.slice(rest.indexOf(m[1]!)))) ||
    (/^, (?:a|an|the|his|her|its|their) /.test(rest) && rest.slice(2).split(/[\s,;.]+/, 6).slice(1).some((w) => TITLES.has(w)));
  if (!TITLES.has(m[1]!) && m[1] !== 'head' && m[1] !== 'who' && !described) return null;
  if (m[1] === 'who') return null;
  const body = rest.slice(2);
  const stop = body.search(/[,.;:()\n—–]|\s(?:said|says|told|who|and said)\b/);
  const len = stop < 0 ? Math.min(body.length, 80) : stop;
  if (len <= 0 || len > 90) return null;
  return { start: end + 2, end: end + 2 + len };
}

/** Type a run from its words and neighbours. */
export function classify(text: string, tokens: Token[], run: NameRun, sentenceStart: boolean, recurring: (key: string) => boolean, common: (word: string) => boolean = () => true): void {
  const words = tokens.slice(run.from, run.to);
  const lw = words.map(lower);
  const last = lw[lw.length - 1]!;
  const multi = words.filter((w) => !isInitial(text, w) && !SUFFIXES.has(lower(w))).length > 1;
  if (words.some((w) => isAllCaps(w.norm) && w.norm.length > 1)) {
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!.norm)) {
      // An unknown acronym counts only as a speaker or when defined ("Congressional Research Service (CRS)").
      const defined = text[run.start - 1] === '(' && text[run.end] === ')';
      const next = /^ ([a-z]+)/.exec(text.slice(run.end, run.end + 24))?.[1];
      const titled = !!next && TITLES.has(next); // "FEMA administrator", "CIA director"
      if (!defined && !titled && !/^,? (?:also )?(?:said|says|told|reported|added|estimated|announced|confirmed)\b/.test(text.slice(run.end, run.end + 30))) return;
      run.type = 'organization';
      run.why = 'acronym';
      run.certain = false;
      return;
    }
    if (words.every((w) => isAllCaps(w.norm))) return; // shouting headline or dateline
  }
  if (lw.some((w) => ORG_WORDS.has(w)) && multi) {
    run.type = 'organization';
    run.why = 'org-word';
    run.certain = true;
    return;
  }
  if (PLACE_WORDS.has(last) && multi) {
    run.type = 'place';
    run.why = 'place-word';
    run.certain = true;
    return;
  }
  if (OTHER_WORDS.has(last)) {
    run.type = 'other';
    run.why = 'other-word';
    run.certain = true;
    return;
  }
  const prev = run.from > 0 ? tokens[run.from - 1]! : null;
  const titled = !!prev && TITLES.has(lower(prev)) && joinable(text, prev, words[0]!);
  const honorific = titled && HONORIFICS.has(lower(prev!));
  const after = text.slice(run.end, run.end + 40);
  const speechAfter = /^ (?:has |had |also |earlier |later |then |again |on \w+ )?(\w+)/.exec(after);
  const speaks = !!speechAfter && SPEECH.has(speechAfter[1]!);
  const appositive = appositiveRole(text, run.end) !== null;
  const eastAsian = multi && words.length <= 3 && SURNAME_FIRST.has(lw[0]!) && (words.length === 3 || /-/.test(words[1]?.norm ?? ''));
  if (multi && (titled || appositive || eastAsian || speaks)) {
    run.type = 'person';
    run.why = titled ? 'title' : appositive ? 'appositive' : eastAsian ? 'surname-first' : 'speaker';
    run.certain = titled || appositive;
    return;
  }
  if (!multi && honorific) {
    run.type = 'person';
    run.why = 'honorific';
    run.certain = true;
    return;
  }
  const surname = lw.filter((w) => !SUFFIXES.has(w)).pop() ?? last;
  // At a sentence start the first word may be an ordinary word ("Reports"), unless the text never writes it in lower case.
  if (multi && (!sentenceStart || !common(lw[0]!)) && words.length <= 5 && recurring(surname)) {
    run.type = 'person';
    run.why = 'surname-recurs';
    run.certain = false;
    return;
  }
  if (multi) {
    run.type = 'other';
    run.why = 'capitalised';
    run.certain = false;
  }
}
