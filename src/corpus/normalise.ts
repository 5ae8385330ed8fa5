/**
 * Normalised keys for grouping claims into figures (measure, action, actor,
 * target), scope qualifiers, and the words of readable labels.
 */
import { MEASURE_SYNONYMS } from '../vocabulary/measures.js';
import { actionOf } from '../vocabulary/actions.js';
import { countryAdjectives, demonymCountries } from '../stages/entities/gazetteer.js';
import { pluralNoun } from '../vocabulary/plural.js';

/** Qualifiers that make a different scope of the same measure (construction troops ≠ combat troops). */
const SCOPE_WORDS = new Set([
  'construction',
  'engineering',
  'engineer',
  'engineers',
  'combat',
  'support',
  'medical',
  'logistics',
  'civilian',
  'civilians',
  'reserve',
  'reservist',
  'naval',
  'air',
  'ground',
  'police',
  'workers',
  'worker',
  'children',
  'child',
  'women',
  'adult',
  'military',
  'foreign',
  'domestic',
  'part-time',
  'full-time',
  'seasonal',
  'permanent',
  'temporary',
  'federal',
  'state',
]);

export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us') || w === 'personnel' || w === 'people' || w === 'forces')
    return w === 'forces' ? 'force' : w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ch|sh|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}$-]+/gu) ?? [];

/**
 * figures/measure-synonyms: keys of one count that the shared vocabulary (which names payrolls and job growth as
 * jobs) leaves apart: the singulars it does not list, and nouns a figure joins but a claim keeps as written.
 */
const FIGURE_MEASURES: Record<string, string> = {
  position: 'jobs',
  job: 'jobs',
  'job gain': 'jobs',
  hire: 'jobs',
  // figures/customers-are-people: "data of 480,000 customers" and "730,000 people whose details were taken" count
  // one figure: the people a business serves, counted by what befell them.
  customer: 'people',
  client: 'people',
};

/** figures/evacuee-noun: nouns of people named by the act that befell them, and that act's key. */
const NOUN_ACTS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  evacuee: 'evacuate',
  escapee: 'escape',
  survivor: 'rescue',
});

/**
 * figures/evacuee-noun: "the number of evacuees rose to 5,300" and "5,300 people were evacuated" count one figure, as
 * "of the 79 survivors" and "79 people were rescued" do: a noun that names people by the act that befell them, counted
 * with no verb of its own, counts the people of that act.
 */
export function nounAct(key: string | null): string | null {
  return (key && NOUN_ACTS[key]) ?? null;
}

/** Nouns of people named by what befell them and that they lived through (figures/people-by-what-befell). */
const LIVING = new Set(['survivor', 'evacuee']);

/**
 * figures/people-by-what-befell: "12 survivors were pulled out" and "150 people were rescued" count the people
 * rescued; with a verb of the event's harm ("killed 241, leaving one survivor") a survivor is no count of it.
 */
export function livingPeople(key: string | null, action: string | null): boolean {
  return !!key && !!action && LIVING.has(key) && !EVENT_ACTIONS[action];
}

/** Nouns of posts, lost whenever a verb of loss counts them (figures/job-losses). */
const JOB_KEYS = new Set(['jobs', 'role', 'post']);
/** Nouns of a job loss itself, whatever verb counts them ("announced 300 redundancies"). */
const JOB_LOSS_KEYS = new Set(['redundancy', 'layoff']);
/** Nouns of people on a payroll: a loss of theirs is of jobs only when the words after the number say so. */
const STAFF_KEYS = new Set(['staff', 'workers', 'employees', 'people']);
/** Verbs (action keys) that take jobs away: "will cost 300 jobs", "85 roles will go", "shed 40 posts". */
const JOB_LOSS_VERBS = new Set([
  'lose',
  'cost',
  'cut',
  'axed',
  'shed',
  'go',
  'slash',
  'eliminate',
  'laid off',
  'lay off',
]);
/** Words after a count of people that make their loss one of jobs ("lost their jobs", "will be laid off"). */
const JOB_CUE = /\b(?:jobs?|laid off|lay(?:ing)? off|redundan\w*)\b/i;
/** Characters read after the count of people for a cue of jobs (a fixed look-around). */
const JOB_CUE_AFTER = 80;

