/** Ages in apposition: the name is a person and the pronoun of the next quote speaks for them. */
import { describe, expect, it } from 'vitest';
import { run } from './who-says-run.js';
import { agedNames, agedSpeakers } from './appositions.cases.js';

describe('entities/person/age-appositive: "Name, 47, …" is a person', () => {
  it.each(agedNames)('%s [%s: %s]', (text, name, type) => {
    expect(
      run(text)
        .mentions.filter((m) => m.text === name)
        .map((m) => m.type),
    ).toContain(type);
  });
});

describe('quotes after an aged introduction take that person as speaker', () => {
  it.each(agedSpeakers)('%#: %s', (text, words, speaker) => {
    const q = run(text).quotes.find((x) => x.text.includes(words));
    expect(q?.speakerName ?? '(none)').toContain(speaker);
  });
});
