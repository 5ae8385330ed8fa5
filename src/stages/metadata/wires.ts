/**
 * Wire agencies a story comes from or cites, from credits and citations:
 * `(AP)`, `By Via AP news wire`, `Copyright 2024 The Associated Press`,
 * `Source: AFP/lh`, `(Yonhap)`, `Yonhap news agency reported`,
 * `according to South Korea's Yonhap News Agency`. Long names count
 * anywhere; short ones (AP, AFP, PA, dpa…) only beside such a cue.
 */
import type { Dropped, Span, Valued } from '../../article.js';
import { AGENCIES, type Agency } from './agencies.js';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** First match of one cue in a text (`lower`: the text lower-cased): where it starts and what it covers. */
type Find = (text: string, lower: string) => { index: number; text: string } | null;

/**
 * A cue, and `may`: false only when it cannot match the text, decided
 * cheaply from a string every match contains. Cue matches never span two
 * dropped blocks, so a cue that may not match the blocks joined cannot match
 * any one of them.
 */
type Cue = Find & { may: (text: string, lower: string) => boolean };

/** A regex's first match in the text. */
const match =
  (re: RegExp): Find =>
  (text) => {
    const m = re.exec(text);
    return m ? { index: m.index, text: m[0] } : null;
  };

/**
 * A long name's cue behind a cheap check: every match contains the name (in
 * any case when `fold`), so a text without it is not scanned. Under the `i`
 * flag (no `u`) an ASCII letter matches only ASCII letters, so the
 * lower-cased text holds the name whenever the regex matches.
 */
const named = (re: RegExp, need: string, fold: boolean): Cue => {
  const lowNeed = need.toLowerCase();
  const check = fold && /^[\x00-\x7f]*$/.test(need);
  const cue = match(re);
  const may = (text: string, lower: string) => (!fold ? text.includes(need) : !check || lower.includes(lowNeed));
  return Object.assign((text: string, lower: string) => (may(text, lower) ? cue(text, lower) : null), { may });
};

const isWs = (c: string) => /\s/.test(c);

/**
 * A sign-off line `— AP` at the end of a line: the same leftmost match as
 * `(?:^|\n)\s*[—–-]{1,2}\s*S\s*$` (flag m), which would rescan a run of
 * blank lines from each of its positions (quadratic). Here the dash and what
 * follows are found first, then the start is found by walking back over the
 * whitespace before the dash to the earliest line start or newline in it.
 */
function signOff(S: string): Find {
  const core = new RegExp(`[—–-]{1,2}\\s*${S}\\s*$`, 'gm');
  return (text) => {
    core.lastIndex = 0;
    for (let m = core.exec(text); m; m = core.exec(text)) {
      const d = m.index;
      let w = d;
      while (w > 0 && isWs(text[w - 1])) w--;
      for (let p = w; p <= d; p++) {
        if (p === 0 || text[p - 1] === '\n' || text[p] === '\n') {
          return { index: p, text: text.slice(p, d + m[0].length) };
        }
      }
      core.lastIndex = d + 1;
    }
    return null;
  };
}

function build(a: Agency): Cue[] {
  const out: Cue[] = [];
  for (const n of a.names)
    out.push(named(new RegExp(`(?<![\\w-])${esc(n)}(?![\\w-])`, n.length <= 5 ? '' : 'i'), n, n.length > 5));
  for (const s of a.short) {
    const S = esc(s);
    out.push(
      gate(s, [
        match(new RegExp(`\\(${S}(?:[/ ][^()\\n]{0,60})?\\)`)), // (AP), (AFP/lh), (AP Photo/Ahn Young-joon)
        match(new RegExp(`(?<![\\w-])(?:[Ss]ource|[Cc]redit)s?\\s*:\\s*(?:[\\w .-]{0,30}[/,]\\s*)?${S}(?![\\w-])`)),
        match(new RegExp(`(?<![\\w-])(?:[Vv]ia|VIA)\\s+(?:the\\s+)?${S}(?![\\w-])`)),
        match(new RegExp(`(?:©|\\([Cc]\\)|[Cc]opyright)\\s*(?:(?:19|20)\\d{2}\\s*)?(?:[Tt]he\\s+)?${S}(?![\\w-])`)),
        match(
          new RegExp(
            `(?<![\\w-])${S}\\s+(?:news ?wire|newswire|news agency|wire service|reported|reports|photo|Photo|contributed)(?![\\w-])`,
          ),
        ),
        match(new RegExp(`(?<![\\w-])(?:told|according to|citing|per|[Bb]y|[Ww]ith)\\s+(?:the\\s+)?${S}(?![\\w-])`)),
        signOff(S),
      ]),
    );
  }
  return out;
}

