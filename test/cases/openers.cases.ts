/**
 * A sentence opener is no part of the name after it: "Perhaps Dravo Energy said …" names Dravo Energy. Invented
 * sentences about refineries, floods, strikes and markets. Rule: entities/opener-word.
 */
import type { SourceRow } from './who-says-run.js';

export const openerRows: SourceRow[] = [
  ['Perhaps Dravo Energy said it would cut 300 jobs at the refinery.', '300', 'Dravo Energy'],
  ['Maybe Kestrel Airways said 40 flights were cancelled.', '40', 'Kestrel Airways'],
  ['Perhaps Brennick Bank expects 2.5% growth next year.', '2.5%', 'Brennick Bank'],
  ['Within Marlowe County, officials said 120 homes were flooded.', '120', 'officials'],
  ['Across Tavena Province the Tavena Education Board said 14 schools closed.', '14', 'Tavena Education Board'],
  ['Hey Corrigan Dairies, where are the 2,000 missing payments?', '2,000', null],
  ['Maybe Ostrava Rail reported 75 cancelled trains on Friday.', '75', 'Ostrava Rail'],
  ['Perhaps Lindqvist Foods said 900 workers would strike.', '900', 'Lindqvist Foods'],
  // Still a name: a capitalised word that opens a sentence but is no opener.
  ['Dravo Energy said it would cut 300 jobs at the refinery.', '300', 'Dravo Energy'],
];
