/**
 * Measures that come from a group named elsewhere in the sentence or the
 * paragraph: a coordinated noun phrase (`186 passengers and crew`), a
 * breakdown of a group by nationality (`the dead include 12 Germans`), a part
 * of an earlier count (`31 of them`), remains and bodies (`the remains of 20
 * soldiers`), a superlative with no noun (`B had the most at 310`) and a bare
 * number that opens a clause (`Three were rescued`). Each rule reads a fixed
 * window of tokens and at most a few earlier quantities.
 */
import type { Quantity } from '../../article.js';
import type { Token } from './tokens.js';
import type { MeasureContext, MeasureRule } from './measure-context.js';
import { subjectAt } from './subject.js';
import { nounMeasure } from './measure-context.js';
import { countable, findMeasure, isNumberToken } from './measure.js';
import { CASUALTY_WORDS, CURRENCY_MEASURES, STOP_WORDS, TIME_UNITS } from './lexicon.js';
import { countryAdjectives, demonymCountries, nationalityWords } from '../entities/gazetteer.js';
import { determiners } from '../../vocabulary/determiners.js';

const lower = (t: Token | undefined): string => t?.lower ?? '';

/** A plain count: a noun measure that is no currency, percentage, share or unit of measure. */
function isCount(q: Quantity): boolean {
  const m = q.measure;
  if (!m || q.unitCode || m === 'percent' || m.startsWith('percent ') || CURRENCY_MEASURES.has(m)) return false;
  // `half of the districts` is a share of a count, not one.
  if (m.startsWith('share ')) return false;
  return m !== 'magnitude' && m !== 'seismic intensity';
}

/** Whether a blank line (a paragraph break) lies in text[from, to), read in place. */
function paragraphBreak(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines === 2) return true;
    } else if (c !== 13 && c !== 32 && c !== 9) newlines = 0;
  }
  return false;
}

/** How far back an antecedent count is looked for: a paragraph, at most this many characters and quantities. */
const ANTECEDENT_CHARS = 600;
const ANTECEDENT_COUNTS = 8;

/** The largest number a quantity allows (a lower bound or a vague count allows any). */
function size(q: Quantity): number {
  if (q.high !== null) return q.high;
  if (q.value !== null) return q.value;
  return Number.POSITIVE_INFINITY;
}

/** The smallest number a quantity allows. */
const least = (q: Quantity): number => q.value ?? q.low ?? 0;

/**
 * The earlier quantities of the paragraph that count something, nearest first, leaving out the items of a
 * breakdown that add up to a count before them (`58 people - 50 pupils, two drivers and six teachers`).
 */
function antecedents(ctx: MeasureContext, across = false): Quantity[] {
  const out: Quantity[] = [];
  const from = Math.max(0, ctx.index - ANTECEDENT_COUNTS);
  let first = ctx.index;
  for (let k = ctx.index - 1; k >= from; k--) {
    const p = ctx.all[k]!;
    if (ctx.start - p.end > ANTECEDENT_CHARS || (!across && paragraphBreak(ctx.text, p.end, ctx.start))) break;
    first = k;
  }
  // Items k+1..j that add up to quantity k are its parts.
  const part = new Array<boolean>(ctx.index - first).fill(false);
  for (let k = first; k < ctx.index; k++) {
    const whole = ctx.all[k]!.value;
    if (whole === null || !isCount(ctx.all[k]!)) continue;
    let sum = 0;
    for (let j = k + 1; j < ctx.index && sum < whole; j++) {
      sum += ctx.all[j]!.value ?? Number.NaN;
      if (sum === whole && j > k + 1) for (let i = k + 1; i <= j; i++) part[i - first] = true;
    }
  }
  for (let k = ctx.index - 1; k >= first; k--) if (!part[k - first] && isCount(ctx.all[k]!)) out.push(ctx.all[k]!);
  return out;
}

/** Token k opens a clause: the text start, a new line, or sentence punctuation before it. */
function clauseOpens(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1];
  return !p || tokens[k]!.newline || (p.kind === 'punct' && /^[.;:!?“"]$/.test(p.text));
}

/** Index of the first token after the number itself (past `4,200` in `About 4,200 police`). */
function afterNumber(ctx: MeasureContext): number {
  let k = ctx.begin;
  while (k < ctx.after && ctx.tokens[k]!.end <= ctx.q.number.end) k++;
  return k;
}

/** Words after a coordinated head that start a clause of their own (`and officers fired tear gas`). */
const DETERMINER_AFTER = determiners();

/** A past tense after a conjunct is its verb when an object follows it (`fired tear gas`), not `mobilized by`. */
function verbAfter(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || w.kind !== 'word' || w.newline || !/^[a-z]/.test(w.text)) return false;
  if (STOP_WORDS.has(w.lower) || !/(?:ed|en)$/.test(w.lower)) return false;
  const n = tokens[k + 1];
  return !!n && n.kind === 'word' && (DETERMINER_AFTER.has(n.lower) || !STOP_WORDS.has(n.lower));
}

