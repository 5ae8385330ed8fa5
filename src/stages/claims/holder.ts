/**
 * Whose count a number is: the holder a construction names ("309,000 votes for Ada Lind", "Lind won 52% to
 * Brand's 44%", "Brand, who came third with 71,000"). Two holders' counts of one measure in one sentence are two
 * figures; the general actor rule (the first entity before the number) gives both to the sentence's subject.
 * Each rule reads a fixed window around the number (linear in the text).
 */

/** A span of the sentence (offsets relative to it) that names an entity. */
export interface HolderMention {
  start: number;
  end: number;
}

/** A holder rule: the words between an entity and the number (or the number and the entity) that make it holder. */
interface HolderRule {
  id: string;
  /** `before`: the entity precedes the number; `after`: it follows. */
  side: 'before' | 'after';
  gap: RegExp;
  /** Only for counts of a tally (votes, seats, a share): "N for X" elsewhere is a purpose ("$2m for the fund"). */
  tally?: boolean;
  /** Words that must end right before the entity ("gave X N"). */
  lead?: RegExp;
}

/** An apposition or an "of the ... list" after a name: ", 54, a former mayor," / " of the Green list". */
const APPOS = String.raw`(?:(?:,[^,.;:]{1,60}){1,2},|\s+of\s+(?:the\s+)?[^,.;:]{1,40}?)?`;
/** Bound words the quantity may leave outside its span. */
const BOUND = String.raw`(?:(?:another|a further|an additional|just|only|about|around|roughly|nearly|almost|some|over|more than|fewer than|at least)\s+)*`;
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|last)';

/** Ordered: the first rule that names a holder wins. */
const HOLDER_RULES: HolderRule[] = [
  // "Brand's 44%", "won 52% to Brand's 44%".
  { id: 'claims/holder/possessive', side: 'before', gap: new RegExp(`^['’]s\\s+${BOUND}$`, 'i') },
  // "Brand, who came third with 71,000 votes", "Lind of the Green list was second with 9,400".
  {
    id: 'claims/holder/came-ordinal',
    side: 'before',
    gap: new RegExp(
      `^${APPOS}\\s*,?\\s*(?:who\\s+)?(?:came|finished|placed|was|ended|ran)\\s+(?:in\\s+)?(?:a\\s+(?:distant|close)\\s+)?` +
        `${ORDINAL}(?:\\s+place)?,?\\s+(?:with|on)\\s+${BOUND}$`,
      'i',
    ),
  },
  // "Lind won 52%", "Lind, the incumbent, polled 309,000 votes", "Brand gained 26,000".
  {
    id: 'claims/holder/subject-verb',
    side: 'before',
    gap: new RegExp(
      `^${APPOS}\\s+(?:(?:has|have|had)\\s+)?(?:won|took|got|received|secured|polled|garnered|gained|collected|` +
        `picked up|drew|obtained|scored|had|has)\\s+${BOUND}$`,
      'i',
    ),
  },
  // "Labour on 34%, the Greens on 12%": a poll's standing.
  { id: 'claims/holder/on-standing', side: 'before', tally: true, gap: new RegExp(`^\\s+on\\s+${BOUND}$`, 'i') },
  // "The count gave Lind 337,000 votes and Brand of the Green list 336,000".
  {
    id: 'claims/holder/gave',
    side: 'before',
    tally: true,
    gap: new RegExp(`^${APPOS}\\s+${BOUND}$`, 'i'),
    lead: /\b(?:gave|gives|give|giving|handed|awarded|credited)\s+(?:the\s+)?$|\band\s+$/i,
  },
  // "309,000 votes for Brand", "309,000, or 44%, for Brand".
  {
    id: 'claims/holder/for',
    side: 'after',
    tally: true,
    gap: /^(?:\s*\([^()]{1,30}\)|,\s*or\s+[^,]{1,20},)?\s+for\s+(?:the\s+)?$/i,
  },
];

/** A tally of a contest: votes, seats, a share. */
const TALLY = /^(?:(?:electoral\s+)?votes?|ballots?|seats?|delegates?|points?|preferences|percent|per\s*cent|share)$/i;
/** "gave X and Y" as a list needs a giving verb before it in the sentence. */
const GIVING = /\b(?:gave|gives|give|giving|handed|awarded|credited)\b/i;
/** Words of a margin right before a tally: "ahead by", "won by", "a lead of", "the gap narrowed to". */
const MARGIN = new RegExp(
  String.raw`(?:\b(?:ahead|behind|trail(?:s|ed|ing)?|lead(?:s|ing)?|won|wins?|beat|beaten|edged)\s+(?:\w+\s+)?by|` +
    String.raw`\b(?:lead|gap|margin)\s+(?:of|to|at|was|is|stood at|(?:had\s+)?` +
    String.raw`(?:fallen|fell|narrowed|dropped|grown|grew|widened)\s+to))\s+` +
    String.raw`(?:about |around |nearly |almost |just |only |some |more than |fewer than |at least )?$`,
  'i',
);
/** The words that put a name inside an earlier name's of-phrase. */
const OF_PHRASE = /\bof\s+(?:the\s+)?$/i;
/** How far (characters) a rule reads between the entity and the number. */
const REACH = 90;

/**
 * The holder of the number at `[start, end)` of `text` (a sentence) among `mentions` (sentence offsets, in order):
 * its index (-1: a margin, no one's) and the rule that read it, or null. `measure` and `unit` gate the tally
 * rules; money is never a tally.
 */
export function holderOf(
  text: string,
  start: number,
  end: number,
  mentions: HolderMention[],
  measure: string | null,
  unit: string | null,
): { index: number; by: string } | null {
  const tally = unit === 'percent' || (!unit && !!measure && TALLY.test(measure));
  // claims/holder/margin: "ahead by 900 votes", "a lead of 1,200": a gap between holders is neither's count.
  if (tally && MARGIN.test(text.slice(Math.max(0, start - 40), start)))
    return { index: -1, by: 'claims/holder/margin' };
  for (const rule of HOLDER_RULES) {
    if (rule.tally && !tally) continue;
    if (rule.side === 'before') {
      // The nearest entity first: "Lind of the Green list" reads Lind when "Green" is no match.
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (m.end > start) continue;
        if (start - m.end > REACH) break;
        if (!rule.gap.test(text.slice(m.end, start))) continue;
        // "Nyl of the Harbour Alliance was third": a name inside another's of-phrase is not the subject.
        if (OF_PHRASE.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
        if (rule.lead) {
          const lead = text.slice(Math.max(0, m.start - 40), m.start);
          if (!rule.lead.test(lead)) continue;
          if (/\band\s+$/i.test(lead) && !GIVING.test(text.slice(Math.max(0, m.start - 140), m.start))) continue;
        }
        return { index: i, by: rule.id };
      }
    } else {
      for (let i = 0; i < mentions.length; i++) {
        const m = mentions[i]!;
        if (m.start < end) continue;
        if (m.start - end > REACH) break;
        if (rule.gap.test(text.slice(end, m.start))) return { index: i, by: rule.id };
      }
    }
  }
  return null;
}
