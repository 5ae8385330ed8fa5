/** Words of reported speech: cues, the words a subject phrase may hold, and where it stops. */

const list = (s: string) => new Set(s.trim().split(/\s+/));

/** Finite speech/assessment verbs whose subject is the source. */
export const CUE_VERBS = list(`
said says say told tells tell added adds noted notes stated states declared announced announces warned warns warn
confirm predict indicate
estimated estimates estimate believes believe believed confirmed confirms claimed claims cited cites reported reports
explained explains insisted insists argued argues acknowledged acknowledges admitted admits testified wrote writes
asked asks suggested suggests indicated indicates revealed reveals disclosed discloses predicted predicts assessed
assesses concluded concludes maintains maintained contends contended alleges alleged alleged stressed stresses
emphasized emphasised emphasizes emphasises recalled recalls replied replies responded responds countered conceded
concedes observed observes remarked remarks informed informs briefed briefs assured assures announced cautioned
cautions chanted shouted yelled found finds showed shows show pointed approximated approximates projected projects asserted asserts vowed vows pledged pledges promised promises tweeted tweets posted thinks thought expect expects expected forecast forecasts calculated calculates
`);

/** Participles that continue a sentence's speaker: "..., saying that", "emphasizing". */
export const PARTICIPLES = list(`
saying adding noting warning stressing emphasizing emphasising insisting arguing explaining claiming suggesting
telling declaring stating asserting acknowledging admitting estimating predicting indicating urging calling describing
referring vowing pledging promising asserting tweeting
`);

/**
 * Verbs that report speech only before "that", a quote or a colon, or after the content ("declared an emergency" is not
 * a report).
 */
export const STRICT_VERBS = list(
  'declared declares expect expected expects projected projects posted thought thinks asked asks showed shows show',
);

/**
 * Cue forms that are also plural nouns ("construction projects", "news reports"): a report only before "that" or after
 * a named source.
 */
export const NOUNISH = list('reports estimates claims notes states remarks forecasts calls warns shows finds');

/** Verbs that need an object before the content: "told reporters", "informed lawmakers". */
export const OBJECT_VERBS = list(
  'told tells tell informed informs briefed briefs assured assures asked asks warned warns',
);

/** Words that end a subject phrase when scanning backwards. */
export const NP_STOP = list(`
that which who whom whose where when while after before because since although though if unless as than
and but or nor so yet then in on at to for from with without by into onto upon over under about against between
among through during including is are was were be been being has have had do does did will would can could should
may might must also it its this these those not no yes there here
outside inside near amid following despite toward towards across behind beyond via
`);

/** Adverbs and auxiliaries allowed between a subject and its cue: "has earlier said", "recently said". */
export const BETWEEN = list(`
has have had also now earlier recently later previously further again reportedly repeatedly once publicly privately
officially separately then would will could may might had already just last first initially subsequently
ultimately eventually finally quickly immediately formally openly jointly apparently still always consistently
`);

/** Time words that may follow or precede a cue: "said Friday", "said on Thursday (Jun 26)". */
export const TIME_WORDS = list(`
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later week month year
morning afternoon evening night last this next on in
`);

/** Head nouns of unnamed sources ("officials said", "a source said", "the documents say"). */
export const GENERIC_HEADS = list(`
authority official officials source sources lawmaker lawmakers legislator legislators spokesman spokeswoman spokesperson
spokespeople office media ministry agency service analysts analyst experts expert police authorities prosecutors
prosecutor documents document records papers filings filing indictment affidavit report reports statement study survey poll researchers scientists witnesses
manifest manifests logbook register
witness residents investigators government military army navy coastguard director chief secretary minister leader president
services doctor doctors nurse nurses medic medics rescuer rescuers resident residents officer officers diplomat mayor governor clerk diplomats observers critics aides aide adviser advisers advisors people person monitor
monitors group groups organization committee council court judge justices team teams campaign administration
organisers organizers activists economists forecasters meteorologists insurers firefighters union unions
survivors passengers relatives families parents villagers fishermen eyewitnesses bystanders neighbours neighbors
television broadcaster broadcasters newspaper newspapers radio
administrators receivers liquidators regulators auditors creditors investors shareholders executives employers
`);

/**
 * Lay people heard or seen without a name ("one farmer said", "a crowd of strikers chanted"), singular and plural:
 * the people besides the generic source heads, who speak for no office.
 */
export const LAY_PEOPLE = list(`
commenter commenters farmer farmers protester protesters worker workers survivor survivors voter voters shopper
shoppers driver drivers student students teacher teachers parent parents neighbor neighbors neighbour neighbours
passenger passengers user users fan fans customer customers patient patients volunteer volunteers villager villagers
demonstrator demonstrators supporter supporters resident residents marcher marchers activist activists striker
strikers mourner mourners onlooker onlookers
`);

/**
 * Nouns that hold figures but cannot speak: "the latest tally showed", "data showed", "the report's chart shows";
 * attributions/non-speaker: a deal, a settlement, a video or a website says nothing of its own either.
 */
export const NON_SPEAKERS = list(`
update updates tally tallies count counts breakdown breakdowns chart charts data figure figures numbers statistics table map
graph graphic
total toll list dashboard deal deals agreement agreements accord settlement video videos footage tweet tweets website
webpage`);

/** Person pronouns that take the last person as their referent. */
export const PRONOUNS = list('he she');

/** Words for one who speaks for a body ("a spokesman for the port authority"). */
export const SPOKESPERSON = list('spokesman spokeswoman spokesperson');

/** Nouns of documents that speak for themselves: "court records show", "the indictment says". */
export const DOCUMENT_NOUNS = list(`
  documents document records papers filings filing indictment complaint affidavit transcripts emails receipts
  invoices reports report statements manifest manifests logbook register`);
/** Documents a source puts out under its name: "issued a statement reporting", "the ministry's evening report". */
export const ISSUED_DOCUMENTS = list(
  'statement report update release notice bulletin note estimate assessment briefing',
);
/** attributions/document-owner: documents that speak for the body named before them ("a ministry statement"). */
export const OWNED_DOCUMENTS = list(
  'statement statements report reports release update bulletin notice survey study analysis memo letter filing note',
);
/** Participles between a document and its cue: "documents released on Friday showed". */
export const DOCUMENT_PARTICIPLES = list(
  'released filed unsealed obtained disclosed submitted published made reviewed seen',
);

/** Head nouns that describe an organisation, never a person. */
export const ORG_HEADS = new Set(
  `firm company agency carrier airline insurer reinsurer lender bank group utility modeller modeler ministry
  department service operator provider manufacturer automaker carmaker retailer organisation organization charity
  broker consultancy developer producer exchange regulator insurance marketplace tracker platform network railway`
    .trim()
    .split(/\s+/),
);
