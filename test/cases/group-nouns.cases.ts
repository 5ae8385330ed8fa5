/**
 * Table cases for counts whose measure is a group named around the number rather than the noun right after
 * it: coordinated nouns, breakdowns of a group by nationality, parts of an earlier count (`31 of them`),
 * remains and bodies, superlatives and clause subjects with no noun. Invented sentences about floods, fires,
 * strikes, epidemics, crashes and elections. Each case: the text, the measure of its `at`-th quantity
 * (default 0), and the rule that must have found it (omit to check only the measure).
 */

export interface GroupCase {
  text: string;
  measure: string | null;
  rule?: string;
  at?: number;
}

const g = (text: string, measure: string | null, rule?: string, at?: number): GroupCase => ({
  text,
  measure,
  ...(rule ? { rule } : {}),
  ...(at !== undefined ? { at } : {}),
});

const COORD = 'quantities/coordinated-noun';
const BREAKDOWN = 'quantities/breakdown-group';
const PART = 'quantities/part-of-antecedent';
const REMAINS = 'quantities/remains-of';
const SUPERLATIVE = 'quantities/superlative-ellipsis';
const SUBJECT = 'quantities/subject-ellipsis';
const RANKED = 'quantities/ranked-ellipsis';
const GAPPED = 'quantities/gapped-object';

/** A list of members by nationality, with a bare last item. */
const LIST_OF_BODIES =
  'The bodies of 40 of them were flown home and include 16 Danes, 9 British, four Dutch, one Austrian, ' +
  'and 10 identified only as crew.';

