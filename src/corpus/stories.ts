/**
 * Stories: articles grouped by what they share. Each article contributes the
 * capitalised words of its title and opening (names of places, people,
 * organisations, events) and the ids of the entities it mentions; two
 * articles are linked when they share at least MIN_SHARED words that few
 * articles use (at most `cap`), and stories are the linked groups (copies
 * found by the duplicates stage always share a story). A word used by many
 * articles ("United States", "Monday") says nothing about which story an
 * article tells, so it is not counted. An article linked to none then joins the story it clearly shares
 * most with (names and wording, by rarity), and labels name the entities a story's articles share.
 *
 * Linear: each article keeps at most MAX_WORDS word ids; pairs are counted
 * per word from the rarest up, within a fixed budget.
 */
import type { DuplicateLink, EntityRecord, StoryRecord } from '../records.js';
import { CALENDAR_WORDS } from '../vocabulary/calendar.js';

/** Word ids kept per article (title and opening first). */
const MAX_WORDS = 80;
/**
 * stories/shared-figure: figures ("1,240 hectares", "212 routes") kept per article beside its names. A brief names
 * one place its story shares with others in the same city; the count it repeats tells which story it is. Figures
 * only place an article left alone (stories/join-alone): "12 people" links no two articles by itself.
 */
const MAX_FIGURES = 12;
/** Characters of the body read for words. */
const HEAD = 1500;
/** Shared rare words that link two articles, and the share of the smaller article's rare words they must be. */
const MIN_SHARED = 3;
const MIN_SHARE = 0.35;
/**
 * stories/short-pair: short articles name few places and bodies; two that share fewer than MIN_SHARED rare names
 * (still most of the smaller one's) are one story when they also share rare words of wording ("cholera",
 * "ferry"): this many with two names, one more with one.
 */
const MIN_WORDING_SHARED = 3;
/** Pair increments allowed over the whole corpus (keeps the step linear at 100k articles). */
const PAIR_BUDGET = 1_000_000;
/** Lower-case words kept per article: its wording, read only to place an article that shares no names. */
const MAX_WORDING = 60;
/**
 * An article left alone joins a story through this many shared features, one of them a name, scoring this
 * many times the next story (wording alone, "people evacuated", tells no story apart).
 */
const MIN_ATTACH = 2;
const ATTACH_MARGIN = 1.5;
/**
 * stories/join-one-name: an alone article that shares a single name (or figure) with a story joins it only with
 * this many shared features in all: a town's market or council brief shares its name and a word or two.
 */
const MIN_ATTACH_ONE_NAME = 3;
/** A shared name (capitalised word or entity) weighs this many times a shared lower-case word. */
const NAME_WEIGHT = 2;

/** Capitalised words that name no story: weekdays, months, pronouns and sentence openers, credits. */
const STOP = new Set(
  (
    'the a an and but or for nor so yet in on at to of by with from as into over after before during about this that these those ' +
    'it its he she they we you i his her their our there here when where while what which who whom why how if then than also ' +
    `${CALENDAR_WORDS.join(' ')} ` +
    'mr mrs ms dr gov sen rep president minister officials official police government reuters ap afp associated press news ' +
    'photo image video read more share updated update published copyright all rights reserved advertisement story continues ' +
    'said says according one two three four five six seven eight nine ten first second third last new york times post ' +
    'is are was were has have had will would could should can may might not no yes just only some many most more other ' +
    'am pm et gmt utc ist est edt pdt bst cet'
  ).split(' '),
);

