/**
 * Who says so: whole organisation names, qualified and bare generic sources,
 * attribution carried through a paragraph, passive and estimate cues, and
 * quote speakers behind pronouns and titles. Every sentence is invented
 * (floods, fires, strikes, markets, elections, epidemics); the rule each
 * table exercises is named in its describe().
 */
import { describe, expect, it } from 'vitest';
import { claimSource, run } from './who-says-run.js';

/** [text, a mention that must be found whole] */
const names: Array<[string, string]> = [
  ['The Oregon Department of Forestry said 300 firefighters were on the line.', 'Oregon Department of Forestry'],
  ["The Harris County Sheriff's Office said 11 people were rescued from rooftops.", "Harris County Sheriff's Office"],
  ["Italy's Ministry of the Interior said 1,200 migrants landed in June.", "Italy's Ministry of the Interior"],
  ["Japan's Ministry of Land and Transport counted 9 closed ports.", "Japan's Ministry of Land and Transport"],
  ['The Bureau of Labor Statistics said employers added 150,000 jobs.', 'Bureau of Labor Statistics'],
  ['The Joint Chiefs of Staff approved the plan for 2,000 troops.', 'Joint Chiefs of Staff'],
  ['Crews from the New South Wales Rural Fire Service saved 40 homes.', 'New South Wales Rural Fire Service'],
  ['Flooding closed 18 roads in West Virginia on Tuesday.', 'West Virginia'],
  ['The Centers for Disease Control and Prevention counted 45 cases.', 'Centers for Disease Control and Prevention'],
  ['Indiana State Police said 6 troopers were hurt during the protest.', 'Indiana State Police'],
  ["Canada's Office of the Fire Commissioner sent 90 crews north.", "Canada's Office of the Fire Commissioner"],
];

