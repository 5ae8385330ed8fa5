/**
 * Who says so, for sources named once and then by what they are: "the firm", "the insurer"
 * (attributions/role-last-org), a progressive report ("X is now reporting that", attributions/progressive),
 * a statement put out by a named source ("X released a statement reporting N", attributions/statement-by)
 * and an organisation named with its owner ("the Agency's Solar Program", entities/org/owner-org).
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { claimSource, run } from './who-says-run.js';

/** [text, number, source; null = the outlet's own voice] */
const sources: Array<[string, string, string | null]> = [
  // A demonym before a service noun is that service, kept as said, not the country (entities/gazetteer countries).
  ['At least 40 sailors were rescued on Monday, the Bolivian navy said.', '40', 'Bolivian navy'],
  ['The fishing boat sank with 12 crew aboard, the Tanzanian navy said on Friday.', '12', 'Tanzanian navy'],
  ['Rescuers pulled 23 migrants from the water, the Maltese coastguard said.', '23', 'Maltese coastguard'],
  // attributions/headline-place-label: a country's name before a headline's colon files the story, it does not speak.
  [
    'Malawi: at least 9 dead as floods sweep lakeside villages\n\nFloods swept through lakeside villages on Sunday.',
    '9',
    null,
  ],
  ['Bolivia: 3,000 families moved as river bursts its banks\n\nThe river burst its banks overnight.', '3,000', null],
  // attributions/role-own-country: a description naming the country the sentence is about is that country's body,
  // not the organisation that spoke last; without the country in the sentence it still stands for that organisation.
  [
    'Dravik Airports said 40 flights were cancelled. Airports in Norway cancelled 83 flights, according to the Norwegian airport operator.',
    '83',
    'Norwegian airport operator',
  ],
  [
    'Halden Ports said 12 ships were held. Ports in Chile turned away 9 ships on Friday, the Chilean port operator said.',
    '9',
    'Chilean port operator',
  ],
  [
    'Dravik Airports said 40 flights were cancelled. About 9,000 passengers were stranded, the Norwegian airport operator said.',
    '9,000',
    'Dravik Airports',
  ],
  // attributions/role-last-org: "the firm" is the organisation that last spoke
  [
    'Kestrel Analytics raised its estimate on Monday. Insured losses will reach $4 billion, said the catastrophe modelling firm.',
    '$4 billion',
    'Kestrel Analytics',
  ],
  [
    'The Harbor Insurance Group said claims topped $900 million. The insurer expects 20,000 more claims by June.',
    '20,000',
    'Harbor Insurance Group',
  ],
  [
    'Lakeside Power Inc. said 14,000 homes were dark. The utility said crews had restored 9,000 homes by night.',
    '9,000',
    'Lakeside Power',
  ],
  [
    'Westfield Rail Corp. warned of delays on Friday. The company said 300 trains would be cancelled.',
    '300',
    'Westfield Rail',
  ],
  ['The firm said 30 staff were hurt in the blast.', '30', null],
  ['Ana Ruiz said the plant was closed. The company said 400 jobs were at risk.', '400', null],
  [
    'Kestrel Analytics raised its estimate.\n\nThe storm hit on Monday. Schools closed. Roads flooded. Power failed. ' +
      'The firm said 30 staff were hurt.',
    '30',
    null,
  ],
  // attributions/role-other-body: a described body of its own domain after a government body is another body
  [
    'The Finance Ministry said the deficit would reach $12 billion. Imports fell 4% in May, the customs agency said.',
    '4%',
    'customs agency',
  ],
  [
    'Brantley Logistics Inc. said it would close 3 depots.\n\nAbout 900 trucks were idle, the road haulage group said.',
    '900',
    'Brantley Logistics',
  ],
  [
    'Brantley Logistics Inc. said it would close 3 depots. About 900 trucks were idle, the road haulage firm said.',
    '900',
    'Brantley Logistics',
  ],
  ['The Interior Ministry said 40 people were hurt. The ministry said 300 were arrested.', '300', 'Interior Ministry'],
  // attributions/role-named-org: "the union" is the organisation named before whose name holds the head; a bare
  // kind ("the agency") only the one named in the sentence before, counted in the article's sentences
  [
    'Drivers at the Coastal Transport Workers Union voted on Monday. The union said 4,000 members would strike.',
    '4,000',
    'Coastal Transport Workers Union',
  ],
  [
    'Floods reached the offices of the Rivers Conservancy Board overnight. The board said 70 homes were cut off.',
    '70',
    'Rivers Conservancy Board',
  ],
  [
    'Inspectors from the Meridian Weather Service flew over the delta. The agency said 1,200 homes were flooded.',
    '1,200',
    'Meridian Weather Service',
  ],
  [
    'Inspectors from the Meridian Weather Service flew over the delta. Rain fell for days. Dams burst. ' +
      'The agency said 1,200 homes were flooded.',
    '1,200',
    'agency',
  ],
  ['Crews from Pell Gas Corp. were seen near the site. Roads closed. The company said 12 wells were shut.', '12', null],
  ['Crews from Pell Gas Corp. were seen near the U.S. border. The company said 12 wells were shut.', '12', 'Pell Gas'],
  [
    'Staff of Harlow Mining Co. in St. Ives walked out. The company said 800 miners had joined.',
    '800',
    'Harlow Mining Co',
  ],
  // attributions/progressive: "is (now) reporting that"
  ['The Electoral Commission is now reporting that turnout reached 64 percent.', '64 percent', 'Electoral Commission'],
  ['The Red Cross is reporting that 300 people were injured in the quake.', '300', 'Red Cross'],
  ['The World Health Organization was saying that 45 clinics had closed.', '45', 'World Health Organization'],
  ['The station is reporting live from the coast, where 2,000 people were evacuated.', '2,000', null],
  // attributions/statement-by: a statement released by X reports for X
  ['The Red Cross earlier released a brief statement reporting 300 injured.', '300', 'Red Cross'],
  ['The Electoral Commission issued a statement saying 12 polling stations had closed.', '12', 'Electoral Commission'],
  ['The Coast Guard published an update confirming 8 sailors were rescued.', '8', 'Coast Guard'],
  ['Rebels released a video showing 12 hostages in a cellar.', '12', null],
  // attributions/…/pronoun-they: "they" after experts of a named firm in the same sentence
  [
    'While analysts at Nordbank declined to give a figure, they projected losses of up to $2 billion.',
    '$2 billion',
    'Nordbank',
  ],
  ['Economists at Halden Capital met on Monday, and they estimated 40,000 job losses.', '40,000', 'Halden Capital'],
  ['They said 300 homes were lost in the fire.', '300', null],
  ['Analysts at Nordbank met on Monday. They said 30 branches would close.', '30', null],
  // attributions/headline-credit: a topic kicker before the colon is not a speaker
  ['Fires in Chile: 40 homes lost as winds rise\n\nCrews fought the blaze overnight.', '40', null],
  ['Lawmakers: 300 jobs at risk in port merger\n\nThe merger closes in June.', '300', 'Lawmakers'],
  // a named place and an event noun ("Harlow Quay fire:") is a topic too
  ['Harlow Quay fire: 14 dead as blaze guts warehouse\n\nCrews searched the site.', '14', null],
  ['Vilnius rail strike: 300 trains cancelled\n\nTalks resume on Monday.', '300', null],
  ['Red Cross: 40 shelters opened along the coast\n\nThe rains continue.', '40', 'Red Cross'],
  // "admitted N" lets people in: the according-to source of the sentence stays
  [
    'According to the Kenyan government, as of 2020, the country had admitted more than 500,000 refugees.',
    '500,000',
    'Kenyan government',
  ],
  ['The county hospital admitted 40 patients overnight.', '40', null],
  ['The mayor admitted that 300 homes had no power.', '300', 'mayor'],
  // attributions/figure-cited: "the N figure X cited"
  ['The repair bill was far less than the $90 million figure Mayor Ruiz cited on Monday.', '$90 million', 'Ruiz'],
  ['Turnout was below the 70 percent estimate the commission gave in May.', '70 percent', 'commission'],
  ['The bill reached $40 million, less than the $90 million figure Ana Ruiz cited.', '$40 million', null],
  ['The team gave 40 percent of its profits to charity.', '40 percent', null],
  // unions speak for their members (a generic head)
  ['Some 200 schools shut for the strike, according to nurses unions.', '200', 'nurses unions'],
  ['The union said 4,000 dockers walked out on Monday.', '4,000', 'union'],
  // a chant is its quoted words only
  ['Farmers chanted, “No farms, no food,” as 300 tractors blocked the bridge.', '300', null],
  // attributions/document-anaphora: "the report" is its issuer's, named a few sentences before
  [
    'The report by the Ministry of Health said 300 clinics had closed. According to the report, 40 more could close by June.',
    '40',
    'Ministry of Health',
  ],
  [
    'A study by Norland University found 12% of wells were contaminated. The study said 30 towns were affected.',
    '30',
    'Norland University',
  ],
  [
    'A survey by the Harbor Trade Council found 45% of shops had closed. The survey said 300 jobs were lost.',
    '300',
    'Harbor Trade Council',
  ],
  ['According to the report, 40 clinics could close by June.', '40', null],
  // claims/relayed-by: unnamed reports going on with a named source's belief are relayed by it
  [
    'The Red Cross believes the toll is far higher, with some reports suggesting as many as 300 dead.',
    '300',
    'Red Cross',
  ],
  [
    'Amnesty International estimates that the toll is higher, with local reports saying 120 people were killed.',
    '120',
    'Amnesty International',
  ],
  ['Mayor Ann Cole said some reports suggested 40 homes were lost.', '40', 'Ann Cole'],
  // after a report of fact the unnamed reports are the outlet's addition
  ['The Coast Guard confirmed 15 rescues, with sources suggesting the number could rise to 40.', '40', null],
  ['Some reports suggest 50 people died in the fire.', '50', null],
  // a data source cited is not the actor described next
  ['Some 8,000 homes lost power, according to GridWatch. The utility said 2,000 crews were out.', '2,000', 'utility'],
];

