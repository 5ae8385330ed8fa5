/**
 * Figure joins: claims that grouping by measure and action leaves in the wrong figure, or in none, moved
 * into the figure of a claim that counts the same thing. Each rule is a named row, run in order:
 * - figures/conversion-joins-sum: "310 million kronor, or roughly $29 million" — a sum cued as a conversion joins
 *   the figure of the sum in another currency just before it in its sentence, whatever noun or verb it was given;
 * - figures/earlier-joins-sentence: "15,000, up from 7,300" — the earlier value belongs to the figure of
 *   the count its sentence compares it with, whatever verb the extraction gave it;
 * - figures/measureless-same-number: a count with no noun joins the figure of its story that states the
 *   same reading ("more than 250,000"), else the same large number;
 * - figures/measureless-same-action: else the largest figure of its story with its verb;
 * - figures/measureless-follows-count: else, with no verb either, the count of the sentence just before it;
 * - figures/list-sibling-joins: "41 died in Ada County; 33 in Boone; 19 in Clay" — a place's count with no verb
 *   of its own, in the sentence of a place's toll, is that place's toll too;
 * - figures/group-sibling-joins: a group of people with no verb of its own in the sentence of an event's count
 *   ("the remaining three women") is that group among the event's count;
 * - figures/site-scope-is-whole: the place the story names as its event's site, and its only place, is the whole;
 * - figures/scope-same-as-whole: a place whose tolls are, reading for reading, the whole toll's is the whole
 *   under another name (the stricken state of a one-state story);
 * - figures/scope-exceeds-whole: a place whose tolls exceed the whole's so far is the whole under another name;
 * - figures/group-equals-whole: a group counted among the dead as many as the whole toll ("nine miners
 *   presumed dead", "nine people presumed dead") is the whole told by who they were;
 * - figures/group-exceeds-whole: a group counted above every whole toll of its own article is the whole;
 * - figures/headline-is-lead: a headline's count with a place is the toll its body states with none.
 *
 * Linear: each rule reads an index built in one pass over the figures (by sentence, by story and number,
 * by story and verb); no claim is compared with every other.
 */
import { actionKey, EVENT_SCOPE, eventConcept, groupScope, measureKey, wholeMeasure } from './normalise.js';
import type { ClaimInput } from './types.js';

/** What the joins read and change of a figure under construction. */
export interface JoinFigure {
  key: { story: string; measure: string; scope: string | null; action: string | null };
  claims: ClaimInput[];
}

/** Numbers below this are too common to say that two claims state one count. */
const DISTINCT_NUMBER = 100;
/** A group must count at least this many to be read as the whole toll (two or three coincide too often). */
const GROUP_MIN = 3;

/** Moves claims between figures at the end of a rule, so a rule reads the figures as they were. */
class Moves {
  private readonly out = new Map<JoinFigure, Set<ClaimInput>>();
  private readonly into: Array<[JoinFigure, ClaimInput]> = [];

  move(c: ClaimInput, from: JoinFigure | null, to: JoinFigure): void {
    if (from) (this.out.get(from) ?? this.out.set(from, new Set()).get(from)!).add(c);
    this.into.push([to, c]);
  }

  apply(): void {
    for (const [f, gone] of this.out) f.claims = f.claims.filter((c) => !gone.has(c));
    for (const [f, c] of this.into) f.claims.push(c);
  }
}

const numbers = (c: ClaimInput) => [c.value, c.low, c.high].filter((n): n is number => n !== null);
const reading = (c: ClaimInput) => `${c.value}|${c.low}|${c.high}`;
/** A unit of its own (percent, acres) or money: such a claim joins only figures of the same kind. */
const kind = (c: ClaimInput) => `${c.money ? 'money' : ''}|${c.unit ?? ''}`;

