/**
 * Reconciliation of one figure, shown beside its raw claims and never
 * replacing them: a timeline, increments summed, plans kept apart from what
 * was done (a later done figure revising an earlier plan), disagreements
 * typed (conflict, compatible bounds, rounding, scope, as-of date), and a
 * current best value with the reason in words.
 */
import { compareDates } from './duplicates.js';
import type {
  ClaimInput,
  ClaimProvenance,
  DocMeta,
  Disagreement,
  IncrementChain,
  Reconciliation,
  Revision,
  StatusClass,
  TimelineEntry,
  ValueGroup,
} from './types.js';
import { scopeOf } from './normalise.js';
import { BOUND_HEAD, boundWords } from '../vocabulary/bound-words.js';
import { isCurrencyCode } from '../vocabulary/currency.js';

/** Days within which two reports count as the same moment ("the same week" and a little). */
const SAME_TIME_DAYS = 14;
/** Value groups compared pairwise per figure (the most supported first): bounds the quadratic step. */
const MAX_GROUPS = 24;
/**
 * Relations kept per figure: every pair of 24 values is 276, and a long list helps no reader (nor memory at 100k
 * articles).
 */
const MAX_CONFLICTS = 40;
const MAX_OTHER_RELATIONS = 24;
/**
 * Revisions kept per figure, between the MAX_GROUPS most supported planned and
 * done values: every pair of a large figure's values is quadratic in its claims.
 */
const MAX_REVISIONS = 40;
/** Claims of each side kept on a disagreement for citations (the value groups keep them all). */
const CITE_SAMPLE = 5;
/** A done figure revises a plan when it is at least this share of it (smaller ones are progress). */
const REVISION_SHARE = 0.5;

export function statusClass(status: string): StatusClass {
  if (status === 'asserted') return 'done';
  if (status === 'planned' || status === 'possible' || status === 'unconfirmed' || status === 'denied') return status;
  return 'done';
}