/** Verbs of saying and expecting after a conjunct: it is the subject of a new clause, not a counted noun. */
const CLAUSE_VERBS = new Set([
  'say',
  'says',
  'said',
  'told',
  'tell',
  'expect',
  'expects',
  'believe',
  'believes',
  'fear',
  'fears',
  'warn',
  'warns',
  'warned',
  'estimate',
  'estimates',
  'think',
  'hope',
  'urged',
  'urge',
]);

/** Auxiliaries and modals that give a conjunct a verb of its own. */
const AUXILIARIES = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'must', 'should', 'are', 'were', 'have']);

/** Quantity words and amount nouns that open a second count inside a conjunct. */
const QUANTIFIERS = new Set(['several', 'multiple', 'many', 'numerous', 'various', 'countless', 'dozens', 'hundreds']);
const AMOUNT_NOUNS = new Set([
  'loads',
  'truckloads',
  'tons',
  'tonnes',
  'crates',
  'boxes',
  'pallets',
  'barrels',
  'sacks',
]);

/** Participles that are adjectives before a coordinated noun (`and armed police`). */
const PARTICIPLE_ADJECTIVES = new Set(['armed', 'unarmed', 'retired', 'trained', 'skilled', 'unskilled', 'licensed']);

/** The conjunct after `and`/`or`/`,` at token j: up to three lower-case words ending in a counted noun. */
function conjunct(tokens: Token[], j: number): { words: string[]; next: number } | null {
  const words: string[] = [];
  let k = j;
  let head = -1;
  while (k < tokens.length && words.length < 3) {
    const w = tokens[k]!;
    if (w.kind !== 'word' || w.newline || !/^[a-z]/.test(w.text) || STOP_WORDS.has(w.lower)) break;
    const noun = countable(w.lower) && !/(?:ed|ing)$/.test(w.lower) && !CASUALTY_WORDS.has(w.lower);
    // After a counted noun only another noun continues the compound (`border guards`, not `nurses joined`).
    if (head >= 0 && !noun) break;
    // `and outraged local officials`: a participle opening the conjunct is a verb, bar a few adjectives.
    if (!noun && /(?:ed|ing)$/.test(w.lower) && !PARTICIPLE_ADJECTIVES.has(w.lower)) return null;
    // `8 people and several parked cars`, `troops and container loads of shells`: a second count of other things.
    if (QUANTIFIERS.has(w.lower) || (noun && AMOUNT_NOUNS.has(w.lower))) return null;
    words.push(w.text);
    if (noun) head = words.length - 1;
    k++;
  }
  if (head < 0 || head !== words.length - 1 || TIME_UNITS.has(words[head]!.toLowerCase())) return null;
  return { words, next: k };
}

/**
 * `186 passengers and crew`, `4,200 police and fire officers`, `troops, police officers and border guards`:
 * nouns coordinated after the counted noun are counted with it; never across a second number.
 */
export const coordinatedNoun: MeasureRule = {
  id: 'quantities/coordinated-noun',
  applies: isCount,
  find(ctx) {
    const t = ctx.tokens;
    // Only a noun read after the number: `the toll rose to 56 and ...` has nothing to coordinate.
    const last = t[ctx.after - 1];
    if (!last || last.kind !== 'word' || last.start < ctx.q.number.end) return null;
    // `800,000 federal employees and contractors`: a modifier may scope over the first noun alone; only a
    // bare noun right after the number is coordinated.
    if (t[ctx.after - 2]!.end > ctx.q.number.end) return null;
    let k = ctx.after;
    let out = last.lower;
    for (let n = 0; n < 4; n++) {
      let sep: string;
      let final = false;
      if (t[k]?.text === ',' && /^(?:and|or)$/.test(lower(t[k + 1]))) {
        sep = `, ${t[k + 1]!.lower} `;
        final = true;
        k += 2;
      } else if (t[k]?.text === ',') {
        sep = ', ';
        k++;
      } else if (/^(?:and|or)$/.test(lower(t[k])) && !t[k]!.newline) {
        sep = ` ${t[k]!.lower} `;
        final = true;
        k++;
      } else return null;
      const c = conjunct(t, k);
      // Never across a second number (`50 pupils, two drivers`).
      const next = ctx.all[ctx.index + 1];
      if (!c || (next && next.start < t[c.next - 1]!.end)) return null;
      out += sep + c.words.join(' ');
      k = c.next;
      if (!final) continue;
      // `in four states and authorities say`: a conjunct that speaks opens a clause of its own.
      if (CLAUSE_VERBS.has(lower(t[k]))) return null;
      // `offers 30 colors, and different hues can be assigned`: `, and` before a clause with its own verb.
      if (n === 0 && sep.startsWith(',') && AUXILIARIES.has(lower(t[k])) && !clauseOpens(t, ctx.begin)) return null;
      // `Police arrested 30 protesters and officers fired tear gas`: a verb with an object after an object.
      return verbAfter(t, k) && !clauseOpens(t, ctx.begin) ? null : out;
    }
    return null;
  },
};

