/**
 * Who says so, second table: the cue constructions named in each describe(), with invented sentences
 * (floods, fires, strikes, epidemics, elections, markets). The record's source name is what is checked.
 */
import { describe, expect, it } from 'vitest';
import { run, sourceTable as table } from './who-says-run.js';

describe('claims/anonymous: plain officials are credited, unnamed sources are not', () => {
  table([
    ['The toll from the mudslide now stands at 160, officials said on Saturday.', '160', 'officials'],
    ['Officials said 2,400 voters were turned away.', '2,400', 'officials'],
    ['The officials reported 75 burned cars.', '75', 'officials'],
    ['Sources said the strike could draw 9,000 dock workers.', '9,000', null],
    ['Unnamed officials said 300 troops were on standby.', '300', null],
  ]);
});

describe('attributions/verb-after: a clause of circumstance after the cue', () => {
  table([
    [
      'More than 90 passengers were treated for burns, a hospital official said Monday as crews cleared the wreck.',
      '90',
      'hospital official',
    ],
    ['Floodwater reached 3 metres in the old town, the mayor said while touring the area.', '3 metres', 'mayor'],
    ['At least 14 shops were looted, police said amid a second night of unrest.', '14', 'police'],
    ['The mayor said as many as 40 people died in the blaze.', '40', 'mayor'],
  ]);
});

describe('attributions/…/owner-generic and attributions/figures-from: figures speak for the body that owns them', () => {
  table([
    ["The ministry's data showed 5,600 people were displaced by the floods.", '5,600', 'ministry'],
    ["The state fire agency's latest count shows 210 homes burned.", '210', 'state fire agency'],
    ["The health department's figures show 48 new cases of measles.", '48', 'health department'],
    ['Data from the ministry shows 5,600 people were displaced.', '5,600', 'ministry'],
    ['Figures released by the electoral board show 71 percent turnout.', '71', 'electoral board'],
    ["The report's chart shows 40 outbreaks since May.", '40', null],
    ['The latest tally showed 412 deaths across the province.', '412', null],
    // a breakdown is figures too: its owner speaks, a breakdown with no owner does not
    ["The north has 40 cases and the coast 12, according to the ministry's breakdown.", '40', 'ministry'],
    ["The health agency's breakdown shows 210 cases in the capital.", '210', 'health agency'],
    ['According to the breakdown, 40 cases were in the capital.', '40', null],
  ]);
});

describe('attributions/cue-noun and attributions/number-subject: a reporting noun or a counted noun is no speaker', () => {
  table([
    ['Retail sales rose 2.1% in June, well above the previous estimate of 1.4%.', '1.4', null],
    ['The flood toll climbed to 63, up from an earlier report of 41 deaths.', '41', null],
    ['Turnout reached 58%, higher than the initial count of 52% suggested.', '52', null],
    ['The original forecast of 900 cases proved far too low.', '900', null],
    ['Its preliminary tally of 212 burned homes was revised on Friday.', '212', null],
    ['Their latest report of 35 missing hikers came late on Sunday.', '35', null],
    ['The final estimate of 7,400 acres was published by the forest agency.', '7,400', 'forest agency'],
    ['A 12-member panel said 300 ballots were spoiled.', '300', '12-member panel'],
    ['Factory output grew by 1.2%, short of the 1.8% economists expected.', '1.2', null],
    ['Exports fell by 40,000 tonnes, more than the 25,000 traders had forecast.', '40,000', null],
    ['The union won 61 seats, below the 70 pollsters predicted.', '61', null],
    // still a speaker: an adverb, not an adjective, before the cue; a cue after its subject
    ['Officials earlier estimated 40 deaths from the blast.', '40', 'officials'],
    ['The ministry first reported 18 cases of cholera on Tuesday.', '18', 'ministry'],
    [
      'Retail sales rose 2.1%, below the previous estimate of 2.6%, the statistics office said.',
      '2.6',
      'statistics office',
    ],
  ]);
});

