/**
 * `attributions/role-last-org`: "the firm said", "said the cyber modelling firm", "the insurer expects": a definite
 * description of an organisation stands for the organisation that spoke last, a few sentences before.
 */
import type { Attribution, AttributionSpan, Entity } from '../../article.js';

/** Head nouns that describe an organisation, never a person. */
const ORG_HEADS = new Set(
  `firm company agency carrier airline insurer reinsurer lender bank group utility modeller modeler ministry
  department service operator provider manufacturer automaker carmaker retailer organisation organization charity
  broker consultancy developer producer exchange regulator insurance marketplace tracker platform network railway`
    .trim()
    .split(/\s+/),
);

/** How many sentences back the organisation may have spoken. */
const REACH = 3;
/** A name brought in between ("estimates from Acme, which …") may be the one the description means. */
const NEW_NAME = /\b(?:from|by|with)\s+(\p{Lu}[\p{L}&.-]+)/gu;

/** true for "the firm", "the cyber modelling firm", "the Ohio-based insurer" (a source named only by its kind). */
function describesOrg(a: AttributionSpan): boolean {
  const s = a.source;
  if (s.entity || !/\/(?:generic|described)$/.test(s.by)) return false;
  const surface = s.span?.text ?? '';
  if (!/^the\s/i.test(surface) || surface.split(/\s+/).length > 5) return false;
  const head = surface.toLowerCase().split(/\s+/).pop() ?? '';
  return ORG_HEADS.has(head);
}

/** true when a name other than `prev`'s is brought in after it and before `at`. */
function otherNameBetween(text: string, prev: Attribution, at: number): boolean {
  const from = prev.span?.end ?? at;
  if (at - from > 1500 || at <= from) return false;
  const own = prev.name.split(/\s+/)[0] ?? '';
  for (const m of text.slice(from, at).matchAll(NEW_NAME)) if (!m[1]!.startsWith(own)) return true;
  return false;
}

/** Name heads of a body of government: a described body of its own kind ("the statistics agency") is another one. */
const GOVERNMENT_HEADS =
  /\b(?:treasury|ministry|department|office|bureau|commission|agency|authority|council|government|cabinet|secretariat)$/i;

/**
 * attributions/role-other-body: "the statistics agency said" after "the Treasury said": a description with its own
 * domain modifier names another body when the earlier speaker is a government body (a named firm described by its
 * trade, "the catastrophe modelling firm", stays that firm, even in the next paragraph).
 */
function otherBody(a: AttributionSpan, prev: Attribution): boolean {
  const words = (a.source.span?.text ?? '').split(/\s+/);
  if (words.length < 3) return false;
  return GOVERNMENT_HEADS.test(prev.name);
}

/** Give each "the firm" source the organisation that last spoke within {@link REACH} sentences. */
export function roleLastOrg(text: string, out: AttributionSpan[], entities: Map<string, Entity>): void {
  for (let i = 1; i < out.length; i++) {
    const a = out[i]!;
    if (!describesOrg(a)) continue;
    for (let j = i - 1; j >= 0 && a.sentence - out[j]!.sentence <= REACH; j--) {
      const prev = out[j]!.source;
      // A data source cited ("according to a tracker") is not the actor the description names.
      if (/\/(?:according-to|per|citing)$/.test(out[j]!.by)) continue;
      if (!prev.entity && !prev.by.endsWith('/name')) continue;
      const type = prev.entity ? entities.get(prev.entity)?.type : 'other';
      if (type === 'person' || type === 'place' || type === 'country') break;
      if (otherNameBetween(text, prev, a.source.span?.start ?? a.cue.start)) break;
      if (otherBody(a, prev)) break;
      a.source = {
        ...prev,
        ...(a.source.span ? { span: a.source.span } : {}),
        by: 'attributions/role-last-org',
        certain: false,
      };
      break;
    }
  }
}