/** [text, the number, the claim's source as the record names it; null = the outlet's own voice] */
const sources: Array<[string, string, string | null]> = [
  // names whole, never across a sentence
  [
    "The Harris County Sheriff's Office said 11 people were rescued from rooftops.",
    '11',
    "Harris County Sheriff's Office",
  ],
  // entities/org/possessive-owner: the body is named without its country, as the keys list it
  ["Italy's Ministry of the Interior said 1,200 migrants landed in June.", '1,200', 'Ministry of the Interior'],
  ['Officials in New South Wales said 40 homes were lost.', '40', 'Officials in New South Wales'],
  [
    'The outage hit Google Cloud. Google, in a statement, estimates that 4 million users lost access.',
    '4 million',
    'Google',
  ],
  ['Rain fell across Tulsa Airport. Emergency Manager Tom Reed said 14 roads were closed.', '14', 'Tom Reed'],
  ['The game ended at Madison Arena. Lena Fox added 31 points and Maria Ortiz had 12.', '31', null],
  ['The factory added 4,000 jobs in March, Ford said.', '4,000', 'Ford'],
  // nouns that cannot speak
  ['The latest tally showed 412 deaths across the province.', '412', null],
  ['Data showed 4,200 claims were filed in the week to Friday.', '4,200', null],
  ['Figures released on Monday showed 300 factories had closed.', '300', null],
  ["The report's chart shows 18 districts above the limit.", '18', null],
  ['An update on Tuesday said 72 people were still missing.', '72', null],
  // qualified generics kept as said; bare ones are the outlet's voice
  ['Greek authorities said 20 migrants were rescued off Lesbos.', '20', 'Greek authorities'],
  ['State health officials reported 45 new measles cases.', '45', 'State health officials'],
  ['Hospital officials said 12 patients were moved to other wards.', '12', 'Hospital officials'],
  ['Polish police estimated the march at 60,000 people.', '60,000', 'Polish police'],
  ['The Kenyan government said 38 people had died in the floods.', '38', 'Kenyan government'],
  ['Authorities in Manila said 17 people were missing.', '17', 'Authorities in Manila'],
  // plain officials are credited as the annotated sets do (claims/anonymous); unnamed sources stay the outlet's
  ['Officials said the wildfire had burned 40,000 acres.', '40,000', 'Officials'],
  ['Sources said 300 workers would lose their jobs.', '300', null],
  // modified sources: familiar with, briefed on, representing
  [
    'More than 4,000 staff will get notices, according to several people familiar with the plans.',
    '4,000',
    'people familiar with the plans',
  ],
  [
    'Three aides briefed on the plan said the deal covers $15 billion in grain.',
    '$15 billion',
    'aides briefed on the plan',
  ],
  [
    'Some 450,000 people lost power, according to a group representing farm towns in Oregon.',
    '450,000',
    'group representing farm towns in Oregon',
  ],
  ['Lagos officials ultimately admitted that 300 homes were lost.', '300', 'Lagos officials'],
  // according to data from X
  ['At least 900 flights were cancelled, according to data from the tracking site AirWatch.', '900', 'AirWatch'],
  [
    'Exports fell to 3,100 tonnes, according to figures released by the Ministry of Agriculture.',
    '3,100',
    'Ministry of Agriculture',
  ],
  ['At least 45 miners were trapped, according to reports gathered by Human Rights Watch.', '45', 'Human Rights Watch'],
  [
    'Four people died in the storm, according to new figures issued by the Regional Emergency Service.',
    'Four',
    'Regional Emergency Service',
  ],
  // passive agents: reported by X
  ['Nine sailors were reported missing by Norwegian officials.', 'Nine', 'Norwegian officials'],
  ['The figure of 3,000 arrests was confirmed by the Interior Ministry.', '3,000', 'Interior Ministry'],
  ['Three soldiers were killed by a roadside bomb near the border.', 'Three', null],
  ['The village was cut off by the floods, leaving 200 families without water.', '200', null],
  // estimate verbs with the number as object
  ['Ford expects $2 billion in tariff costs this year.', '$2 billion', 'Ford'],
  ['Verisk pegs insured losses from the storm at $6 billion.', '$6 billion', 'Verisk'],
  ['Swiss Re puts the insured loss at $12 billion.', '$12 billion', 'Swiss Re'],
  ['The consultancy Halden Partners approximated losses at $900 million.', '$900 million', 'Halden Partners'],
  ['Acme Analytics increased its estimate of the damage to $30 billion.', '$30 billion', 'Acme Analytics'],
  ['Nordbank projected 14,000 job cuts across the sector.', '14,000', 'Nordbank'],
  [
    'Aon Benfield released a new estimate on Thursday that puts crop losses at $9 billion.',
    '$9 billion',
    'Aon Benfield',
  ],
  ['Aon Benfield also estimates that crop damage will reach $2 billion.', '$2 billion', 'Aon Benfield'],
  [
    'WeatherCo, which lifted its forecast for the harvest twice during the spring and again in June, now says the drought bill will reach $90 billion.',
    '$90 billion',
    'WeatherCo',
  ],
  ['Analytics firm Sigma estimates that the repair bill will reach $4 billion.', '$4 billion', 'Sigma'],
  ['Nordic Rail Inc. expects $45 million in lost fares.', '$45 million', 'Nordic Rail'],
  // a report inside reported content keeps the outer speaker, and its count stays a claim
  ['The agency said 40 countries reported cases of the virus.', '40', 'agency'],
  ['The ministry says 12 hospitals reported shortages of oxygen.', '12', 'ministry'],
  ['The Red Cross said 9 villages told its teams they had no water.', '9', 'Red Cross'],
  // unnamed groups that speak for themselves
  ['Police put the crowd at 12,000, while organisers claimed 50,000.', '50,000', 'organisers'],
  ['Organizers said 80,000 people attended the march.', '80,000', 'Organizers'],
  ['Activists said 120 people were detained overnight.', '120', 'Activists'],
  ['Forecasters said gusts reached 130 mph on the coast.', '130', 'Forecasters'],
  ['Economists said the strike cost 0.3 percent of output.', '0.3 percent', 'Economists'],
  ['Insurers estimate that claims will top $4 billion.', '$4 billion', 'Insurers'],
  // carried through the paragraph
  [
    'Health Minister Ana Reyes said 140 victims had been named. Of those, 52 bodies were flown home and 88 went by road.',
    '52',
    'Ana Reyes',
  ],
  [
    'Health Minister Ana Reyes said 140 victims had been named. A total of 12 families received remains on Sunday.',
    '12',
    'Ana Reyes',
  ],
  [
    'The tracker AirWatch said 1,200 flights were cancelled by noon. Lufthansa led with 500, about 9 percent of its timetable.',
    '9',
    'AirWatch',
  ],
  ['The ministry said 40 people died. Police said 12 looters were arrested.', '12', 'Police'],
  ['The ministry said 40 people died.\n\nThe river rose by 3 metres overnight.', '3', null],
  ['The ministry said 40 people died. Meanwhile, 300 volunteers cleared the streets.', '300', null],
  ['The ministry said 40 people died. In 2019, a similar storm destroyed 900 homes.', '900', null],
  ['The union said the plan was unfair. The strike left 80,000 workers without pay.', '80,000', null],
  // appositives, auxiliaries and bracketed acronyms between a subject and its cue
  [
    'Speaking at the campus, Prof Mina Shah, Principal, Leeds Art School, said four students were hurt.',
    'four',
    'Mina Shah',
  ],
  [
    'Halden & Co., a flood risk consultancy, has estimated the repairs will cost about $2.2 billion.',
    '$2.2 billion',
    'Halden & Co',
  ],
  ['The Ohio Water Board (OWB) said the new dam would cost $1.1 billion.', '$1.1 billion', 'Ohio Water Board'],
  ['According to WHO, there were 3,248 cases of the disease in 2015.', '3,248', 'WHO'],
  ['Nordbank estimated $60 million in strike costs.', '$60 million', 'Nordbank'],
  [
    'About 90,000 people joined the march, the organisers said on Sunday (local time), before the rain began.',
    '90,000',
    'organisers',
  ],
  // pronouns after an inverted speaker; a place is never "he"
  [
    'Rain skipped Southern California again. Southern California had 40 dry days, said Ann Ruiz, the utility’s chief forecaster.\n\nThe hills have had 2 inches of rain instead of the usual 9 inches, she said.',
    '2 inches',
    'Ann Ruiz',
  ],
  ['Officials in Fresno said 40 homes burned. The valley has seen 3 inches of rain, he said.', '3 inches', null],
  // attributions/adjective-cue: a participle after a preposition or determiner describes a noun; nobody speaks
  ['The number of confirmed deaths rose to 61, officials said.', '61', 'officials'],
  ['The tally of reported cases reached 300 on Friday.', '300', null],
  ['An estimated 3,000 people marched through the capital, police said.', '3,000', 'police'],
  ['The total of projected losses stands at $4 billion.', '$4 billion', null],
  ['The ministry confirmed 40 deaths on Monday.', '40', 'ministry'],
  // attributions/…/described-name: a description with no article before a name not otherwise known
  ['Insured losses could reach $5 billion, catastrophe modeler Verisk estimated.', '$5 billion', 'Verisk'],
  ['Shipments fell 9% in the quarter, research firm Gartner said.', '9%', 'Gartner'],
  ['About 3,400 flights were cancelled, flight tracker FlightAware said.', '3,400', 'FlightAware'],
  ['About 3,400 flights were cancelled, according to flight tracker FlightAware.', '3,400', 'FlightAware'],
  // attributions/owner-data-show: figures speak for their named owner
  ['Labor Department data showed employers added 150,000 jobs.', '150,000', 'Labor Department'],
  ['Data from the Labor Department showed employers added 150,000 jobs in May.', '150,000', 'Labor Department'],
  ['Figures released by the Port Authority show 300 ships docked in May.', '300', 'Port Authority'],
  ['Data showed 4,300 claims were filed in the week to Friday.', '4,300', null],
  // attributions/expects-to-be: a forecast with its object before the figure is the forecaster's
  ['Economists had expected the revision to be about 600,000.', '600,000', 'Economists'],
  ['Nordbank expects its loan book to reach $40 billion next year.', '$40 billion', 'Nordbank'],
  ['Forecasters expected the river to crest at 9 metres.', '9 metres', 'Forecasters'],
  // attributions/citing-reason: a cause given is no source
  ['The airline cancelled 3,000 flights on Friday, citing the outage.', '3,000', null],
  ['The district closed 40 schools, citing safety concerns.', '40', null],
  ['The paper said 300 people died, citing the rescue agency.', '300', 'rescue agency'],
  // attributions/change-tail: the earlier value after a closing cue is the same statement's
  ['The death toll rose to 61, officials said, up from 44 on Monday.', '44', 'officials'],
  ['Unemployment fell to 4.1%, the Labor Bureau said, down from 4.3% in May.', '4.3%', 'Labor Bureau'],
  [
    'Exports rose to 3,100 tonnes, the Ministry of Agriculture said, compared with 2,800 tonnes a year earlier.',
    '2,800 tonnes',
    'Ministry of Agriculture',
  ],
  // claims/headline-credit only: a headline is the outlet's voice unless it credits a source itself; the lead's
  // speaker (or the outlet named in a teaser) does not reach back into it
  [
    'Quake toll climbs to 2,100\n\nThe death toll from the earthquake rose to 2,100, the interior ministry said on Monday.',
    '2,100',
    null,
  ],
  [
    'Flood toll rises to 60, dozens missing\n\nFloods have killed more than 60 people in the valley, reports the Daily Courier.',
    '60',
    null,
  ],
  [
    'Over 300 flights cancelled as pilots strike\n\nMore than 300 flights were cancelled on Friday, an airport spokesman said.',
    '300',
    null,
  ],
  ['Nurses walk out: 4,000 join strike\n\nSome 4,000 nurses walked out on Monday, the union said.', '4,000', null],
  [
    'Measles cases reach 45 in Harlow\n\nCases of measles in Harlow reached 45, Harlow Council said in a statement.',
    '45',
    null,
  ],
  ['Wildfire destroys 40 homes: county sheriff\n\nThe fire spread overnight.', '40', 'county sheriff'],
  ['Quake kills hundreds\n\nThe death toll rose to 2,100, the interior ministry said.', '2,100', 'interior ministry'],
  ['Strike shuts 40 schools\n\nThe walkout closed 40 schools across the city on Monday.', '40', null],
];