/** [text, a name as written, its type, or 'none' when no mention may have that text] */
const typedNames: Array<[string, string, string]> = [
  // entities/org/carrier-lead: "Air" before a country names the airline, at a sentence's start too
  ['Air Malta said 40 flights were cancelled.', 'Air Malta', 'organization'],
  ['A spokesman for Air Canada said 12 flights left late.', 'Air Canada', 'organization'],
  ['Air Kenya cancelled 9 flights on Monday.', 'Air Kenya', 'organization'],
  ['Flights to India resumed on Monday.', 'India', 'country'],
  // entities/person/given-name: a given name before a surname that is a common noun
  ['Nora Banks said 40 homes flooded.', 'Nora Banks', 'person'],
  ['Paul Banks, who runs the shelter, counted 90 beds.', 'Paul Banks', 'person'],
  ['Emily Church said 12 families were moved.', 'Emily Church', 'person'],
  ['Tom Stations, the fire chief, said 40 homes burned.', 'Tom Stations', 'person'],
  ['Ann Fields told reporters that 40 homes burned.', 'Ann Fields', 'person'],
  ['Voters backed Linda House by 300 votes.', 'Linda House', 'person'],
  ['Harbor Savings Bank said 40 branches closed.', 'Harbor Savings Bank', 'organization'],
  ['Grace Church opened its hall to 60 evacuees.', 'Grace Church', 'organization'],
  ['Lakeside Hospital said 14 patients were treated.', 'Lakeside Hospital', 'organization'],
  // entities/org/title-word: a title word before an organisation word names the organisation
  ['The Justice Department said 40 people were charged.', 'Justice Department', 'organization'],
  ["Trump's Justice Department said 40 people were charged.", 'Department', 'none'],
  ['A Defense Ministry spokesman said 12 drones were downed.', 'Defense Ministry', 'organization'],
  ["The mayor's Justice Department liaison resigned.", 'Department', 'none'],
  ['Judge Ortega fined the firm $2 million.', 'Ortega', 'person'],
  // entities/org/acronym-in-name: an acronym inside a name makes it an organisation's
  [
    "Moody's KCR Event Response estimated insured losses at 3 billion euros.",
    "Moody's KCR Event Response",
    'organization',
  ],
  ['KCR Event Response estimated insured losses at 3 billion euros.', 'KCR Event Response', 'organization'],
  ['KPMG Flood Analytics said 200 firms filed claims.', 'KPMG Flood Analytics', 'organization'],
  ['NASA Administrator Bill Nelson said 3 launches slipped.', 'Bill Nelson', 'person'],
  // entities/org/operator-plural: a name ending in a plural of a place word runs many of them, an operator
  ['Dravik Airports said 120 flights were cancelled.', 'Dravik Airports', 'organization'],
  ['Brenmoor Ports said 14 ships were held at anchor.', 'Brenmoor Ports', 'organization'],
  ['Selva Harbours reported 30 berths closed.', 'Selva Harbours', 'organization'],
  ['Flights left Port Louis on time, and 12 arrived late.', 'Port Louis', 'other'],
  ['Ships waited off Port Talbot for 9 hours.', 'Port Talbot', 'other'],
];

describe('names typed right (entities/person/given-name, entities/org/title-word, entities/org/acronym-in-name)', () => {
  it.each(typedNames)('%s [%s: %s]', (text, name, type) => {
    const got = run(text).mentions.filter((m) => m.text === name);
    if (type === 'none') expect(got.map((m) => m.type)).toEqual([]);
    else expect(got.map((m) => m.type)).toContain(type);
  });
});

