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

/** attributions/data-tail: a number in a detail joined on after the closing cue keeps the cue's speaker. */
export const dataTailRows: Array<[string, string, string | null]> = [
  [
    'Harvests were smaller than first thought, the farm ministry said on Tuesday, revising its estimate of 4.1 ' +
      'million tonnes down to 3.8 million tonnes.',
    '3.8 million',
    'farm ministry',
  ],
  [
    'Fares rose 0.6% from May, the transport authority said, driven mainly by rail, which was 5.8% dearer than a ' +
      'year earlier.',
    '5.8%',
    'transport authority',
  ],
  [
    'Rents in the north rose faster, the housing office said on Wednesday, with rents in the region up 3.6% on ' +
      'the year.',
    '3.6%',
    'housing office',
  ],
  [
    'In the capital they climbed 9.1%, the housing office said, against the 7.2% national figure.',
    '7.2%',
    'housing office',
  ],
  [
    'Pay is rising, Finance Minister Jan Novak said, pointing to wage growth of 6.9% in the spring.',
    '6.9%',
    'Jan Novak',
  ],
  [
    'The flood was the worst in decades, the insurers association said, putting the damage at €40 million.',
    '40 million',
    'insurers association',
  ],
  // A clause of circumstance after the cue stays in the outlet's voice.
  ['The storm weakened, forecasters said, as 300 volunteers arrived.', '300', null],
];

/** What a percentage measures when a rate is named around it: [sentence, the number as written, measure]. */
export const rateRows: Array<[string, string, string]> = [
  // quantities/rate-of-noun: a place, a month or an expectation before the rate noun leaves the plain rate.
  ['Polish inflation jumps to 4.2% in May', '4.2%', 'inflation rate'],
  ['March inflation hits 5.5% as fuel bills climb', '5.5%', 'inflation rate'],
  ['Traders had expected inflation of 2.4% for the month.', '2.4%', 'inflation rate'],
  ['Kenyan unemployment rose to 5.9% after the drought.', '5.9%', 'unemployment rate'],
  // A modifier that names a kind of the rate keeps it.
  ['Core inflation rose to 2.8% in the spring.', '2.8%', 'core inflation rate'],
  ['Services inflation eased to 4.4% from 4.7%.', '4.4%', 'services inflation rate'],
  ['Youth unemployment climbed to 14.2 percent after the factory closures.', '14.2', 'youth unemployment rate'],
  // A rate's path to a level: edging, peaking, averaging, drifting.
  ['Unemployment edges up to 5.1% as harvest jobs end', '5.1%', 'unemployment rate'],
  ['She said inflation could peak at around 3.5% in January.', '3.5%', 'inflation rate'],
  ['Inflation would average 3.1% over the winter, the bank said.', '3.1%', 'inflation rate'],
  ['Unemployment could drift to 6.2 per cent if the mines close.', '6.2', 'unemployment rate'],
  ['The vacancy rate hovers at 7% in the old town.', '7%', 'vacancy rate'],
  // quantities/percent-change: a level crossed (`below`, `above`) is no change.
  ['Regional inflation could fall below 3% by the summer.', '3%', 'regional inflation rate'],
];

/** quantities/moved-up-to: `up to` after a small move or a figure is the level reached: [sentence, number, bound]. */
export const movedUpRows: Array<[string, string, 'exact' | 'upper']> = [
  ['Unemployment edged up to 5.1% in March.', '5.1%', 'exact'],
  ['Turnout ticked up to 61% in the second round.', '61%', 'exact'],
  ['The agency revised its growth estimate of 1.2% up to 1.4%.', '1.4%', 'exact'],
  ['Prices inched up to $4.10 a gallon.', '4.10', 'exact'],
  // A ceiling stays a ceiling.
  ['The storm could bring up to 30 centimetres of snow.', '30', 'upper'],
  ['Fines of up to 2,000 euros apply.', '2,000', 'upper'],
  ['Rebels seized up to 40 villages in the north.', '40', 'upper'],
];

