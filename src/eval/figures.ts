/**
 * Checks of gold `figures[].expect` statements against the computed figures.
 *
 * Each statement is read for its kind (a disagreement flagged between two
 * values; an increment summing to a cumulative value; a done value revising a
 * planned one; N primary sources with M articles; values that agree;
 * compatible bounds; a difference of scope; a value with its source and date)
 * and its numbers and names, then checked against the reconciliation. The
 * sentences are parsed, never compared as strings; kinds that cannot be
 * recognised are reported as not checked.
 */
import { formatNumber } from '../corpus/reconcile.js';
import { NUMBER_WORD_VALUES } from '../vocabulary/number-words.js';
import type { Reconciliation, ValueGroup } from '../corpus/types.js';
import { actionKey, measureKey } from '../corpus/normalise.js';
import type { ClaimRecord, DocumentRecord, FigureRecord } from '../records.js';

export interface GoldFigureLike {
  id: string;
  label?: string;
  measure?: string | null;
  action?: string | null;
  expect: string[];
}

export interface GoldLike {
  documents: Array<{
    file: string;
    claims: Array<{ evidence: string; measure?: string | null; action?: string | null }>;
  }>;
  entities?: Array<{ name: string; aliases?: string[] }>;
  figures: GoldFigureLike[];
}

export type StatementKind =
  | 'timeline'
  | 'own-voice'
  | 'disagreement'
  | 'increment'
  | 'revision'
  | 'sources'
  | 'agree'
  | 'compatible-bounds'
  | 'scope'
  | 'rounding'
  | 'as-of-date'
  | 'excluded'
  | 'parts'
  | 'value'
  | 'unknown';

export interface FigureCheck {
  figure: string;
  /** The computed figure it was matched to, or null. */
  matched: string | null;
  statement: string;
  kind: StatementKind;
  holds: boolean;
  why: string;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const fmt = (n: number) => (n < 0 ? `a vague magnitude (~${formatNumber(-n)})` : formatNumber(n));

/** The number words a statement writes (`two of the four`, `a single`): the shared cardinals and `single`. */
const WORD_NUMBERS: Record<string, number> = { ...NUMBER_WORD_VALUES, single: 1 };

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Vague magnitudes, coded as ACLED does (the most conservative reading). */
const VAGUE: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  millions: 1e6,
  billions: 1e9,
};

/**
 * Values stated in a piece of a statement, skipping dates, years and
 * document references (`(000)`, `nyt-2058ec60`); "1.5 million" is 1500000;
 * a vague word ("dozens", "billions of dollars") gives its coded magnitude,
 * returned negated so that callers can tell it from a stated number.
 */
export function statementNumbers(text: string): number[] {
  const cleaned = text
    .replace(/\b\d{4}-\d{2}(?:-\d{2})?(?:\/\d{2})?\b/g, ' ')
    .replace(/\(\d{3}\)/g, ' ')
    .replace(/\b[a-z]+-[0-9a-f]*\d[0-9a-f]*\b/gi, ' ')
    .replace(/\b(?:in|since|reported|of|from|by|fiscal|year)\s+(?:\w+\s+)?(?:19|20)\d{2}\b/gi, ' ');
  const out: number[] = [];
  for (const m of cleaned.matchAll(
    /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b)?|\b(dozens|scores|hundreds|thousands|millions|billions)\b/gi,
  )) {
    if (m[3]) {
      out.push(-VAGUE[m[3].toLowerCase()]!);
      continue;
    }
    const n = Number(m[1]!.replace(/,/g, ''));
    if (!m[1]!.includes(',') && !m[2] && !m[1]!.includes('.') && n >= 1900 && n <= 2100) continue; // a year
    out.push(m[2] ? Math.round(n * SCALE[m[2].toLowerCase()]!) : n);
  }
  return out;
}