/** Character classes of the word scanner: a word is a run of letters, digits, apostrophes and hyphens. */
const UPPER = 1;
const LOWER = 2;
const ALNUM = 4;
const JOINER = 8;
/** Classes of the ASCII code points, from a table; others through \p tests, kept once seen. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 65 && c <= 90
    ? UPPER | ALNUM
    : c >= 97 && c <= 122
      ? LOWER | ALNUM
      : c >= 48 && c <= 57
        ? ALNUM
        : c === 39 || c === 45
          ? JOINER
          : 0,
);
const OTHER_CLASS = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  let k = OTHER_CLASS.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = cp === 0x2019 ? JOINER : 0;
    if (/\p{Lu}/u.test(ch)) k |= UPPER;
    if (/\p{Ll}/u.test(ch)) k |= LOWER;
    if (/[\p{L}\p{N}]/u.test(ch)) k |= ALNUM;
    OTHER_CLASS.set(cp, k);
  }
  return k;
}

/**
 * One pass over `text` for the story words: `capitals` gets what /\p{Lu}[\p{L}\p{N}'’-]{2,}/gu matches, in order,
 * and `lower` what /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}'’-]{2,}/gu does. Each run of word characters holds at
 * most one match of each: the first capital (or lower-case letter after no letter or digit) with two word
 * characters after it, up to the run's end.
 */
export function scanWords(text: string, capitals: string[], lower: Set<string>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i)!;
    let k = classOf(cp);
    if (!(k & (ALNUM | JOINER))) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    // A run of word characters from i: count its code points, note the first capital and lower-case start.
    let count = 0;
    let upAt = -1;
    let upCount = 0;
    let lowAt = -1;
    let lowCount = 0;
    let prevAlnum = false;
    let j = i;
    while (j < n) {
      if (j > i) {
        cp = text.charCodeAt(j);
        if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(j)!;
        k = classOf(cp);
        if (!(k & (ALNUM | JOINER))) break;
      }
      if (upAt < 0 && k & UPPER) {
        upAt = j;
        upCount = count;
      }
      if (lowAt < 0 && k & LOWER && !prevAlnum) {
        lowAt = j;
        lowCount = count;
      }
      prevAlnum = (k & ALNUM) !== 0;
      count++;
      j += cp > 0xffff ? 2 : 1;
    }
    if (upAt >= 0 && count - upCount > 2) capitals.push(text.slice(upAt, j));
    if (lowAt >= 0 && count - lowCount > 2) lower.add(text.slice(lowAt, j));
    i = j;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;

/**
 * stories/shared-figure: each number of 10 or more (not a year) with the lower-case word right after it, as
 * "1,240 hectares" ("%" read as "percent"), in order. One pass; a number is digits with inner commas and points.
 */
export function scanFigures(text: string, out: string[]): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(text.charCodeAt(i)) || (i > 0 && classOf(text.charCodeAt(i - 1)) & ALNUM)) continue;
    let j = i;
    let comma = false;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) continue;
      if ((c === 44 || c === 46) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) comma ||= c === 44;
      else break;
    }
    // Kept as written: read back from the key, "2,024" must stay apart from the year 2024.
    const num = text.slice(i, j);
    const start = j;
    i = j;
    const value = Number(comma ? num.replaceAll(',', '') : num);
    if (!(value >= 10) || (!comma && num.length === 4 && value >= 1900 && value <= 2100)) continue;
    let word: string;
    if (text.charCodeAt(start) === 37) word = 'percent';
    else {
      if (text.charCodeAt(start) !== 32) continue;
      let k = start + 1;
      while (k < n && isLowerAscii(text.charCodeAt(k))) k++;
      if (k - start - 1 < 2 || (k < n && classOf(text.charCodeAt(k)) & ALNUM)) continue;
      word = text.slice(start + 1, k);
      if (STOP.has(word)) continue;
      i = k;
    }
    out.push(`${num} ${word}`);
  }
}

/** "Ada's", "Ada’s": a word ending in a possessive, read without it. */
const possessive = (w: string) =>
  w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && (w[w.length - 2] === "'" || w[w.length - 2] === '’');

/** A name the entities stage found: how many of a story's articles name it, and how many in all. */
interface StoryName {
  name: string;
  count: number;
  df: number;
}

