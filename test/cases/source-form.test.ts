/** The form of a claim's source: document owners, nouns that cannot speak, modifiers and places inside the phrase. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import {
  basedModifierRows,
  demonymCompanyRows,
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