function countBefore(text: string, noun: RegExp): number | null {
  const m = new RegExp(
    `\\b(\\d+|${Object.keys(WORD_NUMBERS).join('|')})\\s+(?:\\w+\\s+){0,2}?${noun.source}`,
    'i',
  ).exec(text);
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  return WORD_NUMBERS[w] ?? Number(w);
}

const EXCLUDED = /,\s*not (?:the|a|an|its|this|that)\b/;

/** "a -> b -> c": values the figure takes one after another; ", not …" after it says what the values are not. */
const CHAIN = /->/;

function kindOf(s: string): StatementKind {
  const t = s.toLowerCase();
  if (CHAIN.test(s) && !/,\s*not\b/.test(t)) return 'timeline';
  if (/\bincrement|cumulative|\bin total\b|so far/.test(t)) return 'increment';
  if (/\brevis|\binstead of\b|down from|up from/.test(t)) return 'revision';
  if (
    !statementNumbers(s).length &&
    !/primary source/.test(t) &&
    /own voice|(?:no|neither|none)\b[^;]*\b(?:names?|attributes?)\b[^;]*\bsource|no outlet attributes/.test(t)
  )
    return 'own-voice';
  if (/\brests? on|primary sources?|single source|independent sources?/.test(t)) return 'sources';
  if (/\bscope\b|different things/.test(t)) return 'scope';
  if (/\bcompatible\b/.test(t)) return 'compatible-bounds';
  if (/\bround(?:ing|ed)\b/.test(t)) return 'rounding';
  if (/as[- ]of|different dates?/.test(t)) return 'as-of-date';
  if (/disagree|conflict|contradict|\bflag/.test(t)) return 'disagreement';
  if (/\bagree|consistent|\bmatch/.test(t)) return 'agree';
  // "N is a part of the insured losses, not the state's estimate": N belongs to another figure.
  if (EXCLUDED.test(t) && statementNumbers(s).length) return 'excluded';
  // "Ada 41 + Boone 9 = 50: parts that add up": a breakdown into parts and the total they make.
  if (/\bparts?\b[^;]*\badd up\b/.test(t) && /[+=]/.test(s)) return 'parts';
  if (statementNumbers(s).length) return 'value';
  return 'unknown';
}

interface Ctx {
  rec: Reconciliation;
  /** The reconciliations of the figures that are parts of this one (partOf). */
  parts?: Reconciliation[];
  resolve: (name: string) => string;
  claims: Map<string, ClaimRecord>;
}

/**
 * Value groups a stated number refers to: the same value or bound (within
 * the rounding of a displayed decimal, "1.375 billion" → 1,375,000,000); a
 * vague magnitude (negative, see statementNumbers) matches vague groups whose
 * low is within a factor of 3, as the claim scores do.
 */
function groupsWith(rec: Reconciliation, n: number): ValueGroup[] {
  const near = (x: number | null) => x !== null && (x === n || (n !== 0 && Math.abs(x - n) / Math.abs(n) < 0.001));
  if (n < 0) {
    const m = -n;
    return rec.values.filter((g) => g.text.includes('(vague)') && g.low !== null && g.low >= m / 3 && g.low <= m * 3);
  }
  return rec.values.filter((g) => near(g.value) || (g.value === null && (near(g.low) || near(g.high))));
}

function sameName(a: string, b: string, ctx: Ctx): boolean {
  return ctx.resolve(a) === ctx.resolve(b);
}