/** [text, a phrase of the quote, the speaker] for attributions/role-last-org */
const speakers: Array<[string, string, string]> = [
  [
    'Kestrel Analytics raised its estimate on Monday. “The bill keeps rising,” the firm said.',
    'The bill keeps rising',
    'Kestrel Analytics',
  ],
  [
    'Lakeside Power Inc. said 14,000 homes were dark. “We are working around the clock,” said the utility.',
    'We are working',
    'Lakeside Power',
  ],
  [
    'Harbor Insurance Group cut its forecast. “Claims are slowing,” the Ohio-based insurer said in a statement.',
    'Claims are slowing',
    'Harbor Insurance Group',
  ],
  ['“We are closing three plants,” the company said.', 'We are closing', 'company'],
  // chants: "Farmers chanted, “…”"
  ['Farmers chanted, “No farms, no food,” as tractors blocked the bridge.', 'No farms', 'Farmers'],
  ['Dockers shouted “Fair pay now” outside the port office.', 'Fair pay now', 'Dockers'],
];

/** [text, a mention that must be found whole]: entities/org/owner-org */
const names: Array<[string, string]> = [
  [
    "The International Solar Agency's Grid Integration Office counted 40 plants.",
    "International Solar Agency's Grid Integration Office",
  ],
  [
    "The World Health Organization's Regional Office for Africa sent 12 teams.",
    "World Health Organization's Regional Office for Africa",
  ],
  ["New Zealand's Ministry of Health reported 30 new cases.", "New Zealand's Ministry of Health"],
  [
    "In 2019 the Nova Scotia's Department of Natural Resources sent 40 crews.",
    "Nova Scotia's Department of Natural Resources",
  ],
  ["South Carolina's Department of Transportation closed 14 bridges.", "South Carolina's Department of Transportation"],
  ["The European Space Agency's Climate Office said ice fell by 9 percent.", "European Space Agency's Climate Office"],
];

