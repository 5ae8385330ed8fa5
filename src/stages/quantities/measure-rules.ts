/**
 * What a number counts when the words after it do not say: an ordered list
 * of small named rules that read the words before it (`the death toll ...
 * rose to 56`, `Deaths: 12`), the predicate after it (`241 were
 * passengers`), what a sum of money is (`$380 million in lost revenue`,
 * `losses of $5 billion`) and what a percentage measures (`sales fell 10
 * percent`: a change). Each rule's id is the `by` the quantity records.
 */
import type { Quantity } from '../../article.js';
import type { Token } from './tokens.js';
import { countable, findMeasure, normaliseMeasure } from './measure.js';
import { isAdverb, subjectAt, subjectBefore, TOTAL_NOUNS, type Subject } from './subject.js';
import { CASUALTY_WORDS, CURRENCY_MEASURES, MEASURE_SYNONYMS, MONEY_NOUNS, STOP_WORDS, TIME_UNITS } from './lexicon.js';

/** What one rule sees: the quantity, where its phrase starts and ends in the tokens, the quantities before it. */
export interface MeasureContext {
  text: string;
  tokens: Token[];
  q: Quantity;
  /** Token index of the quantity's first token (its cue included) and one past its last. */
  begin: number;
  after: number;
  /** All quantities of the text, and this one's index among them. */
  all: Quantity[];
  index: number;
}

/** A named rule: the measure it finds, or null to let the next rule try. */
export interface MeasureRule {
  id: string;
  applies: (q: Quantity) => boolean;
  find: (ctx: MeasureContext) => string | null;
}

/** Bound cues that are verbs (`the toll topped 100`): the verb of the clause is inside the quantity. */
const VERB_CUES = /^(?:topped|tops|top|exceeded|exceeds|exceeding|surpassed|nearing)$/i;

const isCapital = (w: string): boolean => /^[A-Z]/.test(w);
const lowerFirst = (ws: string[]): string[] => (ws.length ? [ws[0]!.toLowerCase(), ...ws.slice(1)] : ws);
const lowerWords = (ws: string[]): string[] => ws.map((w) => w.toLowerCase());

/** `the injured`, `people killed`, `global cancellations`: what a complement of `of` counts. */
function nounMeasure(words: string[]): string | null {
  let ws = words;
  // `people killed`, `flights cancelled`: a trailing participle qualifies the noun before it.
  const participle = (w: string): boolean => CASUALTY_WORDS.has(w.toLowerCase()) || /ed$/.test(w);
  while (ws.length > 1 && participle(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  const head = ws[ws.length - 1]!.toLowerCase();
  if (CASUALTY_WORDS.has(head)) return 'people';
  return countable(head) && !TIME_UNITS.has(head) ? normaliseMeasure(ws) : null;
}

/** Adjectives before a total noun that do not say what is counted (`the official toll`, `the new total`). */
const TOTAL_QUALIFIERS = new RegExp(
  '^(?:new|latest|official|overall|final|confirmed|provisional|updated|grim|total|daily|weekly|rising|current|' +
    'previous|earlier|national|global|revised|unofficial|preliminary|cumulative)$',
);

/** The measure a total noun names: its `of` complement, a casualty or noun modifier, or `inherit`. */
function totalMeasure(s: Subject): string | null {
  const ws = lowerWords(s.words);
  const head = ws[ws.length - 1]!;
  if (!TOTAL_NOUNS.has(head)) return null;
  if (s.of?.length) return nounMeasure(s.of);
  for (let k = ws.length - 2; k >= 0; k--) {
    const w = ws[k]!;
    if (CASUALTY_WORDS.has(w)) return 'people';
    if (TOTAL_QUALIFIERS.test(w) || isCapital(s.words[k]!) || /(?:al|ic|ive|ous|ful|less|ed|ing|'s)$/.test(w)) continue;
    // `the case count`, `the vote tally`: the modifier is what is counted.
    return normaliseMeasure([w.endsWith('s') ? w : `${w}s`]);
  }
  return head === 'toll' || head === 'tolls' ? 'people' : 'inherit';
}

/** Subject of the number's clause (verb, `at`/`as`, or colon shape). */
function subjectOf(ctx: MeasureContext, loose = false): ReturnType<typeof subjectBefore> {
  return subjectBefore(ctx.tokens, ctx.begin, VERB_CUES.test(ctx.q.cue?.text ?? ''), loose);
}

/** The nearest earlier quantity of the same paragraph that counts something. */
function inherited(ctx: MeasureContext): string | null {
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 6); k--) {
    const p = ctx.all[k]!;
    if (ctx.q.start - p.end > 600 || /\n\s*\n/.test(ctx.text.slice(p.end, ctx.q.start))) return null;
    if (p.measure && p.measure !== 'percent' && !CURRENCY_MEASURES.has(p.measure)) return p.measure;
  }
  return null;
}

/** Nouns for a business, whose worth is a valuation (`the startup was valued at`). */
const FIRMS = new RegExp(
  '^(?:company|firm|startup|start-up|business|group|bank|lender|insurer|airline|carrier|maker|retailer|club|team|' +
    'unit|venture|platform)$',
  'i',
);

/** Measures that are units of length: what they measure is a dimension when the text names one. */
const LENGTH_UNITS = new Set(['miles', 'feet', 'kilometers', 'meters', 'metres', 'inches', 'yards', 'centimeters', 'millimeters']);

/** Nouns of a dimension before `of` (`a depth of 25 feet`). */
const DIMENSIONS = new Set(['diameter', 'length', 'depth', 'height', 'width', 'radius', 'altitude', 'elevation', 'distance', 'span']);

/** Adjectives after a length that name its dimension (`25 feet deep`). */
const DIMENSION_ADJECTIVES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  deep: 'depth', long: 'length', wide: 'width', high: 'height', tall: 'height',
});