/** Lower-case demonym or short name → country; country → adjective; one-word nationalities. */
const NATIONS = demonymCountries();
const ADJECTIVES = countryAdjectives();
const NATIONALITIES = nationalityWords();
/** Nouns after a nationality adjective that add nothing to it (`38 British citizens`). */
const NATIONAL_NOUNS = new Set(['citizens', 'nationals', 'people', 'persons']);

/** The nationality adjective named at token k (`Germans`, `British`, `South Koreans`), capitalised, and its end. */
function nationalityAt(tokens: Token[], k: number): { adjective: string; next: number } | null {
  const w = tokens[k];
  if (!w || w.kind !== 'word' || !/^[A-Z]/.test(w.text)) return null;
  const n = tokens[k + 1];
  let key = '';
  let next = k + 1;
  if (n?.kind === 'word' && /^[A-Z]/.test(n.text) && NATIONS[`${w.lower} ${n.lower}`] && /(?:an|ans)$/.test(n.lower)) {
    key = `${w.lower} ${n.lower}`;
    next = k + 2;
  } else if (NATIONALITIES.has(w.lower)) key = w.lower;
  else return null;
  const adjective = ADJECTIVES[NATIONS[key]!];
  if (!adjective) return null;
  if (NATIONAL_NOUNS.has(lower(tokens[next]))) next++;
  return { adjective: adjective.replace(/\b[a-z]/g, (c) => c.toUpperCase()), next };
}

/** Verbs whose subject is a group and whose object lists its members. */
const INCLUDE_WORDS = new Set(['include', 'includes', 'included', 'including']);

/**
 * A group's head noun as a breakdown names it: casualty participles read as the dead, the injured; what is
 * left of the dead (`remains`, `bodies`, `the deceased`) counts the victims they were.
 */
function groupHead(word: string): string {
  const w = word.toLowerCase();
  if (/^(?:killed|died|deaths|fatalities|dead)$/.test(w)) return 'dead';
  if (/^(?:remains|bodies|corpses|deceased)$/.test(w)) return 'victims';
  if (/^(?:wounded|hurt|injuries)$/.test(w)) return 'injured';
  return w;
}

/** Words that may stand inside a list of breakdown items (`134 Indians, 27 British, and one Chilean`). */
function listWord(t: Token): boolean {
  if (t.kind === 'num' || t.text === ',') return true;
  if (t.kind !== 'word') return false;
  return /^[A-Z]/.test(t.text) || /^(?:and|or|one)$/.test(t.lower) || NATIONAL_NOUNS.has(t.lower) || countable(t.lower);
}

/** The group a list of members opened by `include`, `including` or `Among the X were` breaks down, or null. */
function breakdownGroup(ctx: MeasureContext, fronted = false): string | null {
  const t = ctx.tokens;
  let qi = ctx.index - 1;
  for (let k = ctx.begin - 1; k >= Math.max(0, ctx.begin - 30); k--) {
    const w = t[k]!;
    if (INCLUDE_WORDS.has(w.lower)) return includedGroup(ctx, k);
    if (/^(?:were|are|was|is)$/.test(w.lower)) return amongGroup(t, k) ?? (fronted ? frontedOfGroup(t, k) : null);
    while (qi >= 0 && ctx.all[qi]!.start > w.start) qi--;
    // An earlier item's own words (`four` of `four Dutch`) belong to the list.
    const item = qi >= 0 && ctx.all[qi]!.end >= w.end;
    if ((!item && !listWord(w)) || clauseOpens(t, k)) return null;
  }
  return null;
}

/**
 * quantities/breakdown-group (fronted `of`): `Of the 79 survivors, 38 are Egyptian, 22 Pakistani`: the group a
 * fronted `of` names before the first item's be-verb at `v`.
 */
function frontedOfGroup(t: Token[], v: number): string | null {
  for (let k = v - 1; k >= Math.max(0, v - 12); k--) {
    if (t[k]!.lower !== 'of') continue;
    if (!clauseOpens(t, k) || !/^(?:the|those|these)$/.test(t[k + 1]?.lower ?? '')) return null;
    for (let j = k + 2; j < Math.min(v, k + 9); j++) {
      if (t[j]!.text !== ',' || t[j - 1]!.kind !== 'word') continue;
      const head = t[j - 1]!;
      return countable(head.lower) || CASUALTY_WORDS.has(head.lower) ? groupHead(head.text) : null;
    }
    return null;
  }
  return null;
}