/** figures/earlier-joins-sentence (see the module comment). */
function earlierJoinsSentence(figs: JoinFigure[]): void {
  const bySentence = new Map<string, Array<[ClaimInput, JoinFigure]>>();
  for (const f of figs) {
    for (const c of f.claims) {
      if (c.earlier || c.sentence === undefined) continue;
      const k = `${c.document}|${c.sentence}`;
      (bySentence.get(k) ?? bySentence.set(k, []).get(k)!).push([c, f]);
    }
  }
  const moves = new Moves();
  for (const f of figs) {
    for (const c of f.claims) {
      if (!c.earlier || c.sentence === undefined) continue;
      const key = measureKey(c.measure);
      const anchor = bySentence
        .get(`${c.document}|${c.sentence}`)
        ?.find(([o, of]) => of !== f && kind(o) === kind(c) && (!key || measureKey(o.measure) === key));
      if (anchor) moves.move(c, f, anchor[1]);
    }
  }
  moves.apply();
}

/** figures/conversion-joins-sum (see the module comment); returns the loose claims it did not place. */
function conversionJoinsSum(figs: JoinFigure[], loose: Loose): Loose {
  const converting = (c: ClaimInput) => !!c.converts && c.sentence !== undefined && c.at !== undefined;
  if (!loose.some((l) => converting(l.claim)) && !figs.some((f) => f.claims.some(converting))) return loose;
  // The sums of each sentence, in text order, with their figures.
  const bySentence = new Map<string, Array<[ClaimInput, JoinFigure]>>();
  for (const f of figs) {
    for (const c of f.claims) {
      if (!c.money || !c.unit || c.sentence === undefined || c.at === undefined) continue;
      const k = `${c.document}|${c.sentence}`;
      (bySentence.get(k) ?? bySentence.set(k, []).get(k)!).push([c, f]);
    }
  }
  const moves = new Moves();
  // The sum in another currency that ends nearest before the claim's number.
  const sumBefore = (c: ClaimInput) => {
    let best: [ClaimInput, JoinFigure] | null = null;
    for (const e of bySentence.get(`${c.document}|${c.sentence}`) ?? []) {
      const o = e[0];
      if (o === c || o.unit === c.unit || o.at! >= c.at! || o.converts) continue;
      if (!best || o.at! > best[0].at!) best = e;
    }
    return best;
  };
  for (const f of figs) {
    for (const c of f.claims) {
      if (!converting(c)) continue;
      const before = sumBefore(c);
      if (before && before[1] !== f) moves.move(c, f, before[1]);
    }
  }
  const left = loose.filter((l) => {
    const before = converting(l.claim) ? sumBefore(l.claim) : null;
    if (before) moves.move(l.claim, null, before[1]);
    return !before;
  });
  moves.apply();
  return left;
}

/** Actions that are no verb of what is counted: none, a copula, or a list's "including". */
export const VERBLESS: ReadonlySet<string> = new Set(['', 'be', 'have', 'include', 'includ']);

/**
 * How far (characters between sentence starts) a count with no noun and no verb reads back for the count it follows.
 */
const FOLLOW_REACH = 300;

/**
 * figures/measureless-follows-count: "1,848 flights had been cancelled by noon. Harbor Air had the most at 548,
 * followed by Gull with 199": a count with no noun and no verb goes on counting what the sentence before it
 * counted (the largest figure of that sentence, of its kind). Per article, one binary search per claim.
 */
function followedCount(figs: JoinFigure[]): (c: ClaimInput) => JoinFigure | null {
  const byDoc = new Map<string, Array<{ at: number; f: JoinFigure; kind: string }>>();
  for (const f of figs) {
    for (const c of f.claims) {
      if (c.sentence === undefined) continue;
      (byDoc.get(c.document) ?? byDoc.set(c.document, []).get(c.document)!).push({ at: c.sentence, f, kind: kind(c) });
    }
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.at - b.at || b.f.claims.length - a.f.claims.length);
  return (c) => {
    const list = c.sentence === undefined ? undefined : byDoc.get(c.document);
    if (!list) return null;
    // The last entry of an earlier sentence.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.at < c.sentence!) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && c.sentence! - list[i]!.at <= FOLLOW_REACH; i--) {
      if (list[i]!.kind !== kind(c)) continue;
      // The largest figure of that sentence (sorted first among its entries).
      let j = i;
      while (j > 0 && list[j - 1]!.at === list[i]!.at) j--;
      for (let k = j; k <= i; k++) if (list[k]!.kind === kind(c)) return list[k]!.f;
    }
    return null;
  };
}

