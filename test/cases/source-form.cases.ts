/**
 * The form of a claim's source: a document speaks for its named owner and a noun that cannot speak is no source; a
 * modifier ("Lisbon-based") or a place ("the clinic in Harrow") inside the source's phrase is no name of its own.
 * Invented sentences about floods, strikes, epidemics, markets and fires. Rules: attributions/document-owner,
 * attributions/non-speaker, entities/based-modifier, attributions/located-body, attributions/speaker-in-event,
 * attributions/demonym-company.
 */
import type { SourceRow } from './who-says-run.js';

/** attributions/document-owner: "a ministry statement", "the board's report", "a survey by X": the owner speaks. */
export const documentOwnerRows: SourceRow[] = [
  ['A ministry statement said 45 people were hurt in the blast.', '45', 'ministry'],
  ["The ministry's statement said 45 people were hurt in the blast.", '45', 'ministry'],
  ['At least 40 inmates were hurt in the riot, a Norvik Prison Service statement said.', '40', 'Norvik Prison Service'],
  ["The Tarlow Water Board's latest report said 120 schools had flooded.", '120', 'Tarlow Water Board'],
  ['About 300 homes were flooded, said a report from the Lowland Water Board.', '300', 'Lowland Water Board'],
  [
    'About 300 homes were flooded, according to a 2023 survey by the Lowland Water Board.',
    '300',
    'Lowland Water Board',
  ],
  ['Wages rose 4.1% last year, according to a 2024 study from the Brennan Institute.', '4.1%', 'Brennan Institute'],
  ['A police statement said 14 people were detained after the match.', '14', 'police'],
  // A document with no owner named: kept as said when qualified, the outlet's own voice when bare.
  ['Court documents said 600 homes were seized.', '600', 'Court documents'],
  ['The report said 120 schools had flooded.', '120', null],
  ['The statement, released by the Ferris Group, said 80 stores would close.', '80', 'Ferris Group'],
  ['The Ferris Group said in a statement that 80 stores would close.', '80', 'Ferris Group'],
];

/** attributions/non-speaker: a deal, an agreement, a video or a website holds figures but says nothing itself. */
export const nonSpeakerRows: SourceRow[] = [
  ['The agreement said 1,200 workers would get a raise.', '1,200', null],
  ['The deal says 300 acres will be set aside for housing.', '300', null],
  ['The video shows at least 40 people running from the fire.', '40', null],
  ['A tweet claimed 5,000 people had joined the march.', '5,000', null],
  ['The website says 12,000 tickets were sold in an hour.', '12,000', null],
  ['The settlement states that 2,400 former workers will be paid.', '2,400', null],
  // A speaker named around the document still speaks.
  ['The deal will see 1,200 workers get a raise, the union said.', '1,200', 'union'],
  ['Under the agreement, 300 acres will be set aside, the council said.', '300', 'council'],
  ['The Harlow Union said the deal gives 1,200 workers a raise.', '1,200', 'Harlow Union'],
];

/** entities/based-modifier: "Lisbon-based Marvell Foods": where it is based is no part of the name. */
export const basedModifierRows: SourceRow[] = [
  ['Sacramento-based Crestline Energy said it would cut 300 jobs.', '300', 'Crestline Energy'],
  ['London-based Hopewell Trust said 900 families were displaced.', '900', 'Hopewell Trust'],
  ['Lisbon-based Marvell Foods said sales fell 8% in the quarter.', '8%', 'Marvell Foods'],
  ['Oslo-based Nordvik Shipping reported a loss of $40 million.', '$40 million', 'Nordvik Shipping'],
  ['Prices rose 6%, according to Zurich-based Keller Analytics.', '6%', 'Keller Analytics'],
  ['Denver-headquartered Altura Mining said 1,100 miners were laid off.', '1,100', 'Altura Mining'],
  // The modifier after the name, or before a described firm, was already apart from the name.
  ['Crestline Energy, a Sacramento-based utility, said it would cut 300 jobs.', '300', 'Crestline Energy'],
  ['The London-based charity Hopewell Trust said 900 families were displaced.', '900', 'Hopewell Trust'],
  ['Rivera Health, a Denver nonprofit, said 900 families were displaced.', '900', 'Rivera Health'],
];