/** [text, a phrase of the quote, the speaker] */
const quotes: Array<[string, string, string]> = [
  [
    'Mayor Lina Ortiz toured the shelter on Monday. “We have beds for 400 people,” the mayor said.',
    'We have beds',
    'Lina Ortiz',
  ],
  ['Sheriff Dan Cole spoke to reporters. “Nobody was hurt,” the sheriff said.', 'Nobody was hurt', 'Dan Cole'],
  [
    'Defence Minister Kaja Berg visited the base. “The troops are ready,” the minister added.',
    'The troops are ready',
    'Kaja Berg',
  ],
  [
    'Hull City signed coach Tom Hardy on Tuesday. “We start work tomorrow,” the 48-year-old said.',
    'We start work',
    'Tom Hardy',
  ],
  [
    'In Ridgeville, Dana St. James set up a generator when she arrived on Monday.\n\n“We had 30 people here all day,” she said.',
    'We had 30 people',
    'Dana St. James',
  ],
  [
    '“We are fully committed,” said Tom Hale, a spokesperson for the Coast Guard.',
    'We are fully committed',
    'Tom Hale',
  ],
  ['“Prices will rise,” said Ana Mills, an economist at Allied Bank.', 'Prices will rise', 'Ana Mills'],
  [
    '“We treated 80 patients,” President of the Nurses’ Association of Leeds, Dr Ellen Marsh, told the BBC.',
    'We treated 80 patients',
    'Ellen Marsh',
  ],
  [
    '“He was a kind teacher,” said 61-year-old nurse Maria Costa after the service.',
    'He was a kind teacher',
    'Maria Costa',
  ],
  [
    'The Pune Fire Brigade sent 12 engines. Chief Fire Officer Ravi Menon said the blaze was out. “We saved the east wing,” he said.',
    'We saved the east wing',
    'Ravi Menon',
  ],
  ['Secretary of State Ann Lowe said the deal was “a step forward.”', 'a step forward', 'Ann Lowe'],
  ['Minister for Regional Affairs Tomas Berg called the damage “unprecedented.”', 'unprecedented', 'Tomas Berg'],
  [
    '“The water rose in minutes,” said State Police Colonel Ray L. Dunn, Jr., at a briefing.',
    'The water rose',
    'Ray L. Dunn, Jr.',
  ],
  [
    '“We will not stop,” said Senator Mia Park. Park spoke after the vote.\n\n“This is about wages,” the senator said.',
    'This is about wages',
    'Mia Park',
  ],
  [
    '“The first wave hit at noon,” said Captain Lars Eik.\n\n“The second came an hour later and took the pier.',
    'The second came',
    'Lars Eik',
  ],
  [
    'Harbour master Ines Vidal described the night. “The first wave hit at noon.\n\n“The second came an hour later,” Vidal said.',
    'The first wave hit at noon',
    'Ines Vidal',
  ],
  [
    'The Coast Guard said in a statement that 3 sailors were missing. “The search continues,” the statement said.',
    'The search continues',
    'Coast Guard',
  ],
  [
    '“We will appeal,” said Ana Lim, an analyst at Ridge Partners, the Denver research firm.',
    'We will appeal',
    'Ana Lim',
  ],
  [
    '“She fed the whole street,” said 40-year-old Italian Marta Bellini outside the church.',
    'She fed the whole street',
    'Marta Bellini',
  ],
  [
    'The Surat Fire Brigade sent 9 engines. Chief Fire Officer Dev Rao said the fire was out. “We saved the mill,” he said.',
    'We saved the mill',
    'Dev Rao',
  ],
  [
    'Union leader Sam Ortega addressed the crowd. “We want fair pay,” Ortega told the strikers. “Nothing more.”',
    'Nothing more',
    'Sam Ortega',
  ],
  [
    'The premier, Karen Holt, toured the flood zone. “This town will be rebuilt,” she said.',
    'This town will be rebuilt',
    'Karen Holt',
  ],
];

