/** Table tests for figures of geological-disaster stories (invented sentences). */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';
import { run, sourceTable } from './who-says-run.js';
import { sentenceClaims } from '../helpers/claims.js';
import { classifyLine } from '../../src/stages/clean/line-rules.js';
import {
  alertLevelControls,
  alertLevelNegatives,
  countingSubjectRows,
  frontedForRows,
  magnitudeReadingRows,
  minusTemperatureRows,
  notMagnitudeRows,
  placeCommaDateRows,
  quakeBodyLookalikes,
  quakeFurnitureLines,
  roleLastOrgRows,
} from './quake.cases.js';

describe('attributions/counting-subject: a body that records, counts or lists a figure says it', () => {
  sourceTable(countingSubjectRows);
});

describe('quantities/magnitude-reading: a reading or estimate of a quake is its magnitude', () => {
  it.each(magnitudeReadingRows)('%s → %s', (text, measure, rule, at) => {
    const q = extractQuantities(text)[at ?? 0];
    expect(q?.measure).toBe(measure);
    expect(q?.unitCode).toBe('magnitude');
    if (rule) expect(q!.by.split('+')).toContain(rule);
  });
  it.each(notMagnitudeRows)('%s: no magnitude', (text) => {
    expect(extractQuantities(text).map((q) => q.measure)).not.toContain('magnitude');
  });
});

describe('quantities/alert-level: a grade on an alert scale is no claim', () => {
  it.each(alertLevelNegatives)('%s', (text) => {
    expect(sentenceClaims(text).map((c) => c.quantity.text)).toEqual([]);
  });
  it.each(alertLevelControls)('%s keeps %d', (text, value) => {
    expect(sentenceClaims(text).map((c) => c.quantity.value)).toContain(value);
  });
});

describe('quantities/minus-temperature: a temperature after minus is negative', () => {
  it.each(minusTemperatureRows)('%s → %s', (text, value, low, high) => {
    const q = extractQuantities(text)[0]!;
    expect([q.value, q.low, q.high]).toEqual([value, low, high]);
  });
});

describe('metadata/place-date-line: a place and a comma before the date line', () => {
  it.each(placeCommaDateRows)('%#: %s', (raw, published, dateline, byline) => {
    const a = run(raw);
    expect(a.meta.published?.value.iso ?? null).toBe(published);
    expect(a.meta.dateline?.value ?? null).toBe(dateline);
    expect(a.meta.byline?.value ?? null).toBe(byline);
  });
});

describe('clean: furniture of local stations and dailies', () => {
  it.each(quakeFurnitureLines)('%s → %s', (line, by) => {
    expect(classifyLine(line)?.by).toBe(by);
  });
  it.each(quakeBodyLookalikes)('%s stays', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});

describe('attributions/fronted-for-topic: a person fronted by "For" may speak the next quote', () => {
  it.each(frontedForRows)('%#: %s', (text, phrase, speaker) => {
    const q = run(text).quotes.find((x) => x.text.includes(phrase));
    expect(q?.speakerName ?? null).toBe(speaker);
  });
});

describe('attributions/role-last-org: a plural of people is no organisation to stand for', () => {
  sourceTable(roleLastOrgRows);
});
