/**
 * `quotes/pronoun-org`: "The Harbour Safety Authority denied any fault. “…,” it said." and, in British style,
 * "Northgate Rail have denied it. “…,” they said in a statement.": an "it" or "they" speaking right after the
 * closing mark is the organisation named last before the quotation, never a person.
 */
import type { Mention, Sentence } from '../../article.js';

/** "it said", "they added in a statement" right after the closing mark (group 1: the pronoun). */
const PRONOUN_CUE =
  /^[\s,.!?’'”"]*(it|they)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|wrote|writes|stated|states|continued|continues|insisted|insists|warned|warns|argued|argues|explained|noted|replied|told|tells)\b/i;

/** Only an article (or a paragraph's opening mark) before a name that opens its sentence. */
const SUBJECT_LEAD = /^[\s“"]*(?:the\s+)?$/i;

/** How many sentences before the quotation's own are read for the organisation. */
const LOOK_BACK = 3;

/**
 * The organisation an "it"/"they" after the closing mark at `close` stands for. Read in the nearest text before the
 * opening mark (its own sentence, then up to three sentences back in this or the previous paragraph) that names a
 * person or an organisation, or opens with a name not typed yet: its first organisation for "it"; its first name
 * for "they" when that is no person (a person named first is a singular "they"). Null without such a cue or name.
 */
export function pronounOrg(
  text: string,
  open: number,
  close: number,
  sentences: readonly Sentence[],
  si: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): Mention | null {
  const cue = PRONOUN_CUE.exec(text.slice(close, Math.min(text.length, close + 40)));
  if (!cue) return null;
  return orgBefore(text, open, cue[1]!.toLowerCase() === 'it', sentences, si, mentions, firstAtOrAfter);
}

/** "it called the ruling “…”", "it described the claims as “…”": the pronoun and a naming verb before the mark. */
const PRONOUN_NAMING =
  /(?:^|[\s,])(it|they)\s+(?:also\s+|later\s+)?(?:called|dubbed|termed|branded|labell?ed|described)\b[^“”"\n.!?]{0,60}$/i;

/**
 * `quotes/pronoun-org-before`: "In a statement sent to Channel Nine, it called the ruling “hasty”": the "it" naming
 * the quotation is the organisation named before, not the outlet the statement went to.
 */
export function pronounOrgBefore(
  text: string,
  open: number,
  sentences: readonly Sentence[],
  si: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): Mention | null {
  const before = text.slice(Math.max(sentences[si]!.start, open - 120), open);
  // The gate ignores case as the pattern does: "It called the ruling “…”" opens its sentence in capitals.
  const folded = before.toLowerCase();
  if (!folded.includes('it ') && !folded.includes('they ')) return null;
  const cue = PRONOUN_NAMING.exec(before);
  if (!cue) return null;
  const at = open - before.length + cue.index + cue[0].indexOf(cue[1]!);
  return orgBefore(text, at, cue[1]!.toLowerCase() === 'it', sentences, si, mentions, firstAtOrAfter);
}

/** A name right after "to" or "told" is who a statement went to, not who made it ("sent to Channel Nine"). */
const RECIPIENT = /\b(?:to|told)\s+(?:the\s+)?$/i;

function orgBefore(
  text: string,
  end0: number,
  it: boolean,
  sentences: readonly Sentence[],
  si: number,
  mentions: readonly Mention[],
  firstAtOrAfter: (o: number) => number,
): Mention | null {
  const paragraph = sentences[si]!.paragraph;
  for (let s = si; s >= 0 && s >= si - LOOK_BACK; s--) {
    const sentence = sentences[s]!;
    if (paragraph - sentence.paragraph > 1) break;
    const end = s === si ? end0 : sentence.end;
    let first: Mention | null = null;
    let org: Mention | null = null;
    for (let i = firstAtOrAfter(sentence.start); i < mentions.length && mentions[i]!.end <= end; i++) {
      const m = mentions[i]!;
      // A name not typed yet that opens its sentence is its subject: "Northgate Rail have denied it".
      const subject = m.type === 'other' && SUBJECT_LEAD.test(text.slice(sentence.start, m.start));
      if (m.type !== 'person' && m.type !== 'organization' && !subject) continue;
      if (RECIPIENT.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))) continue;
      first ??= m;
      if (m.type !== 'person') {
        org = m;
        break;
      }
    }
    if (!first) continue;
    return it || first === org ? org : null;
  }
  return null;
}
