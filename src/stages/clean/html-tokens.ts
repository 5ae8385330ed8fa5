/**
 * A small linear HTML tokenizer: start tags (with attributes), end tags and
 * text runs, each with raw offsets. Script/style/template contents are
 * skipped as raw text. It never recurses, so any nesting depth is fine; it
 * is what the fast extractor and the depth check run on.
 */

export type Token =
  | { kind: 'open'; name: string; attrs: string; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; start: number; end: number };

const RAW_TEXT = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'noscript',
  'svg',
  'math',
  'iframe',
  'noembed',
  'noframes',
  'xmp',
]);

/** Block-level elements: their start and end break the text into blocks. */
export const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'hr',
  'br',
  'form',
  'address',
  'details',
  'summary',
  'body',
  'html',
  'center',
  'fieldset',
  'legend',
  'caption',
  'menu',
  'dialog',
  'hgroup',
  'picture',
  'video',
  'audio',
]);

/** Elements with no content (never pushed on an open-element stack). */
export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'command',
]);

/**
 * A page as the tokenizer scans it. `s` is what is scanned, and every token
 * position is a position in `s`; `text(a, b)` is the page's text between two
 * such positions and `at(p)` the offset in the page's text of position `p`.
 * For a page given as text, `s` is the text itself ({@link textSource}); for a
 * page given as UTF-8 bytes, `s` holds one character per byte
 * ({@link utf8Source}).
 */
export interface PageSource {
  readonly s: string;
  text(a: number, b: number): string;
  at(p: number): number;
}

/** A page given as text: positions are offsets in it. */
export function textSource(html: string): PageSource {
  return { s: html, text: (a, b) => html.slice(a, b), at: (p) => p };
}

/** The source of a page given either way. */
export function sourceOf(page: string | PageSource): PageSource {
  return typeof page === 'string' ? textSource(page) : page;
}

const NON_ASCII_RUNS = /[\x80-\xff]+/g;

/**
 * A page given as valid UTF-8 bytes (no byte-order mark), scanned as Latin-1:
 * one character per byte, so every ASCII character, and so all of HTML's
 * markup, is where it is in the bytes. Nothing is decoded but the text asked
 * for (`text()`, a slice decoded only when it holds a byte past ASCII), and
 * `at()` turns a byte position into the offset in the decoded page: the bytes
 * before it, less what each multi-byte character saves (a 2- or 3-byte
 * character is one UTF-16 unit, a 4-byte one two). Positions must fall
 * between characters, as every token boundary (an ASCII character or the end)
 * does.
 * Why: a decoded page is a two-byte string twice the size of a Latin-1 copy, in fresh memory each time.
 */
export function utf8Source(bytes: Uint8Array): PageSource {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const s = buf.toString('latin1');
  // The k-th run of non-ASCII bytes is starts[k] to ends[k]; saved[k]: bytes minus UTF-16 units up to its end.
  const starts: number[] = [];
  const ends: number[] = [];
  const saved: number[] = [];
  let total = 0;
  NON_ASCII_RUNS.lastIndex = 0;
  for (let m = NON_ASCII_RUNS.exec(s); m; m = NON_ASCII_RUNS.exec(s)) {
    const end = m.index + m[0].length;
    let units = 0;
    for (let i = m.index; i < end; i++) {
      const b = buf[i]!;
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
    }
    total += end - m.index - units;
    starts.push(m.index);
    ends.push(end);
    saved.push(total);
  }
  /** The last run ending at or before p (-1 when none does). */
  const runBefore = (p: number): number => {
    let lo = 0;
    let hi = ends.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= p) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k;
  };
  return {
    s,
    // Decoded only when a run of non-ASCII bytes reaches into the slice: the next run after a starts before b.
    text: (a, b) => {
      const next = runBefore(a) + 1;
      return next < starts.length && starts[next]! < b ? buf.toString('utf8', a, b) : s.slice(a, b);
    },
    at: (p) => {
      const k = runBefore(p);
      return k < 0 ? p : p - saved[k]!;
    },
  };
}

/** Iterate the tokens of `html`. Text tokens may be empty-looking (white space). */
export function* tokenize(page: string | PageSource): Generator<Token> {
  const src = sourceOf(page);
  const html = src.s;
  const n = html.length;
  let pos = 0;
  let textStart = 0;
  const lower = (s: string) => s.toLowerCase();
  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    // <!-- comment -->, <!doctype>, <![CDATA[ ]]>, <?xml ?>
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
      let end: number;
      if (html.startsWith('<!--', lt)) {
        end = html.indexOf('-->', lt + 4);
        end = end < 0 ? n : end + 3;
      } else {
        end = html.indexOf('>', lt + 2);
        end = end < 0 ? n : end + 1;
      }
      pos = textStart = end;
      continue;
    }
    const isClose = c === 47; /* / */
    const nameStart = lt + (isClose ? 2 : 1);
    const first = html.charCodeAt(nameStart);
    const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (!isLetter) {
      pos = lt + 1; // a lone "<" is text
      continue;
    }
    let nameEnd = nameStart;
    // Lower-casing can change only A-Z and non-ASCII characters: a name with neither is kept as it is.
    // (V8 hands every two-byte string, and so every slice of a page with one curly quote, to ICU.)
    let lowered = true;
    while (nameEnd < n) {
      const ch = html.charCodeAt(nameEnd);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 12 || ch === 47 || ch === 62) break;
      if ((ch >= 65 && ch <= 90) || ch >= 128) lowered = false;
      nameEnd++;
    }
    const end = findTagEnd(html, nameEnd);
    if (lt > textStart) yield { kind: 'text', start: textStart, end: lt };
    const name = lowered ? html.slice(nameStart, nameEnd) : lower(src.text(nameStart, nameEnd));
    if (isClose) {
      yield { kind: 'close', name, start: lt, end };
      pos = textStart = end;
      continue;
    }
    const attrs = src.text(nameEnd, html.charCodeAt(end - 2) === 47 ? end - 2 : end - 1);
    const selfClosing = html.charCodeAt(end - 2) === 47;
    yield { kind: 'open', name, attrs, selfClosing, start: lt, end };
    pos = textStart = end;
    if (RAW_TEXT.has(name) && !selfClosing) {
      // Skip to the matching end tag (case-insensitive search without lowering the whole page).
      let k = end;
      let close = -1;
      while (k < n) {
        const j = html.indexOf('</', k);
        if (j < 0) break;
        if (lower(html.slice(j + 2, j + 2 + name.length)) === name) {
          close = j;
          break;
        }
        k = j + 2;
      }
      if (close < 0) {
        pos = textStart = n;
        break;
      }
      const closeEnd = findTagEnd(html, close + 2 + name.length);
      yield { kind: 'close', name, start: close, end: closeEnd };
      pos = textStart = closeEnd;
    }
  }
  if (textStart < n) yield { kind: 'text', start: textStart, end: n };
}