/** attributions/role-named-far: "the bureau" stands for the body named paragraphs before, past its acronym. */
export const namedFarRows: Array<[string, string, string | null]> = [
  [
    'The Federal Harvest Bureau (FHB) published its crop survey on Monday.\n\n' +
      'Wheat output fell sharply, the FHB said, after a dry spring across the plains.\n\n' +
      'Farmers in the south reported the worst yields in a decade, and several co-operatives said they would ' +
      'ask for emergency loans before the autumn sowing.\n\n' +
      'Grain traders in the port cities said prices had already risen on the news, and millers warned of ' +
      'higher flour costs for bakeries by the end of the month.\n\n' +
      'Opposition lawmakers called for a debate on drought relief, while the agriculture minister promised ' +
      'that seed and fodder would reach the worst-hit districts before the first frosts.\n\n' +
      'Maize stocks stood at 2.1 million tonnes, the bureau said.',
    '2.1 million',
    'Federal Harvest Bureau',
  ],
  [
    'The National Tourism Office released the summer figures on Tuesday.\n\n' +
      'Hotels on the coast were full for most of July, according to owners, and ferry operators added ' +
      'extra sailings to the islands during the festival weeks.\n\n' +
      'Restaurants in the old town said staff shortages had forced some to close early in the evening, ' +
      'and the union warned of long hours for seasonal workers.\n\n' +
      'Campsites near the lakes turned visitors away on several weekends, and the rail operator said its ' +
      'coastal trains had carried more passengers than in any summer since it began keeping records.\n\n' +
      'Mayors of the smaller resorts asked the government for help with water supplies, saying wells had ' +
      'run low in August as visitors filled guesthouses and holiday flats.\n\n' +
      'Foreign arrivals rose to 3.4 million, the office said.',
    '3.4 million',
    'National Tourism Office',
  ],
];

/** attributions/polled-by and attributions/than-expected: who a forecast belongs to, and a comparison with one. */
export const forecasterRows: Array<[string, string, string | null]> = [
  ['Economists polled by Reuters had forecast growth of about 1.5%.', '1.5%', 'Economists'],
  ['Traders polled by the Nairobi Bourse expected a 2% rise in the index.', '2%', 'Traders'],
  [
    'Factories added 12,000 jobs in May, more than economists had expected, but the jobless rate rose to 5.2 ' +
      'percent, the labour office said on Friday.',
    '5.2',
    'labour office',
  ],
  ['Exports rose 4% in May, as analysts had forecast, the customs office said.', '4%', 'customs office'],
  ['Wheat prices fell 3% in June, less than traders had predicted, the grain board said.', '3%', 'grain board'],
];

/** quantities/period-before-unit: a number before `previous`/`past` and a time unit is a period, not a claim. */
export const periodRows: Array<[string, string]> = [
  ['Figures for the two previous months were revised down.', 'two'],
  ['Sales fell in each of the three previous quarters.', 'three'],
  ['Over the four following days the river kept rising.', 'four'],
  ['Prices had climbed in the six preceding weeks.', 'six'],
  ['The 12 past years were the warmest on record.', '12'],
];

/** A number before a time phrase (`last month`) stays a claim: [sentence, the number as written]. */
export const beforeTimeRows: Array<[string, string]> = [
  ['The lender raised its fee by a half-point last spring.', 'half-point'],
  ['Exports fell 4% last year.', '4%'],
  ['The city hired 300 teachers last week.', '300'],
];

/** claims/modality/expects-amount with a bound or an increment before the figure: [sentence, number, status]. */
export const expectsBoundRows: Array<[string, string, string]> = [
  ['The governor said the state still expected more than 20,000 new jobs next year.', '20,000', 'planned'],
  ['The food bank expects another 200 families to register before winter.', '200', 'planned'],
  ['The port expects a further 40 ships this week.', '40', 'planned'],
  ['Organisers expected fewer than 5,000 runners because of the heat.', '5,000', 'planned'],
  // A comparison with a forecast states what happened.
  ['Rescuers found more than 20 survivors, more than expected.', '20', 'asserted'],
];

/**
 * attributions/data-from-after: a release named after the comma that closes the figures speaks for its owner
 * (", data from the X showed", ", a flash estimate by the X showed on Friday", ", a new survey from X finds").
 */
