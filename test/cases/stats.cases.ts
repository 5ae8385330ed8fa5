/**
 * Table cases from official-statistics stories (jobs reports, price indices, budgets): currency codes and
 * local signs written before the sum, rates named by the noun they measure, and the forecasters and
 * statistics offices a figure belongs to. Invented sentences about harvests, floods, strikes, tourism and trade.
 */

/** A money figure: the sentence, its value, the currency code, and what the money is (null: not checked). */
export const codeMoneyRows: Array<[string, number, string, string | null]> = [
  ['Hail cost growers CZK 2.4 billion in lost fruit this summer.', 2.4e9, 'CZK', 'cost'],
  ['The farmers lost CZK 3.2 billion in the drought.', 3.2e9, 'CZK', 'losses'],
  ['The region will spend CZK 12 million on school meals.', 12e6, 'CZK', 'spending'],
  ['Each flooded household will receive CZK 15,000.', 15000, 'CZK', null],
  ['The town paid HUF 40 million for the new bridge.', 40e6, 'HUF', 'payment'],
  ['The regulator fined the airline SEK 8 million over late refunds.', 8e6, 'SEK', 'fine'],
  ['Striking dockers gave up PLN 9,000 in wages.', 9000, 'PLN', null],
  ['The ferry company was fined NOK 1.5 million.', 1.5e6, 'NOK', 'fine'],
  ['The hotel group raised MYR 450 million from the share sale.', 450e6, 'MYR', null],
  ['The state pledged RM5 million for the flood clinic.', 5e6, 'MYR', null],
  ['Festival tickets cost RM45 each.', 45, 'MYR', 'cost'],
  ['Rubber tappers earned RM1,850 a month on average last year.', 1850, 'MYR', null],
  ['The pension rose by 600 koruna.', 600, 'CZK', 'pension'],
  ['The drought cost vineyards 900 million koruna.', 900e6, 'CZK', null],
  ['Bucharest will spend 2 billion lei on new trams.', 2e9, 'RON', 'spending'],
  ['The farm lost 35,000 forint worth of hay in the fire.', 35000, 'HUF', null],
  // A small sum after a code in capitals is money, not a model number (`Series 5`).
  ['Ferry fares rose to SEK 42 after the strike.', 42, 'SEK', null],
  ['A night at the flooded campsite cost USD 250.', 250, 'USD', 'cost'],
  ['A kilo of carp sold for CZK 89 before Christmas.', 89, 'CZK', null],
];
