/**
 * Word lists and small helpers for finding names: tokens, titles and roles,
 * organisation and place keywords, and the name key that makes spelling
 * variants equal (`Zelenskyy`/`Zelensky`, `Lee Seong-kweun`/`Lee Seong Kweun`).
 */
import { CALENDAR_NAMES, MONTH_ABBREVIATIONS } from '../../vocabulary/calendar.js';
import { toLower } from '../letters.js';

/** A word of the text. Possessive `'s` is its own token. */
export interface Token {
  start: number;
  end: number;
  /** Surface text with curly apostrophes folded to `'`. */
  norm: string;
  /** `norm` lower-cased, once per token: the rules ask for it many times. */
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Split text into word tokens (linear; possessives split off). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    if (m.index >= to) break;
    const start = m.index;
    let end = m.index + m[0].length;
    // The match is the word's text unless the bound cuts it.
    let raw = m[0];
    if (end > to) {
      end = to;
      raw = text.slice(start, end);
    }
    const norm = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
    const last = norm.charCodeAt(norm.length - 1);
    // 's / 'S at the end (115 = s, 83 = S, 39 = ').
    if (norm.length > 2 && (last === 115 || last === 83) && norm.charCodeAt(norm.length - 2) === 39) {
      const word = norm.slice(0, -2);
      out.push({ start, end: end - 2, norm: word, lower: toLower(word) });
      out.push({ start: end - 2, end, norm: "'s", lower: "'s" });
    } else out.push({ start, end, norm, lower: toLower(norm) });
  }
  return out;
}

/** The last text tokenized whole by {@link textTokens}, and its tokens. */
let lastText: { text: string; tokens: Token[] } | null = null;

/**
 * The tokens of the whole `text`, kept for the last text asked for: entities and attributions read the same
 * article's words, so it is tokenized once. The tokens are shared: callers must not change them.
 */
export function textTokens(text: string): Token[] {
  if (lastText?.text !== text) lastText = { text, tokens: tokenize(text) };
  return lastText.tokens;
}

/**
 * The tokens of [from, to) from the whole text's `tokens`, the same as `tokenize(text, from, to)`: a word
 * running across either bound is tokenized again from the bound.
 */
export function tokensIn(text: string, tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  // A word across `from` (or a possessive split from its word): tokenizing from the bound starts inside it.
  if (lo < tokens.length && (tokens[lo]!.start < from || tokens[lo]!.norm === "'s")) return tokenize(text, from, to);
  let end = lo;
  while (end < tokens.length && tokens[end]!.end <= to) end++;
  // A word across `to` (or one whose possessive starts at it) is cut at the bound, which may change its split.
  const next = tokens[end];
  if (next && (next.start < to || (next.start === to && next.norm === "'s" && tokens[end - 1]?.end === to)))
    return tokenize(text, from, to);
  return tokens.slice(lo, end);
}

/** true when the text between two tokens lets them belong to one name (spaces, one period, nothing else). */
export function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap.length > 3) return false;
  return /^(?:\.? ?|\.?\u00a0)$/.test(gap) || gap === '' || gap === '.';
}