export const dataFromAfterRows: Array<[string, string, string | null]> = [
  [
    'Polish retail sales rose 4.1% year-on-year in May, a preliminary estimate from the Central Trade Office ' +
      'showed on Friday.',
    '4.1%',
    'Central Trade Office',
  ],
  [
    'Kenyan tea exports fell 2.3% in the second quarter, a flash survey by the National Export Council showed.',
    '2.3%',
    'National Export Council',
  ],
  [
    'Chilean copper output fell 3.1% in April, data from the National Mining Registry showed on Monday.',
    '3.1%',
    'National Mining Registry',
  ],
  [
    'Ferry traffic to the islands dropped by 14,000 crossings, figures released by the Harbour Board showed.',
    '14,000',
    'Harbour Board',
  ],
  [
    'About 62% of Danish farmers expect a poor harvest, a new survey from the Nordic Grain Forum finds.',
    '62%',
    'Nordic Grain Forum',
  ],
  [
    'Rents in Lisbon climbed 9.4% last year, a report by the Tagus Housing Observatory found.',
    '9.4%',
    'Tagus Housing Observatory',
  ],
  [
    'Hotel stays in the Tyrol rose to 3.2 million in July, according to official figures, while a survey from the ' +
      'Alpine Tourism Board showed more Dutch visitors.',
    '3.2 million',
    null,
  ],
  [
    'Bread prices rose 7% in Lagos. A survey from the Market Women Union showed shoppers were cutting back.',
    '7%',
    null,
  ],
  [
    'The flood displaced 4,000 families, a report from the Red Cross said, and data from the Met Service showed more rain coming.',
    '4,000',
    'Red Cross',
  ],
];

/**
 * quantities/status-people: an adjective that names people by their status (`the unemployed`, `the jobless`,
 * `the uninsured`) counts those people; the adjective before another noun (`jobless claims`) does not.
 */
export const statusPeopleRows: Array<[string, string, string | null]> = [
  ['The unemployed numbered 212,000 in Slovenia in June.', '212,000', 'unemployed people'],
  ['In Estonia the number of unemployed rose to 61,500 in the spring.', '61,500', 'unemployed people'],
  ['The jobless totalled 1.3 million in Portugal at the end of March.', '1.3 million', 'jobless people'],
  ['The number of uninsured in the province reached 480,000 last year.', '480,000', 'uninsured people'],
  ['The number of underemployed fell to 94,000 in Latvia.', '94,000', 'underemployed people'],
  ['The unemployed in Greece stood at 402,000 in April.', '402,000', 'unemployed people'],
  ['Initial jobless claims in Ohio fell to 9,800 last week.', '9,800', 'claims'],
  ['The number of unemployed people in Malta rose to 7,900.', '7,900', 'people'],
  ['The jobless rate in Croatia fell to 5.9%.', '5.9%', 'jobless rate'],
];

/**
 * quantities/range: a percentage then a rate `per` a unit (`weakened 0.4% to 4.31 per euro`) is a change and the
 * level it reaches, not a range; `per cent` after the second number still makes one.
 */
export const perUnitLevelRows: Array<[string, string, 'exact' | 'range']> = [
  ['The zloty weakened 0.4% to 4.31 per euro after the vote.', '0.4%', 'exact'],
  ['The forint firmed 0.2% to 395.1 per euro on Friday.', '0.2%', 'exact'],
  ['Diesel climbed 3% to 1.62 per litre in Lyon.', '3%', 'exact'],
  ['Cocoa slid 2.5% to 7,940 per tonne in London.', '2.5%', 'exact'],
  ['The peso eased 0.7% to 17.9 per dollar.', '0.7%', 'exact'],
  ['Milk prices advanced 1.5% to 0.52 per litre.', '1.5%', 'exact'],
  ['Turnout is expected at 55% to 60 per cent.', '55%', 'range'],
  ['A tariff of 10% to 15 per cent applies to Peruvian steel.', '10%', 'range'],
  ['Rents could rise 4% to 6% in Porto.', '4%', 'range'],
];