/** [text, the quoted words, the speaker's name as found, or '(none)' when the marks hold no quote] */
const quoteRows: Array<[string, string, string]> = [
  // quotes/title-of-work: titles of works and slogans are no speech
  ['The band played the song "Rain on Me" as the water rose.', 'Rain on Me', '(none)'],
  ['Tara Mills wrote a book about the drought, “Dry Years,” in 2019.', 'Dry Years', '(none)'],
  ['Strikers marched under the slogan “Homes Not Hotels” on Friday.', 'Homes Not Hotels', '(none)'],
  ['The exhibition, titled "After the Flood", opens on Monday.', 'After the Flood', '(none)'],
  ['The choir sang "Amazing Grace" outside the burned church.', 'Amazing Grace', '(none)'],
  // quotes/term-mention: a word talked about, not said
  ['The minister refused to use the word “famine” in his briefing.', 'famine', '(none)'],
  ['Forecasters avoided the term "heat dome" until Friday.', 'heat dome', '(none)'],
  ['Strikers chanted slogans, but the phrase “general strike” never appeared on a banner.', 'general strike', '(none)'],
  ['The words "state of emergency" do not appear in the decree.', 'state of emergency', '(none)'],
  // quotes/known-as: a name nobody in the sentence gives
  ['Volunteers known as “the river watch” patrolled the levee all night.', 'the river watch', '(none)'],
  ['Tankers of the so-called “ghost fleet” left port on Monday.', 'ghost fleet', '(none)'],
  ['The reserve has been described as “a slush fund” that ministers can tap at will.', 'a slush fund', '(none)'],
  [
    'The union’s tactics, described in court on Monday as the “slow squeeze,” cut output by half.',
    'slow squeeze',
    '(none)',
  ],
  ['The levy was dubbed “the rain tax” when it passed in 2019.', 'the rain tax', '(none)'],
  // still speech: a namer given, or a speaker who uses the words
  ['The plan was described as “reckless” by Mayor Ann Cole on Tuesday.', 'reckless', 'Ann Cole'],
  [
    'Governor Tom Hale called the flood “a once-in-a-century disaster” on Monday.',
    'a once-in-a-century disaster',
    'Tom Hale',
  ],
  ['Mayor Ann Cole described the shelter as “full to the rafters” on Sunday.', 'full to the rafters', 'Ann Cole'],
  [
    'Sen. Tom Hale, R-Idaho, called the levee “a disaster waiting to happen.”',
    'a disaster waiting to happen',
    'Tom Hale',
  ],
  ['Air Kenya said on Thursday the jet was “well maintained” before the flight.', 'well maintained', 'Air Kenya'],
  // quotes/heard-saying: the one heard speaks, not the witnesses who report it
  [
    'The gunman, Omar Reyes, was heard shouting “Get down” while police closed in, witnesses told the Daily Courier.',
    'Get down',
    'Omar Reyes',
  ],
  [
    'Captain Lena Ortiz could be heard saying “Brace, brace” on the recording, investigators said.',
    'Brace, brace',
    'Lena Ortiz',
  ],
  // quotes/continued-past-embed: a statement quoted on past an embedded post's credit lines
  [
    'Harbor Rovers said in a statement: “Ana Ruiz is one of the best coaches in the league.\n\n“She has won 4 titles ' +
      'in 6 years with two clubs.\n\nClub statement\n\n— Harbor Rovers (@harborrovers) May 2, 2024\n\n“She has ' +
      'coached in three countries, including at Lisbon Athletic.”',
    'She has coached in three countries',
    'Harbor Rovers',
  ],
  [
    'The Met Office said: “Rain will spread north overnight.\n\nWeather warning\n\nMet Office (@metoffice) ' +
      'March 3, 2025\n\n“Up to 80mm may fall on high ground, according to forecaster Tom Reed.”',
    'Up to 80mm may fall',
    'Met Office',
  ],
  // quotes/subject-first: a name opening the sentence is its subject; "He"/"She" continues the person named before
  [
    'The Harbor Authority posted a photo of Captain Lena Ortiz on its website with the caption “Welcome home.”',
    'Welcome home',
    'Harbor Authority',
  ],
  [
    'Governor Tom Hale spoke on Monday. He thanked the crews and urged Mayor Ann Cole to “keep every shelter open.”',
    'keep every shelter open',
    'Tom Hale',
  ],
  [
    'Mayor Ann Cole toured the levee with Governor Tom Hale. She later urged residents to “stay off the roads.”',
    'stay off the roads',
    'Ann Cole',
  ],
  [
    'The Red Cross flew Dr. Pia Lund to the camp and warned of a “very serious” shortage of water.',
    'very serious',
    'Red Cross',
  ],
  ['“The words we use matter,” said Pia Lund, a teacher in the town.', 'The words we use matter', 'Pia Lund'],
  // still speech
  ['"We lost everything," said Pia Lund, a farmer near the river.', 'We lost everything', 'Pia Lund'],
  [
    'Mayor Ann Cole toured the shelter. "We will rebuild every house," she said.',
    'We will rebuild every house',
    'Ann Cole',
  ],
  [
    'Governor Tom Hale visited the shelter. In a short speech, the new governor told residents they would "never be left behind again."',
    'never be left behind again',
    'Tom Hale',
  ],
  // pronouns and titles: the last named person of that role
  [
    'Sheriff Dale Ortiz said the river crested overnight. "We got lucky this time," the sheriff said.',
    'We got lucky this time',
    'Dale Ortiz',
  ],
  [
    'Nora Walsh, a spokeswoman for the utility, said crews were out. "Power will be back by Friday," the spokeswoman added.',
    'Power will be back by Friday',
    'Nora Walsh',
  ],
  [
    'Governor Lee Park declared an emergency.\n\n"Nobody should stay in the valley tonight," he said.',
    'Nobody should stay in the valley tonight',
    'Lee Park',
  ],
  // …/relative-subject: "the ire of X, who said he …" makes X the subject the pronoun continues
  [
    'The plan that angered Senator Tom Reed also drew the ire of Senator Paul Ash, who said he was stunned by the cost. "If you spend it all now, you have nothing left," he said.',
    'If you spend it all now',
    'Paul Ash',
  ],
  [
    'Mayor Ann Cole met Jordan Reed, who runs the shelter. "We need 200 more cots," she said.',
    'We need 200 more cots',
    'Ann Cole',
  ],
  // "said X, a Y" and a speaker named after the quote
  [
    '"The water came in minutes," said Omar Haddad, a shop owner on the main street.',
    'The water came in minutes',
    'Omar Haddad',
  ],
  [
    '"We have never seen a strike this large," union leader Eva Lind told reporters.',
    'We have never seen a strike this large',
    'Eva Lind',
  ],
  // a quote that runs over two paragraphs, its speaker named after it
  [
    '"The fire moved faster than anyone expected.\n\n"We had ten minutes to leave," said Ben Cruz, a rancher.',
    'The fire moved faster than anyone expected',
    'Ben Cruz',
  ],
  // a continued quote keeps its speaker
  [
    '"The count is slow," said Ana Silva, the election chief. "Every ballot will be checked twice."',
    'Every ballot will be checked twice',
    'Ana Silva',
  ],
];

