/**
 * Table of invented sentences for the claim status (asserted / planned / possible / unconfirmed / denied):
 * each row is a sentence, the number in it, the status and the rule expected to give it.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/stages/claims/modality.js';
import type { ClaimStatus } from '../../src/article.js';
import { sentenceClaims } from '../helpers/claims.js';

type Row = [sentence: string, number: string, status: ClaimStatus, rule: string | null];

const ROWS: Row[] = [
  // the month and a given name are no modal (claims/modality/month-name)
  ['Payrolls rose 22,000 in May, the weakest gain in a year.', '22,000', 'asserted', null],
  ["May's gain was revised down to 19,000 from 144,000.", '19,000', 'asserted', null],
  ['Will Harris, the fire chief, said 40 homes were lost.', '40 homes', 'asserted', null],
  ['The river may crest at 9 metres on Sunday.', '9 metres', 'possible', 'claims/modality/hedge'],
  // a belief, not a count made (claims/modality/thought-to)
  ['Some 20 miners are thought to have been trapped.', '20 miners', 'unconfirmed', 'claims/modality/thought-to'],
  ['At least 6 hikers are believed to be missing.', '6 hikers', 'unconfirmed', 'claims/modality/thought-to'],
  ['Nine fishermen were feared to have drowned.', 'Nine fishermen', 'unconfirmed', 'claims/modality/thought-to'],
  ['Some 300 people thought the vote was rigged.', '300 people', 'asserted', null],
  ['The army is believed to have sent 40 tanks to the border.', '40 tanks', 'asserted', null],
  // what it would take is a condition (claims/modality/would-need)
  ['The coalition would need 88 seats for a majority.', '88 seats', 'possible', 'claims/modality/would-need'],
  ['The city would have to borrow $40 million.', '$40 million', 'possible', 'claims/modality/would-need'],
  ['Repairs would require 3,000 workers.', '3,000 workers', 'possible', 'claims/modality/would-need'],
  ['The council would build 500 homes, the mayor said.', '500 homes', 'planned', 'claims/modality/plan'],
  // a forecast's noun, then its figure (claims/modality/expects-noun-of)
  ['Forecasters expect gusts of up to 90mph.', '90mph', 'planned', 'claims/modality/expects-noun-of'],
  ['Analysts forecast losses of $2 billion.', '$2 billion', 'planned', 'claims/modality/expects-noun-of'],
  // hedges
  // a mass noun after the figure before its modal (claims/modality/of-noun-gap)
  ['Up to 300 mm of rain could fall on the hills overnight.', '300 mm', 'possible', 'claims/modality/hedge'],
  ['Some 2,000 tonnes of grain may rot in the silos.', '2,000 tonnes', 'possible', 'claims/modality/hedge'],
  ['About $4 billion of debt could be written off.', '$4 billion', 'possible', 'claims/modality/hedge'],
  ['Nearly 40 percent of the harvest might be lost to the drought.', '40 percent', 'possible', 'claims/modality/hedge'],
  ['About 500 barrels of oil spilled into the bay, and more could follow.', '500 barrels', 'asserted', null],
  ['Officials warned the river could crest at 9 metres on Sunday.', '9 metres', 'possible', 'claims/modality/hedge'],
  ['The strike may idle 4,000 dock workers.', '4,000 dock workers', 'possible', 'claims/modality/hedge'],
  [
    'Early figures suggest that at least 40 homes were lost in the fire.',
    '40 homes',
    'possible',
    'claims/modality/hedge',
  ],
  [
    'Under the worst scenario, repair bills can reach $2 billion.',
    '$2 billion',
    'possible',
    'claims/modality/can-reach',
  ],
  ['Some 300 villages are at risk of flooding, the agency said.', '300 villages', 'asserted', null],
  // plans
  ['The council will hire 120 firefighters next spring.', '120 firefighters', 'planned', 'claims/modality/plan'],
  ['The union plans to bring 8,000 members to the march.', '8,000 members', 'planned', 'claims/modality/plan'],
  ['The ministry aims to cut emissions to 40% by 2035.', '40%', 'planned', 'claims/modality/target-date'],
  ['Turnout is to rise to 70% by 2032 under the reform.', '70%', 'planned', 'claims/modality/target-date'],
  ['Vaccination should reach 80% by the end of the next decade.', '80%', 'planned', 'claims/modality/target-date'],
  [
    'The airline expects $90 million in lost bookings from the strike.',
    '$90 million',
    'planned',
    'claims/modality/expects-amount',
  ],
  [
    'The insurer said it expected about a $200 million hit from the storm.',
    '$200 million',
    'planned',
    'claims/modality/expects-amount',
  ],
  [
    'The government announced a relief package worth 3 billion euros for farmers.',
    '3 billion euros',
    'planned',
    'claims/modality/package',
  ],
  ['Forecasts call for gusts of up to 70 mph over the ridge.', '70 mph', 'planned', 'claims/modality/forecast'],
  ['The city set a target of 5,000 new homes a year.', '5,000 new homes', 'planned', 'claims/modality/target'],
  ['The party hopes to achieve the 2 million votes it needs.', '2 million votes', 'planned', 'claims/modality/target'],
  ['A proposed levy on $30 billion of imports was shelved.', '$30 billion', 'planned', 'claims/modality/proposed'],
  // reported, unconfirmed
  [
    'Eleven miners are trapped and presumed dead after the collapse.',
    'Eleven miners',
    'unconfirmed',
    'claims/modality/presumed',
  ],
  [
    'The ferry sank, leading to the presumed deaths of 14 passengers.',
    '14 passengers',
    'unconfirmed',
    'claims/modality/presumed',
  ],
  [
    'Rescuers are searching for 9 climbers presumed killed in the avalanche.',
    '9 climbers',
    'unconfirmed',
    'claims/modality/presumed',
  ],
  [
    'Police confirmed 12 arrests, with some reports suggesting as many as 50 were detained.',
    '50',
    'unconfirmed',
    'claims/modality/reports-suggest',
  ],
  [
    'The figure of 600 deaths could not be independently verified.',
    '600 deaths',
    'unconfirmed',
    'claims/modality/unverified',
  ],
  ['Rebels said they had seized 30 tanks, a claim that could not be confirmed.', '30 tanks', 'asserted', null],
  // denials
  ['The ministry denied that 200 protesters had been detained.', '200 protesters', 'denied', 'claims/modality/denied'],
  ['The company dismissed reports of 1,000 job cuts.', '1,000 job cuts', 'denied', 'claims/modality/denied'],
  // over-firing guards
  ['Sales came in at $4 billion, more than expected, the retailer said.', '$4 billion', 'asserted', null],
  ['Turnout was higher than expected at 68%.', '68%', 'asserted', 'claims/modality/than-expected'],
  [
    'The modeling firm estimated insured losses from the storm will be about $8 billion.',
    '$8 billion',
    'asserted',
    'claims/modality/estimate-will',
  ],
  [
    'The plan would raise the share of wind power from 12% now to 30% within ten years.',
    '12%',
    'asserted',
    'claims/modality/current-value',
  ],
  [
    'Half of the region’s 3,000 nurses will strike on Monday.',
    '3,000 nurses',
    'asserted',
    'claims/modality/part-of-whole',
  ],
  ['Some of those 500 hectares may have burned twice.', '500 hectares', 'asserted', 'claims/modality/part-of-whole'],
  // The whole after a counted part (`N of its M`) is what exists, whatever the part's plan or hedge.
  ['The mill plans to cut 300 of its 1,100 jobs next year.', '1,100 jobs', 'asserted', 'claims/modality/part-of-whole'],
  ['The alliance is set to win 41 of the 75 seats.', '75 seats', 'asserted', 'claims/modality/part-of-whole'],
  ['The council could close 12 of its 40 libraries.', '40 libraries', 'asserted', 'claims/modality/part-of-whole'],
  ['The council could close 12 of its 40 libraries.', '12 of its', 'possible', 'claims/modality/hedge'],
  ['The utility carried out five rounds of planned blackouts in May.', 'five rounds', 'asserted', null],
  ['Output reached 2 GW in June and the company plans to build another plant.', '2 GW', 'asserted', null],
  ['Three hikers were found alive and two others are missing and presumed dead.', 'Three hikers', 'asserted', null],
  // claims/modality/missing-presumed: the count of the missing is stated; only their death is presumed
  [
    'Two bodies were found and four fishermen are missing and presumed dead.',
    'four fishermen',
    'asserted',
    'claims/modality/missing-presumed',
  ],
  [
    'Seven miners remain missing and feared dead after the shaft flooded.',
    'Seven miners',
    'asserted',
    'claims/modality/missing-presumed',
  ],
  ['Divers resume search for presumed dead 5 missing crew members', '5', 'asserted', null],
  ['Hope fades for 3 missing climbers presumed killed on the ridge.', '3', 'asserted', null],
  // claims/modality/presumed: feared deaths are as unsure as presumed ones
  [
    'Twelve villagers are feared dead after the landslide.',
    'Twelve villagers',
    'unconfirmed',
    'claims/modality/presumed',
  ],
  [
    'Nine sailors were presumed drowned after the trawler sank.',
    'Nine sailors',
    'unconfirmed',
    'claims/modality/presumed',
  ],
  // claims/modality/participle-clause: a participle clause goes on with the plan or hedge before it
  [
    'The utility is set to sell $2 billion in bonds on Monday, pricing them at a 3% discount to its rivals.',
    '3%',
    'planned',
    'claims/modality/participle-clause',
  ],
  [
    'The river could crest on Friday (local time), flooding up to 400 homes along the bank.',
    '400 homes',
    'possible',
    'claims/modality/participle-clause',
  ],
  ['The storm hit the coast on Friday, leaving 300 homes without power.', '300 homes', 'asserted', null],
  ['The council will vote on Monday, according to 12 members of the board.', '12 members', 'asserted', null],
  // claims/modality/from-level: the level a change starts from holds now or held before, whatever the change's plan
  ['The board plans to raise the fare to $3.10 from $2.75.', '$2.75', 'asserted', 'claims/modality/from-level'],
  ['The board plans to raise the fare to $3.10 from $2.75.', '$3.10', 'planned', 'claims/modality/plan'],
  [
    'Growers expect the cocoa crop to shrink to 1.9 million tonnes this season from 2.2 million last season.',
    '2.2 million',
    'asserted',
    'claims/modality/from-level',
  ],
  [
    'The clinic will cut its waiting list from about 4,000 patients to 2,500 by spring.',
    '4,000 patients',
    'asserted',
    'claims/modality/from-level',
  ],
  ['The utility could lift rates to 14% from 11% now.', '11%', 'asserted', 'claims/modality/from-level'],
  ['Ministers will seek donations from 3,000 companies.', '3,000 companies', 'planned', 'claims/modality/plan'],
  // claims/modality/with-state: ", with N X missing" states how things are, whatever the clause before expects
  [
    'Officials expect the toll to rise, with at least 40 people still missing.',
    '40 people',
    'asserted',
    'claims/modality/with-state',
  ],
  [
    'The river is forecast to crest on Friday, with 300 homes already flooded.',
    '300 homes',
    'asserted',
    'claims/modality/with-state',
  ],
  ['The union plans to strike, with 4,000 workers set to walk out.', '4,000 workers', 'planned', null],
  ['The storm could strengthen, with up to 200 mm of rain over the hills.', '200 mm', 'possible', null],
  // claims/modality/expects-to-be: a forecast with its object before the figure
  ['Economists had expected the revision to be about 600,000.', '600,000', 'planned', 'claims/modality/expects-to-be'],
  ['Analysts project sales to climb to 2 million cars.', '2 million cars', 'planned', 'claims/modality/expects-to-be'],
  // claims/modality/expected-at: an expected arrival or attendance is planned
  [
    'At the summit, 130 delegations are expected on Saturday.',
    '130 delegations',
    'planned',
    'claims/modality/expected-at',
  ],
  ['Some 5,000 runners are expected for the marathon.', '5,000 runners', 'planned', 'claims/modality/expected-at'],
  ['Turnout was higher than expected at 64%.', '64%', 'asserted', null],
  // claims/modality/month-name: the month is no hedge
  ['Unemployment fell to 4.1% in June, down from 4.3% in May.', '4.3%', 'asserted', null],
  ['Sales reached 900 cars in May, the dealers said.', '900 cars', 'asserted', null],
  ['Since May, 1,200 homes have been rebuilt.', '1,200 homes', 'asserted', null],
  ['The dam may release 300 cubic metres a second.', '300 cubic metres', 'possible', 'claims/modality/hedge'],
  // claims/modality/confirmed-for: a confirmed attendance at an event still to come is planned
  [
    'More than 40 heads of state are confirmed for the summit next week.',
    '40 heads of state',
    'planned',
    'claims/modality/confirmed-for',
  ],
  [
    'Some 300 athletes have been confirmed to compete in the relay.',
    '300 athletes',
    'planned',
    'claims/modality/confirmed-for',
  ],
  ['Health officials confirmed 45 new cases on Monday.', '45 new cases', 'asserted', null],
  ['Twelve deaths were confirmed for the county last week.', 'Twelve deaths', 'asserted', null],
  ['The army had called up 5,000 reservists and would train more in spring.', '5,000 reservists', 'asserted', null],
  [
    'The mayor’s originally proposed budget of $9 million was cut.',
    '$9 million',
    'asserted',
    'claims/modality/past-proposal',
  ],
  ['There were about 50,000 scheduled flights that day.', '50,000 scheduled flights', 'asserted', null],
  ['The toll of 37 will be updated on Monday.', '37', 'asserted', 'claims/modality/report-future'],
  [
    '“We could see 20 bodies in the water,” the diver said of Tuesday’s search.',
    '20 bodies',
    'possible',
    'claims/modality/hedge',
  ],
  // a definite count with a past relative clause or state participle exists, whatever is planned for it
  // (claims/modality/definite-fact)
  [
    'The club will pay the hospital bills of all 64 people who were injured.',
    '64 people',
    'asserted',
    'claims/modality/definite-fact',
  ],
  [
    'The regulator is weighing a fine over the 90,000 customers affected.',
    '90,000 customers',
    'asserted',
    'claims/modality/definite-fact',
  ],
  [
    'The state plans to rehouse the 300 families who were displaced by the flood.',
    '300 families',
    'asserted',
    'claims/modality/definite-fact',
  ],
  [
    'The union will fund care for the 45 miners hospitalised after the blast.',
    '45 miners',
    'asserted',
    'claims/modality/definite-fact',
  ],
  [
    'The insurer will compensate the 1,200 drivers stranded by the outage.',
    '1,200 drivers',
    'asserted',
    'claims/modality/definite-fact',
  ],
  ['The city will rehouse 300 families next year.', '300 families', 'planned', 'claims/modality/plan'],
  ['The city plans to hire 40 nurses who will be trained abroad.', '40 nurses', 'planned', 'claims/modality/plan'],
  // a part of what was promised that then arrived or did not (claims/modality/promised-arrived)
  [
    'Eight of the 12 nurses the state promised arrived on Thursday.',
    'Eight',
    'asserted',
    'claims/modality/promised-arrived',
  ],
  [
    'Two of the 30 buses promised for the route never arrived.',
    'Two of the 30 buses',
    'asserted',
    'claims/modality/promised-arrived',
  ],
  ['Only 40 of the tents pledged by donors were delivered.', '40', 'asserted', 'claims/modality/promised-arrived'],
  ['The ministry has promised 500 more tents.', '500 more tents', 'planned', 'claims/modality/plan'],
  ['Eight of the 12 nurses the state promised arrived on Thursday.', '12 nurses', 'planned', 'claims/modality/plan'],
  ['Ten of the 20 pumps promised will arrive next week.', 'Ten', 'planned', null],
  // a distance that places the site of a plan is no plan (claims/modality/distance-place)
  ['The city plans to move 900 families to a camp 40 km away.', '40 km', 'asserted', 'claims/modality/distance-place'],
  ['The city plans to move 900 families to a camp 40 km away.', '900 families', 'planned', 'claims/modality/plan'],
  [
    'Aid groups will truck water to a shelter 12 miles north of the dam.',
    '12 miles',
    'asserted',
    'claims/modality/distance-place',
  ],
  ['The army aims to open a field hospital 3 kilometres from the front.', '3 kilometres', 'asserted', null],
  ['Engineers intend to drill to a depth 800 metres below the seabed.', '800 metres', 'asserted', null],
  ['The ferry will carry 200 pilgrims to an island 30 miles (48 km) off the coast.', '30 miles', 'asserted', null],
  ['The crews plan to clear 40 km of road by Friday.', '40 km', 'planned', 'claims/modality/plan'],
  ['The firm will build a pipeline 90 miles long.', '90 miles', 'planned', 'claims/modality/plan'],
  ['The county plans to extend the trail by 5 miles to the lake.', '5 miles', 'planned', 'claims/modality/plan'],
  // a part of a whole meant to move that has moved: the part is done, the whole stays planned
  [
    'Only 310 of the 2,000 voters the party hoped to register had signed up by Monday.',
    '310',
    'asserted',
    'claims/modality/promised-arrived',
  ],
  [
    'Only 310 of the 2,000 voters the party intended to register had signed up by Monday.',
    '2,000 voters',
    'planned',
    'claims/modality/promised-whole',
  ],
  [
    'Some 45 of the 120 trucks the agency planned to send have left the depot.',
    '45',
    'asserted',
    'claims/modality/promised-arrived',
  ],
  [
    'Some 45 of the 120 trucks the agency planned to send have left the depot.',
    '120 trucks',
    'planned',
    'claims/modality/promised-whole',
  ],
  [
    'About 60 of the 400 beds the ministry intended to add had been installed by June.',
    '60',
    'asserted',
    'claims/modality/promised-arrived',
  ],
  ['Nine of the 50 wells the charity promised were dug before the rains.', '50 wells', 'planned', null],
  ['Some 300 of its 1,100 staff will lose their jobs.', '1,100 staff', 'asserted', 'claims/modality/part-of-whole'],
  ['About 20 of the 90 flats that were flooded have been repaired.', '90 flats', 'asserted', null],
  // what is due to happen is planned (claims/modality/due-to)
  ['Another 300 medics are due to arrive on Friday.', '300 medics', 'planned', 'claims/modality/due-to'],
  ['The 14 rescued miners were due to leave hospital today.', '14 rescued miners', 'planned', 'claims/modality/due-to'],
  ['A convoy of 40 trucks is due to reach the town by dawn.', '40 trucks', 'planned', 'claims/modality/due-to'],
  ['Parliament is due to vote on the $2 billion budget next week.', '$2 billion', 'planned', 'claims/modality/due-to'],
  ['The last 12 ballot boxes are due in the capital tonight.', '12 ballot boxes', 'planned', 'claims/modality/due-to'],
  ['The delays of 40 minutes were due to a signal fault.', '40 minutes', 'asserted', null],
  ['Some 200 flights were cancelled due to fog.', '200 flights', 'asserted', null],
  ['The 3,000 job losses are due to falling orders.', '3,000 job losses', 'asserted', null],
  ['The remaining six are expected Tuesday, the coach said.', 'six', 'planned', 'claims/modality/expected-at'],
  // a past ability stated with `only` is what happened (claims/modality/could-only)
  ['The pumps could handle only 40 litres a second.', '40 litres', 'asserted', 'claims/modality/could-only'],
  ['Rescuers could reach only 12 of the villages.', '12', 'asserted', 'claims/modality/could-only'],
  [
    'The plant could only produce 900 megawatts at the peak.',
    '900 megawatts',
    'asserted',
    'claims/modality/could-only',
  ],
  ['Hospitals could admit just 30 patients a day.', '30 patients', 'asserted', 'claims/modality/could-only'],
  ['The ferry could carry only 150 people on Sunday.', '150 people', 'asserted', 'claims/modality/could-only'],
  ['The dam could release 400 cubic metres a second.', '400 cubic metres', 'possible', 'claims/modality/hedge'],
  ['The strike could cost 2,000 jobs.', '2,000 jobs', 'possible', 'claims/modality/hedge'],
  ['Only 40 homes could be saved, and 300 more may burn.', '300', 'possible', 'claims/modality/hedge'],
  // a pledge or promise in the present tense, as headlines write it, is planned (claims/modality/plan)
  ['Donors pledge $40m for flood victims', '$40m', 'planned', 'claims/modality/plan'],
  ['Governor promises 500 new teachers', '500 new teachers', 'planned', 'claims/modality/plan'],
  ['Donors pledge $40m, €10m and £5m for flood victims', '£5m', 'planned', 'claims/modality/plan'],
  ['Donors pledge $40m, €10m and £5m for flood victims', '€10m', 'planned', 'claims/modality/plan'],
  ['Rebels pledge to free 30 hostages', '30 hostages', 'planned', 'claims/modality/plan'],
  ['Donors kept their pledge after 40 homes burned', '40 homes', 'asserted', null],
  ['Rain caps 300 mm, and 40 rivers burst banks', '40 rivers', 'asserted', null],
  ['A promise broken: 12 schools never reopened', '12 schools', 'asserted', null],
  // a cue in a later predicate joined by `and` is that predicate's (claims/modality NEW_SUBJECT)
  ['The judge set bail of $50,000 and said the trial would start in May.', '$50,000', 'asserted', null],
  ['The club paid a fee of €8 million and announced it would sell two players.', '€8 million', 'asserted', null],
  ['Police seized 40 kg of cocaine and warned more arrests could follow.', '40 kg', 'asserted', null],
  ['The council cut 300 jobs and added that it will review pay.', '300 jobs', 'asserted', null],
  ['The firm hired 120 engineers and promised to hire more next year.', '120 engineers', 'asserted', null],
  ['The agency fined the airline $2 million and noted it may appeal.', '$2 million', 'asserted', null],
  ['The city pledged 200 tents that will be sent on Friday.', '200 tents', 'planned', 'claims/modality/plan'],
  ['The army sent 400 troops who will be deployed in the north.', '400 troops', 'planned', 'claims/modality/plan'],
  // an option still weighed is possible (claims/modality/considering)
  ['The board is considering a fare rise of 8%.', '8%', 'possible', 'claims/modality/considering'],
  ['The state is weighing a rebate of $200 per family.', '$200', 'possible', 'claims/modality/considering'],
  ['Ministers are mulling a cap of 3,000 visas a year.', '3,000 visas', 'possible', 'claims/modality/considering'],
  [
    'The league considers a ban of 10 matches for the striker.',
    '10 matches',
    'possible',
    'claims/modality/considering',
  ],
  ['The city is also considering moving 500 families.', '500 families', 'possible', 'claims/modality/considering'],
  ['The board considered 40 bids before it chose one.', '40 bids', 'asserted', null],
  ['The jury weighed 12 charges over two days.', '12 charges', 'asserted', null],
  ['The city will weigh 300 tonnes of waste a day.', '300 tonnes', 'planned', 'claims/modality/plan'],
  // a report of what a party is doing (claims/modality/reported-to)
  [
    'The regulator is reported to be weighing a fine of $9 million.',
    '$9 million',
    'unconfirmed',
    'claims/modality/reported-to',
  ],
  ['The rebels are said to have seized 40 trucks.', '40 trucks', 'unconfirmed', 'claims/modality/reported-to'],
  ['The club was rumoured to be offering $30 million.', '$30 million', 'unconfirmed', 'claims/modality/reported-to'],
  [
    'The army is understood to have moved 2,000 troops north.',
    '2,000 troops',
    'unconfirmed',
    'claims/modality/reported-to',
  ],
  ['The strike was reported to the police after 30 arrests.', '30 arrests', 'asserted', null],
  ['A total of 60 fires were reported on Sunday.', '60 fires', 'asserted', null],
  ['He said 70 people were hurt.', '70 people', 'asserted', null],
  ['The fund is said to be worth $4 billion.', '$4 billion', 'unconfirmed', 'claims/modality/reported-to'],
  // the outcome of a condition is possible, not planned (claims/modality/if-would)
  ['If the count holds, 40 seats would go to the greens.', '40 seats', 'possible', 'claims/modality/if-would'],
  ['If confirmed, the fine would be $3 million.', '$3 million', 'possible', 'claims/modality/if-would'],
  ['Should the levee fail, 9,000 homes would flood.', '9,000 homes', 'possible', 'claims/modality/if-would'],
  ['Unless rain comes, the city would ration 200 litres a day.', '200 litres', 'possible', 'claims/modality/if-would'],
  ['If that total stands, more than 60 people would still be missing.', '60 people', 'possible', null],
  ['The minister said 300 troops would stay in the region.', '300 troops', 'planned', 'claims/modality/plan'],
  ['The mayor said the city would hire 70 teachers.', '70 teachers', 'planned', 'claims/modality/plan'],
  ['If the strike ends, the union will return 400 staff.', '400 staff', 'planned', 'claims/modality/plan'],
  // an announced cut or hire still to happen, in headline style (claims/modality/to-go)
  ['Harlow Foods to shut plant, 800 jobs to go', '800 jobs', 'planned', 'claims/modality/to-go'],
  ['Some 350 posts are to be axed at the council.', '350 posts', 'planned', 'claims/modality/plan'],
  ['Brightwell Bank: 1,100 roles to be cut across branches', '1,100 roles', 'planned', 'claims/modality/to-go'],
  ['About 90 nurses are to be hired by the spring.', '90 nurses', 'planned', 'claims/modality/plan'],
  ['Eastfield Mall: 120 shops to close by March', '120 shops', 'planned', 'claims/modality/to-go'],
  ['Some 400 jobs have gone since the plant closed.', '400 jobs', 'asserted', null],
  ['The 300 workers who had to go home were paid.', '300 workers', 'asserted', null],
  ['The closure forced 6,000 miners to go without wages for a month.', '6,000 miners', 'asserted', null],
  ['Some 700 jobs to go at Carver Steel in the spring', '700 jobs', 'planned', 'claims/modality/to-go'],
  ['Police said 40 officers went to the scene to be briefed.', '40 officers', 'asserted', null],
  // the most a law allows is no sum imposed (claims/modality/maximum-penalty)
  ['The offence carries a fine of up to $50,000.', '$50,000', 'possible', 'claims/modality/maximum-penalty'],
  ['Firms face penalties of up to 4% of turnover.', '4%', 'possible', 'claims/modality/maximum-penalty'],
  ['He faces a prison term of up to 10 years.', '10 years', 'possible', null],
  ['The court imposed a fine of $50,000 on the firm.', '$50,000', 'asserted', null],
  [
    'The regulator is reported to be weighing a fine of up to $9 million.',
    '$9 million',
    'unconfirmed',
    'claims/modality/reported-to',
  ],
  ['Shares rose up to 4% in early trading.', '4%', 'asserted', null],
  // a reward or bounty on offer is not yet paid (claims/modality/offer)
  ['Police offered a reward of $10,000 for information.', '$10,000', 'planned', 'claims/modality/offer'],
  ['A bounty of 2 million pesos was put on his head.', '2 million pesos', 'planned', 'claims/modality/offer'],
  ['The family was paid a reward of $5,000 last year.', '$5,000', 'asserted', null],
  // a figure set right after `not` is the one the speaker corrects (claims/modality/correction)
  [
    'Crews said the blaze gutted at least 14 barns, not 11 as first reported.',
    '11',
    'denied',
    'claims/modality/correction',
  ],
  ['The drivers’ guild said 30 of its members were detained, not 18.', '18', 'denied', 'claims/modality/correction'],
  ['The drivers’ guild said 30 of its members were detained, not 18.', '30', 'asserted', null],
  ['She put the crowd at 6,000, not the 4,500 on the organisers’ sheet.', '4,500', 'asserted', null],
  ['Rescuers said 12 climbers, not all of them local, were airlifted.', '12 climbers', 'asserted', null],
  // `reportedly`: what the outlet has not confirmed, over the plan it reports (claims/modality/reportedly)
  ['The militia reportedly seized 30 trucks at the border.', '30 trucks', 'unconfirmed', 'claims/modality/reportedly'],
  ['The party reportedly plans to claim at least 3 seats.', '3 seats', 'unconfirmed', 'claims/modality/reportedly'],
  ['Some 200 people were reportedly hurt in the crush.', '200 people', 'unconfirmed', 'claims/modality/reportedly'],
  ['Officials reported 30 deaths on Monday.', '30 deaths', 'asserted', null],
  ['The party plans to claim at least 3 seats.', '3 seats', 'planned', 'claims/modality/plan'],
  // a projection of a statistic is a forecast, not a plan nor a count (claims/modality/projection)
  ['The central bank projected 1.9% growth for next year.', '1.9%', 'possible', 'claims/modality/projection'],
  [
    'Prices rose 4.1%, well above the 3.2% the bank projected in March.',
    '3.2%',
    'possible',
    'claims/modality/projection',
  ],
  ['Prices rose 4.1%, well above the 3.2% the bank projected in March.', '4.1%', 'asserted', null],
  ['She cut her growth forecast for 2027 to 1.2%.', '1.2%', 'possible', 'claims/modality/projection'],
  ['Sales rose 6% in May, faster than the bank had projected.', '6%', 'asserted', null],
  ['The harbour project employs 400 engineers.', '400 engineers', 'asserted', null],
  ['The state will fund road projects to build 40 bridges.', '40 bridges', 'planned', 'claims/modality/plan'],
  ['The bank projects 2.4% growth in 2026.', '2.4%', 'possible', 'claims/modality/projection'],
  ['Analysts project sales to climb to 2 million cars.', '2 million cars', 'planned', 'claims/modality/expects-to-be'],
  // a part and its whole before the modal they share (claims/modality/of-noun-gap)
  ['Up to 90 of the 400 posts there could be cut next year.', '90', 'possible', 'claims/modality/hedge'],
  ['Up to 90 of the 400 posts there could be cut next year.', '400 posts', 'asserted', null],
  ['About 30 of the 200 flights may be cancelled on Friday.', '30', 'possible', 'claims/modality/hedge'],
  ['Some 40 of the 300 homes were destroyed, and more could follow.', '40', 'asserted', null],
  // a sum announced or voted for each recipient is yet to be paid (claims/modality/announced-payment)
  [
    'The province announced an additional 30,000 pesos for each displaced household.',
    '30,000 pesos',
    'planned',
    'claims/modality/announced-payment',
  ],
  [
    'The assembly voted to give 4,000 crowns to each family that lost a home.',
    '4,000 crowns',
    'planned',
    'claims/modality/announced-payment',
  ],
  [
    'The ministry earmarked €400 for every fisherman in the bay.',
    '€400',
    'planned',
    'claims/modality/announced-payment',
  ],
  [
    'The region announced 500 euros per household in emergency aid.',
    '500 euros',
    'planned',
    'claims/modality/announced-payment',
  ],
  [
    'The island government unveiled $2.5 million in aid for the growers.',
    '$2.5 million',
    'planned',
    'claims/modality/announced-payment',
  ],
  ['The bloc pledged €2.5 million in aid to the valley.', '€2.5 million', 'planned', 'claims/modality/plan'],
  ['The brewer announced a $3bn profit for the year.', '$3bn', 'asserted', null],
  ['The brewer announced 40 new stores in the north.', '40 new stores', 'asserted', null],
  ['Some 2,000 nurses voted to strike on Friday.', '2,000 nurses', 'asserted', null],
  ['The county paid 6,000 dinars to each family.', '6,000 dinars', 'asserted', null],
  ['The county handed 6,000 dinars to each family on Monday.', '6,000 dinars', 'asserted', null],
  // a cut said in passing with a present or future verb is not yet made (claims/modality/cut-in-passing)
  ['The mill, a site where 720 roles go, sits by the river.', '720 roles', 'planned', 'claims/modality/cut-in-passing'],
  [
    'The insurer unveiled a restructuring with 380 job losses.',
    '380 job losses',
    'planned',
    'claims/modality/cut-in-passing',
  ],
  [
    'The rescue deal, protecting about 1,900 jobs, was signed on Friday.',
    '1,900 jobs',
    'planned',
    'claims/modality/cut-in-passing',
  ],
  ['The mill, a site where 720 roles went, sits by the river.', '720 roles', 'asserted', null],
  ['The carmaker cut 300 jobs last year.', '300 jobs', 'asserted', null],
  ['The insurer completed a restructuring with 380 job losses in 2019.', '380 job losses', 'asserted', null],
  ['The rescue deal protected about 1,900 jobs in 2021.', '1,900 jobs', 'asserted', null],
  ['The firm is protecting its 40 patents in court.', '40 patents', 'asserted', null],
  // `expect to` with its act is a plan like `expects to`
  ['Savers should expect to recover about 40 cents on the euro.', '40 cents', 'planned', 'claims/modality/plan'],
];

describe('claim status table', () => {
  for (const [sentence, number, status, rule] of ROWS) {
    it(`${status}: ${sentence}`, () => {
      const at = sentence.indexOf(number);
      expect(at).toBeGreaterThanOrEqual(0);
      const got = statusOf(sentence, at, at + number.length, false);
      expect(got.status).toBe(status);
      if (rule) expect(got.cue?.rule).toBe(rule);
    });
  }
});

/** Whole sentences through the claims stage: [sentence, value, status]. */
const SENTENCE_ROWS: Array<[sentence: string, value: number, status: ClaimStatus]> = [
  // a corrected figure is denied, but a count coordinated after it is not (claims/modality/correction)
  ['The union said 14 of its drivers were held, not eight, and that two of them were hurt.', 8, 'denied'],
  ['The union said 14 of its drivers were held, not eight, and that two of them were hurt.', 2, 'asserted'],
  ['The union said 14 of its drivers were held, not eight, and that two of them were hurt.', 14, 'asserted'],
  // a modal after the part and its place (`up to 90 of the 400 posts there could`)
  ['Managers told staff that up to 90 of the 400 posts there could go next year.', 90, 'possible'],
  ['Some 60 families there were rehoused on Monday.', 60, 'asserted'],
];

describe('claim status in whole sentences', () => {
  for (const [sentence, value, status] of SENTENCE_ROWS) {
    it(`${status} ${value}: ${sentence}`, () => {
      const claim = sentenceClaims(sentence).find((c) => (c.quantity.value ?? c.quantity.high) === value);
      expect(claim).toBeDefined();
      expect(claim!.status.value).toBe(status);
    });
  }
});