/** quantities/subject-year: a year after `in`/`for`/`during` dates the subject noun; the walk goes on past it. */
export const subjectYearRows: Array<[string, string, string | null]> = [
  ['Hotel stays in 2023 rose to 4.2 million in Tyrol.', '4.2 million', 'stays'],
  ['Arrivals for 2024 were revised up to 912,000.', '912,000', 'arrivals'],
  ['Flights in 2019 numbered 48,000 at the airport.', '48,000', 'flights'],
  ['Job gains for 2025 were lowered to 18,000 in Alberta.', '18,000', 'jobs'],
  ['Evictions during 2022 climbed to 3,100 in Dublin.', '3,100', 'evictions'],
  ['Burglaries in 2021 fell to 640 in the county.', '640', 'burglaries'],
  // A number of another kind after the preposition still ends the subject.
  ['The river in 12 villages rose to 4.5 metres.', '4.5', 'metres'],
  ['Crews in 2,000 trucks reached 300 towns.', '300', 'towns'],
];

/**
 * quantities/consumer-prices: the yearly or monthly change of consumer prices is the inflation rate; other prices
 * and other consumer figures stay a percent change.
 */
export const consumerPriceRows: Array<[string, string, string | null]> = [
  ['Peruvian consumer prices rose 2.1% year-on-year in May.', '2.1%', 'inflation rate'],
  ['Consumer prices in Chile were up 4.3% on the year in June.', '4.3%', 'inflation rate'],
  ['Hungarian consumer prices climbed 0.5% from April.', '0.5%', 'inflation rate'],
  ['Consumer prices in the region rose 3.9 percent in March.', '3.9', 'inflation rate'],
  ['Slovak consumer prices fell 0.2% month on month.', '0.2%', 'inflation rate'],
  ['Consumer prices increased by 6% in Kenya last year.', '6%', 'inflation rate'],
  // quantities/consumer-prices: bare `prices` opening the clause of a story on inflation are the basket's prices.
  ['Inflation picked up in Ghana. Prices rose 0.4% from March, the statistics office said.', '0.4%', 'inflation rate'],
  ['Inflation eased in Accra. Month on month, prices fell 0.3%.', '0.3%', 'inflation rate'],
  ['Consumer price inflation slowed. Prices were up 2.2% on the year in Quito.', '2.2%', 'inflation rate'],
  // Outside a story of the price level, bare prices are any prices.
  ['Prices rose 7% at the fish market in Quito.', '7%', 'percent change'],
  // quantities/dearer-than-year: a good dearer or cheaper than a year before measures its price inflation.
  ['Bread, which was 4.4% dearer than a year earlier, led the rise.', '4.4%', 'inflation rate'],
  ['Fuel was 2.5% cheaper than a year ago in Lima.', '2.5%', 'inflation rate'],
  ['Dairy goods were 7.1% more expensive than a year before.', '7.1%', 'inflation rate'],
  // quantities/earlier-rate: the earlier value after a participle of the change.
  [
    'Romanian consumer prices rose 4.1% year-on-year in May, accelerating from 3.7% in April.',
    '3.7%',
    'inflation rate',
  ],
  ['Unemployment rose to 6.1% in July, up from 5.8% in June.', '5.8%', 'unemployment rate'],
  // quantities/report-rate: a flash estimate of a percentage is the rate the sentence names.
  [
    'Inflation in Ghana was higher than first thought, the office said, revising its flash estimate of 2.1% up to 2.3%.',
    '2.1%',
    'inflation rate',
  ],
  [
    'Inflation in Ghana was higher than first thought, the office said, revising its flash estimate of 2.1% up to 2.3%.',
    '2.3%',
    'inflation rate',
  ],
  ['Peruvian unemployment came in at 6.6%, below the preliminary reading of 6.8%.', '6.8%', 'unemployment rate'],
  // quantities/percent-reported: the reported value of the percentage named just before it.
  [
    'Inflation is easing. Month on month, prices rose 0.2%, rather than the 0.3% first reported.',
    '0.3%',
    'inflation rate',
  ],
  ['Rice was 3.4% dearer than a year earlier, up from the 2.9% given in the flash data.', '2.9%', 'inflation rate'],
  ['In Cusco rents climbed 8.2%, the office said, against the 6.5% national figure.', '6.5%', 'percent change'],
  ['Turnout hit 61% in Tartu, above the 58% recorded in 2019.', '58%', 'turnout'],
  ['Sales rose 4% in Quito, short of the 5% increase.', '5%', 'percent increase'],
  ['Inflation would average 4.2% next year, above the 3.8% it projected in June.', '3.8%', 'inflation rate'],
  // quantities/percent-against: a percentage set against the one before measures the same.
  ['Consumer prices in the valley were up 4.4% on the year, against 3.9% nationally.', '3.9%', 'inflation rate'],
  ['Unemployment in Tartu rose to 7.1%, versus 6.4% in the capital.', '6.4%', 'unemployment rate'],
  // An earlier time's value is left to the relations.
  ['Hostel occupancy in Tartu fell to 38%, against 71% a year earlier.', '71%', 'percent'],
  ['The vote passed 52% against 48%.', '48%', 'percent'],
  ['Oil prices rose 3% on Monday.', '3%', 'percent change'],
  ['Prices of copper rose 2% in London.', '2%', 'percent change'],
  ['The new hall was 20% more expensive than planned.', '20%', 'percent'],
  ['Producer prices rose 3% year-on-year in Poland.', '3%', 'percent change'],
  ['Consumer spending rose 2% in Peru.', '2%', 'percent change'],
  ['Shares of consumer goods makers rose 1.4% in Lima.', '1.4%', 'percent change'],
];

