/**
 * Gazetteer matching: the longest alias starting at each token, by a map
 * lookup per alias length (linear in the text; no regular expressions).
 */
import type { EntityType } from '../../article.js';
import { builtinGazetteer, countryQualifiers, type GazetteerEntry } from './gazetteer.js';
import { isCap, joinable, tokenize, type Token } from './names.js';

export interface AliasIndex {
  entries: GazetteerEntry[];
  strong: Map<string, number>;
  weak: Map<string, number>;
  /** Every token prefix of every alias key: matching stops as soon as a prefix is unknown. */
  prefixes: Set<string>;
  maxLen: number;
}

export interface GazetteerMatch {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  entry: number;
  weak: boolean;
}

function keyOf(alias: string): string {
  return tokenize(alias)
    .map((t) => t.norm)
    .join(' ');
}

function lowerFirst(s: string): string {
  return s ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Build the alias index from the built-in gazetteer and configured entries. */
export function buildIndex(extra: ReadonlyArray<{ name: string; type: string; aliases: string[] }> = []): AliasIndex {
  const entries: GazetteerEntry[] = builtinGazetteer();
  for (const e of extra) {
    if (!e || typeof e.name !== 'string' || !e.name.trim()) continue;
    const type = (
      ['person', 'organization', 'country', 'place', 'other'].includes(e.type) ? e.type : 'other'
    ) as EntityType;
    const existing = entries.find((x) => x.name === e.name);
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a) => typeof a === 'string' && a.trim()) : [];
    if (existing) existing.aliases.push(...aliases);
    else entries.push({ name: e.name, type, aliases });
  }
  const strong = new Map<string, number>();
  const weak = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  const add = (map: Map<string, number>, alias: string, i: number) => {
    const key = keyOf(alias);
    if (!key) return;
    if (!map.has(key)) map.set(key, i);
    const parts = key.split(' ');
    for (let l = 1; l <= parts.length; l++) prefixes.add(parts.slice(0, l).join(' '));
    maxLen = Math.max(maxLen, key.split(' ').length);
  };
  entries.forEach((entry, i) => {
    add(strong, entry.name, i);
    if (entry.name.startsWith('The ')) add(strong, entry.name.slice(4), i);
    for (const a of entry.aliases) add(strong, a, i);
    for (const w of entry.weak ?? []) add(weak, w, i);
    if (entry.descriptors?.length) {
      const quals = entry.country ? countryQualifiers(entries, entry.country) : [];
      for (const d of entry.descriptors) {
        for (const q of quals) {
          add(strong, `${q}'s ${d}`, i);
          add(strong, `${q} ${d}`, i);
        }
        add(weak, d, i);
      }
    }
  });
  return { entries, strong, weak, prefixes, maxLen: Math.min(maxLen, 10) };
}

/** Longest gazetteer matches over the tokens, left to right, without overlaps. */
export function matchGazetteer(text: string, tokens: Token[], index: AliasIndex): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const known = (k: string) => index.prefixes.has(k) || (isCap(k) && index.prefixes.has(lowerFirst(k)));
  let i = 0;
  while (i < tokens.length) {
    let key = tokens[i]!.norm;
    // Most words start no alias: nothing to look up, nothing to allocate.
    if (!known(key)) {
      i++;
      continue;
    }
    let found: GazetteerMatch | null = null;
    // The joinable run from i bounds the alias length.
    const keys: string[] = [key];
    while (
      keys.length < index.maxLen &&
      i + keys.length < tokens.length &&
      joinable(text, tokens[i + keys.length - 1]!, tokens[i + keys.length]!)
    ) {
      key = `${key} ${tokens[i + keys.length]!.norm}`;
      if (!known(key)) break;
      keys.push(key);
    }
    const limit = keys.length;
    for (let l = limit; l >= 1 && !found; l--) {
      const k = keys[l - 1]!;
      const end = tokens[i + l - 1]!.end;
      for (const [map, weak] of [
        [index.strong, false],
        [index.weak, true],
      ] as const) {
        let e = map.get(k);
        if (e === undefined && isCap(k)) e = map.get(lowerFirst(k));
        if (e !== undefined) {
          // An alias ending in a period ("U.S.") includes it.
          const aliasEnd =
            end < text.length && text[end] === '.' && /\p{Lu}\.\p{Lu}$/u.test(text.slice(Math.max(0, end - 3), end))
              ? end + 1
              : end;
          found = { from: i, to: i + l, start: tokens[i]!.start, end: aliasEnd, entry: e, weak };
          break;
        }
      }
    }
    // "the South Korean intelligence service": a weak "the South" yields to a longer strong alias after "the".
    if (found && found.weak && tokens[i]!.lower === 'the' && i + 1 < tokens.length) {
      const after = matchGazetteer(text, tokens.slice(i + 1, Math.min(tokens.length, i + 1 + index.maxLen)), index)[0];
      if (after && after.from === 0 && !after.weak && tokens[i + 1 + after.to - 1]!.end > found.end) found = null;
    }
    // entities/suspended-hyphen: "the French- and Dutch-speaking communities": the first half of a compound adjective
    // names no country.
    if (found && text[found.end] === '-' && /\s/.test(text[found.end + 1] ?? '')) found = null;
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}