/** Verbs whose object is a sum of money, and what that money is. */
const MONEY_VERBS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  lose: 'losses', lost: 'losses', loses: 'losses', losing: 'losses',
  spend: 'spending', spent: 'spending', spends: 'spending', spending: 'spending',
  earn: 'earnings', earned: 'earnings', earns: 'earnings', earning: 'earnings',
});

/** Quantifier heads whose `of` phrase names what is counted (`most of the victims`). */
const QUANTIFIERS = /^(?:most|many|some|all|majority|half|bulk|rest|none|each|several|both)$/;

/** Nouns for a gathering of people: `a crowd of 200,000`, `a population of 27,000`, `attendance was 40,000`. */
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'turnout', 'attendance', 'audience', 'congregation', 'population',
  'gathering', 'throng', 'throngs']);

/** A measure that says what money is (not a bare currency and not a percentage). */
const namedMoney = (m: string | null): m is string =>
  !!m && m !== 'percent' && !CURRENCY_MEASURES.has(m) && MONEY_NOUNS.has(m.split(' ').pop()!);

/** The nearest earlier quantity of the same paragraph whose money measure a rule named. */
function inheritedMoney(ctx: MeasureContext): string | null {
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 6); k--) {
    const p = ctx.all[k]!;
    if (ctx.q.start - p.end > 600 || /\n\s*\n/.test(ctx.text.slice(p.end, ctx.q.start))) return null;
    if (namedMoney(p.measure)) return p.measure;
  }
  return null;
}

/** Read up to four words forward from token j as a noun phrase; null when it starts with a stop word. */
function phraseAfter(tokens: Token[], j: number): string[] | null {
  const ws: string[] = [];
  for (let k = j; k < tokens.length && ws.length < 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || (k > j && t.newline) || STOP_WORDS.has(t.lower)) break;
    // A capitalised word only as an adjective before a lower-case noun (`Chinese consumer goods`).
    if (isCapital(t.text) && !/^[a-z]/.test(tokens[k + 1]?.text ?? '')) break;
    ws.push(t.text);
  }
  return ws.length ? ws : null;
}

/** A noun phrase that names what money is: its head is a money noun (`losses`, `aid`, `bond`). */
function moneyPhrase(ws: string[] | null): string | null {
  if (!ws?.length) return null;
  // The phrase ends at its last money noun: `imported goods faces ...` → imported goods.
  for (let k = ws.length - 1; k >= 0; k--) if (MONEY_NOUNS.has(ws[k]!)) return normaliseMeasure(ws.slice(0, k + 1));
  return null;
}

/** A set of words from a space-separated list, for the movement words below. */
function wordSet(list: string): Set<string> {
  return new Set(list.split(' '));
}

const RISE = wordSet(
  'rose risen rise rises increased increase increases grew grown grow boosted boost raised raise ' +
  'jumped climbed gained expanded expand soared surged',
);
const FALL = wordSet(
  'fell fallen fall falls dropped drop declined decline decreased decrease shrank shrunk plunged ' +
  'tumbled slid slumped lost',
);
const REDUCE = wordSet(
  'reduce reduced reduces reducing cut cuts cutting lower lowered lowers slash slashed slashes trim ' +
  'trimmed',
);
const CHANGE_NOUNS = /^(?:increase|decrease|rise|drop|decline|gain|fall|jump|change|growth|loss|dip|slide|surge)$/;
const MOVE = wordSet(
  'up down rose fell jumped climbed gained lost dropped declined plunged tumbled slid slumped soared ' +
  'surged grew shrank increased decreased dipped sank edged rising falling rises falls gains drops',
);