/** figures/measureless-same-number, then figures/measureless-same-action (see the module comment). */
function measurelessJoins(figs: JoinFigure[], loose: Loose): void {
  if (!loose.length) return;
  const byReading = new Map<string, JoinFigure>();
  const byNumber = new Map<string, JoinFigure>();
  const byAction = new Map<string, JoinFigure>();
  // Largest figures first: a reading stated in two figures joins the more reported one.
  for (const f of [...figs].sort((a, b) => b.claims.length - a.claims.length)) {
    const story = f.key.story;
    for (const c of f.claims) {
      const k = `${story}|${kind(c)}`;
      if (!byReading.has(`${k}|${reading(c)}`)) byReading.set(`${k}|${reading(c)}`, f);
      for (const n of numbers(c)) {
        if (Math.abs(n) >= DISTINCT_NUMBER && !byNumber.has(`${k}|${n}`)) byNumber.set(`${k}|${n}`, f);
      }
    }
    const first = f.claims[0];
    const verb = first && f.key.action ? `${story}|${f.key.action}|${kind(first)}` : null;
    if (verb && !byAction.has(verb)) byAction.set(verb, f);
  }
  const follows = followedCount(figs);
  const moves = new Moves();
  for (const { claim: c, story, action } of loose) {
    const k = `${story}|${kind(c)}`;
    const strong = numbers(c).some((n) => Math.abs(n) >= DISTINCT_NUMBER);
    let into = strong ? byReading.get(`${k}|${reading(c)}`) : undefined;
    for (const n of numbers(c)) if (!into && Math.abs(n) >= DISTINCT_NUMBER) into = byNumber.get(`${k}|${n}`);
    if (!into && action && !VERBLESS.has(action)) into = byAction.get(`${story}|${action}|${kind(c)}`);
    if (!into && VERBLESS.has(action ?? '')) into = follows(c) ?? undefined;
    if (into) moves.move(c, null, into);
  }
  moves.apply();
}

/** A scope that makes an event figure a part (a place or any other, even of several words): no group, no event. */
const partScope = (scope: string | null) => !!scope && !groupScope(scope) && !scope.startsWith(EVENT_SCOPE);

/** Counts with no noun, waiting for a figure: each with its story and action key. */
export type Loose = Array<{ claim: ClaimInput; story: string; action: string | null }>;

/** figures/list-sibling-joins (see the module comment); returns the loose claims it did not place. */
function listSiblingJoins<F extends JoinFigure>(figs: F[], loose: Loose): Loose {
  const events = new Map<string, F>();
  const byScope = new Map<string, F>();
  for (const f of figs) {
    if (f.key.scope === null) continue;
    byScope.set(`${f.key.story}|${f.key.measure}|${f.key.scope}`, f);
    if (!partScope(f.key.scope)) continue;
    for (const c of f.claims) if (c.sentence !== undefined) events.set(`${c.document}|${c.sentence}`, f);
  }
  if (!events.size) return loose;
  const moves = new Moves();
  const sibling = (c: ClaimInput, from: F | null): boolean => {
    if (!partScope(c.scope ?? null) || c.sentence === undefined || c.money || c.unit) return false;
    const event = events.get(`${c.document}|${c.sentence}`);
    if (!event || event === from) return false;
    const k = `${event.key.story}|${event.key.measure}|${c.scope}`;
    let into = byScope.get(k);
    if (!into) {
      into = { ...event, key: { ...event.key, scope: c.scope! }, claims: [] };
      figs.push(into);
      byScope.set(k, into);
    }
    moves.move(c, from, into);
    return true;
  };
  for (const f of [...figs]) {
    if (f.key.scope !== null || !wholeMeasure(f.key.measure) || !VERBLESS.has(f.key.action ?? '')) continue;
    for (const c of f.claims) sibling(c, f);
  }
  const left = loose.filter((l) => !VERBLESS.has(l.action ?? '') || !sibling(l.claim, null));
  moves.apply();
  return left;
}

/**
 * figures/group-sibling-joins: "Most of the victims, 210, were in the south, while the remaining three women were
 * found in the hills": a group of people counted with no verb of its own, in the sentence of an event's count, is
 * that group among the event's count (its own scope, or the group it names).
 */
