import { describe, expect, it } from 'vitest';
import type { Article } from '../../article.js';
import { actionOf, outsideNames, stemMatches } from './action.js';
import { lineClaims } from '../../../test/helpers/claims.js';

function build(text: string): Article {
  return lineClaims(text);
}

/** The action of the quantity whose text starts with `num` in `sentence`. */
function actionAt(sentence: string, num: string): string | undefined {
  const a = build(sentence);
  return a.claims.find((c) => c.quantity.text.startsWith(num) || c.quantity.number.text === num)?.action?.value;
}

describe('claims/action: coordinated clauses take the verb of their own conjunct', () => {
  const cases: Array<[string, string, string]> = [
    ['At least 40 villagers were killed and hundreds more injured when the dam burst.', 'hundreds', 'wound'],
    ['Twelve miners died and 30 others were hospitalized after the explosion.', '30', 'hospitalize'],
    ['The floods killed 200 people, and thousands more were displaced.', 'thousands', 'evacuate'],
    ['Police arrested 23 protesters and 9 others were injured in the clashes.', '9', 'wound'],
    // claims/relative-subject: the subject's own verb comes after its relative clause.
    [
      'While two hikers were rescued and one was hospitalized, five climbers who had been roped together remain missing.',
      'five',
      'missing',
    ],
    ['Three guards were hurt, and 40 inmates who had been held in the east wing escaped overnight.', '40', 'escape'],
    // The number's own verb before it, with no clause between, stays.
    ['Troops killed 14 militants who had been hiding in caves near the border, officials said.', '14', 'kill'],
    ['Crews rescued 9 people who had been stranded on roofs and remain in shelters.', '9', 'rescue'],
  ];
  for (const [text, num, action] of cases) {
    it(`${num} in “${text}” → ${action}`, () => expect(actionAt(text, num)).toBe(action));
  }
  it('a verb governing both objects still reaches the second (`killed 5 soldiers and 3 civilians and wounded 20`)', () => {
    const text = 'The strike killed 5 soldiers and 3 civilians and wounded 20 others.';
    const at = text.indexOf('3 civilians');
    expect(actionOf(text, at, at + 1, 'civilians')?.action).toBe('kill');
    const w = text.indexOf('20');
    expect(actionOf(text, w, w + 2, 'others')?.action).toBe('wound');
  });
  it('the first number of the pair keeps its own verb', () => {
    expect(actionAt('At least 40 villagers were killed and hundreds more injured when the dam burst.', '40')).toBe(
      'kill',
    );
  });
});

describe('claims/action: "admitted" is a hospital stay only when someone is admitted, not when a speaker concedes', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Nineteen children were admitted to hospital with smoke inhalation.', 'Nineteen', 'hospitalize'],
    ['At least 14 patients have been admitted since the outbreak began.', '14', 'hospitalize'],
    ['Six of the crew were admitted with burns, the port authority said.', 'Six', 'hospitalize'],
    ['The bank admitted on Monday that 40,000 accounts were exposed.', '40,000', undefined],
    ['The council admitted that 300 homes had been left without water.', '300', undefined],
    ['The airline admitted 3,000 passengers had missed connections.', '3,000', undefined],
  ];
  for (const [text, num, action] of cases) {
    it(`${num} in “${text}” → ${action ?? 'not hospitalize'}`, () => {
      const got = actionAt(text, num);
      if (action) expect(got).toBe(action);
      else expect(got).not.toBe('hospitalize');
    });
  }
});