/** Lists of ids, one per article, in one growing buffer: no typed array of its own for each article. */
class IdLists {
  // Empty until used: a scratch index of one article (src/corpus/corpus-state.ts) is made per article.
  private data: Uint32Array<ArrayBufferLike> = new Uint32Array(0);
  private readonly ends: number[] = [];
  private size = 0;

  get length(): number {
    return this.ends.length;
  }

  push(ids: Iterable<number>): void {
    for (const id of ids) {
      if (this.size === this.data.length) {
        const grown = new Uint32Array(Math.max(256, Math.ceil(this.data.length * 1.5)));
        grown.set(this.data);
        this.data = grown;
      }
      this.data[this.size++] = id;
    }
    this.ends.push(this.size);
  }

  /** Every list's ids, end to end, and where each list ends. */
  dump(): { data: Uint32Array; ends: Uint32Array } {
    return { data: this.data.subarray(0, this.size), ends: Uint32Array.from(this.ends) };
  }

  /** The lists {@link IdLists.dump} gave. */
  static of({ data, ends }: { data: Uint32Array; ends: Uint32Array }): IdLists {
    const lists = new IdLists();
    // Full: the next push grows it into a buffer of its own.
    lists.data = data;
    lists.size = data.length;
    for (const e of ends) lists.ends.push(e);
    return lists;
  }

  /** List `i`, as a view into the buffer. */
  at(i: number): Uint32Array {
    return this.data.subarray(i ? this.ends[i - 1]! : 0, this.ends[i]!);
  }
}

/** A {@link StoryIndex} as plain arrays: what an incremental run loads in place of every article's kept state. */
export interface StoryIndexDump {
  ids: string[];
  published: Array<string | null>;
  display: string[];
  df: Uint32Array;
  words: { data: Uint32Array; ends: Uint32Array };
  wordingWords: string[];
  wordingDf: Uint32Array;
  wording: { data: Uint32Array; ends: Uint32Array };
}

/** Collects each article's words; `stories()` links and groups them. */
export class StoryIndex {
  private readonly ids: string[] = [];
  private words = new IdLists();
  private readonly vocab = new Map<string, number>();
  private readonly display: string[] = [];
  private readonly df: number[] = [];
  private readonly published: Array<string | null> = [];
  private wording = new IdLists();
  private readonly wordingVocab = new Map<string, number>();
  private readonly wordingWords: string[] = [];
  private readonly wordingDf: number[] = [];
  /** Per word id, the article that last took it (plus one): an article takes each word once, without a set. */
  private readonly wordTaken: number[] = [];
  private readonly wordingTaken: number[] = [];

  /**
   * Add one article (the body is read once, not kept). `wording`, when given, is the article's lower-case
   * words as {@link StoryIndex.wordingOf} gave them (an article restored from kept state).
   */
  add(doc: {
    id: string;
    title?: string | null;
    body?: string;
    published?: string | null;
    wording?: readonly string[];
  }): void {
    const seen: number[] = [];
    const text = `${doc.title ?? ''}\n${(doc.body ?? '').slice(0, HEAD)}`;
    // A word the text also writes in lower case is a common noun capitalised by a title or a sentence start.
    const lower = new Set<string>();
    const capitals: string[] = [];
    scanWords(text, capitals, lower);
    for (const m of capitals) {
      if (seen.length >= MAX_WORDS) break;
      const w = possessive(m) ? m.slice(0, -2) : m;
      const key = w.toLowerCase();
      if (STOP.has(key) || key.length < 3 || lower.has(key)) continue;
      this.takeWord(w, key, seen);
    }
    const figures: string[] = [];
    scanFigures(text, figures);
    for (const f of figures) {
      if (seen.length >= MAX_WORDS + MAX_FIGURES) break;
      this.takeWord(f, f, seen);
    }
    this.push(doc.id, seen, doc.published, doc.wording ?? lower);
  }