describe('quotes: speech and the marks that hold none', () => {
  for (const [text, words, speaker] of quoteRows)
    it(`${JSON.stringify(words)} in ${JSON.stringify(text.slice(0, 60))} → ${speaker}`, () => {
      const q = run(text).quotes.find((x) => x.text.includes(words));
      expect(q ? (q.speakerName ?? '(unknown)') : '(none)').toContain(speaker);
    });
});

describe('attributions: base-form cues, relayed reports and participles after an organisation', () => {
  table([
    [
      'Still, rescuers warn that the count is likely to climb, with at least 64 miners unaccounted for.',
      '64',
      'rescuers',
    ],
    ['Experts warn of losses reaching up to $40 million from the rail strike.', '40', 'Experts'],
    ['Doctors confirm 23 new cases of cholera in the camp.', '23', 'Doctors'],
    ['Forecasters predict 14 named storms this season.', '14', 'Forecasters'],
    ['The Gazette reports that medics say at least 23 climbers died in the avalanche.', '23', 'medics'],
    ['Senator Rosa Vidal took office on Friday. The new senator said 300 aides would be hired.', '300', 'Rosa Vidal'],
    ['Chief Ken Ito was named on Monday. The acting chief said 45 officers were on leave.', '45', 'Ken Ito'],
    ['The radio station reported that police said 40 shops were looted.', '40', 'police'],
    [
      'The Red Cross opened shelters on Monday, warning that 4,000 more people could be displaced.',
      '4,000',
      'Red Cross',
    ],
    ['Rains hit the coast on Monday, flooding 300 homes.', '300', null],
    // attributions/participle-opener: an unnamed speaker opening the sentence, then a participle cue.
    [
      'Police gave a very different account, estimating that about 9,000 people had joined the march.',
      '9,000',
      'Police',
    ],
    ['The union disputed the figure, saying that 12,000 workers had walked out.', '12,000', 'union'],
    ['Organisers hailed the turnout, claiming that 30,000 people attended.', '30,000', 'Organisers'],
    [
      'The electoral commission defended its count, insisting that 412 ballots were void.',
      '412',
      'electoral commission',
    ],
    ['Floodwater rose overnight, leaving 2,000 homes without power.', '2,000', null],
    ['Residents of the valley were evacuated on Friday, with 600 people housed in schools.', '600', null],
  ]);
});

describe('attributions/…/pronoun-they-subject: "they" of a later clause is the group that opens the sentence', () => {
  table([
    ['Teachers unions called a rally for Sunday that they said could draw 20,000 people.', '20,000', 'Teachers unions'],
    ['Farm groups staged a protest that they estimated drew 3,000 tractors.', '3,000', 'Farm groups'],
    ['The rains came on Sunday. They said 300 homes flooded.', '300', null],
  ]);
});

