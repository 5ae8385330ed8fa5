import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALENDAR_WORDS, CAPITAL_MONTH_PATTERN, MONTH_NUMBERS, MONTH_PATTERN } from './calendar.js';
import { isCurrencyCode } from './currency.js';
import { DATE_LABEL_WORDS } from './date-labels.js';
import { determiners } from './determiners.js';
import { eventNounPattern } from './events.js';
import { isSuperlative } from './superlatives.js';
import { levelPhrases, levelVerbForms, phrasePattern, REACH, RISE, STAND } from './level-verbs.js';

describe('the shared word lists', () => {
  it('names months in every written form', () => {
    const month = new RegExp(`^(?:${MONTH_PATTERN})$`, 'i');
    for (const w of ['Jan', 'sept', 'September', 'may', 'JUNE']) expect(month.test(w)).toBe(true);
    for (const w of ['Janu', 'mayor', 'marc']) expect(month.test(w)).toBe(false);
    expect(new RegExp(`^(?:${CAPITAL_MONTH_PATTERN})$`).test('October')).toBe(true);
    expect(new RegExp(`^(?:${CAPITAL_MONTH_PATTERN})$`).test('october')).toBe(false);
    expect([MONTH_NUMBERS['sept'], MONTH_NUMBERS['may'], MONTH_NUMBERS['december']]).toEqual([9, 5, 12]);
    expect(CALENDAR_WORDS).toContain('wed');
  });

  it.each([
    ['USD', true],
    ['percent', false],
    ['Usd', false],
    [null, false],
  ] as const)('currency code %s → %s', (code, yes) => expect(isCurrencyCode(code)).toBe(yes));

  it.each([
    ['largest', true],
    ['richest', true],
    ['protest', false],
    ['harvest', false],
    ['best', false],
  ])('superlative %s → %s', (word, yes) => expect(isSuperlative(word)).toBe(yes));

  it('reads event nouns with their plurals', () => {
    const event = new RegExp(`^(?:${eventNounPattern()})$`);
    for (const w of ['fires', 'crashes', 'tornadoes', 'tragedies', 'tragedy', 'unrest', 'strikes']) {
      expect(event.test(w)).toBe(true);
    }
    expect(event.test('unrests')).toBe(false);
  });

  it('extends the determiners by name, and reads date labels', () => {
    expect(determiners('whose').has('whose')).toBe(true);
    expect(determiners().has('whose')).toBe(false);
    expect(new RegExp(`^(?:${DATE_LABEL_WORDS})$`).test('modified')).toBe(true);
  });

  it('reads level verbs as forms, as phrases with their particle, and as a pattern', () => {
    expect(levelVerbForms(RISE).has('risen')).toBe(true);
    expect(levelVerbForms(RISE).has('reached')).toBe(false);
    expect(levelPhrases(STAND, REACH)).toEqual(expect.arrayContaining(['stood at', 'remaining at', 'topped', 'nears']));
    const so = new RegExp(`^(?:${phrasePattern(levelPhrases(RISE))})$`);
    expect(so.test('climbed   to')).toBe(true);
    expect(so.test('climbed')).toBe(false);
  });

  it('imports nothing from the stages, corpus or store (the web bundle reads it)', () => {
    const dir = new URL('.', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      expect(readFileSync(new URL(file, dir), 'utf8')).not.toMatch(/from '\.\.\//);
    }
  });
});