/** attributions/located-body: "the clinic in Harrow": the body before its place speaks, kept with its place. */
export const locatedBodyRows: SourceRow[] = [
  ['The hospital in Marlow said 23 patients were treated.', '23', 'hospital in Marlow'],
  ['The clinic in Harrow reported 19 new cases.', '19', 'clinic in Harrow'],
  ['The embassy in Lima said 40 citizens had been evacuated.', '40', 'embassy in Lima'],
  ['The school in Ardmore said 12 pupils were sent home.', '12', 'school in Ardmore'],
  ['A prison in Kelby said 7 inmates escaped overnight.', '7', 'prison in Kelby'],
  ['The airport in Tessaly said 90 flights were cancelled.', '90', 'airport in Tessaly'],
  // The generic heads with their place are already kept; a capitalised body before a place keeps its name.
  ['Officials in Dade County said 400 homes lost power.', '400', 'Officials in Dade County'],
  ['Police in Lyon said 12 people were arrested.', '12', 'Police in Lyon'],
  ['The fire destroyed 40 homes in Marlow.', '40', null],
];

/** attributions/speaker-in-event: "the mayor in a radio interview said": the speaker, not the interview. */
export const speakerInEventRows: SourceRow[] = [
  ['Garvey in the interview said 300 troops would stay.', '300', 'Garvey'],
  ['Mayor Ida Stone in a radio interview said 300 homes burned.', '300', 'Ida Stone'],
  ['The ministry in a statement said 45 people were hurt.', '45', 'ministry'],
  ['Helmut Kranz in a letter said 800 jobs would go.', '800', 'Helmut Kranz'],
  ['The Harlow Union in a post said 2,000 members struck.', '2,000', 'Harlow Union'],
  ['Sen. Ruth Alder in a speech on Monday said 40% of clinics had closed.', '40%', 'Ruth Alder'],
  ['Karl Mends in a briefing said 3,000 troops were ready.', '3,000', 'Karl Mends'],
  ['The council in its report said 60 roads were shut.', '60', 'council'],
  // A name after the event noun is the speaker; a count in the interview is no speaker.
  ['In the interview, Garvey said 300 troops would stay.', '300', 'Garvey'],
  ['Garvey, in an interview, said 300 troops would stay.', '300', 'Garvey'],
  ['Voters in the referendum rejected the plan by 300 votes.', '300', null],
];

/** attributions/demonym-company: "The Danish shipper said": a company described by its country is not the country. */
export const demonymCompanyRows: SourceRow[] = [
  ['The German automaker said it would cut 7,000 jobs.', '7,000', 'German automaker'],
  ['Halvard Motors is based in Munich. The German automaker said it would cut 7,000 jobs.', '7,000', 'Halvard Motors'],
  ['Kellmar Lines runs 80 ships. The Danish company said 12 of them were idle.', '12', 'Kellmar Lines'],
  ['Ostra Foods cut prices. The Swedish firm said sales fell 9%.', '9%', 'Ostra Foods'],
  ['The Greek company, which had put the spill at 300 tonnes, said it would appeal.', '300', 'Greek company'],
  ['Brava Air grounded its fleet. The Italian airline said 140 flights were cancelled.', '140', 'Brava Air'],
  // A government or a ministry described by its country speaks for that country.
  ['The German government said 7,000 troops would stay.', '7,000', 'German government'],
  ['Greek authorities said 300 migrants were rescued.', '300', 'Greek authorities'],
];

/** entities/org/of-name: an organisation's name read whole with its "of" part. */
export const wholeNameRows: SourceRow[] = [
  [
    'The State Department of Health and Human Services said 70 cases were confirmed.',
    '70',
    'State Department of Health and Human Services',
  ],
  ['The Office of the High Commissioner said 2,000 people fled.', '2,000', 'Office of the High Commissioner'],
  ['The Kent County Sheriff’s Office said 14 people were arrested.', '14', 'Kent County Sheriff’s Office'],
  ['The New South Wales Rural Fire Service said 300 homes were lost.', '300', 'New South Wales Rural Fire Service'],
  [
    'The Kelso County Department of Parks and Recreation said 40 trails were shut.',
    '40',
    'Kelso County Department of Parks and Recreation',
  ],
  ['The State Department of Labor said 4,000 claims were filed.', '4,000', 'State Department of Labor'],
  ['The Tarn Agency of Roads said 60 bridges were closed.', '60', 'Tarn Agency of Roads'],
  // entities/org/to-name and "Survey" as an organisation word.
  [
    'The New York-based Committee to Protect Journalists said 40 reporters were jailed.',
    '40',
    'Committee to Protect Journalists',
  ],
  ['The Campaign to End Hunger said 300 food banks were empty.', '300', 'Campaign to End Hunger'],
  ['The U.S. Geological Survey said the quake had a magnitude of 6.1.', '6.1', 'U.S. Geological Survey'],
  ['The Ordnance Survey said 12 maps were wrong.', '12', 'Ordnance Survey'],
  ['The committee sent it to Prime Minister Ana Ruiz, who said 40 seats were lost.', '40', 'Ana Ruiz'],
  // entities/org/high-commissioner: the office named whole, a person holding it still a person.
  ['The UN High Commissioner for Refugees said 2,000 people fled.', '2,000', 'UN High Commissioner for Refugees'],
  [
    'According to the Office of the UN High Commissioner for Human Rights, 2,000 people fled.',
    '2,000',
    'Office of the UN High Commissioner for Human Rights',
  ],
  ['UN High Commissioner Ana Ruiz said 2,000 people fled.', '2,000', 'Ana Ruiz'],
  // The State Department alone stays itself; "of" before a place is no part of a name.
  ['The State Department said 70 diplomats were recalled.', '70', 'State Department'],
];

