/**
 * Verbs of speech that say nothing in these constructions: a company's accounts in a relative clause and the lives a
 * disaster claimed. Invented sentences about refineries, retailers, floods and epidemics. Rules:
 * attributions/results-relative, attributions/claimed-lives, attributions/found-bodies.
 */
import type { SourceRow } from './who-says-run.js';

export const notSpeechRows: SourceRow[] = [
  // attributions/results-relative: "X, which reported revenue of N": the accounts, in the outlet's voice.
  [
    'Shares in Corvane, which reported revenue of 2.4 billion dollars last year, closed down 6.1% in Oslo.',
    '6.1%',
    null,
  ],
  [
    'Shares in Corvane, which reported revenue of 2.4 billion dollars last year, closed down 6.1% in Oslo.',
    '2.4',
    null,
  ],
  ['The refinery, which reported a net profit of $80 million in 2023, shut on Monday.', '$80 million', null],
  ['The grocer, which posted record quarterly sales of £1.2bn, will shut 40 stores.', '£1.2bn', null],
  ['The airline, which recorded a pre-tax loss of €310m, cancelled 90 flights.', '€310m', null],
  ['The miner, which booked earnings of $45 million, hired 200 workers.', '$45 million', null],
  // Still the subject's: a relative clause that reports what happened, and the accounts as the main verb's object.
  ['The agency, which reported that 40 people died, was criticised.', '40', 'agency'],
  ['The refinery reported a profit of $80 million in 2023.', '$80 million', 'refinery'],
  // attributions/claimed-lives: the toll a disaster took.
  ['The floods have claimed at least 40 lives across the valley.', '40', null],
  ['The mudslide claimed 17 lives in the hill villages overnight.', '17', null],
  ['The epidemic has claimed nearly 300 lives since March.', '300', null],
  ['The fire claimed 9 victims in the old quarter.', '9', null],
  // Still speech: "claimed" of a figure, and a toll with its own speech cue.
  ['The union had claimed 70% turnout on Tuesday.', '70%', 'union'],
  ['The blast claimed 12 more lives, the ministry said.', '12', 'ministry'],
  // attributions/found-bodies: what a search turned up; the speaker is the one who says so, or none.
  ['Divers searching the hull found another six bodies, the coastguard said.', 'six', 'coastguard'],
  ['Volunteers digging through a collapsed barn found 4 bodies on Sunday.', '4', null],
  ['Crews sifting the debris of a flattened school found 11 survivors overnight.', '11', null],
  // Still a finding stated: a study or survey found a count.
  ['A survey by the Tarrow Institute found 40 schools lacked heating.', '40', 'Tarrow Institute'],
];
