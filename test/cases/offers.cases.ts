/**
 * Amounts offered in pay talks, takeovers and bids are not yet paid: invented sentences about strikes, buyouts and
 * auctions. Rule: claims/modality/offer.
 */
import type { ClaimStatus } from '../../src/article.js';

/** [sentence, the number in it, its status, the rule expected to give it (null: any)] */
export const offerRows: Array<[string, string, ClaimStatus, string | null]> = [
  [
    "The unions rejected the government's offer of a 2.1% raise over two years.",
    '2.1%',
    'planned',
    'claims/modality/offer',
  ],
  ['The ministry raised its pay offer to nurses to 3.2% on Thursday.', '3.2%', 'planned', 'claims/modality/offer'],
  [
    'Halvik Foods made a formal offer of 4 billion kroner for the plant.',
    '4 billion kroner',
    'planned',
    'claims/modality/offer',
  ],
  ['The buyer tabled a bid worth $1.2 billion for the mill.', '$1.2 billion', 'planned', 'claims/modality/offer'],
  ['The rival made a counteroffer of $40 a share in cash.', '$40', 'planned', 'claims/modality/offer'],
  ['Creditors weighed a bid valued at €300 million.', '€300 million', 'planned', 'claims/modality/offer'],
  ['The board sweetened its takeover bid to £6.10 a share.', '£6.10', 'planned', 'claims/modality/offer'],
  ['Management improved its offer to 4% after the second walkout.', '4%', 'planned', 'claims/modality/offer'],
  // Not an offer's noun: the people offered something, a share sale that happened, the verb form (genres table).
  ['The operators have offered 4.5% over two years.', '4.5%', 'asserted', null],
  ['The firm has offered 1,200 staff voluntary redundancy.', '1,200 staff', 'asserted', null],
  ['The share offering raised $2 billion last week.', '$2 billion', 'asserted', null],
  ['Some 300 families were offered temporary housing after the flood.', '300 families', 'asserted', null],
];