/**
 * [text, a phrase of the quote, the speaker ('' = none)]: the name after the closing mark, "X told Y:", "analysts
 * called it".
 */
const speakersAfter: Array<[string, string, string]> = [
  // quotes/trailing-name: the person named between the closing mark and the cue, past a long appositive
  [
    'The levee held overnight.\n\n“Water is still rising. We are watching every mile,” county engineer Pia Lund, a hydrologist at the ' +
      'Delta Water Board in Lodi, California, and a former Army officer, said in a statement.',
    'We are watching',
    'Pia Lund',
  ],
  [
    'Wheat prices climbed on Tuesday.\n\n“Buyers are nervous about the harvest in Kansas,” said grain trader Omar Haddad of Plains Grain in Wichita.',
    'Buyers are nervous',
    'Omar Haddad',
  ],
  [
    'Rosa Mendes led the survey of the reef.\n\n“The coral is bleaching faster than we feared,” marine biologist and survey co-author Tom Baird said.',
    'The coral is bleaching',
    'Tom Baird',
  ],
  // a pronoun before the cue keeps its referent; a place after the cue is not the speaker
  [
    'Shelter director Nora Quist said the beds ran out.\n\n“We have no beds left,” she said on a radio show in Santa Fe.',
    'We have no beds left',
    'Nora Quist',
  ],
  [
    'The storm closed the pass.\n\n“Stay off the roads,” read a notice posted near Dover Lake.',
    'Stay off the roads',
    '',
  ],
  // quotes/told-colon: the subject before "told <outlet>:", not the outlet
  [
    'Lena Fox, a nurse at the county clinic who was not involved in the count, told Reuters: “The wards have been full since Monday.”',
    'The wards have been full',
    'Lena Fox',
  ],
  [
    'Striking driver Carl Moss told The Guardian: “We are not going back for less.”',
    'We are not going back',
    'Carl Moss',
  ],
  // quotes/unnamed-speaker: an unnamed person after the closing mark, also when a reporter relays it
  [
    'The river rose overnight.\n\n“Nobody came to help,” one farmer said. “We lost everything.”',
    'Nobody came',
    'farmer',
  ],
  ['The river rose overnight.\n\n“Nobody came to help,” one farmer said. “We lost everything.”', 'We lost', 'farmer'],
  [
    'Reporter Ana Ruiz covered the floods.\n\n“The shelter is full,” a local volunteer said, per Ruiz.',
    'The shelter is full',
    'local volunteer',
  ],
  [
    '“Prices doubled overnight,” an angry market trader said as stalls closed.',
    'Prices doubled',
    'angry market trader',
  ],
  // quotes/dismissed-as: the subject that rejects the quoted words, not a source named later in the sentence
  [
    'The Harbor Police Department rejected the claims as “simply untrue,” and residents of Pine Hollow told the ' +
      'Gazette the alarms had worked.',
    'simply untrue',
    'Harbor Police Department',
  ],
  ['Governor Ruth Sandoval dismissed the audit as “a partisan stunt” on Tuesday.', 'a partisan stunt', 'Ruth Sandoval'],
  // quotes/called: an unnamed group that calls it so
  [
    'Market analysts called it the “worst week since the crash,” as shares fell for a fifth day.',
    'worst week',
    'Market analysts',
  ],
  [
    'Election observers described it as “largely peaceful” despite long queues.',
    'largely peaceful',
    'Election observers',
  ],
  // no named speaker anywhere: none
  ['The river crested at dawn. Signs on the bridge read “Keep out”.', 'Keep out', ''],
];

