/**
 * Which bare numbers (nothing counted after them) still become claims, and
 * by which rule; and the bare numbers that must not.
 */
import { describe, expect, it } from 'vitest';
import { sentenceClaims } from '../../../test/helpers/claims.js';

const claimsOf = (text: string, heading = false) => sentenceClaims(text, { published: null, heading });

/** [sentence, the number that must be a claim, the rule that keeps it] */
const kept: Array<[string, number, string]> = [
  ['The official tally of the dead rose to 318.', 318, 'claims/level'],
  ['By evening the count of ballots reached 4,012.', 4012, 'claims/level'],
  ['The tally of closed roads now stands at 96.', 96, 'claims/level'],
  ['Inspectors first put the tally at 81.', 81, 'claims/level'],
  ['The number of closed schools on Monday was 1,140.', 1140, 'claims/level'],
  ['The final figure is more than 2,600.', 2600, 'claims/level'],
  ['Rail strikes hit hardest in the north, with Leeds the worst at 212.', 212, 'claims/level'],
  ['Closures were at 1,140 by noon.', 1140, 'claims/level'],
  ['The north had the most closures, with 311.', 311, 'claims/level'],
  ['The harbour town, home to some 14,000, was cut off.', 14000, 'claims/level'],
  ['Planners started from an early estimate of about 420,000.', 420000, 'claims/level'],
  ['The death count was revised on Monday, from 57 to 55.', 55, 'claims/level'],
  ['The death count was revised on Monday, from 57 to 55.', 57, 'claims/change-size'],
  ['The fleet order was cut by 20 to 90.', 20, 'claims/change-size'],
  ['The fleet order was cut by 20 to 90.', 90, 'claims/level'],
  ['Of the passengers, 1,420 had already been rebooked.', 1420, 'claims/count-subject'],
  ['Of those who died, 13 were rescue workers.', 13, 'claims/count-subject'],
  ['Results for 88 have come back so far.', 88, 'claims/count-subject'],
  ['Rescuers reached the wreck and one was airlifted to hospital.', 1, 'claims/count-subject'],
  ['The remaining four were taken to shore.', 4, 'claims/count-subject'],
  ['Crews searched the mine, and 14 remained missing on Sunday.', 14, 'claims/count-subject'],
  ['Documents for 61 of them were returned to the court.', 61, 'claims/part-of'],
  ['The striker scored 20 of his 31 goals at home.', 20, 'claims/measured'],
  ['After the storm, 9 of them sank.', 9, 'claims/part-of'],
  ['Flood toll nears 70 as rivers rise', 70, 'claims/level'],
  // Every form of the shared level verbs (vocabulary/level-verbs.ts).
  ['Sign-ups for the strike fund passed 1,300 on Monday.', 1300, 'claims/level'],
  ['Pledges to the flood appeal were topping 2,150.', 2150, 'claims/level'],
  ['The tally of ballots cast is nearing 9,400.', 9400, 'claims/level'],
  ['The crowd beat the estimated 40,000 who came last year.', 40000, 'claims/count-subject'],
  ['Investigators examined 24 of the 50 largest lenders.', 24, 'claims/measured'],
  ['Police questioned 41, and 17 of those were charged.', 17, 'claims/part-of'],
  ['The overnight rains bring the total to 5,120.', 5120, 'claims/total-to'],
  ['New infections brought the tally to 300 on Friday.', 300, 'claims/total-to'],
  ['Two more arrests, taking its count to 41.', 41, 'claims/total-to'],
  ['The late ballots pushed the number to 18,400.', 18400, 'claims/total-to'],
  ['The aftershocks raised the toll to 96.', 96, 'claims/total-to'],
  ['Fresh claims are lifting the total to 2,750.', 2750, 'claims/total-to'],
  ['The flood displaced 40,000.', 40000, 'claims/verb-object'],
  ['The mudslide displaced 1.2 million across the valley.', 1200000, 'claims/verb-object'],
  ['The raid freed 300, officials said.', 300, 'claims/verb-object'],
  ['The rally drew 60,000 on Saturday.', 60000, 'claims/verb-object'],
  ['Riot police arrested 14.', 14, 'claims/verb-object'],
  ['The mill employs 2,400 in the region.', 2400, 'claims/verb-object'],
  ['The clinic vaccinated 900 last week.', 900, 'claims/verb-object'],
  ['Over the last 20 regattas the crew won 9.', 9, 'claims/verb-object'],
  ['Deaths by province: Leinster 12, Munster 25.', 12, 'claims/listed-pair'],
  ['Deaths by province: Leinster 12, Munster 25.', 25, 'claims/listed-pair'],
  ['Closed schools by district: Northside 40 and Riverside 9.', 40, 'claims/listed-pair'],
  ['The breakdown: 40 in Lyon, 12 in Nice and 3 in Toulon.', 12, 'claims/listed-pair'],
  ['By region: 300 in Galicia, 120 in Asturias.', 300, 'claims/listed-pair'],
  ['The figure could rise beyond 500.', 500, 'claims/level'],
  ['The count is expected to climb beyond 1,200 this week.', 1200, 'claims/level'],
  ['The tourists included 53 British, seven Portuguese and one Canadian.', 53, 'claims/nationality-count'],
  ['The tourists included 53 British, seven Portuguese and one Canadian.', 7, 'claims/nationality-count'],
  ['The tourists included 53 British, seven Portuguese and one Canadian.', 1, 'claims/nationality-count'],
  ['Among the crew were 12 French and 3 Dutch.', 3, 'claims/nationality-count'],
  ['Four Japanese were rescued from the ferry.', 4, 'claims/nationality-count'],
  ['The survivors were 9 Filipinos and 2 Indonesians.', 2, 'claims/measured'],
];