describe('attributions: the cue constructions of the brief, on other events', () => {
  table([
    ['According to the county coroner, 19 people died in the heat wave.', '19', 'county coroner'],
    ['At least 230 homes were damaged, according to the Red Cross.', '230', 'Red Cross'],
    ['The Nepal Army said 64 soldiers were deployed to the landslide.', '64', 'Nepal Army'],
    ['The teachers union says 8,000 members joined the walkout.', '8,000', 'teachers union'],
    ['Mayor Ida Holm told reporters that 150 families were without water.', '150', 'Ida Holm'],
    ['The World Health Organization reported 2,100 cholera cases.', '2,100', 'World Health Organization'],
    ['The insurer estimated losses at $3.2 billion.', '3.2', 'insurer'],
    ['The provincial health office confirmed 27 new infections on Sunday.', '27', 'provincial health office'],
    ['The coast guard put the death toll at 41.', '41', 'coast guard'],
    ['Figures from the national statistics office showed 4.2% inflation.', '4.2', 'national statistics office'],
    ['QuakeNet, which tracks tremors across the region, said 11 aftershocks followed.', '11', 'QuakeNet'],
    ['A total of 58 arrests were reported by the city police.', '58', 'city police'],
    [
      'The blaze, which began in a warehouse near the port and spread through three blocks overnight, destroyed 44 buildings, the fire chief said.',
      '44',
      'fire chief',
    ],
    ['The West Virginia Division of Forestry said 900 acres had burned.', '900', 'West Virginia Division of Forestry'],
    ['The Queensland Fire Department said 35 homes were lost.', '35', 'Queensland Fire Department'],
    ['The update listed 17 closed schools.', '17', null],
    ['The latest count shows 2,400 ballots still uncounted.', '2,400', null],
    ['Riot police fired tear gas as 5,000 protesters marched on parliament.', '5,000', null],
  ]);
});

describe('attributions/carried-paragraph: the sentences after a statement keep its speaker', () => {
  table([
    [
      'The flood has killed 40 people, the disaster agency said on Monday. The dead include 31 adults and 9 children.',
      '31',
      'disaster agency',
    ],
    [
      'At least 12 miners are trapped, the mining ministry said. Another 30 were rescued overnight.',
      '30',
      'mining ministry',
    ],
    ['Police said 80 people were arrested at the rally.\n\nThe match drew 40,000 fans to the stadium.', '40,000', null],
  ]);
});

describe('entities/org/owner-org: a one-word company owns its unit', () => {
  const names: Array<[string, string]> = [
    ["Verisk's Property Claim Services unit estimated losses at $4 billion.", "Verisk's Property Claim Services"],
    ["Google's Threat Analysis Group said 40 accounts were hit.", "Google's Threat Analysis Group"],
    ["Kenya's National Disaster Operations Centre said 12 people died.", "Kenya's National Disaster Operations Centre"],
  ];
  for (const [text, name] of names)
    it(`finds ${name} whole`, () => expect(run(text).mentions.map((m) => m.text)).toContain(name));
  it('does not take a weekday as an owner', () =>
    expect(run("Tuesday's National Weather Service forecast called for rain.").mentions.map((m) => m.text)).toContain(
      'National Weather Service',
    ));
});

describe('attributions/…/generic: the people of an event (survivors, villagers, relatives) speak as a group', () => {
  table([
    ['Survivors said the bus had carried at least 60 passengers.', '60', 'survivors'],
    ['Villagers told reporters that 14 homes had been swept away.', '14', 'villagers'],
    ['Relatives said 9 miners were still underground on Sunday.', '9 miners', 'relatives'],
    ['Passengers said the train was travelling at about 120 km/h.', '120', 'passengers'],
    ['Fishermen said the storm sank 30 boats in the harbour.', '30', 'fishermen'],
    ['The manifest listed 80 names, but survivors said as many as 120 people were aboard.', '120', 'survivors'],
    ['The school reported no injuries, though parents said 12 children were taken to hospital.', '12', 'parents'],
    [
      'Survivors told local radio the boat was crowded.\n\nGusts of 90 km/h were recorded at the pier, according to the state weather service.',
      '90',
      'state weather service',
    ],
  ]);
});

describe('attributions/state-participle: "people confirmed dead" describes the counted people, nobody speaks', () => {
  table([
    ['The number of people confirmed dead in the blaze rose to 17 on Sunday.', '17', null],
    ['At least 9 hikers reported missing on the ridge were found alive, officials said.', '9', 'officials'],
    ['The count of people confirmed infected reached 230, the ministry said.', '230', 'ministry'],
    ['Officials confirmed 12 dead after the blast.', '12', 'officials'],
  ]);
});

describe('attributions/relative-antecedent: "X, which on Monday reported N" is X reporting N', () => {
  table([
    ['The clinic, which on Monday reported 20 admissions, said two patients had gone home.', '20', 'clinic'],
    ['The Harlow Water Board, which first reported 3 leaks, has since found more.', '3', 'Harlow Water Board'],
    ['Red Crescent medics, who earlier reported 41 wounded, asked for blood donors.', '41', 'Red Crescent medics'],
    ['The river, which rose 2 metres overnight, is expected to peak on Friday.', '2 metres', null],
  ]);
});