/** [text, a phrase of the quote, the speaker] for entities/org/initials: an acronym of an organisation named before */
const initials: Array<[string, string, string]> = [
  [
    'The National Agency for Coastal Safety said 40 boats sank. “We are still searching,” the NACS said.',
    'We are still searching',
    'National Agency for Coastal Safety',
  ],
  [
    'The Regional Center for Disease Control said 12 people were sick. The CDC said the risk was “very low.”',
    'very low',
    'Regional Center for Disease Control',
  ],
  ['The NAFS said the dikes would hold, calling the risk “very low.”', 'very low', 'NAFS'],
];

describe('who a claim is attributed to: roles, progressive reports, statements', () => {
  it.each(sources)('%s [%s]', (text, number, source) => {
    const got = claimSource(text, number);
    expect(got, `no claim for ${number}`).not.toBeUndefined();
    if (source === null) expect(got).toBeNull();
    else expect((got ?? '').toLowerCase()).toBe(source.toLowerCase());
  });
});

describe('quote speakers named by what they are (attributions/role-last-org)', () => {
  it.each(speakers)('%s', (text, phrase, speaker) => {
    const article = run(text);
    const q = article.quotes.find((x) => x.text.includes(phrase));
    expect(q, `no quote holds “${phrase}”`).toBeDefined();
    expect(q!.speakerName ?? '').toBe(speaker);
  });
});

describe('an acronym of an organisation named before is that organisation (entities/org/initials)', () => {
  it.each(initials)('%s', (text, phrase, speaker) => {
    const article = run(text);
    const q = article.quotes.find((x) => x.text.includes(phrase));
    expect(q, `no quote holds “${phrase}”`).toBeDefined();
    expect(q!.speakerName ?? '').toBe(speaker);
  });
});

describe('an organisation named with its owner (entities/org/owner-org)', () => {
  it.each(names)('%s', (text, name) => {
    const article = run(text);
    expect(article.mentions.map((m) => m.text)).toContain(name);
  });
});
