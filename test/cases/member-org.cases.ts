/**
 * `attributions/role-member-org`: "a council official said" speaks for the council named a sentence or two before,
 * when every word of the description is in its name. Invented sentences about floods, harbours, health and jobs.
 */
import type { SourceRow } from './who-says-run.js';

export const memberOrgRows: SourceRow[] = [
  [
    'The National Council for Flood Relief said 40 homes were lost. A council official said 12 people were missing.',
    '12',
    'National Council for Flood Relief',
  ],
  ['The Harbour Board said 40 boats sank. A board official said 300 people were rescued.', '300', 'Harbour Board'],
  [
    'The Regional Water Authority cut supply to 9,000 homes. An authority spokeswoman said 30 wells were tainted.',
    '30',
    'Regional Water Authority',
  ],
  [
    'The Federation of Dock Unions called the strike. A federation spokesman said 4,000 workers walked out.',
    '4,000',
    'Federation of Dock Unions',
  ],
  // The description names another body (`state` is not in the county's name): kept as said.
  [
    'The Tamsin County Health Department said 40 people were sick. A state health department spokesman said 12 nurses came.',
    '12',
    'state health department spokesman',
  ],
  // A bare kind never reaches for whatever organisation is near.
  ['Acme Corp said 40 jobs would go. A company spokesman said 12 more were at risk.', '12', 'company spokesman'],
];