/** attributions/relative-subject and a source "inside" its place: the head of the speaker's phrase speaks. */
export const relativeSubjectRows: SourceRow[] = [
  ['A charity that runs the city’s largest shelter said it had housed 400 people.', '400', 'charity'],
  ['The group that organised the march said 20,000 people took part.', '20,000', 'group'],
  ['The man who led the rescue said 14 people were pulled out.', '14', 'man'],
  ['A union that represents bus drivers said 3,000 members would strike.', '3,000', 'union'],
  ['The farmers who blocked the road said 600 tractors had come.', '600', 'farmers'],
  ['A source inside the Harlan camp said 300 families lacked water.', '300', 'source inside the Harlan camp'],
  [
    "The reporter Ann Dale's source inside the Harlan camp said 300 families lacked water.",
    '300',
    'source inside the Harlan camp',
  ],
  ["The ministry's officials in Kelby said 40 homes burned.", '40', 'officials in Kelby'],
  // A complement clause, or a relative clause set off by commas, is read as before.
  ['The ministry said that the agency counted 40 deaths.', '40', 'ministry'],
  ['The union, which represents 40,000 nurses, said 12% of posts were empty.', '12%', 'union'],
  ['Hopewell Trust, which runs 30 shelters, said it had housed 400 people.', '400', 'Hopewell Trust'],
];

/** attributions/document-issuer: "X released a statement … the statement said": the issuer speaks. */
export const documentIssuerRows: SourceRow[] = [
  ['Marlin Records released a statement on Monday. The statement said 40 stores would close.', '40', 'Marlin Records'],
  [
    'The Ferris Group issued a statement after the vote. According to the statement, 80 stores would close.',
    '80',
    'Ferris Group',
  ],
  ['The Harlow Union published a report on Friday. The report said 12% of members were unpaid.', '12%', 'Harlow Union'],
  ['Dr Ann Vole sent a letter to the board. The letter said 30 nurses had quit.', '30', 'Ann Vole'],
  [
    'The Tarn Clinic on Monday released a short statement. The statement said 9 patients were hurt.',
    '9',
    'Tarn Clinic',
  ],
  // No issuer named: the bare document stays the outlet's, a named speaker stays.
  ['The statement said 40 stores would close.', '40', 'statement'],
  ['The report said 12% of members were unpaid.', '12%', null],
  ['The union released a report on Friday. Mayor Ida Stone said 300 homes burned.', '300', 'Ida Stone'],
];

/** [text, a phrase of the quote, the speaker]: quotes from a document speak for its issuer. */
export const documentQuoteRows: Array<[string, string, string]> = [
  ['“Growth will return next year,” said a report from Harwell Securities.', 'Growth will', 'Harwell Securities'],
  ['“Demand has collapsed,” said a 2024 study by the Brennan Institute.', 'Demand has', 'Brennan Institute'],
  [
    'Marlin Records released a statement on Monday. “We tried to settle this privately,” the statement said.',
    'We tried',
    'Marlin Records',
  ],
  [
    'The Ferris Group issued a statement. “We regret the closures,” the statement said. “Staff will be paid,” the statement continued.',
    'Staff will',
    'Ferris Group',
  ],
  ['“We will rebuild every home,” Garvey in an interview said.', 'rebuild', 'Garvey'],
  // An unnamed person after the mark is still the speaker.
  ['“The water came in minutes,” said one farmer.', 'water came', 'farmer'],
];
