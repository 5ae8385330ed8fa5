import { describe, expect, it } from 'vitest';
import { eventConcept, figureLabel, jobsAfter, measureKey, participle } from './normalise.js';

describe('participle: an action as it reads after its measure in a label', () => {
  it.each([
    ['destroy', 'destroyed'],
    ['evacuate', 'evacuated'],
    ['kill', 'killed'],
    ['wound', 'wounded'],
    ['supply', 'supplied'],
    ['deploy', 'sent'],
    ['rescue', 'rescued'],
    ['identify', 'identified'],
    ['employ', 'employed'],
    ['delay', 'delayed'],
    ['cancel', 'cancelled'],
    ['ban', 'banned'],
    ['stop', 'stopped'],
    ['visit', 'visited'],
    ['open', 'opened'],
    ['need', 'needed'],
    ['win', 'won'],
    ['sell', 'sold'],
    ['spend', 'spent'],
    ['build', 'built'],
    ['sleep', 'slept'],
    ['lose', 'lost'],
    ['flee', 'fled'],
    ['displaced', 'displaced'],
    ['taken', 'taken'],
    ['missing', 'missing'],
    ['hand over', 'handed over'],
    ['lose power', 'without power'],
    ['pay respects', 'paying respects'],
    ['attend', 'attending'],
    ['vote', 'cast'],
    ['cost', ''],
    ['include', ''],
  ])('%s → %s', (action, expected) => {
    expect(participle(action)).toBe(expected);
  });
});

describe('figureLabel', () => {
  it.each([
    [{ measure: 'homes', action: 'destroy', actor: null, target: null }, 'Homes destroyed'],
    [{ measure: 'flights', action: 'cancel', actor: null, target: null }, 'Flights cancelled'],
    [{ measure: 'customers', action: 'lose power', actor: null, target: null }, 'Customers without power'],
    [{ measure: 'insured losses', action: 'cost', actor: null, target: null }, 'Insured losses'],
    [
      { measure: 'troops', action: 'deploy', actor: 'north-korea', target: 'russia' },
      'North Korean troops sent to Russia',
    ],
    [{ measure: 'people', action: 'kill', actor: null, target: 'gaza' }, 'People killed in Gaza'],
    [{ measure: 'ballot', action: 'vote', actor: null, target: null }, 'Ballots cast'],
  ])('%o → %s', (parts, label) => {
    expect(figureLabel(parts)).toBe(label);
  });

  const names = new Map([['norland', 'Norland']]);
  it.each([
    [{ measure: 'percent', action: null, actor: null, target: null }, 'Percent'],
    [{ measure: 'percent norland', action: null, actor: null, target: null }, 'Percent, Norland'],
    [{ measure: 'follow-up visits', action: null, actor: null, target: null }, 'Follow-up visits'],
  ])('with the names known: %o → %s', (parts, label) => {
    expect(figureLabel(parts, names)).toBe(label);
  });
});

describe('figures/passengers-and-crew-whole: everyone aboard is no group among the dead', () => {
  it.each([
    ['passengers and crew', null],
    ['crew and passengers', null],
    ['passengers and crew members', null],
    ['crew members', 'member'],
    ['passengers', 'passenger'],
  ])('%s', (measure, group) => {
    expect(eventConcept(measureKey(measure), 'kill')?.group ?? null).toBe(group);
  });
});

describe('figures/measure-moment-words: when or how officially a count was read is no other count', () => {
  it.each([
    ['final turnout', 'turnout'],
    ['official death toll', 'death toll'],
    ['provisional results', measureKey('results')],
    ['total', 'total'],
    ['death toll', 'death toll'],
  ])('%s → %s', (measure, key) => {
    expect(measureKey(measure)).toBe(key);
  });
});

describe("figures/policy-rate-names: a central bank's rate under any of its names is one measure", () => {
  it.each([
    ['repo rate', 'policy rate'],
    ['key rate', 'policy rate'],
    ['benchmark rate', 'policy rate'],
    ['key interest rate', 'policy rate'],
    ['inflation rate', 'inflation rate'],
    ['mortgage rate', 'mortgage rate'],
    ['interest rate', 'interest rate'],
  ])('%s → %s', (measure, key) => {
    expect(measureKey(measure)).toBe(key);
  });
});

describe('figures/job-losses: words after a count of people that make its loss one of jobs', () => {
  it.each([
    ['Some 420 people have now lost their jobs at the carmaker.', '420', true],
    ['All 120 staff at the Dunmore depot will be laid off, the union said.', '120', true],
    ['A further 35 nurses face redundancy at the trust.', '35', true],
    ['About 60 people lost their savings when the lender failed.', '60', false],
    ['Some 80 workers lost their homes; jobs were not affected.', '80', false],
    ['About 300 of its 1,100 workers will lose their jobs.', '300', true],
    ['About 300 of its 1,100 workers will lose their jobs.', '1,100', false],
  ])('%s', (sentence, number, expected) => {
    const at = sentence.indexOf(number);
    expect(jobsAfter(sentence, at, at + number.length)).toBe(expected);
  });
});