function groupSiblingJoins<F extends JoinFigure>(figs: F[]): void {
  const events = new Map<string, F>();
  for (const f of figs) {
    if (f.key.scope === null || f.key.scope.startsWith(EVENT_SCOPE)) continue;
    for (const c of f.claims) {
      const k = `${c.document}|${c.sentence}`;
      // The whole's figure first: the group's scope is its own, whichever scoped count shares the sentence.
      if (c.sentence !== undefined && (f.key.scope === '' || !events.has(k))) events.set(k, f);
    }
  }
  if (!events.size) return;
  const byScope = new Map<string, F>();
  for (const f of figs) if (f.key.scope !== null) byScope.set(`${f.key.story}|${f.key.measure}|${f.key.scope}`, f);
  const moves = new Moves();
  for (const f of [...figs]) {
    if (f.key.scope !== null) continue;
    for (const c of f.claims) {
      // The claim's own noun and verb: figures fold groups of people into one measure (figures/people-group-action).
      const key = measureKey(c.measure);
      const group = key && !wholeMeasure(key) ? eventConcept(key, 'kill')?.group : null;
      if (!group || !VERBLESS.has(actionKey(c.action) ?? '')) continue;
      const event =
        c.sentence === undefined || c.money || c.unit ? undefined : events.get(`${c.document}|${c.sentence}`);
      if (!event || event.key.story !== f.key.story) continue;
      const scope = c.scope || group;
      const k = `${event.key.story}|${event.key.measure}|${scope}`;
      let into = byScope.get(k);
      if (!into) {
        into = { ...event, key: { ...event.key, scope }, claims: [] };
        figs.push(into);
        byScope.set(k, into);
      }
      // Read as the group from here on: the relation rules compare scopes.
      c.scope = scope;
      moves.move(c, f, into);
    }
  }
  moves.apply();
}

/**
 * figures/site-scope-is-whole: "the plane crash in Kessel" and "33 who died were on the campus in Kessel": a place
 * that the story names as where its event happened, when it is the only place the story counts for a measure, is
 * the whole event's place, not a part of it.
 */
function siteScopeIsWhole(figs: JoinFigure[]): void {
  const sites = new Map<string, Set<string>>();
  for (const f of figs) {
    for (const c of f.claims) {
      if (c.site) (sites.get(f.key.story) ?? sites.set(f.key.story, new Set()).get(f.key.story)!).add(c.site);
    }
  }
  if (!sites.size) return;
  const wholes = new Map<string, JoinFigure>();
  const places = new Map<string, JoinFigure[]>();
  for (const f of figs) {
    const k = `${f.key.story}|${f.key.measure}`;
    if (f.key.scope === '') wholes.set(k, f);
    // A place alone: scope words joined with a place ("citizen india") count a group, not a place's toll.
    else if (partScope(f.key.scope) && !f.key.scope!.includes(' ')) {
      (places.get(k) ?? places.set(k, []).get(k)!).push(f);
    }
  }
  const moves = new Moves();
  for (const [k, list] of places) {
    const whole = wholes.get(k);
    if (!whole) continue;
    for (const f of list) {
      if (!sites.get(f.key.story)?.has(f.key.scope!)) continue;
      // figures/site-not-below-whole: beside other places' counts, the site is still the whole when none of its
      // counts is below the whole's in the same article ("64 dead in Ostland; 30 of them in Kessel").
      if (list.length !== 1 && !notBelowWhole(f, whole)) continue;
      for (const c of f.claims) {
        // Read as the whole from here on: the relation rules compare scopes.
        c.scope = null;
        moves.move(c, f, whole);
      }
    }
  }
  moves.apply();
}

/** No stated count of `f` is below the largest count of `whole` in the same article, and one article shows it. */
function notBelowWhole(f: JoinFigure, whole: JoinFigure): boolean {
  const most = new Map<string, number>();
  for (const c of whole.claims) {
    const n = c.value ?? c.low;
    if (n !== null && !c.vague && !c.incremental) most.set(c.document, Math.max(n, most.get(c.document) ?? -Infinity));
  }
  let shown = false;
  for (const c of f.claims) {
    const n = c.value ?? c.low;
    const top = most.get(c.document);
    if (n === null || c.vague || c.incremental || top === undefined) continue;
    if (n < top || c.partCue) return false;
    shown = true;
  }
  return shown;
}

