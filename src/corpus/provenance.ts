/**
 * Provenance: where each claim's attribution chain ends, and which articles
 * are not independent of each other.
 *
 * The primary source is the claim's source (an entity: the NIS, Zelenskyy, a
 * lawmaker). A claim in an outlet's own voice belongs to the outlet's own
 * reporting, except in a copy of another article (it belongs to the
 * origin's outlet) or in an article that carries a wire story (it belongs to
 * the agency). Articles joined by a duplicate link or carrying the same wire
 * share an independence group.
 */
import type { DuplicateLink } from '../records.js';
import { independenceGroups } from './duplicates.js';
import { partyKey } from './normalise.js';
import type { ClaimInput, ClaimProvenance, DocMeta } from './types.js';

const NONE = Object.freeze([]) as unknown as string[];

/** The site of a URL without `www.` ("indiatoday.in"), or null. */
function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:www\d?\.|amp\.|m\.)?([^/:?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** Follow duplicate links to the origin of a document. */
function originOf(doc: string, linkOf: Map<string, string>): string {
  let cur = doc;
  for (let guard = 0; guard < 64; guard++) {
    const next = linkOf.get(cur);
    if (!next || next === doc) return cur;
    cur = next;
  }
  return cur;
}

export interface ProvenanceIndex {
  groups: Map<string, string>;
  /** `chain: false` leaves the chain empty (reconciliation needs only the primary source and group). */
  get(claim: ClaimInput, chain?: boolean): ClaimProvenance;
}

/**
 * provenance/body-officials: "coast guard officials" and "the coast guard", "county officials" and "the county"
 * are one source: the people who speak for a body are that body's voice (a bare "officials" stays as it is).
 */
const SPEAKERS_FOR =
  /^(?:(?:the|a|an)\s+)?(?!(?:the|a|an)\s)(.*\S)\s+(?:officials?|spokes(?:person|man|woman|people)|representatives?|sources)$/i;
function bodyOf(name: string): string {
  return SPEAKERS_FOR.exec(name.trim())?.[1] ?? name;
}

/**
 * Build the provenance index once per corpus; `get` is then O(1) per claim. `groupOf`: each document's
 * independence group when the caller has them (then `docs` need hold only the documents whose claims are asked
 * about, and those their copies link to).
 */
export function provenanceIndex(
  docs: Iterable<DocMeta>,
  links: DuplicateLink[],
  claimSource?: Record<string, string | null>,
  groupOf?: (document: string) => string,
): ProvenanceIndex {
  const list = [...docs];
  const byId = new Map(list.map((d) => [d.id, d]));
  const groups = groupOf ? new Map(list.map((d) => [d.id, groupOf(d.id)])) : independenceGroups(list, links);
  const linkOf = new Map<string, string>();
  for (const l of links) if (l.kind !== 'version') linkOf.set(l.document, l.of);
  // Keys and names repeat across claims: one string each (a new string per claim was most of a timeline entry).
  const strings = new Map<string, string>();
  const intern = (x: string) => strings.get(x) ?? (strings.set(x, x), x);
  const keyOf = (name: string) => {
    const k = `key:${name}`;
    return strings.get(k) ?? (strings.set(k, partyKey(bodyOf(name)) ?? name), strings.get(k)!);
  };
  return {
    groups,
    get(claim: ClaimInput, withChain = true): ClaimProvenance {
      const doc = byId.get(claim.document);
      const outlet = doc?.outlet ?? null;
      const group = groups.get(claim.document) ?? claim.document;
      const canonical = claimSource && claim.id in claimSource ? claimSource[claim.id] : claim.source;
      const via = withChain && claim.via?.length ? [...claim.via].reverse() : NONE;
      if (canonical) {
        const key = keyOf(canonical);
        const name = intern(claim.sourceName ?? canonical);
        return {
          claim: claim.id,
          primary: key,
          primaryName: name,
          chain: withChain ? [outlet ?? 'the article', ...via, name] : NONE,
          group,
        };
      }
      // Own voice: the origin's outlet for a copy, the agency for a wire story, else the outlet itself.
      const origin = byId.get(originOf(claim.document, linkOf)) ?? doc;
      const wire = origin?.wire[0] ?? doc?.wire[0];
      if (origin && origin !== doc && origin.outlet) {
        return {
          claim: claim.id,
          primary: intern(`outlet:${keyOf(origin.outlet)}`),
          primaryName: intern(origin.outlet),
          chain: withChain ? [outlet ?? 'the article', origin.outlet] : NONE,
          group,
        };
      }
      if (wire)
        return {
          claim: claim.id,
          primary: intern(`outlet:${keyOf(wire)}`),
          primaryName: intern(wire),
          chain: withChain ? [outlet ?? 'the article', wire] : NONE,
          group,
        };
      // Own reporting is shown as the outlet's name; with no outlet known, as the site the URL names.
      const self = outlet ?? siteOf(doc?.url) ?? claim.document.slice(0, 12);
      return {
        claim: claim.id,
        primary: intern(`outlet:${keyOf(self)}`),
        primaryName: intern(outlet ?? siteOf(doc?.url) ?? 'the article'),
        chain: withChain ? [outlet ?? 'the article'] : NONE,
        group,
      };
    },
  };
}
