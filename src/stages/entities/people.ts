/**
 * Capitalised-name runs outside the gazetteer, classified as person,
 * organisation, place or other from the words around them (a title before,
 * an appositive role after, a speech verb after, an org/place keyword inside),
 * and roles attached to people ("NIS director", "Pentagon press secretary Maj. Gen.").
 */
import type { EntityType } from '../../article.js';
import {
  HONORIFICS,
  COMPASS,
  GIVEN_NAMES,
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
  orgWord,
  type Token,
} from './names.js';

/** Plurals of places an operator runs (entities/org/operator-plural). */
const OPERATOR_PLURALS = new Set(['airports', 'ports', 'harbours', 'harbors']);

export interface NameRun {
  from: number;
  to: number;
  start: number;
  end: number;
  type: EntityType | null;
  /** Why it was typed so (rule id suffix). */
  why: string;
  /** entities/org/possessive-owner: where the body's own name starts after its owner ("Chile's | Ministry of …"). */
  nameStart?: number;
  certain: boolean;
}
const NO_STARTS: ReadonlySet<number> = new Set();
/**
 * entities/person/descriptor: words that describe a person before the name without being a title ("Nurse Aisha
 * Bello", "rescuer Tom Becker", "Grandad Ron Pike"), so never part of the name.
 */
const DESCRIPTORS = new Set(
  (
    'nurse teacher baker farmer rescuer witness resident volunteer engineer doctor surgeon pilot driver student ' +
    'shopkeeper firefighter paramedic councillor councilor grandad grandfather grandmother grandma granny mum mom dad ' +
    'mother wife husband daughter brother widow widower survivor neighbour neighbor fisherman trader broker ' +
    'banker forecaster photographer journalist writer novelist singer actor actress artist musician footballer ' +
    'striker midfielder goalkeeper defender skipper boxer athlete runner cyclist chef owner landlord tenant pensioner ' +
    'retiree veteran soldier medic midwife carer campaigner protester protestor organiser organizer mechanic miner ' +
    'labourer laborer worker plumber electrician builder architect designer entrepreneur investor priest vicar ' +
    'nun monk shopper commuter passenger motorist cashier waiter waitress cleaner guard ranger warden hawker vendor ' +
    'stallholder constable trooper marshal'
  ).split(' '),
);

/** true for a descriptor of a person: a word of {@link DESCRIPTORS} or a science ("Seismologist", "Physician"). */
function descriptor(t: Token): boolean {
  const w = t.lower;
  return DESCRIPTORS.has(w) || /(?:ologist|ician|ographer)$/.test(w);
}

/** STOP words that end a capitalised name as its head ("Ohio State Police", "Human Rights Watch"). */
const NAME_HEADS = new Set(['police', 'watch', 'authorities']);

function isInitial(text: string, t: Token): boolean {
  return t.norm.length === 1 && isCap(t.norm) && text[t.end] === '.';
}

/** entities/based-modifier: "Lisbon-based", "Denver-headquartered": where a firm sits, no word of its name. */
const BASED = /-(?:based|headquartered)$/;

/** Could this token be part of a proper name? */
function nameWord(t: Token): boolean {
  return isCap(t.norm) && !TITLES.has(t.lower) && t.norm !== "'s" && !BASED.test(t.lower);
}

/** Words of a government portfolio after "Secretary of", "Minister for": fields and abstract nouns. */
const PORTFOLIO =
  /^(?:State|Defen[cs]e|Health|Interior|Foreign|Home|Affairs|Justice|Education|Energy|Transport|Transportation|Agriculture|Finance|Labou?r|Commerce|Treasury|Homeland|Trade|Economy|Culture|Housing|Environment|Tourism|Sport|Sports|Industry|War|Veterans|Public|Works|Social|Territorial|Regional|Digital|Science|\p{Lu}\p{Ll}+(?:ion|ity|ics|ance|ence|ment|ure|al|cy|ry|ism))$/u;

/** entities/org/field-list: fields a body's name lists that {@link PORTFOLIO} does not spell ("Mines, Water"). */
const FIELDS = new Set(
  (
    'water waters forests mines mining climate communities land lands resources youth women family families welfare ' +
    'food urban oceans marine wildlife parks arts heritage media technology research citizenship relief petroleum ' +
    'gas oil power roads highways railways ports shipping fisheries livestock budget revenue customs pensions gender ' +
    'human rights religious higher planning'
  ).split(' '),
);