describe('claims/action: what happens to the counted thing, one row per action', () => {
  const cases: Array<[string, string, string]> = [
    ['Rail operators cancelled 640 trains on Monday as the storm hit.', '640', 'cancel'],
    ['About 1,200 departures were canceled at the two airports.', '1,200', 'cancel'],
    ['Organisers called off 14 concerts after the heat warning.', '14', 'cancel'],
    ['More than 3,000 flights were delayed by the fog.', '3,000', 'delay'],
    ['Forensic teams have identified 48 of the victims so far.', '48', 'identify'],
    ['At least 19 hikers are still missing after the avalanche.', '19', 'missing'],
    ['Some 85,000 homes were left without power after the ice storm.', '85,000', 'lose power'],
    ['Nearly 40,000 customers lost power when the substation flooded.', '40,000', 'lose power'],
    ['An estimated 60,000 mourners paid their respects at the cathedral.', '60,000', 'pay respects'],
    ['Thousands of fans paid tribute to the singer outside the stadium.', 'Thousands', 'pay respects'],
    ['The remains of 31 miners were handed over to their families.', '31', 'hand over'],
    ['The agency will distribute 12,000 food parcels this week.', '12,000', 'distribute'],
    ['The outage affected 2,300 hospitals across the region.', '2,300', 'affect'],
    ['The striker scored 27 goals this season.', '27', 'score'],
    ['Prosecutors charged 11 officials with fraud.', '11', 'charge'],
    ['The dealership plans to sell 500 electric vans next year.', '500', 'sell'],
    ['Insured losses of $4 billion are expected from the hailstorm.', '$4', 'cost'],
    ['The team lost 3 of its last 4 matches.', '3', 'lose'],
    ['The ferry company postponed 42 crossings because of the gale.', '42', 'delay'],
    ['Some 900 hip operations have been put off until the spring.', '900', 'delay'],
    ['About 260 court hearings were put back to June after the walkout.', '260', 'delay'],
    ['More than 6,000 dock workers walked out at the three ports on Friday.', '6,000', 'strike'],
    ['About 2,500 nurses went on strike over staffing.', '2,500', 'strike'],
    ['The carmaker is recalling 310,000 hatchbacks over a faulty airbag.', '310,000', 'recall'],
    ['About 45,000 baby monitors were recalled after reports of sparks.', '45,000', 'recall'],
    ['The blaze burned 140 homes in the valley.', '140', 'destroy'],
    ['Doctors treated 14 children for minor burn injuries after the fireworks.', '14', 'wound'],
    ['The ruling party won 212 seats in the assembly.', '212', 'win'],
    ['Divers have recovered 19 bodies from the lake.', '19', 'recover'],
    ['Nine bodies were retrieved from the rubble overnight.', 'Nine', 'recover'],
    ['At least 6 migrants drowned when their boat sank.', '6', 'kill'],
    ['About 20,000 people marched through the capital.', '20,000', 'attend'],
    ['Twelve patients broke out of the secure ward overnight.', 'Twelve', 'escape'],
    ['That leaves 7 suspects on the run.', '7', 'at large'],
    ['Officers said 15 remain at large after the breakout.', '15', 'at large'],
    ['Some 40 migrants escaped from the border camp during the storm.', '40', 'escape'],
    ['Police have recaptured 22 of the runaways.', '22', 'arrest'],
    ['Rebels took 14 aid workers hostage near the border.', '14', 'take hostage'],
    ['Six miners were taken hostage by the striking crew.', 'Six', 'take hostage'],
  ];
  for (const [text, num, action] of cases) {
    it(`${num} in “${text}” → ${action}`, () => expect(actionAt(text, num)).toBe(action));
  }
});

describe('claims/alive-rescue: "alive" after a taking-out verb is a rescue, after a state word it is not', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Nine cavers pulled alive from flooded grotto; two still missing', 'Nine', 'rescue'],
    ['Crews dug 14 villagers out alive from the mudslide on Sunday.', '14', 'rescue'],
    ['Rescuers found three more climbers alive in a snow cave on Tuesday.', 'three', 'rescue'],
    ['Twenty climbers were brought down alive, and four died on the ridge.', 'Twenty', 'rescue'],
    ['Twenty climbers were brought down alive, and four died on the ridge.', 'four', 'kill'],
    ['About 30 of the hostages are still alive, the negotiator said.', '30', undefined],
    ['The ranch kept 400 calves alive through the drought with hay drops.', '400', undefined],
    ['All 12 passengers were alive when the ambulance arrived.', '12', undefined],
  ];
  for (const [text, num, action] of cases) {
    it(`${num} in “${text}” → ${action ?? 'not rescue'}`, () => {
      const got = actionAt(text, num);
      if (action) expect(got).toBe(action);
      else expect(got).not.toBe('rescue');
    });
  }
});

describe('claims/action: a whole-word stem is no prefix of another word', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Gusts of wind reached 90 mph on the coast.', '90', undefined],
    ['The shelter expects 300 guests this winter.', '300', undefined],
    ['The town has 14 wineries.', '14', undefined],
  ];
  for (const [text, num, action] of cases) {
    it(`${num} in “${text}” → ${action}`, () => expect(actionAt(text, num)).toBe(action));
  }
});

