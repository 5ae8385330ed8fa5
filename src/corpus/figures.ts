/**
 * Figures: claims about the same thing (same actor, action and measure, and
 * target) grouped across articles and wordings, each with a readable label
 * and its reconciliation.
 *
 * Keys are normalised (soldiers/troops/personnel → troops; sent/dispatched →
 * deploy; "North Korean" → north-korea). Within one measure and action,
 * claims cluster by actor; extraction often confuses the roles, so:
 * - a claim whose only party is a country that another cluster sends things
 *   to (actor Russia, no target, beside "North Korea → Russia") joins that
 *   cluster rather than making "Russian troops sent";
 * - a claim with no actor joins the cluster whose main target it names, or
 *   the largest cluster;
 * - a claim whose verb is unknown (not deploy/supply/kill/wound/capture/
 *   evacuate) joins the largest known action of its measure whose parties it
 *   shares; one with no verb only when its measure has one known action.
 * Scope (construction vs combat troops) stays inside the figure as a typed
 * disagreement; killed vs wounded are different actions and so figures.
 */
import type { DuplicateLink, FigureRecord, RelationRecord } from '../records.js';
import {
  actionKey,
  displayName,
  eventConcept,
  eventMeasure,
  figureLabel,
  groupScope,
  livingPeople,
  measureKey,
  nationality,
  partyKey,
  personOnlyAct,
} from './normalise.js';
import { provenanceIndex, type ProvenanceIndex } from './provenance.js';
import { reconcile, statusClass } from './reconcile.js';
import {
  figureRelations,
  partRelations,
  placePart,
  placeScope,
  subdivisionScope,
  widerPlaceScope,
  type RelationClaim,
} from './relations.js';
import { actNoun, AFTERSHOCK_SCOPE, EVENT_SCOPE, jobLoss, nounAct, scopeOf, sentToWork } from './normalise.js';
import { joinFigures, VERBLESS, type Loose } from './figure-joins.js';
import { isCurrencyCode } from '../stages/quantities/lexicon.js';
import type { ClaimInput, DocMeta, Reconciliation } from './types.js';

const KNOWN_ACTIONS = new Set(['deploy', 'supply', 'kill', 'wound', 'capture', 'evacuate']);
/**
 * figures/change-verb-joins: verbs that say a reported number changed ("was revised to", "rose to", "now stands
 * at") say nothing of what is counted, so such a count joins the one verb of its measure as a verbless one does.
 */
const CHANGE_VERB = new RegExp(
  '^(?:revis|updat|adjust|correct|lower|ris|rose|climb|reach|jump|increas|decreas|grew|grow|fell|fall|drop|declin|' +
    'stand|stood|total|surg|swell|swoll|mount|soar)',
);
const verbless = (action: string) => VERBLESS.has(action) || CHANGE_VERB.test(action);
/** Verbs that only tally a count ("counted 5,300 evacuees", "evacuees number 5,300"), saying nothing of what befell. */
const TALLY_VERB = /^(?:count|regist|record|top|number|list|report|tall|shelter|hous|stay)/;
const tallyVerb = (action: string) => verbless(action) || TALLY_VERB.test(action);

interface Item {
  claim: ClaimInput;
  measure: string;
  action: string | null;
  actor: string | null;
  target: string | null;
}

interface Cluster {
  actor: string | null;
  /** Its actor holds the counts (claims/holder/*): a count of its own, never folded into a cluster that targets it. */
  held?: boolean;
  items: Item[];
  targets: Map<string, number>;
}

export interface FigureOptions {
  /** Canonical source per claim (from cross-article entity merging). */
  claimSource?: Record<string, string | null>;
  /** Entity key → display name, for labels. */
  names?: Map<string, string>;
  /** A prebuilt provenance index (else built from docs and dupes). */
  provenance?: ProvenanceIndex;
  /** Story of each document (src/corpus/stories.ts): a figure never spans two stories. */
  storyOf?: Map<string, string>;
}

/** The stem of a figure id: its label as a lower-case slug. */
export function figureSlug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'figure'
  );
}

/** Hex digits of a figure id's hash: 48 bits, so two figures of one label share one rarely (see figureId). */
const ID_HASH_HEX = 12;

/** A 53-bit string hash (cyrb53): plain JS, the same in every runtime. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A figure's id before collisions are told apart: its label's slug and a hash of its story's first article (in
 * store order) with the rest of its key. It depends on nothing outside its story, so adding articles renames
 * no figure of a story they leave alone, and a story relabeled with the same articles keeps its figures' ids.
 */
function figureId(label: string, anchor: string, key: string): string {
  const hex = hash53(`${anchor}\u0000${key}`).toString(16).padStart(14, '0');
  return `${figureSlug(label)}-${hex.slice(0, ID_HASH_HEX)}`;
}

/** A figure id the full run told apart from another with a `-n` suffix (figureId's hash, then the suffix). */
export const SUFFIXED = /-[0-9a-f]{12}-\d+$/;

/** The first article of each story in document order: the anchor its figures' ids hash (figureId). */
function storyAnchors(docs: Iterable<{ id: string }>, storyOf: Map<string, string> | undefined) {
  const anchors = new Map<string, string>([['', '']]);
  if (!storyOf) return anchors;
  for (const d of docs) {
    const s = storyOf.get(d.id);
    if (s !== undefined && !anchors.has(s)) anchors.set(s, d.id);
  }
  return anchors;
}

