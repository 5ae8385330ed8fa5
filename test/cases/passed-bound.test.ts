/**
 * Table of invented sentences for `quantities/bound-cue` on `passed`/`passes`: a figure a count has passed is a
 * lower bound; a count of things passed (`passed 12 bills`) is no bound.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/stages/quantities.js';

type Row = [sentence: string, number: string, bound: 'lower' | 'exact'];

const ROWS: Row[] = [
  ['The flood toll has passed 140, the coastguard said.', '140', 'lower'],
  ['Wildfire evacuees pass 8,000', '8,000', 'lower'],
  ['The number of cholera cases passed 2,300 on Friday.', '2,300', 'lower'],
  ['Arrests at the protests have now passed 600.', '600', 'lower'],
  ['The tally of damaged homes passes 1,200 as rain eases', '1,200', 'lower'],
  ['Turnout passed 61% by late afternoon.', '61%', 'lower'],
  ['Donations passed $3 million, the charity said.', '$3 million', 'lower'],
  ['The count of displaced people passed 45,000 for the first time.', '45,000', 'lower'],
  ['Quake aid tops $40m, rescued count passes 900\n\nThe rescue went on overnight.', '900', 'lower'],
  ['The senate passed 12 bills before the recess.', '12', 'exact'],
  ['The striker passed 3 defenders before scoring.', '3', 'exact'],
  ['The convoy passed 40 burned-out cars on the road.', '40', 'exact'],
  ['Parliament passes 2 budget laws in one night', '2', 'exact'],
  ['Some 300 cadets passed the exam this year.', '300', 'exact'],
  ['Inspectors passed 18 of the 20 bridges as safe.', '18', 'exact'],
];

describe('passed as a lower bound', () => {
  for (const [sentence, number, bound] of ROWS) {
    it(`${bound}: ${sentence}`, () => {
      const q = extractQuantities(sentence).find((x) => x.text.includes(number));
      expect(q, 'a quantity is found').toBeDefined();
      expect(q!.bound).toBe(bound);
    });
  }
});