describe('claims/open-action: a verb in no listed action gives one action in every form that governs the number', () => {
  const groups: Array<[string, string][]> = [
    [
      ['A rockfall blocked the pass on Friday, stranding 600 hikers, the park service said.', '600'],
      ['About 640 hikers were stranded on the pass overnight.', '640'],
      ['The number of hikers stranded rose to 700 on Saturday.', '700'],
      ['Rangers flew food to the 700 stranded hikers.', '700'],
    ],
    [
      ['Health officials said 85 travellers had been quarantined at the port.', '85'],
      ['The ministry raised the number of travellers quarantined to 120.', '120'],
      ['Nurses checked the 120 quarantined travellers twice a day.', '120'],
    ],
    [
      ['The carmaker said 1,200 staff have been furloughed until the spring.', '1,200'],
      ['The carmaker is furloughing 1,500 staff, the union said.', '1,500'],
    ],
    [
      ['A tainted batch of cheese hit the festival, sickening 90 guests.', '90'],
      ['At least 90 guests were sickened at the festival, the health office said.', '90'],
    ],
  ];
  for (const group of groups) {
    it(`one action for “${group[0]![0]}” and its other forms`, () => {
      const got = group.map(([text, num]) => actionAt(text, num));
      expect(got[0]).toBeTruthy();
      expect(new Set(got).size, JSON.stringify(got)).toBe(1);
    });
  }
  const none: Array<[string, string]> = [
    ['The ministry reported 85 new cases on Monday.', '85'],
    ['The toll reached 40 on Tuesday, officials said.', '40'],
    ['The agency counted 300 boats in the harbour.', '300'],
    ['By Monday morning 40 roads remained closed.', '40'],
  ];
  for (const [text, num] of none)
    it(`no open action for ${num} in “${text}”`, () => expect(actionAt(text, num)).toBe(undefined));
  it('claims/change-verb-not-action: raising a total moves the count; a raised sum is still raised', () => {
    expect(actionAt('The coast guard raised the number of sailors rescued to 31.', '31')).toBe('rescue');
    expect(actionAt('The charity raised $2 million for the flood victims.', '$2')).toBe('raise');
  });
});

describe('claims/stem-in-name: a stem inside a name of several words is no cue', () => {
  /** The actions of the stems left in `sentence` once the names (given by their text) are set aside. */
  const left = (sentence: string, names: string[]) => {
    const spans = names.map((n) => ({ start: sentence.indexOf(n), end: sentence.indexOf(n) + n.length }));
    return outsideNames(sentence, stemMatches(sentence), spans).map((m) => sentence.slice(m.start, m.end));
  };
  it('drops the stem of a name, keeps the verb', () => {
    expect(left('The Costa Verde Fund said 30 otters were rescued.', ['Costa Verde Fund'])).toEqual(['rescued']);
    expect(left('Mayor Ines Grant said 200 people were evacuated.', ['Ines Grant'])).toEqual(['evacuated']);
  });
  it('keeps a one-word name and a lower-case stem inside a name', () => {
    expect(left('Floods Kill 23 In Tarso', ['Kill'])).toEqual(['Kill']);
    expect(left('The Fund for the injured paid 40 families.', ['Fund for the injured'])).toEqual(['injured']);
  });
});

describe('claims/deploy-sendable: `arriv…` and `be in` are a sending only of a count that can be sent', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['About 800 troops arrived in the capital overnight.', '800', 'deploy'],
    ['Another 120 firefighters are due to arrive from the coast on Friday.', '120', 'deploy'],
    ['Some 40 medics arrived at the border post on Sunday.', '40', 'deploy'],
    ['At least 2,000 police officers will be in the city for the summit.', '2,000', 'deploy'],
    ['New arrivals numbered 300 at the island camp last week.', '300', 'deploy'],
    ['With 85% of the results arrived, the mayor led comfortably.', '85%', undefined],
    ['The village lies 12 km from the arrivals hall of the new airport.', '12', undefined],
    ['The hall has room for 400 seats to be in a side gallery.', '400', undefined],
    ['Some 3,000 of the forms arrived by post on the first day.', '3,000', undefined],
    ['Donors pledged $5 million to help those who arrive this winter.', '$5', undefined],
  ];
  for (const [text, num, action] of cases) {
    it(`${num} in “${text}” → ${action ?? 'not deploy'}`, () => {
      const got = actionAt(text, num);
      if (action) expect(got).toBe(action);
      else expect(got).not.toBe('deploy');
    });
  }
});

describe('claims/counted-noun-last: the counted noun names the act only when the clause has no verb of its own', () => {
  const cases: Array<[string, string, string]> = [
    ['Officials said 25 escapees from the Varna jail are still on the run.', '25', 'at large'],
    ['Guards recaptured 12 escapees near the ferry on Sunday.', '12', 'arrest'],
    ['Some 14 escapees were detained in a barn near the coast.', '14', 'arrest'],
    ['About 4,000 refugees were injured in the stampede at the gate.', '4,000', 'wound'],
    // No verb of its own: the noun still says what befell them.
    ['The camp now holds some 14,000 refugees.', '14,000', 'evacuate'],
    ['Police are hunting 40 escapees, the governor said.', '40', 'escape'],
    ['Some 2,500 arrivals a day crossed the lake last month.', '2,500', 'deploy'],
  ];
  for (const [text, num, action] of cases) {
    it(`${num} in “${text}” → ${action}`, () => expect(actionAt(text, num)).toBe(action));
  }
});

describe('claims/counted-noun-last: a thing named by its act keeps that act', () => {
  it('votes stay votes whatever verb follows', () => {
    expect(actionAt('About 700 votes were delayed by the storm in the hill districts.', '700')).toBe('vote');
  });
});