describe('quote speakers after the closing mark (quotes/trailing-name, quotes/told-colon, quotes/called)', () => {
  it.each(speakersAfter)('%s', (text, phrase, speaker) => {
    const article = run(text);
    const q = article.quotes.find((x) => x.text.includes(phrase));
    expect(q, `no quote holds “${phrase}”`).toBeDefined();
    expect(q!.speakerName ?? '').toBe(speaker);
  });
});

/** [text, number, source] for attributions/carried-back: a trailing "according to X" covers the paragraph's figures. */
const carriedBack: Array<[string, string, string | null]> = [
  [
    'Shoppers bought 41,000 bicycles this spring, up 8 percent. Electric models rose 20 percent, according to ' +
      'CycleTrack, a Denver-based sales tracker.',
    '41,000',
    'CycleTrack',
  ],
  [
    'Shoppers bought 41,000 bicycles this spring, up 8 percent. Electric models rose 20 percent, according to ' +
      'CycleTrack, a Denver-based sales tracker.',
    '8 percent',
    'CycleTrack',
  ],
  [
    'Grain exports reached 2.1 million tonnes in May. Corn made up 60 percent, while barley fell 4 percent. ' +
      'Shipments to Asia rose 12 percent, according to the Port Authority of Santos.',
    '2.1 million',
    'Port Authority of Santos',
  ],
  // a web name as the source (attributions/according-to/domain), and the paragraph before it
  [
    'The loan rate averaged 5.7 percent in May, down from 6.1 percent, according to LoanWatch.com, a data firm.',
    '5.7 percent',
    'LoanWatch.com',
  ],
  [
    'Mortgage demand stayed below 3 percent all spring. The loan rate averaged 5.7 percent in May, according to ' +
      'LoanWatch.com, a data firm.',
    '3 percent',
    'LoanWatch.com',
  ],
  // not across a paragraph, nor over a sentence with its own source
  [
    'Ticket sales reached 12,000 on Friday.\n\nHotel bookings rose 15 percent, according to Visit Lakeland.',
    '12,000',
    null,
  ],
  [
    'Mayor Ann Cole said 40 homes were lost. Another 300 acres burned, according to the Ridge Fire District.',
    '40',
    'Ann Cole',
  ],
];