/** figures/scope-same-as-whole (see the module comment). */
function scopeSameAsWhole(figs: JoinFigure[]): void {
  const wholes = new Map<string, { f: JoinFigure; readings: Set<string> }>();
  for (const f of figs) {
    if (f.key.scope !== '') continue;
    wholes.set(`${f.key.story}|${f.key.measure}`, { f, readings: new Set(f.claims.map(reading)) });
  }
  const moves = new Moves();
  for (const f of figs) {
    if (!partScope(f.key.scope)) continue;
    const whole = wholes.get(`${f.key.story}|${f.key.measure}`);
    if (!whole) continue;
    const plain = (c: ClaimInput) => !c.partCue && !c.incremental && Math.abs(c.value ?? c.low ?? 0) >= GROUP_MIN;
    const own = new Set(f.claims.filter(plain).map(reading));
    let shared = 0;
    for (const r of own) if (whole.readings.has(r)) shared++;
    if (shared < 2 || shared * 2 < own.size) continue;
    for (const c of f.claims) {
      c.scope = null;
      moves.move(c, f, whole.f);
    }
  }
  moves.apply();
}

/**
 * figures/scope-exceeds-whole: a place whose every toll is at least the whole's largest toll so far, reported
 * after the whole's first (31 "in the Kessel valley" after 12, 19 and 27 for the valley's floods), is the whole
 * under another name: a part cannot exceed its whole.
 */
function scopeExceedsWhole(figs: JoinFigure[], dayOf: (c: ClaimInput) => string | null): void {
  // Per whole: its readings by day, with the largest so far, so each scoped claim is one binary search.
  const wholes = new Map<string, { f: JoinFigure; days: string[]; most: number[] }>();
  for (const f of figs) {
    if (f.key.scope !== '') continue;
    const readings: Array<[string, number]> = [];
    for (const c of f.claims) {
      const n = c.value ?? c.low;
      const day = dayOf(c);
      if (n !== null && day && !c.vague && !c.incremental) readings.push([day, n]);
    }
    readings.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const most: number[] = [];
    for (const [, n] of readings) most.push(Math.max(n, most[most.length - 1] ?? -Infinity));
    wholes.set(`${f.key.story}|${f.key.measure}`, { f, days: readings.map((r) => r[0]), most });
  }
  const moves = new Moves();
  for (const f of figs) {
    if (!partScope(f.key.scope)) continue;
    const whole = wholes.get(`${f.key.story}|${f.key.measure}`);
    if (!whole?.days.length) continue;
    const exceeds = (c: ClaimInput) => {
      const n = c.value ?? c.low;
      const day = dayOf(c);
      if (n === null || !day || c.vague || c.incremental || c.partCue || whole.days[0]! >= day) return false;
      // The last reading on or before its day.
      let lo = 0;
      let hi = whole.days.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (whole.days[mid]! <= day) lo = mid;
        else hi = mid - 1;
      }
      return n >= whole.most[lo]!;
    };
    if (!f.claims.every(exceeds)) continue;
    for (const c of f.claims) {
      c.scope = null;
      moves.move(c, f, whole.f);
    }
  }
  moves.apply();
}

/** figures/group-equals-whole (see the module comment). */
function groupEqualsWhole(figs: JoinFigure[]): void {
  const wholes = new Map<string, Map<string, ClaimInput>>();
  for (const f of figs) {
    if (f.key.scope !== '') continue;
    const k = `${f.key.story}|${f.key.measure}`;
    const readings = wholes.get(k) ?? wholes.set(k, new Map()).get(k)!;
    for (const c of f.claims) {
      if (!c.partCue && !c.incremental && !c.earlier) readings.set(`${reading(c)}|${c.status}`, c);
    }
  }
  const target = new Map<string, JoinFigure>();
  for (const f of figs) if (f.key.scope === '') target.set(`${f.key.story}|${f.key.measure}`, f);
  const moves = new Moves();
  for (const f of figs) {
    if (!f.key.scope || !groupScope(f.key.scope)) continue;
    const k = `${f.key.story}|${f.key.measure}`;
    const whole = target.get(k);
    if (!whole) continue;
    for (const c of f.claims) {
      if (c.partCue || c.incremental || Math.abs(c.value ?? c.low ?? 0) < GROUP_MIN) continue;
      if (!wholes.get(k)!.has(`${reading(c)}|${c.status}`)) continue;
      // Read as the whole from here on: the relation rules compare scopes.
      c.scope = null;
      moves.move(c, f, whole);
    }
  }
  moves.apply();
}