/** `The dead include`, `the passengers, who included`, `30 people died, including`: the group named before. */
function includedGroup(ctx: MeasureContext, v: number): string | null {
  const t = ctx.tokens;
  if (t[v]!.lower === 'including') {
    // The nearest count before `including` in the same sentence names the group.
    for (let i = ctx.index - 1; i >= Math.max(0, ctx.index - 4); i--) {
      const p = ctx.all[i]!;
      if (p.end > t[v]!.start) continue;
      if (/[.!?]\s/.test(ctx.text.slice(p.end, t[v]!.start))) return null;
      return isCount(p) ? p.measure : null;
    }
    return null;
  }
  // `The remains ... have been handed over and include`: the clause's subject opens the sentence.
  let s = v - 1;
  if (t[s]?.lower === 'and') {
    while (s > 0 && v - s < 30 && !clauseOpens(t, s)) s--;
    while (t[s] && /^(?:the|those|these|all)$/.test(t[s]!.lower)) s++;
    const head = t[s];
    return head?.kind === 'word' && countable(head.lower) ? groupHead(head.text) : null;
  }
  const subject = subjectAt(t, s, Math.max(0, v - 8));
  const ws = subject?.words;
  if (!ws?.length) return null;
  const head = ws[ws.length - 1]!;
  return countable(head.toLowerCase()) || CASUALTY_WORDS.has(head.toLowerCase()) ? groupHead(head) : null;
}

/** `12 Germans were among the dead`: the group named after the members, by `among` after a be-verb. */
function amongAfter(tokens: Token[], k: number): string | null {
  if (!/^(?:were|are|was|is)$/.test(lower(tokens[k])) || lower(tokens[k + 1]) !== 'among') return null;
  let j = k + 2;
  if (/^(?:the|those|them)$/.test(lower(tokens[j]))) j++;
  const w = tokens[j];
  if (!w || w.kind !== 'word' || (!countable(w.lower) && !CASUALTY_WORDS.has(w.lower))) return null;
  // `among those killed in the blast`, `among the victims`: one word names the group.
  return groupHead(w.text);
}

/** `12 of the victims were British`, `nine of the dead were Germans`: a part of a group named by nationality. */
function partNationality(tokens: Token[], k: number): string | null {
  if (lower(tokens[k]) !== 'of' || !/^(?:the|those)$/.test(lower(tokens[k + 1]))) return null;
  for (let v = k + 3; v <= k + 4; v++) {
    if (!/^(?:were|are|was)$/.test(lower(tokens[v]))) continue;
    const nation = nationalityAt(tokens, v + 1);
    const head = tokens[v - 1]!;
    if (!nation || head.kind !== 'word' || (!countable(head.lower) && !CASUALTY_WORDS.has(head.lower))) return null;
    // `were British nationals`, `were Germans`, but not `were German tourists`.
    const next = tokens[nation.next];
    if (next?.kind === 'word' && !STOP_WORDS.has(next.lower) && countable(next.lower)) return null;
    return `${nation.adjective} ${groupHead(head.text)}`;
  }
  return null;
}

/** `Among the victims were`, `Among those injured are`: the phrase after a fronted `among` names the group. */
function amongGroup(tokens: Token[], v: number): string | null {
  for (let k = v - 1; k >= Math.max(0, v - 6); k--) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return null;
    if (w.lower !== 'among' || !clauseOpens(tokens, k)) continue;
    const head = tokens[v - 1]!;
    return k < v - 2 || !/^(?:the|those|them)$/.test(head.lower) ? groupHead(head.text) : null;
  }
  return null;
}

/**
 * `the dead include 12 Germans, 9 French and one Chilean`, `Among the victims were 8 Americans`: a member
 * named by nationality counts the group it belongs to (`German dead`); a bare `27 British` with no group
 * named counts people.
 */
