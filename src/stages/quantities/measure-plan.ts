/**
 * An index of an ordered rule list by the quantity's unit, vagueness and
 * measure: for each combination seen, which rules can apply, so a number tries only those,
 * in the same order. Most rules' `applies` test the measure alone
 * (`q.measure === null`, `q.measure === 'percent'`, a currency unit); a recording read of
 * the quantity tells those apart from the ones that read more of it.
 */
import type { Quantity } from '../../article.js';
import type { MeasureRule } from './measure-context.js';

/** Plan entries: `rule index * 2`, plus 1 when the rule's `applies` must still be called for each quantity. */
export type MeasurePlan = Int32Array;

/** The plans remembered before the index starts over (free-text measures are unbounded). */
const MAX_PLANS = 4096;

/** The quantity fields a plan is keyed by: what the number is in, whether it is vague, what it counts. */
const KEYS: ReadonlySet<PropertyKey> = new Set(['unitCode', 'vague', 'measure']);

/** The rules of `rules` that can apply to a quantity, by its unit, vagueness and measure; `applies` reads only `q`. */
export class MeasureIndex {
  private readonly plans = new Map<string | null | undefined, Map<boolean, Map<string | null, MeasurePlan>>>();
  private size = 0;
  private touched = false;
  // Any read of `q` beyond the keys, by name or by `in`/`Object.keys`, makes a rule's answer per quantity.
  private readonly recorder: ProxyHandler<Quantity> = {
    get: (target, key) => {
      if (!KEYS.has(key)) this.touched = true;
      return Reflect.get(target, key) as unknown;
    },
    has: (target, key) => {
      if (!KEYS.has(key)) this.touched = true;
      return Reflect.has(target, key);
    },
    ownKeys: (target) => {
      this.touched = true;
      return Reflect.ownKeys(target);
    },
  };

  /** `rules` must not change after the first plan (the measure rules list is frozen). */
  constructor(readonly rules: readonly MeasureRule[]) {}

  /** The plan for `q`'s current unit, vagueness and measure, built from `q` itself on their first sight. */
  plan(q: Quantity): MeasurePlan {
    const byUnit = this.plans.get(q.unitCode);
    const byMeasure = byUnit?.get(q.vague);
    const known = byMeasure?.get(q.measure);
    if (known) return known;
    const plan = this.build(q);
    if (this.size >= MAX_PLANS) {
      this.plans.clear();
      this.size = 0;
    }
    let unit = this.plans.get(q.unitCode);
    if (!unit) this.plans.set(q.unitCode, (unit = new Map()));
    let measures = unit.get(q.vague);
    if (!measures) unit.set(q.vague, (measures = new Map()));
    measures.set(q.measure, plan);
    this.size++;
    return plan;
  }

  /** A rule whose `applies` read only the keys gives the same answer for every quantity with those values. */
  private build(q: Quantity): MeasurePlan {
    const probe = new Proxy(q, this.recorder);
    const entries: number[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      this.touched = false;
      const yes = this.rules[i]!.applies(probe);
      if (this.touched) entries.push(i * 2 + 1);
      else if (yes) entries.push(i * 2);
    }
    return Int32Array.from(entries);
  }
}

/** Whether `q` still has the unit, vagueness and measure a plan was made for. */
export function samePlan(
  q: Quantity,
  unitCode: string | null | undefined,
  vague: boolean,
  measure: string | null,
): boolean {
  return q.measure === measure && q.unitCode === unitCode && q.vague === vague;
}

/** The position in `plan` of the first rule after rule `index`. */
export function planAfter(plan: MeasurePlan, index: number): number {
  let lo = 0;
  let hi = plan.length;
  const key = index * 2 + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (plan[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
