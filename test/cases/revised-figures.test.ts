/**
 * A body that moves its own figure: "police raised the number of arrests to 19" (attributions/revised-tally, the
 * subject keeps the tally), "the union revised its estimate up to 20,000" (quantities/revised-to: `up to` is the
 * level moved to, not a ceiling), "their own estimate" (a possessive makes `estimate` a noun, and `own` names
 * nothing counted). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { claimRecord } from '../../src/records.js';
import { run, sourceTable, type SourceRow } from './who-says-run.js';

const revisedTally: SourceRow[] = [
  ['The fire service raised the number of homes destroyed to 240 on Tuesday.', '240', 'fire service'],
  ['The health board revised the death toll to 61 on Thursday.', '61', 'health board'],
  ['Health officials lowered the total of confirmed cases to 1,204.', '1,204', 'Health officials'],
  ['Police raised the number of people arrested to 19 after a second night of unrest.', '19', 'Police'],
  ['The Red Cross raised its figure for missing people to 300.', '300', 'Red Cross'],
  ['The coastguard cut the number of sailors unaccounted for to six.', 'six', 'coastguard'],
  ['The electoral commission revised the total of spoiled ballots to 8,412.', '8,412', 'electoral commission'],
  ['Prison authorities lowered the number of escaped inmates still at large to 14.', '14', 'Prison authorities'],
  // An event or a thing raises a toll; it keeps no tally and says nothing.
  ['Heavy rains raised the death toll to 40 across the province.', '40', null],
  ['The aftershock raised the number of collapsed buildings to 112.', '112', null],
  ['A second landslide raised the total of blocked roads to 23.', '23', null],
];

/** [sentence, number, value, high]: a level moved to is exact; a ceiling stays a ceiling. */
const movedTo: Array<[string, string, number | null, number | null]> = [
  ['The teachers’ union revised its estimate up to 20,000.', '20,000', 20000, 20000],
  ['On Monday the organisers revised their own count up to 8,000, from 5,000.', '8,000', 8000, 8000],
  ['The monitoring group raised its tally up to 57 after visiting the camps.', '57', 57, 57],
  ['The forecaster pushed its projection up to 2.4 million visitors.', '2.4 million', 2400000, 2400000],
  ['Up to 5,000 people could be evacuated, the council said.', '5,000', null, 5000],
  ['The ferry carries up to 300 passengers, the operator said.', '300', null, 300],
  ['Officials revised the plan so that up to 40 buses can run at night.', '40', null, 40],
];

/** [sentence, number]: a possessed estimate counts nothing called "owns". */
const ownEstimate: Array<[string, string]> = [
  ['The organisers revised their own estimate to 9,000 marchers.', '9,000'],
  ['The strikers gave their own figure of 3,500 workers.', '3,500'],
  ['The rebels published their own count of 212 prisoners.', '212'],
];

function claimAt(text: string, number: string) {
  const article = run(text);
  const at = text.indexOf(number);
  const claim = article.claims.find((c) => c.quantity.number.start <= at && c.quantity.number.end >= at + 1);
  return claim ? claimRecord(article, claim) : null;
}

describe('attributions/revised-tally: the subject that moves a tally keeps it', () => sourceTable(revisedTally));

describe('quantities/revised-to: an estimate moved up to a level is exact', () => {
  for (const [text, number, value, high] of movedTo)
    it(`${number} in ${JSON.stringify(text.slice(0, 60))}`, () => {
      const r = claimAt(text, number);
      expect(r).not.toBeNull();
      expect({ value: r!.value, high: r!.high }).toEqual({ value, high });
    });
});

describe('quantities/total-noun: "their own estimate" names nothing counted', () => {
  for (const [text, number] of ownEstimate)
    it(`${number} in ${JSON.stringify(text.slice(0, 60))}`, () => {
      expect(claimAt(text, number)?.measure ?? null).not.toBe('owns');
    });
});
