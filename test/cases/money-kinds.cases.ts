/**
 * Table cases for sums of money named only by their currency that take what the money is from another sum:
 * the same amount named earlier, a conversion or comparison right after a named sum, and a part of a named
 * whole (`$40 million of the state's $150 million aid package`). Invented sentences about ransoms, floods,
 * strikes, insolvencies and relief funds.
 */
import type { MeasureCase } from './measures.cases.js';

const m = (text: string, measure: string | null, rule?: string, at?: number): MeasureCase => ({
  text,
  measure,
  ...(rule ? { rule } : {}),
  ...(at !== undefined ? { at } : {}),
});

const REPEAT = 'quantities/money-repeat';
const ECHO = 'quantities/money-echo';
const PART = 'quantities/money-part-of';
const PACKAGE = 'quantities/money-noun';

export const moneyKindCases: MeasureCase[] = [
  // the same amount named again takes the measure it had
  m(
    'The creditor sought a settlement of $2 million from the club. The club refused to pay $2 million before May.',
    'settlement',
    REPEAT,
    1,
  ),
  m(
    'Each flooded household will get compensation of €800. Officials said the €800 would arrive by March.',
    'compensation',
    REPEAT,
    1,
  ),
  m(
    'The gang asked for a ransom of 30 bitcoin. The hospital said it would not pay 30 bitcoin to criminals.',
    'ransom',
    REPEAT,
    1,
  ),
  m('Nurses were offered a bonus of £600. Ministers later said £600 was all they could afford.', 'bonus', REPEAT, 1),
  // a different amount, or the same amount named by its own noun, keeps its own reading
  m('The town was fined $5,000 in June. It also received $5,000 in grants for the park.', 'grants', undefined, 1),
  m('The league imposed a fine of €9,000. Fans then raised €4,000 for the club.', 'funds', undefined, 1),
  // a conversion or a comparison right after a named sum
  m('Hackers demanded a ransom of 40 bitcoin, worth about $2.4 million at current prices.', 'ransom', ECHO, 1),
  m('The insurer raised its settlement offer to 3 million euros, or roughly $3.3 million.', 'offer', ECHO, 1),
  m('The bakery chain owes £95m, well above the £70m its auditors reported in March.', 'debt', ECHO, 1),
  m('Storm damage reached $12 million, far below the $30 million feared at first.', 'damage', ECHO, 1),
  m('The county received grants of $3 million, short of the $5 million it requested.', 'grants', ECHO, 1),
  // a part of a named whole
  m("The region has received 80 million euros of the government's 300 million euro aid package.", 'aid', PART),
  m("Farmers have been paid $40 million of the state's $150 million aid package so far.", 'aid', PART),
  m('The city has spent $2 million of its $9 million recovery fund on roads.', 'recovery fund', PART),
  m('Only £1.2m of the £4m flood relief budget has been used.', 'flood relief budget', PART),
  // an aid package is aid
  m('Parliament approved a $700 million aid package for the drought-hit north.', 'aid', PACKAGE),
  m('The EU promised a €2 billion aid package after the earthquake.', 'aid', PACKAGE),
];