/** quantities/of-time-possessive: `N of last year's jobs`: the period's possessive is no part of the counted noun. */
export const timePossessiveRows: Array<[string, string, string | null]> = [
  ["As many as 9,000 of last year's jobs in Ontario could vanish.", '9,000', 'jobs'],
  ["About 2,000 of this year's arrivals in Malta came by sea.", '2,000', 'arrivals'],
  ['Nearly 300 of October’s new jobs in Peru were part-time.', '300', 'jobs'],
  ["Some 40 of last season's fires in Chile were set on purpose.", '40', 'fires'],
  ["About 12 of the month's 31 days were dry in Lima.", '12', 'days'],
  ["Around 60 of last week's flights from Oslo left late.", '60', 'flights'],
  ["About 300 of the town's homes in Galway were flooded.", '300', 'homes'],
  ["Some 40 of Peru's 196 provinces reported cases.", '40', 'provinces'],
];

/** claims/modality/forecasters: a forecast of a release is possible, not planned: [sentence, number, status]. */
export const forecasterStatusRows: Array<[string, string, string]> = [
  ['Economists polled by the Lima Herald had forecast a gain of about 8,000 jobs.', '8,000', 'possible'],
  ['Analysts surveyed by Kroner Bank had expected inflation of 1.9%.', '1.9%', 'possible'],
  ['Wool exports beat the 2,100 tonnes analysts had pencilled in.', '2,100', 'possible'],
  ['Strategists polled by Harbour Daily predicted 14 rate moves.', '14', 'possible'],
  // A result set against the forecast is stated; a company's own expectation stays a plan.
  ['Ghana added 9,000 jobs in May, more than economists had expected.', '9,000', 'asserted'],
  ['Rail freight rose 3% in June, as analysts had forecast.', '3%', 'asserted'],
  ['The insurer expected about 4,000 claims after the hailstorm.', '4,000', 'planned'],
];

/** quantities/more-in-work: `N more people were in work` is a change in jobs, not an increment: [sentence, number]. */
export const moreInWorkRows: Array<[string, string, string, boolean]> = [
  ['Twelve thousand more Chileans found work in March.', 'Twelve thousand', 'jobs', false],
  ['Eight thousand more Estonians were employed in June.', 'Eight thousand', 'jobs', false],
  ['Nine hundred more Icelanders went to work last month.', 'Nine hundred', 'jobs', false],
  ['Another 300 soldiers went to the front.', '300', 'troops', true],
  ['Forty more nurses arrived on Friday.', 'Forty', 'nurses', true],
];
