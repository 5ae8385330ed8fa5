/**
 * How sure the story is of a number: asserted, planned, possible,
 * unconfirmed or denied. Cue lexicons after the hedge-detection work
 * (CoNLL-2010) and news practice. The status comes from the cue nearest to
 * the number inside its clause — a cue elsewhere in the sentence
 * (`..., with sources suggesting the number could rise to 12,000`) governs
 * only its own clause.
 */
import type { ClaimStatus } from '../../article.js';
import { CASUALTY_PARTICIPLES } from '../../vocabulary/casualties.js';

/** One status rule: its id (the `by` a claim records), a regex source (word-bounded, case-insensitive), its status. */
export type StatusRule = [id: string, source: string, status: ClaimStatus];

/** Nouns of jobs (`800 jobs`, `90 roles`) in the rows on cuts and hires. */
const JOB_NOUNS = 'jobs?|roles?|posts?|positions?';

/**
 * Ordered status rules: an earlier row wins where two could match at one place. `asserted` rows are
 * neutralisers: they claim words that would otherwise read as a cue (`more than expected`).
 */
export const STATUS_CUES: StatusRule[] = [
  // unconfirmed before `could` so that `could not confirm` is not `possible`
  [
    'claims/modality/not-confirmed',
    "(?:could|can|cannot|can't|can’t|could not|did not|does not|do not|has not|have not|haven't|haven’t|hasn't|hasn’t|not|yet to|unable to|no way to)\\s+(?:\\w+\\s+)?(?:confirm|verify|corroborate|independently verify|independently confirm|confirmed|verified|corroborated)",
    'unconfirmed',
  ],
  [
    'claims/modality/unverified',
    'unconfirmed|unverified|not been (?:independently )?(?:confirmed|verified)|could not be (?:independently )?(?:confirmed|verified)|cannot be (?:independently )?(?:confirmed|verified)',
    'unconfirmed',
  ],
  // `missing and presumed dead` counts the missing, which is stated; only their death is presumed.
  [
    'claims/modality/missing-presumed',
    'missing,? and (?:are |were |is |was )?(?:presumed|feared) (?:dead|killed|deceased|drowned|lost)',
    'asserted',
  ],
  // The dead not yet found are presumed, not confirmed.
  [
    'claims/modality/presumed',
    'presumed (?:dead|killed|deceased|drowned|lost|deaths?)|presumably (?:dead|killed)|feared (?:dead|killed|drowned)',
    'unconfirmed',
  ],
  // A belief about the fate of what is counted (`13 people are thought to have drowned`); `believed to have provided`
  // reports an act.
  [
    'claims/modality/thought-to',
    '(?:is|are|was|were) (?:thought|believed|feared|presumed) to (?:be|have (?:been|died|drowned|perished))',
    'unconfirmed',
  ],
  [
    'claims/modality/reports-suggest',
    '(?:some |other |unconfirmed |media |local )?reports ' +
      '(?:suggest|suggesting|suggested|say|saying|said|indicate|indicating|indicated)',
    'unconfirmed',
  ],
  // A report of what a party is doing, with its verb (`is reported to be weighing`), is not yet confirmed.
  [
    'claims/modality/reported-to',
    '(?:is|are|was|were) (?:reported|rumou?red|understood|said) to (?:be|have) (?:been )?(?:[a-z]+ing|[a-z]+ed)?',
    'unconfirmed',
  ],
  // The outlet passes on what it has not confirmed (`reportedly seized`), plan or not (`reportedly plans to`).
  [
    'claims/modality/reportedly',
    'reportedly(?: (?:plans?|intends?|aims?|wants?|hopes?|is set|are set|is preparing|are preparing) to)?',
    'unconfirmed',
  ],
  [
    'claims/modality/denied',
    'denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|no evidence|not true|false claims?|disputed|disputes',
    'denied',
  ],
  // A comparison with a forecast states what happened (`higher than expected`).
  [
    'claims/modality/than-expected',
    '(?:than|as) (?:(?:economists|analysts|forecasters|traders) )?(?:had been |had |was |were )?' +
      '(?:expected|anticipated|forecast|predicted|projected|feared|planned|pencill?ed in)',
    'asserted',
  ],
  // A forecast by the forecasters a release is measured against (`economists polled by X had expected 3.3%`, `the
  // 25,000 analysts had pencilled in`): what they thought might be, not a plan. Unpolled forecasters keep the
  // forecast rows below (`economists had expected the revision to be`).
  [
    'claims/modality/forecasters',
    '(?:economists|analysts|forecasters|strategists|traders) (?:(?:polled|surveyed|asked) by (?:the )?' +
      '[A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3} (?:had |have |were |are )?' +
      '(?:expected|expecting|forecast|forecasted|forecasting|predicted|predicting|projected|pencill?ed in|anticipated)|' +
      '(?:had |have )?pencill?ed in)',
    'possible',
  ],
  // An estimate of a loss already suffered is stated, even in the future tense (`estimated losses will be about`).
  [
    'claims/modality/estimate-will',
    "(?:estimated|estimates|estimate) (?:that )?(?:[\\w’'-]+ ){0,6}will be",
    'asserted',
  ],
  // The present value a change starts from (`from 20% now to 24%`).
  ['claims/modality/current-value', '(?:now|today|currently|at present)(?=,? to\\b)', 'asserted'],
  // The future of the report, not of the count (`the toll will be updated`).
  [
    'claims/modality/report-future',
    'will be (?:updated|revised|released|published|announced|reviewed|checked|reported)',
    'asserted',
  ],
  // A forecast with the amount as its object (`expects $380 million in lost sales`).
  [
    'claims/modality/expects-amount',
    '(?:expects?|expected|expecting|anticipates?|anticipated|forecasts?)' +
      '(?= (?:about |around |roughly |some |nearly |up to |as much as |at least |more than |fewer than |over |another ' +
      '|a further |an additional |an? |the )*(?:[$€£¥]|\\d))',
    'planned',
  ],
  // A forecast's noun, then its figure (`expect temperatures of up to 35C`, `forecast losses of $2 billion`).
  [
    'claims/modality/expects-noun-of',
    '(?:expects?|expected|forecasts?|predicts?|predicted)(?= (?:[a-z-]+ ){1,2}of (?:up to |about |around |[$€£¥])?\\d)',
    'planned',
  ],
  // A forecast of weather or a market: what it calls for is yet to come.
  [
    'claims/modality/forecast',
    'forecasts? (?:call|calls|called|show|shows|showed|predict|predicts|predicted) (?:for )?',
    'planned',
  ],
  // A proposal already made is history (`the originally proposed figure`).
  ['claims/modality/past-proposal', '(?:originally|initially|first|previously|earlier|had) proposed', 'asserted'],
  // An option still being weighed is not decided (`is considering a rebate of $50`).
  ['claims/modality/considering', 'considering|considers|weighing|weighs|mulling|mulls|contemplating', 'possible'],
  // A stated aim: `a target of 30 GW`, `to achieve the $40 billion`.
  ['claims/modality/target', '(?:target|goal|aim) of|to (?:achieve|meet|attain)', 'planned'],
  // A confirmed attendance at an event still to come (`40 leaders are confirmed for the summit`).
  [
    'claims/modality/confirmed-for',
    '(?:are|is|have been|has been) confirmed (?:for|to (?:attend|compete|take part|appear|speak|play|perform|run))',
    'planned',
  ],
  // A forecast with its object before the figure (`expected the revision to be about 600,000`).
  [
    'claims/modality/expects-to-be',
    "(?:expects?|expected|projects?|projected|forecasts?|predicts?|predicted) (?:[\\w’'-]+ ){1,4}?to (?:be|reach|total|hit|top|exceed|rise to|fall to|climb to|drop to|come in at)",
    'planned',
  ],
  // A projection of a statistic is a forecast of what may be, like the forecasters' (`the bank projected 1.9%`,
  // `the 3.2% it projected`, `cut her growth forecast for 2027 to 1.2%`); `projects sales to climb to` stays the
  // row above.
  [
    'claims/modality/projection',
    '(?:projected|(?:projects|projecting|(?:forecast|projection)s? (?:for [\\w-]+(?: [\\w-]+){0,2} )?to)' +
      '(?= (?:about |around |roughly |nearly )?[$€£¥]?\\d))',
    'possible',
  ],
  // An expected arrival or attendance (`130 delegations are expected on Saturday`, `expected Monday`).
  [
    'claims/modality/expected-at',
    '(?:is|are|was|were|be) expected(?= (?:at|on|for|in|by|from|this|next|later|tomorrow|tonight|' +
      '(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b)',
    'planned',
  ],
  // What is due to happen is timetabled (`300 medics are due to arrive`); `due to fog` is a cause.
  [
    'claims/modality/due-to',
    '(?:is|are|was|were|be) due (?:in|back|at|home|to (?:arrive|leave|reach|vote|start|begin|open|close|land|return|' +
      'resume|take|hold|meet|sign|receive|get|go|come|move|travel|deliver|be|hear|rule|decide|announce|publish|' +
      'release|report|expire|end|finish|complete|launch|appear|testify|visit|fly|sail|depart|stand|pay|join))',
    'planned',
  ],
  // A thing proposed has not happened yet (`a proposed levy on $50 billion`); `scheduled flights` is a timetable.
  ['claims/modality/proposed', 'proposed|upcoming|forthcoming', 'planned'],
  // A target date after the number (`to 24% by 2030`, `by the end of the next decade`).
  [
    'claims/modality/target-date',
    'by (?:the end of )?(?:20[3-9]\\d|(?:the )?(?:next|coming) (?:year|decade))',
    'planned',
  ],
  // What it would take is a condition, not a plan (`would need 71 seats`, `would have to raise $2 billion`).
  ['claims/modality/would-need', 'would (?:need|require|have to)', 'possible'],
  // A commitment or a hope to act is not the act (`agreed to pay €150 each`, `hopes to rehouse 300 families`).
  [
    'claims/modality/commitment',
    'agrees? to|agreed to|(?:hopes?|hoped|hoping) to(?! (?:achieve|meet|attain)\\b)|offers? to|offered to',
    'planned',
  ],
  // An announced cut or hire in headline style (`800 jobs to go`, `1,100 roles to be cut`): not done yet.
  [
    'claims/modality/to-go',
    `(?<=(?:${JOB_NOUNS}|staff|workers|employees|branches|stores|shops|sites|plants|offices) )` +
      'to (?:go(?=\\s*(?:$|[,.;:!?]|(?:at|in|by|from|as|after|before|under|across|this|next|when|if|amid|over)\\b))|close|shut|be (?:cut|axed|shed|lost|scrapped|slashed|closed|created|hired|recruited|added|built))',
    'planned',
  ],
  // A sum announced or voted for each recipient, or as aid, is yet to be paid (`announced 2,000 rand for each
  // family`, `voted to give 300 lei to every worker`, `unveiled $4m in aid`); `announced a $3bn profit` (no
  // recipient) and `paid 500 to each family` (done) stay asserted.
  [
    'claims/modality/announced-payment',
    '(?:announced|announces|announcing|unveiled|unveils|earmarked|earmarks|allocated|allocates|set aside|' +
      'voted to (?:give|pay|grant|award|provide))' +
      '(?= (?:an? |the |another |an additional |a further |additional |extra |some |about |around |up to |nearly )*' +
      '[$€£¥]?\\d[\\d.,]*(?: ?(?:million|billion|bn|m|k))?(?: [a-z]+)? ' +
      '(?:(?:for|to) (?:each|every)\\b|per (?!cent\\b)[a-z]+|in (?:[a-z]+ )?(?:aid|relief|assistance|compensation)\\b))',
    'planned',
  ],
  // A cut said in passing, with a present or future verb, is not made yet: `a plant where 640 posts go`, `a
  // restructuring with 90 job losses` (not one `completed`), `protecting about 700 jobs` (not `protected`).
  [
    'claims/modality/cut-in-passing',
    `(?<=(?:${JOB_NOUNS}) )(?:go|are going)(?=\\s*(?:$|[,.;:!?)]|(?:at|in|by|under|across|this|next|when|if|over|with)\\b))|` +
      '(?<!(?:completed|finished|earlier|previous|past|last) (?:(?:a|an|the|its|their) )?)' +
      '(?:restructuring|reorgani[sz]ation|overhaul|shake-up|shakeup)(?= (?:with|involving|entailing) ' +
      '(?:about |around |some |up to |nearly |more than |over |at least )?\\d[\\d,.]*\\s+' +
      `(?:${JOB_NOUNS}|redundancies|layoffs|job (?:losses|cuts))\\b)|` +
      '(?:protecting|protects|protect|safeguarding|safeguards|safeguard|saving|securing)(?= (?:about |around |some |up to |' +
      'nearly |more than |over |at least |an estimated )?\\d[\\d,.]*\\s+(?:[a-z-]+\\s+)?' +
      `(?:${JOB_NOUNS}|workers|employees|staff)\\b)`,
    'planned',
  ],
  [
    'claims/modality/plan',
    'decided to|decides to|decide to|has decided|plans? to|planned|planning|plans for|intends? to|intended to|intention to|set to|is to|are to|was to|poised to|about to|scheduled to|expected to|expects to|expect to|aims? to|going to|will|would|shall|pledged|pledges|promised|promises|(?<!(?:\\ba|the|their|its|his|her|our|this|that|no) )(?:pledge|promise)|vowed|vows|seeks? to|wants? to|must|being prepared|be prepared|preparing|prepares? to|prepared to|prepare|readying|to be sent|to be deployed|ready to|eyes|eyeing|would-be|in order to|in a bid to|bid to|seeking to|attempt to|attempting to|effort to|enables?|allows?|allowing',
    'planned',
  ],
  // Money announced for a purpose is yet to be spent (`an aid package worth €2 billion`).
  ['claims/modality/package', '(?:package|plan|programme|program|scheme|fund) (?:worth|of|totall?ing)', 'planned'],
  // The most a law allows is no sum imposed (`carries a fine of up to $50,000`).
  [
    'claims/modality/maximum-penalty',
    '(?:fines?|penalt(?:y|ies)|sentences?|(?:jail|prison) terms?|damages) of(?= up to)',
    'possible',
  ],
  // A reward already paid out is history (`was paid a reward of $5,000`).
  [
    'claims/modality/reward-paid',
    '(?:paid|received|collected|claimed|won) (?:a |the )?(?:reward|bounty) (?:of|worth)',
    'asserted',
  ],
  // An offer's amount is not yet paid (`an offer of 2.1%`, `raised its pay offer to 3.2%`); the verb `offered 4.5%`
  // stays asserted, as the genres table has it.
  [
    'claims/modality/offer',
    '(?:offer|bid|counteroffer|counter-offer|reward|bounty) (?:of|worth|valued at|totall?ing)|' +
      '(?:raised|improved|lowered|cut|increased|sweetened) (?:its|their|the|his|her) (?:[a-z-]+ )?(?:offer|bid) to',
    'planned',
  ],
  // `can` only with a verb of reaching a level: `can reach 200%` is a possibility, `can be seen` is not.
  // A past ability bounded by `only` is what could be done, and so was (`could supply only 300 MW`).
  ['claims/modality/could-only', 'could (?:only|just)|could [a-z]+ (?:only|just)', 'asserted'],
  ['claims/modality/can-reach', 'can (?:reach|rise|climb|exceed|top|cost|hit|soar|run)', 'possible'],
  [
    'claims/modality/hedge',
    'could|may|might|possibly|perhaps|potentially|potential|if confirmed|if true|if|likely|unlikely|at stake|risk|' +
      'faces|facing|as many as could|suggests?|suggested|suggesting',
    'possible',
  ],
];