function checkStatement(s: string, kind: StatementKind, ctx: Ctx): { holds: boolean; why: string } {
  const { rec } = ctx;
  const nums = statementNumbers(s);
  const allSources = [...new Set(rec.values.flatMap((g) => g.sourceNames))];
  switch (kind) {
    case 'timeline': {
      // "24 (June 13) -> at least 33 -> 19 (final)": each step's value is in the figure, the timeline reaches it
      // no earlier than the step before, and no two steps are flagged as a conflict.
      const head = s.split(':')[0]!;
      const whys: string[] = [];
      let ok = true;
      for (const chain of head.split(';')) {
        const steps = chain
          .split('->')
          .map((x) => statementNumbers(x)[0])
          .filter((n): n is number => n !== undefined);
        if (steps.length < 2) continue;
        // Each step's value groups, and where its claims first and last stand on the timeline.
        const seen = steps.map((n) => {
          const groups = groupsWith(rec, n);
          const claims = new Set(groups.flatMap((g) => g.claims));
          let at = -1;
          let last = -1;
          rec.timeline.forEach((e, i) => {
            if (!claims.has(e.claim)) return;
            if (at < 0) at = i;
            last = i;
          });
          return { keys: new Set(groups.map((g) => g.key)), at, last };
        });
        const missing = steps.filter((_, i) => !seen[i]!.keys.size);
        if (missing.length) {
          ok = false;
          whys.push(`no reported value ${missing.map(fmt).join(', ')}`);
          continue;
        }
        for (let i = 1; i < steps.length; i++) {
          const [x, y] = [seen[i - 1]!, seen[i]!];
          const pair = (d: { a: string; b: string }) =>
            (x.keys.has(d.a) && y.keys.has(d.b)) || (y.keys.has(d.a) && x.keys.has(d.b));
          if (rec.disagreements.some((d) => d.kind === 'conflict' && pair(d))) {
            ok = false;
            whys.push(`${fmt(steps[i - 1]!)} and ${fmt(steps[i]!)} flagged as a conflict`);
          } else if (y.last < x.at) {
            ok = false;
            whys.push(`the timeline puts ${fmt(steps[i]!)} before ${fmt(steps[i - 1]!)}`);
          }
        }
        if (ok) whys.push(`${steps.map(fmt).join(' -> ')} in timeline order`);
      }
      if (!whys.length) return { holds: false, why: 'no chain of two values found' };
      return { holds: ok, why: whys.join('; ') };
    }
    case 'increment': {
      // "4,000 and 6,000 add to the 11,000 dispatched": a chain on that base holding the others.
      const onto = /\badds?\s+to\s+(?:the\s+)?([\d,]+)/i.exec(s);
      if (onto) {
        const base = Number(onto[1]!.replace(/,/g, ''));
        const parts = nums.filter((n) => n !== base);
        const chain = rec.increments.find(
          (c) => c.base.value === base && parts.every((n) => c.increments.some((i) => i.value === n)),
        );
        if (!chain)
          return {
            holds: false,
            why: `no increment chain adds ${parts.map(fmt).join(' and ')} to ${fmt(base)} (found: ${rec.increments.map((c) => c.note).join('; ') || 'none'})`,
          };
        return { holds: true, why: chain.note };
      }
      const cum = /cumulative\s+(?:of\s+)?([\d,]+)|total\s+(?:of\s+)?([\d,]+)/i.exec(s);
      const target = cum ? Number((cum[1] ?? cum[2])!.replace(/,/g, '')) : nums[nums.length - 1];
      if (target === undefined) return { holds: false, why: 'no cumulative number found in the statement' };
      const chain = rec.increments.find((c) => c.cumulative === target);
      if (!chain)
        return {
          holds: false,
          why: `no increment chain sums to ${fmt(target)} (found: ${rec.increments.map((c) => fmt(c.cumulative)).join(', ') || 'none'})`,
        };
      const parts = nums.filter((n) => n !== target);
      const have = [chain.base.value, ...chain.increments.map((i) => i.value)];
      const missing = parts.filter((n) => !have.includes(n));
      if (missing.length) return { holds: false, why: `chain ${chain.note} lacks ${missing.map(fmt).join(', ')}` };
      const conflicts = rec.disagreements.filter(
        (d) => d.kind === 'conflict' && d.claims.some((c) => chain.increments.some((i) => i.claims.includes(c))),
      );
      if (conflicts.length)
        return { holds: false, why: `the increment is also flagged as a conflict: ${conflicts[0]!.note}` };
      return { holds: true, why: chain.note };
    }
    case 'revision': {
      const planned = /planned\s+([\d,]+)|plan(?:ned)?\s+(?:of\s+)?([\d,]+)/i.exec(s);
      const p = planned ? Number((planned[1] ?? planned[2])!.replace(/,/g, '')) : nums[1];
      const d = nums.find((n) => n !== p);
      if (p === undefined || d === undefined) return { holds: false, why: 'could not read a done and a planned value' };
      const r = rec.revisions.find((x) => x.done.value === d && x.planned.value === p);
      return r
        ? { holds: true, why: r.note }
        : {
            holds: false,
            why: `no revision of planned ${fmt(p)} by done ${fmt(d)} (found: ${rec.revisions.map((x) => `${fmt(x.done.value)}←${fmt(x.planned.value)}`).join(', ') || 'none'})`,
          };
    }
    case 'sources': {
      const whys: string[] = [];
      let ok = true;
      for (const part of s.split(/;|\bwhile\b|\bwhereas\b/)) {
        const v = statementNumbers(part).find((n) => n >= 10 || part.includes(String(n)));
        if (v === undefined) continue;
        const nSources = countBefore(part, /(?:primary\s+)?sources?\b/) ?? (/single source/i.test(part) ? 1 : null);
        const nArticles = countBefore(part, /articles?\b/);
        const wanted = (/\(([^)]*)\)/.exec(part)?.[1] ?? '')
          .split(/,|\band\b/)
          .map((x) => x.trim())
          .filter(Boolean);
        let groups = groupsWith(rec, v).filter((g) => !g.incremental);
        // When the statement names the source, the value it means is the one that source reports.
        const named = groups.filter((g) => wanted.some((w) => g.sourceNames.some((n) => sameName(n, w, ctx))));
        if (named.length) groups = named;
        if (!groups.length) {
          ok = false;
          whys.push(`${fmt(v)}: no such value`);
          continue;
        }
        // Distinct sources as the eval counts names: through the gold file's entity aliases.
        const sources = new Set(groups.flatMap((g) => g.sourceNames.map((n) => ctx.resolve(n))));
        const names = [...new Set(groups.flatMap((g) => g.sourceNames))];
        const docs = new Set(groups.flatMap((g) => g.documents));
        const mentions = groups.reduce((a, g) => a + g.claims.length, 0);
        let partOk = nSources === null || sources.size === nSources;
        if (wanted.length && !wanted.every((w) => names.some((n) => sameName(n, w, ctx)))) partOk = false;
        if (nArticles !== null && docs.size !== nArticles && mentions !== nArticles) partOk = false;
        ok &&= partOk;
        whys.push(
          `${fmt(v)}: ${sources.size} primary source(s) (${names.join(', ')}), ${docs.size} article(s), ${mentions} mention(s)`,
        );
      }
      if (!whys.length) return { holds: false, why: 'no value found to count sources for' };
      return { holds: ok, why: whys.join('; ') };
    }
    case 'disagreement':
    case 'compatible-bounds':
    case 'scope':
    case 'rounding':
    case 'as-of-date': {
      const want = kind === 'disagreement' ? 'conflict' : kind;
      // "265 rose to 270; 274 the same day: flag 270 vs 274": the values are those of the part that names the kind.
      const cue = kind === 'disagreement' ? /disagree|conflict|contradict|\bflag/i : null;
      const part = cue ? s.split(/[;:]/).find((x) => cue.test(x) && statementNumbers(x).length >= 2) : undefined;
      const [a, b] = part ? statementNumbers(part) : nums;
      if (a === undefined || b === undefined) return { holds: false, why: 'need two values' };
      const ga = new Set(groupsWith(rec, a).map((g) => g.key));
      const gb = new Set(groupsWith(rec, b).map((g) => g.key));
      const hit = rec.disagreements.find(
        (d) => d.kind === want && ((ga.has(d.a) && gb.has(d.b)) || (gb.has(d.a) && ga.has(d.b))),
      );
      if (hit) return { holds: true, why: hit.note };
      // "Tarn 6 against 8": a disagreement within one part (a province's count) is told under that part.
      for (const p of ctx.parts ?? []) {
        const pa = new Set(groupsWith(p, a).map((g) => g.key));
        const pb = new Set(groupsWith(p, b).map((g) => g.key));
        const inPart = p.disagreements.find(
          (d) => d.kind === want && ((pa.has(d.a) && pb.has(d.b)) || (pb.has(d.a) && pa.has(d.b))),
        );
        if (inPart) return { holds: true, why: `in a part: ${inPart.note}` };
      }
      const other = rec.disagreements.find((d) => (ga.has(d.a) && gb.has(d.b)) || (gb.has(d.a) && ga.has(d.b)));
      return {
        holds: false,
        why: other ? `typed ${other.kind}, not ${want}: ${other.note}` : `no ${want} between ${fmt(a)} and ${fmt(b)}`,
      };
    }
    case 'own-voice': {
      // "No outlet names a source: all three say it in their own voice."
      const named = [
        ...new Set(
          rec.values.flatMap((g) => g.sources.map((k, i) => (k.startsWith('outlet:') ? '' : (g.sourceNames[i] ?? k)))),
        ),
      ].filter(Boolean);
      const mixed = /\battribut\w* (?:the \w+ )?to\b/i.test(s);
      if (mixed) return { holds: false, why: 'a mix of attributed and own-voice reporting is not checked' };
      return named.length
        ? { holds: false, why: `sources named: ${named.join(', ')}` }
        : { holds: true, why: "every value is reported in the outlets' own voice" };
    }
    case 'agree': {
      // The first clause carries the values ("X (…) and Y (…) agree; both from the NIS").
      const head = s.split(';')[0]!;
      const values = [...new Set(statementNumbers(head))];
      if (!values.length) return { holds: false, why: 'no value' };
      const sets = values.map((v) => groupsWith(rec, v));
      const missing = values.filter((_, i) => !sets[i]!.length);
      if (missing.length) return { holds: false, why: `no reported value ${missing.map(fmt).join(', ')}` };
      const notes: string[] = [];
      if (values.length === 1) {
        // One value reported by several articles: agreement inside one value group.
        const docs = new Set(sets[0]!.flatMap((g) => g.documents));
        if (docs.size < 2 && sets[0]!.length < 2)
          return { holds: false, why: `${fmt(values[0]!)} is reported by one article only` };
        notes.push(sets[0]!.map((g) => g.corroboration).join('; '));
      }
      for (let i = 1; i < values.length; i++) {
        const keysA = new Set(sets[0]!.map((g) => g.key));
        const keysB = new Set(sets[i]!.map((g) => g.key));
        const pair = (x: { a: string; b: string }) =>
          (keysA.has(x.a) && keysB.has(x.b)) || (keysB.has(x.a) && keysA.has(x.b));
        const conflict = rec.disagreements.find((d) => d.kind === 'conflict' && pair(d));
        // Agreement, or a relation that is not a contradiction (a bound containing the value, rounding).
        const ok =
          rec.agreements.find(pair) ??
          rec.disagreements.find((d) => (d.kind === 'compatible-bounds' || d.kind === 'rounding') && pair(d));
        if (conflict || !ok)
          return {
            holds: false,
            why: conflict
              ? `flagged as conflict: ${conflict.note}`
              : `no agreement recorded between ${fmt(values[0]!)} and ${fmt(values[i]!)}`,
          };
        notes.push(ok.note);
      }
      const from = /\bfrom (?:the )?([^;,.]+)/i.exec(s)?.[1];
      if (from) {
        const names = [...new Set(sets.flat().flatMap((g) => g.sourceNames))];
        if (!names.every((n) => sameName(n, from.trim(), ctx)))
          return {
            holds: false,
            why: `${notes.join('; ')}, but the sources are ${names.join(', ')}, not only ${from.trim()}`,
          };
      }
      return { holds: true, why: notes.join('; ') };
    }
    case 'excluded': {
      const v = nums[0]!;
      const groups = groupsWith(rec, v);
      return groups.length
        ? { holds: false, why: `${fmt(v)} is counted in this figure (${groups.map((g) => g.text).join(', ')})` }
        : { holds: true, why: `${fmt(v)} is kept out of this figure` };
    }
    case 'parts': {
      // The total after "=", else the last number; each other number a value of this figure or of one of its parts.
      const eq = /=\s*(?:about\s+)?/.exec(s);
      const total = eq ? statementNumbers(s.slice(eq.index))[0] : nums[nums.length - 1];
      const parts = eq ? statementNumbers(s.slice(0, eq.index)) : nums.slice(0, -1);
      if (total === undefined || !parts.length)
        return { holds: false, why: 'could not read the parts and their total' };
      if (!groupsWith(rec, total).length) return { holds: false, why: `no reported total ${fmt(total)}` };
      const holders = [rec, ...(ctx.parts ?? [])];
      const missing = parts.filter((n) => !holders.some((r) => groupsWith(r, n).length));
      if (missing.length)
        return { holds: false, why: `no reported part ${missing.map(fmt).join(', ')} in the figure or its parts` };
      const sum = parts.reduce((a, b) => a + b, 0);
      return Math.abs(sum - total) <= Math.abs(total) * 0.02
        ? { holds: true, why: `${parts.map(fmt).join(' + ')} = ${fmt(total)}` }
        : { holds: false, why: `the parts sum to ${fmt(sum)}, not ${fmt(total)}` };
    }
    case 'value': {
      const v = nums[0]!;
      const groups = groupsWith(rec, v);
      if (!groups.length)
        return {
          holds: false,
          why: `no reported value ${fmt(v)} (found: ${rec.values.map((g) => g.text).join(', ')})`,
        };
      const inParens = /\(([^)]*)\)/.exec(s)?.[1] ?? '';
      const [primaryPart, viaPart] = inParens.split(/\bvia\b/);
      const primary = primaryPart?.split(',')[0]?.trim();
      const problems: string[] = [];
      if (/\baround|about|approximately|roughly\b/i.test(s) && !groups.some((g) => g.text.startsWith('around')))
        problems.push('not marked approximate');
      if (primary && !/^\d/.test(primary) && !groups.some((g) => g.sourceNames.some((n) => sameName(n, primary, ctx))))
        problems.push(`source is ${groups.flatMap((g) => g.sourceNames).join(', ')}, not ${primary}`);
      const via = viaPart?.split(',')[0]?.trim();
      if (via) {
        const vias = groups.flatMap((g) => g.claims).flatMap((c) => ctx.claims.get(c)?.via ?? []);
        if (!vias.some((x) => sameName(x, via, ctx) || fold(x).includes(fold(via))))
          problems.push(`not relayed via ${via} (via: ${vias.join(', ') || 'none'})`);
      }
      const date = /\b\d{4}-\d{2}(?:-\d{2})?\b/.exec(inParens)?.[0];
      if (date && !groups.some((g) => (g.said ?? '').startsWith(date) || (g.about ?? '').startsWith(date)))
        problems.push(`dated ${groups.map((g) => g.said ?? 'unknown').join(', ')}, not ${date}`);
      return problems.length
        ? { holds: false, why: problems.join('; ') }
        : { holds: true, why: groups.map((g) => g.corroboration).join('; ') };
    }
    default:
      return {
        holds: false,
        why: `could not recognise what kind of statement this is (known: own voice, disagreement, increment, revision, sources, agree, compatible bounds, scope, rounding, as-of date, excluded, parts, value); ${allSources.length} sources in the figure`,
      };
  }
}