/** true when "Title of|for Portfolio" ends right before token `from` ("Minister for Regional Affairs …"). */
function afterPortfolio(tokens: Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && from - k <= 3 && PORTFOLIO.test(tokens[k]!.norm)) k--;
  return k >= 1 && k < from - 1 && /^(?:of|for)$/.test(tokens[k]!.lower) && TITLES.has(tokens[k - 1]!.lower);
}

/** true when a compass word at `i` opens a name: "West Virginia", "New South Wales" (not "New cases"). */
function compassLeads(text: string, tokens: Token[], covered: Uint8Array, i: number): boolean {
  let k = i + 1;
  while (
    k < tokens.length &&
    k - i < 4 &&
    COMPASS.has(tokens[k]!.lower) &&
    isCap(tokens[k]!.norm) &&
    joinable(text, tokens[k - 1]!, tokens[k]!)
  )
    k++;
  const n = tokens[k];
  return (
    !!n &&
    !covered[k] &&
    nameWord(n) &&
    !STOP.has(n.lower) &&
    !/^\p{N}/u.test(n.norm) &&
    joinable(text, tokens[k - 1]!, n)
  );
}

/**
 * `entities/org/general-in-name`: "General Federation of Labour", "Norland General Workers' Union": the title word
 * "General" is part of an organisation's name when the capitalised words right after it hold an organisation word.
 */
function generalInName(
  tokens: Token[],
  covered: Uint8Array,
  i: number,
  linked: (a: Token, b: Token) => boolean,
): boolean {
  const t = tokens[i]!;
  if (t.norm !== 'General') return false;
  for (let k = i + 1; k < tokens.length && k <= i + 4 && !covered[k] && linked(tokens[k - 1]!, tokens[k]!); k++) {
    if (!isCap(tokens[k]!.norm)) return false;
    if (orgWord(tokens[k]!.lower)) return true;
  }
  return false;
}

/** A plural possessive inside a name: "Nurses’ Association", "Doctors' Union". */
function pluralPossessive(text: string, a: Token, b: Token): boolean {
  return a.norm.length > 2 && a.norm.endsWith('s') && /^['’] $/.test(text.slice(a.end, b.start)) && orgWord(b.lower);
}

/**
 * entities/police-name: "Police Federation", "Police and Crime Commissioner": the word "police", no name by itself
 * ("police said"), opens one when an organisation word or "and" with one follows.
 */
function policeLeads(text: string, tokens: Token[], covered: Uint8Array, i: number): boolean {
  const n = tokens[i + 1];
  if (!n || covered[i + 1] || !joinable(text, tokens[i]!, n)) return false;
  if (n.lower === 'and') return orgAhead(tokens, covered, i + 2, (a, b) => joinable(text, a, b));
  return isCap(n.norm) && orgWord(n.lower) && n.lower !== 'police';
}

/** Months that are also given names ("Jan Novak", "May Lin", "June Okafor"). */
const MONTH_GIVEN = new Set(['jan', 'may', 'june', 'april', 'august']);
/** Words after which a month is a date ("in May", "since June", "last April"), never a given name. */
const BEFORE_DATE = new Set(
  'in on by since until till from of during last next early late mid this that every each through before after'.split(
    ' ',
  ),
);

/**
 * `entities/person/month-name`: a month that is also a given name opens a person's name when a surname follows it
 * ("Jan Novak said", "said May Lin"), never after a word that makes it a date ("in May Parliament …"), nor before
 * a body, a place or a word of the calendar.
 */
function monthGivenLeads(
  text: string,
  tokens: Token[],
  covered: Uint8Array,
  i: number,
  sentenceStarts: ReadonlySet<number>,
): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  if (!n || covered[i + 1] || text.slice(t.end, n.start) !== ' ' || sentenceStarts.has(n.start)) return false;
  if (!nameWord(n) || STOP.has(n.lower) || orgWord(n.lower) || PLACE_WORDS.has(n.lower) || isAllCaps(n.norm))
    return false;
  if (/^\p{N}/u.test(n.norm) || TITLES.has(n.lower) || OTHER_WORDS.has(n.lower)) return false;
  const p = tokens[i - 1];
  return !p || sentenceStarts.has(t.start) || !BEFORE_DATE.has(p.lower);
}

