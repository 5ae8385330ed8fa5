/** The form of a claim's source: document owners, nouns that cannot speak, modifiers and places inside the phrase. */
import { describe, expect, it } from 'vitest';
import { run, sourceTable } from './who-says-run.js';
import {
  basedModifierRows,
  demonymCompanyRows,
  documentIssuerRows,
  documentQuoteRows,
  documentOwnerRows,
  locatedBodyRows,
  nonSpeakerRows,
  relativeSubjectRows,
  speakerInEventRows,
  wholeNameRows,
} from './source-form.cases.js';

describe('attributions/document-owner', () => sourceTable(documentOwnerRows));
describe('attributions/non-speaker', () => sourceTable(nonSpeakerRows));
describe('entities/based-modifier', () => sourceTable(basedModifierRows));
describe('attributions/located-body', () => sourceTable(locatedBodyRows));
describe('attributions/speaker-in-event', () => sourceTable(speakerInEventRows));
describe('attributions/demonym-company', () => sourceTable(demonymCompanyRows));
describe('entities/org/of-name', () => sourceTable(wholeNameRows));
describe('attributions/relative-subject', () => sourceTable(relativeSubjectRows));
describe('attributions/document-issuer', () => sourceTable(documentIssuerRows));
describe('quotes/statement-from and a document issuer as quote speaker', () => {
  for (const [text, phrase, speaker] of documentQuoteRows)
    it(`${JSON.stringify(text.slice(0, 80))} → ${speaker}`, () => {
      const q = run(text).quotes.find((x) => x.text.includes(phrase));
      expect(q?.speakerName?.toLowerCase()).toBe(speaker.toLowerCase());
    });
});