  /** Word `w` (its display form; `key` folded) counted once for the article being read, into `seen`. */
  private takeWord(w: string, key: string, seen: number[]): void {
    let id = this.vocab.get(key);
    if (id === undefined) {
      id = this.display.length;
      this.vocab.set(key, id);
      this.display.push(w);
      this.df.push(0);
      this.wordTaken.push(0);
    }
    if (this.wordTaken[id] !== this.ids.length + 1) {
      this.wordTaken[id] = this.ids.length + 1;
      seen.push(id);
      this.df[id]!++;
    }
  }

  private push(
    id: string,
    words: readonly number[],
    published: string | null | undefined,
    wording: Iterable<string>,
  ): void {
    this.ids.push(id);
    this.words.push(words);
    this.published.push(published ?? null);
    this.wording.push(this.takeWording(wording));
  }

  /**
   * An article read by an earlier run, from the story words and wording {@link StoryIndex.storyWordsOf} and
   * {@link StoryIndex.wordingOf} gave then: the same as {@link StoryIndex.add} with them as its title, without
   * reading them again (the recorder checked that they read back the same).
   */
  restore(doc: { id: string; words: readonly string[]; wording: readonly string[]; published?: string | null }): void {
    const seen: number[] = [];
    for (const w of doc.words) {
      if (seen.length >= MAX_WORDS + MAX_FIGURES) break;
      this.takeWord(w, w.toLowerCase(), seen);
    }
    this.push(doc.id, seen, doc.published, doc.wording);
  }

  /** The whole index as arrays ({@link StoryIndex.load} makes the same index from them). */
  dump(): StoryIndexDump {
    return {
      ids: this.ids,
      published: this.published,
      display: this.display,
      df: Uint32Array.from(this.df),
      words: this.words.dump(),
      wordingWords: this.wordingWords,
      wordingDf: Uint32Array.from(this.wordingDf),
      wording: this.wording.dump(),
    };
  }

  /** The index {@link StoryIndex.dump} gave: the same word ids, counts and articles, in the same order. */
  static load(d: StoryIndexDump): StoryIndex {
    const index = new StoryIndex();
    for (const id of d.ids) index.ids.push(id);
    for (const p of d.published) index.published.push(p);
    index.words = IdLists.of(d.words);
    index.wording = IdLists.of(d.wording);
    for (const [id, w] of d.display.entries()) {
      // A word's key is its display form folded (takeWord): figures are lower case already.
      index.vocab.set(w.toLowerCase(), id);
      index.display.push(w);
      index.df.push(d.df[id]!);
      index.wordTaken.push(0);
    }
    for (const [id, w] of d.wordingWords.entries()) {
      index.wordingVocab.set(w, id);
      index.wordingWords.push(w);
      index.wordingDf.push(d.wordingDf[id]!);
      index.wordingTaken.push(0);
    }
    return index;
  }

  /** The story words taken for document `i`, as written, as an incremental run keeps them. */
  storyWordsOf(i: number): string[] {
    return Array.from(this.words.at(i), (w) => this.display[w]!);
  }

  /** The lower-case words kept of article `i`, in the order they were read. */
  wordingOf(i: number): string[] {
    return Array.from(this.wording.at(i), (w) => this.wordingWords[w]!);
  }

  private takeWording(words: Iterable<string>): number[] {
    const seen: number[] = [];
    // Called once the article's id is pushed: its stamp is its index plus one, as in takeWord.
    const article = this.ids.length;
    for (const w of words) {
      if (seen.length >= MAX_WORDING) break;
      if (w.length < 5 || STOP.has(w)) continue;
      let id = this.wordingVocab.get(w);
      if (id === undefined) {
        id = this.wordingWords.length;
        this.wordingVocab.set(w, id);
        this.wordingWords.push(w);
        this.wordingDf.push(0);
        this.wordingTaken.push(0);
      }
      if (this.wordingTaken[id] !== article) {
        this.wordingTaken[id] = article;
        seen.push(id);
        this.wordingDf[id]!++;
      }
    }
    return seen;
  }