function top(counts: Map<string, number>, exclude?: string | null): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts)
    if (k !== exclude && (c > n || (c === n && best !== null && k < best))) [best, n] = [k, c];
  return best;
}

function bump(counts: Map<string, number>, key: string | null, by = 1): void {
  if (key) counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Cluster the claims of one measure and action by actor (see the module comment). */
function clusters(items: Item[]): Cluster[] {
  const byActor = new Map<string, Cluster>();
  const loose: Item[] = [];
  for (const it of items) {
    if (!it.actor) {
      loose.push(it);
      continue;
    }
    const c =
      byActor.get(it.actor) ?? byActor.set(it.actor, { actor: it.actor, items: [], targets: new Map() }).get(it.actor)!;
    c.items.push(it);
    if (it.claim.holder) c.held = true;
    bump(c.targets, it.target);
  }
  // Role confusion: an actor cluster with no targets of its own, whose actor another cluster targets, joins it.
  const list = [...byActor.values()].sort((a, b) => a.items.length - b.items.length);
  for (const c of list) {
    if (c.targets.size || c.held) continue;
    let into: Cluster | null = null;
    for (const o of byActor.values())
      if (o !== c && o.targets.has(c.actor!) && (!into || o.items.length > into.items.length)) into = o;
    if (into) {
      into.items.push(...c.items);
      byActor.delete(c.actor!);
    }
  }
  const result = [...byActor.values()];
  if (!result.length) return loose.length ? [{ actor: null, items: loose, targets: new Map() }] : [];
  const largest = result.reduce((a, b) => (b.items.length > a.items.length ? b : a));
  const byTarget = new Map<string, Cluster>();
  for (const c of [...result].sort((a, b) => a.items.length - b.items.length)) {
    const t = top(c.targets, c.actor);
    if (t) byTarget.set(t, c);
  }
  for (const it of loose) {
    const into = (it.target && (byTarget.get(it.target) ?? byActor.get(it.target) ?? null)) || largest;
    into.items.push(it);
    bump(into.targets, it.target);
  }
  return result;
}

/** A day the text dates a claim to: a point (`2024-03-04`) or the end of a span (`/2024-03-04`, "till March 4"). */
const WHEN_DAY = /^\/?(\d{4}-\d{2}-\d{2})$/;

/**
 * relations/as-of-when: "on Monday the toll was 40" in Wednesday's article is as of Monday: a claim the text
 * dates before its article's day is as of that day, an earlier point of the figure's timeline.
 */
function claimDay(c: ClaimInput, doc: DocMeta | undefined): string | null {
  const day = doc?.asOf ?? doc?.published ?? null;
  const when = WHEN_DAY.exec(c.when ?? '')?.[1];
  return when && (!day || day.length < 10 || when < day.slice(0, 10)) ? when : day;
}

/** What the relation rules read of a claim, its article and its primary source. */
function relationClaim(c: ClaimInput, doc: DocMeta | undefined, source: string, measure: string): RelationClaim {
  return {
    id: c.id,
    document: c.document,
    value: c.value,
    low: c.low,
    high: c.high,
    approximate: c.approximate,
    vague: c.vague,
    incremental: c.incremental,
    scope: c.scope !== undefined ? c.scope : scopeOf(c.measure, c.text),
    status: statusClass(c.status),
    source,
    day: claimDay(c, doc),
    weekday: doc?.asOf || c.when ? null : (doc?.cues?.weekday ?? null),
    earlier: !!c.earlier,
    order: doc?.order ?? 0,
    partCue: !!c.partCue,
    disputes: !!c.disputes,
    rejected: !!c.rejected,
    totalCue: c.totalCue,
    sentence: c.sentence,
    unit: c.unit ?? null,
    converts: !!c.converts,
    about: c.when ?? null,
    measure,
  };
}

/** Measures that only name a currency: they say nothing of what the money is, so the verb still parts figures. */
const CURRENCY_WORDS = new Set(['dollars', 'euros', 'pounds', 'yen', 'rupees', 'yuan', 'francs', 'money']);

/**
 * Nouns of money lost (head of the measure): losses, damage and costs of one story are one figure and its parts;
 * figures/claims-are-losses: so are the (insurance) claims its losses are paid through.
 */
const LOSS_HEAD = /^(?:loss|damage|cost|impact|claim|liabilit)/;
/** Verbs that make a bare sum of money a loss. */
const LOSS_ACTIONS = new Set(['lose', 'cost']);

/** figures/money-loss: money lost, whatever noun or verb states it ("insured losses", "will cost $2 billion"). */
function moneyLoss(key: string | null, action: string | null): boolean {
  if (!key) return false;
  const head = key.split(' ').pop()!;
  // The singular of "losses" keys as "losse": the stem is read, not the word.
  return LOSS_HEAD.test(head) || (CURRENCY_WORDS.has(key) && LOSS_ACTIONS.has(action ?? ''));
}

/** The measure of a loss figure: insured and economic losses are two figures (figures/insured-not-economic). */
const lossFigure = (kind: 'insured' | 'economic' | undefined) => (kind ? `${kind} losses` : 'losses');

/**
 * figures/insured-not-economic: the kind of loss each sum of money is. A sum whose own words name none ("the best
 * estimate is $11 billion") takes the kind its article named last before it, else the first after it.
 */
function lossKinds(claims: ClaimInput[]): (c: ClaimInput) => 'insured' | 'economic' | undefined {
  const named = new Map<string, Array<[number, 'insured' | 'economic']>>();
  for (const c of claims) {
    if (!c.money || !c.lossKind) continue;
    const list = named.get(c.document) ?? named.set(c.document, []).get(c.document)!;
    list.push([c.sentence ?? 0, c.lossKind]);
  }
  for (const list of named.values()) list.sort((a, b) => a[0] - b[0]);
  return (c) => {
    if (c.lossKind) return c.lossKind;
    const list = named.get(c.document);
    if (!list) return undefined;
    const at = c.sentence ?? 0;
    let kind = list[0]![1];
    for (const [s, k] of list) {
      if (s > at) break;
      kind = k;
    }
    return kind;
  };
}

/**
 * figures/past-year-when: a count the text dates to a year two or more before its article's ("195,000 came to the
 * funeral in 2019") is about another event: its scope is that event, whatever its sentence says of places.
 * figures/since-past-year: so is one dated from such a year on ("the worst since 2009, when 40 died"): that
 * year's event, or a count over the years since, and neither is this event's.
 */
function pastYear(c: ClaimInput, doc: DocMeta | undefined): string | null {
  const year = /^(\d{4})\/?$/.exec(c.when ?? '')?.[1];
  if (!year || c.scope?.startsWith(EVENT_SCOPE)) return null;
  const now = Number((doc?.asOf ?? doc?.published ?? c.said ?? '').slice(0, 4));
  return now && Number(year) < now - 1 ? `${EVENT_SCOPE}${year}` : null;
}

/** A count dated from a year on, open to now (`2012/`). */
const sinceYear = (c: ClaimInput) => /^\d{4}\/$/.test(c.when ?? '');

/** Scope of a count projected past its article's day (figures/projection-apart). */
const PROJECTED_SCOPE = `${EVENT_SCOPE}projected`;

/**
 * figures/projection-apart: "cases could reach 2,000 by April", in a March article: a count hedged as possible and
 * dated after its article's day is a projection, a figure of its own and no part nor reading of the count so far.
 */
function projection(c: ClaimInput, doc: DocMeta | undefined): string | null {
  if (statusClass(c.status) !== 'possible' || !c.when || c.scope) return null;
  const day = (doc?.asOf ?? doc?.published ?? c.said ?? '').slice(0, 10);
  // The end of a span ("by April" is `/2025-04`), else the point; a month or a year is after the day when it
  // starts after it.
  const when = c.when.includes('/') ? c.when.split('/')[1]! : c.when;
  return day.length === 10 && when && when.slice(0, day.length) > day.slice(0, when.length) ? PROJECTED_SCOPE : null;
}

/** A reading in a unit of measure (magnitude, acres, percent), not a count of things nor a sum of money. */
const unitMeasure = (c: ClaimInput) => !c.money && !!c.unit && !isCurrencyCode(c.unit);

/** The key a share with no noun of its own gets from its unit alone. */
const BARE_UNIT = 'percent';

/**
 * figures/bare-percent-apart: a bare share's key, told apart by its actor, else by the actor of the count before it
 * in its sentence ("Hale had 41,200 votes, or 51.4 percent": Hale's share).
 */
function bareShareKey(c: ClaimInput, before: Map<string, ClaimInput[]>): string {
  let who = partyKey(c.actor);
  if (!who && c.sentence !== undefined && c.at !== undefined) {
    let near: ClaimInput | null = null;
    for (const o of before.get(`${c.document}|${c.sentence}`) ?? []) {
      if (o.at !== undefined && o.at < c.at && (!near || o.at > near.at!)) near = o;
    }
    who = near ? partyKey(near.actor) : null;
  }
  return who ? `${BARE_UNIT} ${who}` : BARE_UNIT;
}

/** figures/damaged-not-destroyed: the shared vocabulary reads "damaged" as destroyed; a figure keeps them apart. */
function figureAction(action: string | null): string | null {
  const key = actionKey(action);
  return key === 'destroy' && /^damag/i.test(action ?? '') ? 'damage' : key;
}

/** A group of people (workers, students) counted with a verb of its own that is no event's (rescue, arrest). */
function peopleAction(key: string | null, action: string | null): boolean {
  const verb = actionKey(action);
  if (!key || !verb || verbless(verb)) return false;
  if (sentToWork(key, verb)) return false;
  return !!eventConcept(key, 'kill')?.group || livingPeople(key, verb) || personOnlyAct(verb);
}

/**
 * figures/evacuation-no-actor: "the eruption forced 8,000 villagers to flee", "the government evacuated 8,340 people":
 * what or who drove people out (a volcano, a flood, a country's authorities) does not part the count of those who
 * left; a nationality still does ("Ostland evacuated 300 of its citizens").
 */
const forcedOut = (action: string | null) => action === 'evacuate';

/** How far (characters between sentence starts) a verbless count reads back for the verb of its measure. */
const FOLLOW_REACH = 300;

/** Claims of a part and of its whole read for part relations. */
const PART_SAMPLE = 200;
/** Counts of wider places kept per article, story and measure (bounds the subdivision pairs). */
const WIDER_SAMPLE = 8;

/** Numbers below this are too common to tell that two wordings count one thing. */
const DISTINCT_NUMBER = 100;

/** Two or more significant digits: 241, 8,500,000, 1,386 (not 1,000 or 300). */
function precise(n: number): boolean {
  const digits = String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length >= 2;
}

/** What a figure's money is: a loss, a bare sum (a currency word), or a sum that names what else it is. */
const moneyKind = (measure: string) =>
  /^(?:(?:insured|economic) )?losses$/.test(measure) ? 'loss' : CURRENCY_WORDS.has(measure) ? 'bare' : 'named';

/**
 * figures/shared-number-kind: "cost airlines $860 million against revenue of $1.9 billion" beside "$1.9 billion
 * in losses for hospitals": a loss and a sum that names what else it is (revenue, aid) share a number by chance.
 */
function sameMoneyKind(a: string, b: string): boolean {
  const [x, y] = [moneyKind(a), moneyKind(b)];
  return x === y || x === 'bare' || y === 'bare';
}

/**
 * Figures of one story that state the same number of the same kind (money, or one measure) are one
 * figure told two ways ("$380 million in lost sales", "$380 million in lost revenue"): merged, the
 * larger keeping its key. Event figures (people killed, by scope) are left as they are.
 */
function mergeBySharedNumbers(
  merged: Array<{ key: { story: string; measure: string; scope: string | null }; claims: ClaimInput[] }>,
): void {
  const parent = merged.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const seen = new Map<string, number>();
  merged.forEach((m, i) => {
    if (m.key.scope !== null) return;
    for (const c of m.claims) {
      for (const n of [c.value, c.low, c.high]) {
        if (n === null || Math.abs(n) < DISTINCT_NUMBER) continue;
        // A precise number (8.5 million, 241) names one thing whatever noun counts it; a round one only within its
        // measure.
        const k = `${m.key.story}|${c.money ? 'money' : precise(n) ? 'count' : m.key.measure}|${n}`;
        const j = seen.get(k);
        if (j === undefined) seen.set(k, i);
        else if (!c.money || sameMoneyKind(m.key.measure, merged[j]!.key.measure)) {
          const [a, b] = [find(i), find(j)];
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
  });
  const into = new Map<number, number>();
  for (let i = 0; i < merged.length; i++) {
    const r = find(i);
    if (r === i) continue;
    const target = into.get(r) ?? r;
    // The larger figure keeps its key.
    if (merged[i]!.claims.length > merged[target]!.claims.length) {
      merged[i]!.claims.push(...merged[target]!.claims);
      merged[target]!.claims = [];
      into.set(r, i);
    } else {
      merged[target]!.claims.push(...merged[i]!.claims);
      merged[i]!.claims = [];
    }
  }
  let kept = 0;
  for (const f of merged) if (f.claims.length) merged[kept++] = f;
  merged.length = kept;
}

/**
 * Put each figure's claims back in the order they came in: the joins and merges above append one figure's claims to
 * another's, and which is appended to which follows figure sizes, which an incremental run can see differently.
 */
function inputOrder(merged: Array<{ claims: ClaimInput[] }>, claims: readonly ClaimInput[]): void {
  let index: Map<ClaimInput, number> | null = null;
  for (const f of merged) {
    const cs = f.claims;
    if (cs.length < 2) continue;
    index ??= new Map(claims.map((c, i) => [c, i]));
    const at = index;
    let sorted = true;
    for (let i = 1; i < cs.length && sorted; i++) sorted = at.get(cs[i - 1]!)! < at.get(cs[i]!)!;
    if (!sorted) cs.sort((a, b) => at.get(a)! - at.get(b)!);
  }
}

/**
 * The relations between one figure's claims and its reconciliation: what the corpus stages compute per figure, and
 * what a figure whose claims analysts corrected is recomputed with (src/review). `measure` is the figure's key.
 */
export function reconcileFigure(
  claims: ClaimInput[],
  docs: Map<string, DocMeta>,
  prov: ProvenanceIndex,
  measure: string,
): { relations: RelationRecord[]; reconciliation: Reconciliation } {
  const relationOf = (c: ClaimInput) => relationClaim(c, docs.get(c.document), prov.get(c, false).primary, measure);
  const relations = figureRelations(claims.map(relationOf));
  const conflicts = relations.filter((r) => r.type === 'conflict');
  return { relations, reconciliation: reconcile(claims, docs, (c) => prov.get(c, false), conflicts) };
}

/**
 * Group claims into figures and reconcile each one, yielding each figure as it
 * is reconciled: a caller that writes and drops them (runCorpus through
 * Store.putCorpus) holds one figure's reconciliation at a time, not all of
 * them (about 1.5 KB per claim). Grouping itself keeps only the claims.
 */
export function* figureRecords(
  claims: ClaimInput[],
  docs: Iterable<DocMeta>,
  dupes: DuplicateLink[],
  options: FigureOptions = {},
): Generator<FigureRecord, void, undefined> {
  const docList = [...docs];
  const docMap = new Map(docList.map((d) => [d.id, d]));
  const prov = options.provenance ?? provenanceIndex(docList, dupes, options.claimSource);

  // figures/bare-sum-in-loss-article: the articles that state a loss, so that a bare sum in them ("Moody's puts its
  // best estimate at $11 billion") is read as an estimate of that loss.
  const lossDocs = new Set<string>();
  for (const c of claims) {
    if (c.money && moneyLoss(measureKey(c.measure), actionKey(c.action))) lossDocs.add(c.document);
  }
  const bareSum = (c: ClaimInput, key: string | null) =>
    !!c.money && CURRENCY_WORDS.has(key ?? '') && !actionKey(c.action) && lossDocs.has(c.document);
  const lossKindOf = lossKinds(claims);

  // Buckets by story, measure and action; counts with no noun wait for figure-joins.
  const byMeasure = new Map<string, Map<string, Item[]>>();
  // Articles that count an event's whole, and counts of a group among it (figures/group-alone-is-whole).
  const wholeIn = new Set<string>();
  const groupOnly: Array<[Item, string]> = [];
  const loose: Loose = [];
  // Counts with an actor by sentence, for a bare share that names none (figures/bare-percent-apart).
  const withActor = new Map<string, ClaimInput[]>();
  for (const c of claims) {
    if (!c.actor || c.unit || c.sentence === undefined) continue;
    const k = `${c.document}|${c.sentence}`;
    (withActor.get(k) ?? withActor.set(k, []).get(k)!).push(c);
  }
  for (const claim of claims) {
    // figures/nationality-group: the people of one country are one group, whichever noun counts them.
    const nation = nationality(claim.measure, claim.actor, claim.text);
    const verb = actionKey(claim.action);
    const measured = measureKey(claim.measure);
    const jobs = !claim.money && !nation && jobLoss(measured, verb, claim.jobsAfter);
    // figures/evacuee-noun: "evacuees top 5,000" counts the people evacuated; a verb of its own keeps its noun.
    const befell = !claim.money && !nation && !jobs && (!verb || tallyVerb(verb)) ? nounAct(measured) : null;
    const key = nation ? 'citizen' : jobs ? 'jobs' : actNoun(claim.measure, verb) || befell ? 'people' : measured;
    // figures/event-without-noun: "the toll rose to 270" names no noun, but its event says what is counted.
    const event = eventConcept(key, verb);
    const story = options.storyOf?.get(claim.document) ?? '';
    if (!key && !event) {
      loose.push({ claim, story, action: verb });
      continue;
    }
    const doc = docMap.get(claim.document);
    const past = pastYear(claim, doc) ?? projection(claim, doc);
    // Set on the claim itself: relations and reconciliation read the scope from it.
    if (past) claim.scope = past;
    // figures/other-event-apart: an aftershock's magnitude or count and a projection are figures of their own (a past
    // year's count of another measure stays in its figure, told apart by its scope: "2.4 million in 2011" is the
    // series' value of another year as often as another event's).
    // figures/since-past-year-apart: a count over the years since a past one ("310 have died since 2012") is a
    // running total of many events, not a value of this one's series, so it is apart too.
    const apart =
      !event &&
      (claim.scope === AFTERSHOCK_SCOPE ||
        claim.scope === PROJECTED_SCOPE ||
        (!!past && !!claim.since && sinceYear(claim)));
    // figures/people-group-action: "two people were rescued" and "two workers were rescued" count people whatever
    // noun names them; the group stays on the claim as its scope.
    const peopleKey =
      !event && !claim.money && !nation && !unitMeasure(claim) && peopleAction(key, claim.action) ? 'people' : key;
    // figures/capacity-apart: "a hut built for 80 guests" counts places, a capacity, not the guests it holds.
    const capKey = !event && !claim.money && claim.capacity ? 'capacity' : peopleKey;
    // figures/bare-percent-apart: a share with no noun ("44%", "a 9% rise") is a share of whatever its holder and verb
    // say; one story-wide "percent" heap would mix a vote share, a turnout and a pay rise into one timeline.
    // A share named by its whole ("60% of departing flights", "60% of the departures") is keyed as a bare share:
    // writers name one whole with many nouns, and the holder tells two shares apart better than the noun does.
    const share = unitMeasure(claim) && claim.unit === BARE_UNIT && !!claim.measure?.startsWith('percent of ');
    const figureKey = (capKey === BARE_UNIT || share) && unitMeasure(claim) ? bareShareKey(claim, withActor) : capKey;
    const measure = apart ? `${story}\u0000${figureKey}\u0000${claim.scope}` : `${story}\u0000${figureKey}`;
    // People killed or hurt: one figure per story, whoever the extraction took for actor or target.
    // Its scope (a county, a group) is part of its identity: the county's toll is not the state's.
    const it: Item = event
      ? {
          claim,
          measure: `${story}\u0000${event.measure}\u0000${claim.scope ?? ''}`,
          action: event.action,
          actor: null,
          target: null,
        }
      : claim.money && (moneyLoss(key, verb) || bareSum(claim, key))
        ? { claim, measure: `${story}\u0000${lossFigure(lossKindOf(claim))}`, action: null, actor: null, target: null }
        : (claim.money && !CURRENCY_WORDS.has(key ?? '')) || unitMeasure(claim)
          ? // An amount of money is told apart by what the money is ("insured losses"), not by the verb around it;
            // figures/unit-not-verb: so is a reading in a unit of its own ("magnitude 7.1", "4,000 acres").
            { claim, measure, action: null, actor: null, target: null }
          : {
              claim,
              measure,
              action: jobs ? 'lose' : (befell ?? figureAction(claim.action)),
              actor: nation ?? (forcedOut(befell ?? figureAction(claim.action)) ? null : partyKey(claim.actor)),
              target: partyKey(claim.target),
            };
    // figures/holder-apart: two holders' counts of one measure ("309,000 for Lind", "Berg, third with 71,000") are
    // two figures, each its holder's; a holder's count has no target to fold it into another's.
    if (claim.holder) it.target = null;
    if (it.actor && it.actor === it.target) it.target = null;
    if (event) {
      if (!claim.scope) wholeIn.add(`${story}\u0000${event.measure}\u0000${claim.document}`);
      else if (groupScope(claim.scope) && !claim.partCue) groupOnly.push([it, `${story}\u0000${event.measure}`]);
    }
    const actions = byMeasure.get(it.measure) ?? byMeasure.set(it.measure, new Map()).get(it.measure)!;
    const k = it.action ?? '';
    (actions.get(k) ?? actions.set(k, []).get(k)!).push(it);
  }
  // figures/group-alone-is-whole: "two workers were killed" in an article that gives no other count of the dead is
  // the toll as that article knows it, told by who they were; beside a count of the whole it stays a group in it.
  const moved = new Set<Item>();
  for (const [it, whole] of groupOnly) {
    if (wholeIn.has(`${whole}\u0000${it.claim.document}`)) continue;
    moved.add(it);
    it.claim.scope = null;
    it.measure = `${whole}\u0000`;
    const actions = byMeasure.get(it.measure) ?? byMeasure.set(it.measure, new Map()).get(it.measure)!;
    const k = it.action ?? '';
    (actions.get(k) ?? actions.set(k, []).get(k)!).push(it);
  }
  if (moved.size) {
    for (const [m, actions] of byMeasure) {
      if (m.endsWith('\u0000')) continue;
      for (const [k, its] of actions) {
        const kept = its.filter((i) => !moved.has(i));
        if (kept.length) actions.set(k, kept);
        else actions.delete(k);
      }
      if (!actions.size) byMeasure.delete(m);
    }
  }
  const groups: Array<{ measure: string; action: string | null; items: Item[] }> = [];
  for (const [storyMeasure, actions] of byMeasure) {
    const measure = storyMeasure;
    const known = [...actions.entries()]
      .filter(([a]) => KNOWN_ACTIONS.has(a))
      .sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
    const parties = new Map(
      known.map(([a, its]) => [a, new Set(its.flatMap((i) => [i.actor, i.target]).filter((p): p is string => !!p))]),
    );
    const out = new Map<string, Item[]>(known.map(([a, its]) => [a, [...its]]));
    // The one action a verbless count can join: the only known one, else the only verb of the measure at all.
    let only: string | null = known.length === 1 ? known[0]![0] : null;
    const anyVerb = known.length > 0 || [...actions.keys()].some((k) => !verbless(k));
    const otherEvent = measure.includes(`\u0000${EVENT_SCOPE}`);
    if (!known.length) {
      const verbs = [...actions.keys()].filter((k) => !verbless(k));
      only = verbs.length === 1 ? verbs[0]! : null;
    }
    // figures/verbless-follows-verb: "1,848 flights were cancelled by noon. Gull Air had the most at 548": with
    // several verbs for its measure, a verbless count takes the verb of its measure's count just before it.
    const verbAt = new Map<string, Array<[number, string]>>();
    if (only === null) {
      for (const [a, its] of actions) {
        if (verbless(a)) continue;
        for (const it of its) {
          if (it.claim.sentence === undefined) continue;
          const list = verbAt.get(it.claim.document) ?? verbAt.set(it.claim.document, []).get(it.claim.document)!;
          list.push([it.claim.sentence, a]);
        }
      }
    }
    for (const list of verbAt.values()) list.sort((x, y) => x[0] - y[0]);
    // The last verb of its own or an earlier sentence within reach: one binary search per claim.
    const verbBefore = (c: ClaimInput): string | null => {
      const list = c.sentence === undefined ? undefined : verbAt.get(c.document);
      if (!list) return null;
      const own = placeScope(c.scope ?? null);
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        // figures/verbless-list-takes-verb: "1,900 flights were delayed: 1,100 in Lisbon": a place's count reads its
        // own sentence too.
        if (list[mid]![0] < c.sentence! || (own && list[mid]![0] === c.sentence)) lo = mid + 1;
        else hi = mid;
      }
      const e = list[lo - 1];
      return e && c.sentence! - e[0] <= FOLLOW_REACH ? e[1] : null;
    };
    for (const [a, its] of actions) {
      if (KNOWN_ACTIONS.has(a)) continue;
      for (const it of its) {
        let into: string | null = null;
        if (verbless(a)) {
          // figures/verbless-joins-only-action: "130 delegations, including ..." has no verb of its own; it
          // joins the one action its measure is reported with, known or not.
          into = only ?? verbBefore(it.claim);
        } else {
          const mine = [it.actor, it.target].filter((p): p is string => !!p);
          // figures/unknown-verb-shares-parties: "40 people were rescued" shares no party with "2,000 evacuated".
          into = known.find(([k]) => mine.some((p) => parties.get(k)!.has(p)))?.[0] ?? null;
        }
        // figures/other-event-verbless: another event's counts with no verb for their measure at all ("37
        // aftershocks", "more than 90 aftershocks, including one ...") are one figure, not one per word that is no
        // verb (this event's own bare counts stay apart: "including 544 managers" is a part, not the count).
        const key = into ?? (verbless(a) && otherEvent && !anyVerb ? '' : a);
        (out.get(key) ?? out.set(key, []).get(key)!).push(it);
      }
    }
    for (const [a, its] of out) groups.push({ measure, action: a || null, items: its });
  }

  type Key = {
    story: string;
    measure: string;
    scope: string | null;
    action: string | null;
    actor: string | null;
    target: string | null;
  };
  const merged: Array<{ key: Key; claims: ClaimInput[] }> = [];
  for (const g of groups) {
    const [story, measure, scope] = g.measure.split('\u0000') as [string, string, string | undefined];
    for (const c of clusters(g.items)) {
      const targets = new Map<string, number>();
      for (const it of c.items) bump(targets, it.target);
      merged.push({
        key: { story, measure, scope: scope ?? null, action: g.action, actor: c.actor, target: top(targets, c.actor) },
        claims: c.items.map((i) => i.claim),
      });
    }
  }

  joinFigures(merged, loose, (c) => {
    const d = docMap.get(c.document);
    return d?.asOf ?? d?.published ?? null;
  });
  mergeBySharedNumbers(merged);
  splitPlaces(merged);
  splitProjections(merged);
  inputOrder(merged, claims);
  // Only the ordered groups are needed from here on.
  byMeasure.clear();
  groups.length = 0;
  const used = new Set<string>();
  const keyString = (k: Key) =>
    `${k.story}|${k.measure}|${k.scope ?? ''}|${k.action ?? ''}|${k.actor ?? ''}|${k.target ?? ''}`;
  const anchors = storyAnchors(docList, options.storyOf);
  // Each key's string made once, not twice per comparison.
  const sortKey = new Map(merged.map((m) => [m, keyString(m.key)]));
  const ordered = merged.sort(
    (a, b) => b.claims.length - a.claims.length || (sortKey.get(a)! < sortKey.get(b)! ? -1 : 1),
  );
  sortKey.clear();
  // The whole (unscoped) figure of each scoped event figure's story and measure: its parts relate to it.
  const named = ordered.map(({ key, claims: cs }) => {
    // An event figure is named by what it counts ("Deaths", "Missing"), whatever verb reported it.
    const base =
      key.scope !== null && eventMeasure(key.measure)
        ? key.measure[0]!.toUpperCase() + key.measure.slice(1)
        : figureLabel(key, options.names);
    const label = key.scope
      ? `${base} (${key.scope
          .split(' ')
          .map((w) => displayName(w, options.names))
          .join(', ')})`
      : base;
    // Two figures whose ids hash alike (rare): the later in this order takes the next free suffix.
    const stem = figureId(label, anchors.get(key.story) ?? '', keyString({ ...key, story: '' }));
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return { key, claims: cs, id, label };
  });
  // The whole of a measure, and of a measure and its verb ("people evacuated", not "people rescued").
  const wholes = new Map<string, { id: string; claims: ClaimInput[] }>();
  for (const f of named) {
    if (f.key.scope) continue;
    for (const k of [`${f.key.story}|${f.key.measure}`, `${f.key.story}|${f.key.measure}|${f.key.action ?? ''}`])
      if (!wholes.has(k)) wholes.set(k, f);
  }
  // Scoped figures by story, measure and scope: a scope of several words is a part of each of its words' figures.
  const scoped = new Map<string, ClaimInput[]>();
  for (const f of named) if (f.key.scope) scoped.set(`${f.key.story}|${f.key.measure}|${f.key.scope}`, f.claims);
  // Counts of wider places (a state, a country) by story, measure and article: a subdivision's count pairs
  // with those its own article states (relations/place-in-wider-place).
  const widerPlaces = new Map<string, ClaimInput[]>();
  // The same counts by story, measure and wider place (relations/place-in-known-wider-place).
  const widerOf = new Map<string, ClaimInput[]>();
  const widerScope = new Map<ClaimInput, string>();
  for (const f of named) {
    if (!widerPlaceScope(f.key.scope)) continue;
    for (const c of f.claims) {
      const k = `${f.key.story}|${f.key.measure}|${c.document}`;
      const list = widerPlaces.get(k) ?? widerPlaces.set(k, []).get(k)!;
      if (list.length < WIDER_SAMPLE) list.push(c);
      widerScope.set(c, f.key.scope);
      const w = `${f.key.story}|${f.key.measure}|${f.key.scope}`;
      const all = widerOf.get(w) ?? widerOf.set(w, []).get(w)!;
      if (all.length < WIDER_SAMPLE) all.push(c);
    }
  }
  for (const { key, claims: cs, id, label } of named) {
    const relationOf = (c: ClaimInput) =>
      relationClaim(c, docMap.get(c.document), prov.get(c, false).primary, key.measure);
    const { relations, reconciliation } = reconcileFigure(cs, docMap, prov, key.measure);
    // Another event's count is no part of this one's.
    const partScope = key.scope && !key.scope.startsWith(EVENT_SCOPE);
    const whole = partScope
      ? (wholes.get(`${key.story}|${key.measure}|${key.action ?? ''}`) ?? wholes.get(`${key.story}|${key.measure}`))
      : undefined;
    // Parts pair with the whole's first readings only (partRelations keeps at most MAX_PARTS pairs anyway).
    if (whole)
      relations.push(
        ...partRelations(cs.slice(0, PART_SAMPLE).map(relationOf), whole.claims.slice(0, PART_SAMPLE).map(relationOf)),
      );
    // relations/narrower-scope: "two firefighters died in Kelso County" is a part of "three firefighters died": a
    // scope of several words is a part of the figure whose scope is one of them.
    if (partScope && key.scope!.includes(' ')) {
      for (const w of key.scope!.split(' ')) {
        const wider = scoped.get(`${key.story}|${key.measure}|${w}`);
        if (wider)
          relations.push(
            ...partRelations(cs.slice(0, PART_SAMPLE).map(relationOf), wider.slice(0, PART_SAMPLE).map(relationOf)),
          );
      }
    }
    if (subdivisionScope(key.scope) && widerPlaces.size) {
      // relations/place-in-known-wider-place: "six died in Pell County" beside "14 across Marrow state" in one article
      // places the county in the state; the county's counts in other articles are parts of the state's too.
      const within = new Set<string>();
      const alone: ClaimInput[] = [];
      for (const c of cs.slice(0, PART_SAMPLE)) {
        const beside = widerPlaces.get(`${key.story}|${key.measure}|${c.document}`);
        if (!beside) alone.push(c);
        for (const w of beside ?? []) {
          const rel = placePart(relationOf(c), relationOf(w));
          if (!rel) continue;
          relations.push(rel);
          within.add(widerScope.get(w)!);
        }
      }
      for (const scope of within) {
        for (const w of widerOf.get(`${key.story}|${key.measure}|${scope}`) ?? []) {
          for (const c of alone) {
            const rel = placePart(relationOf(c), relationOf(w));
            if (rel) relations.push({ ...rel, by: 'relations/place-in-known-wider-place' });
          }
        }
      }
    }
    const story = key.story || null;
    yield {
      id,
      label,
      measure: key.measure,
      action: key.action,
      actor: key.actor,
      target: key.target,
      claims: cs.map((c) => c.id),
      reconciliation,
      relations,
      story,
      ...(key.scope ? { scope: key.scope, partOf: whole?.id ?? null } : {}),
    };
  }
}

/**
 * figures/site-place-is-whole: "58 homes burned down in the Brennick estate fire": the one place a figure's counts
 * name, when their own sentences name it as where the event happened, is where the event is, not a part of it.
 */
function siteIsWhole(claims: ClaimInput[]): void {
  if (!claims.every((c) => c.site === c.scope)) return;
  for (const c of claims) c.scope = null;
}

/**
 * figures/place-of-a-count: "4,500 evacuated: 2,600 in Aldbury, 1,100 in Fenwick": in a figure that counts two
 * places or more, each place's counts are that place's figure, a part of the whole, as a county's toll is. An
 * event's counts are split by place already; a sum or a reading in a unit keeps its figure; one place alone is
 * most often the whole under its name.
 */
function splitPlaces(
  merged: Array<{ key: { scope: string | null; [k: string]: string | null }; claims: ClaimInput[] }>,
): void {
  const placed = (c: ClaimInput) => !c.money && !unitMeasure(c) && placeScope(c.scope);
  const added: typeof merged = [];
  for (const f of merged) {
    if (f.key.scope !== null) continue;
    const places = new Map<string, ClaimInput[]>();
    for (const c of f.claims) if (placed(c)) (places.get(c.scope!) ?? places.set(c.scope!, []).get(c.scope!)!).push(c);
    if (places.size === 1) siteIsWhole([...places.values()][0]!);
    if (places.size < 2) continue;
    f.claims = f.claims.filter((c) => !placed(c));
    for (const [scope, claims] of places) added.push({ key: { ...f.key, scope }, claims });
  }
  merged.push(...added);
  let kept = 0;
  for (const f of merged) if (f.claims.length) merged[kept++] = f;
  merged.length = kept;
}

/**
 * figures/projection-beyond-count: "turnout reached 41 percent by 3 p.m. ... final turnout could exceed 70 percent":
 * a reading hedged as possible beside a stated count of its figure in its article, and above it, is where the count
 * could go, not a reading of it: a figure of its own, as a dated projection is. A sum of money hedged is an
 * estimate of the loss itself, not where it could go.
 */
function splitProjections(
  merged: Array<{ key: { scope: string | null; [k: string]: string | null }; claims: ClaimInput[] }>,
): void {
  const added: typeof merged = [];
  const size = (c: ClaimInput) => c.value ?? c.low ?? c.high ?? null;
  for (const f of merged) {
    if (f.key.scope) continue;
    const stated = new Map<string, number>();
    for (const c of f.claims) {
      const n = size(c);
      if (statusClass(c.status) === 'done' && !c.incremental && n !== null)
        stated.set(c.document, Math.max(stated.get(c.document) ?? -Infinity, n));
    }
    if (!stated.size) continue;
    const ahead = f.claims.filter((c) => {
      const n = size(c);
      const top = stated.get(c.document);
      return (
        statusClass(c.status) === 'possible' && !c.money && !c.incremental && n !== null && top !== undefined && n > top
      );
    });
    if (!ahead.length) continue;
    const apart = new Set(ahead);
    f.claims = f.claims.filter((c) => !apart.has(c));
    for (const c of ahead) c.scope = PROJECTED_SCOPE;
    added.push({ key: { ...f.key, scope: PROJECTED_SCOPE }, claims: ahead });
  }
  merged.push(...added);
}

/** Every figure at once, with each claim's figure: for callers that keep the whole result (tests, small corpora). */
export function buildFigures(
  claims: ClaimInput[],
  docs: Iterable<DocMeta>,
  dupes: DuplicateLink[],
  options: FigureOptions = {},
): { figures: FigureRecord[]; claimFigure: Record<string, string> } {
  const figures: FigureRecord[] = [];
  const claimFigure: Record<string, string> = {};
  for (const f of figureRecords(claims, docs, dupes, options)) {
    figures.push(f);
    for (const c of f.claims) claimFigure[c] = f.id;
  }
  return { figures, claimFigure };
}
