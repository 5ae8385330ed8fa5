/**
 * Table cases for sums of money named only by their currency that take what the money is from another sum:
 * the same amount named earlier, a conversion or comparison right after a named sum, and a part of a named
 * whole (`$40 million of the state's $150 million aid package`). Invented sentences about ransoms, floods,
 * strikes, insolvencies and relief funds.
 */
import { measureCase, type MeasureCase } from './measures.cases.js';

const m = measureCase;

const REPEAT = 'quantities/money-repeat';
const ECHO = 'quantities/money-echo';
const PART = 'quantities/money-part-of';
const PACKAGE = 'quantities/money-noun';
const PRICE = 'quantities/money-price';
const OFFER = 'quantities/money-price-offer';
const PER_UNIT = 'quantities/money-per-unit';
const VERB = 'quantities/money-verb';
const OF = 'quantities/money-of';
const IN = 'quantities/money-in';
const AFTER = 'quantities/money-verb-after';

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
  // what one thing sells for is its price
  m('Touts said tickets sold for $250 each near the gates.', 'price', PRICE),
  m('Fake permits were on sale at the border crossing for 40 euros.', 'price', PRICE),
  m('The new phone is priced at €899 in Germany.', 'price', PRICE),
  m('Bottled water was selling in the camp for £3.', 'price', PRICE),
  // an offer or purchase for a sum, and the earlier price of a discount, are what one thing costs
  m('The hardware chain offers storm shutters for $450 this week.', 'price', OFFER),
  m('After the drought, farmers could buy seed packs for €15 at the co-op.', 'price', OFFER),
  m('Flood pumps are available for £120 at most stores.', 'price', OFFER),
  m('Sandbag kits are down to $30 (regularly $45) at the depot.', 'price', OFFER, 1),
  m('Camping stoves went for $60 (originally $85) during the strike.', 'price', OFFER, 1),
  m('Residents bought bottled water for 5 dollars a crate after the quake.', 'price', OFFER),
  m('The firm sold its stake in March and raised $40 million for charity.', 'funds'),
  // a sum per unit bought or per head is a rate
  m('Modules now sell for $0.18/W, down from $0.40/W in 2020.', 'price per watt', PER_UNIT),
  m('Modules now sell for $0.18/W, down from $0.40/W in 2020.', 'price per watt', PER_UNIT, 1),
  m('Airlines must pay €250 per passenger in compensation.', 'compensation per passenger', PER_UNIT),
  m('Drivers paid $3.40 a gallon last week.', 'payment per gallon', PER_UNIT),
  m('Wholesale power cost $0.05/kWh in the auction.', 'cost per kWh', PER_UNIT),
  // the second sum of a `from … to` pair whose first carries a per-unit tail is that rate too
  m('Battery costs should drop from about $140/kWh today to $80 by 2032.', 'battery costs per kWh', ECHO, 1),
  m('Ferry tickets will go from €4 per trip now to €3 next spring.', 'amount per trip', ECHO, 1),
  m('The utility pays $0.05/kWh to 12,000 households.', 'households', undefined, 1),
  m('Seed costs $3/kg to grow, and a farm sells it for $5.', 'price', undefined, 1),
  m('The strike is costing the port $4 million a week.', 'losses'),
  // money verbs with a particle or a destination
  m('The insurer paid out $450 million to policyholders after the hail.', 'payment', VERB),
  m('Investors poured $2 billion into the fund last year.', 'investment', VERB),
  m('The state pumped 800 million euros into the flooded rail network.', 'investment', VERB),
  // verbs of pledging, depositing and tracing name the money they take
  m('At a conference in Oslo, Norway pledged $12 million for the cyclone victims.', 'pledged aid', VERB),
  m('Auditors traced another €3 million to shell firms in Malta.', 'traced assets', VERB),
  m('Prosecutors have frozen about $9 million in bank accounts linked to the mayor.', 'frozen assets', VERB),
  m('The strike cost $3 million, $1 million more than the walkout in May.', 'dollars', undefined, 1),
  // a money noun before `of` says what the sum is, whatever the sum is for
  m('The utility is weighing a rebate of $40 for every customer who lost power.', 'rebate', OF),
  m('Police offered a reward of €10,000 for information on the arson.', 'reward', OF),
  m('The insurer has paid an advance of 30 million pesos to the port.', 'advance', OF),
  m('The charity raised $2 million in donations within a week.', 'donations', IN),
  // a sum that is the passive subject or the relative object of a money verb after it
  m('A further $3 million could be returned from banks in Panama.', 'recovered assets', AFTER),
  m('Some €2 million was stolen from the cathedral fund.', 'stolen funds', AFTER),
  m(
    'The ministry has now seized $9 million, up from the $6 million it had frozen in April.',
    'frozen assets',
    AFTER,
    1,
  ),
  m('About £80 million was paid out as "dividends" to early savers.', 'dividends', AFTER),
  m('The $3 million was spent on lawyers and flights.', 'spending', AFTER),
  m('The $40 million it cost was paid by the province.', 'dollars', undefined),
];