/** Index just past the `>` that ends a tag, honouring quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  const n = html.length;
  let q = 0;
  for (let i = from; i < n; i++) {
    const ch = html.charCodeAt(i);
    if (q) {
      if (ch === q) q = 0;
    } else if (ch === 34 || ch === 39) {
      // A quote only opens a value right after "=" (possibly with spaces).
      let k = i - 1;
      while (k >= from && (html.charCodeAt(k) === 32 || html.charCodeAt(k) === 9 || html.charCodeAt(k) === 10)) k--;
      if (k >= from && html.charCodeAt(k) === 61) {
        const close = html.indexOf(String.fromCharCode(ch), i + 1);
        if (close < 0) return n;
        i = close;
      }
    } else if (ch === 62) return i + 1;
  }
  return n;
}

const escapeName = (name: string) => name.replace(/[.:+]/g, '\\$&');
const attrRe = (name: string) =>
  new RegExp(`(?:^|[\\s/])${escapeName(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
/** The attributes the extractors read, each with a regex compiled once (others are compiled on use). */
export const ATTR_NAMES = [
  'class',
  'id',
  'role',
  'property',
  'name',
  'content',
  'itemprop',
  'type',
  'datetime',
  'lang',
  'xml:lang',
  'style',
  'hidden',
  'aria-hidden',
];
/** Compiled once for the attributes the extractors read; no prototype, so no name finds `Object`'s members. */
const byName = (make: (n: string) => RegExp): Readonly<Record<string, RegExp | undefined>> =>
  Object.freeze(
    Object.assign(
      Object.create(null) as Record<string, RegExp>,
      Object.fromEntries(ATTR_NAMES.map((n) => [n, make(n)])),
    ),
  );
const ATTR_RES = byName(attrRe);
/**
 * Whether the attribute text holds the name in any ASCII case (`[cC][lL][aA][sS][sS]`): what
 * `attrs.toLowerCase().indexOf(name)` tells for these names, without lower-casing the text. (Non-ASCII
 * characters lower-case to ASCII letters only as the Kelvin sign, to `k`, and `İ`, to `i` and a
 * combining dot: no name here has a `k` or ends in `i`.) Attribute text is a slice of the page, two-byte on any
 * page with a character past U+00FF, and V8 lower-cases every two-byte string through ICU.
 */
const ATTR_NAME_RES = byName((n) => new RegExp(escapeName(n).replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)));

/** Value of attribute `name` in a tag's attribute text, or null. */
export function attr(attrs: string, name: string): string | null {
  if (!attrs) return null;
  const key = name.toLowerCase();
  if (attrs.length < 3) return null;
  const named = ATTR_NAME_RES[key];
  if (named ? !named.test(attrs) : attrs.toLowerCase().indexOf(key) < 0) return null;
  const re = ATTR_RES[key] ?? attrRe(name);
  const m = re.exec(attrs);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  ccedil: 'ç',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  szlig: 'ß',
  Eacute: 'É',
  Aacute: 'Á',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
  Ccedil: 'Ç',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '',
  zwnj: '',
  shy: '',
  lrm: '',
  rlm: '',
  prime: '′',
  Prime: '″',
  minus: '−',
  plusmn: '±',
  iexcl: '¡',
  iquest: '¿',
  ordm: 'º',
  ordf: 'ª',
  micro: 'µ',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  hearts: '♥',
  dagger: '†',
};

/** Decode character references (named subset, decimal, hex). */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!code || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      if (code >= 0x80 && code <= 0x9f) return WIN1252[code - 0x80] ?? '\ufffd';
      return String.fromCodePoint(code);
    }
    const v = NAMED[body];
    return v === undefined ? m : v;
  });
}
// Numeric references in 0x80–0x9F mean Windows-1252 (HTML spec).
const WIN1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.split('');

// Often left unclosed; not counted as nesting.
const AUTO_CLOSED = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'colgroup',
  'optgroup',
  'rp',
  'rt',
]);

/** Deepest nesting of elements (void and self-closed elements do not nest). */
export function maxDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  for (const t of tokenize(html)) {
    if (t.kind === 'open') {
      if (VOID.has(t.name) || t.selfClosing || AUTO_CLOSED.has(t.name)) continue;
      depth++;
      if (depth > max) {
        max = depth;
        if (max >= stopAt) return max;
      }
    } else if (t.kind === 'close') {
      if (!VOID.has(t.name) && !AUTO_CLOSED.has(t.name) && depth > 0) depth--;
    }
  }
  return max;
}