/**
 * figures/group-exceeds-whole: "officials said 20 died; a relief agency counted 27 refugee deaths": a group counted
 * above every whole toll its own article gives cannot be a part of it; it is the whole, told by who they were.
 */
function groupExceedsWhole(figs: JoinFigure[]): void {
  const most = new Map<string, number>();
  const target = new Map<string, JoinFigure>();
  for (const f of figs) {
    if (f.key.scope !== '') continue;
    target.set(`${f.key.story}|${f.key.measure}`, f);
    for (const c of f.claims) {
      const n = c.value ?? c.low;
      if (n === null || c.partCue || c.incremental || c.earlier) continue;
      const k = `${f.key.story}|${f.key.measure}|${c.document}`;
      most.set(k, Math.max(most.get(k) ?? n, n));
    }
  }
  const moves = new Moves();
  for (const f of figs) {
    if (!f.key.scope || !groupScope(f.key.scope)) continue;
    const whole = target.get(`${f.key.story}|${f.key.measure}`);
    if (!whole) continue;
    for (const c of f.claims) {
      const n = c.value ?? c.low;
      if (n === null || c.partCue || c.incremental || c.earlier || n < GROUP_MIN) continue;
      const top = most.get(`${f.key.story}|${f.key.measure}|${c.document}`);
      if (top === undefined || n <= top) continue;
      c.scope = null;
      moves.move(c, f, whole);
    }
  }
  moves.apply();
}

/**
 * figures/headline-is-lead: "Flash flood kills 11 in Dorvan" over "Eleven people were killed when the river burst":
 * a headline's count with a place (or group) is the toll its article's body states with none, the same reading.
 */
function headlineIsLead(figs: JoinFigure[]): void {
  const wholes = new Map<string, JoinFigure>();
  const readings = new Set<string>();
  for (const f of figs) {
    if (f.key.scope !== '') continue;
    const k = `${f.key.story}|${f.key.measure}`;
    wholes.set(k, f);
    for (const c of f.claims)
      if (c.sentence !== 0 && !c.partCue && !c.incremental && !c.earlier)
        readings.add(`${k}|${c.document}|${reading(c)}|${c.status}`);
  }
  const moves = new Moves();
  for (const f of figs) {
    if (!f.key.scope || f.key.scope.startsWith(EVENT_SCOPE)) continue;
    const k = `${f.key.story}|${f.key.measure}`;
    const whole = wholes.get(k);
    if (!whole) continue;
    for (const c of f.claims) {
      if (c.sentence !== 0 || c.partCue || c.incremental || c.vague) continue;
      if (!readings.has(`${k}|${c.document}|${reading(c)}|${c.status}`)) continue;
      c.scope = null;
      moves.move(c, f, whole);
    }
  }
  moves.apply();
}

/**
 * Run the joins over figures under construction (each with its story, measure, scope and action), placing
 * the measureless claims `loose` where a rule finds them a figure; figures left empty are removed.
 */
export function joinFigures<F extends JoinFigure>(
  figs: F[],
  loose: Loose,
  dayOf: (c: ClaimInput) => string | null,
): void {
  const left = conversionJoinsSum(figs, loose);
  earlierJoinsSentence(figs);
  measurelessJoins(figs, listSiblingJoins(figs, left));
  groupSiblingJoins(figs);
  siteScopeIsWhole(figs);
  scopeSameAsWhole(figs);
  scopeExceedsWhole(figs, dayOf);
  groupEqualsWhole(figs);
  groupExceedsWhole(figs);
  headlineIsLead(figs);
  for (let i = figs.length - 1; i >= 0; i--) if (!figs[i]!.claims.length) figs.splice(i, 1);
}