/** "300 of its 1,100 workers": the number after "of its" counts the pool the loss is taken from. */
const POOL_BEFORE = /\bof\s+(?:its|the|their|his|her|our)\s+$/i;

/**
 * Whether the words right after a number ("… staff would lose their jobs") say that what it counts is jobs; the
 * pool of "300 of its 1,100 workers will lose their jobs" does not.
 */
export function jobsAfter(evidence: string, numberStart: number, numberEnd: number): boolean {
  if (POOL_BEFORE.test(evidence.slice(Math.max(0, numberStart - 12), numberStart))) return false;
  return JOB_CUE.test(evidence.slice(numberEnd, numberEnd + JOB_CUE_AFTER).split(/[;:]/)[0]!);
}

/**
 * figures/job-losses: "the closure will cost 300 jobs", "85 roles will go", "120 staff will be laid off" and "420
 * people have lost their jobs" count one figure, the jobs lost, whatever noun names the posts or those who held them.
 * `cue`: the words after the number name jobs (jobsAfter).
 */
export function jobLoss(key: string | null, action: string | null, cue: boolean | undefined): boolean {
  if (!key) return false;
  if (JOB_LOSS_KEYS.has(key)) return true;
  if (!action || !JOB_LOSS_VERBS.has(action)) return false;
  return JOB_KEYS.has(key) || (STAFF_KEYS.has(key) && !!cue);
}

/** Verbs whose noun of the act ("44 arrests") counts the people it befell (figures/act-noun-counts-people). */
const PEOPLE_ACTS = new Set(['arrest', 'rescue', 'evacuate', 'escape', 'take hostage']);

/** Verbs only people undergo (escaping, being held hostage, arrested): whatever noun counts them, they count people. */
const PERSON_ONLY_ACTS = new Set(['escape', 'at large', 'take hostage', 'arrest']);

/**
 * figures/person-only-act: "87 inmates escaped", "46 men on the run" and "the escapees" count one figure, as "9 guards
 * were taken hostage" and "12 of its members were taken hostage" do: a verb that only people undergo says who is
 * counted, so the noun that names them (a role, a group, a synonym) does not part the figure.
 */
export function personOnlyAct(action: string | null): boolean {
  return !!action && PERSON_ONLY_ACTS.has(action);
}

/**
 * figures/deployed-keep-noun: "1,150 firefighters were deployed" counts firefighters, as "420 firefighters on the
 * lines" and "a total of 1,640 firefighters" do: people sent to work are told apart by their trade (firefighters,
 * nurses, medics), not folded into the people of the verb. A scope word (women, children, workers) names who among
 * people, so with a verb of deployment it still counts people.
 */
export function sentToWork(key: string | null, action: string | null): boolean {
  return action === 'deploy' && !!key && !SCOPE_WORDS.has(key) && !SCOPE_WORDS.has(singular(key));
}

/**
 * figures/act-noun-counts-people: "police made 44 arrests" and "44 people were arrested" count one figure: a noun of
 * the act, counted with its own verb, counts the people the act befell.
 */
export function actNoun(measure: string | null | undefined, action: string | null): boolean {
  if (!measure || !action || !PEOPLE_ACTS.has(action)) return false;
  return actionKey(measure) === action;
}

/**
 * figures/passengers-and-crew-whole: "241 passengers and crew" counts everyone aboard, not the crew among them (the
 * synonym table reads the phrase by its last noun).
 */
const EVERYONE_ABOARD = /^(?:passengers? and crew(?: ?members?)?|crew(?: ?members?)? and passengers?)$/;

/** Words before a measure that say when or how officially it was read, not what it counts. */
const MOMENT_WORDS = new Set([
  'final',
  'total',
  'overall',
  'official',
  'preliminary',
  'provisional',
  'initial',
  'latest',
  'revised',
  'updated',
  'cumulative',
]);