  /**
   * Group the articles into stories. Entities (merged across articles) add
   * their ids as words; duplicate links join their two articles.
   */
  stories(
    entities: readonly EntityRecord[] = [],
    links: readonly DuplicateLink[] = [],
  ): { stories: StoryRecord[]; storyOf: Map<string, string> } {
    const n = this.ids.length;
    const index = new Map(this.ids.map((id, i) => [id, i]));
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    const cap = Math.max(5, Math.min(50, Math.round(n / 4)));
    // Words by their id, entities by their place in the list, below zero (each id is one entity's).
    const postings = new Map<number, number[]>();
    const figures = new Map<number, number[]>();
    const rare = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      for (const w of this.words.at(i)) {
        if (this.df[w]! < 2 || this.df[w]! > cap) continue;
        // A figure ("12 people") is shared by unrelated stories too: it only places an article left alone.
        const into = isDigit(this.display[w]!.charCodeAt(0)) ? figures : postings;
        (into.get(w) ?? into.set(w, []).get(w)!).push(i);
        if (into === postings) rare[i]!++;
      }
    }
    // Each entity's articles by index, read once here for the links and once more for the labels.
    const entityDocs = entities.map((e) => {
      const docs: number[] = [];
      for (const d of e.documents) {
        const i = index.get(d);
        if (i !== undefined) docs.push(i);
      }
      return docs;
    });
    const entityKey = new Map<string, number>();
    for (const [k, e] of entities.entries()) {
      const docs = entityDocs[k]!;
      // The entity's name is usually among the words already: count it once.
      if (docs.length >= 2 && docs.length <= cap && !this.vocab.has(e.name.toLowerCase())) {
        // A second record of one id takes the first one's place, as a key of its own would.
        const key = entityKey.get(e.id) ?? entityKey.set(e.id, -1 - k).get(e.id)!;
        postings.set(key, docs);
        for (const i of docs) rare[i]!++;
      }
    }
    // The postings counted: the rarest first, within the budget.
    const counted: number[][] = [];
    let budget = PAIR_BUDGET;
    for (const docs of [...postings.values()].sort((a, b) => a.length - b.length)) {
      if (budget <= 0) break;
      counted.push(docs);
      budget -= (docs.length * (docs.length - 1)) / 2;
    }
    const sharesWording = this.wordingMatcher(cap);
    forSharedPairs(n, counted, (a, b, c) => {
      if (c < MIN_SHARE * Math.min(rare[a]!, rare[b]!)) return;
      // Each name fewer than MIN_SHARED asks for one more shared word of wording.
      if (c >= MIN_SHARED || sharesWording(a, b, MIN_WORDING_SHARED + MIN_SHARED - 1 - c)) union(a, b);
    });
    for (const l of links) {
      const a = index.get(l.document);
      const b = index.get(l.of);
      if (a !== undefined && b !== undefined) union(a, b);
    }
    for (const [a, b] of this.attachAlone(find, [postings, figures], cap)) union(a, b);
    return this.build(find, entities, entityDocs);
  }

  /**
   * Whether articles `a` and `b` share `need` rare lower-case words (in 2 to `cap` articles): each article's rare
   * words sorted once, when first asked, and merged with an early exit.
   */
  private wordingMatcher(cap: number): (a: number, b: number, need: number) => boolean {
    const rareWording = new Map<number, Uint32Array>();
    const rareOf = (i: number) => {
      let r = rareWording.get(i);
      if (!r) {
        r = this.wording
          .at(i)
          .filter((w) => this.wordingDf[w]! >= 2 && this.wordingDf[w]! <= cap)
          .sort();
        rareWording.set(i, r);
      }
      return r;
    };
    return (a, b, need) => {
      const x = rareOf(a);
      const y = rareOf(b);
      if (x.length < need || y.length < need) return false;
      for (let i = 0, j = 0, k = 0; i < x.length && j < y.length;) {
        if (x[i] === y[j]) {
          if (++k >= need) return true;
          i++;
          j++;
        } else if (x[i]! < y[j]!) i++;
        else j++;
      }
      return false;
    };
  }

  /**
   * stories/join-alone: an article linked to no other joins the story whose articles share the most rare
   * names and wording with it, weighed by rarity over the store, when that story clearly leads the next.
   * Only the alone articles are scored, through the postings of their own words (linear in the corpus).
   */
  private attachAlone(
    find: (i: number) => number,
    postings: ReadonlyArray<Map<number, number[]>>,
    cap: number,
  ): Array<[number, number]> {
    const n = this.ids.length;
    // Per article its root, per root its story's size: arrays, as every article is looked at.
    const root = Int32Array.from({ length: n }, (_, i) => find(i));
    const size = new Int32Array(n);
    let groups = 0;
    for (let i = 0; i < n; i++) if (size[root[i]!]!++ === 0) groups++;
    const alone = new Uint8Array(n);
    let lone = 0;
    for (let i = 0; i < n; i++) {
      if (size[root[i]!] !== 1) continue;
      alone[i] = 1;
      lone++;
    }
    if (!lone || groups < 2) return [];
    // Features of the alone articles: their names and figures (postings made above) and their rare wording.
    const features = new Map<number, Array<{ docs: number[]; weight: number; name: boolean }>>();
    const feature = (i: number, docs: number[], weight: number, name: boolean) =>
      (features.get(i) ?? features.set(i, []).get(i)!).push({ docs, weight, name });
    // A name every article uses (a title template, "Sample 3") tells no story apart.
    for (const list of postings) {
      for (const docs of list.values()) {
        if (docs.length >= n) continue;
        const weight = NAME_WEIGHT * Math.log(1 + n / docs.length);
        for (const i of docs) if (alone[i]) feature(i, docs, weight, true);
      }
    }
    // The articles of each rare word an alone article uses, by the word's slot (-1: not wanted).
    const slot = new Int32Array(this.wordingWords.length).fill(-1);
    const wanted: number[][] = [];
    for (let i = 0; i < n; i++) {
      if (!alone[i]) continue;
      for (const w of this.wording.at(i)) {
        const df = this.wordingDf[w]!;
        if (df >= 2 && df <= cap && df < n && slot[w]! < 0) slot[w] = wanted.push([]) - 1;
      }
    }
    if (wanted.length) {
      for (let j = 0; j < n; j++) {
        for (const w of this.wording.at(j)) if (slot[w]! >= 0) wanted[slot[w]!]!.push(j);
      }
    }
    for (let i = 0; i < n; i++) {
      if (!alone[i]) continue;
      for (const w of this.wording.at(i)) {
        if (slot[w]! < 0) continue;
        const docs = wanted[slot[w]!]!;
        feature(i, docs, Math.log(1 + n / docs.length), false);
      }
    }
    // Scores by root, reset after each article: only the roots it touched, in the order it touched them.
    const score = new Float64Array(n);
    const hits = new Int32Array(n);
    const named = new Uint16Array(n);
    const mark = new Int32Array(n);
    let stamp = 0;
    const touched: number[] = [];
    const roots: number[] = [];
    const joins: Array<[number, number]> = [];
    for (const [i, fs] of features) {
      for (const { docs, weight, name } of fs) {
        stamp++;
        for (const j of docs) {
          const r = root[j]!;
          if (j !== i && size[r]! >= 2 && mark[r] !== stamp) {
            mark[r] = stamp;
            roots.push(r);
          }
        }
        // A feature several stories share says less about which one it belongs to.
        for (const r of roots) {
          if (hits[r] === 0) touched.push(r);
          score[r] += weight / roots.length;
          hits[r]!++;
          if (name) named[r]!++;
        }
        roots.length = 0;
      }
      let best = -1;
      let top = 0;
      let next = 0;
      for (const r of touched) {
        const s = score[r]!;
        if (s > top || (s === top && r < best)) {
          next = Math.max(next, top);
          best = r;
          top = s;
        } else next = Math.max(next, s);
      }
      const enough = named[best]! >= 2 ? MIN_ATTACH : named[best] ? MIN_ATTACH_ONE_NAME : Infinity;
      if (best >= 0 && hits[best]! >= enough && top >= ATTACH_MARGIN * next) joins.push([i, best]);
      for (const r of touched) {
        score[r] = 0;
        hits[r] = 0;
        named[r] = 0;
      }
      touched.length = 0;
    }
    return joins;
  }

  private build(
    rootOf: (i: number) => number,
    entities: readonly EntityRecord[],
    entityDocs: readonly number[][],
  ): { stories: StoryRecord[]; storyOf: Map<string, string> } {
    // Every link is made: each article's root looked up once, not again for each entity that names it.
    const roots = Int32Array.from({ length: this.ids.length }, (_, i) => rootOf(i));
    const find = (i: number) => roots[i]!;
    const groups = new Map<number, number[]>();
    for (let i = 0; i < this.ids.length; i++) {
      const r = find(i);
      (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
    }
    const named = this.namesByStory(find, entities, entityDocs);
    const used = new Set<string>();
    const stories: StoryRecord[] = [];
    const storyOf = new Map<string, string>();
    for (const members of groups.values()) {
      const label = this.label(members, named.get(find(members[0]!)));
      let id = `story-${slug(label)}`;
      for (let k = 2; used.has(id); k++) id = `story-${slug(label)}-${k}`;
      used.add(id);
      const dates = members
        .map((i) => this.published[i])
        .filter((d): d is string => !!d)
        .sort();
      stories.push({
        id,
        label,
        documents: members.map((i) => this.ids[i]!),
        figures: [],
        from: dates[0] ?? null,
        to: dates[dates.length - 1] ?? null,
      });
      for (const i of members) storyOf.set(this.ids[i]!, id);
    }
    stories.sort((a, b) => b.documents.length - a.documents.length || (a.id < b.id ? -1 : 1));
    return { stories, storyOf };
  }

  /**
   * Per story root, each entity the entities stage found, with the number of the story's articles that name it.
   * `entityDocs`: each entity's articles by index.
   */
  private namesByStory(
    find: (i: number) => number,
    entities: readonly EntityRecord[],
    entityDocs: readonly number[][],
  ): Map<number, StoryName[]> {
    const out = new Map<number, StoryName[]>();
    const count = new Uint32Array(this.ids.length);
    const roots: number[] = [];
    for (const [k, e] of entities.entries()) {
      // A name with a common word in it ("New Year", "President Smith") is a phrase more than a name.
      if (e.name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && STOP.has(w.toLowerCase()))) continue;
      // Stories in the order the entity's articles first name them.
      for (const i of entityDocs[k]!) if (count[find(i)]!++ === 0) roots.push(find(i));
      for (const r of roots) {
        (out.get(r) ?? out.set(r, []).get(r)!).push({ name: e.name, count: count[r]!, df: e.documents.length });
        count[r] = 0;
      }
      roots.length = 0;
    }
    return out;
  }

  /**
   * stories/label-names: the whole names (places, people, organisations, named events) most of the story's
   * articles use and other stories' articles do not ("North Carolina", "Hurricane Ada"); without any, the
   * capitalised words they share.
   */
  private label(members: number[], names: StoryName[] = []): string {
    const total = this.ids.length;
    const typed = names
      .filter((e) => members.length === 1 || e.count >= 2)
      .map((e) => ({ name: e.name, score: ((e.count * e.count) / e.df) * Math.log(1 + total / e.df) }))
      .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const chosen: string[] = [];
    for (const { name } of typed) {
      if (chosen.length >= 3) break;
      const key = name.toLowerCase();
      if (!chosen.some((c) => c.toLowerCase().includes(key) || key.includes(c.toLowerCase()))) chosen.push(name);
    }
    return chosen.length ? chosen.join(', ') : this.wordLabel(members);
  }

  /** The words most of the story's articles use and few others do: "Storm Arlo, Ostland". */
  private wordLabel(members: number[]): string {
    const counts = new Map<number, number>();
    for (const i of members) {
      // A figure ("212 routes") names no story.
      for (const w of this.words.at(i))
        if (!isDigit(this.display[w]!.charCodeAt(0))) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const total = this.ids.length;
    const scored = [...counts.entries()]
      .filter(([, c]) => members.length === 1 || c >= 2)
      .map(([w, c]) => ({ w, score: c * Math.log(1 + total / this.df[w]!) }))
      .sort((a, b) => b.score - a.score || a.w - b.w)
      .slice(0, 3);
    return scored.length ? scored.map((s) => this.display[s.w]).join(', ') : 'Untitled story';
  }
}