export function isCap(word: string): boolean {
  const c = word[0]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

const list = (s: string) => new Set(s.trim().split(/\s+/));

/** Titles and role nouns that may precede a person's name (lower-cased, no period). */
export const TITLES = list(`
mr mrs ms miss dr prof professor president vice prime minister justice chief judge senator sen rep representative
congressman congresswoman gov governor mayor gen general maj major col colonel lt lieutenant adm admiral capt captain
sgt sergeant cmdr cdr commander cpl corporal brig brigadier secretary spokesman spokeswoman spokesperson director lawmaker lawmakers legislator
leader chairman chairwoman chair ceo king queen prince princess pope emperor chancellor ambassador envoy attorney
lawyer editor analyst professor researcher economist correspondent reporter deputy press head officer official
sheikh rev reverend father sister lord lady sir dame coach manager founder speaker premier president-elect
assemblyman assemblywoman councilman councilwoman commissioner sheriff detective inspector superintendent
prosecutor counsel strategist adviser advisor aide pastor rabbi imam cardinal bishop archbishop executive
administrator member members justices senators governors ministers officials spokesmen leaders diplomat expert scientist professor historian author activist candidate nominee former acting interim
mp mep msp mla
`);

/** Titles written short before a name ("Dr", "Sgt.", "Cllr"), lower case without the stop. */
export const SHORT_TITLES = list(
  'mr mrs ms miss dr prof sen rep gov gen maj col lt adm capt cdr cmdr cpl brig sgt det insp supt cllr',
);

/** Honorifics that alone (with a surname) mark a person: the short titles and a few written out. */
export const HONORIFICS = new Set([...SHORT_TITLES, ...list('justice judge president senator governor mayor')]);

/**
 * Sentence openers that never begin a name: hedges, place prepositions and greetings ("Perhaps Dravo Energy said",
 * "Within Marlowe County", "Hey Siri") (entities/opener-word).
 */
export const OPENER_WORDS = list('maybe perhaps within without across among amongst throughout toward towards hey');

/**
 * Capitalised words that are not names (sentence openers, days, months, directions...). Weekday abbreviations
 * are left out: a capitalised `Sun` or `Sat` is more often a name than a date.
 */
export const STOP = list(`
${CALENDAR_NAMES.join(' ').toLowerCase()} ${MONTH_ABBREVIATIONS.join(' ')}
the a an and or but if in on at to of for from by with as after before when while since until during
it its he she they we i you his her their our my your this that these those there here then thus
last next first second third new old more most some many all any each every other another both few
according following speaking meanwhile however also still yet so though although because despite
today yesterday tomorrow tonight
north south east west northern southern eastern western central
reports report officials official sources source police authorities experts analysts
what who why how where which whether no not yes one two three four five six seven eight nine ten
around about nearly almost over under above below up down out off into onto upon
is are was were be been has have had do does did will would can could should may might must
mobile version share join date exit read watch more related advertisement photo video
${[...OPENER_WORDS].join(' ')}
`);

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = list(`
service agency ministry council court committee party association university institute department office bureau
army navy forces force guard police company corp corporation inc ltd llc co group bank fund foundation trust news times
post press journal network express insider television tv radio union organization organisation commission
assembly parliament congress senate house administration center centre command club church league federation
alliance coalition campaign stores airlines motors systems technologies labs laboratories hospital school college
academy board authority agency council cabinet government regime brigade battalion division corps fleet
media broadcasting channel gazette herald tribune chronicle daily magazine review weekly observer guardian
telegraph mail standard report reuters agency institute exchange air airways chamber confederation guild survey
`);

/** Common given names that usually mark a woman ("she said" when the text gives no pronoun of its own). */
export const FEMALE_NAMES = list(`
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra kimberly
emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley
angela helen anna ann anne brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane julie joyce julia christina joan evelyn lauren judith olivia martha cheryl megan
andrea hannah jacqueline gloria teresa kathryn sara janice alice abigail judy marie denise beverly amber danielle
marilyn diana natalie sophia nora ella clara lena elena ana sofia fatima priya irene grace rosa lucia aisha olga
ines ingrid ewa agnieszka natalia svetlana tatiana oksana yulia anastasia ivana marta carmen lucy sophie chloe
charlotte amelia isabella mia zoe ava lily ruby ellie jane kate claire fiona gemma kerry nia joy ama aminata
mei ling yuna keiko hana leila layla mariam amina zainab nadia samira yasmin sunita anjali deepa kavita doris
`);

/** Common given names that usually mark a man. */
export const MALE_NAMES = list(`
james john robert michael william david richard joseph thomas tom charles christopher daniel dan matthew matt
anthony mark donald steven steve paul andrew andy joshua kenneth kevin brian george timothy ronald edward ed jason
jeffrey ryan jacob gary nicholas nick eric jonathan stephen larry justin scott brandon benjamin ben samuel gregory
frank alexander raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter pete kyle
walter ethan jeremy harold keith roger noah gerald carl terry sean arthur lawrence dylan jesse bryan joe bruce billy
bill bob albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby
philip phil johnny luis carlos jorge miguel pedro pablo ahmed mohammed muhammad omar rahul amit anil sunil raj
hiroshi kenji ivan sergei sergey dmitry dmitri igor ihor oleksandr volodymyr mykola yuri boris viktor olu kofi
kwame tariq hassan hussein mustafa ibrahim khalid hans klaus jurgen lars sven erik marco luca giovanni antonio
francesco diego rui joao ravi arjun vikram liam owen rhys ron ken raul
`);

// Given names worn by women and men alike (Chris, Sam, Jean, Ali): a person's name, but no gender.
const EITHER_NAMES = list('chris sam christian ashley kelly jean madison ali yuki');
// Given names that are also a place, a virtue or a common word ("Grace Church", "Kerry County", "Joy Street"): they
// mark a gender once a name is a person's, but do not alone make a phrase a person's.
const WORD_NAMES = list('grace joy ruby lily charlotte kerry rosa carmen');

/**
 * Common given names that are no place, virtue or organisation word (no "Grace", "Victoria", "Jordan"): before
 * a surname that is a common noun ("Nora Banks", "Emily Church") they make the name a person's.
 */
export const GIVEN_NAMES = new Set([...FEMALE_NAMES, ...MALE_NAMES, ...EITHER_NAMES].filter((n) => !WORD_NAMES.has(n)));

/** Compass and "new" words that open a place name ("West Virginia", "New South Wales") though they are STOP words. */
export const COMPASS = list('north south east west northern southern eastern western central new upper lower');

/** true for a word that makes a capitalised phrase an organisation, singular or plural ("Centers", "Services"). */
export function orgWord(word: string): boolean {
  return ORG_WORDS.has(word) || (word.length > 4 && word.endsWith('s') && ORG_WORDS.has(word.slice(0, -1)));
}

/** Words that make a capitalised phrase a place. */
export const PLACE_WORDS = list(`
street avenue road river mountain mountains island islands region province county city state beach square lake sea
ocean bay valley peninsula strait gulf desert border oblast district village town airport base harbor harbour port
`);

/** Words that make a capitalised phrase something else (events, documents, days). */
export const OTHER_WORDS = list(
  'war day act prize cup games olympics treaty summit conference agreement accord law bill amendment festival election elections',
);

/** Common family names written first (Korean, Chinese, Vietnamese). */
export const SURNAME_FIRST = list(`
kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin kwon hwang
ahn an song yoo yu ryu hong jeon chun moon mun ko go baek paik nam noh roh ha kwak sung
xi li wang zhang liu chen yang zhao huang zhou wu xu sun zhu ma hu guo he lin luo
nguyen tran le pham hoang phan vu dang bui do ngo
`);

/** Name particles allowed inside a name. */
export const PARTICLES = list('de da di du del der della van von ter bin ibn al el la le dos das');

export const SUFFIXES = list('jr sr ii iii iv');

/** Speech verbs (base and inflected) used as evidence that a capitalised phrase names a speaker. */
export const SPEECH = list(`
said says say told tells tell added adds noted notes stated states declared announced asked asks wrote writes
warned warns argued argues explained insisted replied responded confirmed estimated believes believed claimed
claims cited reported reports acknowledged admitted testified urged suggested
`);

/**
 * Keys already made, by name: the same names and words come back sentence
 * after sentence within an article, and each fold makes some ten strings.
 * Cleared when full: a name may be a slice of its article's text and keep
 * that text alive, so the memo holds the names of the last few articles only.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 4096;

/** Fold a name to a key: case, diacritics, hyphens, spacing, middle initials, suffixes, doubled letters. */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = foldName(name);
    KEYS.set(name, key);
  }
  return key;
}

function foldName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w.length > 0);
  // Single letters are middle initials beside a name; a name of letters only (`U.S.`, `U.K.`) is an initialism.
  const initialism = words.every((w) => w.length === 1);
  const kept = initialism
    ? [words.join('')]
    : words.filter((w, i) => !(words.length > 1 && (w.length === 1 || (SUFFIXES.has(w) && i === words.length - 1))));
  return (
    kept
      // Transliterations meet: y and i (Klymenko/Klimenko, Sergey/Sergei, Zelenskyy/Zelenskiy), x and ks.
      .map((w) =>
        w
          .replace(/-/g, '')
          .replace(/(?:iy|yy|ii|ij|yi)$/, 'y')
          .replace(/y/g, 'i')
          .replace(/x/g, 'ks'),
      )
      .join('')
      .replace(/(.)\1+/g, '$1')
  );
}

/** The key of each word of a name (for surname matching). */
export function wordKey(word: string): string {
  return nameKey(word);
}

/** Slug for entity ids: `North Korea` → `north-korea`. */
export function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'entity';
}