export const breakdownNationality: MeasureRule = {
  id: 'quantities/breakdown-group',
  applies: (q) => q.measure === null || isCount(q),
  find(ctx) {
    const k = afterNumber(ctx);
    const nation = nationalityAt(ctx.tokens, k);
    if (!nation) {
      const part = partNationality(ctx.tokens, k);
      if (part) return part;
      // `..., one Chilean and 10 identified only as crew`: a bare item of the list counts the group.
      // The first item after `include` is the include-subject rule's.
      const first = INCLUDE_WORDS.has(lower(ctx.tokens[ctx.begin - 1]));
      const bare = !first && ctx.q.measure === null && (ctx.q as Quantity & { bareMeasure?: boolean }).bareMeasure;
      const group = bare ? breakdownGroup(ctx) : null;
      return group ? nounMeasure([group]) : null;
    }
    // `12 German soldiers` counts soldiers: only a nationality alone, or with `citizens`, names the member.
    const m = ctx.q.measure;
    const named = ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[nation.next - 1]!.end).toLowerCase();
    if (m !== null && !NATIONAL_NOUNS.has(m) && m.toLowerCase() !== named) return null;
    // Only a member named by nationality takes a fronted `Of the 12 dead,` (`four were women` names its own).
    const group = breakdownGroup(ctx, true) ?? amongAfter(ctx.tokens, nation.next);
    if (group) return `${nation.adjective} ${group}`;
    // `134 Indians` outside a breakdown is what it says; a bare adjective (`27 British`) still counts people.
    if (m !== null) return null;
    const said = ctx.text.slice(ctx.tokens[k]!.start, ctx.tokens[nation.next - 1]!.end);
    return said.toLowerCase() === nation.adjective.toLowerCase() ? `${nation.adjective} people` : said;
  },
};

/** Nouns for what is left of the dead that are counted as such (`the remains of 20 soldiers`). */
const REMAINS = new Set(['remains', 'bodies', 'corpses']);

/** `the remains of 20 soldiers`, `the bodies of 14 victims`, `the remains of 20 of them`: remains are counted. */
export const remainsOf: MeasureRule = {
  id: 'quantities/remains-of',
  applies: (q) => q.measure === null || isCount(q),
  find(ctx) {
    const t = ctx.tokens;
    if (lower(t[ctx.begin - 1]) !== 'of' || !REMAINS.has(lower(t[ctx.begin - 2]))) return null;
    // `the governing bodies of 12 clubs`: only remains named with a determiner.
    return /^(?:the|their|his|her|its)$/.test(lower(t[ctx.begin - 3])) ? t[ctx.begin - 2]!.lower : null;
  },
};

/** Pronouns a part refers back with (`31 of them`, `Of those, 120`). */
const BACK_PRONOUNS = /^(?:them|those|these)$/;

/**
 * `the fire killed 31 of them`, `Of those, 120 had the virus`: a part of a group named earlier counts what
 * the group counts; the group is the nearest earlier count at least as large, past the items of a breakdown.
 */
export const partOfAntecedent: MeasureRule = {
  id: 'quantities/part-of-antecedent',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    const a = ctx.after;
    const after = lower(t[a]) === 'of' && BACK_PRONOUNS.test(lower(t[a + 1]));
    // `12 of those injured`, `31 of those who`: a noun after the pronoun is another rule's.
    const noun = t[a + 2]?.kind === 'word' && !STOP_WORDS.has(t[a + 2]!.lower);
    if (after && lower(t[a + 1]) !== 'them' && noun) return null;
    const b = ctx.begin;
    const fronted = t[b - 1]?.text === ',' && BACK_PRONOUNS.test(lower(t[b - 2])) && lower(t[b - 3]) === 'of';
    if (!after && !fronted) return null;
    const n = least(ctx.q);
    for (const p of antecedents(ctx)) if (size(p) >= n) return p.measure;
    // `them` reaches back past a paragraph break when the paragraph holds no group (a pronoun needs one).
    for (const p of antecedents(ctx, true)) if (size(p) >= n) return p.measure;
    return null;
  },
};

/**
 * `damaged 300 buildings, 140 of them farmhouses`, `about 25 of them nurses and doctors`: a verbless part whose noun
 * follows `of them` counts that noun (with a noun coordinated after it); the noun must end the phrase, so a verb
 * (`12 of them remains unclear`), an adverb (`six of them seriously`) or a place (`six of them in hospital`) is none.
 */
export const partNoun: MeasureRule = {
  id: 'quantities/part-noun',
  applies: (q) => q.measure === null || isCount(q),
  find(ctx) {
    const t = ctx.tokens;
    const a = ctx.after;
    if (lower(t[a]) !== 'of' || lower(t[a + 1]) !== 'them') return null;
    const w = t[a + 2];
    if (!w || w.kind !== 'word' || w.newline || !/^[a-z]/.test(w.text) || STOP_WORDS.has(w.lower)) return null;
    // `hundreds of them lined the road`: a verb right after the pronoun is the part's own predicate.
    if (/(?:ed|ing)$/.test(w.lower)) return null;
    const m = findMeasure(t, a + 2, { skipOf: false, singular: false });
    if (!m.measure || !countable(lower(t[m.last - 1])) || CASUALTY_WORDS.has(m.measure)) return null;
    let end = m.last;
    let measure = m.measure;
    // `nurses and doctors`: a bare noun coordinated after the first is counted with it.
    const other = t[end + 1];
    if (/^(?:and|or)$/.test(lower(t[end])) && other?.kind === 'word' && /^[a-z]/.test(other.text)) {
      if (countable(other.lower) && !STOP_WORDS.has(other.lower)) {
        measure = `${t[end - 1]!.lower} ${t[end]!.lower} ${other.lower}`;
        end += 2;
      }
    }
    const next = t[end];
    const ends = !next || next.newline || next.kind === 'punct' || STOP_WORDS.has(next.lower);
    return ends ? measure : null;
  },
};