/**
 * The cues of one short name behind one check for it: every match of each
 * contains `need` (case-sensitive), so a text without it is scanned once, not
 * once per cue (26 agencies' short names made about 400 scans of each text
 * and each dropped block). In order: the first cue that matches wins, as in
 * {@link findWires}.
 */
function gate(need: string, cues: Find[]): Cue {
  const may = (text: string) => text.includes(need);
  const find = (text: string, lower: string) => {
    if (!may(text)) return null;
    for (const cue of cues) {
      const m = cue(text, lower);
      if (m) return m;
    }
    return null;
  };
  return Object.assign(find, { may });
}

/** Cues compiled once per agency object (agency tables are immutable). */
const compiled = new WeakMap<Agency, Cue[]>();
function patterns(a: Agency): Cue[] {
  let c = compiled.get(a);
  if (!c) compiled.set(a, (c = build(a)));
  return c;
}

/**
 * The dropped blocks a wire may be credited in (photo credits name who took
 * the picture, not where the story came from), each lower-cased once, and
 * all of them joined by a character no cue's string holds.
 */
interface Credits {
  blocks: Dropped[];
  lower: string[];
  joined: string;
  joinedLower: string;
}

function credits(dropped: Dropped[]): Credits {
  const blocks = dropped.filter((d) => d.reason !== 'caption');
  const lower = blocks.map((d) => d.text.toLowerCase());
  return { blocks, lower, joined: blocks.map((d) => d.text).join('\u0000'), joinedLower: lower.join('\u0000') };
}

/**
 * The first block that credits the agency. An agency that no cue may match in
 * the blocks joined is not looked for block by block: most agencies are named
 * nowhere on a page, and this skips some 4,000 checks of a page's 70 blocks.
 */
function creditIn(a: Agency, cues: Cue[], c: Credits): Valued<string> | null {
  if (!cues.some((cue) => cue.may(c.joined, c.joinedLower))) return null;
  for (let i = 0; i < c.blocks.length; i++) {
    const d = c.blocks[i]!;
    for (const cue of cues)
      if (cue(d.text, c.lower[i]!)) return { value: a.name, by: `metadata/wire-${d.reason}`, certain: true };
  }
  return null;
}

/** Find every agency credited or cited in the text and the dropped header/footer lines. */
export function findWires(text: string, dropped: Dropped[], agencies: Agency[] = AGENCIES): Valued<string>[] {
  const out: Valued<string>[] = [];
  const lower = text.toLowerCase();
  // Made once, when the first agency is not cited in the text, not per agency: an HTML page drops dozens of blocks.
  let blocks: Credits | null = null;
  for (const a of agencies) {
    const res = patterns(a);
    let hit: Valued<string> | null = null;
    for (const cue of res) {
      const m = cue(text, lower);
      if (m) {
        const s: Span = { start: m.index, end: m.index + m.text.length, text: m.text };
        hit = { value: a.name, by: 'metadata/wire-cue', certain: true, span: s };
        break;
      }
    }
    if (!hit && dropped.length) hit = creditIn(a, res, (blocks ??= credits(dropped)));
    if (hit) out.push(hit);
  }
  return out;
}
