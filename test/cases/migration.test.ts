/** Table tests for figures of migration and humanitarian stories (invented sentences). */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { run, sourceTable } from './who-says-run.js';
import {
  capitalAdjectiveRows,
  countedPeopleRows,
  frontedOfRows,
  orgBodyRows,
  rankRows,
  stationRows,
} from './migration.cases.js';

describe('attributions/counted-people: a counted group of unnamed people speaks', () => {
  sourceTable(countedPeopleRows);
});

describe('attributions/org-body: a body of an organisation named by its work speaks', () => {
  sourceTable(orgBodyRows);
});

describe('entities/short-titles: a rank written short is no part of the name', () => {
  sourceTable(rankRows);
});

describe('quantities/total-noun-clause, quantities/fronted-of-group: what a number counts', () => {
  it.each([...capitalAdjectiveRows, ...frontedOfRows])('%s → %s', (text, measure, rule, at) => {
    const q = extractQuantities(text)[at ?? 0];
    expect(q?.measure).toBe(measure);
    if (rule) expect(q!.by.split('+')).toContain(rule);
  });
});

describe("clean/masthead-station: a broadcaster's name and frequency above the headline", () => {
  it.each(stationRows)('%#: %s', (raw, title, outlet) => {
    const a = run(raw);
    expect(a.meta.title?.value ?? null).toBe(title);
    expect(a.meta.outlet?.value ?? null).toBe(outlet);
  });
});