/** Verbs of a record and what a part of it counts: `won 12 of 13` (wins), `lost four of five` (losses). */
const RECORD_PARTS: Record<string, string> = {
  won: 'wins',
  win: 'wins',
  wins: 'wins',
  lost: 'losses',
  lose: 'losses',
  loses: 'losses',
  drew: 'draws',
  drawn: 'draws',
  tied: 'ties',
};

/** Nouns of a record's whole: `won eight of their last nine matches` counts wins, not matches. */
const RECORD_WHOLES = new Set(['games', 'matches', 'starts', 'races', 'fights', 'bouts', 'outings', 'contests']);

/** Words between `of` and the whole's number in a record (`of their last nine`). */
const RECORD_FILLER_WORDS = 'the|their|its|his|her|last|past|previous|first|next|final|opening';
const RECORD_FILLERS = new RegExp(`^(?:${RECORD_FILLER_WORDS})$`);
/** The text between a record's part and its whole (` of their last `). */
const RECORD_GAP = new RegExp(`^\\s+of\\s+(?:(?:${RECORD_FILLER_WORDS})\\s+){0,3}$`, 'i');

/** The token after `of` and a record's fillers at k, when a number follows them; else -1. */
function recordWhole(tokens: Token[], k: number): number {
  if (lower(tokens[k]) !== 'of') return -1;
  let j = k + 1;
  while (j < k + 4 && RECORD_FILLERS.test(lower(tokens[j]))) j++;
  return isNumberToken(tokens[j]) ? j : -1;
}

/**
 * `The Hawks have won 11 of 14`, `who have lost four of five`, `won eight of their last nine matches`: a part
 * of a record after a verb of winning or losing counts wins or losses (the whole, a count of games, is left
 * bare: no noun carries over to it).
 */
export const wonOf: MeasureRule = {
  id: 'quantities/won-of',
  applies: (q) => q.measure === null || RECORD_WHOLES.has(q.measure),
  find(ctx) {
    const t = ctx.tokens;
    let v = ctx.begin - 1;
    if (/^(?:just|only|all|both|each)$/.test(lower(t[v]))) v--;
    const part = RECORD_PARTS[lower(t[v])];
    return part && recordWhole(t, afterNumber(ctx)) > 0 ? part : null;
  },
};

/** `won 11 of 14`: the whole of a record part read by {@link wonOf}, which takes no noun from it. */
export function recordWholeOf(text: string, part: Quantity, whole: Quantity): boolean {
  return part.by.includes(wonOf.id) && RECORD_GAP.test(text.slice(part.end, whole.start));
}

/**
 * `Seven schools flooded and four of the seven stayed shut`: a bare part of a whole named by its number counts
 * what the earlier count of that number counts (else the nearest earlier count at least as large).
 */
export const partOfNumber: MeasureRule = {
  id: 'quantities/part-of-number',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    let j = afterNumber(ctx);
    if (lower(t[j]) !== 'of') return null;
    j++;
    if (/^(?:the|those|these)$/.test(lower(t[j]))) j++;
    const whole = ctx.all[ctx.index + 1];
    if (!isNumberToken(t[j]) || !whole || whole.start !== t[j]!.start || whole.measure !== null) return null;
    const m = least(whole);
    const earlier = antecedents(ctx);
    const p = earlier.find((x) => x.value === m) ?? earlier.find((x) => size(x) >= m && least(x) <= m * 3);
    return p && sentencesBetween(ctx.text, p.end, ctx.start) <= 1 ? p.measure : null;
  },
};

/** Groups of the dead, hurt or missing: a part of them stays the event's count (`four of the victims were guards`). */
const CASUALTY_GROUP: ReadonlySet<string> = new Set([
  ...CASUALTY_WORDS,
  'victims',
  'casualties',
  'bodies',
  'survivors',
]);

/** Words a part's predicate may open with before its noun (`were all nurses`, `are mostly students`). */
const PREDICATE_ADVERBS = /^(?:all|also|mostly|mainly|both)$/;

/**
 * `12 of the arrested were students`, `30 of them are nurses`: a part of a group that a copula names by a plural
 * noun counts that noun; a place (`were in`), a state (`were taken`) or a nationality (breakdown-group) does not.
 */
