/**
 * A clause joined on after a closing cue goes on with the same statement: invented sentences about outbreaks,
 * landslides, floods and strikes. Rule: attributions/statement-tail.
 */
import type { SourceRow } from './who-says-run.js';

export const statementTailRows: SourceRow[] = [
  [
    'A cholera outbreak in the delta has grown to 210 cases, health officials said Monday, and 14 people have died.',
    '14',
    'health officials',
  ],
  [
    'The toll from the landslide has risen to 31, the provincial governor said on Friday, after rescuers pulled ' +
      'another four bodies from the mud.',
    'four',
    'provincial governor',
  ],
  [
    'Floodwater reached 2,000 homes, the fire service said, and 300 people spent the night in shelters.',
    '300',
    'fire service',
  ],
  [
    'Turnout at the strike was 60%, the union said late on Tuesday, after 12 more depots joined the walkout.',
    '12',
    'union',
  ],
  // the statement before the cue keeps its speaker
  [
    'The wildfire has burned 9,000 acres, the forestry agency said, and crews expect rain on Friday.',
    '9,000',
    'forestry agency',
  ],
  // a second speaker in the joined clause speaks for its own figure
  ['The storm cut power to 40,000 homes, the utility said, and the mayor said 12 roads were closed.', '12', 'mayor'],
  // a concession in the same statement ("though", "although") keeps its speaker
  [
    'Most roads reopened on Friday, the highways agency said, though 30 villages were still cut off.',
    '30',
    'highways agency',
  ],
  [
    'Most of the city had electricity again, the utility said, although 2,000 homes remained dark overnight.',
    '2,000',
    'utility',
  ],
  [
    'The ferry resumed sailings on Sunday, the port authority said, though 14 crossings were still delayed.',
    '14',
    'port authority',
  ],
  // a part of the day after the cue's day ("said on Tuesday night") still closes the cue: both clauses are its
  [
    'Divers have recovered 17 bodies from the lake, the coastguard said on Tuesday night, but 9 people are still missing.',
    '17',
    'coastguard',
  ],
  [
    'Divers have recovered 17 bodies from the lake, the coastguard said on Tuesday night, but 9 people are still missing.',
    '9',
    'coastguard',
  ],
  [
    'Some 3,500 households are still without water, the utility said early on Sunday morning, and 40 tankers are on the way.',
    '3,500',
    'utility',
  ],
  [
    'Customs seized 220 kilograms of cocaine at the port, the finance ministry said this afternoon.',
    '220',
    'finance ministry',
  ],
  // a contrast joined on with "but" is the same statement; a second speaker in it still speaks for itself
  ['The levee held overnight, the county engineer said, but 60 homes behind it were flooded.', '60', 'county engineer'],
  ['Sales rose 4% in May, the retailer said, but the union said 300 jobs would go.', '300', 'union'],
  // a circumstance clause ("as", "while") is not what was said
  ['About 70 homes were evacuated, officials said, as 500 firefighters battled the blaze.', '500', null],
];
