/**
 * Attribution and quote table tests on sentences written from other stories
 * (disasters, elections, economics, courts, other wars): expected source,
 * intermediaries and quote speakers. None of these texts come from the seeds.
 */
import { describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../../src/article.js';
import { createContext } from '../../src/pipeline.js';
import { sentencesStage } from '../../src/stages/sentences.js';
import { entitiesStage } from '../../src/stages/entities.js';
import { attributionsStage } from '../../src/stages/attributions.js';
import { quotesStage } from '../../src/stages/quotes.js';

function run(text: string): Article {
  const article = createArticle({ source: 'case', raw: text, format: 'text' });
  article.text = text;
  const ctx = createContext();
  for (const stage of [sentencesStage, entitiesStage, attributionsStage, quotesStage]) stage.run(article, ctx);
  return article;
}

/** [text, a phrase of the attributed content, expected source name, expected via names] */
const attributions: Array<[string, string, string, string[]]> = [
  [
    'Floods killed 212 people in Valencia, Spanish Prime Minister Pedro Sanchez said on Friday.',
    '212 people',
    'Pedro Sanchez',
    [],
  ],
  ['A charity sued on behalf of 3 farmers. “We will win,” its director said.', 'We will win', 'director', []],
  [
    'Spanish Prime Minister Pedro Sanchez said on Friday that floods had killed 212 people.',
    '212 people',
    'Pedro Sanchez',
    [],
  ],
  ['At least 45 people died in the landslide, according to the Red Cross.', '45 people', 'Red Cross', []],
  ['According to the Red Cross, at least 45 people died in the landslide.', '45 people', 'Red Cross', []],
  [
    'The storm destroyed 3,000 homes, Governor Ron DeSantis told reporters on Monday.',
    '3,000 homes',
    'Ron DeSantis',
    [],
  ],
  [
    'Governor Ron DeSantis told reporters on Monday that the storm destroyed 3,000 homes.',
    '3,000 homes',
    'Ron DeSantis',
    [],
  ],
  [
    'Turnout reached 67 percent, the Federal Election Commission estimated.',
    '67 percent',
    'Federal Election Commission',
    [],
  ],
  [
    'The Federal Reserve estimated that inflation would fall to 2.5 percent next year.',
    '2.5 percent',
    'Federal Reserve',
    [],
  ],
  [
    'Reuters, citing two people familiar with the matter, reported that the bank would cut 4,000 jobs.',
    '4,000 jobs',
    'Reuters',
    [],
  ],
  [
    'The bank will cut 4,000 jobs, Reuters reported, citing the Financial Conduct Authority.',
    '4,000 jobs',
    'Financial Conduct Authority',
    ['Reuters'],
  ],
  [
    'According to Bloomberg, citing the European Central Bank, rates will rise by 0.25 points.',
    '0.25 points',
    'European Central Bank',
    ['Bloomberg'],
  ],
  ['Israeli officials said 1,200 people were killed in the attack.', '1,200 people', 'Israeli officials', []],
  ['Officials said the wildfire had burned 40,000 acres.', '40,000 acres', 'Officials', []],
  ['A police source said four suspects had been arrested.', 'four suspects', 'police source', []],
  ['The ministry added that 300 soldiers were wounded.', '300 soldiers', 'ministry', []],
  [
    'Ukraine’s military said Russia launched 90 drones overnight, per the Kyiv Independent.',
    '90 drones',
    'Ukraine',
    ['Independent'],
  ],
  [
    'Defense Minister Rustem Umerov cited General Oleksandr Syrskyi as saying that 20,000 troops were rotated.',
    '20,000 troops',
    'Oleksandr Syrskyi',
    ['Rustem Umerov'],
  ],
  [
    'Senator Maria Cantwell cited Secretary Janet Yellen as saying that the deficit would reach $1.8 trillion.',
    '$1.8 trillion',
    'Janet Yellen',
    ['Maria Cantwell'],
  ],
  [
    'Mayor Karen Bass told a press conference that 12,000 structures were destroyed, according to council members Nithya Raman and Bob Blumenfield.',
    '12,000 structures',
    'Karen Bass',
    ['Nithya Raman', 'Bob Blumenfield'],
  ],
  [
    'A Sudanese doctor said 150 people were killed in the shelling, citing figures from the Sudan Doctors Network.',
    '150 people',
    'Doctors Network',
    ['Sudanese doctor'],
  ],
  ['About 2,000 homes lost power, according to Duke Energy, citing its outage map.', '2,000 homes', 'Duke Energy', []],
  [
    'Judge Amy Berman Jackson said the defendant had received $750,000 in campaign funds.',
    '$750,000',
    'Amy Berman Jackson',
    [],
  ],
  [
    'The company had 1.2 million employees, its lawyer Paul Clement argued.',
    '1.2 million employees',
    'Paul Clement',
    [],
  ],
  [
    'Paul Clement, a lawyer for the company, said it had 1.2 million employees.',
    '1.2 million employees',
    'Paul Clement',
    [],
  ],
  [
    'The company employs 1.2 million people, said Paul Clement, a lawyer for the company.',
    '1.2 million people',
    'Paul Clement',
    [],
  ],
  [
    'Chancellor Olaf Scholz has said his government had evidence that 3,000 fighters crossed the border.',
    '3,000 fighters',
    'Olaf Scholz',
    [],
  ],
  [
    'Finance Minister Nirmala Sitharaman announced that growth would reach 7 percent.',
    '7 percent',
    'Nirmala Sitharaman',
    [],
  ],
  [
    'The World Health Organization confirmed 80 cases of cholera in the region.',
    '80 cases',
    'World Health Organization',
    [],
  ],
  ['Poll workers counted 45,000 ballots by midnight, the county clerk noted.', '45,000 ballots', 'county clerk', []],
  ['More than 500 protesters were detained, the rights group OVD-Info reported.', '500 protesters', 'OVD-Info', []],
  [
    'Fourteen passengers were on board, the Transportation Safety Board warned.',
    'Fourteen passengers',
    'Transportation Safety Board',
    [],
  ],
  [
    'The Kremlin has denied that 600 soldiers died. Kremlin spokesman Dmitry Peskov said the figure was false.',
    'the figure was false',
    'Dmitry Peskov',
    [],
  ],
  [
    'Zambian President Hakainde Hichilema said that 6 million people faced hunger.',
    '6 million',
    'Hakainde Hichilema',
    [],
  ],
  ['Election results: Labour wins 412 seats: BBC', 'Labour wins 412 seats', 'BBC', []],
  ['Prosecutors: Former mayor took $2 million in bribes', '$2 million', 'Prosecutors', []],
  ['The Pentagon estimated that 700 Iranian drones had been delivered.', '700 Iranian drones', 'Pentagon', []],
  [
    'Eight people remain missing, the fire department said. It added that 30 firefighters were injured.',
    '30 firefighters',
    'fire department',
    [],
  ],
  [
    'A senior U.S. official said 5,000 troops would deploy, with sources suggesting the number could double.',
    '5,000 troops',
    'senior U.S. official',
    [],
  ],
  [
    'The Congressional Budget Office (CBO) estimated the bill would cost $400 billion. The CBO added that revenues would fall.',
    'revenues would fall',
    'Congressional Budget Office',
    [],
  ],
  [
    'A senior official told reporters that the plan would cost $8 billion. Of that, $3 billion would come from the defense budget.',
    '$3 billion',
    'senior official',
    [],
  ],
  // A closing cue reaches back only to a sentence linked with its own (here the toll's unnamed reviser); a rescue
  // told in the outlet's voice stays the outlet's (test/cases/carry-ends.cases.ts).
  [
    'The death toll was raised to 31 on Sunday. Nine bodies were recovered, the ministry said.',
    'The death toll was raised',
    'ministry',
    [],
  ],
  [
    'Emergency services said the quake killed at least 2,800 people, citing provincial authorities.',
    '2,800 people',
    'provincial authorities',
    ['Emergency services'],
  ],
];

/** [text, a phrase of the quote, expected speaker name (null = none), partial] */
const quotes: Array<[string, string, string | null, boolean]> = [
  ['“We lost everything,” said Maria Lopez, a resident of Paiporta.', 'We lost everything', 'Maria Lopez', false],
  [
    '“We lost everything,” Maria Lopez said. “The water came in minutes.”',
    'The water came in minutes',
    'Maria Lopez',
    false,
  ],
  ['Maria Lopez, a resident of Paiporta, said: “We lost everything.”', 'We lost everything', 'Maria Lopez', false],
  [
    'Governor Kathy Hochul called the storm “a historic event” and urged residents to stay home.',
    'a historic event',
    'Kathy Hochul',
    true,
  ],
  ['"The count will take days," said election official Tom Burns.', 'The count will take days', 'Tom Burns', false],
  ['Election official Tom Burns said the count would be "slow but accurate."', 'slow but accurate', 'Tom Burns', true],
  [
    'Justice Sonia Sotomayor pressed the lawyer. “Where is the harm?” she asked.',
    'Where is the harm?',
    'Sonia Sotomayor',
    false,
  ],
  [
    'Chief Justice John G. Roberts Jr. was skeptical. “That seems like a stretch,” he said.',
    'That seems like a stretch',
    'John G. Roberts Jr.',
    false,
  ],
  ['Ms. Warren spoke after Mr. Powell. “Rates are too high,” she said.', 'Rates are too high', 'Warren', false],
  [
    'Federal Reserve Chair Jerome Powell said the economy was “in a good place.”',
    'in a good place',
    'Jerome Powell',
    true,
  ],
  ['“Inflation is coming down,” Powell told reporters. “But we are not done.”', 'But we are not done', 'Powell', false],
  ['President Emmanuel Macron described the vote as “a turning point.”', 'a turning point', 'Emmanuel Macron', true],
  ['“We will rebuild,” the mayor said.', 'We will rebuild', 'mayor', false],
  [
    'Ukrainian President Volodymyr Zelensky said Russia had fired 40 missiles. “This is terror,” he wrote on Telegram.',
    'This is terror',
    'Volodymyr Zelensky',
    false,
  ],
  [
    'Hamas leader Ismail Haniyeh said the talks were “at a critical stage,” according to Al Jazeera.',
    'at a critical stage',
    'Ismail Haniyeh',
    true,
  ],
  ['“No one is above the law,” prosecutor Alvin Bragg told the jury.', 'No one is above the law', 'Alvin Bragg', false],
  ['The defense attorney, Todd Blanche, argued that the case was “a sham.”', 'a sham', 'Todd Blanche', true],
  [
    'Rescuers pulled a child from the rubble. “It is a miracle,” said rescuer Ahmet Yilmaz.',
    'It is a miracle',
    'Ahmet Yilmaz',
    false,
  ],
  ['Economist Claudia Sahm warned of “a sharp slowdown” in hiring.', 'a sharp slowdown', 'Claudia Sahm', true],
  [
    '“The numbers do not add up,” Senator Elizabeth Warren said of the merger. “Regulators must act.”',
    'Regulators must act',
    'Elizabeth Warren',
    false,
  ],
  [
    'Israeli Prime Minister Benjamin Netanyahu vowed “total victory” over Hamas.',
    'total victory',
    'Benjamin Netanyahu',
    true,
  ],
  [
    '“We are ready,” NATO Secretary General Jens Stoltenberg told a news conference in Brussels.',
    'We are ready',
    'Jens Stoltenberg',
    false,
  ],
  [
    'Jens Stoltenberg, the NATO chief, said the alliance was “ready to defend every inch.”',
    'ready to defend every inch',
    'Jens Stoltenberg',
    true,
  ],
  ['The governor, Gavin Newsom, said: "We will not back down."', 'We will not back down', 'Gavin Newsom', false],
  [
    'Prime Minister Keir Starmer met President Emmanuel Macron in Paris. “We stand together,” he said.',
    'We stand together',
    'Keir Starmer',
    false,
  ],
  [
    'Mayor Eric Adams, speaking from City Hall on Monday, said the city was “open for business.”',
    'open for business',
    'Eric Adams',
    true,
  ],
  [
    '“This bill is a disgrace,” Senator Ana Cruz of Texas and Senator Bill Moss of Ohio, the committee leaders, said in a statement.',
    'This bill is a disgrace',
    'Ana Cruz',
    false,
  ],
  [
    'Chancellor Olaf Scholz arrived late. He later thanked his rival, Friedrich Merz, for the talks. “We owe the voters a government,” he said.',
    'We owe the voters a government',
    'Olaf Scholz',
    false,
  ],
  ['A charity sued on behalf of 3 farmers. “We will win,” its director said.', 'We will win', 'director', false],
  [
    'Ms. Ardern spoke after Mr. Hipkins. “We will rebuild Christchurch,” she said.',
    'We will rebuild Christchurch',
    'Ardern',
    false,
  ],
];

describe('attributions from other stories', () => {
  it.each(attributions)('%s', (text, content, source, via) => {
    const article = run(text);
    const at = text.indexOf(content);
    const hits = article.attributions.filter((a) => a.content.start <= at && a.content.end >= at + content.length);
    expect(
      hits.length,
      `no attribution holds “${content}”: ${JSON.stringify(article.attributions.map((a) => [a.source.name, a.content.text]))}`,
    ).toBeGreaterThan(0);
    // The innermost (shortest) attribution holding the content decides.
    const a = hits.sort((x, y) => x.content.end - x.content.start - (y.content.end - y.content.start))[0]!;
    expect(a.source.name.toLowerCase()).toContain(source.toLowerCase());
    expect(a.via.map((v) => v.name)).toEqual(via.map((v) => expect.stringContaining(v)));
    for (const x of article.attributions) expect(text.slice(x.content.start, x.content.end)).toBe(x.content.text);
  });
});

describe('quotes from other stories', () => {
  it.each(quotes)('%s', (text, phrase, speaker, partial) => {
    const article = run(text);
    const q = article.quotes.find((x) => x.text.includes(phrase));
    expect(q, `no quote holds “${phrase}”`).toBeDefined();
    expect(text.slice(q!.start, q!.end)).toBe(q!.text);
    if (speaker === null) expect(q!.speaker).toBeNull();
    else expect(q!.speakerName ?? '').toContain(speaker);
    expect(q!.partial).toBe(partial);
  });
});

describe('negative cases', () => {
  it.each([
    'The U.S. and NATO have not confirmed the reports.',
    'Floods swept through the valley on Tuesday, destroying 300 homes.',
    'The company plans to say more next week.',
    'Aid arrived from the United States on Monday, and 40 trucks crossed the border.',
    'Construction projects worth $2 billion were delayed by the storm.',
  ])('%s has no attribution', (text) => {
    expect(run(text).attributions).toEqual([]);
  });
});

describe('a person speaking for an organisation', () => {
  it('records the organisation named in the role', () => {
    const article = run(
      'FEMA administrator Deanne Criswell said 4,000 workers were deployed. Criswell added that more would follow.',
    );
    const [first, second] = article.attributions;
    expect(first!.source.name).toBe('Deanne Criswell');
    expect(second!.source.name).toBe('Deanne Criswell');
    expect(article.attributions.every((a) => a.source.for?.name === 'FEMA')).toBe(true);
  });
});
