/**
 * Text folding and name resolution shared by the scorers. Pure functions.
 */
import type { Gold } from './gold.js';

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u300C\u300D]/g;

/**
 * Fold white space (any run, including non-breaking and line breaks → one
 * space) and quote marks (curly, low, primes → `'` and `"`), then trim.
 * This is the folding the gold README names for evidence and cleaning; case
 * is kept.
 */
export function fold(text: string): string {
  return foldQuotes(text).replace(/\s+/g, ' ').trim();
}

/** The quote marks of {@link fold} alone: one code unit for one, so offsets into the text hold. */
export function foldQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** {@link fold}, lower-cased, with leading/trailing punctuation and quote marks removed (quotes, short values). */
export function foldLoose(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/^[\s"'.,;:!?\u2026\u2013\u2014\-()[\]]+/, '')
    .replace(/[\s"'.,;:!?\u2026\u2013\u2014\-()[\]]+$/, '');
}

/** Word tokens (letters and digits, any script), lower-cased. */
export function tokens(text: string): string[] {
  return (
    fold(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Token F1 between two strings (multiset overlap). */
export function tokenF1(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length && !tb.length) return 1;
  if (!ta.length || !tb.length) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  if (!overlap) return 0;
  const p = overlap / ta.length;
  const r = overlap / tb.length;
  return (2 * p * r) / (p + r);
}

/**
 * A key under which spellings of one name meet: diacritics, case, quote
 * marks, a leading "the", a trailing possessive and punctuation folded
 * away, words joined by `-`. `The National Intelligence Service`,
 * `national-intelligence-service` (an entity id) and `National
 * Intelligence Service's` share a key.
 */
export function nameKey(name: string): string {
  return fold(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Resolves names to a canonical key through the gold file's `entities[]`. */
export interface NameResolver {
  /** The canonical key of a name (its own key when no entity lists it). */
  resolve(name: string | null | undefined): string | null;
  /** true when any of `predicted` resolves to the same entity as any of `gold`. */
  same(predicted: Array<string | null | undefined>, gold: string[]): boolean;
}

/** Build a resolver from gold entities; the first entity listing an alias wins. */
export function nameResolver(entities: Gold['entities']): NameResolver {
  const canon = new Map<string, string>();
  for (const entity of entities) {
    const key = nameKey(entity.name);
    if (!canon.has(key)) canon.set(key, key);
  }
  for (const entity of entities) {
    const key = nameKey(entity.name);
    for (const alias of entity.aliases) {
      const a = nameKey(alias);
      if (a && !canon.has(a)) canon.set(a, key);
    }
  }
  const resolve = (name: string | null | undefined): string | null => {
    if (!name) return null;
    const key = nameKey(name);
    if (!key) return null;
    return canon.get(key) ?? key;
  };
  return {
    resolve,
    same(predicted, gold) {
      const want = new Set(gold.map(resolve).filter((k): k is string => !!k));
      return predicted.some((p) => {
        const k = resolve(p);
        return k !== null && want.has(k);
      });
    },
  };
}

/**
 * Count non-overlapping occurrences of `needle` in `hay` at word boundaries (where the needle starts/ends with a word
 * character).
 */
export function countWord(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let from = 0;
  const isWord = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return n;
    const before = hay[at - 1];
    const after = hay[at + needle.length];
    const okStart = !isWord(needle[0]) || !isWord(before);
    const okEnd = !isWord(needle[needle.length - 1]) || !isWord(after);
    if (okStart && okEnd) {
      n++;
      from = at + needle.length;
    } else from = at + 1;
  }
}

/** A line folded for comparison with a boilerplate line: list bullets and markers removed. */
export function foldLine(line: string): string {
  return fold(line).replace(
    /^[\u2022\u00B7\u25AA\u25CF\u25E6\u2023\u2219\u25B2\u25B6\u25BA\u25A0\u25A1\u25C6\u25C7*>\-\u2013\u2014\s]+(?=\S)/u,
    '',
  );
}