/** Name words looked ahead past "and" for the organisation word that makes it a connector. */
const ORG_AHEAD = 3;

/**
 * entities/and-in-name: "Food and Drug Administration", "Police and Crime Commissioner": "and" joins a name when the
 * capitalised words after it reach an organisation word or a title.
 */
function orgAhead(tokens: Token[], covered: Uint8Array, from: number, joins: (a: Token, b: Token) => boolean): boolean {
  for (let k = from; k < tokens.length && k < from + ORG_AHEAD; k++) {
    const u = tokens[k]!;
    if (covered[k] || !isCap(u.norm) || (k > from && !joins(tokens[k - 1]!, u))) return false;
    const lu = u.lower;
    if (orgWord(lu) || TITLES.has(lu)) return true;
    if (!nameWord(u)) return false;
  }
  return false;
}

/** Words in a listed field of a body's name, and items in the list, at most. */
const FIELD_WORDS = 3;
const FIELD_ITEMS = 5;

/**
 * `entities/org/field-list`: the end of a list of fields after a body's "of"/"for" ("Ministry of Fisheries, Forests and
 * Water", "Department of Parks, Roads, and Harbours"), or -1. The run [from, to) must hold "of"/"for" after its
 * organisation word; every item is one to three name words, none a body, an acronym or a given name, and the list
 * closes with "and" and an item that ends the name. Bodies listed together ("the Ministry of Health, Oxfam and …")
 * or people ("…, Ana Ruiz and Tom Lee") are no fields.
 */
function fieldList(
  text: string,
  tokens: Token[],
  covered: Uint8Array,
  from: number,
  to: number,
  sentenceStarts: ReadonlySet<number>,
): number {
  let of = -1;
  for (let k = from + 1; k < to - 1; k++)
    if ((tokens[k]!.lower === 'of' || tokens[k]!.lower === 'for') && orgWord(tokens[k - 1]!.lower)) of = k;
  if (of < 0) return -1;
  const field = (k: number): boolean => {
    const u = tokens[k];
    return (
      !!u &&
      !covered[k] &&
      nameWord(u) &&
      !STOP.has(u.lower) &&
      !orgWord(u.lower) &&
      !isAllCaps(u.norm) &&
      !/^\p{N}/u.test(u.norm) &&
      !sentenceStarts.has(u.start)
    );
  };
  let k = to;
  for (let items = 0; items < FIELD_ITEMS; items++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]?.start ?? text.length);
    let last = false;
    if ((gap === ', ' || gap === ' ') && tokens[k]?.lower === 'and') {
      if (items === 0 || text.slice(tokens[k]!.end, tokens[k + 1]?.start) !== ' ') return -1;
      last = true;
      k++;
    } else if (gap !== ', ') return -1;
    if (!field(k) || !(FIELDS.has(tokens[k]!.lower) || PORTFOLIO.test(tokens[k]!.norm))) return -1;
    let w = k + 1;
    // "Local Government": an organisation word may close a field, not open it.
    while (
      w < tokens.length &&
      w - k < FIELD_WORDS &&
      joinable(text, tokens[w - 1]!, tokens[w]!) &&
      (field(w) || (orgWord(tokens[w]!.lower) && nameWord(tokens[w]!) && !covered[w]))
    )
      w++;
    // The last field ends the name: no more name words joined to it ("… and Save the Children").
    if (last) {
      const n = tokens[w];
      if (n && joinable(text, tokens[w - 1]!, n) && /^(?:the|of|for|de)$/.test(n.lower)) return -1;
      return w;
    }
    k = w;
    if (k >= tokens.length) return -1;
  }
  return -1;
}

/**
 * Find capitalised runs over tokens not covered by the gazetteer. A run never
 * crosses a sentence start ("… Google Cloud. Google said"); organisation
 * names keep their connectors ("Ministry of the Interior", "Centers for Disease
 * Control and Prevention"), possessives ("Harris County Sheriff's Office") and
 * titles ("Office of the Fire Commissioner").
 */
