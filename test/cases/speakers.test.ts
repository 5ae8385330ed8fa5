/**
 * Table tests for quote attribution: each row's quotation must be found with its speaker; the quotation
 * marks of the negative table hold no speech; spellings of one person share a name key.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/stages/entities/names.js';
import { run } from './who-says-run.js';
import { notQuoteCases, speakerCases, spellingCases } from './speakers.cases.js';

describe('quote speakers table', () => {
  it('has at least 80 cases', () => {
    expect(Object.values(speakerCases).flat().length + notQuoteCases.length).toBeGreaterThanOrEqual(80);
  });
  for (const [construction, rows] of Object.entries(speakerCases)) {
    describe(construction, () => {
      for (const [text, phrase, speaker] of rows) {
        it(`${JSON.stringify(text.slice(0, 90))} [${phrase}] → ${speaker || '∅'}`, () => {
          const q = run(text).quotes.find((x) => x.text.includes(phrase));
          expect(q, `no quote holds “${phrase}”`).toBeDefined();
          const names = speaker.split('|').map((s) => s.toLowerCase());
          expect(names).toContain((q!.speakerName ?? '').toLowerCase());
        });
      }
    });
  }
});

describe('quotation marks that hold no speech', () => {
  for (const [text, phrase] of notQuoteCases) {
    it(`${text} [${phrase}]`, () => {
      expect(
        run(text)
          .quotes.filter((x) => x.text.includes(phrase))
          .map((x) => x.text),
      ).toEqual([]);
    });
  }
});

describe('spellings of one name', () => {
  for (const [a, b, same] of spellingCases) {
    it(`${a} / ${b} → ${same ? 'same' : 'different'}`, () => {
      expect(nameKey(a) === nameKey(b)).toBe(same);
    });
  }
});