export const partPredicate: MeasureRule = {
  id: 'quantities/part-predicate',
  applies: (q) => q.measure === null || isCount(q),
  find(ctx) {
    const t = ctx.tokens;
    let j = afterNumber(ctx);
    if (lower(t[j]) !== 'of' || !/^(?:the|those|these|them)$/.test(lower(t[j + 1]))) return null;
    j += 2;
    // The group: `them`, or one or two words of a noun or a casualty word (`the injured`, `the flood victims`).
    const copula = (k: number): boolean => /^(?:were|are)$/.test(lower(t[k]));
    let v = j;
    if (lower(t[j - 1]) !== 'them') {
      // `of the injured`: a part of the casualties stays a count of people, which the corpus stages fold into the toll.
      if (t[j]?.kind !== 'word' || CASUALTY_GROUP.has(t[j]!.lower) || CASUALTY_GROUP.has(lower(t[j + 1]))) return null;
      v = copula(j + 1) ? j + 1 : t[j + 1]?.kind === 'word' ? j + 2 : -1;
    }
    if (v < 0 || !copula(v)) return null;
    let p = v + 1;
    if (PREDICATE_ADVERBS.test(lower(t[p]))) p++;
    const w = t[p];
    if (!w || w.kind !== 'word' || !/^[a-z]/.test(w.text) || nationalityAt(t, p)) return null;
    const m = findMeasure(t, p, { skipOf: false, singular: false });
    if (!m.measure || CASUALTY_WORDS.has(m.measure) || m.measure === ctx.q.measure) return null;
    return countable(lower(t[m.last - 1])) ? m.measure : null;
  },
};

/** Superlatives whose noun is left out (`had the most at 310`, `the highest, with 30`). */
const BARE_SUPERLATIVES = new Set(['most', 'fewest', 'highest', 'largest', 'biggest', 'lowest']);

/**
 * `The state had the most closures with 640. Its capital had the most at 310`: a superlative with no noun
 * before `at`/`with` N counts what the nearest earlier count of the paragraph counts.
 */
export const superlativeEllipsis: MeasureRule = {
  id: 'quantities/superlative-ellipsis',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    let k = ctx.begin - 1;
    if (!/^(?:at|with)$/.test(lower(t[k]))) return null;
    k--;
    if (t[k]?.text === ',') k--;
    if (!BARE_SUPERLATIVES.has(lower(t[k])) || lower(t[k - 1]) !== 'the') return null;
    return antecedents(ctx)[0]?.measure ?? null;
  },
};

/** Words before `with`/`at` N that rank an item after an earlier one (`Kano followed with 150`). */
const RANK_WORDS = new Set(['followed', 'next', 'second', 'third', 'fourth', 'fifth', 'behind', 'trailed', 'trailing']);

/** The id of `quantities/superlative-with` (disaster.ts), whose `with N` may open a ranked list. */
const SUPERLATIVE_WITH_ID = 'quantities/superlative-with';

/**
 * `followed by Kano with 150 and Abuja with 95`: one more item after `and`/`or` (1 to 3 capitalised words before
 * `with`/`at` at token k) goes on with a ranked list whose last item is the number just before, in its sentence.
 */
function listGoesOn(ctx: MeasureContext, k: number): boolean {
  const t = ctx.tokens;
  let j = k - 1;
  while (j > k - 4 && j > 0 && /^[A-Z]/.test(t[j]!.text) && t[j]!.kind === 'word') j--;
  if (j === k - 1 || !/^(?:and|or)$/.test(lower(t[j]))) return false;
  const prev = ctx.all[ctx.index - 1];
  // From the number's last character: a full stop right after it ends its sentence.
  if (!prev || sentencesBetween(ctx.text, prev.end - 1, ctx.start) > 0) return false;
  return prev.by.split('+').some((id) => id === rankedEllipsis.id || id === SUPERLATIVE_WITH_ID);
}

/**
 * `Lagos had 420 cases. Kano followed with 150`, `It was followed by Kano at 90`: a bare number that ranks
 * one more item of a list counts what the list counts, in the same sentence or the next.
 */
export const rankedEllipsis: MeasureRule = {
  id: 'quantities/ranked-ellipsis',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    const k = ctx.begin - 1;
    if (!/^(?:at|with)$/.test(lower(t[k]))) return null;
    let ranked = RANK_WORDS.has(lower(t[k - 1]));
    // `followed by Kano with 150`: up to three capitalised words after `followed by`.
    for (let j = k - 1; !ranked && j >= Math.max(1, k - 3) && /^[A-Z]/.test(t[j]!.text); j--)
      ranked = lower(t[j - 1]) === 'by' && lower(t[j - 2]) === 'followed';
    if (!ranked) ranked = listGoesOn(ctx, k);
    if (!ranked) return null;
    const p = antecedents(ctx)[0];
    if (!p || sentencesBetween(ctx.text, p.end, ctx.start) > 1) return null;
    return p.measure;
  },
};