/** Match each gold figure to a computed figure and check its `expect` statements. */
export function checkFigures(
  gold: GoldLike,
  result: { figures: FigureRecord[] },
  records: { documents: Array<Pick<DocumentRecord, 'id' | 'source'>>; claims: ClaimRecord[] },
): FigureCheck[] {
  const table = new Map<string, string>();
  for (const e of gold.entities ?? [])
    for (const a of [e.name, ...(e.aliases ?? [])]) table.set(fold(a).replace(/^the /, ''), fold(e.name));
  const resolve = (name: string) => {
    const f = fold(name).replace(/^the /, '').replace(/-/g, ' ');
    return table.get(f) ?? table.get(fold(name)) ?? f;
  };
  const claims = new Map(records.claims.map((c) => [c.id, c]));
  const docOfFile = new Map<string, string>();
  for (const d of records.documents) {
    const base = d.source.split(/[\\/]/).pop() ?? d.source;
    docOfFile.set(base, d.id);
  }
  const out: FigureCheck[] = [];
  for (const gf of gold.figures) {
    const fig = matchFigure(gf, gold, result.figures, claims, docOfFile);
    // The figures that are parts of this one, read once for all its statements.
    const parts = fig
      ? result.figures.filter((f) => f.partOf === fig.id).map((f) => f.reconciliation as Reconciliation)
      : [];
    for (const statement of gf.expect) {
      const kind = kindOf(statement);
      if (!fig) {
        out.push({
          figure: gf.id,
          matched: null,
          statement,
          kind,
          holds: false,
          why: 'no computed figure matches this gold figure',
        });
        continue;
      }
      const rec = fig.reconciliation as Reconciliation;
      const { holds, why } = checkStatement(statement, kind, { rec, parts, resolve, claims });
      out.push({ figure: gf.id, matched: fig.id, statement, kind, holds, why });
    }
  }
  return out;
}