/** [text, number, source] for attributions/carried-next-paragraph: a data source's figures run on past a line break. */
const nextParagraph: Array<[string, string, string | null]> = [
  [
    'By noon 2,300 trains had been cancelled, about 6 percent of the timetable, according to RailData.\n\n' +
      'The north had the most cancellations with nearly 900, about 11 percent of its services.',
    '900',
    'RailData',
  ],
  [
    'By noon 2,300 trains had been cancelled, about 6 percent of the timetable, according to RailData.\n\n' +
      'The north had the most cancellations with nearly 900, about 11 percent of its services.',
    '11 percent',
    'RailData',
  ],
  [
    'Turnout reached 61 percent by 6 p.m., according to the Electoral Commission.\n\n' +
      'Rural districts were higher at 67 percent, while the capital lagged at 54 percent.',
    '67 percent',
    'Electoral Commission',
  ],
  [
    'Some 14,000 homes lost power on Monday, according to GridWatch.\n\nCoastal towns saw 9,000 outages.',
    '9,000',
    'GridWatch',
  ],
  // not from a speaker's verb, not into a sentence with its own cue or a turn, not two paragraphs on
  ['Mayor Lin Wu said 40 homes burned.\n\nCrews saved 12 barns on the ridge.', '12', null],
  [
    'Some 14,000 homes lost power on Monday, according to GridWatch.\n\nMeanwhile, 300 volunteers cleared roads.',
    '300',
    null,
  ],
  [
    'Some 14,000 homes lost power on Monday, according to GridWatch.\n\nThe utility said 2,000 crews were out.',
    '2,000',
    'utility',
  ],
  [
    'Some 14,000 homes lost power on Monday, according to GridWatch.\n\nThe storm was the worst since 1998.\n\n' +
      'Schools closed in 30 towns.',
    '30',
    null,
  ],
  [
    'Some 14,000 homes lost power on Monday, according to GridWatch.\n\n"We lost 40 poles," a lineman told reporters.',
    '40',
    'lineman',
  ],
];