const CUE_RE = new RegExp(`\\b(?:${STATUS_CUES.map(([, s]) => `(${s})`).join('|')})\\b`, 'gi');
/**
 * `claims/modality/month-name`: a cue match that hedges nothing, read with case (the cues are read without it, and
 * Node 20 has no `(?-i:)`): the month (`in May`, `May's gain`) and a name (`Will Harris`).
 */
const NOT_A_CUE = /^(?:May(?!\p{L})|Will\s\p{Lu})/u;

/** A cue found in a clause. */
export interface StatusCue {
  /** The id of the rule that found it. */
  rule: string;
  status: ClaimStatus;
  start: number;
  end: number;
  text: string;
}

/** All status cues in `text` (offsets relative to `text`). Linear: one alternation, no nested quantifiers. */
export function statusCues(text: string): StatusCue[] {
  const out: StatusCue[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) {
    if (NOT_A_CUE.test(text.slice(m.index, m.index + m[0].length + 2))) continue;
    let status: ClaimStatus = 'asserted';
    let rule = 'claims/modality';
    for (let g = 1; g <= STATUS_CUES.length; g++) {
      if (m[g] !== undefined) {
        [rule, , status] = STATUS_CUES[g - 1]!;
        break;
      }
    }
    out.push({ rule, status, start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) CUE_RE.lastIndex++;
  }
  return out;
}

/** Words that link a number to the clause before without a verb of their own. */
const LINKING = new Set([
  'to',
  'the',
  'tune',
  'of',
  'totaling',
  'totalling',
  'worth',
  'including',
  'with',
  'along',
  'some',
  'about',
  'around',
  'nearly',
  'a',
  'an',
  'total',
  'amounting',
  'estimated',
  'roughly',
  'up',
  'as',
  'many',
  'much',
  'more',
  'than',
  'at',
  'least',
  'and',
  'or',
  'another',
  'additional',
  'further',
  'plus',
  'almost',
  'over',
  'just',
]);

const FINITE_GAP = /\b(?:has|have|had|is|are|was|were|did|does|said|says|told)\b/i;

/** Only auxiliaries and adverbs (and `there`, `here` placing the counted) between a number's noun and its own verb. */
const AUX_GAP =
  /^(?:\s+(?:are|is|were|was|be|been|being|have|has|had|already|also|still|now|not|reportedly|then|soon|each|all|more|in|total|so|far|there|here))*\s*$/i;

/**
 * A short `of` phrase right after a quantity (`of rain`, `of the harvest`), or the counted whole of a part (`of the 650
 * jobs there`): no verb, so the quantity's own.
 */
const OF_NOUN_GAP =
  /^\s+of\s+(?:(?:the|its|their)\s+\d[\d,.]*\s+[a-z-]+(?:\s+(?:there|here))?|(?:the\s+|its\s+|their\s+)?[a-z-]+)(?=\s)/i;

/** `and` before a new subject or modal: a later cue past it is another predicate's (`2 GW and the city plans`). */
const NEW_SUBJECT = new RegExp(
  "\\band\\s+(?:(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z][\\w’'-]*)\\s|" +
    '(?:will|would|could|may|might|plans?|aims?|wants?)\\b|' +
    // `and said sentencing would ...`: a second predicate of the same subject, with its own cue
    '(?!(?:presumed|feared|believed|thought|reported|confirmed)\\b)' +
    '(?:said|says|told|added|warned|announced|insisted|noted|[a-z]+ed)\\b|' +
    "(?:[\\w’'-]+\\s+){1,2}(?:are|is|were|was|has|have|had)\\b)",
);

/** A part word and `of` right before the number, with at most a determiner or a possessive between. */
const PART_OF = new RegExp(
  // `300 of its 1,100 jobs`: a counted part names its whole too.
  '(?:\\b(?:half|third|quarter|fifth|tenth|some|most|many|much|part|share|portion|percent|per cent)|%|\\d)\\s+of\\s+' +
    "(?:(?:the|its|their|that|this|those|these)\\s+)?(?:[\\w.&-]+['’]s\\s+)?$",
  'i',
);

/** The state of the things just counted after "with": "with 37 people (still) missing", "with 300 homes flooded". */
const WITH_STATE =
  /^(?:\s+[\w’'-]+){0,2}?\s+(?:still\s+|already\s+|now\s+)?(?:missing|dead|injured|killed|hurt|wounded|displaced|unaccounted|homeless|stranded|trapped|evacuated|flooded|destroyed|damaged|without)\b/i;

/** A present participle opening a clause (`pricing`, `leaving`), not a noun or preposition in -ing. */
const PARTICIPLE_LEAD =
  /^(?!(?:according|during|morning|evening|building|nothing|something|anything|everything|meeting|funding|housing|spring|including|excluding|regarding|concerning|following)$)[a-z]{3,}ing$/;

/** `from` (with a bound word) right before the number: the start of a change. */
const FROM_LEVEL =
  /\bfrom\s+(?:about|around|roughly|nearly|almost|some|just|over|under|a\s+record(?:\s+high|\s+low)?\s+of|an?\s+estimated)?\s*$/i;
/** The change's target named before `from`: `to $3.10 from`, `to 1.9 million tonnes this season from`. */
const TARGET_BEFORE =
  /\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?[$€£]?\d[^;:]{0,48}\bfrom\s+\D{0,24}$/i;
/** ... or after the number: `from 4,000 patients to 2,500`. */
const TARGET_AFTER = /^(?:\s+[\p{L}’'-]+){0,3}\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+)?[$€£]?\d/iu;

/** A definite determiner right before the number (`the`, `all`, `all the`, `those`). */
const DEFINITE_BEFORE = /\b(?:the|all|all the|those|these)\s+$/i;
/** Participles of what befell a counted group beside the casualty ones (`the 90,000 customers affected`). */
const BEFELL_PARTICIPLES = ['affected', 'arrested', 'detained', 'rescued'];
/** After the number's noun: a past relative clause or a participle of what befell the counted. */
const DEFINITE_FACT_AFTER = new RegExp(
  "^(?:\\s+[\\p{L}’'-]+){0,2}?\\s+(?:(?:who|that)\\s+(?:were|was|had been|have been|has been)\\s+(?:\\w+\\s+)?" +
    `[a-z]+(?:ed|en|t)|${[...CASUALTY_PARTICIPLES, ...BEFELL_PARTICIPLES].join('|')})\\b`,
  'iu',
);
/** Plan cues that, as participles after a noun, name a promise (`the nurses promised`, `the 400 beds it planned`). */
const PROMISE_WORDS = /^(?:promised|pledged|planned|intended to|hoped to|hoping to)$/i;
/** After such a participle, within a few words, a past verb of what became of the promise (`never arrived`). */
const PAST_AFTER_PROMISE =
  /^(?:\s+[\p{L}’'-]+){0,5}?\s+(?:never\s+|finally\s+|only\s+|already\s+|eventually\s+)?(?:were|was|came|arrived|reached|turned up|showed up|went|(?:had|have|has) (?:been|gone|left|come|[a-z]+ed))\b/iu;

/** A length that ends the number (`40 km`, `12 miles`, `800 metres`). */
const LENGTH_END = /(?:\d\s*|\s)(?:km|kilometres?|kilometers?|miles?|mi|metres?|meters?|m|feet|ft|yards?)$/i;
/** Before a length: a noun it places (`a camp 40 km`, `the site, 60 km`), with at most a bound word between. */
const PLACE_NOUN_BEFORE =
  /(?:\b(?:a|an|the|some|its|their)\s+(?:[\p{L}-]+\s+){1,2}|\p{L},\s+)(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?$/u;
/** After a length: where it lies from something (`away`, `north of`, `from the border`, `(48 km) off the coast`). */
const PLACE_AFTER =
  /^\s*(?:\([^()]{0,24}\)\s*)?(?:away|from|off|below|above|beneath|beyond|outside|inland|offshore|upstream|downstream|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:wards?)?(?:\s+of)?)\b/i;

/** `claims/modality/correction`: `not` set right before a figure after a comma or dash (`14 barns, not 11`). */
const CORRECTION_BEFORE = /(?:,|;|\u2014|\u2013|\()\s*not\s+$/i;

/** A sentence that opens with a condition (`If confirmed, ...`, `Should the dam fail, ...`). */
const CONDITION_OPEN = /^\s*(?:but\s+|and\s+|even\s+)?(?:if|unless|should|were)\b/i;

/** The number read as a part of a whole after it (`eight of the 12 nurses`). */
const PART_OF_AFTER = /^\S+\s+of\s/;

/**
 * `claims/modality/promised-arrived`: "eight of the 12 nurses the state promised arrived": the part of a promise
 * that then arrived (or never did) is stated; the whole promised stays planned. `c` is the cue after the number.
 */
function promisedArrived(
  sentence: string,
  qStart: number,
  qEnd: number,
  clauseEnd: number,
  c: StatusCue,
): { status: ClaimStatus; cue: StatusCue } | null {
  if (!PROMISE_WORDS.test(c.text) || !PART_OF_AFTER.test(sentence.slice(qStart, Math.max(qEnd, qStart + 16) + 4)))
    return null;
  if (!PAST_AFTER_PROMISE.test(sentence.slice(c.end, clauseEnd))) return null;
  return {
    status: 'asserted',
    cue: { rule: 'claims/modality/promised-arrived', status: 'asserted', start: c.end, end: c.end, text: '' },
  };
}

/** Between a number and the forecasters of a relative clause on it: at most two words of its noun. */
const FORECAST_GAP = /^(?:\s+[a-z-]+){0,2}\s+$/;

/** Cues that bind only the number next to them (`presumed deaths of six`), never a clause after a comma. */
const NEAR_ONLY = /^\s*(?:of\s+)?(?:the\s+)?$/;

/** A number counting the missing (`6 missing workers`): a presumed death near it does not make the count unsure. */
const MISSING_COUNT = /^\S+(?:\s+\S+)?\s+missing\b/i;

/** Clause boundaries inside a sentence: `;`, `:`, dashes, and commas before a new clause. */
const BOUNDARY_RE =
  /[;:()\u2013\u2014“”"]|\s-\s|,(?=\s)|\b(?:but|while|whereas|after|because|although|though|unless|until|when)\b|\bas\b(?!\s+(?:many|much|high|few|little|low|early|late|well|part|of|a result)\b)/g;

/** What {@link statusOf} reads of a whole sentence: its clause boundaries and its cues, shared by its numbers. */
export interface SentenceReading {
  bounds: number[];
  cues: StatusCue[];
}

/** The clause boundaries and status cues of `sentence`, read once for all its numbers. */
export function readSentence(sentence: string): SentenceReading {
  const bounds: number[] = [];
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(sentence); m !== null; m = BOUNDARY_RE.exec(sentence)) bounds.push(m.index);
  return { bounds, cues: statusCues(sentence) };
}

/**
 * The status of a number at [qStart, qEnd) inside `sentence` (offsets relative to the sentence).
 * The number's own verb right after it (`10,000 soldiers were being prepared`,
 * `$3 billion could be diverted`) wins; otherwise the nearest cue before it in its clause.
 */
export function statusOf(
  sentence: string,
  qStart: number,
  qEnd: number,
  heading: boolean,
  reading: SentenceReading = readSentence(sentence),
): { status: ClaimStatus; cue: StatusCue | null } {
  const { bounds } = reading;
  // `claims/modality/distance-place`: a length placing a site (`to a camp 40 km away`) states where it is, whatever
  // is planned for the site.
  if (
    LENGTH_END.test(sentence.slice(qStart, qEnd)) &&
    PLACE_AFTER.test(sentence.slice(qEnd, Math.min(sentence.length, qEnd + 40))) &&
    PLACE_NOUN_BEFORE.test(sentence.slice(Math.max(0, qStart - 40), qStart))
  )
    return {
      status: 'asserted',
      cue: { rule: 'claims/modality/distance-place', status: 'asserted', start: qEnd, end: qEnd, text: '' },
    };
  // `claims/modality/correction`: "at least 14 barns, not 11 as first reported": the figure the speaker sets aside.
  if (CORRECTION_BEFORE.test(sentence.slice(Math.max(0, qStart - 12), qStart)))
    return {
      status: 'denied',
      cue: { rule: 'claims/modality/correction', status: 'denied', start: qStart, end: qStart, text: '' },
    };
  let clauseStart = 0;
  let prevStart = 0;
  let clauseEnd = sentence.length;
  for (const b of bounds) {
    if (b < qStart) {
      prevStart = clauseStart;
      clauseStart = b + 1;
    } else if (b >= qEnd) {
      clauseEnd = b;
      break;
    }
  }
  // A number opening its clause (`..., 10,000 soldiers, but ...`) or after a mere linking phrase
  // (`..., to the tune of $3.5 billion`, `..., totaling 12,000`) is governed by the clause before.
  // Figures listed before the number (`$40m, €10m and £5m`) link it like the words between them.
  const lead =
    sentence
      .slice(clauseStart, qStart)
      .toLowerCase()
      .replace(/[$€£¥]?\d[\d.,]*(?:bn|m|k)?\b/g, ' ')
      .match(/[a-z’'-]+/g) ?? [];
  // Distances are then measured to where the linking phrase begins.
  let anchor = qStart;
  // `claims/modality/from-level`: the level a change starts from (`to $3.10 from $2.75`, `from 4,000 to 2,500`)
  // holds now or held before, whatever the change's plan or hedge; the number's own verb after it still wins.
  const before = sentence.slice(Math.max(clauseStart - 1, qStart - 80, 0), qStart);
  if (
    FROM_LEVEL.test(before) &&
    (TARGET_BEFORE.test(before) || TARGET_AFTER.test(sentence.slice(qEnd, Math.min(sentence.length, qEnd + 40))))
  ) {
    const own = reading.cues.find(
      (c) => c.start >= qEnd && c.start < clauseEnd && AUX_GAP.test(sentence.slice(qEnd, c.start)),
    );
    if (!own)
      return {
        status: 'asserted',
        cue: { rule: 'claims/modality/from-level', status: 'asserted', start: qStart, end: qStart, text: '' },
      };
  }
  // `claims/modality/with-state`: ", with at least 37 people missing" states how things are, whatever the clause
  // before expects or fears.
  if (
    lead[0] === 'with' &&
    lead.every((w) => LINKING.has(w)) &&
    WITH_STATE.test(sentence.slice(qEnd, Math.min(sentence.length, qEnd + 48)))
  ) {
    const own = reading.cues.find((c) => c.start >= qEnd && c.start < qEnd + 48 && c.status !== 'asserted');
    if (!own)
      return {
        status: 'asserted',
        cue: { rule: 'claims/modality/with-state', status: 'asserted', start: qEnd, end: qEnd, text: '' },
      };
  }
  // `claims/modality/definite-fact`: "the bills of all 64 people who were injured", "over the 90,000 customers
  // affected": a definite count that a past relative clause or a state participle describes exists already.
  if (
    DEFINITE_BEFORE.test(sentence.slice(Math.max(0, qStart - 12), qStart)) &&
    DEFINITE_FACT_AFTER.test(sentence.slice(qEnd, Math.min(sentence.length, qEnd + 48)))
  )
    return {
      status: 'asserted',
      cue: { rule: 'claims/modality/definite-fact', status: 'asserted', start: qEnd, end: qEnd, text: '' },
    };
  if (lead.length < 2 || lead.every((w) => LINKING.has(w))) {
    anchor = Math.max(prevStart, clauseStart - 1);
    clauseStart = prevStart;
  }
  // A number inside the whole a part is taken from (`a third of the firm's 12,000 staff will`) counts what exists.
  if (PART_OF.test(sentence.slice(Math.max(0, qStart - 48), qStart))) {
    // `claims/modality/promised-whole`: "45 of the 120 trucks the agency planned to send": the whole is the plan.
    const promise = reading.cues.find(
      (c) =>
        c.start >= qEnd &&
        c.start < Math.min(clauseEnd, qEnd + 40) &&
        PROMISE_WORDS.test(c.text) &&
        !NEW_SUBJECT.test(sentence.slice(qEnd, c.end)),
    );
    if (promise) return { status: 'planned', cue: { ...promise, rule: 'claims/modality/promised-whole' } };
    return {
      status: 'asserted',
      cue: { rule: 'claims/modality/part-of-whole', status: 'asserted', start: qStart, end: qStart, text: '' },
    };
  }
  const missingCount = MISSING_COUNT.test(sentence.slice(qStart, qEnd + 24));
  const cues = missingCount ? reading.cues.filter((c) => c.rule !== 'claims/modality/presumed') : reading.cues;
  // The number's own verb phrase: a cue within a few words after it, in its clause.
  // A denial verb after the number is what befell the counted things (`3,000 ballots were rejected`), no denial.
  // `claims/modality/of-noun-gap`: "300 mm of rain could fall": the mass or whole after `of` stands between them.
  const after = cues.find(
    (c) =>
      c.start >= qEnd &&
      c.start < clauseEnd &&
      c.status !== 'denied' &&
      AUX_GAP.test(sentence.slice(qEnd, c.start).replace(OF_NOUN_GAP, '')),
  );
  if (after && /^would$/i.test(after.text) && CONDITION_OPEN.test(sentence))
    return { status: 'possible', cue: { ...after, rule: 'claims/modality/if-would' } };
  if (after) return promisedArrived(sentence, qStart, qEnd, clauseEnd, after) ?? { status: after.status, cue: after };
  // `the 2,100 tonnes analysts had pencilled in`: forecasters in a relative clause on the number's noun (which the
  // quantity's own text may reach into).
  const forecast = cues.find(
    (c) =>
      (c.rule === 'claims/modality/forecasters' || c.rule === 'claims/modality/projection') &&
      c.start > qStart &&
      (c.start < qEnd || FORECAST_GAP.test(sentence.slice(qEnd, c.start))),
  );
  if (forecast) return { status: forecast.status, cue: forecast };
  let best: StatusCue | null = null;
  // A cue far before the number governs another phrase (`ready to block a lawsuit ... on behalf of 1.6 million`).
  // A finite verb between the cue and the number starts another predicate (`plans to hire 200 and has hired 50`).
  for (const c of cues) {
    if (c.rule === 'claims/modality/presumed' && !NEAR_ONLY.test(sentence.slice(c.end, qStart))) continue;
    // A report's doubt outlasts the law's maximum (`is reported to be weighing a fine of up to £4m`).
    if (c.rule === 'claims/modality/maximum-penalty' && (best?.status === 'unconfirmed' || best?.status === 'denied'))
      continue;
    if (
      c.end <= anchor &&
      c.start >= clauseStart &&
      anchor - c.end <= 60 &&
      !FINITE_GAP.test(sentence.slice(c.end, anchor).replace(/^\s*(?:have|has|had|be|been|is|are)\b/i, ''))
    )
      best = c;
  }
  if (!best) {
    // `10,000 soldiers ... that they are preparing to send`: a cue later in the clause, through a relative clause;
    // never past `and` with a new subject, nor a cue as an adjective after `of` (`four rounds of planned outages`).
    const rel = cues.find(
      (c) =>
        c.start >= qEnd &&
        c.start < clauseEnd &&
        c.status !== 'possible' &&
        c.status !== 'denied' &&
        !NEW_SUBJECT.test(sentence.slice(qEnd, c.end)) &&
        !/\bof\s+$/i.test(sentence.slice(qEnd, c.start)),
    );
    if (rel) return promisedArrived(sentence, qStart, qEnd, clauseEnd, rel) ?? { status: rel.status, cue: rel };
  }
  if (!best && heading) {
    // Headlines: `North Korea to Send Thousands of Troops` is a plan.
    const before = sentence.slice(clauseStart, qStart);
    if (/\b[A-Z][\w.’'-]*\s+to\s+[A-Za-z]+\s+(?:\w+\s+){0,2}$/.test(before)) {
      const at = before.search(/\bto\s+[A-Za-z]+\s+(?:\w+\s+){0,2}$/);
      return {
        status: 'planned',
        cue: {
          rule: 'claims/modality/headline-to',
          status: 'planned',
          start: clauseStart + at,
          end: clauseStart + at + 2,
          text: 'to',
        },
      };
    }
  }
  if (!best && lead.length >= 2 && PARTICIPLE_LEAD.test(lead[0]!) && sentence[clauseStart - 1] === ',') {
    // `claims/modality/participle-clause`: ", pricing its shares at a 3% discount" goes on with the clause before
    // ("is set to raise $12bn"), so it shares that clause's plan or hedge.
    // The clause before reaches back past a parenthesis (`$12.9bn (£10bn) from …`).
    let from = 0;
    for (const b of bounds) if (b < clauseStart - 1 && sentence[b] !== '(' && sentence[b] !== ')') from = b + 1;
    let prev: StatusCue | null = null;
    for (const c of cues) if (c.start >= from && c.end < clauseStart && c.status !== 'asserted') prev = c;
    if (prev && (prev.status === 'planned' || prev.status === 'possible'))
      return { status: prev.status, cue: { ...prev, rule: 'claims/modality/participle-clause' } };
  }
  // `claims/modality/if-would`: "If confirmed, 100 people would be missing": the outcome of a condition is possible.
  if (best && /^would$/i.test(best.text) && CONDITION_OPEN.test(sentence))
    return { status: 'possible', cue: { ...best, rule: 'claims/modality/if-would' } };
  return best ? { status: best.status, cue: best } : { status: 'asserted', cue: null };
}