/**
 * Each ordered pair (a, b) that stands in that order (a before b) in one of `postings`, with the number of postings
 * it does: counted per first article in a dense array, not in a map keyed by pairs (a million increments at 100k).
 */
export function forSharedPairs(
  n: number,
  postings: readonly (readonly number[])[],
  visit: (a: number, b: number, count: number) => void,
): void {
  // Per article, the places (posting, position) it stands at with an article after it.
  const start = new Int32Array(n + 1);
  let total = 0;
  for (const docs of postings) {
    for (let x = 0; x + 1 < docs.length; x++) start[docs[x]! + 1]!++;
    total += Math.max(0, docs.length - 1);
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const posting = new Int32Array(total);
  const position = new Int32Array(total);
  const fill = start.slice(0, n);
  for (const [p, docs] of postings.entries()) {
    for (let x = 0; x + 1 < docs.length; x++) {
      const at = fill[docs[x]!]!++;
      posting[at] = p;
      position[at] = x;
    }
  }
  const count = new Uint32Array(n);
  const partners: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let s = start[a]!; s < start[a + 1]!; s++) {
      const docs = postings[posting[s]!]!;
      for (let y = position[s]! + 1; y < docs.length; y++) if (count[docs[y]!]!++ === 0) partners.push(docs[y]!);
    }
    for (const b of partners) {
      const c = count[b]!;
      count[b] = 0;
      visit(a, b, c);
    }
    partners.length = 0;
  }
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'story'
  );
}

