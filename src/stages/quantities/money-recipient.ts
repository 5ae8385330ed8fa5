/**
 * `pay €5,000 to each household`, `P20,000 in aid to the family of each victim`: a sum handed to every member of
 * a group is an amount per recipient, not a total, so the measure names the recipient (`payment per household`).
 */
import { CURRENCY_MEASURES, isCurrencyCode } from './lexicon.js';
import { phraseAfter } from './measure-context.js';
import type { MeasureRule } from './measure-context.js';
import type { Token } from './tokens.js';

/** Words that hand a sum to each member of a group. */
const EACH = new Set(['each', 'every']);

/** Words read past the amount before `to` (`in financial assistance`); a fixed look-ahead. */
const SKIP_LIMIT = 4;

/** Participles without `-ed` that qualify the recipient (`every farm hit by the hail`). */
const PARTICIPLES = new Set(['hit', 'hurt', 'left', 'struck', 'cut', 'caught', 'held', 'made', 'taken']);

/** The noun of a phrase, past participles trailing it (`household flooded` → household). */
function head(ws: string[] | null): string | null {
  if (!ws) return null;
  let k = ws.length - 1;
  while (k > 0 && (PARTICIPLES.has(ws[k]!.toLowerCase()) || /ed$/.test(ws[k]!))) k--;
  return ws[k]!.toLowerCase();
}

/** The recipient after `to`: `each customer` → customer, `the family of every victim` → family. */
function recipient(t: Token[], j: number): string | null {
  if (EACH.has(t[j]?.lower ?? '')) return head(phraseAfter(t, j + 1));
  if (t[j]?.lower !== 'the') return null;
  const ws = phraseAfter(t, j + 1);
  if (!ws || ws.length > 2) return null;
  const k = j + 1 + ws.length;
  return t[k]?.lower === 'of' && EACH.has(t[k + 1]?.lower ?? '') ? head(ws) : null;
}

/** The per-recipient rule: runs after the money rules have named what the sum is. */
export const moneyPerRecipient: MeasureRule = {
  id: 'quantities/money-per-recipient',
  applies: (q) => isCurrencyCode(q.unitCode) && !q.measure?.includes(' per '),
  find: (ctx) => {
    const t = ctx.tokens;
    let j = ctx.after;
    // `P20,000 in financial assistance to ...`: past the phrase that named the money.
    if (t[j]?.lower === 'in') {
      const stop = j + SKIP_LIMIT;
      j++;
      while (j < stop && t[j]?.kind === 'word' && t[j]!.lower !== 'to') j++;
    }
    if (t[j]?.lower !== 'to') return null;
    const who = recipient(t, j + 1);
    if (!who) return null;
    const m = ctx.q.measure;
    // A sum named only by its currency is an amount (`adds 9 pence to each bill`).
    const base = !m || CURRENCY_MEASURES.has(m) ? 'amount' : m;
    return `${base} per ${who}`;
  },
};