function matchFigure(
  gf: GoldFigureLike,
  gold: GoldLike,
  figures: FigureRecord[],
  claims: Map<string, ClaimRecord>,
  docOfFile: Map<string, string>,
): FigureRecord | null {
  const m = measureKey(gf.measure ?? null);
  const a = actionKey(gf.action ?? null);
  // Gold evidence of this figure's measure and action, per document id.
  // The gold claims behind the figure: those of its measure and action, and those whose number the
  // statements state in a document they name ("1.5 million (fox-2058ec60)").
  const stated = new Set(gf.expect.flatMap((x) => statementNumbers(x)).filter((n) => n > 0));
  const named = (file: string) => gf.expect.some((x) => x.includes(file.replace(/\.[a-z]+$/i, '')));
  // Claims of the figure's kind whose number a statement states weigh most: in a gold file of several stories,
  // every story's toll is of the kind, and only the stated numbers tell this story's figure.
  const evidence: Array<{ doc: string | undefined; text: string; weight: number }> = [];
  for (const d of gold.documents) {
    for (const c of d.claims as Array<{
      evidence: string;
      measure?: string | null;
      action?: string | null;
      value?: number | null;
      low?: number | null;
      high?: number | null;
    }>) {
      const sameKind = (!m || measureKey(c.measure ?? null) === m) && (!a || actionKey(c.action ?? null) === a);
      const numbered = named(d.file) && [c.value, c.low, c.high].some((v) => v != null && stated.has(v));
      const statedHere = [c.value, c.low, c.high].some((v) => v != null && stated.has(v));
      const weight = numbered || (sameKind && statedHere) ? 3 : 1;
      if (sameKind || numbered) evidence.push({ doc: docOfFile.get(d.file), text: fold(c.evidence), weight });
    }
  }
  let best: FigureRecord | null = null;
  let bestScore = 0;
  for (const f of figures) {
    let score = 0;
    if (m && f.measure === m) score += 1;
    if (a && f.action === a) score += 1;
    for (const id of f.claims) {
      const c = claims.get(id);
      if (!c) continue;
      const ev = fold(c.evidence);
      let hit = 0;
      for (const e of evidence) {
        if ((!e.doc || e.doc === c.document) && (ev.includes(e.text) || e.text.includes(ev)))
          hit = Math.max(hit, e.weight);
      }
      score += hit;
    }
    if (score > bestScore || (score === bestScore && best && f.claims.length > best.claims.length)) {
      best = f;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : null;
}