/** What {@link storiesOf} reads of a store (a subset of Store, so the corpus imports no driver). */
export interface StoryStore {
  iterateDocuments(): AsyncIterable<{ id: string; title: string | null; body: string; published: string | null }>;
  listEntities(query: { limit: number; offset: number }): Promise<{ items: EntityRecord[]; total: number }>;
  listDuplicates(): Promise<DuplicateLink[]>;
  listFigures(query: {
    limit: number;
    offset: number;
  }): Promise<{ items: Array<{ id: string; story?: string | null }>; total: number }>;
}

/**
 * The stories of a stored corpus, each with its figures: grouped again from the stored articles,
 * entities and duplicate links exactly as the corpus stages grouped them (the same inputs give the
 * same stories and ids), so exports and reports need no stored table of their own.
 */
export async function storiesOf(store: StoryStore): Promise<{ stories: StoryRecord[]; storyOf: Map<string, string> }> {
  const index = new StoryIndex();
  for await (const doc of store.iterateDocuments()) index.add(doc);
  const entities: EntityRecord[] = [];
  for (let offset = 0; ;) {
    const page = await store.listEntities({ limit: 1000, offset });
    entities.push(...page.items);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) break;
  }
  const result = index.stories(entities, await store.listDuplicates());
  const byId = new Map(result.stories.map((s) => [s.id, s]));
  for (let offset = 0; ;) {
    const page = await store.listFigures({ limit: 1000, offset });
    for (const f of page.items) if (f.story) byId.get(f.story)?.figures.push(f.id);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total) break;
  }
  return result;
}

/** The story a user named: by id, or by its label (case-insensitive), or null. */
export function findStory(stories: readonly StoryRecord[], name: string): StoryRecord | null {
  const q = name.trim().toLowerCase();
  return stories.find((s) => s.id === q || s.label.toLowerCase() === q) ?? null;
}
