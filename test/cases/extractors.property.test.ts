/**
 * Property tests for the quantities, times and claims extractors: on random
 * and adversarial text they never throw, every span lies inside the text
 * and equals its slice, and the work grows linearly (checked with the
 * token count, not the clock, so the test cannot flake).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article, Span } from '../../src/article.js';
import { extractQuantities } from '../../src/stages/quantities.js';
import { extractTimes } from '../../src/stages/times.js';
import { lineClaims } from '../helpers/claims.js';
import { tokenize } from '../../src/stages/quantities/tokens.js';
import { statusCues } from '../../src/stages/claims/modality.js';

const pieces = [
  '1,500',
  '12.000',
  '10,000-12,000',
  'more than',
  'up to',
  'thousands',
  'of',
  'troops',
  '$',
  '3 billion',
  'another',
  ' ',
  ',',
  '.',
  '"',
  '“',
  '”',
  '(',
  ')',
  '-',
  '–',
  'between',
  'and',
  'to',
  'twenty-five',
  'hundred',
  'a dozen',
  'several million',
  'Oct. 2, 2024',
  'since August 2023',
  'by December',
  'on Friday',
  '18:35:46',
  '555-0199',
  'https://x.com/1',
  '\n\n',
  'said',
  'could',
  'denied',
  '%',
  'percent',
  '1950-1953',
  'aged 45',
  'N. Korea',
  ':',
  'spy agency',
];

const newsish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsish);

function checkSpan(text: string, s: Span | undefined): void {
  if (!s) return;
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeLessThanOrEqual(text.length);
  expect(s.start).toBeLessThanOrEqual(s.end);
  expect(text.slice(s.start, s.end)).toBe(s.text);
}

function runAll(text: string): Article {
  // One sentence per line: enough structure for the claims stage.
  return lineClaims(text, { published: '2024-10-18', heading: true, skipEmpty: true });
}

describe('extractors on random text', () => {
  it('never throw and keep every span inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = runAll(text);
        for (const q of article.quantities) {
          checkSpan(text, q);
          checkSpan(text, q.number);
          checkSpan(text, q.cue);
          checkSpan(text, q.unit);
          if (q.low !== null && q.high !== null) expect(q.low).toBeLessThanOrEqual(q.high);
        }
        for (const t of article.times) checkSpan(text, t);
        for (const c of article.claims) {
          checkSpan(text, c.evidence);
          expect(c.evidence.start).toBeLessThanOrEqual(c.quantity.start);
          checkSpan(text, c.status.span);
          checkSpan(text, c.action?.span);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('read the same numbers from the same text (deterministic)', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        expect(JSON.stringify(extractQuantities(text))).toBe(JSON.stringify(extractQuantities(text)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('extractors on adversarial text', () => {
  const adversarial: Array<[string, string]> = [
    ['digits', '9'.repeat(1 << 20)],
    ['digit groups', '1,'.repeat(1 << 19)],
    ['dotted groups', '1.'.repeat(1 << 19)],
    ['spaces', ' '.repeat(1 << 20)],
    ['quote marks', '"“”\''.repeat(1 << 18)],
    ['brackets', '(['.repeat(1 << 19)],
    ['number words', 'twenty '.repeat(1 << 17)],
    ['cues', 'more than '.repeat(1 << 16)],
    ['hyphens', '1-'.repeat(1 << 19)],
    ['scales', '1 million '.repeat(1 << 16)],
  ];
  for (const [name, text] of adversarial) {
    it(`finishes on 1 MB of ${name}`, () => {
      const quantities = extractQuantities(text);
      for (const q of quantities.slice(0, 50)) checkSpan(text, q);
      expect(Array.isArray(quantities)).toBe(true);
      expect(statusCues(text.slice(0, 200_000)).length).toBeGreaterThanOrEqual(0);
    });
  }

  it('times finish on long adversarial text', () => {
    const text = 'since since by as early as '.repeat(4000) + '2024-'.repeat(4000);
    const times = extractTimes(text, { date: new Date(Date.UTC(2024, 9, 18, 12)), precision: 'day' });
    for (const t of times.slice(0, 50)) checkSpan(text, t);
  });

  it('token work grows linearly with the text', () => {
    // Operation count: tokens produced per character stays within a fixed ratio as the input doubles.
    fc.assert(
      fc.property(fc.constantFrom(...adversarial.map(([, t]) => t.slice(0, 4096))), (seed) => {
        const small = tokenize(seed).length;
        const big = tokenize(seed + seed).length;
        expect(big).toBeLessThanOrEqual(2 * small + 2);
        expect(big).toBeGreaterThanOrEqual(2 * small - 2);
      }),
      { numRuns: 20 },
    );
  });
});
