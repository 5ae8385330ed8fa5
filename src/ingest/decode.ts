/**
 * Bytes → text. Order: refuse binary formats by magic number; BOM; UTF-16
 * without BOM (by the pattern of zero bytes); a declared `<meta charset>` or
 * XML encoding; strict UTF-8; then statistical detection (chardet) for legacy
 * encodings (Windows-1252, EUC-KR, Shift_JIS, GB18030, ...). Decoding itself
 * uses the WHATWG TextDecoder that Node ships (full ICU), never a home-made table.
 */
import chardet from 'chardet';
import type { Valued } from '../article.js';

export interface Decoded {
  text: string;
  encoding: Valued<string>;
  /** Count of U+FFFD replacements introduced by decoding. */
  replaced: number;
}

/** Name of a binary format recognised by its first bytes, or null. */
export function sniffBinary(bytes: Uint8Array): string | null {
  const b = bytes;
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'a ZIP archive (or an Office document)';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45) return 'a WebP image';
  if (starts(0x1f, 0x8b)) return 'gzip data';
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return 'an executable (ELF)';
  if (starts(0x53, 0x51, 0x4c, 0x69, 0x74, 0x65)) return 'an SQLite database';
  if (starts(0x00, 0x00, 0x01, 0x00)) return 'an icon image';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Office document';
  // Many NUL bytes that are not a UTF-16 pattern: binary of some other kind.
  const n = Math.min(b.length, 4096);
  let zeros = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) zeros++;
    else if (b[i]! < 0x09 || (b[i]! > 0x0d && b[i]! < 0x20 && b[i] !== 0x1b)) other++;
  }
  if (zeros > 0 && utf16Guess(b) === null && zeros / n > 0.01) return 'binary data';
  if (other / Math.max(1, n) > 0.1) return 'binary data';
  return null;
}

/** 'utf-16le' / 'utf-16be' when zero bytes fall mostly on one parity (ASCII-heavy UTF-16), else null. */
function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

/** The charset an HTML/XML document declares in its first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]{2,40})/i.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w:.-]{2,40})/i.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  // The HTML standard's prescan: a declared UTF-16 in 8-bit bytes means UTF-8 (real UTF-16 has a BOM or zero bytes).
  return /^utf-?16(?:-?[lb]e)?$/.test(label) ? 'utf-8' : label;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++;
  return count;
}

/**
 * Windows-1252's 0x80–0x9F (the WHATWG index). Node 20's TextDecoder decodes
 * `windows-1252` as Latin-1, leaving C1 control characters where the curly
 * quotes and dashes of every Word-written article should be; these 27 code
 * points put them back.
 */
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

function decodeWith(bytes: Uint8Array, label: string, by: string, certain: boolean): Decoded | null {
  const dec = decoderFor(label);
  if (!dec) return null;
  let text = dec.decode(bytes);
  if (dec.encoding === 'windows-1252') text = fixCp1252(text);
  return { text, encoding: { value: dec.encoding, by, certain }, replaced: countReplacements(text) };
}

/**
 * Decode bytes to text. Never throws; `replaced` says how many bytes could
 * not be decoded (the caller turns that into a message).
 */
export function decode(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes);
  // NUL is never article text, and PostgreSQL cannot store it in a text column.
  if (decoded.text.includes('\u0000')) decoded.text = decoded.text.replace(/\u0000/g, '');
  return decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeWith(bytes.subarray(3), 'utf-8', 'decode/bom', true)!;
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return decodeWith(bytes.subarray(2), 'utf-16le', 'decode/bom', true)!;
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return decodeWith(bytes.subarray(2), 'utf-16be', 'decode/bom', true)!;
  const utf16 = utf16Guess(bytes);
  if (utf16) return decodeWith(bytes, utf16, 'decode/utf16-pattern', false)!;

  // Strict UTF-8 first: a document that decodes cleanly as UTF-8 almost certainly is.
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: { value: 'utf-8', by: 'decode/utf8-valid', certain: true }, replaced: 0 };
  } catch {
    // not valid UTF-8: fall through
  }
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    const d = decodeWith(bytes, declared, 'decode/meta-charset', true);
    if (d) return d;
  }
  // UTF-8 with a few broken bytes (a truncated copy-paste) is still UTF-8: many valid multi-byte
  // sequences and few invalid ones. Legacy encodings form valid UTF-8 sequences only by chance,
  // far fewer than their invalid ones; without this check chardet calls such a file Windows-1252
  // and every curly quote becomes mojibake.
  const utf8 = decodeWith(bytes, 'utf-8', 'decode/utf8-lossy', false)!;
  let multibyte = 0;
  for (let i = 0; i < utf8.text.length; i++) {
    const c = utf8.text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) multibyte++;
  }
  if (multibyte >= 10 && utf8.replaced * 10 <= multibyte) return utf8;
  const detected = chardet.detect(bytes);
  if (detected && !/^utf-?8$/i.test(detected)) {
    // chardet names ISO-8859-1 where the bytes 0x80-0x9F make Windows-1252 the real encoding.
    const label = /^iso-8859-1$/i.test(detected) ? 'windows-1252' : detected;
    const d = decodeWith(bytes, label, 'decode/detected', false);
    if (d && d.replaced === 0) return d;
  }
  // Mostly UTF-8 with some invalid bytes: decode with replacement and say so.
  const lossy = utf8;
  if (lossy.replaced / Math.max(1, bytes.length) < 0.01) return lossy;
  return decodeWith(bytes, 'windows-1252', 'decode/fallback-1252', false)!;
}

/** Encodings with one byte per character (the WHATWG names TextDecoder reports). */
const SINGLE_BYTE = /^(?:windows-|iso-8859|koi8|ibm|macintosh|x-mac|x-user-defined)/i;

/**
 * true when bytes that were not certainly decoded (no BOM, not valid UTF-8, no declared charset) are no text
 * at all: random, compressed or encrypted data. Text in any encoding carries ASCII (spaces, digits,
 * punctuation, line breaks; HTML its markup): under 3% of the first 64 KB is refused for a page, and for a
 * text when it was read one byte per character or with replacements (clean multi-byte CJK may have almost none).
 */
export function undecodable(bytes: Uint8Array, decoded: Decoded, html: boolean): boolean {
  if (decoded.encoding.certain || decoded.encoding.by === 'decode/utf16-pattern') return false;
  const n = Math.min(bytes.length, 65536);
  let ascii = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b >= 0x20 && b < 0x7f) || (b >= 0x09 && b <= 0x0d)) ascii++;
  }
  if (ascii >= 0.03 * n) return false;
  if (html) return true;
  return decoded.replaced > 0 || SINGLE_BYTE.test(decoded.encoding.value);
}