export const groupCases: GroupCase[] = [
  // coordination: the whole coordinated noun phrase is the measure
  g('The ferry carried 186 passengers and crew when it capsized.', 'passengers and crew', COORD),
  g('About 4,200 police and fire officers were deployed across the city.', 'police and fire officers', COORD),
  g(
    'Nearly 9,000 troops, police officers and border guards were sent to the flooded region.',
    'troops, police officers and border guards',
    COORD,
  ),
  g('The blaze destroyed 120 homes and businesses along the river.', 'homes and businesses', COORD),
  g('Some 300 doctors and nurses joined the strike on Monday.', 'doctors and nurses', COORD),
  g('The dealer sold 4,000 cars, trucks and vans last month.', 'cars, trucks and vans', COORD),
  g('At least 40 students and teachers were treated for smoke inhalation.', 'students and teachers', COORD),
  g('The outbreak sickened 75 residents or staff at the care home.', 'residents or staff', COORD),
  g('About 60 supporters and relatives gathered outside the court.', 'supporters and relatives', COORD),
  g(
    'Roughly 2,000 firefighters, paramedics, and volunteers battled the blaze.',
    'firefighters, paramedics, and volunteers',
    COORD,
  ),
  g('The union represents 12,000 nurses and midwives in the region.', 'nurses and midwives', COORD),
  g('12 miners and rescuers were trapped underground.', 'miners and rescuers', COORD),
  g('The charity fed 500 children and adults each day.', 'children and adults', COORD),
  g('Up to 50 boats or barges sank in the harbour.', 'boats or barges', COORD),
  g('Officials said 3,000 troops and armed police were on standby.', 'troops and armed police', COORD),
  g('The strike drew 800 drivers and mechanics mobilized by the union.', 'drivers and mechanics', COORD),
  // coordination: not across a second number, a new clause, a verb or a different kind of thing
  g('The blast left 5 dead and 10 injured.', 'people', undefined, 0),
  g('The blast left 5 dead and 10 injured.', 'people', undefined, 1),
  g('Rebels fired 40 rockets and 12 mortar rounds at the base.', 'rockets'),
  g('The coach carried 58 people - 50 pupils, two drivers and six teachers.', 'pupils', undefined, 1),
  g('Police arrested 30 protesters and officers fired tear gas.', 'protesters'),
  g('The strike closed 200 schools, officials said.', 'schools'),
  g('The storm killed 12 people and injured 40 more.', 'people'),
  g('About 800 workers and their families were evacuated.', 'workers'),
  g('The carrier cancelled 300 flights and Northwind cancelled 120.', 'flights'),
  g('The army sent 3,000 troops and the navy sent two ships.', 'troops'),
  g('The quake damaged 1,500 houses, 40 schools and 12 hospitals.', 'schools', undefined, 1),
  g('The fire forced 2,000 residents, mostly elderly, from their homes.', 'people'),
  g('The wave swept away 8 people and several parked cars.', 'people'),
  g('The convoy carried 400 troops and container loads of ammunition.', 'troops'),
  g('The strike hit 30 factories and workers say it will spread.', 'factories'),
  g('The outage hit 2 million customers and angered local officials.', 'customers'),
  g('The ministry hired 700 federal inspectors and auditors this year.', 'inspectors'),
  // breakdowns: members named by nationality take the group's noun
  g('The dead include 12 Germans, 9 French and one Chilean.', 'German dead', BREAKDOWN),
  g('The dead include 12 Germans, 9 French and one Chilean.', 'French dead', BREAKDOWN, 1),
  g('The dead include 12 Germans, 9 French and one Chilean.', 'Chilean dead', BREAKDOWN, 2),
  g('The victims included 27 British and five Portuguese.', 'British victims', BREAKDOWN),
  g('The victims included 27 British and five Portuguese.', 'Portuguese victims', BREAKDOWN, 1),
  g('The passengers included 134 Indians and 38 British citizens.', 'Indian passengers', BREAKDOWN),
  g('The passengers included 134 Indians and 38 British citizens.', 'British passengers', BREAKDOWN, 1),
  g('Among the dead were 14 Italians and two Greeks.', 'Italian dead', BREAKDOWN),
  g('Among the dead were 14 Italians and two Greeks.', 'Greek dead', BREAKDOWN, 1),
  g('Among the hostages were 8 Americans.', 'American hostages', BREAKDOWN),
  g('Those killed included 14 Kenyans.', 'Kenyan dead', BREAKDOWN),
  g('Among those injured were 5 Swedes.', 'Swedish injured', BREAKDOWN),
  g('The missing include 12 Nigerians and three Ghanaian nationals.', 'Nigerian missing', BREAKDOWN),
  g('Six people died, including two Swiss and one Austrian.', 'Swiss people', BREAKDOWN, 1),
  g('Six people died, including two Swiss and one Austrian.', 'Austrian people', BREAKDOWN, 2),
  g('The 300 passengers included 120 Japanese, 40 Vietnamese and 12 Filipinos.', 'Japanese passengers', BREAKDOWN, 1),
  g('The 300 passengers included 120 Japanese, 40 Vietnamese and 12 Filipinos.', 'Vietnamese passengers', BREAKDOWN, 2),
  g('The 300 passengers included 120 Japanese, 40 Vietnamese and 12 Filipinos.', 'Filipino passengers', BREAKDOWN, 3),
  g('The climbers included 3 South Koreans and 2 Danes.', 'South Korean climbers', BREAKDOWN),
  g(LIST_OF_BODIES, 'Dutch victims', BREAKDOWN, 3),
  g(LIST_OF_BODIES, 'victims', BREAKDOWN, 5),
  g('Nine Germans were among the dead.', 'German dead', BREAKDOWN),
  g('Three British nationals were among those injured in the blast.', 'British injured', BREAKDOWN),
  g('At least 14 Italians are among the passengers.', 'Italian passengers', BREAKDOWN),
  g('Twelve of the victims were British.', 'British victims', BREAKDOWN),
  g('Nine of the dead were Germans.', 'German dead', BREAKDOWN),
  g('Five of the hostages were French nationals.', 'French hostages', BREAKDOWN),
  g('Five of the hostages were French journalists.', 'hostages'),
  g('Nine Germans were among the first to arrive.', 'Germans'),
  // breakdowns: a real noun stays; a nationality outside a breakdown is what it says
  g('Among the victims were 30 children.', 'children'),
  g('The dead include 31 adults and 9 children.', 'children', undefined, 1),
  g('The dead include 12 German soldiers.', 'troops'),
  g('The airline flew 134 Indians home on Friday.', 'Indians'),
  g('Police detained 38 British citizens at the port.', 'citizens'),
  g('The ship carried 27 British and five Portuguese.', 'British people', BREAKDOWN),
  g('More than 600,000 Filipinos work in the gulf states.', 'Filipinos'),
  g('The lamp offers 30 colors, and different hues can be set for each room.', 'colors'),
  g('The victims included 23 from the capital.', 'victims'),
  // a part of an earlier count: `N of them`, `Of those, N`
  g('The bus carried 40 people, and the fire killed 31 of them.', 'people', PART, 1),
  g('The coach carried 58 people - 50 pupils, two drivers and six teachers - and 41 of them died.', 'people', PART, 4),
  g('The ship carried 300 passengers and 12 crew, and 250 of them were taken to hotels.', 'passengers', PART, 2),
  g('Police questioned 200 protesters; 35 of them were charged.', 'protesters', PART, 1),
  g('The clinic tested 900 patients. Of those, 120 had the virus.', 'patients', PART, 1),
  g('The airline grounded 30 jets, and 12 of those were new.', 'jets', PART, 1),
  g('Farmers lost 5,000 cattle; 300 of them drowned.', 'cattle', PART, 1),
  g('Twelve climbers set out and 11 of them reached the summit.', 'climbers', PART, 1),
  g('Only 3 of them survived.', null),
  g('Some 3,000 nurses marched on Monday.\n\nThey chanted as dozens of them blocked the road.', 'nurses', PART, 1),
  g(
    'Some 3,000 nurses marched, closing half of the wards.\n\nThey chanted as dozens of them blocked the road.',
    'nurses',
    PART,
    2,
  ),
  g('The flood hit 40 villages.\n\nOfficials said 120 of them voted early.', null, undefined, 1),
  // a verbless part `N of them <noun>` counts the noun; an adverb, a place or a verb after `them` names no noun
  g('The storm damaged 300 buildings, 140 of them farmhouses.', 'farmhouses', 'quantities/part-noun', 1),
  g('Guards freed 60 hostages, about 25 of them nurses and doctors.', 'nurses and doctors', 'quantities/part-noun', 1),
  g('The boat carried 90 people, 30 of them children, when it sank.', 'children', 'quantities/part-noun', 1),
  g('Medics treated 80 people, six of them seriously.', 'people', PART, 1),
  g('Medics treated 80 people, six of them in intensive care.', 'people', PART, 1),
  g('Some 200 families fled, 85 of them spent the night in the gym.', 'families', PART, 1),
  g('Some 40 climbers were stranded, 12 of them remains unclear.', 'climbers', PART, 1),
  g('About 900 farmers came, and hundreds of them blocked tractors at the gate.', 'farmers', PART, 1),
  // remains and bodies
  g('Divers recovered the bodies of 14 victims on Sunday.', 'bodies', REMAINS),
  g('The remains of 20 soldiers were flown home.', 'remains', REMAINS),
  g('The remains of 20 of them were returned to relatives.', 'remains', REMAINS),
  g('Rescuers pulled the bodies of six miners from the shaft.', 'bodies', REMAINS),
  g('The remains of 33 victims were returned, including 8 to the capital.', 'remains', undefined, 1),
  g('The governing bodies of 12 clubs voted.', 'clubs'),
  // a superlative with no noun counts the earlier count
  g(
    'The country had the most cases with 900. Lagos had the most at 420, followed by Kano with 150.',
    'cases',
    SUPERLATIVE,
    1,
  ),
  g(
    'The country had the most cases with 900. Lagos had the most at 420, followed by Kano with 150.',
    'cases',
    undefined,
    2,
  ),
  g('The county reported 64 deaths. Its largest town had the most, with 30.', 'people', SUPERLATIVE, 1),
  g('Carriers scrapped 2,100 flights on Friday. Skyline had the most at 610.', 'flights', SUPERLATIVE, 1),
  g('Shares of the firm fell 12 percent. The index closed at 4,200.', null, undefined, 1),
  g('Carrier X had the most at 310.', null),
  // an item ranked after an earlier count, in the same sentence or the next
  g('Lagos reported 420 new cases. Kano followed with 150.', 'cases', RANKED, 1),
  g('Northwind cancelled 410 flights. It was followed by Sky Lines with 180.', 'flights', RANKED, 1),
  g('The capital counted 90 arrests on Friday. The port city was second at 40.', 'arrests', RANKED, 1),
  g('The storm killed 12 people.\n\nKano followed with 150.', null, undefined, 1),
  // a list of ranked items goes on after `and` with the same noun
  g('Lagos reported 420 new cases, followed by Kano with 150 and Abuja with 95.', 'cases', RANKED, 2),
  g('Northwind cancelled 410 flights, followed by Sky Lines with 180 and Jetway with 60.', 'flights', RANKED, 2),
  g('Quebec lost 8,000 jobs, followed by Manitoba with 3,100, and Nova Scotia with 900.', 'jobs', RANKED, 2),
  g('Bavaria counted 220 arrests. Saxony followed with 140 and Hesse with 75.', 'arrests', RANKED, 2),
  g('Galway had 300 homes flooded, followed by Sligo with 120 or Mayo with 80.', 'homes', RANKED, 2),
  g(
    'Lagos reported 420 cases, followed by Kano with 150. The governors of Abuja and Jos with 95 were calm.',
    null,
    undefined,
    2,
  ),
  g('Madrid reported 90 cases. Kano followed with 50.\n\nAndalusia and Murcia with 40 were calm.', null, undefined, 2),
  // a superlative share, count or number of a noun, with the number after
  g('Ontario accounted for the largest share of new jobs, with about 21,000.', 'jobs', 'quantities/superlative-with'),
  g('Kerala reported the highest number of cases, with 312.', 'cases'),
  g('The north saw the biggest share of the flooded homes, with 1,400.', 'homes', 'quantities/superlative-with'),
  g('Lisbon took the largest portion of arrivals, with 2.1 million.', 'arrivals', 'quantities/superlative-with'),
  g('Turin had the largest share of the vote, with 41 percent.', 'percent'),
  g('Seville had the highest count of burglaries, with 77.', 'burglaries'),
  g('Officials counted 70 ballots. The rain began at noon. The river peaked in Lagos at 9.', null, undefined, 1),
  // a bare number that opens a clause counts the group named earlier in the paragraph
  g(
    'Eight painters were on the scaffold when it fell. Three were rescued, and the remaining five fell into the canal.',
    'painters',
    SUBJECT,
    1,
  ),
  g(
    'Eight painters were on the scaffold when it fell. Three were rescued, and the remaining five fell into the canal.',
    'painters',
    SUBJECT,
    2,
  ),
  g('Twelve hikers were caught in the avalanche. Nine were found alive.', 'hikers', SUBJECT, 1),
  g('Five climbers went missing on the ridge; three have since been found.', 'climbers', undefined, 1),
  g('Thirty patients were moved from the ward, and the remaining 12 stayed.', 'patients', SUBJECT, 1),
  g('Forty cars were towed. 12 were later returned.', 'cars', SUBJECT, 1),
  g('Out of the 90 bodies, 31 were flown home and 59 went by road.', 'bodies', undefined, 1),
  g('Eight workers were hurt.\n\nThree were charged with fraud.', null, undefined, 1),
  g('Turnout was 62 percent. Four were disqualified.', null, undefined, 1),
  g('The flood swamped 300 homes. As of Wednesday, 12 were confirmed dead.', 'people', undefined, 1),
  // participles after the number keep today's reading
  g('More than 250 people killed in the quake were identified.', 'people'),
  g('At least 30 believed dead remain unidentified.', 'people'),
  g('About 12 presumed dead were named on Tuesday.', 'people'),
  // a bare object of a parallel clause counts the main clause's object, past a subordinate clause's subject
  g(
    'Lund picked up another 2,544 votes as the last 92 wards reported overnight, while Berg gained 2,861.',
    'votes',
    GAPPED,
    2,
  ),
  g('The Reds scored 41 points after 3 starters fouled out, while the Blues managed 38.', 'points', GAPPED, 2),
  g('Rivera won 512 votes as 14 districts reported, and Soto won 498.', 'votes', GAPPED, 2),
  g('The storm destroyed 40 homes as 300 residents fled, and 20 were later rescued.', 'people', undefined, 2),
  g('The firm shipped 400 crates as 12 lorries arrived, while its rival shipped 380 lorries.', 'lorries', undefined, 2),
  g('Lund won 2,544 votes in the north, while Berg won 2,861.', 'votes', 'quantities/ellipsis', 1),
  g('Dock crews unloaded 70 pallets when 9 barges arrived. Later, 40 were stacked.', 'barges', SUBJECT, 2),
];