/** Bare numbers that must not become claims. */
const dropped: string[] = [
  'Garcia, 52, was arrested on Friday.',
  'The score was 3 to 1 at half-time.',
  'The final score was 98 to 95.',
  'One was enough for me.',
  'Her office is at 12 Main Street.',
  'He turned 60 in the spring.',
  'The rating fell to just 22.4 in the rain.',
  'He brought the meeting to 5 minutes early.',
  'The team took the total to the final round.',
  'She drove the truck to 14 Elm Road.',
  'The panel confirmed 5 p.m. as the deadline.',
  'One Canadian said the vote was unfair.',
  'He is one American who left early.',
  'Note: Route 66 is closed for repairs.',
  'Update: Windows 11 users were affected.',
  'He said: Apollo 11 was the high point.',
];

describe('claims kept from bare numbers', () => {
  for (const [text, value, by] of kept) {
    it(`${text} [${value} by ${by}]`, () => {
      const claim = claimsOf(text).find((c) => [c.quantity.value, c.quantity.low, c.quantity.high].includes(value));
      expect(claim, 'a claim is found').toBeDefined();
      // A measure found by the quantities stage keeps the claim first (`claims/measured`); else the sentence's rule.
      expect([by, 'claims/measured']).toContain(claim!.by);
    });
  }
});

/** Headlines: [heading, the number that must be a claim] */
const headlines: Array<[string, number]> = [
  ['Thousands queue to see the new king', 2000],
  ['More than 80,000 in stadium for final', 80000],
  ['Hundreds Flee as River Bursts Its Banks', 200],
];

describe('claims kept from headline leads', () => {
  for (const [text, value] of headlines) {
    it(`${text} [${value}]`, () => {
      const claims = claimsOf(text, true);
      const claim = claims.find((c) => [c.quantity.value, c.quantity.low, c.quantity.high].includes(value));
      // A measure read by the quantities stage (`Thousands queue` counts people) keeps it first.
      expect(['claims/headline-lead', 'claims/measured']).toContain(claim?.by);
    });
  }
  it('a label opening a headline is not kept', () => {
    expect(claimsOf('Round 2 begins today', true)).toEqual([]);
  });
});

describe('bare numbers that are not claims', () => {
  for (const text of dropped) {
    it(text, () => {
      expect(claimsOf(text).map((c) => c.quantity.text)).toEqual([]);
    });
  }
});