/** 12000 → "12,000"; 2.5 → "2.5" (toLocaleString is ~50× slower, and this runs per claim). */
export function formatNumber(n: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  const cents = Math.round(abs * 100);
  const int = Math.floor(cents / 100);
  const frac = cents % 100;
  let s = String(int);
  for (let i = s.length - 3; i > 0; i -= 3) s = `${s.slice(0, i)},${s.slice(i)}`;
  if (frac) s += `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return neg ? `-${s}` : s;
}
const fmt = formatNumber;

/** Signs of the currencies a reader knows by them; other codes are written before the amount ("CHF 2 million"). */
const CURRENCY_SIGN: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** A sum of money as it is written in the news: "$1.9 billion", "€540 million", "$12,500". */
export function moneyText(n: number, unit: string): string {
  const sign = CURRENCY_SIGN[unit] ?? `${unit} `;
  const abs = Math.abs(n);
  const [scale, word] =
    abs >= 1e12 ? [1e12, ' trillion'] : abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
  const amount = scale === 1 ? fmt(abs) : String(Math.round((abs / scale) * 100) / 100);
  return `${n < 0 ? '-' : ''}${sign}${amount}${word}`;
}

/**
 * The quantity in words, a bound or approximation in its source's own words (`text`, the quantity as written) or
 * the safe ones: "more than 13,000", "up to 27", "around 600", "thousands (at least 2,000)", "$2 billion".
 */
export function valueText(c: {
  value: number | null;
  low: number | null;
  high: number | null;
  bound?: string;
  approximate?: boolean;
  vague?: boolean;
  incremental?: boolean;
  unit?: string | null;
  text?: string;
}): string {
  const fmt = isCurrencyCode(c.unit) ? (n: number) => moneyText(n, c.unit!) : formatNumber;
  let t: string;
  if (c.vague) t = c.low !== null ? `at least ${fmt(c.low)} (vague)` : 'an unstated number (vague)';
  else if (c.value !== null && (c.low === null || c.low === c.value) && (c.high === null || c.high === c.value))
    t = `${c.approximate ? `${boundWords(c.text, 'approx')} ` : ''}${fmt(c.value)}`;
  else if (c.low !== null && c.high !== null && c.low !== c.high) t = `${fmt(c.low)}–${fmt(c.high)}`;
  else if (c.low !== null && c.high === null) t = `${boundWords(c.text, 'lower')} ${fmt(c.low)}`;
  else if (c.high !== null && c.low === null) t = `${boundWords(c.text, 'upper')} ${fmt(c.high)}`;
  else t = fmt(c.value ?? c.low ?? c.high ?? 0);
  return c.incremental ? `another ${t}` : t;
}

function aboutKey(about: string | null): string | null {
  if (!about) return null;
  const s = about.replace(/^\//, '').split('/')[0]!;
  return s || null;
}

/** Days between two ISO dates of day precision, or null when either is partial or unknown. */
function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b || a.length < 10 || b.length < 10) return null;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

function point(g: { value: number | null; low: number | null; high: number | null }): number | null {
  if (g.value !== null && (g.low === null || g.low === g.value) && (g.high === null || g.high === g.value))
    return g.value;
  return null;
}

function interval(g: { value: number | null; low: number | null; high: number | null }): [number, number] {
  const lo = g.low ?? g.value ?? -Infinity;
  const hi = g.high ?? (g.low !== null && g.value === null ? Infinity : (g.value ?? Infinity));
  return [lo, hi];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function shortName(name: string): string {
  // "National Intelligence Service" → NIS only when the name itself is an acronym-able organisation; keep names as
  // given otherwise.
  return name;
}

/** Where a claim's said date comes from: the claim, its article's publication date, or the rule that dated it. */
function saidBy(c: ClaimInput, doc: DocMeta | undefined): string | null {
  // The claims stage falls back on the publication date: only a date other than it was read in the sentence.
  if (c.said && c.said !== doc?.published) return 'claims/said';
  if (doc?.published) return doc.asOf === doc.published && doc.asOfBy ? doc.asOfBy : 'dates/published';
  return doc?.asOf ? (doc.asOfBy ?? null) : null;
}

/**
 * Reconcile the claims of one figure. `conflictRelations`, the figure's conflict relations (src/corpus/relations.ts),
 * decides which values are in real conflict: without it, any two values of one time are.
 */
export function reconcile(
  claims: ClaimInput[],
  docs: Map<string, DocMeta>,
  provenance: (claim: ClaimInput) => ClaimProvenance,
  conflictRelations?: Array<{ a: string; b: string }>,
): Reconciliation {
  const prov = new Map(claims.map((c) => [c.id, provenance(c)]));
  // One string per distinct wording of a value, shared by the timeline entries.
  const texts = new Map<string, string>();
  const textOf = (c: ClaimInput) => {
    // The words before the number say how a bound or approximation is printed ("over 200", "at least 200").
    const cue =
      c.approximate || (c.low === null) !== (c.high === null) ? (c.text ?? '').slice(0, BOUND_HEAD).toLowerCase() : '';
    const k = `${c.value}|${c.low}|${c.high}|${c.approximate}|${c.vague}|${c.incremental}|${c.unit ?? ''}|${cue}`;
    return texts.get(k) ?? texts.set(k, valueText(c)).get(k)!;
  };
  const timeline: TimelineEntry[] = claims.map((c) => {
    const p = prov.get(c.id)!;
    return {
      claim: c.id,
      document: c.document,
      text: textOf(c),
      value: c.value,
      low: c.low,
      high: c.high,
      bound: c.bound,
      status: statusClass(c.status),
      incremental: c.incremental,
      scope: c.scope !== undefined ? c.scope : scopeOf(c.measure, c.text),
      about: c.when,
      said: c.said ?? docs.get(c.document)?.published ?? docs.get(c.document)?.asOf ?? null,
      saidBy: saidBy(c, docs.get(c.document)),
      source: p.primary,
      sourceName: p.primaryName,
      via: c.via ?? [],
    };
  });
  // By the time a report is about (else its date), then its date, then its article's order. Each entry's keys
  // are worked out once, not up to four times in every comparison: sorting a figure of 40,000 reports
  // split about 2.6 million strings (aboutKey) for nothing.
  const keys = new Map<TimelineEntry, { about: string; said: string; doc: number }>();
  for (const e of timeline)
    keys.set(e, {
      about: aboutKey(e.about) ?? e.said ?? '9999',
      said: e.said ?? '9999',
      doc: docs.get(e.document)?.order ?? 0,
    });
  timeline.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return ka.about < kb.about
      ? -1
      : ka.about > kb.about
        ? 1
        : ka.said < kb.said
          ? -1
          : ka.said > kb.said
            ? 1
            : ka.doc - kb.doc;
  });

  // Distinct values.
  const groupMap = new Map<string, { g: ValueGroup; entries: TimelineEntry[] }>();
  for (const e of timeline) {
    // The time a claim is about ("10,000 by December") makes a different value from an undated one.
    const key = `${e.status}|${e.incremental ? 'inc' : 'abs'}|${e.scope ?? ''}|${e.value}|${e.low}|${e.high}|${e.about ?? ''}`;
    let slot = groupMap.get(key);
    if (!slot) {
      slot = {
        g: {
          key,
          text: e.text,
          status: e.status,
          value: e.value,
          low: e.low,
          high: e.high,
          incremental: e.incremental,
          scope: e.scope,
          claims: [],
          documents: [],
          sources: [],
          sourceNames: [],
          independentArticles: 0,
          said: null,
          about: null,
          corroboration: '',
        },
        entries: [],
      };
      groupMap.set(key, slot);
    }
    slot.entries.push(e);
  }
  const groups: ValueGroup[] = [];
  for (const { g, entries } of groupMap.values()) {
    g.claims = entries.map((e) => e.claim);
    g.documents = [...new Set(entries.map((e) => e.document))];
    const names = new Map<string, string>();
    for (const e of entries) if (!names.has(e.source)) names.set(e.source, e.sourceName);
    g.sources = [...names.keys()];
    g.sourceNames = [...names.values()];
    g.independentArticles = new Set(entries.map((e) => prov.get(e.claim)!.group)).size;
    const saids = entries
      .map((e) => e.said)
      .filter((s): s is string => !!s)
      .sort();
    g.said = saids.length ? saids[saids.length - 1]! : null;
    g.about = entries[0]!.about;
    const indep = g.independentArticles < g.documents.length ? ` (${g.independentArticles} independent)` : '';
    g.corroboration = `${g.text} — ${plural(g.sources.length, 'source')} (${g.sourceNames.map(shortName).join(', ')}), ${plural(g.documents.length, 'article')}${indep}`;
    groups.push(g);
  }
  groups.sort((a, b) => b.claims.length - a.claims.length || (a.key < b.key ? -1 : 1));
  const entriesOf = new Map([...groupMap.values()].map(({ g, entries }) => [g.key, entries]));
  const describe = (g: ValueGroup) =>
    `${g.text}${g.about ? ` (about ${g.about})` : ''} (${g.sourceNames.join(', ')}, ${g.status}${g.scope ? `, ${g.scope}` : ''}${g.said ? `, ${g.said}` : ''})`;

  // The dates of a value are those of every report of it with the same status (dated or not, about a time or not).
  const byValue = new Map<string, TimelineEntry[]>();
  const valueKey = (g: {
    status: string;
    value: number | null;
    low: number | null;
    high: number | null;
    incremental: boolean;
    scope: string | null;
  }) => `${g.status}|${g.incremental}|${g.scope ?? ''}|${g.value}|${g.low}|${g.high}`;
  for (const g of groups) {
    const list = byValue.get(valueKey(g)) ?? byValue.set(valueKey(g), []).get(valueKey(g))!;
    for (const e of entriesOf.get(g.key)!) list.push(e);
  }
  const sameValue = (g: ValueGroup) => byValue.get(valueKey(g))!;
  // Value groups joined by a conflict relation: a source's own later toll, or a rising one, is no conflict.
  let rival: ((a: ValueGroup, b: ValueGroup) => boolean) | null = null;
  if (conflictRelations) {
    const groupOf = new Map<string, string>();
    for (const g of groups) for (const c of g.claims) groupOf.set(c, g.key);
    const pairs = new Set<string>();
    for (const r of conflictRelations) {
      const [ga, gb] = [groupOf.get(r.a), groupOf.get(r.b)];
      if (ga && gb) pairs.add(`${ga}\u0000${gb}`).add(`${gb}\u0000${ga}`);
    }
    rival = (a, b) => pairs.has(`${a.key}\u0000${b.key}`);
  }

  // Disagreements and agreements between distinct values of the same status.
  const disagreements: Disagreement[] = [];
  const agreements: Reconciliation['agreements'] = [];
  let conflicts = 0;
  let others = 0;
  const comparable = groups
    .filter((g) => !g.incremental && (g.status === 'done' || g.status === 'planned'))
    .slice(0, MAX_GROUPS);
  for (let i = 0; i < comparable.length; i++) {
    for (let j = i + 1; j < comparable.length; j++) {
      const a = comparable[i]!;
      const b = comparable[j]!;
      if (a.status !== b.status) continue;
      if (disagreements.length >= MAX_CONFLICTS + MAX_OTHER_RELATIONS) break;
      let kind = compare(a, b, sameValue(a), sameValue(b));
      if (kind === 'conflict' && rival && !rival(a, b)) kind = 'as-of-date';
      if (
        kind === 'conflict'
          ? conflicts >= MAX_CONFLICTS
          : kind === 'agree'
            ? agreements.length >= MAX_OTHER_RELATIONS
            : others >= MAX_OTHER_RELATIONS
      )
        continue;
      if (kind === 'conflict') conflicts++;
      else if (kind !== 'agree') others++;
      // A sample of each side's claims, for citations: the groups hold the full lists.
      const claimsAB = [...a.claims.slice(0, CITE_SAMPLE), ...b.claims.slice(0, CITE_SAMPLE)];
      if (kind === 'agree') {
        agreements.push({ a: a.key, b: b.key, note: `${describe(a)} and ${describe(b)} agree` });
        continue;
      }
      disagreements.push({
        kind,
        a: a.key,
        b: b.key,
        claims: claimsAB,
        note: disagreementNote(kind, describe(a), describe(b)),
      });
    }
  }

  const increments = sumIncrements(groups, entriesOf, prov, countedInTotal(claims));
  const revisions = findRevisions(groups, entriesOf);
  const earlier = new Set(claims.filter((c) => c.earlier).map((c) => c.id));
  const best = bestValue(groups, increments, revisions, disagreements, agreements, earlier);
  const unit = claims.find((c) => c.id === best.claims[0])?.unit ?? null;
  if (unit) best.unit = unit;

  const sourceStats = new Map<string, { key: string; name: string; claims: number; docs: Set<string> }>();
  for (const e of timeline) {
    const s = sourceStats.get(e.source) ?? { key: e.source, name: e.sourceName, claims: 0, docs: new Set<string>() };
    s.claims++;
    s.docs.add(e.document);
    sourceStats.set(e.source, s);
  }
  return {
    timeline,
    values: groups,
    increments,
    revisions,
    disagreements,
    agreements,
    best,
    sources: [...sourceStats.values()]
      .map((s) => ({ key: s.key, name: s.name, claims: s.claims, articles: s.docs.size }))
      .sort((a, b) => b.claims - a.claims),
    articles: new Set(timeline.map((e) => e.document)).size,
  };
}

function disagreementNote(kind: Disagreement['kind'], a: string, b: string): string {
  switch (kind) {
    case 'conflict':
      return `${a} against ${b}: reported for the same thing at the same time — a real disagreement`;
    case 'compatible-bounds':
      return `${a} and ${b} are compatible: a bound and a value inside it`;
    case 'rounding':
      return `${a} and ${b} differ only by rounding`;
    case 'scope':
      return `${a} and ${b} count different things (a different scope)`;
    case 'as-of-date':
      return `${a} and ${b} are as of different dates`;
  }
}

/** Type the relation between two distinct values of the same status. */
function compare(
  a: ValueGroup,
  b: ValueGroup,
  ea: TimelineEntry[],
  eb: TimelineEntry[],
): Disagreement['kind'] | 'agree' {
  if ((a.scope ?? '') !== (b.scope ?? '')) return 'scope';
  const pa = point(a);
  const pb = point(b);
  if (pa !== null && pb !== null && pa === pb) return 'agree';
  const [alo, ahi] = interval(a);
  const [blo, bhi] = interval(b);
  if (pa === null || pb === null) {
    // A bound (or vague magnitude) and a value or bound.
    if (alo <= bhi && blo <= ahi) {
      const touching =
        (pa !== null && (pa === blo || pa === bhi)) ||
        (pb !== null && (pb === alo || pb === ahi)) ||
        (alo === blo && ahi === bhi);
      return touching ? 'agree' : 'compatible-bounds';
    }
  } else {
    const diff = Math.abs(pa - pb);
    const rel = diff / Math.max(Math.abs(pa), Math.abs(pb));
    const approximate = ea.some((e) => e.text.startsWith('around')) || eb.some((e) => e.text.startsWith('around'));
    const round = (x: number) =>
      x !== 0 && Number.isInteger(x) && x % 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, diff)))) === 0;
    if ((approximate && rel <= 0.1) || (rel <= 0.05 && (round(pa) || round(pb)))) return 'rounding';
  }
  return contemporaneous(ea, eb) ? 'conflict' : 'as-of-date';
}

/** true when some report of one value and some report of the other could be about the same moment. */
function contemporaneous(ea: TimelineEntry[], eb: TimelineEntry[]): boolean {
  const aboutA = new Set(ea.map((e) => aboutKey(e.about)?.slice(0, 7)).filter(Boolean));
  const aboutB = new Set(eb.map((e) => aboutKey(e.about)?.slice(0, 7)).filter(Boolean));
  if (aboutA.size && aboutB.size && ![...aboutA].some((x) => aboutB.has(x))) return false;
  // Dated reports decide; a value reported only without dates is free to be of the same moment.
  const sa = new Set(ea.map((e) => e.said).filter((s): s is string => !!s));
  const sb = new Set(eb.map((e) => e.said).filter((s): s is string => !!s));
  if (!sa.size || !sb.size) return true;
  // Day-precision dates: any two within SAME_TIME_DAYS (a merge over sorted days, linear).
  const days = (xs: Set<string>) =>
    [...xs]
      .filter((x) => x.length >= 10)
      .map((x) => Date.parse(x.slice(0, 10)) / 86_400_000)
      .sort((x, y) => x - y);
  const da = days(sa);
  const db = days(sb);
  for (let i = 0, j = 0; i < da.length && j < db.length;) {
    if (Math.abs(da[i]! - db[j]!) <= SAME_TIME_DAYS) return true;
    if (da[i]! < db[j]!) i++;
    else j++;
  }
  // A year or month only: the same at the coarser precision cannot be told apart.
  const prefixes = (xs: Set<string>) => new Set([...xs].flatMap((x) => [x.slice(0, 4), x.slice(0, 7)]));
  const pa = prefixes(sa);
  const pb = prefixes(sb);
  for (const x of sa) if (x.length < 10 && pb.has(x)) return true;
  for (const y of sb) if (y.length < 10 && pa.has(y)) return true;
  return false;
}

/**
 * Increments a total in their own sentence already counts ("the toll has now reached 274 after 29 more
 * bodies were found"): they are not added to it again.
 */
function countedInTotal(claims: ClaimInput[]): Set<string> {
  const totals = new Map<string, number>();
  for (const c of claims) {
    if (!c.totalCue || c.incremental || c.sentence === undefined) continue;
    const k = `${c.document}|${c.sentence}`;
    totals.set(k, Math.max(totals.get(k) ?? -Infinity, c.value ?? c.low ?? -Infinity));
  }
  const out = new Set<string>();
  if (!totals.size) return out;
  for (const c of claims) {
    const total = c.incremental && c.sentence !== undefined ? totals.get(`${c.document}|${c.sentence}`) : undefined;
    if (total !== undefined && (c.value ?? c.low ?? Infinity) < total) out.add(c.id);
  }
  return out;
}

/**
 * 1,500 and then "another 1,500" is 3,000 so far. Repeats of one increment
 * (same value in the same article, or from the same source at the same time)
 * count once. Each increment adds to a base: a non-incremental value of the
 * same status and scope from the same source (else in the same article),
 * reported no later; increments without such a base stay on the timeline only.
 */
function sumIncrements(
  groups: ValueGroup[],
  entriesOf: Map<string, TimelineEntry[]>,
  prov: Map<string, ClaimProvenance>,
  counted: Set<string>,
): IncrementChain[] {
  const chains: IncrementChain[] = [];
  for (const status of ['done', 'planned'] as const) {
    const incs = groups.filter((g) => g.incremental && g.status === status && (g.value ?? g.low) !== null);
    if (!incs.length) continue;
    type Event = {
      value: number;
      scope: string;
      claims: string[];
      sources: Set<string>;
      said: string | null;
      documents: Set<string>;
    };
    const byValue = new Map<string, Event[]>();
    const events: Event[] = [];
    for (const g of incs) {
      for (const e of entriesOf.get(g.key)!) {
        if (counted.has(e.claim)) continue;
        const value = (e.value ?? e.low)!;
        const k = `${value}|${e.scope ?? ''}`;
        const bucket = byValue.get(k) ?? byValue.set(k, []).get(k)!;
        const same = bucket.find(
          (ev) =>
            ev.documents.has(e.document) ||
            (ev.sources.has(e.source) && (daysApart(ev.said, e.said) ?? 0) <= SAME_TIME_DAYS),
        );
        if (same) {
          same.claims.push(e.claim);
          same.documents.add(e.document);
          same.sources.add(e.source);
        } else {
          const ev = {
            value,
            scope: e.scope ?? '',
            claims: [e.claim],
            sources: new Set([e.source]),
            said: e.said,
            documents: new Set([e.document]),
          };
          bucket.push(ev);
          events.push(ev);
        }
      }
    }
    const bases = groups.filter((g) => !g.incremental && g.status === status && point(g) !== null);
    const bySource = new Map<string, ValueGroup[]>();
    const byDoc = new Map<string, ValueGroup[]>();
    for (const g of bases) {
      for (const e of entriesOf.get(g.key)!) {
        const a = bySource.get(e.source) ?? bySource.set(e.source, []).get(e.source)!;
        if (a[a.length - 1] !== g) a.push(g);
        const b = byDoc.get(e.document) ?? byDoc.set(e.document, []).get(e.document)!;
        if (b[b.length - 1] !== g) b.push(g);
      }
    }
    const chainOf = new Map<string, { base: ValueGroup; events: Event[] }>();
    for (const ev of events) {
      const candidates = new Set<ValueGroup>();
      for (const src of ev.sources) for (const g of bySource.get(src) ?? []) candidates.add(g);
      for (const d of ev.documents) for (const g of byDoc.get(d) ?? []) candidates.add(g);
      let best: ValueGroup | null = null;
      let bestScore = -1;
      for (const g of candidates) {
        // A scoped increment ("a further 6,000 construction troops") adds to its own scope's base, else to the whole.
        const sameScope = (g.scope ?? '') === ev.scope;
        if (!sameScope && g.scope) continue;
        const es = entriesOf.get(g.key)!;
        if (!es.some((e) => compareDates(e.said, ev.said) !== 1)) continue; // reported after the increment
        const score =
          (sameScope ? 8 : 0) +
          (es.some((e) => ev.sources.has(e.source)) ? 4 : 0) +
          (es.some((e) => ev.documents.has(e.document)) ? 2 : 0) +
          g.claims.length / 1e6;
        if (score > bestScore) [best, bestScore] = [g, score];
      }
      if (!best) continue;
      const slot = chainOf.get(best.key) ?? chainOf.set(best.key, { base: best, events: [] }).get(best.key)!;
      slot.events.push(ev);
    }
    const srcName = (claims: string[]) => prov.get(claims[0]!)?.primaryName ?? '';
    for (const { base, events: evs } of chainOf.values()) {
      const baseValue = point(base)!;
      const cumulative = baseValue + evs.reduce((s, ev) => s + ev.value, 0);
      const incText = evs
        .map((ev) => `another ${fmt(ev.value)} (${srcName(ev.claims)}${ev.said ? `, reported ${ev.said}` : ''})`)
        .join(' plus ');
      chains.push({
        base: { value: baseValue, claims: base.claims.slice(0, CITE_SAMPLE) },
        increments: evs.map((ev) => ({ value: ev.value, claims: ev.claims.slice(0, CITE_SAMPLE) })),
        cumulative,
        note: `${fmt(baseValue)} (${base.sourceNames.join(', ')}${base.about ? `, ${base.about}` : ''}) plus ${incText} is a cumulative ${fmt(cumulative)} so far${status === 'planned' ? ' (planned)' : ''}: an increment, not a contradiction`,
      });
    }
  }
  return chains;
}

/**
 * A done figure reported after a plan, and of the plan's size, revises it: 11,000 dispatched revises the planned
 * 12,000.
 */
function findRevisions(groups: ValueGroup[], entriesOf: Map<string, TimelineEntry[]>): Revision[] {
  const out: Revision[] = [];
  // The most supported values first (groups come sorted by their claims), as for disagreements.
  const planned = groups
    .filter((g) => g.status === 'planned' && !g.incremental && point(g) !== null)
    .slice(0, MAX_GROUPS);
  const done = groups
    .filter((g) => g.status === 'done' && !g.incremental && (g.value ?? g.low) !== null)
    .slice(0, MAX_GROUPS);
  // Each plan's dated reports, gathered once rather than again for every done value.
  const plannedSaid = new Map(
    planned.map((p) => [
      p,
      entriesOf
        .get(p.key)!
        .map((e) => e.said)
        .filter((s): s is string => !!s),
    ]),
  );
  for (const d of done) {
    if (out.length >= MAX_REVISIONS) break;
    const dv = (point(d) ?? d.low)!;
    const dSaid =
      entriesOf
        .get(d.key)!
        .map((e) => e.said)
        .filter((s): s is string => !!s)
        .sort()
        .pop() ?? null;
    for (const p of planned) {
      if (out.length >= MAX_REVISIONS) break;
      if ((p.scope ?? '') !== (d.scope ?? '')) continue;
      const pv = point(p)!;
      if (dv < pv * REVISION_SHARE) continue;
      const pSaid = plannedSaid.get(p)!;
      // Later: every dated report of the plan was made before the done report.
      if (!dSaid || !pSaid.length || !pSaid.every((s) => compareDates(s, dSaid) === -1)) continue;
      const change = dv - pv;
      out.push({
        planned: { value: pv, claims: p.claims, sources: p.sourceNames },
        done: { value: dv, claims: d.claims, sources: d.sourceNames },
        change,
        note: `${d.text} done (${d.sourceNames.join(', ')}${d.about ? `, about ${d.about}` : ''}, reported ${dSaid}) revises the planned ${p.text} (${p.sourceNames.join(', ')}${p.said ? `, ${p.said}` : ''}): ${change === 0 ? 'as planned' : `${change > 0 ? '+' : '−'}${fmt(Math.abs(change))}`}`,
      });
    }
  }
  return out;
}

function bestValue(
  groups: ValueGroup[],
  increments: IncrementChain[],
  revisions: Revision[],
  disagreements: Disagreement[],
  agreements: Reconciliation['agreements'],
  earlier: Set<string>,
): Reconciliation['best'] {
  type Candidate = {
    value: number | null;
    low: number | null;
    high: number | null;
    status: StatusClass;
    said: string;
    claims: string[];
    sources: string[];
    text: string;
    why: string;
  };
  const candidates: Candidate[] = [];
  for (const status of ['done', 'planned', 'possible', 'unconfirmed'] as const) {
    // reconcile/earlier-not-best: a value only ever given as the earlier one ("lowered from 64") is not current.
    const all = groups.filter((g) => g.status === status && !g.incremental);
    const current = all.filter((g) => !g.claims.every((c) => earlier.has(c)));
    const gs = current.length ? current : all;
    const unscoped = gs.filter((g) => !g.scope);
    for (const g of unscoped.length ? unscoped : gs) {
      candidates.push({
        value: point(g),
        low: g.low ?? point(g),
        high: g.high ?? point(g),
        status,
        said: g.said ?? '',
        claims: g.claims,
        sources: g.sourceNames,
        text: g.text,
        why: 'latest reported',
      });
    }
    for (const chain of increments) {
      const inThis = groups.some((g) => g.status === status && g.claims.includes(chain.base.claims[0]!));
      if (!inThis) continue;
      candidates.push({
        value: chain.cumulative,
        low: chain.cumulative,
        high: chain.cumulative,
        status,
        said: '',
        claims: [...chain.base.claims, ...chain.increments.flatMap((i) => i.claims)],
        sources: [],
        text: fmt(chain.cumulative),
        why: 'base plus increments',
      });
    }
    if (candidates.length) break;
  }
  if (!candidates.length)
    return {
      value: null,
      low: null,
      high: null,
      status: null,
      reason: 'no reported value',
      claims: [],
      singleSource: false,
    };
  // The latest report wins; among reports of one date a stated number over a bound or a vague magnitude,
  // then the larger (more complete) count; then the better supported.
  const exactness = (c: Candidate) => (c.value !== null ? 2 : c.text.includes('(vague)') ? 0 : 1);
  candidates.sort(
    (a, b) =>
      (a.said < b.said ? 1 : a.said > b.said ? -1 : 0) ||
      exactness(b) - exactness(a) ||
      (b.value ?? b.low ?? 0) - (a.value ?? a.low ?? 0) ||
      b.claims.length - a.claims.length,
  );
  const top = candidates[0]!;
  const topGroup = groups.find((g) => g.claims[0] === top.claims[0]);
  const sources = topGroup ? topGroup.sourceNames : top.sources;
  // Range: the best value and the values in real conflict with it.
  let low = top.low;
  let high = top.high;
  const conflicting: string[] = [];
  if (topGroup) {
    for (const d of disagreements) {
      if (d.kind !== 'conflict' || (d.a !== topGroup.key && d.b !== topGroup.key)) continue;
      const other = groups.find((g) => g.key === (d.a === topGroup.key ? d.b : d.a))!;
      conflicting.push(`${other.text} (${other.sourceNames.join(', ')})`);
      const [lo, hi] = interval(other);
      if (low !== null && Number.isFinite(lo)) low = Math.min(low, lo);
      if (high !== null && Number.isFinite(hi)) high = Math.max(high, hi);
    }
  }
  // A bound that agrees with a stated value: the value is the best reading, the bound stays as the range.
  let value = top.value;
  if (value === null && topGroup) {
    for (const g of groups) {
      const p = point(g);
      const agree = agreements.some(
        (x) => (x.a === topGroup.key && x.b === g.key) || (x.b === topGroup.key && x.a === g.key),
      );
      if (p !== null && agree) {
        value = p;
        break;
      }
    }
  }
  const revised = topGroup ? revisions.filter((r) => r.done.claims[0] === topGroup.claims[0]) : [];
  const parts: string[] = [];
  const kind = top.status === 'done' ? 'done' : top.status;
  const stated = value !== null && top.value === null ? `${fmt(value)} (also reported as ${top.text})` : top.text;
  parts.push(
    `${top.why === 'base plus increments' ? `the increments add up to ${top.text}` : `${stated} is the latest ${kind} figure`}${top.said ? ` (reported ${top.said})` : ''}`,
  );
  if (top.status !== 'done') parts.push(`no figure reports it as done`);
  const plannedText = (r: Revision) =>
    groups.find((g) => g.claims[0] === r.planned.claims[0])?.text ?? fmt(r.planned.value);
  if (revised.length) parts.push(`it revises the planned ${[...new Set(revised.map(plannedText))].join(' and ')}`);
  if (conflicting.length) parts.push(`contested by ${conflicting.join(', ')}`);
  const singleSource = sources.length === 1;
  if (singleSource) parts.push(`rests on a single source (${sources[0]})`);
  const reason = parts.join('; ');
  return {
    value,
    low,
    high,
    status: top.status,
    reason: reason[0]!.toUpperCase() + reason.slice(1),
    claims: top.claims,
    singleSource,
  };
}