describe('a data source runs on into the next paragraph of figures (attributions/carried-next-paragraph)', () => {
  it.each(nextParagraph)('%s [%s]', (text, number, source) => {
    const got = claimSource(text, number);
    expect(got, `no claim for ${number}`).not.toBeUndefined();
    if (source === null) expect(got).toBeNull();
    else expect((got ?? '').toLowerCase()).toBe(source.toLowerCase());
  });
});

describe('a trailing according-to covers the paragraph (attributions/carried-back)', () => {
  it.each(carriedBack)('%s [%s]', (text, number, source) => {
    const got = claimSource(text, number);
    expect(got, `no claim for ${number}`).not.toBeUndefined();
    if (source === null) expect(got).toBeNull();
    else expect((got ?? '').toLowerCase()).toBe(source.toLowerCase());
  });
});

describe('names found whole (entities/findRuns connectors and possessives, entities/org/possessive-owner, place/compass)', () => {
  it.each(names)('%s', (text, name) => {
    const article = run(text);
    expect(article.mentions.map((m) => m.text)).toContain(name);
  });
});

describe('who a claim is attributed to', () => {
  it.each(sources)('%s [%s]', (text, number, source) => {
    const got = claimSource(text, number);
    expect(got, `no claim for ${number}`).not.toBeUndefined();
    if (source === null) expect(got).toBeNull();
    else expect((got ?? '').toLowerCase()).toBe(source.toLowerCase());
  });
});

describe('quote speakers', () => {
  it.each(quotes)('%s', (text, phrase, speaker) => {
    const article = run(text);
    const q = article.quotes.find((x) => x.text.includes(phrase));
    expect(q, `no quote holds “${phrase}”`).toBeDefined();
    expect(q!.speakerName ?? '').toBe(speaker);
  });
});