export function findRuns(
  text: string,
  tokens: Token[],
  covered: Uint8Array,
  sentenceStarts: ReadonlySet<number> = NO_STARTS,
): NameRun[] {
  const runs: NameRun[] = [];
  const linked = (a: Token, b: Token) =>
    (joinable(text, a, b) || pluralPossessive(text, a, b)) && !sentenceStarts.has(b.start);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // The stop-word test lower-cases, so it runs only on the few capitalised words left.
    if (
      covered[i] ||
      (!nameWord(t) && !generalInName(tokens, covered, i, linked)) ||
      (STOP.has(t.lower) &&
        !(COMPASS.has(t.lower) && compassLeads(text, tokens, covered, i)) &&
        !(t.lower === 'police' && policeLeads(text, tokens, covered, i)) &&
        !(MONTH_GIVEN.has(t.lower) && monthGivenLeads(text, tokens, covered, i, sentenceStarts))) ||
      /^\p{N}/u.test(t.norm)
    ) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasOrg = orgWord(t.lower);
    // "Halden & Co.", "Procter & Gamble": an ampersand joins two parts of one name.
    const joins = (a: Token, b: Token) =>
      (joinable(text, a, b) ||
        pluralPossessive(text, a, b) ||
        (text.slice(a.end, b.start) === ' & ' && isCap(b.norm))) &&
      !sentenceStarts.has(b.start);
    while (j < tokens.length && j - i < 12 && !covered[j] && joins(tokens[j - 1]!, tokens[j]!)) {
      const u = tokens[j]!;
      const lu = u.lower;
      if (nameWord(u) && !/^\p{N}/u.test(u.norm)) {
        hasOrg ||= orgWord(lu);
        j++;
        continue;
      }
      // Lower-case particles and org connectors inside a name: "van der", "Ministry of Defence".
      const next = tokens[j + 1];
      const nextOk = next && !covered[j + 1] && nameWord(next) && joins(u, next);
      if (
        nextOk &&
        (PARTICLES.has(u.norm) ||
          (hasOrg && (lu === 'of' || lu === 'for' || lu === 'and' || lu === 'on')) ||
          // entities/org/to-name: "Committee to Protect Journalists": "to" and two capitalised words after a body.
          (hasOrg && lu === 'to' && !!tokens[j + 2] && nameWord(tokens[j + 2]!) && joins(next, tokens[j + 2]!)) ||
          (lu === 'and' && orgAhead(tokens, covered, j + 1, joins)))
      ) {
        j += 2;
        continue;
      }
      // "Ministry of the Interior", "Office of the Fire Commissioner".
      const after = tokens[j + 2];
      if (
        hasOrg &&
        (lu === 'of' || lu === 'for') &&
        next?.norm === 'the' &&
        after &&
        !covered[j + 2] &&
        nameWord(after) &&
        joins(u, next) &&
        joins(next, after)
      ) {
        j += 3;
        continue;
      }
      if (generalInName(tokens, covered, j, linked)) {
        hasOrg = true;
        j++;
        continue;
      }
      // entities/org/high-commissioner: "UN High Commissioner for Refugees" is an office, named with its field.
      if (lu === 'commissioner' && tokens[j - 1]!.norm === 'High' && next?.norm === 'for') {
        hasOrg = true;
        j++;
        continue;
      }
      // A title inside an organisation's name ends it or is followed by more of the name, never by a person's name.
      if (
        hasOrg &&
        isCap(u.norm) &&
        TITLES.has(lu) &&
        !(next && isCap(next.norm) && joins(u, next) && next.norm !== "'s")
      ) {
        j++;
        continue;
      }
      // "Sheriff's Office", "Governor's Office": a title's possessive before an organisation word.
      if (
        isCap(u.norm) &&
        TITLES.has(lu) &&
        next?.norm === "'s" &&
        after &&
        isCap(after.norm) &&
        orgWord(after.lower) &&
        !covered[j + 2] &&
        joins(next, after)
      ) {
        hasOrg = true;
        j += 3;
        continue;
      }
      if (
        u.norm === "'s" &&
        hasOrg &&
        next &&
        isCap(next.norm) &&
        orgWord(next.lower) &&
        !covered[j + 1] &&
        joins(u, next)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    // entities/org/field-list: "Ministry of Fisheries, Forests and Water": a body's fields listed after "of"/"for".
    if (hasOrg && j < tokens.length && text.charCodeAt(tokens[j - 1]!.end) === 44) {
      const listEnd = fieldList(text, tokens, covered, i, j, sentenceStarts);
      if (listEnd > j) j = listEnd;
    }
    // Trailing "of"/"for" never ends a name; trailing STOP word ("Kim Jong Un Monday") is dropped, but a head ("State
    // Police") stays.
    while (
      j - 1 > i &&
      STOP.has(tokens[j - 1]!.lower) &&
      !SUFFIXES.has(tokens[j - 1]!.lower) &&
      !(NAME_HEADS.has(tokens[j - 1]!.lower) && isCap(tokens[j - 1]!.norm))
    )
      j--;
    let end = tokens[j - 1]!.end;
    // "Roberts Jr." keeps its period; "Ray L. Dunn, Jr." its suffix after a comma.
    if (SUFFIXES.has(tokens[j - 1]!.lower) && text[end] === '.') end++;
    else if (
      j < tokens.length &&
      /^, ?$/.test(text.slice(end, tokens[j]!.start)) &&
      /^(?:Jr|Sr)$/.test(tokens[j]!.norm) &&
      text[tokens[j]!.end] === '.'
    ) {
      end = tokens[j]!.end + 1;
      j++;
    }
    // "Secretary of State Ann Lowe", "Minister for Regional Affairs Tomas Berg": the portfolio is part of the role.
    let from = i;
    if (i >= 2 && /^(?:of|for)$/.test(tokens[i - 1]!.lower) && TITLES.has(tokens[i - 2]!.lower) && !hasOrg) {
      while (j - from > 2 && PORTFOLIO.test(tokens[from]!.norm)) from++;
    }
    // entities/person/descriptor: "Rescuer Tom Becker" opens with what the person is, not with a name.
    if (
      j - from >= 3 &&
      !hasOrg &&
      descriptor(tokens[from]!) &&
      !PLACE_WORDS.has(tokens[j - 1]!.lower) &&
      !OTHER_WORDS.has(tokens[j - 1]!.lower)
    )
      from++;
    runs.push({ from, to: j, start: tokens[from]!.start, end, type: null, why: '', certain: false });
    i = j;
  }
  return runs;
}

/**
 * The role words right before token `from` ("NIS director", "Pentagon press secretary Maj. Gen."), as a token index, or
 * -1.
 */
export function roleStart(text: string, tokens: Token[], from: number, gazetteerAt: (i: number) => boolean): number {
  let k = from - 1;
  if (k < 0) return -1;
  const prev = tokens[k]!;
  if (!TITLES.has(prev.lower) || !joinable(text, prev, tokens[from]!)) return -1;
  let start = k;
  // Roles are a few words long; bounding the walk keeps "Mr. Mr. Mr. …" linear.
  const floor = Math.max(0, from - 10);
  while (k > floor) {
    const t = tokens[k - 1]!;
    if (!joinable(text, t, tokens[k]!) && !(t.end === tokens[k]!.start)) break;
    const lt = t.lower;
    // A period between words only joins abbreviations ("Maj. Gen."), never two sentences.
    if (text.slice(t.end, tokens[k]!.start).includes('.') && !TITLES.has(lt) && t.norm.length > 1) break;
    if (
      TITLES.has(lt) ||
      gazetteerAt(k - 1) ||
      t.norm === "'s" ||
      (isCap(t.norm) &&
        !STOP.has(lt) &&
        (!isAllCaps(t.norm) || t.norm.length <= 6) &&
        k - 1 >= 0 &&
        TITLES.has(tokens[k]!.lower))
    ) {
      k--;
      start = k;
      continue;
    }
    // lower-case modifiers inside a role: "press secretary", "foreign minister", "defense"
    if (
      /^(?:press|foreign|defense|defence|finance|interior|justice|deputy|senior|top|chief|vice|prime|national|security|intelligence|military|state|general|attorney|associate|assistant|former|acting|house|senate|majority|minority|democratic|republican)$/.test(
        lt,
      )
    ) {
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
    (/^, (?:a|an|the|his|her|its|their) /.test(rest) &&
      rest
        .slice(2)
        .split(/[\s,;.]+/, 6)
        .slice(1)
        .some((w) => TITLES.has(w)));
  if (!TITLES.has(m[1]!) && m[1] !== 'head' && m[1] !== 'who' && !described) return null;
  if (m[1] === 'who') return null;
  const body = rest.slice(2);
  const stop = body.search(/[,.;:()\n—–]|\s(?:said|says|told|who|and said)\b/);
  const len = stop < 0 ? Math.min(body.length, 80) : stop;
  if (len <= 0 || len > 90) return null;
  return { start: end + 2, end: end + 2 + len };
}

/** ", 47," or ", aged 47," right after a name: an age between 1 and 119. */
const AGE_APPOSITIVE = /^, (?:aged )?(?:[1-9]|[1-9]\d|1[01]\d),(?!\d)/;

/** Type a run from its words and neighbours. */
export function classify(
  text: string,
  tokens: Token[],
  run: NameRun,
  sentenceStart: boolean,
  recurring: (key: string) => boolean,
  common: (word: string) => boolean = () => true,
): void {
  const words = tokens.slice(run.from, run.to);
  const lw = words.map((w) => w.lower);
  const last = lw[lw.length - 1]!;
  const multi = words.filter((w) => !isInitial(text, w) && !SUFFIXES.has(w.lower)).length > 1;
  // entities/org/high-commissioner: "High Commissioner for Refugees" names an office, not a person.
  for (let k = 1; k + 1 < lw.length; k++)
    if (lw[k] === 'commissioner' && lw[k - 1] === 'high' && lw[k + 1] === 'for') {
      run.type = 'organization';
      run.why = 'high-commissioner';
      run.certain = false;
      return;
    }
  if (words.some((w) => isAllCaps(w.norm) && w.norm.length > 1)) {
    if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0]!.norm)) {
      // An unknown acronym counts only as a speaker or when defined ("Congressional Research Service (CRS)").
      const defined = text[run.start - 1] === '(' && text[run.end] === ')';
      const next = /^ ([a-z]+)/.exec(text.slice(run.end, run.end + 24))?.[1];
      const titled = !!next && TITLES.has(next); // "FEMA administrator", "CIA director"
      if (
        !defined &&
        !titled &&
        !/^,? (?:also )?(?:said|says|told|reported|added|estimated|announced|confirmed)\b/.test(
          text.slice(run.end, run.end + 30),
        )
      )
        return;
      run.type = 'organization';
      run.why = 'acronym';
      run.certain = false;
      return;
    }
    if (words.every((w) => isAllCaps(w.norm))) return; // shouting headline or dateline
    // entities/org/acronym-in-name: "KCR Event Response", "KPMG Flood Analytics"; a title inside keeps a person.
    if (
      multi &&
      words.some((w) => /^[A-Z]{3,6}$/.test(w.norm)) &&
      !lw.some((w) => TITLES.has(w) || GIVEN_NAMES.has(w))
    ) {
      run.type = 'organization';
      run.why = 'acronym-in-name';
      run.certain = false;
      return;
    }
  }
  // entities/person/given-name: "Nora Banks", "Emily Church": a given name before one common-noun surname.
  if (words.length === 2 && GIVEN_NAMES.has(lw[0]!) && orgWord(last) && !orgWord(lw[0]!)) {
    run.type = 'person';
    run.why = 'given-name';
    run.certain = false;
    return;
  }
  if (lw.some((w) => orgWord(w)) && multi) {
    run.type = 'organization';
    run.why = 'org-word';
    run.certain = true;
    return;
  }
  // entities/org/operator-plural: "Dravik Airports", "Brenmoor Ports": a name headed by the plural of a place it
  // runs names the operator of many; the singular stays a place ("Port Louis"), "Ports" among a body's fields a field.
  if (multi && OPERATOR_PLURALS.has(last)) {
    run.type = 'organization';
    run.why = 'operator-plural';
    run.certain = false;
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
  // "Southern California", "West Virginia": a compass word opens a place.
  if (multi && COMPASS.has(lw[0]!) && lw[0] !== 'new' && !lw.some((w) => orgWord(w))) {
    run.type = 'place';
    run.why = 'compass';
    run.certain = false;
    return;
  }
  const prev = run.from > 0 ? tokens[run.from - 1]! : null;
  const titled =
    (!!prev && (TITLES.has(prev.lower) || descriptor(prev)) && joinable(text, prev, words[0]!)) ||
    afterPortfolio(tokens, run.from);
  const honorific = titled && HONORIFICS.has(prev!.lower);
  const after = text.slice(run.end, run.end + 40);
  const speechAfter = /^ (?:has |had |also |earlier |later |then |again |on \w+ )?(\w+)/.exec(after);
  // "said Ann Ruiz, the utility's forecaster": a name right after a speech verb speaks.
  const speaks =
    (!!speechAfter && SPEECH.has(speechAfter[1]!)) ||
    /\b(?:said|says|added|adds|told|wrote|noted|explained|according to)\s$/.test(
      text.slice(Math.max(0, run.start - 14), run.start),
    );
  const appositive = appositiveRole(text, run.end) !== null;
  // entities/person/age-appositive: "Dana Whitfield, 47, a welder": an age in commas after a name marks a person.
  const aged = AGE_APPOSITIVE.test(after);
  const eastAsian =
    multi && words.length <= 3 && SURNAME_FIRST.has(lw[0]!) && (words.length === 3 || /-/.test(words[1]?.norm ?? ''));
  if (multi && (titled || appositive || aged || eastAsian || speaks)) {
    run.type = 'person';
    run.why = titled
      ? 'title'
      : appositive
        ? 'appositive'
        : aged
          ? 'age-appositive'
          : eastAsian
            ? 'surname-first'
            : 'speaker';
    run.certain = titled || appositive || aged;
    return;
  }
  // entities/person/given-name-first: "Ruth Abara spoke", a known given name opening a short name.
  if (multi && words.length <= 3 && GIVEN_NAMES.has(lw[0]!)) {
    run.type = 'person';
    run.why = 'given-name-first';
    run.certain = false;
    return;
  }
  // "The premier, Karen Holt,": a name in apposition to a role.
  const roleBefore = /(?:^|\s)([a-z][a-z-]*),\s$/.exec(text.slice(Math.max(0, run.start - 30), run.start));
  if (multi && words.length <= 4 && roleBefore && TITLES.has(roleBefore[1]!)) {
    run.type = 'person';
    run.why = 'role-appositive';
    run.certain = true;
    return;
  }
  // entities/person/role-phrase-appositive: "The Minister for Youth and Sports, Kofi Amankwah,": a role of words.
  if (multi && words.length <= 4 && rolePhraseBefore(text, run.start)) {
    run.type = 'person';
    run.why = 'role-phrase-appositive';
    run.certain = true;
    return;
  }
  // entities/person/role-head-appositive: "A spokesman for Delta Power, Omar Haddad,", "the clinic's chief doctor,
  // Jonas Berg,", "Marshal of the valley district, Ana Ruiz,": an open role phrase in apposition names a person.
  if (multi && words.length <= 4 && roleHeadBefore(text, run.start)) {
    run.type = 'person';
    run.why = 'role-head-appositive';
    run.certain = true;
    return;
  }
  // "Dana St. James set up a generator when she arrived": a personal pronoun in the same clause refers back to a
  // person.
  if (
    multi &&
    words.length <= 4 &&
    !(sentenceStart && common(lw[0]!)) &&
    !/\b(?:the|a|an|of|in|at|to|from)\s$/i.test(text.slice(Math.max(0, run.start - 6), run.start)) &&
    /^[^.!?;"“”]{0,100}?\b(?:he|she|his|her|him)\b/.test(text.slice(run.end, run.end + 110))
  ) {
    run.type = 'person';
    run.why = 'pronoun-after';
    run.certain = false;
    return;
  }
  // entities/org/title-word: "Justice Department", "Defense Ministry": a title word before an organisation word.
  if (!multi && honorific && orgWord(last) && joinable(text, prev!, words[0]!)) {
    run.from -= 1;
    run.start = prev!.start;
    run.type = 'organization';
    run.why = 'title-word';
    run.certain = true;
    return;
  }
  // entities/person/age: "Karimi, 45, says": a single name with an age in apposition.
  if (!multi && !(sentenceStart && common(lw[0]!)) && AGE_APPOSITIVE.test(after)) {
    run.type = 'person';
    run.why = 'age';
    run.certain = false;
    return;
  }
  if (!multi && honorific) {
    run.type = 'person';
    run.why = 'honorific';
    run.certain = true;
    return;
  }
  const surname = lw.filter((w) => !SUFFIXES.has(w)).pop() ?? last;
  // At a sentence start the first word may be an ordinary word ("Reports"), unless the text never writes it in lower
  // case.
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

/** Role nouns that head an apposed role phrase without being a title before a name ("the regional fire marshal, "). */
const ROLE_HEADS = new Set([
  ...TITLES,
  ...'marshal doctor physician surgeon engineer head coordinator organiser organizer negotiator principal warden'.split(
    ' ',
  ),
  ...'ranger curator trustee treasurer registrar clerk representative owner partner'.split(' '),
]);
/** Determiners that may open a role phrase. */
const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
/**
 * The words of the phrase that ends in the comma right before `start`, back to the last comma, full stop, line or
 * closing quotation mark (and straight quote when `straight`) within `reach` characters; null when there is none.
 */
function phraseBeforeComma(text: string, start: number, reach: number, straight: boolean): string[] | null {
  if (text.slice(start - 2, start) !== ', ') return null;
  const from = Math.max(0, start - reach);
  const window = text.slice(from, start - 2);
  const cut = Math.max(
    window.lastIndexOf(', '),
    window.lastIndexOf('. '),
    window.lastIndexOf('\n'),
    window.lastIndexOf('”'),
    straight ? window.lastIndexOf('"') : -1,
  );
  if (cut < 0 && from > 0) return null;
  return window
    .slice(cut + 1)
    .trim()
    .split(' ');
}

/** Prepositions that join a role to its body ("spokesman for", "head of", "engineer at"). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'with']);
/** A word of a role phrase: letters only, and not a lower-case -ed/-ing word that would make it a clause. */
const roleWord = (w: string) => /^[\p{L}'’-]+$/u.test(w) && !/^\p{Ll}.*(?:ed|ing)$/u.test(w);

/**
 * Whether an open role phrase stands in commas right before `start`: a determiner or a possessor ("the clinic's",
 * "Delta Power's"), up to two lower-case modifiers, a role noun, then optionally "for/of/at" and its body
 * ("A spokesman for Delta Power, ", "said the union's chief negotiator, "); a fixed look-back of 80 characters.
 */
function roleHeadBefore(text: string, start: number): boolean {
  const words = phraseBeforeComma(text, start, 80, true);
  if (!words || words.length > 11 || !words.every(roleWord)) return false;
  let i = /^(?:said|says|added)$/.test(words[0]!) ? 1 : 0;
  if (ROLE_DETERMINERS.has(words[i]?.toLowerCase() ?? '')) i++;
  // A possessor of up to three words ("the clinic's", "Delta Power's").
  for (let k = i; k < Math.min(words.length, i + 3); k++)
    if (/['’]s$/.test(words[k]!)) {
      i = k + 1;
      break;
    }
  for (let m = 0; m < 2 && i < words.length - 1 && /^\p{Ll}/u.test(words[i]!); m++) {
    if (ROLE_HEADS.has(words[i]!) && ROLE_LINKS.has(words[i + 1]!)) break;
    if (!/^\p{Ll}/u.test(words[i + 1]!)) break;
    if (ROLE_HEADS.has(words[i]!) && !ROLE_HEADS.has(words[i + 1]!)) break;
    i++;
  }
  if (!ROLE_HEADS.has(words[i]?.toLowerCase() ?? '')) return false;
  // Nothing after the role, or its body after a link word.
  return i === words.length - 1 || (ROLE_LINKS.has(words[i + 1]!) && words.length - i - 2 >= 1);
}

/** Words that may join the words of a role phrase (`Minister for Youth and Sports`, `head of the port authority`). */
const ROLE_JOINERS = new Set(['of', 'for', 'and', 'the', 'at', 'on']);

/**
 * Whether a role phrase of two to eight words, opened by "the" and a title, stands in commas right before `start`
 * ("The Secretary for Transport and Works, "); a fixed look-back of 70 characters.
 */
function rolePhraseBefore(text: string, start: number): boolean {
  const words = phraseBeforeComma(text, start, 70, false);
  if (!words || words.length < 3 || words.length > 8 || words[0]!.toLowerCase() !== 'the') return false;
  if (!TITLES.has(words[1]!.toLowerCase())) return false;
  for (let k = 2; k < words.length; k++) {
    const w = words[k]!;
    // Words of the role only: a number or a lower-case -ed/-ing word is a clause ("the head, speaking on Monday, ").
    if (!/^[\p{L}'’-]+$/u.test(w) || /^\p{Ll}.*(?:ed|ing)$/u.test(w)) return false;
    if (/^\p{Ll}/u.test(w) && !ROLE_JOINERS.has(w) && k < 3) return false;
  }
  return true;
}
