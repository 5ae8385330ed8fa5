import { describe, expect, it } from 'vitest';
import { holderOf } from './holder.js';

/**
 * [sentence, the quantity as written, the names the entity stage found, measure, unit, expected holder or null,
 * rule]: invented sentences about other contests, firms and strikes.
 */
type Case = [string, string, string[], string | null, string | null, string | null, string?];
const CASES: Case[] = [
  ['The count showed 41,200 votes for Ada Lind.', '41,200 votes', ['Ada Lind'], 'votes', null, 'Ada Lind', 'for'],
  [
    'Tomas Berg had 52,100 votes, or 48%, against 50,300, or 46%, for Ada Lind of the Green list.',
    '50,300',
    ['Tomas Berg', 'Ada Lind', 'Green'],
    'votes',
    null,
    'Ada Lind',
    'for',
  ],
  ['Polls gave 12% (up two points) for the Farmers Union.', '12%', ['Farmers Union'], null, 'percent', 'Farmers Union'],
  [
    "Ada Lind won 52% to Tomas Berg's 44% in the runoff.",
    '52%',
    ['Ada Lind', 'Tomas Berg'],
    null,
    'percent',
    'Ada Lind',
  ],
  [
    "Ada Lind won 52% to Tomas Berg's 44% in the runoff.",
    '44%',
    ['Ada Lind', 'Tomas Berg'],
    null,
    'percent',
    'Tomas Berg',
    'possessive',
  ],
  [
    "Northway's 2,300 members voted to strike.",
    '2,300 members',
    ['Northway'],
    'members',
    null,
    'Northway',
    'possessive',
  ],
  [
    'Kora Nyl, who came third with 9,870 votes, endorsed nobody.',
    '9,870 votes',
    ['Kora Nyl'],
    'votes',
    null,
    'Kora Nyl',
    'came-ordinal',
  ],
  [
    'Kora Nyl of the Harbour Alliance was third with 9,870 votes.',
    '9,870 votes',
    ['Kora Nyl', 'Harbour Alliance'],
    'votes',
    null,
    'Kora Nyl',
    'came-ordinal',
  ],
  ['The Blues finished second with 71 points.', '71 points', ['Blues'], 'points', null, 'Blues', 'came-ordinal'],
  [
    'Tomas Berg, 61, a former judge from Velm, polled 38,400 votes.',
    '38,400 votes',
    ['Tomas Berg', 'Velm'],
    'votes',
    null,
    'Tomas Berg',
    'subject-verb',
  ],
  [
    'Meridia Telecom gained another 40,000 customers in May.',
    '40,000 customers',
    ['Meridia Telecom'],
    'customers',
    null,
    'Meridia Telecom',
    'subject-verb',
  ],
  [
    'The Dock Workers Union secured 1,800 new members.',
    '1,800 new members',
    ['Dock Workers Union'],
    'members',
    null,
    'Dock Workers Union',
    'subject-verb',
  ],
  ['Ada Lind took 61% in the capital.', '61%', ['Ada Lind'], null, 'percent', 'Ada Lind', 'subject-verb'],
  [
    'Labour on 34%, the Greens on 12%, trailed the Liberals.',
    '34%',
    ['Labour', 'Greens', 'Liberals'],
    null,
    'percent',
    'Labour',
    'on-standing',
  ],
  [
    'Labour on 34%, the Greens on 12%, trailed the Liberals.',
    '12%',
    ['Labour', 'Greens', 'Liberals'],
    null,
    'percent',
    'Greens',
    'on-standing',
  ],
  [
    'The final count gave Ada Lind 60,100 votes and Tomas Berg of the Green list 59,800.',
    '59,800',
    ['Ada Lind', 'Tomas Berg', 'Green'],
    'votes',
    null,
    'Tomas Berg',
    'gave',
  ],
  ['The final count gave Ada Lind 60,100 votes.', '60,100 votes', ['Ada Lind'], 'votes', null, 'Ada Lind', 'gave'],
  // A margin is neither holder's count.
  ['Polls showed Tomas Berg ahead by about 700 votes.', '700 votes', ['Tomas Berg'], 'votes', null, null, 'margin'],
  [
    'Ada Lind won by 1,310 votes over Tomas Berg.',
    '1,310 votes',
    ['Ada Lind', 'Tomas Berg'],
    'votes',
    null,
    null,
    'margin',
  ],
  ["Ada Lind's lead had fallen to 640 votes.", '640 votes', ['Ada Lind'], 'votes', null, null, 'margin'],
  ['Tomas Berg cut the gap to 4 points.', '4 points', ['Tomas Berg'], 'points', null, null, 'margin'],
  // Not a holder: a motion, a first time, money raised for someone, a purpose, a date, another verb.
  ['Councillors cast 31 votes for the motion.', '31 votes', [], 'votes', null, null],
  ['Ada Lind voted for the first time in 12 years.', '12 years', ['Ada Lind'], 'years', null, null],
  [
    'The Velm Trust raised $40,000 for the Flood Fund.',
    '$40,000',
    ['Velm Trust', 'Flood Fund'],
    'dollars',
    'USD',
    null,
  ],
  ['Crews set up 300 tents for the Red Crescent.', '300 tents', ['Red Crescent'], 'tents', null, null],
  ['Ada Lind said 4,000 ballots were spoiled.', '4,000 ballots', ['Ada Lind'], 'ballots', null, null],
  ['The strike in Velm on 3,000 sites ended.', '3,000 sites', ['Velm'], 'sites', null, null],
  ['Police in Velm arrested 45 people.', '45 people', ['Velm'], 'people', null, null],
  ['Ada Lind, whose lead fell to 900 votes, spoke late.', '900 votes', ['Ada Lind'], 'votes', null, null],
  ['Ada Lind and 300 supporters marched.', '300 supporters', ['Ada Lind'], 'supporters', null, null],
  ['It was the third time in 20 years that Velm voted.', '20 years', ['Velm'], 'years', null, null],
];

function run(text: string, number: string, names: string[], measure: string | null, unit: string | null) {
  const mentions = names
    .map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }))
    .filter((m) => m.start >= 0)
    .sort((a, b) => a.start - b.start);
  const start = text.indexOf(number);
  const found = holderOf(text, start, start + number.length, mentions, measure, unit);
  if (found?.index === -1) return { name: null, by: found.by };
  return found ? { name: text.slice(mentions[found.index]!.start, mentions[found.index]!.end), by: found.by } : null;
}

describe('claims/holder', () => {
  it.each(CASES)('%s [%s]', (text, number, names, measure, unit, holder, rule) => {
    const got = run(text, number, names, measure, unit);
    expect(got?.name ?? null).toBe(holder);
    if (rule) expect(got?.by).toBe(`claims/holder/${rule}`);
  });
});