/** Verbs after a bare number that make it the subject of its clause (`Three were rescued`, `five fell`). */
const SUBJECT_VERBS = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'has',
  'had',
  'remain',
  'remained',
  'died',
  'fell',
  'survived',
  'escaped',
  'stayed',
  'went',
  'drowned',
]);

/** Words after which a bare number opens a clause (`and two were hurt`, `the remaining five fell`). */
const CLAUSE_LEADS = new Set(['and', 'but', 'while', 'whereas']);

/** Speech verbs and `that` after which a bare number opens the reported clause (`said four were in hospital`). */
const REPORT_LEADS = new Set(['said', 'says', 'say', 'told', 'reported', 'added', 'that']);

/**
 * `Eight painters were on the span. Three were rescued, and the remaining five fell`: a bare number that is the
 * subject of its clause counts the group named last in the paragraph; `the remaining N` is a part of it.
 */
export const subjectEllipsis: MeasureRule = {
  id: 'quantities/subject-ellipsis',
  applies: (q) => q.measure === null,
  find(ctx) {
    const t = ctx.tokens;
    const v = t[ctx.after];
    if (!v || v.kind !== 'word' || v.newline || CASUALTY_WORDS.has(v.lower)) return null;
    if (!SUBJECT_VERBS.has(v.lower) && !/^[a-z]+ed$/.test(v.text)) return null;
    let b = ctx.begin - 1;
    const remaining = lower(t[b]) === 'remaining';
    const other = lower(t[b]) === 'other';
    if ((remaining || other) && lower(t[b - 1]) === 'the') b -= 2;
    // `Its director said four were in intensive care`: a reported clause opens after its speech verb.
    const reported = REPORT_LEADS.has(lower(t[b])) && !clauseOpens(t, b);
    const opens = clauseOpens(t, b + 1) || CLAUSE_LEADS.has(lower(t[b])) || t[b]?.text === ',' || reported;
    if (!opens) return null;
    const n = least(ctx.q);
    // `the remaining five` are a part of the group; `the other 68` are the rest beside a part named before.
    const p = antecedents(ctx).find((x) => !remaining || size(x) >= n);
    // Within one sentence the ellipsis rule carries the previous noun over (`900 trains ..., and 120 had`).
    if (!p || (!remaining && !other && sentencesBetween(ctx.text, p.end, ctx.start) === 0)) return null;
    // `40 homes were flooded. 12 were confirmed dead`: only people die; the default reading says so.
    return casualtyPredicate(t, ctx.after) && !ANIMATE.test(p.measure!) ? null : p.measure;
  },
};

/** How many sentences end in text[from, to): `.`, `!` or `?` after a word of two letters or a digit, then a space. */
function sentencesBetween(text: string, from: number, to: number): number {
  let n = 0;
  // From `from` itself: the sentence may end right after the earlier count's noun (`checked 300 homes.`).
  for (let i = from; i < to - 1; i++) {
    const c = text[i]!;
    if ((c !== '.' && c !== '!' && c !== '?') || !/\s/.test(text[i + 1]!)) continue;
    const a = text[i - 1]!;
    if (/[\d)"”]/.test(a) || (/[A-Za-z]/.test(a) && /[A-Za-z]/.test(text[i - 2] ?? ''))) n++;
  }
  return n;
}

/** Heads of measures that count people or animals (agent nouns, demonyms, groups of people). */
const ANIMATE = new RegExp(
  '(?:people|persons|ers|ors|ists|ants|ents|ians|ees|men|ren|ims|crew|troops|police|staff|personnel|others|guards|' +
    'pupils|nurses|fans|friends|relatives|families|officials|delegates|citizens|adults|kids|girls|boys|babies|monks|' +
    'priests|nuns|athletes|pilots|cadets|marines|veterans|youths|guests|hostages|cattle|dead|injured)$',
  'i',
);

/** `were confirmed dead`, `are missing`, `died`: the clause after a bare number says what befell people. */
function casualtyPredicate(tokens: Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const w = tokens[j]!;
    if (w.kind !== 'word') return false;
    if (CASUALTY_WORDS.has(w.lower) || /^(?:died|drowned|rescued)$/.test(w.lower)) return true;
  }
  return false;
}

/** Rules that read a group around the number, run before the disaster rules (which would name the group alone). */
export const GROUP_PART_RULES: readonly MeasureRule[] = [
  remainsOf,
  partOfAntecedent,
  partNoun,
  wonOf,
  partOfNumber,
  breakdownNationality,
  partPredicate,
];

/** Rules that carry an earlier noun over or extend the read one, run after every other count rule. */
export const GROUP_ELLIPSIS_RULES: readonly MeasureRule[] = [
  superlativeEllipsis,
  rankedEllipsis,
  subjectEllipsis,
  coordinatedNoun,
];