/** The ordered rules. The first that finds a measure sets it. */
export const MEASURE_RULES: MeasureRule[] = [
  {
    // `the death toll has risen to 56`, `the number of injured increased to 5,102`, `pegged the toll at 265`.
    id: 'quantities/total-noun',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const found = subjectOf(ctx);
      const m = found ? totalMeasure(found.subject) : null;
      return m === 'inherit' ? inherited(ctx) : m;
    },
  },
  {
    // `the dead numbered 40`, `the injured: 12`: a casualty word as the subject counts people.
    id: 'quantities/casualty-subject',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const found = subjectOf(ctx);
      const ws = found?.subject.words;
      return ws?.length === 1 && CASUALTY_WORDS.has(ws[0]!.toLowerCase()) ? 'people' : null;
    },
  },
  {
    // `Cancellations in the region reached 3,400`, `evacuees numbered 1,200`: a plural subject of a linking verb.
    id: 'quantities/subject-noun',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      // `1.64 GW`: a capitalised word right after the number is a unit this stage does not read.
      const next = ctx.tokens[ctx.after];
      if (next?.kind === 'word' && isCapital(next.text) && next.start === ctx.q.end + 1 && !next.newline) return null;
      const found = subjectOf(ctx);
      if (!found || found.shape === 'direct') return null;
      const s = found.subject;
      if (isCapital(s.words[0]!) && !s.initial) return null;
      // A total noun names no count of its own (`estimates run from ...`): the total-noun rule had its say.
      if (TOTAL_NOUNS.has(s.words[s.words.length - 1]!.toLowerCase())) return null;
      // A sentence's first word is capitalised without being a name.
      return nounMeasure(s.initial && s.words.length === 1 ? [s.words[0]!.toLowerCase()] : s.words);
    },
  },
  {
    // `of whom 9 were children`, `241 are passengers`: the predicate noun of a number that is the subject.
    id: 'quantities/copula-complement',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      let j = ctx.after;
      if (!/^(?:are|were|was|is)$/.test(ctx.tokens[j]?.lower ?? '')) return null;
      j++;
      if (/^(?:all|also|still|now|reportedly|mostly)$/.test(ctx.tokens[j]?.lower ?? '')) j++;
      const m = findMeasure(ctx.tokens, j, { skipOf: false, singular: false });
      return m.measure && !CASUALTY_WORDS.has(m.measure) ? m.measure : null;
    },
  },
  {
    // `a crowd of 200,000`, `a city home to 27,000`, `attendance was 40,000`: a gathering counts people.
    id: 'quantities/crowd-noun',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const t = ctx.tokens;
      if (t[ctx.begin - 1]?.lower === 'to' && t[ctx.begin - 2]?.lower === 'home') return 'people';
      const found = subjectOf(ctx);
      const ws = found?.subject.words;
      return ws && CROWD_NOUNS.has(ws[ws.length - 1]!.toLowerCase()) ? 'people' : null;
    },
  },
  {
    // `the estimated 195,000 who came`: a number that is the subject of `who` counts people.
    id: 'quantities/who-people',
    applies: (q) => q.measure === null,
    find: (ctx) => (ctx.tokens[ctx.after]?.lower === 'who' ? 'people' : null),
  },
  {
    // `most of the victims, 210, are from the south`: a number set off after a noun counts that noun.
    id: 'quantities/apposition',
    applies: (q) => q.measure === null,
    find: (ctx) => {
      const t = ctx.tokens;
      if (t[ctx.begin - 1]?.text !== ',' || !/^[,;)]$/.test(t[ctx.after]?.text ?? '')) return null;
      const s = subjectAt(t, ctx.begin - 2, Math.max(0, ctx.begin - 8));
      if (!s) return null;
      // `most of the victims, 210,`: a quantifier's `of` phrase says what is counted.
      if (s.of && QUANTIFIERS.test(s.words[s.words.length - 1]!.toLowerCase())) return nounMeasure(s.of);
      // `Thomas, 41,`: a number set off after a name is an age.
      if (s.words.some(isCapital)) return null;
      return nounMeasure(s.words);
    },
  },
  {
    // `1,386 cancellations and 17,020 delays` in a story about air travel count flights.
    id: 'quantities/flight-events',
    applies: (q) => q.measure === 'cancellations' || q.measure === 'delays' || q.measure === 'diversions',
    find: (ctx) => {
      const around = ctx.text.slice(Math.max(0, ctx.q.start - 300), ctx.q.end + 300);
      return /\b(?:flights?|airlines?|airports?|air travel|carriers?)\b/i.test(around) ? 'flights' : null;
    },
  },
  {
    // `7,500 members of the armed forces`: members of a body that the vocabulary names count as that body counts.
    id: 'quantities/members-of',
    applies: (q) => q.measure === 'members',
    find: (ctx) => {
      const t = ctx.tokens;
      let j = ctx.after;
      if (t[j]?.lower !== 'of') return null;
      j++;
      if (t[j]?.lower === 'the') j++;
      const ws = lowerWords(phraseAfter(t, j) ?? []);
      // The longest opening of the phrase the vocabulary knows: `armed forces joined` → armed forces.
      for (let k = ws.length; k > 0; k--) {
        const known = MEASURE_SYNONYMS[ws.slice(0, k).join(' ')] ?? MEASURE_SYNONYMS[ws[k - 1]!];
        if (known) return known;
      }
      return null;
    },
  },
  {
    // `$3 billion (£2.3 billion)`, `from $47 billion to $8 billion`: the second sum is the same kind of money.
    id: 'quantities/money-echo',
    applies: (q) => q.measure !== null && CURRENCY_MEASURES.has(q.measure),
    find: (ctx) => {
      const p = ctx.all[ctx.index - 1];
      if (!p || !namedMoney(p.measure)) return null;
      return /^\s*(?:\(|to|and|or|[-–])\s*$/.test(ctx.text.slice(p.end, ctx.q.start)) ? p.measure : null;
    },
  },
  {
    // `a $70,000 bond`, `a $3 billion tender offer`, `$380 million in lost revenue`, `$3 billion of bonds`.
    id: 'quantities/money-noun',
    applies: (q) => q.measure !== null && CURRENCY_MEASURES.has(q.measure) && !q.vague,
    find: (ctx) => {
      const t = ctx.tokens[ctx.after];
      if (!t || t.kind !== 'word') return null;
      if (t.lower === 'in' || t.lower === 'of') return moneyPhrase(phraseAfter(ctx.tokens, ctx.after + 1));
      const worthOf = t.lower === 'worth' && ctx.tokens[ctx.after + 1]?.lower === 'of';
      if (worthOf) return moneyPhrase(phraseAfter(ctx.tokens, ctx.after + 2));
      const m = findMeasure(ctx.tokens, ctx.after, { skipOf: false, singular: true });
      return m.measure && MONEY_NOUNS.has(m.measure.split(' ').pop()!.toLowerCase()) ? m.measure : null;
    },
  },
  {
    // `losses of about $5.4 billion`, `an aid package worth €10 billion`.
    id: 'quantities/money-of',
    applies: (q) => q.measure !== null && CURRENCY_MEASURES.has(q.measure),
    find: (ctx) => {
      const p = ctx.tokens[ctx.begin - 1];
      if (!p || (p.lower !== 'of' && p.lower !== 'worth')) return null;
      const ws: string[] = [];
      let k = ctx.begin - 2;
      for (; k >= 0 && ws.length < 3; k--) {
        const t = ctx.tokens[k]!;
        if (t.kind !== 'word' || STOP_WORDS.has(t.lower) || isCapital(t.text)) break;
        ws.unshift(t.text);
      }
      // Modifiers count only when the phrase visibly starts (`a`, `the`, a comma): else one may be a verb.
      const before = ctx.tokens[k];
      const opened = !before || before.kind !== 'word' || STOP_WORDS.has(before.lower);
      return moneyPhrase(opened ? ws : ws.slice(-1));
    },
  },
  {
    // `insured losses could reach $11 billion`, `Debt topped $31 trillion`, `the settlement is roughly $450 million`.
    id: 'quantities/money-subject',
    applies: (q) => q.measure !== null && CURRENCY_MEASURES.has(q.measure),
    find: (ctx) => {
      const found = subjectOf(ctx, true);
      if (!found || found.shape === 'colon') return null;
      const ws = found.subject.initial ? lowerFirst(found.subject.words) : found.subject.words;
      // `the order is valued at $8.8 billion`: the order's value; `the firm was valued at`: a valuation.
      if (found.verb === 'valued') {
        return isCapital(ws[0]!) || FIRMS.test(ws[ws.length - 1]!) ? 'valuation' : `${normaliseMeasure(ws)} value`;
      }
      // `warn of potential losses reaching $15 million`: the `of` phrase when the head is no money noun.
      return moneyPhrase(ws) ?? moneyPhrase(found.subject.of);
    },
  },
  {
    // `could lose $1.5 billion`, `spent $10,977`, `earned $2 million`: the verb says what the money is.
    id: 'quantities/money-verb',
    applies: (q) => q.measure !== null && CURRENCY_MEASURES.has(q.measure),
    find: (ctx) => {
      let k = ctx.begin - 1;
      while (k > 0 && ctx.begin - k < 4 && /^(?:anywhere|from|between|some|roughly|about)$/.test(ctx.tokens[k]!.lower)) k--;
      return MONEY_VERBS[ctx.tokens[k]?.lower ?? ''] ?? null;
    },
  },
  {
    // `a diameter of 3,200 miles`: the dimension measured; `25 feet deep`: the adjective names it.
    id: 'quantities/dimension',
    applies: (q) => q.measure !== null && LENGTH_UNITS.has(q.measure),
    find: (ctx) => {
      const t = ctx.tokens;
      const after = DIMENSION_ADJECTIVES[t[ctx.after]?.lower ?? ''];
      if (after) return after;
      if (t[ctx.begin - 1]?.lower !== 'of') return null;
      const noun = t[ctx.begin - 2]?.lower ?? '';
      return DIMENSIONS.has(noun) ? noun : null;
    },
  },
  {
    // `puts the figure at $44 million`, `the $53 million figure`: a total of money already named.
    id: 'quantities/money-total',
    applies: (q) => q.measure !== null && CURRENCY_MEASURES.has(q.measure),
    find: (ctx) => {
      const next = ctx.tokens[ctx.after]?.lower ?? '';
      const found = next === 'figure' || next === 'estimate' || next === 'total' ? null : subjectOf(ctx);
      const ws = found?.subject.words;
      const head = ws ? ws[ws.length - 1]!.toLowerCase() : next;
      return TOTAL_NOUNS.has(head) || head === 'estimate' ? inheritedMoney(ctx) : null;
    },
  },
  {
    // `sales fell 10 percent`, `up 0.35%`: a change; `rose by 23 percent`: an increase; `cut by 30%`: a decrease.
    id: 'quantities/percent-change',
    applies: (q) => q.measure === 'percent',
    find: (ctx) => {
      const t = ctx.tokens;
      let k = ctx.begin - 1;
      // `rose "slightly" by 25 percent`, `an increase of just 0.3 percent`: skip an adverb and its quote marks.
      const skip = (): void => {
        const skippable = (x: Token): boolean =>
          x.text !== ',' && (x.kind === 'punct' || isAdverb(x.lower) || /^(?:just|only|some)$/.test(x.lower));
        for (let n = 0; n < 3 && k > 0 && skippable(t[k]!); n++) k--;
      };
      skip();
      const link = t[k]?.lower;
      if (link === 'of' && CHANGE_NOUNS.test(t[k - 1]?.lower ?? '')) return 'percent change';
      if (link !== 'by') return MOVE.has(link ?? '') ? 'percent change' : null;
      // `boosted base school spending by 2.5%`: the verb may stand a few words before `by`.
      for (let n = 0; n < 6 && --k >= 0 && t[k]!.text !== ',' && t[k]!.text !== '.'; n++) {
        const w = t[k]!.lower;
        if (REDUCE.has(w)) return 'percent reduction';
        if (RISE.has(w)) return 'percent increase';
        if (FALL.has(w)) return 'percent decrease';
      }
      return null;
    },
  },
];

/**
 * Run the rules over the quantities of one text, in order. `tokens` is the
 * text's token list; a two-pointer walk maps each quantity to its tokens.
 */
export function applyMeasureRules(text: string, tokens: Token[], quantities: Quantity[]): void {
  let begin = 0;
  let after = 0;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    while (begin < tokens.length && tokens[begin]!.start < q.start) begin++;
    if (after < begin) after = begin;
    while (after < tokens.length && tokens[after]!.start < q.end) after++;
    const ctx: MeasureContext = { text, tokens, q, begin, after, all: quantities, index: i };
    // A rule may refine what an earlier one found (`cancellations` → flights): each later rule checks the new measure.
    for (const rule of MEASURE_RULES) {
      if (!rule.applies(q)) continue;
      const m = rule.find(ctx);
      if (!m || m === q.measure) continue;
      q.measure = m;
      q.by = `${q.by}+${rule.id}`;
    }
  }
}