/** The grouping key of a measure: its head noun, singular, through the synonym table. */
export function measureKey(measure: string | null | undefined): string | null {
  if (!measure) return null;
  const ws = words(measure);
  // figures/measure-moment-words: "final turnout", "the official toll", "provisional results" count what the bare
  // noun counts; the word tells the moment or the standing of a reading, which the relations read from its date.
  while (ws.length > 1 && MOMENT_WORDS.has(ws[0]!)) ws.shift();
  if (!ws.length) return null;
  if (EVERYONE_ABOARD.test(ws.join(' '))) return 'people';
  // "artillery shells" → shells; "special operation forces" → troops.
  const last = ws[ws.length - 1]!;
  const head = singular(last);
  // The whole phrase first (`artillery shells`, `special forces`), then its head as written, then singular.
  const known = MEASURE_SYNONYMS[ws.join(' ')] ?? MEASURE_SYNONYMS[last] ?? MEASURE_SYNONYMS[head];
  const key = known ?? (ws.length > 1 ? `${ws.slice(0, -1).join(' ')} ${head}` : head);
  return FIGURE_MEASURES[key] ?? key;
}

/** Scope prefix of a count about another event than the story's ("event-1953", "event-aftershock"). */
export const EVENT_SCOPE = 'event-';
/** Scope of a count about an aftershock or a foreshock (figures/other-event-apart). */
export const AFTERSHOCK_SCOPE = `${EVENT_SCOPE}aftershock`;
/** figures/other-event-apart: words that make a count another event's (an aftershock's magnitude is no quake's). */
const OTHER_EVENT = new Set(['aftershock', 'aftershocks', 'foreshock', 'foreshocks', 'tremors']);

/** Words read on each side of a number for another event's noun (a fixed look-around). */
const NEAR_WORDS = 3;

/**
 * figures/other-event-near: "a magnitude 5.8 aftershock", "an aftershock of magnitude 6.1": an aftershock's noun
 * within a few words of the number, in its clause, makes the count that other event's. The sentence and the
 * number's offsets in it.
 */
export function otherEventNear(sentence: string | null | undefined, start: number, end: number): string | null {
  if (!sentence || start < 0 || end > sentence.length) return null;
  const before = sentence
    .slice(Math.max(0, start - 40), start)
    .split(/[,;:()]/)
    .pop()!;
  const after = sentence.slice(end, end + 40).split(/[,;:()]/)[0]!;
  const near = [...words(before).slice(-NEAR_WORDS), ...words(after).slice(0, NEAR_WORDS)];
  if (near.some((w) => OTHER_EVENT.has(w))) return AFTERSHOCK_SCOPE;
  return pickedFromOthers(sentence, start) ? AFTERSHOCK_SCOPE : null;
}

/** A clause that opens by picking one out of a count before it ("the largest", "one", "including one of"). */
const PICKED_LEAD = /^\s*(?:(?:including|with)\s+)?(?:the\s+(?:largest|strongest|biggest|most\s+powerful)|one)\b/i;
/** Characters read back from the number for the clause that opens by picking one out (a fixed look-around). */
const PICKED_REACH = 60;

/**
 * figures/aftershock-picked-out: "recorded 28 aftershocks, the largest of magnitude 4.9", "more than 90 aftershocks,
 * one of magnitude 5.4": a clause that picks one out of the aftershocks its sentence counted before it reads that
 * aftershock's number, not the quake's.
 */
function pickedFromOthers(sentence: string, start: number): boolean {
  const from = Math.max(0, start - PICKED_REACH);
  const head = sentence.slice(0, from).toLowerCase();
  const window = sentence.slice(from, start);
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf('('));
  if (cut < 0 || !PICKED_LEAD.test(window.slice(cut + 1))) return false;
  const earlier = head + window.slice(0, cut).toLowerCase();
  return [...OTHER_EVENT].some((w) => earlier.includes(w));
}

/** The scope qualifier of a claim: a scope word in its measure or between its number and its measure. */
export function scopeOf(measure: string | null | undefined, text?: string | null): string | null {
  const found = new Set<string>();
  // In the quantity text only the words after the number qualify what is counted ("6,000 construction troops").
  const digit = text ? text.search(/\d/) : -1;
  const after = text && digit >= 0 ? text.slice(digit) : '';
  for (const w of [...words(measure ?? ''), ...words(after).slice(1, 5)]) {
    if (OTHER_EVENT.has(w)) return AFTERSHOCK_SCOPE;
    if (SCOPE_WORDS.has(w)) found.add(singular(w));
  }
  return found.size ? [...found].sort().join(' ') : null;
}

