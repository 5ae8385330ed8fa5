/**
 * Builders of hand-made findings, for benches and tests that need an analysed article without running the stages.
 */
import { span, type Quantity } from '../src/article.js';

/** The exact count written at `text[start, end)`, of `measure`, as rule `by` would record it. */
export function exactQuantity(text: string, start: number, end: number, measure: string, by: string): Quantity {
  const num = span(text, start, end);
  const value = Number(num.text);
  return {
    ...num,
    by,
    certain: true,
    value,
    low: value,
    high: value,
    bound: 'exact',
    approximate: false,
    vague: false,
    incremental: false,
    number: num,
    measure,
  };
}
