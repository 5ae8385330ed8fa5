/** Sources named whole: fields listed in a body's name, "of the" countries, owners, months as given names. */
import { describe } from 'vitest';
import { sourceTable } from './who-says-run.js';
import {
  bodyFigureRows,
  carriedBodyRows,
  fieldListRows,
  monthNameRows,
  ofTheCountryRows,
} from './source-names.cases.js';

describe('entities/org/field-list, entities/org/possessive-owner', () => sourceTable(fieldListRows));
describe('entities/org/of-the-country', () => sourceTable(ofTheCountryRows));
describe('entities/person/month-name', () => sourceTable(monthNameRows));
describe('attributions/funds-subject, counting-subject (measured), stood-by-figure (reading), coordinated-cue', () =>
  sourceTable(bodyFigureRows));
describe('attributions/…/owner-adjective (bodies), subject-org (it after said), coordinated-cue (dateline)', () =>
  sourceTable(carriedBodyRows));