/** Characters read after a quantity for a copula and the scope word it states. */
const PREDICATE_REACH = 60;
/** A plural copula after the quantity (and the "of the dead" it is a share of), then the word of who is counted. */
const PREDICATE = /^(?:\s+of(?:\s+[\p{L}\p{N}'’-]+){1,4}?)?\s+(?:were|are)\s+(?:all\s+)?([\p{L}-]+)/u;

/**
 * figures/scope-predicate: "9,000 of June's new jobs were permanent posts", "11 of the dead were children": a scope
 * word the copula after the quantity states qualifies what is counted, as it does before the noun ("4,000 permanent
 * jobs"). The evidence sentence and the quantity's end in it.
 */
export function predicateScope(sentence: string | null | undefined, end: number): string | null {
  if (!sentence || end < 0 || end >= sentence.length) return null;
  const w = PREDICATE.exec(sentence.slice(end, end + PREDICATE_REACH))?.[1]?.toLowerCase();
  return w && SCOPE_WORDS.has(w) ? singular(w) : null;
}

/** Action words already keyed: a corpus repeats a few hundred verbs across its claims, each read several times. */
const ACTION_KEYS = new Map<string, string | null>();
/** Entries kept before the cache starts over (bounds it on a corpus of unusual verbs). */
const ACTION_KEYS_MAX = 50_000;

/** The grouping key of an action (`dispatch` → deploy), from the shared action vocabulary. */
export function actionKey(action: string | null | undefined): string | null {
  if (!action) return null;
  let key = ACTION_KEYS.get(action);
  if (key === undefined) {
    if (ACTION_KEYS.size >= ACTION_KEYS_MAX) ACTION_KEYS.clear();
    key = actionOf(action);
    ACTION_KEYS.set(action, key);
  }
  return key;
}

/** Demonyms and short names → country, lower case, from the gazetteer (`north korean` → north korea, `u.s.`). */
const DEMONYMS: Record<string, string> = demonymCountries();

/** Entity key of an actor or target: entity ids and names fold to one form ("North Korean" → north-korea). */
export function partyKey(party: string | null | undefined): string | null {
  if (!party) return null;
  let p = party
    .toLowerCase()
    .replace(/[-_]+/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!p) return null;
  p = DEMONYMS[p] ?? p;
  // Capitals are not in the demonym table (Washington is also a city and a state); Pyongyang means the state.
  if (p === 'pyongyang') p = 'north korea';
  return p.replace(/[^\p{L}\p{N}]+/gu, '-');
}

/** Country keys (`india`, `united-kingdom`): what a demonym or a citizen's actor names. */
const COUNTRIES = new Set(Object.values(DEMONYMS).map((c) => c.replace(/[^\p{L}\p{N}]+/gu, '-')));
/** Nouns of a country's people when a demonym or a country says which ("Brazilian citizens", "nationals"). */
const CITIZEN_NOUNS = new Set(['citizen', 'national', 'resident']);
/**
 * figures/nationality-dead-noun: nouns of the dead that a demonym before them makes one country's people
 * ("Chilean remains", "Chilean deceased", "Peruvian victims").
 */
const DEAD_NOUNS = new Set(['remain', 'deceased', 'dead', 'victim', 'body', 'casualty']);

/**
 * figures/nationality-group: "58 Brazilians", "61 Brazilian citizens", "12 Irish nationals": the people of one
 * country, whichever noun counts them. The country's key, or null when the measure names no nationality.
 */
export function nationality(
  measure: string | null | undefined,
  actor: string | null | undefined,
  text?: string | null,
): string | null {
  const ws = words(measure ?? '');
  if (!ws.length) return null;
  const head = singular(ws[ws.length - 1]!);
  const country = (w: string) => DEMONYMS[w] ?? DEMONYMS[singular(w)];
  // "Indians", "Britons", "the Portuguese": the demonym is the noun.
  if (ws.length === 1 && country(ws[0]!)) return partyKey(country(ws[0]!));
  if (DEAD_NOUNS.has(head) && ws.length === 2 && country(ws[0]!)) return partyKey(country(ws[0]!));
  if (!CITIZEN_NOUNS.has(head)) return null;
  // "Brazilian citizens": the demonym before the noun, in the measure or in the quantity's own words.
  const digit = text ? text.search(/\d/) : -1;
  const said = digit >= 0 ? words(text!.slice(digit)).slice(1, 4) : [];
  for (const w of [...ws.slice(0, -1), ...said]) if (country(w)) return partyKey(country(w));
  // "citizens" of a country the extraction took for the actor.
  const party = partyKey(actor);
  return party && COUNTRIES.has(party) ? party : null;
}

/** Country → its adjective (the first demonym the gazetteer lists), for labels. */
const ADJECTIVE: Record<string, string> = countryAdjectives();

/** Display name of an entity key: north-korea → North Korea. */
export function displayName(key: string, names?: Map<string, string>): string {
  const n = names?.get(key);
  if (n) return n;
  return key
    .split('-')
    .map((w) => (w.length <= 2 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

/**
 * How each action of the shared vocabulary reads after its measure in a label ("Homes destroyed"); '' reads as none.
 */
const PARTICIPLE: Record<string, string> = {
  deploy: 'sent',
  send: 'sent',
  cost: '',
  include: '',
  vote: 'cast',
  fine: '',
  plead: '',
  attend: 'attending',
  'lose power': 'without power',
  missing: 'missing',
  'pay respects': 'paying respects',
  'hand over': 'handed over',
};

/** Irregular past participles of verbs that count things in the news. */
const IRREGULAR_PARTICIPLE: Record<string, string> = {
  build: 'built',
  buy: 'bought',
  bring: 'brought',
  catch: 'caught',
  cut: 'cut',
  drive: 'driven',
  fall: 'fallen',
  feed: 'fed',
  fight: 'fought',
  find: 'found',
  flee: 'fled',
  freeze: 'frozen',
  give: 'given',
  hide: 'hidden',
  hit: 'hit',
  hold: 'held',
  keep: 'kept',
  lay: 'laid',
  leave: 'left',
  lend: 'lent',
  lose: 'lost',
  make: 'made',
  pay: 'paid',
  put: 'put',
  rise: 'risen',
  run: 'run',
  seek: 'sought',
  sell: 'sold',
  send: 'sent',
  set: 'set',
  shoot: 'shot',
  shut: 'shut',
  sink: 'sunk',
  sleep: 'slept',
  spend: 'spent',
  spread: 'spread',
  steal: 'stolen',
  strike: 'struck',
  take: 'taken',
  teach: 'taught',
  tell: 'told',
  win: 'won',
  write: 'written',
};

const PAST_FORMS = new Set(Object.values(IRREGULAR_PARTICIPLE));

/** The past participle of an action for a label: `destroy` → destroyed, `evacuate` → evacuated; past forms stay. */
export function participle(action: string): string {
  const known = PARTICIPLE[action];
  if (known !== undefined) return known;
  if (action.includes(' ')) return action;
  const irregular = IRREGULAR_PARTICIPLE[action];
  if (irregular) return irregular;
  if (/[^e]ed$/.test(action) || PAST_FORMS.has(action)) return action;
  if (action.endsWith('e')) return `${action}d`;
  if (/[^aeiou]y$/.test(action)) return `${action.slice(0, -1)}ied`;
  // One short syllable ending consonant-vowel-consonant doubles its last letter: ban → banned, stop → stopped.
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(action)) return `${action}${action.slice(-1)}ed`;
  if (action === 'cancel') return 'cancelled';
  return `${action}ed`;
}

/** The plural of a (singular) measure key for labels: brigade → brigades; plural keys stay. */
export function plural(measure: string): string {
  const words = measure.split(' ');
  const last = words[words.length - 1]!;
  return [...words.slice(0, -1), pluralNoun(last)].join(' ');
}

function titleWords(s: string): string {
  return s
    .split(' ')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** A readable label: "North Korean troops sent to Russia", "Containers supplied by North Korea to Russia". */
export function figureLabel(
  parts: { measure: string; action: string | null; actor: string | null; target: string | null },
  names?: Map<string, string>,
): string {
  const adj = parts.actor ? ADJECTIVE[parts.actor.replace(/-/g, ' ')] : undefined;
  const actorName = parts.actor ? displayName(parts.actor, names) : null;
  const verb = parts.action ? participle(parts.action) || null : null;
  const people = ['troops', 'people', 'civilians', 'casualties'].includes(parts.measure);
  // An entity's key after the measure's noun ("percent united-states") reads as its name after a comma; "percent"
  // stays.
  const words = parts.measure.split(' ');
  const entity = (w: string, i: number) => i > 0 && !!names?.has(w);
  const named = words.filter(entity).map((w) => displayName(w, names));
  const noun = words.filter((w, i) => !entity(w, i)).join(' ');
  let head = (/\bpercent$/.test(noun) ? noun : plural(noun)) + (named.length ? `, ${named.join(', ')}` : '');
  let by = '';
  if (actorName) {
    if (adj && people) head = `${titleWords(adj)} ${head}`;
    else by = ` by ${actorName}`;
  }
  const to = parts.target
    ? ` ${parts.action === 'kill' || parts.action === 'wound' ? 'in' : 'to'} ${displayName(parts.target, names)}`
    : '';
  const label = `${head}${verb ? ` ${verb}` : ''}${by}${to}`;
  return label[0]!.toUpperCase() + label.slice(1);
}

/** Measures that name the dead (or hurt) as a whole: no subgroup. */
const WHOLE = new Set([
  'people',
  'deaths',
  'casualties',
  'victims',
  'victim',
  'bodies',
  'body',
  'individuals',
  'lives',
  'toll',
  'has',
  'have',
  'were',
  'was',
  'others',
  'other',
]);
/** A measure that counts the people of an event as a whole ("people", "victims"), not a group among them. */
export function wholeMeasure(key: string | null | undefined): boolean {
  return !!key && WHOLE.has(key);
}
/** People counted as a group among the dead or hurt: a part of the whole toll. */
const GROUPS = new Set([
  'passengers',
  'passenger',
  'crew',
  'crew members',
  'pilots',
  'pilot',
  'students',
  'student',
  'doctors',
  'doctor',
  'children',
  'child',
  'women',
  'woman',
  'men',
  'man',
  'firefighters',
  'firefighter',
  'workers',
  'worker',
  'construction workers',
  'residents',
  'civilians',
  'civilian',
  'tourists',
  'patients',
  'staff',
  'employees',
  'non-passengers',
  'citizens',
  'nationals',
  'foreigners',
  'indians',
  'migrants',
  'miners',
  'climbers',
  'campers',
  'officers',
  'nurses',
  'teachers',
  'pupils',
  'fans',
  // figures/inmates-are-a-group: those held in a jail and a village's people are groups among the dead.
  'inmates',
  'prisoners',
  'villagers',
]);
/** The singular heads of the groups ("miner", "crew member" → member). */
const GROUP_HEADS = new Set([...GROUPS].map((g) => singular(g.split(' ').pop()!)));
/** Every word of a group among the dead or of a scope qualifier, singular: what a group scope is made of. */
const GROUP_WORDS = new Set([...GROUPS, ...SCOPE_WORDS].flatMap((g) => g.split(' ').map(singular)));

/** A scope that names only who is counted ("worker", "child woman"), no place and no other event. */
export function groupScope(scope: string | null | undefined): boolean {
  return !!scope && scope.split(' ').every((w) => GROUP_WORDS.has(w));
}

/** A noun of a group among the dead or hurt (`miner`, `non-passengers`). */
const groupWord = (w: string) => GROUPS.has(w) || GROUP_HEADS.has(singular(w));

/** Measures that can only count the dead (figures/remains-are-dead: "the remains of six divers" too). */
const BODY = new Set(['body', 'bodies', 'remain', 'remains']);
/** A word of {@link BODY} in a text. */
const BODY_WORD = new RegExp(`\\b(?:${[...BODY].join('|')})\\b`, 'i');
/**
 * figures/carried-body-noun: "nine bodies were recovered, while 53 others were missing": a body noun carried to a
 * count whose own words name none ("others") counts people, and its verb says what befell them.
 */
export function carriedBody(key: string | null, text: string | null | undefined): boolean {
  return !!key && !!text && BODY.has(key) && !BODY_WORD.test(text);
}

/** Measures that name the event count themselves ("the death toll", "the injured"): concept and action. */
const MEASURE_EVENTS: Record<string, [string, string]> = {
  deaths: ['deaths', 'kill'],
  fatalities: ['deaths', 'kill'],
  victim: ['deaths', 'kill'],
  victims: ['deaths', 'kill'],
  body: ['deaths', 'kill'],
  remain: ['deaths', 'kill'],
  remains: ['deaths', 'kill'],
  dead: ['deaths', 'kill'],
  injured: ['injured', 'wound'],
  injury: ['injured', 'wound'],
  injuries: ['injured', 'wound'],
  wounded: ['injured', 'wound'],
  missing: ['missing', 'missing'],
  // figures/hospital-stays: "14 measles admissions" and "nine people were hospitalized" count one figure.
  admission: ['hospitalized', 'hospitalize'],
  admissions: ['hospitalized', 'hospitalize'],
  hospitalization: ['hospitalized', 'hospitalize'],
  hospitalizations: ['hospitalized', 'hospitalize'],
  hospitalisation: ['hospitalized', 'hospitalize'],
  hospitalisations: ['hospitalized', 'hospitalize'],
};
const EVENT_ACTIONS: Record<string, string> = {
  kill: 'deaths',
  wound: 'injured',
  hospitalize: 'hospitalized',
  missing: 'missing',
  trapped: 'trapped',
  outage: 'without power',
  attend: 'attendance',
};
/** The measures event figures are named by (EVENT_ACTIONS' values), listed once. */
const EVENT_MEASURES: ReadonlySet<string> = new Set(Object.values(EVENT_ACTIONS));
/** The measure of an event figure ("deaths", "missing", "attendance"), named by what it counts. */
export function eventMeasure(measure: string): boolean {
  return EVENT_MEASURES.has(measure);
}
/** People counted in a crowd, whatever the outlet calls them: one attendance figure. */
const CROWD = new Set([
  'people',
  'mourner',
  'pilgrim',
  'visitor',
  'attendee',
  'spectator',
  'worshipper',
  'faithful',
  'crowd',
  'fan',
  'participant',
  'protester',
  'demonstrator',
]);

/**
 * figures/crowd-of-any-people: "90,000 teachers and supporters marched" counts the crowd as much as "90,000
 * people" does: a crowd of any people (its first noun a crowd's, a group's or people), not of buses or flags.
 */
function crowdNoun(m: string): boolean {
  const first = m.split(' and ')[0]!.split(' ').pop()!;
  return CROWD.has(m) || CROWD.has(singular(first)) || groupWord(first) || WHOLE.has(first);
}

/**
 * The figure an event count belongs to: people killed (or hurt) in one story are one figure, whatever noun
 * counts them ("people", "victims", "deaths"), and a group among them ("passengers", "students") is a
 * scope inside it. Military counts (troops) and things (homes, states) keep their own measure.
 */
export function eventConcept(
  measure: string | null,
  action: string | null,
): { measure: string; action: string; group: string | null } | null {
  const byAction = action ? EVENT_ACTIONS[action] : undefined;
  const m = measure ?? '';
  const named = MEASURE_EVENTS[m];
  // figures/dead-noun-group: "six miner bodies", "40 child victims": the dead, counted as a group among them.
  const ws = m.split(' ');
  const deadNoun = ws.length === 2 ? MEASURE_EVENTS[ws[1]!] : undefined;
  if (deadNoun && deadNoun[1] === 'kill' && (!byAction || byAction === 'deaths') && groupWord(ws[0]!)) {
    return { measure: deadNoun[0], action: deadNoun[1], group: singular(ws[0]!) };
  }
  const concept = byAction ?? named?.[0] ?? null;
  if (!concept) return null;
  // figures/bodies-are-dead: "two bodies were pulled from the mine and four miners are missing" — bodies count the
  // dead, whatever event word stands nearer the number.
  if (named && (!byAction || BODY.has(m))) return { measure: named[0], action: named[1], group: null };
  const verb = action && EVENT_ACTIONS[action] ? action : 'kill';
  // figures/crowd-without-noun: "estimated the crowd at 40,000" counts the crowd though it names no noun.
  if (verb === 'attend') return !m || crowdNoun(m) ? { measure: concept, action: verb, group: null } : null;
  // Whoever is counted without power (people, customers, homes), it is one figure.
  if (!m || WHOLE.has(m) || verb === 'outage') return { measure: concept, action: verb, group: null };
  const head = m.split(' ').pop()!;
  // Measure keys are singular ("miner"): the group table is read through the singular too.
  if (GROUPS.has(m) || GROUP_HEADS.has(head)) return { measure: concept, action: verb, group: singular(head) };
  return null;
}
